from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from hub.admin_url_rules import MODEL_PERMISSION, WORKFLOW_TASK, snippet_routes
from hub.plugins import AdminMenuEntry, HubPluginConfig, PageSection, PersonalDataSource

ISSUES = "snippets/newsletter/issue/"
# An issue's preview, revisions, publishing state and lock, on the model permission as its edit view.
ISSUE_WORKFLOW_ROUTES = [
    ISSUES + route
    for route in [
        "preview/",
        "preview/<int:pk>/",
        "history/<int:pk>/revisions/<int:revision_id>/view/",
        r"history/(?P<pk>.+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\.(?P<revision_id_b>live|latest|\d+)/$",
        "history/<int:pk>/revisions/<int:revision_id>/revert/",
        "history/<int:pk>/revisions/<int:revision_id>/unschedule/",
        "unpublish/<int:pk>/",
        "lock/<int:pk>/",
        "unlock/<int:pk>/",
        "workflow/confirm_cancellation/<int:pk>/",
        "workflow_history/<int:pk>/",
        "workflow_history/<int:pk>/detail/<int:workflow_state_id>/",
    ]
]
# Acting on the workflow's task, and previewing what it reviews: Wagtail asks the task who may.
ISSUE_TASK_ROUTES = [
    ISSUES + route
    for route in [
        "workflow/action/<int:pk>/<slug:action_name>/<int:task_state_id>/",
        "workflow/collect_action_data/<int:pk>/<slug:action_name>/<int:task_state_id>/",
        "workflow/preview/<int:pk>/<int:task_id>/",
    ]
]


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
            **dict.fromkeys(
                snippet_routes("newsletter", "issue") + ISSUE_WORKFLOW_ROUTES,
                MODEL_PERMISSION + " (newsletter.setup gives network editors change, nobody add, delete or publish)",
            ),
            **dict.fromkeys(ISSUE_TASK_ROUTES, WORKFLOW_TASK + " (newsletter.setup: the network editors' group)"),
        }
        admin_menu_items = [
            AdminMenuEntry(
                name="newsletter_issues",
                label=_("Newsletter"),
                url_name="wagtailsnippets_newsletter_issue:list",
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
        from newsletter.setup import ensure_newsletter_setup

        post_migrate.connect(ensure_newsletter_setup, sender=self)
        connect_footer_signals()
