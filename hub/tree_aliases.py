"""Every published page aliased into every synchronised language tree that lacks it, the copies written together.

wagtail-localize's `synchronize_tree` aliases one page at a time through Wagtail's `create_alias`: a full
validation, a treebeard insert that locks and recounts the parent, and a walk up the tree for view restrictions,
for every copy. That was half of the demo's build (2,000 aliases) and a second of every test that sets the hub up.
Here the copies' places in the trees are planned in memory, then written with what `create_alias` writes:

- the page, saved as Django saves it (its save signals sent, so search and reference indexing happen as usual);
  the page types' own `save()` methods are not run, since the copy already holds what they compute from the
  page's fields, except the member space, which comes from the page's place in the tree;
- its child objects (translatable ones in the new language) and many-to-many links. Not the editors' comments,
  which belong to the page they were written on: an alias cannot be edited or commented;
- the source's own view restrictions, where the new parent has none;
- the "created" and "alias created" entries in the page's history.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from wagtail.log_actions import get_active_log_context
from wagtail.models import Locale, Page, PageLogEntry, PageViewRestriction, Site, TranslatableMixin
from wagtail_localize.models import LocaleSynchronization

from hub.models import InMemberSpaceMixin

# What an alias does not take from its source (Wagtail's create_alias excludes the same).
NOT_COPIED = {"id", "path", "depth", "numchild", "url_path", "latest_revision_id"}
COMMENTS = "wagtail_admin_comments"
# Pages that are, or once were, published: those every language's tree holds (hub.published_aliases).
PUBLISHED_ONCE = Q(live=True) | Q(first_published_at__isnull=False)


@dataclass
class Place:
    """A page's place in the trees, as far as planning needs it."""

    path: str
    depth: int
    translation_key: object
    locale_id: int
    slug: str
    url_path: str
    pk: int | None = None
    source_pk: int | None = None
    title: str = ""
    published: bool = True  # live, or live once


class Trees:
    """Every page's place, and the places planned for new aliases, kept in step."""

    def __init__(self, pages=None):
        fields = ("pk", "path", "depth", "translation_key", "locale_id", "slug", "url_path", "draft_title")
        self.by_path = {}
        self.by_key = {}
        self.children = defaultdict(set)  # a parent's path: its children's slugs
        self.last_child = {}  # a parent's path: its last child's path
        pages = (Page.objects.all() if pages is None else pages).annotate(
            published=ExpressionWrapper(PUBLISHED_ONCE, output_field=BooleanField())
        )
        for pk, path, depth, key, locale_id, slug, url_path, title, is_published in pages.values_list(
            *fields, "published"
        ):
            self.add(Place(path, depth, key, locale_id, slug, url_path, pk=pk, title=title, published=is_published))

    @classmethod
    def around(cls, page):
        """Only the places aliasing `page` needs: its ancestors' and its own versions in every language, and their
        children (whose slugs and positions a new alias must not take)."""
        keys = page.get_ancestors(inclusive=True).values("translation_key")
        versions = Page.objects.filter(translation_key__in=keys)
        children = Q(pk__in=[])
        for path, depth in versions.values_list("path", "depth"):
            children |= Q(path__startswith=path, depth=depth + 1)
        return cls(Page.objects.filter(Q(translation_key__in=keys) | children))

    def add(self, place):
        self.by_path[place.path] = place
        self.by_key[place.translation_key, place.locale_id] = place
        parent_path = place.path[: -Page.steplen]
        self.children[parent_path].add(place.slug)
        self.last_child[parent_path] = max(place.path, self.last_child.get(parent_path, ""))

    def parent(self, place):
        return self.by_path[place.path[: -Page.steplen]]

    def in_locale(self, locale_id):
        return sorted((p for p in self.by_path.values() if p.locale_id == locale_id), key=lambda p: p.path)

    def plan_missing(self, source, locale):
        """(The place planned for `source`'s alias in `locale`'s tree, its parent's place), or None where that tree
        holds a version of it already or lacks its parent's."""
        if (source.translation_key, locale.pk) in self.by_key or source.depth < 2:
            return None
        parent = self.parent(source)
        if parent.depth > 1:
            parent = self.by_key.get((parent.translation_key, locale.pk))
        return None if parent is None else (self.plan_alias(source, parent, locale), parent)

    def plan_alias(self, source, parent, locale):
        """The place of `source`'s alias in `locale`'s tree, under `parent` (Wagtail's choice of slug)."""
        slug = source.slug if parent.depth > 1 else f"{source.slug}-{locale.language_code}"
        taken, requested, number = self.children[parent.path], slug, 1
        while slug in taken:
            slug, number = f"{requested}-{number}", number + 1
        last = self.last_child.get(parent.path)
        position = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
        place = Place(
            path=Page._get_path(parent.path, parent.depth + 1, position),
            depth=parent.depth + 1,
            translation_key=source.translation_key,
            locale_id=locale.pk,
            slug=slug,
            url_path=f"{parent.url_path}{slug}/",
            source_pk=source.pk,
            title=source.title,
        )
        self.add(place)
        return place


def synchronise_trees():
    """Alias every published page into every synchronised locale that lacks it, as hub.published_aliases does
    for a page published in the admin: for pages made in code (setup, demo data) and for a newly synchronised
    language. Never-published pages stay in their own tree, and so do the pages below them. Returns the aliases.
    Each locale is synchronised from one that is not itself planned here (the hub's all follow the default
    language)."""
    trees = Trees()
    plan = []  # (alias's place, its parent's place), parents before their children
    for synchronisation in LocaleSynchronization.objects.select_related("locale"):
        for source in trees.in_locale(synchronisation.sync_from_id):
            if source.published and (planned := trees.plan_missing(source, synchronisation.locale)):
                plan.append(planned)
    if not plan:
        return []
    with transaction.atomic():
        return write_aliases(plan, trees)


def alias_into_every_language(page):
    """Alias a page into every language that has no version of it, and its parents where they are missing (as
    Wagtail's `copy_for_translation(copy_parents=True, alias=True)` does, written together)."""
    trees = Trees.around(page)
    lineage = [trees.by_path[page.path[: depth * Page.steplen]] for depth in range(2, page.depth + 1)]
    plan = []
    for locale in Locale.objects.all():
        for source in lineage:  # parents first, so that each finds its parent's copy planned
            if planned := trees.plan_missing(source, locale):
                plan.append(planned)
    if not plan:
        return []
    with transaction.atomic():
        return write_aliases(plan, trees)


def write_aliases(plan, trees):
    sources = Page.objects.filter(pk__in={place.source_pk for place, _parent in plan}).specific().in_bulk()
    locales = Locale.objects.in_bulk()
    aliases = []
    member_spaces = {}  # a parent's path: the member space its children are in
    for place, parent in plan:
        alias = alias_instance(sources[place.source_pk], place, locales[place.locale_id])
        if isinstance(alias, InMemberSpaceMixin):
            if parent.path not in member_spaces:
                alias.place_in_member_space()  # its ancestors are written: parents come first in the plan
                member_spaces[parent.path] = alias.organisation_id
            alias.organisation_id = member_spaces[parent.path]
        alias.save_base()
        place.pk = alias.pk
        aliases.append((alias, sources[place.source_pk], parent))
    new_children = defaultdict(int)
    for _place, parent in plan:
        new_children[parent.pk] += 1
    for parent_pk, count in new_children.items():
        Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + count)
    copy_child_objects(aliases)
    copy_many_to_many(aliases)
    log_aliases_created(aliases, trees)
    copy_view_restrictions(aliases)
    if any(alias.depth == 2 for alias, _source, _parent in aliases):
        Site.clear_site_root_paths_cache()  # a new language's home is a site root's translation
    return [alias for alias, _source, _parent in aliases]


def alias_instance(source, place, locale):
    model = type(source)
    alias = model(
        **{
            field.attname: getattr(source, field.attname)
            for field in model._meta.concrete_fields
            if field.attname not in NOT_COPIED and not field.primary_key
        }
    )
    alias.path, alias.depth, alias.numchild = place.path, place.depth, 0
    alias.slug, alias.url_path, alias.locale = place.slug, place.url_path, locale
    alias.alias_of_id = source.pk
    alias.draft_title = source.title
    alias.has_unpublished_changes = not source.live
    return alias


def copy_child_objects(aliases):
    for model, aliases_of in by_model(aliases):
        for relation in get_all_child_relations(model):
            if relation.get_accessor_name() == COMMENTS:
                continue
            child_model, key = relation.related_model, relation.field.attname
            copies = []
            for child in child_model._base_manager.filter(**{f"{key}__in": aliases_of}).order_by("pk"):
                for alias in aliases_of[getattr(child, key)]:
                    copy = copy_of(child)
                    setattr(copy, key, alias.pk)
                    if isinstance(copy, TranslatableMixin):
                        copy.locale_id = alias.locale_id
                    copies.append(copy)
            child_model._base_manager.bulk_create(copies)


def copy_of(instance):
    model = type(instance)
    return model(**{f.attname: getattr(instance, f.attname) for f in model._meta.concrete_fields if not f.primary_key})


def copy_many_to_many(aliases):
    for model, aliases_of in by_model(aliases):
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            if not through._meta.auto_created:
                continue  # a through model with its own ParentalKey is a child relation, copied with them
            own = through._meta.get_field(field.m2m_field_name()).attname
            other = through._meta.get_field(field.m2m_reverse_field_name()).attname
            rows = through.objects.filter(**{f"{own}__in": aliases_of}).values_list(own, other)
            through.objects.bulk_create(
                [through(**{own: alias.pk, other: target}) for pk, target in rows for alias in aliases_of[pk]]
            )


def copy_view_restrictions(aliases):
    restricted = defaultdict(list)
    for restriction in PageViewRestriction.objects.filter(page__in=[s.pk for _a, s, _p in aliases]).prefetch_related(
        "groups"
    ):
        restricted[restriction.page_id].append(restriction)
    for alias, source, parent in aliases:
        if restricted[source.pk] and not Page.objects.get(pk=parent.pk).get_view_restrictions().exists():
            for restriction in restricted[source.pk]:
                copy = PageViewRestriction(
                    restriction_type=restriction.restriction_type, password=restriction.password, page=alias
                )
                copy.save()
                copy.groups.set(restriction.groups.all())


def log_aliases_created(aliases, trees):
    """The two entries Wagtail writes in a new alias's history: created, and created as an alias of its source."""
    now, context = timezone.now(), get_active_log_context()
    entries = []
    for alias, source, parent in aliases:
        title = alias.get_admin_display_title()
        source_parent = trees.parent(trees.by_key[source.translation_key, source.locale_id])
        entry = partial(
            PageLogEntry,
            page=alias,
            content_type=ContentType.objects.get_for_model(alias, for_concrete_model=False),
            label=title,
            timestamp=now,
            uuid=context.uuid,
        )
        entries.append(entry(action="wagtail.create", user=context.user or alias.owner, content_changed=True))
        entries.append(
            entry(
                action="wagtail.create_alias",
                user=context.user,
                data={
                    "page": {"id": alias.pk, "title": title},
                    "source": {"id": source_parent.pk, "title": source_parent.title},
                    "destination": {"id": parent.pk, "title": parent.title},
                },
            )
        )
    PageLogEntry.objects.bulk_create(entries)


def by_model(aliases):
    """Per page type, each source's aliases by the source's id."""
    grouped = defaultdict(lambda: defaultdict(list))
    for alias, source, _parent in aliases:
        grouped[type(alias)][source.pk].append(alias)
    return grouped.items()
