"""Pages with the public's forms (a pledge, an event registration, a request for access) come from the page
cache with no CSRF token in them; their forms still work, refuse posts made by other sites, and what they
change (a count of pledges, the places left) shows on the next view."""

import pytest
from django.test import Client

from campaigns.factories import CampaignPageFactory
from campaigns.models import Pledge
from events.factories import EventPageFactory
from events.models import Registration
from hub.setup import synchronise_trees
from oral_histories.factories import InterviewPageFactory, OralHistoryProjectPageFactory
from oral_histories.models import AccessRequest, InterviewPage
from tests.support.pages import anonymous_get, registration_data, served_from_cache
from tests.testapp.models import PetitionPage

pytestmark = pytest.mark.django_db

OWN_SITE = "http://testserver"
PLEDGE = {"name": "Amina Yusuf", "email": "amina@example.org", "postcode": "", "website": ""}


def browser_post(url, data, **headers):
    """A post as a browser makes it: CSRF checks enforced, and no cookie (the cached page set none)."""
    return Client(enforce_csrf_checks=True).post(url, data, **headers)


@pytest.fixture
def campaign(home, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        campaign = CampaignPageFactory(parent=home, title="Close Brook House", pledge_target=100)
        synchronise_trees()
    return campaign


@pytest.fixture
def event(events_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        event = EventPageFactory(parent=events_index, title="Question Time in Hackney", capacity=20)
    return event


def test_a_cached_campaign_page_takes_a_pledge_and_counts_it_at_once(campaign, django_capture_on_commit_callbacks):
    assert "0 people have pledged" in served_from_cache(campaign.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = browser_post(campaign.url + "pledge/", PLEDGE, HTTP_ORIGIN=OWN_SITE)
    assert response.status_code == 302
    assert Pledge.objects.get().name == "Amina Yusuf"
    assert "1 person has pledged" in served_from_cache(campaign.url)
    # Browsers ask again on every view, so the visitor who pledged sees their pledge counted.
    assert "max-age=0" in anonymous_get(campaign.url)["Cache-Control"]
    assert "You are one of 1 person" in anonymous_get(campaign.url + "pledged/").text


def test_a_cached_event_page_takes_a_registration_and_shows_the_places_left(event, django_capture_on_commit_callbacks):
    assert "20 places left" in served_from_cache(event.url)
    with django_capture_on_commit_callbacks(execute=True):
        response = browser_post(event.url + "register/", registration_data(), HTTP_ORIGIN=OWN_SITE)
    assert "You are registered" in response.text
    assert Registration.objects.get().name == "Amina Yusuf"
    assert "19 places left" in served_from_cache(event.url)


def test_the_request_for_access_form_is_cached_and_works(member_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        project = OralHistoryProjectPageFactory(parent=member_a.organisation)
        interview = InterviewPageFactory(
            parent=project, title="A school for our children", consent_scope=InterviewPage.Scope.ON_REQUEST
        )
    url = interview.url + "request-access/"
    served_from_cache(url)
    data = {"name": "Lina", "email": "lina@example.org", "organisation": "", "intended_use": "A study."}
    assert browser_post(url, data, HTTP_ORIGIN=OWN_SITE).status_code == 200
    assert AccessRequest.objects.get().name == "Lina"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "http://evil.example/pledge.html"},
        {},  # neither header: a browser always sends one of them on a post from the page itself
        {"HTTP_ORIGIN": "https://evil.example", "HTTP_REFERER": f"{OWN_SITE}/en/"},
    ],
)
def test_a_post_from_another_site_is_refused_and_nothing_is_saved(campaign, event, headers):
    pledge = browser_post(campaign.url + "pledge/", PLEDGE, **headers)
    registration = browser_post(event.url + "register/", registration_data(), **headers)
    for response in (pledge, registration):
        assert response.status_code == 403
        assert "This form was sent from another website" in response.text
    assert not Pledge.objects.exists() and not Registration.objects.exists()


def test_a_post_from_the_site_is_known_by_its_referer_when_there_is_no_origin(campaign):
    response = browser_post(campaign.url + "pledge/", PLEDGE, HTTP_REFERER=f"{OWN_SITE}{campaign.url}")
    assert response.status_code == 302
    assert Pledge.objects.exists()


def test_over_https_the_origin_must_be_https_too(campaign):
    assert browser_post(campaign.url + "pledge/", PLEDGE, HTTP_ORIGIN=OWN_SITE, secure=True).status_code == 403
    response = browser_post(campaign.url + "pledge/", PLEDGE, HTTP_ORIGIN="https://testserver", secure=True)
    assert response.status_code == 302


def test_a_form_with_errors_keeps_what_was_typed(campaign):
    response = browser_post(
        campaign.url + "pledge/", {**PLEDGE, "email": "not-an-email", "postcode": "E8 1DY"}, HTTP_ORIGIN=OWN_SITE
    )
    assert response.status_code == 400
    assert 'value="Amina Yusuf"' in response.text and 'value="not-an-email"' in response.text
    assert not Pledge.objects.exists()


def test_every_other_post_still_needs_its_csrf_token(home, django_capture_on_commit_callbacks):
    """Only the routes marked hub.public_forms.public_form go without a token; a page's own POST does not."""
    with django_capture_on_commit_callbacks(execute=True):
        petition = home.add_child(instance=PetitionPage(title="Keep the drop-in open"))
        petition.save_revision().publish()
    response = browser_post(petition.url, {"name": "Hodan"}, HTTP_ORIGIN=OWN_SITE)
    assert response.status_code == 403
    assert "CSRF" in response.text
