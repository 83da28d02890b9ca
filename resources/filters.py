"""The library's filters and order, shared by its page and its Atom feed."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from hub.filters import (
    ArrangingFilter,
    ChoiceFilter,
    DatePeriodFilter,
    LanguageFilter,
    ListingFilterSet,
    PublisherFilter,
    TermFilter,
)
from resources.models import ResourcePage


def ordered(*fields):
    return lambda resources: resources.order_by(*fields)


class LibraryFilterSet(ListingFilterSet):
    kind = ChoiceFilter(label=_("Kind"), choices=ResourcePage.Kind.choices)
    theme = TermFilter("themes", label=_("Theme"))
    region = TermFilter("regions", label=_("Region"))
    language = LanguageFilter(label=_("Language"))
    # A resource another organisation published is not the network's, wherever it lives.
    organisation = PublisherFilter(label=_("Published by"), network=Q(organisation__isnull=True, external_publisher=""))
    year = DatePeriodFilter("publication_date", "year", order="DESC", label=_("Year"))
    sort = ArrangingFilter(
        {
            "newest": (_("Newest first"), ordered("-publication_date", "title")),
            "oldest": (_("Oldest first"), ordered("publication_date", "title")),
            "title": (_("Title"), ordered("title")),
        },
        label=_("Sort by"),
    )
