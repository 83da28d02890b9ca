"""`hub hub_demo --scale N`: pages written in bulk form a sound tree that the site serves, and the public
pages that list them keep a bounded number of queries."""

import pytest
from wagtail.models import Page

from home.models import ContentPage
from hub.scale import add_pages_in_bulk, build_scale
from resources.models import ResourcePage
from tests.support.pages import anonymous_get
from tests.testapp.models import NoticePage

pytestmark = pytest.mark.django_db


def test_scale_pages_are_shared_between_the_core_and_every_plugin(member_a, member_b, library):
    assert build_scale(300) == 300
    counts = {model: model.objects.count() for model in (ContentPage, ResourcePage, NoticePage)}
    assert counts == {ContentPage: 100, ResourcePage: 100, NoticePage: 100}
    assert len(set(Page.objects.filter(depth__gt=3).values_list("locale", flat=True))) > 1
    # treebeard's own consistency check: paths, depths and numchild all agree.
    assert Page.find_problems() == ([], [], [], [], [])
    resource = ResourcePage.objects.first()
    assert resource.organisation_id == resource.get_parent().pk
    response = anonymous_get(resource.url)
    assert response.status_code == 200 and resource.title in response.content.decode()


def test_pages_added_in_bulk_follow_pages_added_one_by_one(member_a):
    first = member_a.organisation.add_child(instance=ContentPage(title="Our story"))
    added = add_pages_in_bulk(member_a.organisation, [ContentPage(title=f"Update {n}") for n in range(3)])
    later = member_a.organisation.add_child(instance=ContentPage(title="Contact us"))
    children = list(member_a.organisation.get_children().values_list("title", flat=True))
    assert children == ["Our story", "Update 0", "Update 1", "Update 2", "Contact us"]
    assert len({page.slug for page in added}) == 3 and first.numchild == 0 and later.depth == added[0].depth


@pytest.mark.parametrize("url_of", ["profile", "library", "home", "resource"])
def test_public_pages_stay_bounded_with_hundreds_of_pages(
    member_a, library, home, url_of, client, django_assert_max_num_queries
):
    resources = add_pages_in_bulk(
        member_a.organisation,
        [
            ResourcePage(title=f"Briefing {n}", summary="A briefing.", organisation=member_a.organisation)
            for n in range(300)
        ],
    )
    add_pages_in_bulk(member_a.organisation, [ContentPage(title=f"Update {n}") for n in range(300)])
    resource = resources[0]
    for other in resources[1:101]:
        resource.related_resources.create(resource=other)
    url = {
        "profile": member_a.organisation.url,
        "library": library.url,
        "home": home.url,
        "resource": resource.url,
    }[url_of]
    client.get(url)  # warm the site and locale caches, as any running site has them
    with django_assert_max_num_queries(45):
        assert client.get(url).status_code == 200
