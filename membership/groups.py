"""What regional groups' pages show, in a fixed number of queries: each region with its group and its members in
the directory; a group's members, coordinators, next meetings (from the plugins that hold them, through the
registry: events when it is enabled) and past meetings; and whether a group is behind on its meetings."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Locale

from hub.models import MemberOrganisationPage, MembersIndexPage, Region
from hub.per_request import active_locale
from hub.plugins import plugin_registry
from hub.visibility import public
from membership.levels import member_facts
from membership.models import MembershipSettings, RegionalGroupPage
from membership.regions import MAP_SHAPES, MAP_VIEWBOX

NEXT_MEETINGS = 5


@dataclass
class RegionEntry:
    slug: str
    name: str
    group: RegionalGroupPage | None
    directory_url: str

    @property
    def shape(self):
        """Its outline on the map, for the UK's regions (a region the network added itself is in the list only)."""
        return MAP_SHAPES.get(self.slug, "")

    @property
    def map_url(self):
        return self.group.url if self.group else self.directory_url


def directory_url(slug, directory=None):
    directory = directory or MembersIndexPage.objects.filter(locale=active_locale()).first()
    return f"{directory.url}?region={slug}" if directory else ""


def groups_by_region(index):
    """Every region, in the visitor's language, with its live group under this index (or None) and the address of
    its members in the directory."""
    directory = MembersIndexPage.objects.filter(locale=active_locale()).first()
    groups = {
        group.region.slug: group
        for group in RegionalGroupPage.objects.child_of(index)
        .live()
        .select_related("region", "locale", "alias_of__locale")
    }
    return [
        RegionEntry(region.slug, region.name, groups.get(region.slug), directory_url(region.slug, directory))
        for region in Region.in_active_language()
    ]


def directory_map(request, page):
    """The regions' map below the member directory (HubPluginMeta.page_sections), when the network has a regional
    groups index in this language; None, without a query, for every other page."""
    if not isinstance(page, MembersIndexPage):
        return None
    from membership.models import RegionalGroupsIndexPage

    index = RegionalGroupsIndexPage.objects.filter(locale=page.locale).live().select_related("alias_of__locale").first()
    if index is None:
        return None
    return {"regions": groups_by_region(index), "map_viewbox": MAP_VIEWBOX, "groups_index": index}


def in_active_language(organisations):
    """The same organisations' pages in the visitor's language tree, in one query."""
    keys = [organisation.translation_key for organisation in organisations]
    found = {
        page.translation_key: page
        for page in MemberOrganisationPage.objects.filter(translation_key__in=keys, locale=active_locale())
    }
    return [found.get(organisation.translation_key, organisation) for organisation in organisations]


def group_context(group):
    today = timezone.localdate()
    region = group.region
    members = list(
        public(MemberOrganisationPage.objects.live())
        .filter(locale=active_locale(), regions__slug=region.slug)
        .distinct()
        .order_by("title")
    )
    facts = member_facts(members)
    for member in members:
        member.plugin_facts = facts.get(member.translation_key, [])
    coordinators = list(group.coordinators.select_related("organisation"))
    for coordinator, organisation in zip(
        coordinators, in_active_language([c.organisation for c in coordinators]), strict=True
    ):
        coordinator.shown_organisation = organisation
    meetings = sorted(group.meetings.select_related("minutes"), key=lambda meeting: meeting.date, reverse=True)
    return {
        "region_name": next((term.name for term in Region.in_active_language() if term.slug == region.slug), region),
        "members": members,
        "coordinators": coordinators,
        "next_meetings": plugin_registry.regional_meetings(region, NEXT_MEETINGS),
        "past_meetings": [meeting for meeting in meetings if meeting.date <= today],
        "directory_url": directory_url(region.slug),
    }


@dataclass
class GroupStatus:
    group: RegionalGroupPage
    held: int
    expected: int
    last_meeting: datetime.date | None

    @property
    def behind(self):
        return self.held < self.expected


def group_statuses():
    """Every group (its default language's page) with the meetings it held in the last twelve months against the
    network's expectation."""
    expected = MembershipSettings.load().group_meetings_per_year
    year_ago = timezone.localdate() - datetime.timedelta(days=365)
    groups = (
        RegionalGroupPage.objects.filter(locale=Locale.get_default()).prefetch_related("meetings").order_by("title")
    )
    return [
        GroupStatus(
            group=group,
            held=group.meetings_held_since(year_ago),
            expected=expected,
            last_meeting=max((meeting.date for meeting in group.meetings.all()), default=None),
        )
        for group in groups
    ]
