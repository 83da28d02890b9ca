"""Translations made with wagtail-localize's own records, as translators make them in its editor."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


def translate(source, code, user, text, publish=False):
    """A translation of source into code, its strings filled in by a translator and saved as a draft (or
    published)."""
    from wagtail_localize.models import StringTranslation, TranslationSource

    locale = Locale.objects.get(language_code=code)
    translation_source, _created = TranslationSource.get_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(source=translation_source, target_locale=locale)
    for segment in translation_source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text.get(segment.string.data, segment.string.data), "last_translated_by": user},
        )
    translation.save_target(user=user, publish=publish)
    return source.specific_class.objects.get(translation_key=source.translation_key, locale=locale)


def translate_into(page, locale, strings):
    """What a translator does in wagtail-localize's editor: a translation for each string, then publish."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = StringValue(segment.string.data).render_text()
        if text in strings:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=StringValue.from_plaintext(strings[text]).data,
            )
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return page.get_translation(locale)
