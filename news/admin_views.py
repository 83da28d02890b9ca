"""The admin's comment moderation: the queue, approving, rejecting, replying as the organisation and closing a page
to comments. Every view checks who asks (news.commenting.moderated_by); nothing relies on the menu hiding a link."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from hub.dashboard import member_or_network_editor
from news import commenting
from news.forms import ReplyForm
from news.models import ClosedToComments, Comment

QUEUE_PAGE_SIZE = 50


def moderator_only(user):
    if not member_or_network_editor(user):
        raise PermissionDenied


def back_to_queue(request):
    status = request.POST.get("status")
    url = reverse("news_comments")
    return redirect(f"{url}?status={status}" if status in Comment.Status.values else url)


def queue(request):
    moderator_only(request.user)
    status = request.GET.get("status")
    if status not in Comment.Status.values:
        status = Comment.Status.HELD
    mine = commenting.moderated_by(request.user)
    counts = dict(mine.values_list("status").annotate(count=Count("pk")).order_by())
    comments = (
        mine.filter(status=status)
        .select_related("page", "parent", "organisation")
        .order_by("-reports", "created_at" if status == Comment.Status.HELD else "-created_at", "pk")
    )
    page_of_comments = Paginator(comments, QUEUE_PAGE_SIZE).get_page(request.GET.get("p"))
    closed = set(
        ClosedToComments.objects.filter(page__in={comment.page_id for comment in page_of_comments}).values_list(
            "page_id", flat=True
        )
    )
    for comment in page_of_comments:
        comment.page_closed = comment.page_id in closed
    return TemplateResponse(
        request,
        "news/admin/queue.html",
        {
            "status": status,
            "statuses": [(value, label, counts.get(value, 0)) for value, label in Comment.Status.choices],
            "comments": page_of_comments,
            "reply_form": ReplyForm(),
        },
    )


def moderated_comment(request, pk):
    moderator_only(request.user)
    comment = get_object_or_404(Comment, pk=pk)
    if not commenting.moderated_by(request.user).filter(pk=comment.pk).exists():
        raise PermissionDenied
    return comment


@require_POST
def approve(request, pk):
    comment = moderated_comment(request, pk)
    commenting.decide(comment, Comment.Status.APPROVED, request.user)
    messages.success(request, _("The comment by %(name)s is shown on the page.") % {"name": comment.name})
    return back_to_queue(request)


@require_POST
def reject(request, pk):
    comment = moderated_comment(request, pk)
    commenting.decide(comment, Comment.Status.REJECTED, request.user)
    messages.success(request, _("The comment by %(name)s is rejected.") % {"name": comment.name})
    return back_to_queue(request)


@require_POST
def reply(request, pk):
    comment = moderated_comment(request, pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a reply of at most 3000 characters."))
        return back_to_queue(request)
    answer = commenting.reply(comment, form.cleaned_data["text"], request.user)
    messages.success(request, _("Your reply is shown on the page as %(name)s.") % {"name": answer.name})
    return back_to_queue(request)


@require_POST
def close(request, page_id):
    moderator_only(request.user)
    page = get_object_or_404(Page, pk=page_id)
    if not commenting.may_moderate_page(request.user, page):
        raise PermissionDenied
    closing = request.POST.get("closed") != "0"
    commenting.close(page, request.user, closing)
    if closing:
        messages.success(request, _("Comments on “%(title)s” are closed.") % {"title": page.title})
    else:
        messages.success(request, _("Comments on “%(title)s” are open again.") % {"title": page.title})
    return back_to_queue(request)


class WaitingCommentsPanel(Component):
    """The dashboard's count of comments waiting for the user's moderation, with a link to the queue."""

    name = "news_waiting_comments"
    template_name = "news/admin/dashboard_panel.html"
    order = 210

    def __init__(self, waiting, reported):
        self.waiting, self.reported = waiting, reported

    def get_context_data(self, parent_context):
        return {"waiting": self.waiting, "reported": self.reported}


def dashboard_panel(user):
    if not member_or_network_editor(user):
        return None
    held = commenting.moderated_by(user).filter(status=Comment.Status.HELD)
    waiting = held.count()
    if not waiting:
        return None
    return WaitingCommentsPanel(waiting, held.filter(held_because=Comment.HeldBecause.REPORTED).count())
