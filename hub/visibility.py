"""What the public may see: pages outside every private section.

Wagtail's `PageQuerySet.public()` adds one `path LIKE` clause per restricted page to the query. The hub
restricts every page whose narrator has not cleared it for the web, in each of its languages: dozens of clauses built
in Python and tested on every row, on every listing, menu and profile: a large part of an uncached page's
time (docs/performance.md). `public()` here asks the same question with one clause per depth at which there are
restricted pages (a handful), each comparing the start of a page's path with a list.

Search keeps Wagtail's `.public()`: its backends translate a queryset's filters into their own, and know
`path__startswith`, not this.
"""

from collections import defaultdict

from django.db.models.functions import Substr
from django.db.models.lookups import In
from wagtail.models import PageViewRestriction


def public(pages):
    """`pages` (a page queryset) without those in a private section: a page with a view restriction, and every
    page below it. The same pages as Wagtail's `pages.public()`."""
    # A page lies in a restricted page's section when its path begins with that page's path.
    restricted_paths = defaultdict(list)
    for path in PageViewRestriction.objects.values_list("page__path", flat=True).distinct():
        restricted_paths[len(path)].append(path)
    for length, paths in restricted_paths.items():
        pages = pages.exclude(In(Substr("path", 1, length), paths))
    return pages
