from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from newsletter.models import Issue


class IssueViewSet(SnippetViewSet):
    """Where network editors write an issue's introduction, preview it, and submit it to its workflow
    (newsletter.setup); the weekly drafting makes the issues, and nobody holds the right to add, copy or delete one."""

    model = Issue
    icon = "mail"
    add_to_admin_menu = False  # the plugin's menu entry (newsletter.apps), shown while the plugin is enabled
    list_display = ["subject", "language", "status", "scheduled_for", "sent_at"]
    list_filter = ["language", "status"]
    ordering = ["-created_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("subject"),
            FieldPanel("introduction"),
            FieldPanel("scheduled_for"),
            HelpPanel(template="newsletter/admin/items_panel.html", heading=_("Items")),
        ]
    )


register_snippet(IssueViewSet)
