"""The UK's twelve regions (England's nine, Scotland, Wales and Northern Ireland), which the regional groups and
the map cover. Migration 0008 adds those a network lacks; the demo makes sure of them too (its reset deletes every
region). Names stay the network's: an existing region is never renamed."""

from wagtail.models import Locale

from hub.models import Region

UK_REGIONS = [
    ("north-east", "North East"),
    ("north-west", "North West"),
    ("yorkshire-and-the-humber", "Yorkshire and the Humber"),
    ("east-midlands", "East Midlands"),
    ("west-midlands", "West Midlands"),
    ("east-of-england", "East of England"),
    ("london", "London"),
    ("south-east", "South East"),
    ("south-west", "South West"),
    ("scotland", "Scotland"),
    ("wales", "Wales"),
    ("northern-ireland", "Northern Ireland"),
]


def ensure_uk_regions():
    """Every UK region in the default language, by slug; returns them by slug."""
    locale = Locale.get_default()
    return {
        slug: Region.objects.get_or_create(slug=slug, locale=locale, defaults={"name": name})[0]
        for slug, name in UK_REGIONS
    }
