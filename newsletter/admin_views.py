"""The admin's newsletter issues, for network editors only: the list, editing a draft's subject and introduction,
previewing its web view and its email (HTML and plain text, in its language's direction) and approving it for its
scheduled time. Every view checks who asks; nothing relies on the menu hiding a link."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from hub.roles import is_network_editor
from newsletter.models import Issue

PREVIEW_LINKS = {"manage": "#manage", "unsubscribe": "#unsubscribe", "confirm": "#confirm"}


def network_editor_only(user):
    if not is_network_editor(user):
        raise PermissionDenied


class IssueForm(forms.ModelForm):
    scheduled_for = forms.DateTimeField(
        label=gettext_lazy("Send at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=gettext_lazy("Empty: as soon as it is approved."),
    )

    class Meta:
        model = Issue
        fields = ["subject", "introduction", "scheduled_for"]


def index(request):
    network_editor_only(request.user)
    issues = Issue.objects.order_by("-created_at")[:100]
    return TemplateResponse(request, "newsletter/admin/index.html", {"issues": issues})


def edit(request, pk):
    network_editor_only(request.user)
    issue = get_object_or_404(Issue, pk=pk)
    if issue.status != Issue.Status.DRAFT:
        form = None
    elif request.method == "POST":
        form = IssueForm(request.POST, instance=issue)
        if form.is_valid():
            form.save()
            messages.success(request, _("The issue is saved."))
            return redirect("newsletter_issue", pk=issue.pk)
    else:
        form = IssueForm(instance=issue)
    return TemplateResponse(
        request, "newsletter/admin/edit.html", {"issue": issue, "form": form, "items": list(issue.items.all())}
    )


def preview(request, pk, kind):
    network_editor_only(request.user)
    issue = get_object_or_404(Issue, pk=pk)
    with translation.override(issue.language):
        context = {
            "issue": issue,
            "items": list(issue.items.all()),
            "links": PREVIEW_LINKS,
            "language": issue.language,
            "bidi": translation.get_language_bidi(),
        }
        if kind == "text":
            return HttpResponse(
                render_to_string("newsletter/email/issue.txt", context), content_type="text/plain; charset=utf-8"
            )
        return HttpResponse(render_to_string("newsletter/email/issue.html", context))


@require_POST
def approve(request, pk):
    network_editor_only(request.user)
    issue = get_object_or_404(Issue, pk=pk, status=Issue.Status.DRAFT)
    issue.status = Issue.Status.APPROVED
    issue.scheduled_for = issue.scheduled_for or timezone.now()
    issue.save(update_fields=["status", "scheduled_for"])
    messages.success(request, _("The issue is approved: it is sent at its scheduled time."))
    return redirect("newsletter_issues")
