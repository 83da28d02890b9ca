"""A resource translated in wagtail-localize reads in that language in the library and the feed."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from hub.setup import synchronise_trees
from tests.resources.conftest import add_resource
from tests.resources.test_library import listed_titles

pytestmark = pytest.mark.django_db

FRENCH = {
    "Renting guide": "Guide de la location",
    "About Renting guide.": "Tout sur la location.",
}


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


def test_translated_resource_reads_in_french_with_its_tags(client, library, member_a, housing):
    resource = add_resource(member_a.organisation, "Renting guide", kind="guide", themes=[housing])
    synchronise_trees()
    french = Locale.objects.get(language_code="fr")
    translated = translate_into(resource, french, FRENCH)
    assert translated.alias_of_id is None
    assert [theme.slug for theme in translated.themes.all()] == ["housing"]
    assert translated.organisation_id == member_a.organisation.get_translation(french).pk

    french_library = library.get_translation(french)
    assert listed_titles(client.get(french_library.url, {"theme": "housing", "kind": "guide"})) == [
        "Guide de la location"
    ]
    feed = client.get(french_library.url + "feed/").content.decode()
    assert "Guide de la location" in feed and "Tout sur la location." in feed
    page = client.get(translated.url).content.decode()
    assert "Tout sur la location." in page and "notice--translation" not in page
