"""The news plugin's answer to hub.personal_data: commenters' emails (never shown) are what it holds about the
public; their names and words are public once approved."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import ngettext

from hub.caching import purge_page_versions
from news import conf
from news.models import Comment


def export(email):
    comments = Comment.objects.filter(email=email).select_related("page").order_by("created_at")
    return [
        {
            "page": comment.page.title,
            "name": comment.name,
            "email": comment.email,
            "comment": comment.text,
            "language": comment.language,
            "status": comment.status,
            "written_at": comment.created_at,
        }
        for comment in comments
    ]


def erase(email):
    """The person's comments go, from the pages too (with the replies to them)."""
    comments = Comment.objects.filter(email=email).select_related("page")
    pages = {comment.page_id: comment.page for comment in comments if comment.status == Comment.Status.APPROVED}
    deleted = comments.delete()[0]
    for page in pages.values():
        purge_page_versions(page)
    return deleted


def purge_expired():
    """After the retention period, emails are forgotten (the comments stay, under their names) and rejected
    comments are deleted."""
    cutoff = timezone.now() - timedelta(days=conf.comment_retention_days())
    old = Comment.objects.filter(created_at__lt=cutoff)
    deleted = old.filter(status=Comment.Status.REJECTED).delete()[0]
    forgotten = old.exclude(email="").update(email="")
    return deleted + forgotten


def retention():
    days = conf.comment_retention_days()
    return ngettext(
        "Your email address is forgotten %(days)d day after you comment; rejected comments are deleted then.",
        "Your email address is forgotten %(days)d days after you comment; rejected comments are deleted then.",
        days,
    ) % {"days": days}
