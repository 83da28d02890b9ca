"""wagtail-localize's translation editor opens for every page type and snippet; any locale can be a source."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale, Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import ContentPage
from hub.bulk_indexing import indexes_built_after
from hub.demo import DemoNetwork, build_plugins
from hub.factories import CommunityFactory, ThemeFactory
from hub.models import MemberOrganisationPage, MembersIndexPage, Region
from hub.setup import synchronise_trees
from tests.support.people import PASSWORD, make_london, make_member_a
from tests.support.shared_data import shared_by_module

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def every_type_built(django_db_setup, django_db_blocker, module_media):
    """The core's pages, plus what each enabled plugin's demo builder makes (new plugins are covered too), built
    once for the module: every plugin's demo is slow to build. The pages' ids by type."""
    with shared_by_module(django_db_blocker, module_media):
        # Indexed once at the end, as the demo is: indexing every save would be a third of the build.
        with indexes_built_after():
            home = MembersIndexPage.objects.get(locale=Locale.get_default()).get_parent().specific
            directory = MembersIndexPage.objects.get(locale=Locale.get_default())
            make_london()
            member_a = make_member_a()
            member_a.organisation.add_child(instance=ContentPage(title="Our advice sessions")).save_revision().publish()
            network = DemoNetwork(
                home=home, directory=directory, password=PASSWORD, themes={"housing": ThemeFactory(slug="housing")}
            )
            network.regions = {"london": Region.objects.get(slug="london")}
            network.communities = {"eritrea": CommunityFactory(name="Eritrea", slug="eritrea")}
            network.members = {member_a.organisation.slug: member_a.organisation}
            build_plugins(network)
            synchronise_trees()
        english = Locale.objects.get(language_code="en")
        yield {
            model: model.objects.filter(locale=english, alias_of__isnull=True).values_list("pk", flat=True).first()
            for model in get_page_models()
            if model is not Page
        }


@pytest.fixture(autouse=True)
def media_in_tmp(settings, module_media):
    settings.MEDIA_ROOT = module_media


@pytest.fixture
def one_page_of_every_type(db, every_type_built):
    return {model: model.objects.filter(pk=pk).first() for model, pk in every_type_built.items()}


@pytest.fixture
def organisation(db, every_type_built):
    """The member whose space holds the module's member pages."""
    return MemberOrganisationPage.objects.get(locale=Locale.get_default(), title="Amani Women's Group")


def untranslated_locale(page):
    """A language the page is not translated into yet (only aliased there): the demo translates some pages."""
    translated = Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
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
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    translatable = [model for model in get_snippet_models() if hasattr(model, "translation_key")]
    assert translatable
    for model in translatable:
        source = model.objects.filter(locale=english).first()
        assert source is not None, model.__name__
        opts = model._meta
        submitted = client.post(
            reverse("wagtail_localize:submit_snippet_translation", args=[opts.app_label, opts.model_name, source.pk]),
            {"locales": [french.pk]},
        )
        assert submitted.status_code == 302, model.__name__
        translation = source.get_translation(french)
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
