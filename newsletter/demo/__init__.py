"""The newsletter demo (content.yaml, translations/): the newsletter page in the demo's languages and a list of
confirmed subscribers (some asking for alerts), two past issues in the archive and one draft waiting in its
workflow for a network editor's approval. Idempotent."""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from hub.absolute_urls import absolute_url
from hub.demo import data
from hub.demo.pages import ensure_index, terms
from hub.demo.translate import translate
from hub.roles import network_editors
from newsletter.models import Issue, IssueItem, NewsletterPage, Subscription


def demo_data():
    return data.load(__file__)


def ensure_newsletter_page(home):
    return ensure_index(home, NewsletterPage, _("Newsletter"), "newsletter", demo_data().content["introduction"])


def build(network):
    demo = demo_data()
    page = ensure_newsletter_page(network.home)
    translate(page, demo.content["translated_into"], demo.translations)
    for entry in demo.content["subscribers"]:
        subscription, created = Subscription.objects.get_or_create(
            email=entry["email"],
            defaults={
                "language": entry["language"],
                "status": Subscription.Status.CONFIRMED,
                "confirmed_at": timezone.now(),
                "alerts": entry.get("alerts", False),
            },
        )
        if created:
            subscription.themes.set(terms(network.themes, entry["themes"]))
            subscription.regions.set(terms(network.regions, entry["regions"]))
    add_issues(demo.content["issues"])


def add_issues(entries):
    """The demo's issues, unless the newsletter has issues already: the sent ones live, as their workflow left
    them; the draft submitted to its workflow by a network editor."""
    if Issue.objects.exists():
        return
    now = timezone.now()
    editor = network_editors().order_by("pk").first()
    for entry in entries:
        sent = entry["status"] == "sent"
        created = now - timedelta(days=entry["days"])
        issue = Issue.objects.create(
            language="en",
            subject=entry["subject"],
            introduction=entry["introduction"],
            status=Issue.Status.SENT if sent else Issue.Status.DRAFT,
            created_at=created,
            sent_at=created if sent else None,
            live=sent,
            first_published_at=created if sent else None,
            last_published_at=created if sent else None,
        )
        IssueItem.objects.bulk_create(
            IssueItem(
                issue=issue,
                position=position,
                title=item["title"],
                summary=item["summary"],
                url=absolute_url(item["path"]),
            )
            for position, item in enumerate(entry["items"])
        )
        if not sent:
            issue.save_revision(user=editor)
            issue.get_workflow().start(issue, editor)
