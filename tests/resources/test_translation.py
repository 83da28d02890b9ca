"""A resource translated in wagtail-localize reads in that language in the library and the feed."""

import pytest
from wagtail.models import Locale

from hub.setup import synchronise_trees
from resources.factories import ResourcePageFactory
from tests.support.pages import listed_titles
from tests.support.translations import translate_into

pytestmark = pytest.mark.django_db

FRENCH = {
    "Renting guide": "Guide de la location",
    "About Renting guide.": "Tout sur la location.",
}


def test_translated_resource_reads_in_french_with_its_tags(client, library, member_a, housing):
    resource = ResourcePageFactory(parent=member_a.organisation, title="Renting guide", kind="guide", themes=[housing])
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
