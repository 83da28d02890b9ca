"""wagtail-localize's translation editor opens for every page type and snippet; any locale can be a source.
Read from the demo network (built once for every module that reads it)."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale, Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage
from hub.models import MemberOrganisationPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_tmp(settings, demo_media):
    settings.MEDIA_ROOT = demo_media


@pytest.fixture
def one_page_of_every_type(db, demo_output):
    """An English page of each type from the demo network, where every plugin's demo builder has made its
    page types (new plugins are covered too)."""
    english = Locale.objects.get(language_code="en")
    return {
        model: model.objects.filter(locale=english, alias_of__isnull=True).order_by("pk").first()
        for model in get_page_models()
        if model is not Page
    }


@pytest.fixture
def organisation(db, demo_output):
    """A member organisation of the demo network, whose space is in every language."""
    return MemberOrganisationPage.objects.filter(locale=Locale.get_default(), live=True).order_by("pk").first()


def untranslated_locale(source):
    """A language a page or snippet is not translated into yet (a page may be aliased there): the demo translates
    some."""
    if isinstance(source, Page):
        translated = Page.objects.filter(translation_key=source.translation_key, alias_of__isnull=True)
    else:
        translated = type(source).objects.filter(translation_key=source.translation_key)
    return Locale.objects.exclude(pk__in=translated.values("locale_id")).order_by("pk").first()


def test_every_page_type_has_a_page_to_translate(one_page_of_every_type):
    missing = [model.__name__ for model, page in one_page_of_every_type.items() if page is None]
    assert missing == [], "no page of these types to check the translation editor with"


def test_translation_editor_opens_for_every_page_type(client_for, network_editor, one_page_of_every_type):
    client = client_for(network_editor)
    for model, source in one_page_of_every_type.items():
        target = untranslated_locale(source)
        submitted = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [target.pk]}
        )
        assert submitted.status_code == 302, model.__name__
        translation = source.get_translation(target)
        # A draft revision, waiting for review; the public keeps the alias until then (hub.translation_drafts).
        assert translation.get_latest_revision() is not None, model.__name__
        editor = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
        assert editor.status_code == 200 and b"js-translation-editor" in editor.content, model.__name__


def test_translation_editor_opens_for_every_translatable_snippet(client_for, network_editor, one_page_of_every_type):
    client = client_for(network_editor)
    english = Locale.objects.get(language_code="en")
    translatable = [model for model in get_snippet_models() if hasattr(model, "translation_key")]
    assert translatable
    for model in translatable:
        source = model.objects.filter(locale=english).first()
        assert source is not None, model.__name__
        target = untranslated_locale(source)
        opts = model._meta
        submitted = client.post(
            reverse("wagtail_localize:submit_snippet_translation", args=[opts.app_label, opts.model_name, source.pk]),
            {"locales": [target.pk]},
        )
        assert submitted.status_code == 302, model.__name__
        translation = source.get_translation(target)
        edit_url = reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[translation.pk])
        editor = client.get(edit_url)
        assert editor.status_code == 200 and b"js-translation-editor" in editor.content, model.__name__


def test_a_page_first_written_in_somali_is_translated_into_english(client, client_for, network_editor, organisation):
    somali = Locale.objects.get(language_code="so")
    english = Locale.objects.get(language_code="en")
    somali_space = organisation.get_translation(somali)
    form = nested_form_data(
        {
            "title": "Kulanka waalidiinta",
            "slug": "kulanka-waalidiinta",
            "introduction": rich_text("<p>Kulan bille ah.</p>"),
            "body": streamfield([("paragraph", rich_text("<p>Kaalay Sabtida.</p>"))]),
        }
    )
    # Written by the network team; member editors work in their space in the default language's tree.
    created = client_for(network_editor).post(
        reverse("wagtailadmin_pages:add", args=["home", "contentpage", somali_space.pk]), form
    )
    assert created.status_code == 302
    source = ContentPage.objects.get(slug="kulanka-waalidiinta", locale=somali)
    source.get_latest_revision().publish()  # the network's review, once it approves

    # Synchronised trees: the Somali page appears in every language, as its Somali self, with the notice.
    shown_in_english = source.get_translation(english)
    assert shown_in_english.alias_of_id == source.pk
    assert ContentPage.objects.filter(translation_key=source.translation_key).count() == len(settings.LANGUAGES)
    html = client.get(shown_in_english.url).content.decode()
    assert "Kaalay Sabtida." in html and 'lang="so"' in html and "notice--translation" in html

    editor = client_for(network_editor)
    submitted = editor.post(
        reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [english.pk]}
    )
    assert submitted.status_code == 302
    translated = source.get_translation(english)
    assert translated.get_latest_revision() is not None  # a draft; published by its review or the network
    assert b"js-translation-editor" in editor.get(reverse("wagtailadmin_pages:edit", args=[translated.pk])).content
