"""The main menu of each language, read from the database once and kept until something it shows changes.

Every page shows it, and reading it costs three queries (the language's home page, the private sections, the menu
pages), so it is kept per site and language under a version that `changed()` replaces. hub.caching calls it when a
change shows on every page: a home page or a menu page published, unpublished, moved, renamed, deleted or made
private, a site or a site setting saved. It lives in the page cache's store (`WAGTAIL_CACHE_BACKEND`: files or Redis),
which every process of the site shares, so a page the task worker publishes on schedule reaches the server's menu.
"""

from dataclasses import dataclass, replace
from uuid import uuid4

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language

from hub.site_names import network_name
from hub.text_languages import TextInLanguage, with_text_language
from hub.visibility import public

VERSION_KEY = "hub:main-menu-version"


@dataclass(frozen=True)
class MenuItem:
    page_id: int
    url: str
    label: TextInLanguage | None  # an untranslated page's label is its source's title, in that language


def store():
    return caches[settings.WAGTAIL_CACHE_BACKEND]


def version():
    # A random version, not a counter: if the store loses the key, menus kept under any earlier one are never read.
    current = store().get(VERSION_KEY)
    if current is None:
        store().add(VERSION_KEY, uuid4().hex, None)
        current = store().get(VERSION_KEY)
    return current


def changed():
    store().set(VERSION_KEY, uuid4().hex, None)


def main_menu(site, request):
    """The home page, named for the network (hub.site_names keeps the name), and its live public children marked
    'show in menus', in the active language."""
    key = f"hub:main-menu:{site.pk}:{get_language()}:{version()}"
    items = store().get(key)
    if items is None:
        items = read_main_menu(site, request)
        store().set(key, items, None)
    home, *children = items
    return [replace(home, label=network_name()), *children]


def read_main_menu(site, request):
    home = site.root_page.localized
    children = with_text_language(public(home.get_children().live()).in_menu()).specific(defer=True)
    return [
        MenuItem(home.pk, home.get_url(request), None),
        *(
            MenuItem(page.pk, page.get_url(request), TextInLanguage(page.title, page.text_language))
            for page in children
        ),
    ]
