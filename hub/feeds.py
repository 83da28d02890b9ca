"""The Atom feed of a listing page in one language, narrowed by the listing's own filters: plugins subclass it,
naming the feed's title and each item's categories."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from hub.absolute_urls import absolute_url, page_url

FEED_LENGTH = 30


class ListingFeed(Feed):
    """`index` is a `hub.models.ListingIndexPage`; its filter set picks the items, newest first."""

    feed_type = Atom1Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.filters = self.index.filters(request)
        self.items_found = self.filters.qs.order_by("-first_published_at")[:FEED_LENGTH]
        return self.index

    def link(self, index):
        return page_url(index)

    def feed_url(self, index):
        return absolute_url(self.request.get_full_path())

    def subtitle(self, index):
        return "; ".join(f"{label}: {value}" for label, value in self.filters.active_filters())

    def items(self, index):
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
