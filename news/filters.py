"""The news index's filters and order, shared by its page and its Atom feed."""

from django.utils.translation import gettext_lazy as _

from hub.filters import ArrangingFilter, DatePeriodFilter, ListingFilterSet, PublisherFilter, TermFilter


def ordered(*fields):
    return lambda pages: pages.order_by(*fields)


class NewsFilterSet(ListingFilterSet):
    theme = TermFilter("themes", label=_("Theme"))
    region = TermFilter("regions", label=_("Region"))
    organisation = PublisherFilter(label=_("Published by"))
    year = DatePeriodFilter("date", "year", order="DESC", label=_("Year"))
    sort = ArrangingFilter(
        {
            "newest": (_("Newest first"), ordered("-date", "-first_published_at")),
            "oldest": (_("Oldest first"), ordered("date", "first_published_at")),
        },
        label=_("Sort by"),
    )
