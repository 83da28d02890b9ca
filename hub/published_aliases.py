"""A page appears in every language's tree when it is first published, never before.

wagtail-localize aliases a page into the synchronised trees as soon as it is made in the admin, drafts
included, and a whole tree, drafts included, into a language as soon as it is synchronised. An alias is a page
of that language's tree, so a translator of the language would see a member's draft by its title in the admin's
page search, its API and its reports. Both are replaced here:

- a page made in the admin is aliased into every language when it is made published, or else when it is first
  published (approved, or by the scheduler), however long after. A page first written in Somali too, which
  wagtail-localize would alias only out of the default language's tree;
- a newly synchronised language receives the trees' published pages (hub.tree_aliases).

Pages made in code (setup, onboarding, the demo) are aliased by the code that makes them, all together.
"""

from django.db.models.signals import post_save
from wagtail import hooks
from wagtail.models import Page
from wagtail.signals import page_published
from wagtail_localize import synctree
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from hub.models import UnpublishedNewPage
from hub.tree_aliases import alias_into_every_language, synchronise_trees


def on_created_in_admin(request, page):
    if page.alias_of_id is not None:
        return
    if page.live:
        alias_into_every_language(page)
    else:
        UnpublishedNewPage.objects.get_or_create(page=page)


def on_published(sender, instance, alias=False, **kwargs):
    if not alias and UnpublishedNewPage.objects.filter(page=instance).delete()[0]:
        alias_into_every_language(instance)


def on_language_synchronised(sender, instance, raw=False, **kwargs):
    if not raw:
        synchronise_trees()


def take_over_aliasing():
    """Called once, when the hub's app is ready."""
    # Wagtail has no way to unregister a hook: the registry's entry is removed (synctree registers it on import).
    hooks._hooks["after_create_page"].remove((synctree.after_create_page, 0))
    hooks.register("after_create_page", on_created_in_admin)
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    page_published.connect(on_published, dispatch_uid="hub_published_aliases")
    post_save.connect(on_language_synchronised, sender=LocaleSynchronization, dispatch_uid="hub_published_aliases")


def withdraw_aliases_of_unpublished_pages():
    """Remove the aliases wagtail-localize made of pages never published (before the hub took aliasing over);
    each such page is aliased again when it is first published. Aliases are removed leaves first, so that a
    published page's alias below an unpublished one's stays."""
    unpublished = Page.objects.filter(alias_of__isnull=True, live=False, first_published_at__isnull=True, depth__gt=2)
    UnpublishedNewPage.objects.bulk_create(
        [UnpublishedNewPage(page_id=pk) for pk in unpublished.values_list("pk", flat=True)], ignore_conflicts=True
    )
    removed = 0
    while leaves := list(Page.objects.filter(alias_of__in=unpublished, numchild=0)):
        for leaf in leaves:
            leaf.delete()
        removed += len(leaves)
    return removed
