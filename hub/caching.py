"""The anonymous page cache (wagtail-cache) and its exact invalidation, plus the caching proxy's purges.

Visitors who are not logged in get public pages from the page cache, keyed by URL (which carries the
language, /<lang>/…). What a change to a page purges is computed here, generically, from the tree and
the plugin registry, so every plugin's pages take part without naming them:

- the page's every language version (translations and aliases) with everything below them (their
  addresses change with a move, vanish with an unpublish or a delete; their breadcrumbs and publisher
  names come from the page);
- their ancestors (a member's profile and the directory list its pages), every plugin's index pages
  (listings), the home page of every language (home-page sections), the pages that link to the page
  (Wagtail's reference index: related resources, page choosers, rich-text links) and the addresses
  in HUB_PAGE_CACHE_ALWAYS_PURGE (search);
- the whole cache when the page is a home page or in the main menu, which every page shows.

A taxonomy term (its name is in listings, filters and page facts) and a site setting (shown on every page)
purge everything when they change. What only one page shows, like the count of a campaign's pledges or
an event's places left, is purged by its plugin (`purge_page_versions`).

Listings' filtered variants (`?theme=housing`) go with their page. Purges run once per transaction,
after it commits, so a request during the transaction cannot put the old page back.
"""

import logging
import re
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, pre_page_move
from wagtailcache.cache import clear_cache

from hub import main_menu
from hub.absolute_urls import absolute_url
from hub.models.taxonomy import TaxonomyTerm
from hub.plugins import plugin_registry

logger = logging.getLogger(__name__)

CACHE_STATUS_HEADER = "X-Wagtail-Cache"
# Set by a view, kept with the page in the page cache, taken off by CacheControlMiddleware.
BROWSERS_REVALIDATE_HEADER = "X-Hub-Browsers-Revalidate"
EVERYTHING = "everything"


# --- What the cache may hold ----------------------------------------------------------------------


def is_request_cacheable(request, is_cacheable):
    """Only public pages, addressed with their language. `/` follows the visitor's language cookie and
    Accept-Language; a visitor holding a session (a page password entered, a message waiting) is served
    fresh, as is everyone on the admin, documents and other paths without a language."""
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if not get_language_from_path(request.path_info):
        return False
    return is_cacheable


def is_response_cacheable(response, is_cacheable):
    """A response that sets a cookie is one visitor's: above all one whose page used a CSRF token (a form
    with `{% csrf_token %}`), whose token must match that visitor's cookie."""
    if response.cookies:
        return False
    return is_cacheable


def browsers_revalidate(response):
    """For a page showing what its visitors change (a count of pledges, the places left): browsers ask for it
    again on every view (`max-age=0`), so that whoever has just pledged sees their pledge counted; the page
    cache and a proxy keep it like any page, purged when it changes (`purge_page_versions`)."""
    response[BROWSERS_REVALIDATE_HEADER] = "1"
    return response


class CacheControlMiddleware:
    """Tells proxies and browsers what they may keep. Pages from the page cache are public for a short
    while in browsers and longer in a proxy that the hub purges (`s-maxage`); everything else (logged-in
    editors, forms with a CSRF token, previews) is private and never stored by a shared cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        revalidate = response.headers.pop(BROWSERS_REVALIDATE_HEADER, None)
        status = response.get(CACHE_STATUS_HEADER)
        if status in ("hit", "miss"):
            # The Expires stored with a cached page would be stale on a hit; Cache-Control says it all.
            del response["Expires"]
            response.headers.pop("Cache-Control", None)
            patch_cache_control(
                response,
                public=True,
                max_age=0 if revalidate else settings.HUB_BROWSER_CACHE_SECONDS,
                s_maxage=settings.HUB_PROXY_CACHE_SECONDS,
            )
        elif status is not None and "public" not in response.get("Cache-Control", ""):
            patch_cache_control(response, private=True, no_cache=True)
        return response


# --- What a change purges --------------------------------------------------------------------------


def url_path(page):
    """The page's address without scheme and host (it carries the language), or None if it has none."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    return urlsplit(parts[2]).path if parts[2].startswith("http") else parts[2]


def shown_on_every_page(page):
    """Whether the page, in any language, is a home page or in the main menu: its title and address show on every
    page of its language."""
    root_keys = list(Site.objects.values_list("root_page__translation_key", flat=True))
    if page.translation_key in root_keys:
        return True
    versions = Page.objects.filter(translation_key=page.translation_key, show_in_menus=True)
    # Parents looked up by path: while a subtree is being deleted, they may already be gone.
    parent_paths = {path[: -page.steplen] for path in versions.values_list("path", flat=True)}
    return bool(parent_paths) and Page.objects.filter(path__in=parent_paths, translation_key__in=root_keys).exists()


def addresses_showing(page):
    """(subtree paths, exact paths): what to purge when `page` changes, computed before it moves or goes."""
    if shown_on_every_page(page):
        return EVERYTHING
    versions = list(Page.objects.filter(translation_key=page.translation_key))
    subtrees = {url_path(version) for version in versions}
    ancestors = Page.objects.none()
    for version in versions:
        ancestors |= Page.objects.ancestor_of(version).filter(depth__gt=1)
    related = [*ancestors, *referring_pages(versions)]
    related += Page.objects.filter(translation_key__in=Site.objects.values("root_page__translation_key"))
    index_models = plugin_registry.index_page_models()
    if index_models:
        related += Page.objects.type(*index_models)
    exact = {url_path(other) for other in related}
    return {path for path in subtrees if path}, {path for path in exact if path}


def referring_pages(versions):
    """Pages whose content points at one of `versions` (Wagtail's reference index)."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to_in_bulk(versions).filter(base_content_type=page_type)
    return list(Page.objects.filter(pk__in=[int(pk) for pk in references.values_list("object_id", flat=True)]))


def purge_patterns(subtrees, exact):
    """One regular expression over the absolute URLs wagtail-cache records (any scheme and host)."""
    host = r"^[a-z]+://[^/]+"
    alternatives = [f"{re.escape(path)}.*" for path in subtrees]
    alternatives += [rf"{re.escape(path)}(?:\?.*)?" for path in exact]
    alternatives += settings.HUB_PAGE_CACHE_ALWAYS_PURGE
    return f"{host}(?:{'|'.join(alternatives)})$"


class PendingPurge:
    """What the current transaction has changed, purged once when it commits."""

    def __init__(self):
        self.everything = False
        self.subtrees = set()
        self.exact = set()

    def add(self, addresses):
        if addresses == EVERYTHING:
            self.everything = True
        else:
            self.subtrees |= addresses[0]
            self.exact |= addresses[1]
        # The first callback to run purges what the transaction gathered; the others find nothing left.
        transaction.on_commit(self.run)

    def run(self):
        everything, subtrees, exact = self.everything, self.subtrees, self.exact
        if not (everything or subtrees or exact):
            return
        self.__init__()
        if everything:
            clear_cache()
            main_menu.changed()
        else:
            clear_cache([purge_patterns(subtrees, exact)])
        purge_proxy(everything, subtrees, exact)


pending = PendingPurge()


class BulkBuild:
    active = False


bulk_build = BulkBuild()


@contextmanager
def whole_cache_purged_after():
    """For a build that publishes pages by the hundred (the demo): rather than work out what each page's change
    purges, purge everything once, when the block ends."""
    bulk_build.active = True
    try:
        yield
    finally:
        bulk_build.active = False
        pending.add(EVERYTHING)


def purge_proxy(everything, subtrees, exact):
    """The caching proxy or CDN (WAGTAILFRONTENDCACHE) gets absolute URLs of the site's base address; a
    subtree's URL asks it to drop everything below (see the README's proxy configuration)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    paths = {"/"} if everything else subtrees | exact
    purge_urls_from_cache(sorted(absolute_url(path) for path in paths))


def anything_cached():
    """Whether a page cache or a proxy may hold pages: without either, working out what to purge is waste
    (a demo reset unpublishes thousands of pages)."""
    return settings.WAGTAIL_CACHE or bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_page(page):
    if page.depth <= 1:
        return
    if bulk_build.active:
        pending.add(EVERYTHING)
    elif anything_cached():
        pending.add(addresses_showing(page))
    elif shown_on_every_page(page):
        pending.add(EVERYTHING)  # no page to purge, but the main menu (hub.main_menu) is kept all the same


def purge_page_versions(page):
    """The page in every language with its routes (`pledged/`) and what lies below, once the transaction
    commits: for a change that only the page itself shows, such as a count of pledges or of places left."""
    paths = {url_path(version) for version in Page.objects.filter(translation_key=page.translation_key)}
    pending.add(({path for path in paths if path}, set()))


# --- Signals ---------------------------------------------------------------------------------------


def on_published_or_unpublished(sender, instance, **kwargs):
    purge_page(instance)


def on_moved_or_renamed(sender, instance, **kwargs):
    # Before a move (or, for a new slug, the page as it was): the old addresses and the old ancestors.
    purge_page(kwargs.get("instance_before", instance))


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is Page:
        purge_page(instance)


def on_privacy_changed(sender, instance, **kwargs):
    # Wagtail's privacy setting saves a view restriction, not a revision: no page signal says the page (and all
    # below it) left the public site, or came back.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_page(page)


def on_shown_everywhere_changed(sender, **kwargs):
    pending.add(EVERYTHING)


def on_setting_saved(sender, created, **kwargs):
    # The first page to read a setting creates its row with the defaults it was showing already.
    if not created:
        pending.add(EVERYTHING)


def connect_page_cache_invalidation():
    page_published.connect(on_published_or_unpublished)
    page_unpublished.connect(on_published_or_unpublished)
    pre_page_move.connect(on_moved_or_renamed)
    post_page_move.connect(on_published_or_unpublished)
    page_slug_changed.connect(on_moved_or_renamed)
    # Every row of a deleted page's subtree comes through as its base Page once; its addresses are
    # still known before the delete.
    pre_delete.connect(on_deleted, sender=Page)
    post_save.connect(on_privacy_changed, sender=PageViewRestriction)
    post_delete.connect(on_privacy_changed, sender=PageViewRestriction)
    # A site's root page and address: every page's.
    post_save.connect(on_shown_everywhere_changed, sender=Site)
    post_delete.connect(on_shown_everywhere_changed, sender=Site)
    # Taxonomy terms (on listings, filters and page facts, in every plugin) and site settings, the core's
    # and any plugin's, show on pages of every kind.
    for model in apps.get_models():
        if issubclass(model, TaxonomyTerm):
            post_save.connect(on_shown_everywhere_changed, sender=model)
            post_delete.connect(on_shown_everywhere_changed, sender=model)
        elif issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
            post_save.connect(on_setting_saved, sender=model)
            post_delete.connect(on_shown_everywhere_changed, sender=model)
