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


# Simplified outlines of the regions, drawn for the map (membership/regions_map.html) in a 260 × 400 box, north up:
# recognisable, not surveyed. No tiles and no script: the map is this drawing and its links.
MAP_VIEWBOX = "0 0 260 400"
MAP_SHAPES = {
    "scotland": "M95,10 L150,5 L170,45 L155,85 L175,118 L150,150 L118,160 L95,150 L78,118 L70,75 L85,40 Z",
    "northern-ireland": "M30,150 L72,140 L84,165 L64,186 L28,178 Z",
    "north-east": "M135,155 L150,150 L172,175 L165,200 L140,198 Z",
    "north-west": "M118,160 L135,155 L140,198 L138,245 L120,250 L110,215 L115,185 Z",
    "yorkshire-and-the-humber": "M140,198 L165,200 L185,215 L192,240 L160,250 L138,245 Z",
    "east-midlands": "M138,245 L160,250 L192,240 L197,265 L175,290 L150,292 L140,270 Z",
    "west-midlands": "M120,250 L138,245 L140,270 L150,292 L140,310 L118,305 L112,275 Z",
    "wales": "M75,250 L120,250 L112,275 L118,305 L105,335 L70,330 L60,300 L82,282 Z",
    "east-of-england": "M175,290 L197,265 L235,270 L242,300 L226,325 L200,318 L182,314 Z",
    "london": "M182,314 L200,318 L202,334 L184,336 Z",
    "south-east": "M140,310 L150,292 L175,290 L182,314 L184,336 L202,334 L200,318 L226,325 L248,342 L216,362 L160,362 "
    "L145,340 Z",
    "south-west": "M118,305 L140,310 L145,340 L160,362 L120,372 L62,396 L40,390 L80,360 L100,342 L105,335 Z",
}
