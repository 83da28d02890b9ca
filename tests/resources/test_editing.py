"""Member editors write resources in their own space only; network editors in the library."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hub.models import Language
from resources.models import ResourcePage

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


def test_resource_page_shows_its_facts(client, library, housing):
    from tests.resources.conftest import add_resource

    resource = add_resource(library, "Annual report", themes=[housing], languages=[Language.objects.get(code="ar")])
    html = client.get(resource.url).content.decode()
    assert "Annual report" in html and "Housing" in html and 'lang="ar"' in html
