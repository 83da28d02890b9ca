"""The weekly digest's draft: one issue per language with a newsletter page, listing what was published in that
language since the language's last issue (a week back for the first), from every enabled plugin's page types as
the plugin registry names them. A language with nothing new gets the network's issue in that language, or
nothing, as newsletter.conf.when_nothing_new() says. A network editor adds the introduction and approves it;
newsletter.sending sends it when it is due."""

from datetime import timedelta

from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Locale

from hub.absolute_urls import page_url
from hub.plugins import plugin_registry
from newsletter import conf
from newsletter.models import Issue, IssueItem, NewsletterPage

ITEMS_PER_TYPE = 10


def content_page_types():
    """Every page type the enabled plugins bring for content (members' and the network's), not the newsletter's."""
    models = [*plugin_registry.member_page_models(), *plugin_registry.network_page_models()]
    return [model for model in dict.fromkeys(models) if not issubclass(model, NewsletterPage)]


def published_since(locale, since):
    """Pages written in that language (not aliases of another's) first published since then, newest first."""
    found = []
    for model in content_page_types():
        pages = (
            model.objects.live()
            .public()
            .filter(locale=locale, alias_of__isnull=True, first_published_at__gte=since)
            .order_by("-first_published_at")[:ITEMS_PER_TYPE]
        )
        found.extend(pages)
    return sorted(found, key=lambda page: page.first_published_at, reverse=True)


def in_locale(page, locale):
    """The page's live version in that language (a translation, or the copy its tree keeps), else the page."""
    translation = page.get_translation_or_none(locale)
    return translation.specific if translation is not None and translation.live else page


def interests_of(page):
    """The translation keys of the page's themes and regions, if its type has them."""
    return [
        str(key)
        for terms in ("themes", "regions")
        if hasattr(page, terms)
        for key in getattr(page, terms).values_list("translation_key", flat=True)
    ]


def draft_issues(now=None):
    """A draft issue per language with something new and no draft waiting already; returns the new drafts."""
    now = now or timezone.now()
    drafts = []
    default = Locale.get_default()
    for newsletter in NewsletterPage.objects.live().public().select_related("locale"):
        language = newsletter.locale.language_code
        if Issue.objects.filter(language=language, status=Issue.Status.DRAFT).exists():
            continue
        last = Issue.objects.filter(language=language).exclude(status=Issue.Status.DRAFT).order_by("-created_at")
        since = last.values_list("created_at", flat=True).first() or now - timedelta(days=7)
        pages = published_since(newsletter.locale, since)
        if not pages and conf.when_nothing_new() == "network" and newsletter.locale != default:
            pages = [in_locale(page, newsletter.locale) for page in published_since(default, since)]
        if not pages:
            continue
        with translation.override(language):
            subject = _("The network this week")
        issue = Issue.objects.create(language=language, subject=subject, created_at=now)
        IssueItem.objects.bulk_create(
            IssueItem(
                issue=issue,
                position=position,
                title=page.title,
                summary=strip_tags(str(getattr(page, "summary", "") or page.search_description)),
                url=page_url(page),
                interests=interests_of(page),
            )
            for position, page in enumerate(pages)
        )
        drafts.append(issue)
    return drafts
