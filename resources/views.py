"""The Atom feed of new resources in one language, narrowed by the library's own filters (kind, theme, …)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from hub.absolute_urls import absolute_url, page_url

FEED_LENGTH = 30


class ResourceFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.filters = self.library.filters(request)
        self.items_found = self.filters.qs.order_by("-first_published_at")[:FEED_LENGTH]
        return self.library

    def title(self, library):
        return gettext("New resources: %(library)s") % {"library": library.title}

    def link(self, library):
        return page_url(library)

    def feed_url(self, library):
        return absolute_url(self.request.get_full_path())

    def subtitle(self, library):
        active = [f"{label}: {value}" for label, value in self.filters.active_filters()]
        return "; ".join(active)

    def items(self, library):
        return self.items_found

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return page_url(item)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.publisher_name

    def item_categories(self, item):
        return [item.get_kind_display(), *(theme.name for theme in item.themes.all())]
