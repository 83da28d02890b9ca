"""Public comments: which pages take them, what is held for a moderator, who moderates what, and what the
page cache must forget when a comment is shown or taken down.

A comment waits for a moderator when its writer is new (no approved comment from the same email), when the
network trusts nobody (news.conf.trust_returning_commenters), when it carries a link, or when a reader
reports it. Network editors moderate every comment; a member's editors those on pages in their space."""

import hashlib
import re
from functools import cache

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils import timezone

from hub.caching import purge_page_versions
from hub.client_address import client_address
from hub.dashboard import member_spaces
from hub.models import MemberOrganisationPage
from hub.plugins import plugin_registry
from hub.rate_limits import count_attempt
from hub.roles import is_network_editor
from news import conf
from news.models import ClosedToComments, Comment

RATE_WINDOW_SECONDS = 3600
COMMENTS_PER_PAGE = 20
# Addresses, written out or not: a comment with one waits for a person to look at where it leads.
LINK = re.compile(r"(https?://|www\.|\b[\w-]+\.(com|org|net|info|biz|io|co|uk|ru|xyz|top|link|click)\b)", re.I)


@cache
def _models_named(names):
    found = []
    for name in names:
        try:
            found.append(apps.get_model(name))
        except (LookupError, ValueError):  # a plugin kept out of INSTALLED_APPS
            continue
    return tuple(found)


def commentable_models():
    """The page types that take comments now: those named in news.conf whose plugin is enabled."""
    return [
        model
        for model in _models_named(tuple(conf.commentable_page_types()))
        if plugin_registry.is_enabled(model._meta.app_label)
    ]


def takes_comments(page):
    return type(page) in commentable_models()


def is_closed(page):
    return ClosedToComments.objects.filter(page=page.pk).exists()


def held_because(data):
    """Why a new comment waits for a moderator, or "" when it goes straight through."""
    if LINK.search(data["text"]) or LINK.search(data["name"]):
        return Comment.HeldBecause.LINK
    if not conf.trust_returning_commenters():
        return Comment.HeldBecause.EVERY_COMMENT
    trusted = data["email"] and Comment.objects.filter(email=data["email"], status=Comment.Status.APPROVED).exists()
    return "" if trusted else Comment.HeldBecause.FIRST_TIME


def organisation_of(page):
    return MemberOrganisationPage.objects.ancestor_of(page).first()


def save_comment(page, data):
    """The visitor's comment on the page, held or approved; a reply is attached to a comment shown on the page
    (a reply to a reply, to the comment it answers: threads are one level deep)."""
    parent = None
    if data.get("parent"):
        parent = Comment.objects.filter(pk=data["parent"], page=page.pk, status=Comment.Status.APPROVED).first()
        if parent is not None and parent.parent_id:
            parent = parent.parent
    reason = held_because(data)
    comment = Comment.objects.create(
        page=page,
        organisation=organisation_of(page),
        parent=parent,
        name=data["name"],
        email=data["email"],
        text=data["text"],
        language=data["language"],
        status=Comment.Status.HELD if reason else Comment.Status.APPROVED,
        held_because=reason,
    )
    if not reason:
        purge_page_versions(page)
    return comment


def rate_limited(request):
    """True once this address has sent comments.conf.comments_per_hour() comments or reports in the hour; only a hash of
    the address is kept, in the cache, for an hour (as campaigns' pledges)."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_address(request)}".encode()).hexdigest()
    return count_attempt(f"news:comment-rate:{digest}", RATE_WINDOW_SECONDS) > conf.comments_per_hour()


def shown_comments(page, number):
    """One page (of COMMENTS_PER_PAGE) of the approved comments on the page, each with its approved replies."""
    replies = Comment.objects.filter(status=Comment.Status.APPROVED).order_by("created_at", "pk")
    comments = (
        Comment.objects.filter(page=page.pk, parent__isnull=True, status=Comment.Status.APPROVED)
        .order_by("created_at", "pk")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="shown_replies"))
    )
    return Paginator(comments, COMMENTS_PER_PAGE).get_page(number)


def report(comment):
    """A reader says the comment should not be there: it goes back to the queue, off the page, until a
    moderator decides again."""
    comment.reports += 1
    if comment.status == Comment.Status.APPROVED:
        comment.status, comment.held_because = Comment.Status.HELD, Comment.HeldBecause.REPORTED
        purge_page_versions(comment.page)
    comment.save(update_fields=["reports", "status", "held_because"])


# --- Moderation -----------------------------------------------------------------------------------


def organisation_keys(user):
    return set(member_spaces(user).values_list("translation_key", flat=True))


def moderated_by(user):
    """The comments the user may moderate: every one for network editors, those on their own spaces' pages for
    a member's editors, none for anyone else."""
    comments = Comment.objects.all()
    if is_network_editor(user):
        return comments
    return comments.filter(organisation__translation_key__in=organisation_keys(user))


def may_moderate_page(user, page):
    if is_network_editor(user):
        return True
    organisation = organisation_of(page)
    return organisation is not None and organisation.translation_key in organisation_keys(user)


def decide(comment, status, user):
    comment.status, comment.decided_at, comment.decided_by = status, timezone.now(), user
    comment.save(update_fields=["status", "decided_at", "decided_by"])
    purge_page_versions(comment.page)


def reply(comment, text, user):
    """The organisation's answer, shown at once under the comment (approved with it, if it was waiting)."""
    if comment.parent_id:
        comment = comment.parent
    if comment.status != Comment.Status.APPROVED:
        decide(comment, Comment.Status.APPROVED, user)
    organisation = comment.organisation
    answer = Comment.objects.create(
        page=comment.page,
        organisation=organisation,
        parent=comment,
        name=organisation.title if organisation else settings.WAGTAIL_SITE_NAME,
        text=text,
        language=comment.page.locale.language_code,
        status=Comment.Status.APPROVED,
        reply_by=user,
        decided_at=timezone.now(),
        decided_by=user,
    )
    purge_page_versions(comment.page)
    return answer


def close(page, user, closed=True):
    if closed:
        ClosedToComments.objects.get_or_create(page=page, defaults={"closed_by": user})
    else:
        ClosedToComments.objects.filter(page=page).delete()
    purge_page_versions(page)
