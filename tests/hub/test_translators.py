"""Translators work in their own languages only, enforced on the server."""

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from hub.roles import translators_group_name
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_translator(db):
    user = get_user_model().objects.create_user("layla", "layla@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=translators_group_name("ar")))
    return user


def in_locale(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def test_a_translator_group_per_language_but_the_source():
    names = set(Group.objects.filter(name__startswith="Translators").values_list("name", flat=True))
    assert "Translators — Arabic" in names and "Translators — Somali" in names
    assert "Translators — English" not in names
    assert len(names) == len(settings.WAGTAIL_CONTENT_LANGUAGES) - 1


def test_translator_translates_into_their_language(client_for, arabic_translator, member_a):
    client = client_for(arabic_translator)
    source = member_a.organisation
    url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    form = client.get(url)
    assert form.status_code == 200
    offered = [locale.language_code for locale in form.context["form"].fields["locales"].queryset]
    assert offered == ["ar"]

    response = client.post(url, {"locales": [Locale.objects.get(language_code="ar").pk]})
    assert response.status_code == 302
    arabic = in_locale(source, "ar")
    assert Translation.objects.filter(source__object_id=source.translation_key, target_locale=arabic.locale).exists()
    # The public keeps the alias (the source, with a notice) until a review publishes the translation
    # (hub.translation_drafts); the translator works on it in the translation editor meanwhile.
    assert arabic.alias_of_id == source.pk and arabic.get_latest_revision() is not None
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk]))
    assert editor.status_code == 200 and "js-translation-editor" in editor.content.decode()


def test_translator_cannot_translate_into_another_language(client_for, arabic_translator, member_a):
    client = client_for(arabic_translator)
    french = Locale.objects.get(language_code="fr")
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[member_a.organisation.pk]), {"locales": [french.pk]}
    )
    assert response.status_code == 200  # the form comes back with an error
    assert in_locale(member_a.organisation, "fr").alias_of_id == member_a.organisation.pk


@pytest.mark.parametrize("code", ["en", "fr", "so"])
def test_translator_cannot_change_the_source_or_other_languages(client_for, arabic_translator, member_a, code):
    client = client_for(arabic_translator)
    page = in_locale(member_a.organisation, code)
    title = page.title
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), {"title": "Changed", "slug": page.slug})
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=page.pk).title == title
    assert client.get(reverse("wagtailadmin_pages:delete", args=[page.pk])).status_code in (302, 403)
    assert Page.objects.filter(pk=page.pk).exists()


def test_translator_cannot_publish(arabic_translator, member_a):
    arabic = in_locale(member_a.organisation, "ar")
    permissions = arabic.permissions_for_user(arabic_translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


def test_a_page_translated_through_a_po_file(
    client_for, arabic_translator, network_editor, member_a, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail_localize.models import Translation

    from home.models import ContentPage

    source = member_a.organisation.add_child(
        instance=ContentPage(title="Saturday drop-in", body=[("paragraph", "<p>Bring your letters.</p>")])
    )
    source.save_revision().publish()
    arabic = Locale.objects.get(language_code="ar")
    client = client_for(arabic_translator)
    client.post(reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [arabic.pk]})
    translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=arabic)

    exported = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert exported.status_code == 200
    catalogue = polib.pofile(exported.content.decode())
    arabic_text = {"Saturday drop-in": "جلسة السبت المفتوحة", "Bring your letters.": "أحضروا رسائلكم."}
    for entry in catalogue:
        entry.msgstr = arabic_text.get(entry.msgid, entry.msgid)
    upload = SimpleUploadedFile("drop-in-ar.po", str(catalogue).encode(), content_type="text/x-gettext-translation")
    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})

    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes once the transaction commits
        translation.save_target(user=network_editor, publish=True)  # publishing stays with the network team
    page = ContentPage.objects.get(translation_key=source.translation_key, locale=arabic)
    html = client_for(network_editor).get(page.url).content.decode()
    assert "جلسة السبت المفتوحة" in html and "أحضروا رسائلكم." in html
    assert "notice--translation" not in html


@pytest.fixture
def translated_drafts(member_a):
    """A member's page with Arabic and French translations saved as drafts, waiting for their review."""
    from home.models import ContentPage
    from tests.support.translations import translate

    source = member_a.organisation.add_child(
        instance=ContentPage(title="Saturday drop-in", body=[("paragraph", "<p>Bring your letters.</p>")])
    )
    source.save_revision().publish()
    for code, title in [("ar", "جلسة السبت المفتوحة"), ("fr", "Permanence du samedi")]:
        translate(source, code, member_a.editor, {"Saturday drop-in": title})
    return source


def live_revisions(source):
    return {page.locale.language_code: page.live_revision_id for page in source.get_translations(inclusive=True)}


def update_url(source):
    from wagtail_localize.models import TranslationSource

    return reverse("wagtail_localize:update_translations", args=[TranslationSource.objects.get_for_instance(source).pk])


@pytest.mark.parametrize("code", ["ar", "so"])
def test_translator_never_publishes_through_update_translations(client_for, translated_drafts, code):
    """wagtail-localize's "update translations" can publish every language at once; a translator (of one of
    them, or of another language) may not publish any: that happens through the language review."""
    from tests.support.people import person

    client = client_for(person(f"translator-{code}", translators_group_name(code)))
    before = live_revisions(translated_drafts)

    response = client.post(update_url(translated_drafts), {"publish_translations": "on"}, follow=True)

    assert live_revisions(translated_drafts) == before
    if code == "ar":  # a translator of one of its languages updates it, without the option to publish
        assert response.status_code == 200
        html = client.get(update_url(translated_drafts)).content.decode()
        assert 'type="checkbox" name="publish_translations"' not in html
    else:
        assert response.status_code == 403 or response.redirect_chain[-1][0] == reverse("wagtailadmin_home")


def test_network_editor_may_still_publish_every_translation_at_once(
    client_for, network_editor, translated_drafts, django_capture_on_commit_callbacks
):
    before = live_revisions(translated_drafts)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(network_editor).post(update_url(translated_drafts), {"publish_translations": "on"})
    assert response.status_code == 302
    after = live_revisions(translated_drafts)
    assert after["en"] == before["en"] and after["ar"] != before["ar"] and after["fr"] != before["fr"]
