"""Media in the visitor's language: translated alt text and captions, a version of each document per language.

Pages are translated here as wagtail-localize's translation editor does it: strings are translated
segment by segment, and a chooser (image or document) is overridden for one language.
"""

import io
import json
import re
from contextlib import contextmanager
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import ContentPage
from hub.roles import translators_group_name
from tests.support.pages import MAX_QUERIES
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

ALT_TEXT = {
    "en": "Volunteers serving lunch at the Saturday drop-in",
    "fr": "Des bénévoles servent le déjeuner à l'accueil du samedi",
    "ar": "متطوعون يقدمون الغداء في اللقاء المفتوح يوم السبت",
}
CAPTION = {
    "en": "The Saturday drop-in, March",
    "fr": "L'accueil du samedi, en mars",
    "ar": "اللقاء المفتوح يوم السبت، مارس",
}


def png(name, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), colour).save(buffer, "PNG")
    return ImageFile(buffer, name=name)


def pdf(name, text):
    return ContentFile(b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n", name=name)


def translate(page, language_code, strings=None, overrides=None):
    """Translate a page as a translator does in wagtail-localize's editor, then publish the translation.

    `strings` maps source text to its translation; `overrides` maps an overridable value of the source
    (an image or document id) to the one this language uses instead.
    """
    strings, overrides = strings or {}, overrides or {}
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=strings[segment.string.data],
            )
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        if segment.data in overrides:
            SegmentOverride.objects.create(
                locale=locale, context=segment.context, data_json=json.dumps(overrides[segment.data])
            )
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return page.specific_class.objects.get(translation_key=page.translation_key, locale=locale)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def translate_and_publish(django_capture_on_commit_callbacks):
    """wagtail-localize publishes a translation once the transaction commits."""

    @contextmanager
    def on_commit():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    def run(*args, **kwargs):
        with on_commit():
            return translate(*args, **kwargs)

    run.on_commit = on_commit
    return run


# --- Images ----------------------------------------------------------------------------------------------


@pytest.fixture
def photo(db):
    return Image.objects.create(title="Drop-in lunch", file=png("lunch.png", "#0b5c4d"))


@pytest.fixture
def page_with_photo(home, photo):
    return publish(
        home,
        ContentPage(
            title="Saturday drop-in",
            slug="saturday-drop-in",
            body=[("image", {"image": photo, "alt_text": ALT_TEXT["en"], "caption": CAPTION["en"]})],
        ),
    )


def test_alt_text_and_caption_are_segments_the_translator_translates(page_with_photo, photo):
    source, _created = TranslationSource.get_or_create_from_instance(page_with_photo)
    texts = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert {ALT_TEXT["en"], CAPTION["en"]} <= texts
    # The picture itself is not text, but a translator may swap it for one made for their language.
    assert OverridableSegment.objects.filter(source=source, data_json=json.dumps(photo.pk)).exists()


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_a_translated_page_shows_the_translated_alt_text_and_caption(
    client, page_with_photo, photo, translate_and_publish, code
):
    translated = translate_and_publish(
        page_with_photo, code, {ALT_TEXT["en"]: ALT_TEXT[code], CAPTION["en"]: CAPTION[code]}
    )
    html = client.get(translated.url).content.decode()
    assert f'<html lang="{code}"' in html
    assert f'alt="{ALT_TEXT[code]}"'.replace("'", "&#x27;") in html
    assert f"<figcaption>{CAPTION[code]}</figcaption>".replace("'", "&#x27;") in html
    assert ALT_TEXT["en"] not in html and CAPTION["en"] not in html
    assert photo.get_rendition("max-1200x900").url in html  # the same picture
    english = client.get(page_with_photo.url).content.decode()
    assert f'alt="{ALT_TEXT["en"]}"' in english and ALT_TEXT[code].replace("'", "&#x27;") not in english


def test_a_language_may_show_its_own_picture(client, page_with_photo, photo, translate_and_publish):
    poster_in_arabic = Image.objects.create(title="ملصق", file=png("poster-ar.png", "#a4161a"))
    arabic = translate_and_publish(
        page_with_photo, "ar", {ALT_TEXT["en"]: ALT_TEXT["ar"]}, {photo.pk: poster_in_arabic.pk}
    )
    html = client.get(arabic.url).content.decode()
    assert poster_in_arabic.get_rendition("max-1200x900").url in html
    assert photo.get_rendition("max-1200x900").url not in html
    assert photo.get_rendition("max-1200x900").url in client.get(page_with_photo.url).content.decode()


# --- Documents -------------------------------------------------------------------------------------------


@pytest.fixture
def report_in_english(db):
    return Document.objects.create(
        title="Know your housing rights", file=pdf("housing-rights.pdf", "Housing rights"), language="en"
    )


@pytest.fixture
def report_in_arabic(db):
    return Document.objects.create(
        title="اعرف حقوقك في السكن", file=pdf("housing-rights-ar.pdf", "حقوق السكن"), language="ar"
    )


@pytest.fixture
def page_with_report(home, report_in_english):
    return publish(
        home,
        ContentPage(
            title="Housing advice",
            slug="housing-advice",
            body=[("attachments", {"heading": "Read the guide", "documents": [report_in_english]})],
        ),
    )


def attachments_of(html):
    return html[html.index('class="attachments"') : html.index("</section>", html.index('class="attachments"'))]


def test_attachments_show_title_language_type_size_and_a_download_link(client, page_with_report, report_in_english):
    attachments = attachments_of(client.get(page_with_report.url).content.decode())
    assert "<h2>Read the guide</h2>" in attachments
    assert f'<a href="{report_in_english.url}" lang="en">Know your housing rights</a>' in attachments
    assert '<bdi lang="en">English</bdi>, PDF, ' in attachments
    assert f"{report_in_english.file.size}\xa0bytes)" in attachments
    download = client.get(report_in_english.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_visitors_get_the_version_in_their_language_or_the_source_labelled(
    client, page_with_report, report_in_english, report_in_arabic, translate_and_publish
):
    arabic = translate_and_publish(
        page_with_report, "ar", {"Read the guide": "اقرأ الدليل"}, {report_in_english.pk: report_in_arabic.pk}
    )
    in_arabic = attachments_of(client.get(arabic.url).content.decode())
    assert f'<a href="{report_in_arabic.url}" lang="ar">اعرف حقوقك في السكن</a>' in in_arabic
    assert '<bdi lang="ar">العربيّة</bdi>' in in_arabic
    assert report_in_english.url not in in_arabic

    # No French version: French visitors get the source document, and are told it is in English.
    french_response = client.get(page_with_report.url.replace("/en/", "/fr/", 1))
    assert french_response.status_code == 200
    in_french = attachments_of(french_response.content.decode())
    assert f'<a href="{report_in_english.url}" lang="en">Know your housing rights</a>' in in_french
    assert '<bdi lang="en">English</bdi>' in in_french
    assert report_in_arabic.url not in in_french

    # A French translation without a document of its own still offers the source's.
    french = translate_and_publish(page_with_report, "fr", {"Read the guide": "Lire le guide"})
    in_french = attachments_of(client.get(french.url).content.decode())
    assert "<h2>Lire le guide</h2>" in in_french and report_in_english.url in in_french


def test_a_page_of_many_attachments_runs_a_bounded_number_of_queries(
    client, home, report_in_english, django_assert_max_num_queries
):
    documents = [
        Document.objects.create(title=f"Briefing {number}", file=pdf(f"briefing-{number}.pdf", "x"), language="so")
        for number in range(15)
    ]
    page = publish(
        home,
        ContentPage(
            title="Briefings",
            slug="briefings",
            body=[
                ("attachments", {"heading": "", "documents": documents[:8]}),
                ("attachments", {"heading": "", "documents": documents[8:]}),
                ("document", {"document": report_in_english, "label": ""}),
            ],
        ),
    )
    client.get(page.url)
    with django_assert_max_num_queries(MAX_QUERIES):
        html = client.get(page.url).content.decode()
    assert html.count('<bdi lang="so">Soomaali</bdi>') == 15
    assert "<h2>Documents</h2>" in html


def test_a_member_editor_records_a_documents_language(client_for, member_a):
    client = client_for(member_a.editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Warbixinta guryaha",
            "file": pdf("guryaha.pdf", "Somali report"),
            "collection": member_a.collection.pk,
            "language": "so",
        },
    )
    assert response.status_code == 302
    assert Document.objects.get(title="Warbixinta guryaha").language == "so"
    form = client.get(reverse("wagtaildocs:add")).content.decode()
    assert '<option value="so">Soomaali (Somali)</option>' in form


# --- Logos -----------------------------------------------------------------------------------------------


def test_a_logo_stands_beside_the_organisation_name_which_translates_with_the_page(
    client, member_a, translate_and_publish
):
    organisation = member_a.organisation
    organisation.logo = Image.objects.create(title="Amani logo", file=png("amani.png", "#0b5c4d"))
    organisation.save_revision().publish()
    name_in_arabic = "مجموعة أماني النسائية"
    arabic = translate_and_publish(organisation, "ar", {organisation.title: name_in_arabic})

    for page, name in [(organisation, "Amani Women&#x27;s Group"), (arabic, name_in_arabic)]:
        html = client.get(page.url).content.decode()
        start = html.index('class="profile__header"')
        header = html[start : html.index("</header>", start)]
        # Decorative: the name beside it is the text alternative, in the visitor's language.
        assert re.search(r'<img alt="" [^>]*class="profile__logo"', header)
        assert f">{name}</h1>" in header
        directory = client.get(page.get_parent().url).content.decode()
        assert re.search(r'<img alt="" [^>]*class="card__logo"', directory)
        assert f">{name}</a></h2>" in directory


# --- Choosing a language's version in the translation editor ----------------------------------------------


def override_in_the_editor(client, page, language_code, source_value, value):
    """What wagtail-localize's translation editor sends when a translator picks another image or document."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=language_code
    )
    segment = OverridableSegment.objects.get(source=translation.source, data_json=json.dumps(source_value))
    response = client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )
    return translation, response


def test_a_network_editor_gives_the_arabic_page_its_arabic_document_in_the_translation_editor(
    client_for, client, network_editor, page_with_report, report_in_english, report_in_arabic, translate_and_publish
):
    arabic = translate_and_publish(page_with_report, "ar", {"Read the guide": "اقرأ الدليل"})
    assert report_in_english.url in client.get(arabic.url).content.decode()

    editor = client_for(network_editor)
    translation, response = override_in_the_editor(
        editor, page_with_report, "ar", report_in_english.pk, report_in_arabic.pk
    )
    assert response.status_code == 201
    with translate_and_publish.on_commit():
        translation.save_target(user=network_editor, publish=True)
    editor.logout()
    html = client.get(arabic.url).content.decode()
    assert report_in_arabic.url in html and report_in_english.url not in html


def test_a_translator_cannot_slip_in_a_document_they_may_not_choose(
    client_for, member_b, page_with_report, report_in_english, translate_and_publish
):
    translator = get_user_model().objects.create_user("layla", "layla@example.org", PASSWORD)
    translator.groups.add(Group.objects.get(name=translators_group_name("ar")))
    private = Document.objects.create(
        title="Baile accounts", file=pdf("accounts.pdf", "accounts"), collection=member_b.collection, language="ar"
    )
    translate_and_publish(page_with_report, "ar")

    translation, response = override_in_the_editor(
        client_for(translator), page_with_report, "ar", report_in_english.pk, private.pk
    )
    assert response.status_code == 403
    assert not SegmentOverride.objects.filter(locale=translation.target_locale).exists()


def translator_of(language_code, username):
    translator = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    translator.groups.add(Group.objects.get(name=translators_group_name(language_code)))
    return translator


def test_a_translator_uploads_their_languages_version_and_puts_it_on_the_page(
    client_for, client, page_with_report, report_in_english, translate_and_publish, network_editor
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.models import Collection

    translate_and_publish(page_with_report, "ar")
    translator = client_for(translator_of("ar", "layla"))
    collection = Collection.objects.get(name="Translations — Arabic")
    upload = SimpleUploadedFile("housing-rights-ar.pdf", pdf("x.pdf", "حقوق السكن").read(), "application/pdf")
    response = translator.post(
        reverse("wagtaildocs:add"),
        {"title": "دليل حقوق السكن", "file": upload, "collection": collection.pk, "language": "ar"},
    )
    assert response.status_code == 302
    arabic_version = Document.objects.get(title="دليل حقوق السكن")
    assert arabic_version.collection == collection

    translation, response = override_in_the_editor(
        translator, page_with_report, "ar", report_in_english.pk, arabic_version.pk
    )
    assert response.status_code == 201
    with translate_and_publish.on_commit():
        translation.save_target(user=network_editor, publish=True)  # after the Arabic review
    translator.logout()
    assert (
        arabic_version.url
        in client.get(page_with_report.get_translation(Locale.objects.get(language_code="ar")).url).content.decode()
    )

    # Another language's translators neither see nor use it.
    french = client_for(translator_of("fr", "claire"))
    assert french.get(reverse("wagtaildocs:edit", args=[arabic_version.pk])).status_code in (302, 403)
    translate_and_publish(page_with_report, "fr")
    _translation, response = override_in_the_editor(
        french, page_with_report, "fr", report_in_english.pk, arabic_version.pk
    )
    assert response.status_code == 403
