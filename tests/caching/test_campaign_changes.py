"""What changes a cached campaign page without anyone publishing it: a coalition accepted in the admin, and
pledges erased on request or at the end of their retention period. Each shows on the next view."""

from datetime import timedelta
from html import unescape

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage, CampaignSupport, Pledge
from hub.setup import synchronise_trees
from tests.support.pages import anonymous_get, served_from_cache

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(member_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        campaign = CampaignPageFactory(parent=member_a.organisation, title="Safe homes for Hackney families")
        synchronise_trees()
    return campaign


def in_english_and_french(page):
    return [page.url, page.get_translation(Locale.objects.get(language_code="fr")).url]


def pledge(campaign, email):
    Pledge.objects.create(campaign=campaign, campaign_key=campaign.translation_key, name="Amina Yusuf", email=email)


def test_an_accepted_supporter_shows_at_once_on_the_cached_campaign_and_profile(
    campaign, member_a, member_b, client_for, django_capture_on_commit_callbacks
):
    campaign_urls = in_english_and_french(campaign)
    profile_urls = in_english_and_french(member_b.organisation)
    for url in campaign_urls:
        assert "Baile Refugee Forum" not in served_from_cache(url)
    for url in profile_urls:
        assert "Safe homes for Hackney families" not in served_from_cache(url)
    support = CampaignSupport.objects.create(campaign=campaign, organisation=member_b.organisation)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(member_a.editor).post(
            reverse("campaigns_decide_support", args=[support.pk]), {"decision": "accept"}
        )

    assert response.status_code == 302
    for url in campaign_urls:
        assert "Baile Refugee Forum" in anonymous_get(url).text, url
    for url in profile_urls:
        assert "Safe homes for Hackney families" in unescape(anonymous_get(url).text), url


def test_erasing_an_address_takes_its_pledge_off_the_cached_count(campaign, django_capture_on_commit_callbacks):
    pledge(campaign, "amina@example.org")
    pledge(campaign, "someone@example.org")
    urls = in_english_and_french(campaign)
    assert "2 people have pledged" in served_from_cache(urls[0])

    with django_capture_on_commit_callbacks(execute=True):
        call_command("hub_personal_data", "erase", "amina@example.org")

    for url in urls:
        assert 'data-pledge-count="1"' in served_from_cache(url), url
    assert "1 person has pledged" in served_from_cache(urls[0])


def test_pledges_purged_after_the_retention_period_leave_the_cached_count(
    campaign, settings, django_capture_on_commit_callbacks
):
    settings.HUB_CAMPAIGNS_PLEDGE_RETENTION_DAYS = 180
    with django_capture_on_commit_callbacks(execute=True):
        campaign.status = CampaignPage.Status.CLOSED
        campaign.save_revision().publish()
    CampaignPage.objects.filter(pk=campaign.pk).update(ended_on=timezone.localdate() - timedelta(days=181))
    pledge(campaign, "amina@example.org")
    assert "1 person has pledged" in served_from_cache(campaign.url)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("hub_personal_data", "purge-expired")

    assert "0 people have pledged" in served_from_cache(campaign.url)
