"""Themes and regions in the page's language: the editor offers each term once, in the language of the page being
edited, refuses a term of another language by name, and public filters list each term once in the visitor's."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from hub.factories import MemberOrganisationPageFactory, ThemeFactory


def translated(term, code, name):
    translation = term.copy_for_translation(Locale.objects.get(language_code=code))
    translation.name = name
    translation.save()
    return translation


@pytest.fixture
def terms(directory, london):
    housing = ThemeFactory(name="Housing", slug="housing")
    return {
        "housing": housing,
        "logement": translated(housing, "fr", "Logement"),
        "arabic housing": translated(housing, "ar", "السكن"),
        "detention": ThemeFactory(name="Detention", slug="detention"),  # not translated: English everywhere
        # First written in French by a French-speaking organisation, never translated.
        "solidarity": ThemeFactory(name="Solidarité", slug="solidarite", locale=Locale.objects.get(language_code="fr")),
        "london": london,
        "londres": translated(london, "fr", "Londres"),
    }


def checkboxes(html, field):
    """(label, checked) of each checkbox of a field, as the editor sees them."""
    boxes = re.findall(rf'<input type="checkbox" name="{field}" value="\d+"([^>]*)>\s*([^<]+?)\s*</label>', html)
    return [(label, "checked" in attributes) for attributes, label in boxes]


def test_editor_of_an_english_page_offers_each_term_once_in_english(client_for, network_editor, member_a, terms):
    member_a.organisation.themes.set([terms["housing"]])
    member_a.organisation.save_revision()

    html = client_for(network_editor).get(reverse("wagtailadmin_pages:edit", args=[member_a.organisation.pk]))
    html = html.content.decode()

    assert checkboxes(html, "themes") == [("Detention", False), ("Housing", True), ("Solidarité", False)]
    assert checkboxes(html, "regions") == [("London", True)]


def test_editor_of_a_new_french_page_offers_each_term_once_in_french(client_for, network_editor, directory, terms):
    french_directory = directory.get_translation(Locale.objects.get(language_code="fr"))

    html = client_for(network_editor).get(
        reverse("wagtailadmin_pages:add", args=["hub", "memberorganisationpage", french_directory.pk])
    )
    html = html.content.decode()

    assert checkboxes(html, "themes") == [("Detention", False), ("Logement", False), ("Solidarité", False)]
    assert checkboxes(html, "regions") == [("Londres", False)]


def test_a_french_page_carrying_english_terms_shows_them_in_french(client_for, network_editor, directory, terms):
    # A translation copies its source's terms: the editor shows them checked, in the page's language.
    french_directory = directory.get_translation(Locale.objects.get(language_code="fr"))
    page = MemberOrganisationPageFactory(parent=french_directory, title="Solidarité Paris")
    page.themes.set([terms["housing"]])
    page.regions.set([terms["london"]])
    page.save_revision()

    html = client_for(network_editor).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert checkboxes(html, "themes") == [("Detention", False), ("Logement", True), ("Solidarité", False)]
    assert checkboxes(html, "regions") == [("Londres", True)]


def profile_form(organisation, themes, regions):
    """The edit form of a member's profile as a network editor posts it."""
    data = nested_form_data(
        {
            "title": organisation.title,
            "slug": organisation.slug,
            "mission": "",
            "about": rich_text(""),
            "boroughs": "",
            "contact_email": "",
            "phone": "",
            "address": "",
            "website": "",
            "social_links": inline_formset([]),
            "charity_number": "",
            "company_number": "",
            "year_founded": "",
        }
    )
    return {**data, "themes": [term.pk for term in themes], "regions": [term.pk for term in regions]}


def latest_themes(page):
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object().themes.all()


def test_a_term_of_another_language_is_refused_with_a_clear_message(client_for, network_editor, member_a, terms):
    organisation = member_a.organisation
    editor = client_for(network_editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[organisation.pk])

    refused = editor.post(edit_url, profile_form(organisation, [terms["logement"]], [terms["london"]]))

    assert refused.status_code == 200
    assert (
        "“Logement” is a term in French, not in this page&#x27;s language. Choose it from the list, which shows each "
        "term in the page&#x27;s language." in refused.content.decode()
    )
    assert list(latest_themes(organisation)) == []

    saved = editor.post(edit_url, profile_form(organisation, [terms["housing"]], [terms["london"]]))

    assert saved.status_code == 302
    assert list(latest_themes(organisation)) == [terms["housing"]]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", [("detention", "Detention"), ("housing", "Housing"), ("solidarite", "Solidarité")]),
        ("fr", [("detention", "Detention"), ("housing", "Logement"), ("solidarite", "Solidarité")]),
        ("ar", [("detention", "Detention"), ("solidarite", "Solidarité"), ("housing", "السكن")]),
    ],
)
def test_directory_filter_lists_each_term_once_in_the_visitors_language(client, directory, terms, language, expected):
    html = client.get(directory.url.replace("/en/", f"/{language}/", 1)).content.decode()

    theme_filter = re.search(r'<select name="theme"[^>]*>(.*?)</select>', html, re.S).group(1)
    assert re.findall(r'<option value="([^"]+)">([^<]+)</option>', theme_filter) == expected
    region_filter = re.search(r'<select name="region"[^>]*>(.*?)</select>', html, re.S).group(1)
    assert re.findall(r'<option value="([^"]+)">', region_filter) == ["london"]  # London and Londres: one region
