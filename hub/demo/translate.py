"""Translate demo pages and terms the way a translator would in wagtail-localize's editor: one string at a time.

Each page or term gets a TranslationSource, a StringTranslation for every segment whose text the demo
translates, and a translation saved and published from them, so translators find the demo's work in
their editor and can carry on from it. Fields that read the same in every language (a phone number,
a postal address, the page's address) are recorded as kept as written; prose the demo has no
translation for stays untranslated in the editor and is shown in its source text.
"""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.strings import StringValue

# Paths of segments a translator keeps as they are: addresses, numbers, and place names where no
# translation says otherwise.
KEPT_AS_WRITTEN = {"slug", "phone", "address", "charity_number", "company_number", "boroughs"}


def translated_data(segment, language_code, translations):
    """The translation a translator would enter for this segment, as wagtail-localize stores it; None if none."""
    text = StringValue(segment.string.data).render_text()
    translated = translations.get(text, {}).get(language_code)
    if translated is not None:
        return StringValue.from_plaintext(translated).data
    if segment.context.path in KEPT_AS_WRITTEN:
        return segment.string.data
    return None


def translate_strings(source, locale, translations):
    """Record the demo's translation of each of the source's segments that has none yet (what a translator
    has changed since stays theirs); True if any was recorded."""
    recorded = False
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        data = translated_data(segment, locale.language_code, translations)
        if data is None:
            continue
        _translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
        recorded = recorded or created
    return recorded


def is_translated(instance, locale):
    translation = instance.get_translation_or_none(locale)
    return translation is not None and getattr(translation, "alias_of_id", None) is None


def translate(instance, languages, translations):
    """Translate a page or snippet into each of the languages; a translation is saved again only when
    strings were added to it, so running the demo twice changes nothing.

    `translations` maps English source text to {language code: translation}: a demo folder's (hub.demo.data).
    """
    instance.refresh_from_db()  # publishing a page's revision saves a copy: this instance may hold older text
    source, created = TranslationSource.get_or_create_from_instance(instance)
    published = getattr(instance, "last_published_at", None)
    if not created and published and source.last_updated_at < published:
        # The page was republished (by --reset, or a person) since its text was last extracted.
        source, _created = TranslationSource.update_or_create_from_instance(instance)
    for locale in Locale.objects.filter(language_code__in=languages):
        if translate_strings(source, locale, translations) or not is_translated(instance, locale):
            translation, _created = LocalizeTranslation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            translation.save_target(publish=True)
