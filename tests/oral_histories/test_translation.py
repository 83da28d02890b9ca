"""An interview's translation carries its own segment titles, synopses, keywords and transcript, translated
through wagtail-localize like every page, and its page shows them."""

import pytest

from hub.setup import synchronise_trees
from oral_histories.factories import SEGMENTS
from tests.support.translations import translate

pytestmark = pytest.mark.django_db

FRENCH = {
    "The journey": "Le voyage",
    "Leaving home.": "Quitter la maison.",
    "journey, airport": "voyage, aéroport",
    "We left at night.": "Nous sommes partis la nuit.",
    "We landed in January and the sky was low.": "Nous avons atterri en janvier sous un ciel bas.",
}


def test_the_translated_interview_shows_its_translated_index_and_transcript(client, interview, network_editor):
    synchronise_trees()
    french = translate(interview, "fr", network_editor, FRENCH, publish=True)
    assert french.live and french.url.startswith("/fr/")
    page = client.get(french.url)
    assert page.status_code == 200
    for english, translated in FRENCH.items():
        assert translated in page.text, translated
        assert english not in page.text, english
    # Segments left untranslated keep their source text; the index keeps its timecodes.
    assert SEGMENTS[1][1] in page.text
    assert f"{french.url}recording/#t=8" in page.text
