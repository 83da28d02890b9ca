"""Every published page stands in every language's tree: translated, or as an alias of its original until it is.

hub.published_aliases and hub.tree_aliases add the aliases as pages are published. This module finds the trees that lack
pages all the same (an editorial action interrupted before the admin's writes ran in one transaction, pages
deleted from one tree by hand), tells administrators (a system check, a dashboard panel) and puts the missing
pages back (`hub hub_repair_trees`).
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization

from hub.tree_aliases import PUBLISHED_ONCE


def synchronised_locales():
    """The locales whose trees hold every page: each synchronised locale and the one it follows."""
    pairs = LocaleSynchronization.objects.values_list("locale_id", "sync_from_id")
    ids = {locale_id for pair in pairs for locale_id in pair}
    return list(Locale.objects.filter(pk__in=ids).order_by("language_code"))


def published_pages(locales):
    """The pages in these languages' trees whose page is, or once was, published in some language."""
    published = Page.objects.filter(PUBLISHED_ONCE)
    return Page.objects.filter(depth__gt=1, locale__in=locales, translation_key__in=published.values("translation_key"))


def tree_sizes(locales):
    """How many published pages each language's tree holds, and how many different ones there are: two queries."""
    pages = published_pages(locales)
    counts = dict(pages.order_by().values_list("locale_id").annotate(Count("pk")))
    distinct = pages.values("translation_key").distinct().count()
    return {locale: counts.get(locale.pk, 0) for locale in locales}, distinct


def incomplete_trees():
    """The locales whose tree lacks some page, with how many it lacks."""
    locales = synchronised_locales()
    sizes, distinct = tree_sizes(locales)
    return {locale: distinct - size for locale, size in sizes.items() if size < distinct}


@dataclass
class MissingPage:
    original: Page
    locales: list


def missing_pages():
    """Each page that some language's tree lacks, with those languages; parents before their children."""
    locales = {locale.pk: locale for locale in synchronised_locales()}
    present = {}
    for key, locale_id in published_pages(locales).values_list("translation_key", "locale_id"):
        present.setdefault(key, set()).add(locale_id)
    lacking = {key: set(locales) - ids for key, ids in present.items() if len(ids) < len(locales)}
    default_locale_id = Locale.get_default().pk
    originals = {}
    # Aliases point at the original; of several originals (translations) the default language's is copied.
    for page in Page.objects.filter(translation_key__in=lacking, alias_of__isnull=True).order_by("depth", "path"):
        if page.translation_key not in originals or page.locale_id == default_locale_id:
            originals[page.translation_key] = page
    return [
        MissingPage(page, sorted((locales[pk] for pk in lacking[key]), key=lambda locale: locale.language_code))
        for key, page in sorted(originals.items(), key=lambda item: (item[1].depth, item[1].path))
    ]


@transaction.atomic
def restore_missing_pages():
    """Alias each missing page into the trees that lack it; returns what was missing."""
    missing = missing_pages()
    for entry in missing:
        original = entry.original.specific
        for locale in entry.locales:
            # A parent missing from the same tree came earlier in the list and is back already.
            if not Page.objects.filter(translation_key=original.translation_key, locale=locale).exists():
                original.copy_for_translation(locale, copy_parents=True, alias=True)
    return missing


class IncompleteTreesPanel(Component):
    """On administrators' dashboard, while some language's tree lacks pages: which, and what restores them."""

    name = "hub_incomplete_trees"
    template_name = "hub/dashboard/incomplete_trees.html"
    order = 50

    def __init__(self, incomplete):
        self.incomplete = incomplete

    def get_context_data(self, parent_context):
        return {"languages": [(locale.get_display_name(), count) for locale, count in self.incomplete.items()]}
