"""Finding the page an address names, with the pages along its path read in one query.

Wagtail's `Page.route` walks the address one part at a time, asking the database twice at each step (the child with
that slug, then its specific page): eight queries for a member's toolkit chapter, a quarter of the page's. Here the
pages along the path are read at once, and each step's `route` is still Wagtail's: the walk hands over to a page whose
type routes its own addresses (a RoutablePageMixin page, say), as Wagtail would, and only skips the steps whose
route is Wagtail's plain one.
"""

from django.http import Http404
from wagtail.models import Page


def routes_like_any_page(page):
    return page.specific_class is not None and page.specific_class.route is Page.route


def route_from(root, request, path_components):
    """Wagtail's `root.route(request, path_components)` for a root whose own route is the plain one."""
    if not path_components:
        return Page.route(root, request, path_components)
    candidates = Page.objects.filter(
        path__startswith=root.path,
        depth__gt=root.depth,
        depth__lte=root.depth + len(path_components),
        slug__in=path_components,
    )
    by_parent_and_slug = {(page.path[: -Page.steplen], page.slug): page for page in candidates}
    page = root
    for step, slug in enumerate(path_components):
        child = by_parent_and_slug.get((page.path, slug))
        if child is None:
            raise Http404
        child._cached_parent_obj = page
        page = child
        if not routes_like_any_page(page):
            return page.specific.route(request, path_components[step + 1 :])
    return page.specific.route(request, [])
