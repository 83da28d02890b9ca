"""The Atom feed of new resources in one language, narrowed by the library's own filters (kind, theme, …)."""

from django.utils.translation import gettext

from hub.feeds import ListingFeed


class ResourceFeed(ListingFeed):
    def title(self, library):
        return gettext("New resources: %(library)s") % {"library": library.title}

    def item_categories(self, item):
        return [item.get_kind_display(), *(theme.name for theme in item.themes.all())]
