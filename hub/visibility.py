"""What the public may see: pages outside every private section.

Wagtail's `PageQuerySet.public()` adds one `path LIKE` clause per restricted page to the query. The hub
restricts every page whose narrator has not cleared it for the web, in each of its languages: dozens of clauses built
in Python and tested on every row, on every listing, menu and profile: a large part of an uncached page's
time (docs/performance.md). `public()` here asks the same question with one clause per depth at which there are
restricted pages (a handful), each comparing the start of a page's path with a list.

Search finds the pages of the same sections with `path__startswith` and leaves them out by id (`public_for_search`):
its backends translate a queryset's filters into their own, and know those lookups, not this.
"""

import operator
from collections import defaultdict
from functools import reduce

from django.db.models import Q
from django.db.models.functions import Substr
from django.db.models.lookups import In
from wagtail.models import Page, PageViewRestriction

from hub.per_request import once_per_request


def private_section_roots():
    """Paths of the pages a private section starts at: those with a view restriction, and aliases of those. Wagtail
    serves an alias under its source's restrictions (`Page.get_view_restrictions`), and an alias made before its
    source was made private has none of its own: without them, listings and search in the other languages still
    showed a private page's title and summary."""
    restricted = PageViewRestriction.objects.values("page_id")
    # A UNION, not one query with either condition: each half uses its index, where the OR read every page (17 ms
    # of 50,000 pages on PostgreSQL, on every uncached page).
    aliases = Page.objects.filter(alias_of__in=restricted).order_by().values_list("path", flat=True)
    return aliases.union(Page.objects.filter(pk__in=restricted).order_by().values_list("path", flat=True))


@once_per_request
def private_section_paths():
    """The paths of `private_section_roots` but those inside another private section, which it covers already."""
    # Every listing, section and menu of a page asks; the answer cannot change while the page is made.
    outermost = []
    for path in sorted(private_section_roots()):
        # Sorted, a section's top comes before every page below it and the pages between are below it too.
        if not (outermost and path.startswith(outermost[-1])):
            outermost.append(path)
    return tuple(outermost)


def public(pages):
    """`pages` (a page queryset) without those in a private section (`private_section_roots`, and every page below
    them)."""
    # A page lies in a private section when its path begins with the path of the page at its top.
    restricted_paths = defaultdict(list)
    for path in private_section_paths():
        restricted_paths[len(path)].append(path)
    for length, paths in restricted_paths.items():
        pages = pages.exclude(In(Substr("path", 1, length), paths))
    return pages


def public_for_search(pages):
    """`public(pages)` as search backends can take it: the pages of the private sections (the same sections `public`
    asks for, once per request), found with the `path__startswith` Wagtail's `.public()` uses, left out by id."""
    sections = [Q(path__startswith=path) for path in private_section_paths()]
    if not sections:
        return pages
    # Asked apart, the sections' pages are found through the index on paths; as conditions of the search's own
    # query, each was tested on every page searched: seventy sections took half an all-languages search's time.
    return pages.exclude(id__in=Page.objects.filter(reduce(operator.or_, sections)).values("id"))
