from django.utils.translation import gettext_lazy as _

from hub.plugins import HubPluginConfig, PageSection, PersonalDataSource


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
        personal_data = [
            PersonalDataSource(
                key="newsletter_subscriptions",
                label=_("Newsletter subscriptions"),
                export="newsletter.personal_data.export",
                erase="newsletter.personal_data.erase",
                purge_expired="newsletter.personal_data.purge_expired",
            )
        ]
        demo_builder = "newsletter.demo.build"
