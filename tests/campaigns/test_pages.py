"""What visitors see: a campaign's page, the campaign listing, and campaigns on the home page."""

import datetime
from html import unescape

import pytest
from wagtail.models import Locale

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignUpdate, Pledge
from home.models import ContentPage
from hub.bulk_indexing import indexes_built_after
from hub.factories import ThemeFactory
from hub.setup import synchronise_trees

pytestmark = pytest.mark.django_db


def test_a_campaign_page_shows_the_ask_the_target_and_every_action(client, network_campaign, home):
    event = home.add_child(instance=ContentPage(title="Rally at Parliament Square", slug="rally"))
    event.save_revision().publish()
    network_campaign.event = event
    network_campaign.updates = [
        CampaignUpdate(date=datetime.date(2026, 1, 10), title="Campaign launched"),
        CampaignUpdate(date=datetime.date(2026, 3, 2), title="Forty MPs sign our letter"),
    ]
    network_campaign.save_revision().publish()

    html = client.get(network_campaign.url).content.decode()

    assert "Core campaign 2026" in html
    assert "Led by" in html and "The hub" in html
    assert "The Home Secretary" in html
    assert "Change the rules." in html
    assert "of a target of 200" in html and "<progress" in html
    # The pledge form carries no CSRF token: the page is the same for every visitor (hub.public_forms).
    assert 'name="email"' in html and "csrfmiddlewaretoken" not in html
    # The letter can be read and copied without JavaScript, or opened in the visitor's mail program.
    assert "Please support a 28-day time limit &amp; an end to indefinite detention." in html
    assert 'href="mailto:?subject=A%20time%20limit%20on%20detention&amp;body=Dear%20MP%2C%0A%0APlease%20support' in html
    assert ">Rally at Parliament Square</a>" in html
    # Share links are plain links: nothing is loaded from another site.
    assert "wa.me/?text=" in html and '<script src="http' not in html and "<iframe" not in html
    # The timeline: newest update first.
    assert html.index("Forty MPs sign our letter") < html.index("Campaign launched")


def test_accepted_supporters_and_the_lead_member_appear_on_its_campaign(client, member_campaign, member_b):
    from campaigns.models import CampaignSupport

    CampaignSupport.objects.create(campaign=member_campaign, organisation=member_b.organisation, status="accepted")
    html = client.get(member_campaign.url).content.decode()
    assert "Supported by" in html and "Baile Refugee Forum" in html
    assert "Amani Women&#x27;s Group" in html  # the lead


def test_a_bad_query_string_never_breaks_the_listing(client, campaign_index, network_campaign):
    for query in ["?page=abc", "?page=99", "?theme=nope&region=%00&organisation=<x>", "?page=-1"]:
        response = client.get(campaign_index.url + query)
        assert response.status_code == 200, query


def test_the_listing_puts_active_core_campaigns_first_then_won_then_closed(client, campaign_index, member_a):
    CampaignPageFactory(parent=campaign_index, title="Closed one", status="closed")
    CampaignPageFactory(parent=member_a.organisation, title="Won one", status="won")
    CampaignPageFactory(parent=member_a.organisation, title="Active member one")
    CampaignPageFactory(parent=campaign_index, title="Active core one", is_core=True, core_year=2026)

    html = client.get(campaign_index.url).content.decode()

    titles = ["Active core one", "Active member one", "Won one", "Closed one"]
    positions = [html.index(f">{title}</a>") for title in titles]
    assert positions == sorted(positions)


def test_the_listing_filters_by_theme_region_and_lead(client, campaign_index, member_a, london, housing):
    CampaignPageFactory(parent=member_a.organisation, title="Housing in London", themes=[housing], regions=[london])
    CampaignPageFactory(
        parent=campaign_index, title="Network health campaign", themes=[ThemeFactory(name="Health", slug="health")]
    )

    def titles(query):
        html = unescape(client.get(campaign_index.url + query).content.decode())
        return [title for title in ["Housing in London", "Network health campaign"] if f">{title}</a>" in html]

    assert titles("") == ["Housing in London", "Network health campaign"]
    assert titles("?theme=housing") == ["Housing in London"]
    assert titles("?region=london") == ["Housing in London"]
    assert titles("?organisation=network") == ["Network health campaign"]
    assert titles(f"?organisation={member_a.organisation.slug}") == ["Housing in London"]
    # An unknown lead is reported and left out; the theme still applies, and both stay in the form.
    html = client.get(campaign_index.url + "?theme=housing&organisation=nobody").content.decode()
    assert "Some filters were not recognised" in html and '<option value="housing" selected>' in html
    assert titles("?theme=housing&organisation=nobody") == ["Housing in London"]


def test_the_listing_reads_in_the_visitors_language(client, campaign_index, member_a, london, housing):
    CampaignPageFactory(
        parent=campaign_index,
        title="Homes not hostels",
        is_core=True,
        core_year=2026,
        themes=[housing],
        regions=[london],
    )
    CampaignPageFactory(parent=member_a.organisation, title="Network health campaign")
    french = Locale.objects.get(language_code="fr")
    synchronise_trees()
    logement = housing.copy_for_translation(french)
    logement.name = "Logement"
    logement.save()

    response = client.get(campaign_index.get_translation(french).url, {"theme": "housing"})

    html = unescape(response.content.decode())
    assert 'lang="fr"' in html
    assert "Filtrer les campagnes" in html and "1 campagne" in html
    assert "Homes not hostels" in html and "Network health campaign" not in html
    assert "Campagne principale 2026" in html and "En cours" in html
    assert '<option value="housing" selected>Logement</option>' in html
    assert "<dt>Thèmes</dt><dd>Logement</dd>" in html


def test_the_listing_makes_a_bounded_number_of_queries_with_200_campaigns(
    client, campaign_index, member_a, london, housing, django_assert_max_num_queries
):
    with indexes_built_after():  # once for the 200, not on every save
        for number in range(200):
            CampaignPageFactory(
                parent=member_a.organisation if number % 2 else campaign_index,
                title=f"Campaign {number}",
                is_core=number % 10 == 0,
                status=["active", "won", "closed"][number % 3],
                themes=[housing],
                regions=[london],
            )
    client.get(campaign_index.url)  # warm the site, locale and footer caches, as any running site has them
    with django_assert_max_num_queries(30):
        response = client.get(campaign_index.url + "?theme=housing&page=2")
    assert response.status_code == 200
    assert response.content.decode().count('class="card campaign-card"') == 20


def test_a_campaign_page_makes_a_bounded_number_of_queries(
    client, network_campaign, member_a, member_b, django_assert_max_num_queries
):
    from campaigns.models import CampaignSupport

    for organisation in [member_a.organisation, member_b.organisation]:
        CampaignSupport.objects.create(campaign=network_campaign, organisation=organisation, status="accepted")
    Pledge.objects.bulk_create(
        Pledge(
            campaign=network_campaign, campaign_key=network_campaign.translation_key, name=f"P{n}", email=f"{n}@e.org"
        )
        for n in range(300)
    )
    client.get(network_campaign.url)  # warm the site, locale and footer caches, as any running site has them
    with django_assert_max_num_queries(30):
        html = client.get(network_campaign.url).content.decode()
    assert "300 people have pledged" in html


def test_the_home_page_shows_the_active_core_campaigns(client, home, campaign_index, member_a):
    CampaignPageFactory(
        parent=campaign_index, title="Lift the ban on asylum seekers working", is_core=True, core_year=2026
    )
    CampaignPageFactory(parent=campaign_index, title="An old core campaign", is_core=True, core_year=2024, status="won")
    CampaignPageFactory(parent=member_a.organisation, title="A member's own campaign")
    html = unescape(client.get(home.url).content.decode())
    assert "Our core campaigns" in html
    assert "Lift the ban on asylum seekers working" in html
    assert "An old core campaign" not in html
    assert "A member's own campaign" not in html
