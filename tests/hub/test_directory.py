"""The public member directory and profile pages: filters, pagination, every field, bounded queries."""

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Locale

from hub.demo.logos import make_logo
from hub.factories import CommunityFactory, MemberOrganisationPageFactory, RegionFactory, ThemeFactory
from hub.models import Language, MemberOrganisationPage, SocialLink
from hub.tree_aliases import alias_into_every_language
from tests.support.pages import MAX_QUERIES

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy():
    return {
        "london": RegionFactory(name="London", slug="london"),
        "wales": RegionFactory(name="Wales", slug="wales"),
        "housing": ThemeFactory(name="Housing", slug="housing"),
        "detention": ThemeFactory(name="Detention", slug="detention"),
        "somalia": CommunityFactory(name="Somalia", slug="somalia"),
        "eritrea": CommunityFactory(name="Eritrea", slug="eritrea"),
    }


def member(directory, title, regions=(), themes=(), communities=(), languages=(), live=True):
    page = MemberOrganisationPageFactory(parent=directory, title=title, live=live)
    page.regions.set(regions)
    page.themes.set(themes)
    page.communities.set(communities)
    page.languages.set(languages)
    page.save()
    return page


@pytest.fixture
def members(directory, taxonomy):
    t = taxonomy
    return [
        member(directory, "Somali Parents Hackney", [t["london"]], [t["housing"]], [t["somalia"]], ["so", "en"]),
        member(directory, "Cardiff Eritrean Forum", [t["wales"]], [t["detention"]], [t["eritrea"]], ["ti"]),
        member(directory, "Swansea Welcome", [t["wales"]], [t["housing"]], [t["eritrea"]], ["ar"]),
    ]


def names(response):
    return [page.title for page in response.context["members"]]


def test_directory_lists_live_members_alphabetically(client, directory, members):
    member(directory, "Unpublished Group", live=False)
    response = client.get(directory.url)
    assert response.status_code == 200
    assert names(response) == ["Cardiff Eritrean Forum", "Somali Parents Hackney", "Swansea Welcome"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"region": "wales"}, ["Cardiff Eritrean Forum", "Swansea Welcome"]),
        ({"theme": "housing"}, ["Somali Parents Hackney", "Swansea Welcome"]),
        ({"community": "eritrea"}, ["Cardiff Eritrean Forum", "Swansea Welcome"]),
        ({"language": "so"}, ["Somali Parents Hackney"]),
        ({"region": "wales", "theme": "housing"}, ["Swansea Welcome"]),
        ({"region": "london", "theme": "detention"}, []),
    ],
)
def test_directory_filters(client, directory, members, query, expected):
    response = client.get(directory.url, query)
    assert response.status_code == 200
    assert names(response) == expected


@pytest.mark.parametrize(
    "query",
    [
        {"region": "atlantis"},
        {"level": "<script>"},
        {"page": "abc"},
        {"page": "9999"},
        {"page": "-1"},
        {"language": "x" * 5000},
        {"region": ["wales", "london"]},
    ],
)
def test_bad_query_strings_give_a_normal_page(client, directory, members, query):
    response = client.get(directory.url, query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>", 1)[1]


def test_unknown_filter_is_reported_and_ignored(client, directory, members):
    response = client.get(directory.url, {"region": "atlantis"})
    assert "Some filters were not recognised" in response.content.decode()
    assert len(names(response)) == 3


def test_directory_paginates_and_keeps_filters(client, directory, taxonomy):
    for number in range(30):
        member(directory, f"Wales group {number:02d}", [taxonomy["wales"]])
    member(directory, "London group", [taxonomy["london"]])
    first = client.get(directory.url, {"region": "wales"})
    assert len(names(first)) == 24
    html = first.content.decode()
    assert "region=wales&amp;page=2" in html
    second = client.get(directory.url, {"region": "wales", "page": 2})
    assert names(second) == [f"Wales group {number:02d}" for number in range(24, 30)]


def test_directory_works_without_javascript(client, directory, members):
    html = client.get(directory.url).content.decode()
    assert '<form method="get"' in html
    assert 'type="submit"' in html


def test_directory_queries_are_bounded_with_fifty_members(client, directory, taxonomy, django_assert_max_num_queries):
    logo_file = make_logo("Query Bound", 0)
    for number in range(50):
        logo = get_image_model().objects.create(
            title=f"logo {number}", file=ImageFile(logo_file, name=f"logo{number}.png")
        )
        page = member(directory, f"Member {number:02d}", [taxonomy["wales"]], [taxonomy["housing"]], [], ["ar", "so"])
        page.logo = logo
        page.save()
    client.get(directory.url)  # renditions are made on the first view
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(directory.url, {"region": "wales"})
    assert len(names(response)) == 24


@pytest.fixture
def full_profile(directory, taxonomy):
    page = member(
        directory, "Somali Parents Hackney", [taxonomy["london"]], [taxonomy["housing"]], [taxonomy["somalia"]], ["so"]
    )
    logo = get_image_model().objects.create(title="logo", file=ImageFile(make_logo("Somali Parents", 1), name="l.png"))
    for name, value in {
        "logo": logo,
        "mission": "Parents supporting parents through the school system.",
        "about": "<p>We began in a church hall in 2009.</p>",
        "boroughs": "Hackney, Haringey",
        "charity_number": "1187345",
        "company_number": "11234567",
        "contact_email": "hello@somali-parents.example.org",
        "phone": "020 7946 0456",
        "address": "12 Example Road\nLondon\nE8 1AA",
        "website": "https://somali-parents.example.org",
        "year_founded": 2009,
    }.items():
        setattr(page, name, value)
    page.social_links = [SocialLink(platform="facebook", url="https://facebook.example.org/somaliparents")]
    page.save_revision().publish()
    return page


def test_profile_shows_every_field(client, full_profile):
    html = client.get(full_profile.url).content.decode()
    for text in [
        "Somali Parents Hackney",
        "Parents supporting parents",
        "We began in a church hall",
        "Somalia",
        "Soomaali",
        "London",
        "Hackney, Haringey",
        "Housing",
        "Associate member",
        "1187345",
        "11234567",
        "hello@somali-parents.example.org",
        "020 7946 0456",
        "12 Example Road",
        "https://somali-parents.example.org",
        "Founded in 2009",
        "https://facebook.example.org/somaliparents",
        "<img",
    ]:
        assert text in html, text


def test_profile_queries_are_bounded(client, full_profile, django_assert_max_num_queries):
    from home.models import ContentPage

    for number in range(40):
        full_profile.add_child(instance=ContentPage(title=f"News {number}")).save_revision().publish()
    client.get(full_profile.url)
    # Each plugin's profile section (a member's campaigns, …) has a fixed cost, whatever the member publishes.
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(full_profile.url)
    assert "News 39" in response.content.decode()


def test_publishing_trust_is_granted_on_its_own_whatever_the_membership(directory):
    # Membership levels are the membership plugin's; the core knows only whom the network trusts to publish.
    page = MemberOrganisationPage(title="X", slug="x", trusted_publisher=True)
    page.clean()
    assert not hasattr(page, "membership_tier")


def test_languages_come_from_settings(settings):
    assert Language.objects.filter(code="ti", name_local="ትግርኛ").exists()
    assert Language.objects.filter(code="prs").exists()


def test_taxonomy_appears_in_the_visitors_language(client, directory, members, taxonomy):
    arabic = Locale.objects.get(language_code="ar")
    london = taxonomy["london"].copy_for_translation(arabic)
    london.name = "لندن"
    london.save()
    for page in members:
        alias_into_every_language(page)  # as onboarding and the admin do: the member appears in every language
    html = client.get(directory.url.replace("/en/", "/ar/", 1)).content.decode()
    assert '<option value="london">لندن</option>' in html
    assert "<dd>لندن</dd>" in html
    profile = client.get(members[0].url.replace("/en/", "/ar/", 1)).content.decode()
    assert "<dd>لندن</dd>" in profile
    assert "<dd>London</dd>" in client.get(members[0].url).content.decode()
