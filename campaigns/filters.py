"""The public filters of the campaign listing and of the policy opportunity map."""

from django.utils.translation import gettext_lazy as _

from hub.filters import ListingFilterSet, PublisherFilter, TermFilter


class OpportunityFilterSet(ListingFilterSet):
    theme = TermFilter("themes", label=_("Theme"))
    region = TermFilter("regions", label=_("Region"))


class CampaignFilterSet(OpportunityFilterSet):
    """The order (active and core campaigns first) stays the listing's own."""

    organisation = PublisherFilter(label=_("Led by"))
