"""Member editors write resources in their own space only; network editors in the library."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hub.demo.pdf import make_pdf
from hub.models import Language
from resources.factories import ResourcePageFactory
from resources.models import RelatedResource, ResourcePage

pytestmark = pytest.mark.django_db


def resource_form(title, slug, housing, london):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "kind": "guide",
            "publication_date": "2025-04-01",
            "summary": "How to find a room to rent.",
            "body": streamfield([("paragraph", rich_text("<p>Start early.</p>"))]),
            "attachments": streamfield([]),
            "authors": "Amina Yusuf",
            "external_publisher": "",
            "licence": "cc-by-4.0",
            "related_resources": inline_formset([]),
        }
    ) | {
        # Outside nested_form_data, which would number the values as if they were a formset.
        "themes": [housing.pk],
        "regions": [london.pk],
        "languages": ["so"],
    }


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", parent.pk])


def test_member_editor_creates_a_resource_in_their_space(client_for, member_a, housing, london):
    client = client_for(member_a.editor)
    response = client.post(add_url(member_a.organisation), resource_form("Renting guide", "renting", housing, london))
    assert response.status_code == 302
    resource = ResourcePage.objects.child_of(member_a.organisation).get(slug="renting")
    assert resource.organisation_id == member_a.organisation.pk
    assert [theme.slug for theme in resource.themes.all()] == ["housing"]
    assert [language.code for language in resource.languages.all()] == ["so"]
    assert resource.get_latest_revision().as_object().summary == "How to find a room to rent."


def test_member_editor_cannot_create_a_resource_in_another_members_space(
    client_for, member_a, member_b, housing, london
):
    client = client_for(member_a.editor)
    response = client.post(add_url(member_b.organisation), resource_form("Sneaky", "sneaky", housing, london))
    assert response.status_code in (302, 403)
    assert not ResourcePage.objects.filter(slug="sneaky").exists()


def test_member_editor_cannot_create_a_resource_in_the_networks_library(client_for, member_a, library, housing, london):
    client = client_for(member_a.editor)
    client.post(add_url(library), resource_form("Sneaky", "sneaky", housing, london))
    assert not ResourcePage.objects.filter(slug="sneaky").exists()


def test_network_editor_creates_a_network_resource_in_the_library(client_for, network_editor, library, housing, london):
    client = client_for(network_editor)
    form = resource_form("Annual report", "annual-report", housing, london)
    response = client.post(add_url(library), {**form, "action-publish": "publish"})
    assert response.status_code == 302
    resource = ResourcePage.objects.live().child_of(library).get(slug="annual-report")
    assert resource.organisation is None


def test_resource_page_offered_in_member_spaces_and_library(member_a, library, home):
    assert ResourcePage.can_create_at(member_a.organisation)
    assert ResourcePage.can_create_at(library)
    assert not ResourcePage.can_create_at(home)


def test_resource_page_shows_its_facts(client, library, housing, london):
    english_report = document("Rents report", "en")
    arabic_summary = document("Rents summary", "ar")
    cover = get_image_model().objects.create(
        title="Tenants' meeting", file=ImageFile(cover_picture(), name="cover.png")
    )
    related = ResourcePageFactory(parent=library, title="Briefing on evictions")
    resource = ResourcePageFactory(
        parent=library,
        title="Annual report",
        themes=[housing],
        regions=[london],
        languages=[Language.objects.get(code="ar")],
    )
    resource.attachments = [
        ("attachment", {"document": english_report, "label": "Full report"}),
        ("attachment", {"document": arabic_summary, "label": "Summary for families"}),
    ]
    resource.authors = "Amina Yusuf, Tomasz Kowalski"
    resource.external_publisher = "Housing Justice Cymru"
    resource.licence = ResourcePage.Licence.CC_BY
    resource.cover_image = cover
    resource.related_resources = [RelatedResource(resource=related)]
    resource.save_revision().publish()

    html = client.get(resource.url).content.decode()
    assert "Annual report" in html and "Housing" in html and "London" in html and 'lang="ar"' in html
    assert f'<a href="{english_report.url}" hreflang="en">Full report</a>' in html
    assert f'<a href="{arabic_summary.url}" hreflang="ar">Summary for families</a>' in html
    assert '<bdi lang="ar">العربيّة</bdi>, PDF' in html  # the file's language, named in itself
    assert "<dd>Amina Yusuf, Tomasz Kowalski</dd>" in html
    assert "<dd><bdi>Housing Justice Cymru</bdi></dd>" in html  # an external publisher is named, not linked
    assert "<dd>Creative Commons Attribution 4.0</dd>" in html
    related_section = html.split('id="related-heading"', 1)[1]
    assert f'<a href="{related.url}">Briefing on evictions</a>' in related_section
    assert f'src="{cover.get_rendition("max-1200x800").url}"' in html


def test_a_persian_resource_gives_its_files_sizes_in_persian_digits(client, library):
    resource = ResourcePageFactory(parent=library, title="Annual report")
    resource.attachments = [("attachment", {"document": document("Rents report", "en"), "label": "Full report"})]
    resource.save_revision().publish()
    persian = resource.copy_for_translation(Locale.objects.get(language_code="fa"), copy_parents=True)
    persian.save_revision().publish()
    html = client.get(persian.url).content.decode()
    facts = re.search(r'<span class="document-facts">(.*?)</span>\n', html).group(1)
    assert re.search("[۰-۹]", facts) and not re.search("[0-9]", facts)


def document(title, language):
    return get_document_model().objects.create(
        title=title, language=language, file=ContentFile(make_pdf(title, ["Rents rose again."]), name="rents.pdf")
    )


def cover_picture():
    output = io.BytesIO()
    Image.new("RGB", (60, 40), "green").save(output, "PNG")
    return output
