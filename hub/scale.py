"""Scale data: many published pages at once, for the benchmark and for trying the site under weight.

Saving pages one by one through treebeard costs a dozen queries each (paths, numchild, revisions,
signals); here pages are written in bulk with the tree's materialised paths computed up front. The pages
are live, without revisions or search-index entries (run `hub update_index` to search them).

Plugins take part by declaring `scale_builder` in their HubPluginMeta: a dotted path to a callable
`build(parents, count)` that returns unsaved page instances (their own fields filled), which
`add_pages_in_bulk` places under the given parents.
"""

import itertools
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from hub.models import MemberOrganisationPage
from hub.plugins import plugin_registry

BATCH = 500


def next_child_paths(parent):
    """An endless run of free treebeard paths below `parent`, after its last child."""
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    while True:
        position += 1
        yield Page._get_path(parent.path, parent.depth + 1, position)


@transaction.atomic
def add_pages_in_bulk(parent, pages):
    """Insert `pages` (unsaved instances of one or more page types) as live children of `parent`."""
    parent = Page.objects.get(pk=parent.pk)
    now = timezone.now()
    paths = next_child_paths(parent)
    for page in pages:
        page.path = next(paths)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.slug = page.slug or slugify(page.title)[:200] or "page"
        page.slug = f"{page.slug}-{page.path[-Page.steplen :].lower()}"
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = now
        page.content_type = ContentType.objects.get_for_model(page)
    # bulk_create cannot write multi-table page types; their base rows go in bulk, per page type.
    for _page_type, same_type in itertools.groupby(sorted(pages, key=lambda p: p._meta.label), key=type):
        group = list(same_type)
        bases = Page.objects.bulk_create([Page(**base_fields(page)) for page in group], batch_size=BATCH)
        for base, page in zip(bases, group, strict=True):
            page.pk = page.page_ptr_id = base.pk
            page.id = base.pk
            # The base row exists: save only the page type's own table.
            page.save_base(raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())
    return pages


def base_fields(page):
    return {
        field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields if field.attname != "id"
    }


def build_scale(count, stdout=None):
    """`count` pages over the member organisations (in every language tree they have), shared between the
    core's content pages and every enabled plugin that declares a scale builder."""
    from home.models import ContentPage

    profiles = list(MemberOrganisationPage.objects.filter(alias_of__isnull=True).order_by("path"))
    profiles += list(
        MemberOrganisationPage.objects.exclude(locale=Locale.get_default()).order_by("path")[: len(profiles) * 3]
    )
    if not profiles:
        raise ValueError("Build the demo network first: there are no member organisations to hang pages on.")
    builders = [("core", core_scale_builder(ContentPage))]
    builders += [(info.label, builder) for info, builder in plugin_registry.scale_builders()]
    share = count // len(builders)
    made = 0
    for index, (label, builder) in enumerate(builders):
        wanted = share if index < len(builders) - 1 else count - made
        per_parent = divmod(wanted, len(profiles))
        for position, parent in enumerate(profiles):
            n = per_parent[0] + (1 if position < per_parent[1] else 0)
            if n:
                made += len(add_pages_in_bulk(parent, builder([parent], n)))
        if stdout:
            stdout.write(f"  {label}: {wanted} pages")
    return made


def core_scale_builder(content_page_model):
    def build(parents, count):
        return [
            content_page_model(title=f"Community update {number}", introduction=f"<p>Update {number}.</p>")
            for number in range(count)
        ]

    return build
