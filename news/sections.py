"""News on other pages: the home page's latest news and each member profile's own."""

from hub.per_request import active_locale
from news.commenting import is_closed, shown_comments, takes_comments
from news.forms import CommentForm
from news.models import NewsIndexPage, NewsPage


def latest_news(request, limit):
    """The newest news in the visitor's language tree, for the home page section."""
    return NewsPage.for_listing(active_locale())[:limit]


def news_of(request, organisation, limit):
    """The organisation's newest news, in the language of the profile shown."""
    return list(NewsPage.for_listing(organisation.locale).filter(organisation=organisation)[:limit])


def comments(request, page):
    """The comments below a page that takes them (news.commenting), with the form to write one; nothing on any
    other page, nor on the page's other routes (a campaign's thanks page)."""
    if not takes_comments(page) or request.path != page.url:
        return None
    index = NewsIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    closed = is_closed(page)
    return {
        "comments": shown_comments(page, request.GET.get("comments")),
        "closed": closed,
        "comment_form": None if closed or index is None else CommentForm(language=page.locale.language_code),
        "comment_action": index and index.url + index.reverse_subpage("comment", args=[page.pk]),
        "report_action": index and index.url + "comments/report/",
    }
