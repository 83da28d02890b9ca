"""No page whose consent record is incomplete is ever published, whichever path publishes it.

The consent check of the editorial workflow (hub.models.workflow_tasks.ConsentCheckTask) guards only
what goes through the workflow; network editors and trusted publishers hold the right to publish and
could press Publish themselves. Page types that declare a consent record therefore also carry
`PublishesOnlyWithConsent`, which refuses the publication itself (the admin's Publish button, bulk
publishing, workflow approval, scheduled publishing, code), and the admin's Publish button is answered
first by `refuse_publishing_without_consent`, with a message, the draft saved.
"""

import logging

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.admin import messages

from hub.models.workflow_tasks import needs_consent

logger = logging.getLogger(__name__)
SCHEDULED = "wagtail.publish.scheduled"  # what Wagtail's publish_scheduled command logs its publications as


class ConsentRecordIncomplete(PublishPagePermissionError):
    pass


class PublishesOnlyWithConsent:
    """For page types with consent_record(): publishing a revision whose record is incomplete is refused."""

    def publish(self, revision, *args, **kwargs):
        record = revision.as_object().consent_record()
        if record.complete:
            return super().publish(revision, *args, **kwargs)
        if revision.approved_go_live_at:
            # A scheduled publication would be retried every time the scheduler runs: it is cancelled.
            revision.approved_go_live_at = None
            revision.save(update_fields=["approved_go_live_at"])
        logger.warning("Not publishing page %s: its consent record is incomplete (%s)", self.pk, record.missing)
        if kwargs.get("log_action") == SCHEDULED:
            return None  # the scheduler goes on publishing the other pages due
        raise ConsentRecordIncomplete(" ".join(record.missing))


def refuse_publishing_without_consent(request, page):
    """before_publish_page: the draft is saved already; say why it is not published, and stay on it."""
    if not needs_consent(page):
        return None
    record = page.consent_record()
    if record.complete:
        return None
    if request.resolver_match.url_name == "add":
        # Wagtail saved the new page expecting to publish it (still "live", as a new page starts): it is a
        # draft, as "Save draft" would have made it. Then what Wagtail runs after creating a page (for a draft,
        # hub.published_aliases waits for its first publication), which it would skip after this refusal.
        page.live, page.has_unpublished_changes = False, True
        page.save(update_fields=["live", "has_unpublished_changes"], clean=False)
        for hook in hooks.get_hooks("after_create_page"):
            hook(request, page)
    messages.error(
        request,
        _("“%(title)s” was saved as a draft but not published: its consent record is incomplete. %(missing)s")
        % {"title": page.get_admin_display_title(), "missing": " ".join(record.missing)},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
