"""The plugin's demo builder: a library of at least 30 resources over the demo's members, themes and regions."""

import pytest
from wagtail.models import Locale

from resources.models import ResourceIndexPage, ResourcePage, ToolkitChapterPage, ToolkitPage
from resources.toolkit_pdf import stored_pdf

pytestmark = pytest.mark.django_db


def english_resources():
    return ResourcePage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)


def test_demo_library_spreads_over_members_themes_and_regions(demo_output):
    resources = english_resources()
    assert resources.count() >= 30
    assert resources.filter(organisation__isnull=True).count() >= 5
    assert resources.values("organisation").distinct().count() >= 10
    assert resources.values("themes").distinct().count() >= 10
    assert resources.values("regions").distinct().count() >= 6
    assert resources.values("kind").distinct().count() == len(ResourcePage.Kind.values)
    assert not resources.filter(summary__icontains="lorem").exists()
    library = ResourceIndexPage.objects.get(locale=Locale.get_default())
    assert library.url == "/en/resources/"


def test_demo_library_is_in_every_language(demo_output, client):
    for code in ("ar", "fr"):
        library = ResourceIndexPage.objects.get(locale__language_code=code)
        assert ResourcePage.objects.live().filter(locale=library.locale).count() == english_resources().count()
        assert client.get(library.url).status_code == 200


def test_every_demo_resource_offers_its_generated_pdf(demo_output, client):
    resource = english_resources().exclude(organisation=None).first()
    [attachment] = resource.attachments
    document = attachment.value["document"]
    assert document.language == "en"
    assert document.collection.name == resource.organisation.title  # the member's own media
    with document.file.open("rb") as pdf:
        content = pdf.read()
    assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
    # Every cross-reference points at its object, as PDF readers expect.
    xref = int(content.rsplit(b"startxref\n", 1)[1].split()[0])
    offsets = [int(line.split()[0]) for line in content[xref:].split(b"\n")[3:9]]
    assert [content[offset:].split(b" ")[0] for offset in offsets] == [b"1", b"2", b"3", b"4", b"5", b"6"]
    assert resource.title.encode("latin-1", "replace") in content.replace(b"\\(", b"(").replace(b"\\)", b")")
    html = client.get(resource.url).content.decode()
    assert "Full text (PDF)" in html and document.url in html
    # Toolkits offer the PDF built from their chapters instead (see below).
    assert all(len(page.attachments) == 1 for page in english_resources().exclude(kind=ResourcePage.Kind.TOOLKIT))


def test_demo_toolkits_have_chapters_translations_and_pdfs(demo_output, client):
    toolkits = ToolkitPage.objects.filter(locale=Locale.get_default())
    assert sorted(toolkits.values_list("title", flat=True)) == [
        "Meeting your councillor",
        "Running a campaign",
        "Setting up a community group",
    ]
    for toolkit in toolkits:
        assert len(toolkit.chapters()) >= 4
    campaign = toolkits.get(slug="running-a-campaign")
    for code, title in [("ar", "إدارة حملة"), ("so", "Socodsiinta olole"), ("fr", "Mener une campagne")]:
        translated = campaign.get_translation(Locale.objects.get(language_code=code))
        assert translated.alias_of_id is None and translated.title == title
        assert stored_pdf(translated) is not None
        download = client.get(translated.url + "pdf/")
        assert download["Content-Type"] == "application/pdf"
    assert ToolkitChapterPage.objects.filter(locale__language_code="ar", title="اختر هدفًا واحدًا واضحًا").exists()
