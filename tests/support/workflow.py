"""Wagtail workflow steps as the admin takes them: drafts, submissions, approvals, refusals."""

from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage


def draft_in(organisation, title="Saturday drop-in", user=None):
    page = organisation.add_child(
        instance=ContentPage(title=title, body=[("paragraph", "<p>Bring your letters.</p>")], live=False)
    )
    page.save_revision(user=user)
    return page


def edit_form(page, title, action=None):
    """The edit form of a content page as the admin posts it; `action` is e.g. "action-submit"."""
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": rich_text("<p>For everyone.</p>"),
            "body": streamfield([("paragraph", rich_text("<p>Bring your letters.</p>"))]),
        }
    )
    if action:
        data[action] = action
    return data


def submit(client, page, title=None):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, title or page.title, "action-submit")
    )


def current_task_state(page):
    state = WorkflowState.objects.for_instance(page).active().get()
    return state.current_task_state.specific


def act(client, page, action, comment=""):
    """Approve or request changes through Wagtail's workflow action view, as the dashboard's buttons do."""
    task_state = current_task_state(page)
    return client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]), {"comment": comment}
    )


def refused(response):
    """Wagtail answers a forbidden admin request with 403, or by sending the user back to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))
