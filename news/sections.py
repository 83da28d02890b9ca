"""News on other pages: the home page's latest news and each member profile's own."""

from wagtail.models import Locale

from news.models import NewsPage


def latest_news(request, limit):
    """The newest news in the visitor's language tree, for the home page section."""
    return NewsPage.for_listing(Locale.get_active())[:limit]


def news_of(request, organisation, limit):
    """The organisation's newest news, in the language of the profile shown."""
    return list(NewsPage.for_listing(organisation.locale).filter(organisation=organisation)[:limit])
