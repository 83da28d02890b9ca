"""Languages named in the reader's language and in their own, from CLDR: the Arabic page says "الصومالية"."""

import pytest
from django.utils import translation

from hub.language_names import language_name, own_name
from hub.models import Language
from hub.models.documents import document_language_choices


def test_the_arabic_switcher_names_somali_in_arabic_beside_its_own_name(client, home):
    html = client.get("/ar/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    assert (
        '<span lang="so" dir="ltr">Soomaali</span> <span class="language-switcher__translated">(الصومالية)</span>'
        in (switcher)
    )
    assert "(Somali)" not in switcher
    # Its own language is named once.
    assert '<span lang="ar" dir="rtl">العربية</span></a>' in switcher


@pytest.mark.parametrize(
    ("code", "reader", "name"),
    [
        ("so", "ar", "الصومالية"),
        ("ckb", "so", "Bartamaha Kurdish"),
        ("ti", "am", "ትግርኛ"),
        ("ar", "fr", "Arabe"),
        ("prs", "ar", "Dari"),
    ],
)
def test_names_in_the_readers_language(code, reader, name):
    assert language_name(code, reader) == name


def test_own_names_come_from_cldr_or_the_hubs_list():
    assert own_name("so") == "Soomaali" and own_name("fr") == "Français" and own_name("prs") == "دری"


@pytest.mark.django_db
def test_language_lists_name_languages_in_the_readers_language():
    somali = Language.objects.get(code="so")
    with translation.override("ar"):
        assert str(somali) == "الصومالية"
        assert ("so", "Soomaali (الصومالية)") in document_language_choices()
