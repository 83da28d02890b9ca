"""With Redis down, pages are served uncached and pledges are taken, still limited per visitor."""

import pytest
from django.test import Client

from campaigns.models import Pledge
from hub.cache_backends import ResilientRedisCacheClient

pytestmark = pytest.mark.django_db


def pledge(campaign, email, address="198.51.100.7"):
    return Client(REMOTE_ADDR=address).post(
        campaign.url + "pledge/", {"name": "Amina Yusuf", "email": email, "postcode": "E8 1DY", "website": ""}
    )


def test_public_pages_are_served_uncached_and_the_outage_logged(redis_down, network_campaign, monkeypatch, hub_log):
    monkeypatch.setattr(ResilientRedisCacheClient, "last_warning", float("-inf"))
    first = Client().get(network_campaign.url)
    second = Client().get(network_campaign.url)
    assert first.status_code == second.status_code == 200
    assert "End indefinite immigration detention" in second.content.decode()
    assert second["X-Wagtail-Cache"] == "miss"
    assert any("Redis cache unavailable" in line for line in hub_log)


def test_pledges_are_saved_thanked_and_emailed_without_redis(redis_down, database_queue, queued_mail, network_campaign):
    response = pledge(network_campaign, "amina@example.org")
    assert response.status_code == 302
    assert Pledge.objects.filter(email="amina@example.org").exists()
    thanks = Client().get(response["Location"]).content.decode()
    assert "We will email you to confirm your pledge" in thanks
    assert "You are one of 1 person supporting this campaign." in thanks


def test_without_redis_each_process_still_limits_pledges_per_visitor(redis_down, network_campaign, settings, hub_log):
    settings.HUB_CAMPAIGNS_PLEDGES_PER_HOUR = 2
    assert pledge(network_campaign, "a1@example.org").status_code == 302
    assert pledge(network_campaign, "a2@example.org").status_code == 302
    assert pledge(network_campaign, "a3@example.org").status_code == 429
    assert pledge(network_campaign, "b1@example.org", address="198.51.100.8").status_code == 302
    assert Pledge.objects.count() == 3
    assert any("in this process only" in line for line in hub_log)
