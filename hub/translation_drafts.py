"""A translation is saved as a draft revision of its page; the published page stays as it was until review.

wagtail-localize saves an unpublished translation ("draft") by writing the translated text into the page
row itself and then saving a revision. For a page that is already public, the row *is* the public page:
the unreviewed text (with its untranslated strings still in the source language) would be on the site, in
search, in feeds and listings at once, while the language's reviewers had not yet seen it. And a page
translated for the first time is, in the hub's synchronised trees, a live alias of its source, which
wagtail-localize converts into a page of its own before writing the draft into it.

Here an unpublished translation only becomes a revision: the row, and so everything the public sees,
keeps what was published (a first translation stays the alias that shows the source with a notice) until
the workflow's approval publishes the reviewed revision (hub.workflow_finish). Every way wagtail-localize
saves an unpublished translation goes through TranslationSource.create_or_update_translation (the hub's
"Submit for review", and "Translate this page", which WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
keeps from publishing), so that is where the hub steps in; publishing a translation (which needs the right
to publish) is left to wagtail-localize.
"""

from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import TranslationLog, TranslationSource
from wagtail_localize.strings import StringValue


def save_translation_as_revision(source, locale, user=None, fallback=False):
    """The page's translation into locale as a new draft revision; returns the translated (unsaved) page."""
    draft = source.get_ephemeral_translated_instance(locale, fallback=fallback)
    # An alias becomes a page of its own when the translation is published; until then the row stays an alias.
    draft.alias_of_id = None
    draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    # save_revision() writes only the revision bookkeeping (latest revision, draft title) into the row.
    revision = draft.save_revision(user=user, log_action=True)
    source.sync_view_restrictions(source.as_instance(), draft)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return draft


def existing_page_translation(source, locale):
    model = source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return None
    return Page.objects.filter(translation_key=source.object_id, locale=locale).first()


def hold_unpublished_translations_back():
    """Make wagtail-localize save unpublished translations of existing pages as revisions only (called once,
    from HubConfig.ready). New pages in unsynchronised languages are created as drafts by wagtail-localize
    itself, which is already what review needs."""
    create_or_update_translation = TranslationSource.create_or_update_translation

    def create_or_update_translation_held_back(
        self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
    ):
        if not publish and existing_page_translation(self, locale) is not None:
            return save_translation_as_revision(self, locale, user=user, fallback=fallback), False
        return create_or_update_translation(
            self, locale, user=user, publish=publish, copy_parent_pages=copy_parent_pages, fallback=fallback
        )

    TranslationSource.create_or_update_translation = create_or_update_translation_held_back


def untranslated_strings(translation):
    """The source texts that have no translation yet (they would be shown in the source language), in order."""
    segments = (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string")
        .order_by("order")
    )
    return [StringValue(segment.string.data).render_text() for segment in segments]
