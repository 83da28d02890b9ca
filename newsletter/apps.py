from django.utils.translation import gettext_lazy as _

from hub.plugins import AdminMenuEntry, HubPluginConfig, PageSection, PersonalDataSource


class NewsletterConfig(HubPluginConfig):
    """The network's newsletter: subscriptions by double opt-in, in any language, with signed links to manage or
    leave them without an account."""

    name = "newsletter"
    label = "newsletter"
    verbose_name = _("Newsletter")

    class HubPluginMeta:
        name = _("Newsletter")
        version = "0.1"
        compatibility = ">=0.1"
        order = 60
        description = _("Subscriptions to the network's newsletter, confirmed by email, in every language.")
        network_page_types = ["newsletter.NewsletterPage"]
        # The newsletter page is a form, not content: search does not list it.
        search_page_types = []
        footer_sections = [
            PageSection(
                key="newsletter_subscribe",
                template="newsletter/footer_form.html",
                context="newsletter.sections.footer_form",
            )
        ]
        # The rule guarding each admin URL (see hub.admin_url_rules).
        admin_url_rules = {
            "newsletter/": "newsletter: network editors only (hub.roles.is_network_editor)",
            "newsletter/<int:pk>/": "as newsletter/; saves a draft only",
            "newsletter/<int:pk>/preview/email/": "as newsletter/",
            "newsletter/<int:pk>/preview/text/": "as newsletter/",
            "newsletter/<int:pk>/approve/": "newsletter: POST, network editors only, a draft only",
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="newsletter_issues",
                label=_("Newsletter"),
                url_name="newsletter_issues",
                icon_name="mail",
                order=470,
                shown_to="hub.roles.is_network_editor",
            )
        ]
        personal_data = [
            PersonalDataSource(
                key="newsletter_subscriptions",
                label=_("Newsletter subscriptions"),
                export="newsletter.personal_data.export",
                erase="newsletter.personal_data.erase",
                purge_expired="newsletter.personal_data.purge_expired",
                collects=_(
                    "When you subscribe to the newsletter: your email address, language and the themes and regions you chose, to send you the newsletter you asked for."
                ),
                retention="newsletter.personal_data.retention",
            )
        ]
        demo_builder = "newsletter.demo.build"

    def ready(self):
        from newsletter.sections import connect_footer_signals

        connect_footer_signals()
