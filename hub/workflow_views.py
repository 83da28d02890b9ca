"""A translator hands a finished translation to its language's reviewers.

wagtail-localize's editor saves translated strings and can publish, but offers no "submit for
moderation"; this view is that step: it saves the translated strings as a draft revision of the page
(wagtail-localize's own save_target, held back by hub.translation_drafts: the published page does not
change) and starts, or resumes after requested changes, the page's workflow, which routes it to the
reviewers of its language. Before that it lists the strings still untranslated, which readers would
see in the source language.
"""

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from hub.translation_drafts import untranslated_strings


def submit_translation_for_review(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        messages.error(request, _("“%(title)s” is not a translation.") % {"title": page.get_admin_display_title()})
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    if page.workflow_in_progress and page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.info(
            request, _("“%(title)s” is already waiting for review.") % {"title": page.get_admin_display_title()}
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    if request.method == "POST":
        try:
            translation.save_target(user=request.user, publish=False)
        except ValidationError as error:
            messages.error(
                request,
                _("“%(title)s” could not be saved: %(problems)s")
                % {"title": page.get_admin_display_title(), "problems": " ".join(error.messages)},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(request.user)
        else:
            page.get_workflow().start(page, request.user)
        messages.success(
            request,
            _("“%(title)s” was submitted to the %(language)s reviewers.")
            % {"title": page.get_admin_display_title(), "language": page.locale.get_display_name()},
        )
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return TemplateResponse(
        request,
        "hub/workflows/submit_translation.html",
        {
            "page": page,
            "page_title": _("Submit the translation for review"),
            "untranslated": untranslated_strings(translation),
            "source_language": translation.source.locale,
        },
    )
