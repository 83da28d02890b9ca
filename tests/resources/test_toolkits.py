"""Toolkits: chapters in order with contents and a pager, a printable whole, and a PDF built in the background."""

import io
import re
import socket
import unicodedata

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Locale

from hub.setup import synchronise_trees
from resources.factories import ResourcePageFactory, ToolkitPageFactory
from resources.models import ToolkitChapterPage, ToolkitPage
from resources.toolkit_pdf import LocalFilesOnly, pdf_html, render_pdf, stored_pdf
from tests.support.translations import translate_into

pytestmark = pytest.mark.django_db

CHAPTERS = ["Know your aims", "Find your allies", "Speak to the press", "Keep going"]


def chapter_links(html):
    contents = html.split('class="toolkit__chapters"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r"<a [^>]*>([^<]*)</a>", contents)


def pdf_text(name):
    with default_storage.open(name) as file:
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(file.read())).pages)


def embedded_fonts(name):
    """The fonts whose glyphs the PDF carries (a font file in its descriptor), by name."""
    with default_storage.open(name) as file:
        reader = PdfReader(io.BytesIO(file.read()))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for descendant in descendants:
                descriptor = descendant.get("/FontDescriptor")
                if descriptor and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
                ):
                    fonts.add(str(descendant["/BaseFont"]))
    return fonts


@pytest.fixture
def toolkit(library, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return ToolkitPageFactory(parent=library, chapters=CHAPTERS)


def test_contents_list_the_chapters_in_wagtails_order_with_reading_times(client, toolkit):
    last = ToolkitChapterPage.objects.child_of(toolkit).get(title="Keep going")
    last.move(toolkit, pos="first-child")
    html = client.get(toolkit.url).content.decode()
    assert chapter_links(html) == ["Keep going", "Know your aims", "Find your allies", "Speak to the press"]
    assert "1 minute" in html  # 120 words a chapter
    assert "3 minutes" in html  # the whole toolkit: four chapters of 120-odd words


def test_a_toolkit_shows_its_audience_reading_time_and_resource_facts(client, toolkit, london):
    toolkit.authors = "Hawa Ahmed"
    toolkit.licence = ToolkitPage.Licence.CC_BY_SA
    toolkit.regions.set([london])
    toolkit.save_revision().publish()
    html = client.get(toolkit.url).content.decode()
    assert "<dt>For</dt><dd>Volunteers</dd>" in html
    # Four chapters of some 130 words each, at 200 words a minute.
    assert "<dt>Reading time</dt><dd>3 minutes</dd>" in html
    assert "<dd>Hawa Ahmed</dd>" in html and "<dd>London</dd>" in html
    assert "<dd>Creative Commons Attribution-ShareAlike 4.0</dd>" in html


def test_chapters_link_to_the_previous_and_next_ones(client, toolkit):
    first, second, *_middle, last = ToolkitChapterPage.objects.child_of(toolkit).order_by("path")
    html = client.get(second.url).content.decode()
    assert re.search(rf'rel="prev" href="{first.url}"', html)
    assert re.search(rf'rel="next" href="{ToolkitChapterPage.objects.get(title="Speak to the press").url}"', html)
    assert "Chapter 2 of 4" in html
    assert 'rel="prev"' not in client.get(first.url).content.decode()
    assert 'rel="next"' not in client.get(last.url).content.decode()
    assert "Worksheets" not in html


def test_print_view_holds_every_chapter_on_one_page(client, toolkit):
    response = client.get(toolkit.url + "print/")
    html = response.content.decode()
    assert response.status_code == 200
    assert all(f"{number}. {title}" in html for number, title in enumerate(CHAPTERS, start=1))
    assert "toolkit.css" in html and "allies allies" in html


def test_the_pdf_is_built_on_publication_and_holds_every_chapter(client, toolkit):
    name = stored_pdf(toolkit)
    assert name is not None and name.startswith(f"toolkit-pdfs/{toolkit.pk}/en-")
    text = pdf_text(name)
    assert all(title in text for title in CHAPTERS) and "allies allies" in text

    page = client.get(toolkit.url).content.decode()
    assert 'href="/en/resources/running-a-campaign/pdf/"' in page
    download = client.get(toolkit.url + "pdf/")
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_a_changed_chapter_rebuilds_the_pdf_and_drops_the_old_one(toolkit, django_capture_on_commit_callbacks):
    before = stored_pdf(toolkit)
    chapter = ToolkitChapterPage.objects.get(title="Speak to the press")
    chapter.title = "Talk to journalists"
    with django_capture_on_commit_callbacks(execute=True):
        chapter.save_revision().publish()
    after = stored_pdf(toolkit)
    assert after not in (None, before)
    assert "Talk to journalists" in pdf_text(after) and not default_storage.exists(before)

    with django_capture_on_commit_callbacks(execute=True):
        chapter.unpublish()
    unpublished = stored_pdf(toolkit)
    assert unpublished not in (None, after) and "Talk to journalists" not in pdf_text(unpublished)

    with django_capture_on_commit_callbacks(execute=True):
        ToolkitChapterPage.objects.get(title="Keep going").move(toolkit, pos="first-child")
    moved = stored_pdf(toolkit)
    assert moved != unpublished and pdf_text(moved).index("Keep going") < pdf_text(moved).index("Know your aims")

    with django_capture_on_commit_callbacks(execute=True):
        ToolkitChapterPage.objects.get(title="Find your allies").delete()
    deleted = stored_pdf(toolkit)
    assert deleted not in (None, moved) and "Find your allies" not in pdf_text(deleted)

    pk = toolkit.pk
    toolkit.delete()
    assert default_storage.listdir(f"toolkit-pdfs/{pk}")[1] == []


def test_a_draft_does_not_make_the_pdf_stale(toolkit):
    before = stored_pdf(toolkit)
    chapter = ToolkitChapterPage.objects.get(title="Keep going")
    chapter.title = "Unfinished draft"
    chapter.save_revision()
    assert stored_pdf(toolkit) == before


def test_a_visitor_never_waits_for_a_pdf_the_page_says_it_is_being_prepared(client, library):
    # Published without running on-commit tasks: no PDF built yet.
    toolkit = ToolkitPageFactory(parent=library, chapters=CHAPTERS)
    assert stored_pdf(toolkit) is None
    html = client.get(toolkit.url).content.decode()
    assert "being prepared" in html and 'href="/en/resources/running-a-campaign/print/"' in html
    assert "/pdf/" not in html
    response = client.get(toolkit.url + "pdf/")
    assert response.status_code == 200 and "being prepared" in response.content.decode()
    assert stored_pdf(toolkit) is None


ARABIC = {
    "Running a campaign": "إدارة حملة",
    "How to go about running a campaign.": "كيف تدير حملة.",
    "Know your aims": "اعرف أهدافك",
    "All about Know your aims.": "كل شيء عن أهدافك.",
}


def test_an_arabic_toolkit_pdf_is_in_arabic_and_right_to_left(library, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        toolkit = ToolkitPageFactory(parent=library, chapters=["Know your aims"])
        synchronise_trees()
        arabic = Locale.objects.get(language_code="ar")
        arabic_toolkit = translate_into(toolkit, arabic, ARABIC)
        translate_into(ToolkitChapterPage.objects.get(locale__language_code="en"), arabic, ARABIC)
    arabic_toolkit = ToolkitPage.objects.get(pk=arabic_toolkit.pk)
    name = stored_pdf(arabic_toolkit)
    assert name.startswith(f"toolkit-pdfs/{arabic_toolkit.pk}/ar-")
    text = pdf_text(name)
    for arabic_text in ["إدارة حملة", "اعرف أهدافك", "الناشر"]:  # the last is the template's "Published by"
        assert arabic_text in text or arabic_text[::-1] in text
    assert any("DejaVu-Sans" in font for font in embedded_fonts(name))  # a font with Arabic glyphs, in the file

    assert '<html lang="ar" dir="rtl">' in pdf_html(arabic_toolkit, arabic_toolkit.chapters())


# A toolkit's title and first chapter in scripts DejaVu lacks, with the font (Debian's fonts-noto-core, which
# .ci/run installs) whose glyphs the PDF must carry instead of empty boxes. The tests' languages leave these out
# (hub/settings/test.py), so the texts stand in a toolkit of the English tree: fonts are chosen by the letters.
SCRIPTS = {
    "ti": ("ዘመተ ምክያድ", "ዕላማኻ ፍለጥ", "Noto-Sans-Ethiopic"),
    "am": ("ዘመቻ ማካሄድ", "ግብህን እወቅ", "Noto-Sans-Ethiopic"),
    "bn": ("প্রচারণা চালানো", "আপনার লক্ষ্য জানুন", "Noto-Sans-Bengali"),
    "ta": ("பிரச்சாரம் நடத்துதல்", "உங்கள் நோக்கங்களை அறியுங்கள்", "Noto-Sans-Tamil"),
}


@pytest.mark.parametrize("language", SCRIPTS)
def test_toolkit_pdfs_in_ethiopic_bengali_and_tamil_carry_real_glyphs(
    library, language, django_capture_on_commit_callbacks
):
    title, chapter, font = SCRIPTS[language]
    with django_capture_on_commit_callbacks(execute=True):
        toolkit = ToolkitPageFactory(parent=library, title=title, slug=language, chapters=[chapter])
    name = stored_pdf(toolkit)
    assert any(font in embedded for embedded in embedded_fonts(name)), embedded_fonts(name)
    # The text read back from the file holds every letter written (a missing glyph would have none to map back
    # to); Ethiopic reads back word for word, while the vowel signs of Bengali and Tamil, drawn in pieces around
    # their consonant, do not all map back to text.
    text = pdf_text(name)
    for written in (title, chapter):
        assert {letter for letter in written if unicodedata.category(letter) == "Lo"} <= set(text), written
        if font == "Noto-Sans-Ethiopic":
            assert written in text


@pytest.mark.parametrize("language", ["ckb", "fa"])
def test_kurdish_and_farsi_toolkits_are_laid_out_right_to_left(library, language):
    toolkit = ToolkitPageFactory(parent=library, chapters=[])
    synchronise_trees()
    translated = translate_into(toolkit, Locale.objects.get(language_code=language), {})
    assert f'<html lang="{language}" dir="rtl">' in pdf_html(translated, [])
    assert '<html lang="en" dir="ltr">' in pdf_html(toolkit, [])


def test_a_persian_toolkit_numbers_its_chapters_in_persian_digits(library, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        toolkit = ToolkitPageFactory(parent=library, chapters=["Know your aims"])
        synchronise_trees()
        persian = Locale.objects.get(language_code="fa")
        persian_toolkit = translate_into(toolkit, persian, {})
        translate_into(ToolkitChapterPage.objects.get(locale__language_code="en"), persian, {})
    persian_toolkit = ToolkitPage.objects.get(pk=persian_toolkit.pk)
    html = pdf_html(persian_toolkit, persian_toolkit.chapters())
    assert '<h2 id="chapter-1-title">۱. Know your aims</h2>' in html  # the anchor stays ASCII for the links
    text = pdf_text(stored_pdf(persian_toolkit))
    assert "۱" in text and not re.search("[0-9]", text)


def test_an_untranslated_toolkit_offers_its_sources_pdf(library):
    toolkit = ToolkitPageFactory(parent=library, chapters=[])
    synchronise_trees()
    kurdish = ToolkitPage.objects.get(translation_key=toolkit.translation_key, locale__language_code="ckb")
    assert kurdish.alias_of_id == toolkit.pk and kurdish.pdf_source() == toolkit


def test_rendering_a_pdf_makes_no_network_request(library, monkeypatch):
    toolkit = ToolkitPageFactory(parent=library, chapters=[])
    chapter = toolkit.add_child(
        instance=ToolkitChapterPage(
            title="Images from elsewhere",
            body=[("paragraph", '<p><a href="https://example.org/">A link is fine</a></p>')],
        )
    )
    chapter.save_revision().publish()

    def refuse(*args, **kwargs):
        raise AssertionError("the PDF tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert render_pdf(toolkit, toolkit.chapters()).startswith(b"%PDF")
    with pytest.raises(ValueError):
        LocalFilesOnly()("https://fonts.example.org/font.woff2")
    with pytest.raises(ValueError):
        LocalFilesOnly()("http://127.0.0.1:8000/media/../../etc/passwd")


def test_query_count_is_bounded_with_many_chapters(client, library, django_assert_max_num_queries):
    toolkit = ToolkitPageFactory(parent=library, chapters=[f"Step {number}" for number in range(60)])
    middle = ToolkitChapterPage.objects.child_of(toolkit).order_by("path")[30]
    client.get(toolkit.url)  # warm the site and locale caches, as any running site has them
    for url in [toolkit.url, middle.url, toolkit.url + "print/", toolkit.url + "pdf/"]:
        with django_assert_max_num_queries(25):
            response = client.get(url)
        assert response.status_code == 200, url
    assert len(chapter_links(client.get(toolkit.url).content.decode())) == 60


def test_toolkits_are_in_the_library_with_a_kind_filter(client, library, toolkit):
    from tests.support.pages import listed_titles

    ResourcePageFactory(parent=library, title="Annual report")
    assert listed_titles(client.get(library.url)) == ["Running a campaign", "Annual report"]
    assert listed_titles(client.get(library.url, {"kind": "toolkit"})) == ["Running a campaign"]
    assert 'value="toolkit"' in client.get(library.url).content.decode()


def chapter_form(title):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "summary": "",
            "body": streamfield([("paragraph", rich_text("<p>Meet them.</p>"))]),
            "worksheets": streamfield([]),
        }
    )


def test_member_edits_chapters_of_their_own_toolkit_only(client_for, member_a, member_b, library):
    own = ToolkitPageFactory(parent=member_a.organisation, title="Our toolkit", chapters=["Ours"])
    other = ToolkitPageFactory(parent=member_b.organisation, title="Their toolkit", chapters=["Theirs"])
    networks = ToolkitPageFactory(parent=library, title="Network toolkit", chapters=["Network's"])
    client = client_for(member_a.editor)

    add = reverse("wagtailadmin_pages:add", args=["resources", "toolkitchapterpage", own.pk])
    assert client.post(add, chapter_form("New chapter")).status_code == 302
    assert ToolkitChapterPage.objects.child_of(own).filter(title="New chapter").exists()
    assert ToolkitChapterPage.objects.child_of(own).get(title="New chapter").organisation_id == member_a.organisation.pk

    for toolkit in (other, networks):
        add = reverse("wagtailadmin_pages:add", args=["resources", "toolkitchapterpage", toolkit.pk])
        client.post(add, chapter_form("Sneaky"))
        chapter = ToolkitChapterPage.objects.child_of(toolkit).get()
        edit = reverse("wagtailadmin_pages:edit", args=[chapter.pk])
        assert client.get(edit).status_code in (302, 403)
        client.post(edit, chapter_form("Defaced") | {"action-publish": "publish"})
        for action in ("delete", "unpublish"):
            client.post(reverse(f"wagtailadmin_pages:{action}", args=[chapter.pk]))
        chapter.refresh_from_db()
        assert chapter.title != "Defaced" and chapter.live
    assert not ToolkitChapterPage.objects.filter(title="Sneaky").exists()


def test_a_member_cannot_put_a_chapter_straight_into_their_space(client_for, member_a):
    client = client_for(member_a.editor)
    add = reverse("wagtailadmin_pages:add", args=["resources", "toolkitchapterpage", member_a.organisation.pk])
    client.post(add, chapter_form("Loose chapter"))
    assert not ToolkitChapterPage.objects.filter(title="Loose chapter").exists()


@pytest.mark.parametrize("query", [{"page": "x"}, {"chapter": "<script>"}])
def test_bad_query_strings_never_break_a_toolkit(client, toolkit, query):
    for url in [toolkit.url, toolkit.url + "print/", toolkit.url + "pdf/"]:
        assert client.get(url, query).status_code == 200


def test_a_chapter_lists_its_worksheets(client, toolkit):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from hub.demo.pdf import make_pdf

    worksheet = get_document_model().objects.create(
        title="Campaign planner", file=ContentFile(make_pdf("Campaign planner", ["Aims:"]), name="planner.pdf")
    )
    chapter = ToolkitChapterPage.objects.get(title="Know your aims")
    chapter.worksheets = [("worksheet", {"document": worksheet, "label": "Planner to fill in"})]
    chapter.save_revision().publish()
    html = client.get(chapter.url).content.decode()
    assert "Worksheets" in html and f'href="{worksheet.url}"' in html and "Planner to fill in" in html
    assert "Planner to fill in" in client.get(toolkit.url + "print/").content.decode()


def test_translation_editor_opens_for_toolkits_and_chapters(client_for, network_editor, toolkit):
    client = client_for(network_editor)
    french = Locale.objects.get(language_code="fr")
    chapter = ToolkitChapterPage.objects.child_of(toolkit).first()
    for source in (toolkit, chapter):
        submitted = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[source.pk]), {"locales": [french.pk]}
        )
        assert submitted.status_code == 302
        translation = source.get_translation(french)
        editor = client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk]))
        assert editor.status_code == 200 and b"js-translation-editor" in editor.content


def test_the_command_builds_missing_pdfs_and_rebuilds_on_demand(library):
    from django.core.management import call_command

    toolkit = ToolkitPageFactory(parent=library, chapters=["Only chapter"])  # on-commit builds never ran: no PDF yet
    call_command("build_toolkit_pdfs", now=True, stdout=io.StringIO())
    built = stored_pdf(toolkit)
    assert built is not None
    default_storage.delete(built)
    default_storage.save(built, io.BytesIO(b"%PDF- stale layout"))
    call_command("build_toolkit_pdfs", now=True, force=True, stdout=io.StringIO())
    assert "Only chapter" in pdf_text(stored_pdf(toolkit))
