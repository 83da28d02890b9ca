"""Translators and reviewers edit their language's interface strings in the admin; the site shows the change at once,
in every process, and nobody touches a language that is not theirs."""

import re

import polib
import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from hub import interface_catalogues
from hub.interface_catalogues import VERSION_KEY, entry_key
from hub.models import InterfaceTranslation
from hub.roles import reviewers_group_name, translators_group_name
from tests.support.people import person

pytestmark = pytest.mark.django_db

LANGUAGE = entry_key("", "Language")
PLURAL = entry_key("", "You have %(count)s unused recovery code.")


@pytest.fixture
def arabic_translator(db):
    return person("layla", translators_group_name("ar"))


@pytest.fixture
def arabic_reviewer(db):
    return person("samir", reviewers_group_name("ar"))


@pytest.fixture
def saving(django_capture_on_commit_callbacks):
    """Saves commit in production, which is when the new catalogue version is published."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def arabic_page_text(client, home):
    client.logout()
    return client.get(home.get_translation(locale_code("ar")).url).content.decode()


def locale_code(code):
    return Locale.objects.get(language_code=code)


def test_a_translators_edit_shows_on_the_public_site_and_waits_for_review(client_for, arabic_translator, home, saving):
    client = client_for(arabic_translator)
    listing = client.get(reverse("hub_interface_strings", args=["ar"]), {"q": "language"})
    assert listing.status_code == 200 and "اللغة" in listing.content.decode()

    edit = reverse("hub_interface_string", args=["ar", LANGUAGE])
    form = client.get(edit)
    assert form.status_code == 200
    page = form.content.decode()
    assert 'lang="en"' in page and ">Language<" in page and "needs_review" not in page  # translators cannot confirm
    with saving():
        response = client.post(edit, {"form_0": "لغة الموقع"})
    assert response.status_code == 302
    saved = InterfaceTranslation.objects.get(language="ar", msgid="Language")
    assert saved.msgstr == "لغة الموقع" and saved.needs_review and saved.updated_by == arabic_translator

    assert "لغة الموقع" in arabic_page_text(client, home)
    needing_review = client_for(arabic_translator).get(
        reverse("hub_interface_strings", args=["ar"]), {"status": "needs-review", "q": "لغة الموقع"}
    )
    assert "لغة الموقع" in needing_review.content.decode()


def test_another_process_sees_the_change_through_the_shared_version_without_a_query_per_request(client, home):
    arabic_home = home.get_translation(locale_code("ar")).url
    client.get(arabic_home)
    with CaptureQueriesContext(connection) as queries:
        client.get(arabic_home)
    assert not [query for query in queries if "hub_interfacetranslation" in query["sql"]]

    # What another worker's save leaves behind: the row, and a new version in the shared cache.
    InterfaceTranslation.objects.create(language="ar", msgid="Language", msgstr="اختر اللغة", needs_review=True)
    cache.set(VERSION_KEY, "another process's version")
    assert "اختر اللغة" in client.get(arabic_home).content.decode()
    with translation.override("ar"):
        assert translation.gettext("Language") == "اختر اللغة"


def test_a_reviewer_confirms_and_the_export_loses_the_mark(client_for, arabic_reviewer, saving):
    client = client_for(arabic_reviewer)
    InterfaceTranslation.objects.create(language="ar", msgid="Language", msgstr="اللغة", needs_review=True)
    with saving():
        response = client.post(reverse("hub_interface_confirm", args=["ar", LANGUAGE]) + "?status=needs-review")
    assert response.status_code == 302 and response["Location"].endswith("status=needs-review")
    assert not InterfaceTranslation.objects.get(language="ar", msgid="Language").needs_review

    exported = client.get(reverse("hub_interface_export", args=["ar"]))
    assert exported["Content-Disposition"] == 'attachment; filename="django-ar.po"'
    catalogue = polib.pofile(exported.content.decode())
    entry = catalogue.find("Language")
    assert entry.msgstr == "اللغة" and "needs-review" not in entry.tcomment


def test_plural_forms_are_edited_one_by_one_with_numbers_that_take_them(client_for, arabic_reviewer, saving):
    client = client_for(arabic_reviewer)
    edit = reverse("hub_interface_string", args=["ar", PLURAL])
    page = client.get(edit).content.decode()
    assert "for 0" in page and "for 1" in page and "for 3, 4, 5" in page  # Arabic's six forms
    forms = {f"form_{index}": f"صيغة {index} %(count)s" for index in range(6)}
    with saving():
        assert client.post(edit, {**forms, "needs_review": ""}).status_code == 302
    saved = InterfaceTranslation.objects.get(language="ar", msgid__startswith="You have %(count)s")
    assert saved.msgstr_plural == list(forms.values()) and not saved.needs_review
    with translation.override("ar"):
        assert translation.ngettext(saved.msgid, saved.msgid_plural, 2) % {"count": 2} == "صيغة 2 2"


def test_a_translation_that_would_break_the_page_is_refused_with_a_message(client_for, arabic_translator):
    client = client_for(arabic_translator)
    edit = reverse("hub_interface_string", args=["ar", PLURAL])
    forms = {f"form_{index}": f"صيغة %(number)s {index}" for index in range(6)}
    response = client.post(edit, forms)
    assert response.status_code == 200
    assert "%(number)s" in response.content.decode() and "does not have" in response.content.decode()
    assert not InterfaceTranslation.objects.exists()


def po_upload(text, name="django.po"):
    return SimpleUploadedFile(name, text.encode(), content_type="text/x-gettext-translation")


def arabic_po(msgstr):
    catalogue = polib.POFile()
    catalogue.metadata = {"Language": "ar", "Content-Type": "text/plain; charset=UTF-8"}
    catalogue.append(polib.POEntry(msgid="Language", msgstr=msgstr))
    catalogue.append(polib.POEntry(msgid="A string the hub does not have", msgstr="شيء"))
    return str(catalogue)


def test_import_takes_a_valid_file(client_for, arabic_reviewer, saving):
    client = client_for(arabic_reviewer)
    with saving():
        response = client.post(
            reverse("hub_interface_import", args=["ar"]), {"catalogue": po_upload(arabic_po("لغة الصفحة"))}, follow=True
        )
    assert (
        "Translations changed: 1. Strings of the file that the catalogue does not have, left out: 1."
        in response.content.decode()
    )
    assert InterfaceTranslation.objects.get(language="ar", msgid="Language").msgstr == "لغة الصفحة"


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (po_upload("this is not a catalogue\n"), "not a PO file"),
        (SimpleUploadedFile("django.po", "\udcff".encode("utf-8", "surrogateescape")), "not a PO file"),
        (po_upload(arabic_po("اللغة").replace("Language: ar", "Language: fr")), "catalogue of “fr”"),
        (po_upload(arabic_po("اللغة %(name)s")), "does not have"),
        (po_upload("x" * (2 * 1024 * 1024 + 1)), "larger than 2 MB"),
    ],
)
def test_a_bad_upload_gets_a_clear_message_and_changes_nothing(client_for, arabic_reviewer, upload, message):
    response = client_for(arabic_reviewer).post(reverse("hub_interface_import", args=["ar"]), {"catalogue": upload})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not InterfaceTranslation.objects.exists()


def french_urls():
    french = entry_key("", "Language")
    return [
        ("get", reverse("hub_interface_strings", args=["fr"]), {}),
        ("get", reverse("hub_interface_string", args=["fr", french]), {}),
        ("post", reverse("hub_interface_string", args=["fr", french]), {"form_0": "Langue du site"}),
        ("post", reverse("hub_interface_confirm", args=["fr", french]), {}),
        ("get", reverse("hub_interface_export", args=["fr"]), {}),
        ("get", reverse("hub_interface_import", args=["fr"]), {}),
        ("post", reverse("hub_interface_import", args=["fr"]), {"catalogue": "placeholder"}),
    ]


@pytest.mark.parametrize("role", ["translator", "reviewer"])
def test_an_arabic_translator_or_reviewer_cannot_touch_french(client_for, role):
    user = person("layla", (translators_group_name if role == "translator" else reviewers_group_name)("ar"))
    client = client_for(user)
    index = client.get(reverse("hub_interface_translations")).content.decode()
    assert reverse("hub_interface_strings", args=["ar"]) in index
    assert reverse("hub_interface_strings", args=["fr"]) not in index
    for method, url, data in french_urls():
        if data.get("catalogue"):
            data = {"catalogue": po_upload(arabic_po("Langue").replace("Language: ar", "Language: fr"))}
        response = getattr(client, method)(url, data)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"), url
    assert not InterfaceTranslation.objects.exists()


def test_a_translator_cannot_confirm_even_in_their_language(client_for, arabic_translator):
    InterfaceTranslation.objects.create(language="ar", msgid="Language", msgstr="اللغة", needs_review=True)
    response = client_for(arabic_translator).post(reverse("hub_interface_confirm", args=["ar", LANGUAGE]))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert InterfaceTranslation.objects.get(msgid="Language").needs_review


def test_people_without_a_language_role_see_nothing(client_for, network_editor, member_a):
    for user in (network_editor, member_a.editor):
        client = client_for(user)
        assert client.get(reverse("hub_interface_translations"))["Location"] == reverse("wagtailadmin_home")
        assert client.get(reverse("hub_interface_strings", args=["ar"]))["Location"] == reverse("wagtailadmin_home")
        assert "interface-translations" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_unknown_languages_and_strings_are_not_found(client_for, arabic_translator):
    client = client_for(arabic_translator)
    # Django's LocaleMiddleware tries an unknown address again under /en/, where it is not found either.
    assert client.get(reverse("hub_interface_strings", args=["xx"]), follow=True).status_code == 404
    assert client.get(reverse("hub_interface_strings", args=["en"]), follow=True).status_code == 404
    assert client.get(reverse("hub_interface_string", args=["ar", "0" * 16]), follow=True).status_code == 404
    listing = client.get(reverse("hub_interface_strings", args=["ar"]), {"page": "-1", "status": "x"})
    assert listing.status_code == 200 and re.search(r"Page (\d+) of \1\b", listing.content.decode())  # the last


def test_the_index_counts_what_needs_review_per_language(client_for, arabic_reviewer):
    InterfaceTranslation.objects.create(language="ar", msgid="Language", msgstr="اللغة", needs_review=True)
    counts = interface_catalogues.counts("ar")
    assert counts["needs_review"] >= 1 and counts["untranslated"] == 0
    row = client_for(arabic_reviewer).get(reverse("hub_interface_translations")).context["rows"][0]
    assert row["code"] == "ar" and row["needs_review"] == counts["needs_review"]


def test_an_upload_that_is_no_file_at_all(client_for, arabic_reviewer):
    response = client_for(arabic_reviewer).post(reverse("hub_interface_import", args=["ar"]), {})
    assert response.status_code == 200 and "This field is required" in response.content.decode()
