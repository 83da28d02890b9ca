"""Pledging: saved before anything can fail, one per address, counted exactly, confirmed and withdrawable."""

import re
import threading
from urllib.parse import urlencode

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from wagtail.models import Locale

from campaigns.models import Pledge
from campaigns.pledging import withdrawal_token
from hub.demo.translate import translate
from hub.setup import synchronise_trees

pytestmark = pytest.mark.django_db


def pledge_url(campaign):
    return campaign.url + "pledge/"


def pledge_data(**overrides):
    return {"name": "Amina Yusuf", "email": "amina@example.org", "postcode": "e8 1dy", "website": "", **overrides}


def test_a_visitor_pledges_is_thanked_emailed_and_counted(client, network_campaign):
    assert "0 people have pledged" in client.get(network_campaign.url).content.decode()

    response = client.post(pledge_url(network_campaign), pledge_data(organisation_name="Amani", may_contact="on"))

    assert response.status_code == 302
    assert response["Location"] == network_campaign.url + "pledged/"
    pledge = Pledge.objects.get()
    assert (pledge.name, pledge.email, pledge.postcode, pledge.organisation_name, pledge.may_contact) == (
        "Amina Yusuf",
        "amina@example.org",
        "E8 1DY",
        "Amani",
        True,
    )
    assert "You are one of 1 person supporting this campaign." in client.get(response["Location"]).content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amina@example.org"]
    assert "withdraw" in mail.outbox[0].body
    page = client.get(network_campaign.url).content.decode()
    assert "1 person has pledged" in page
    assert 'max="200" value="1"' in page  # progress towards the target


def test_consent_to_be_contacted_is_separate_and_off_unless_ticked(client, network_campaign):
    client.post(pledge_url(network_campaign), pledge_data())
    assert Pledge.objects.get().may_contact is False


def test_the_same_address_in_another_case_and_spacing_cannot_pledge_twice(client, network_campaign):
    client.post(pledge_url(network_campaign), pledge_data())

    response = client.post(pledge_url(network_campaign), pledge_data(email=" AMINA@Example.org ", name="Amina Y."))

    assert response.status_code == 409
    html = response.content.decode()
    assert "This email address has already pledged to this campaign." in html
    assert 'value="Amina Y."' in html  # what the visitor typed is kept
    assert Pledge.objects.count() == 1


def test_one_address_pledges_once_across_the_campaigns_languages(client, network_campaign):
    synchronise_trees()
    translate(network_campaign, ["fr"], translations={network_campaign.title: {"fr": "Fin de la rétention illimitée"}})
    french = network_campaign.get_translation(Locale.objects.get(language_code="fr"))
    assert french.title == "Fin de la rétention illimitée"
    client.post(pledge_url(network_campaign), pledge_data())
    response = client.post(french.url + "pledge/", pledge_data())
    assert response.status_code == 409
    assert Pledge.objects.count() == 1
    assert 'data-pledge-count="1"' in client.get(french.url).content.decode()


@pytest.mark.parametrize(
    ("email", "message"),
    [("", "This field is required."), ("amina-at-example.org", "Enter a valid email address.")],
)
def test_a_missing_or_malformed_email_is_explained_and_the_rest_kept(client, network_campaign, email, message):
    response = client.post(pledge_url(network_campaign), pledge_data(email=email, postcode="E8 1DY"))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'value="Amina Yusuf"' in html and 'value="E8 1DY"' in html
    assert not Pledge.objects.exists()


def test_a_bot_filling_the_honeypot_is_refused_with_a_plain_answer(client, network_campaign):
    response = client.post(pledge_url(network_campaign), pledge_data(website="http://spam.example"))
    assert response.status_code == 400
    assert "Please leave the last field empty" in response.content.decode()
    assert not Pledge.objects.exists()


def test_one_address_making_too_many_pledges_is_slowed_down(client, network_campaign, settings):
    settings.HUB_CAMPAIGNS_PLEDGES_PER_HOUR = 3
    for number in range(3):
        assert client.post(pledge_url(network_campaign), pledge_data(email=f"p{number}@example.org")).status_code == 302
    response = client.post(pledge_url(network_campaign), pledge_data(email="p4@example.org"))
    assert response.status_code == 429
    assert "Please try again in an hour" in response.content.decode()
    assert Pledge.objects.count() == 3
    # Another connection is not held back by this one.
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert other.post(pledge_url(network_campaign), pledge_data(email="p5@example.org")).status_code == 302


def test_without_a_trusted_proxy_a_forged_forwarded_for_does_not_evade_the_limit(client, network_campaign, settings):
    settings.HUB_TRUSTED_PROXY_COUNT = 0
    settings.HUB_CAMPAIGNS_PLEDGES_PER_HOUR = 2
    for number in range(2):
        forged = {"HTTP_X_FORWARDED_FOR": f"198.51.100.{number}"}
        assert (
            client.post(pledge_url(network_campaign), pledge_data(email=f"p{number}@example.org"), **forged).status_code
            == 302
        )
    response = client.post(
        pledge_url(network_campaign), pledge_data(email="p3@example.org"), HTTP_X_FORWARDED_FOR="198.51.100.3"
    )
    assert response.status_code == 429
    assert Pledge.objects.count() == 2


def test_behind_one_proxy_each_visitor_is_limited_on_their_own(network_campaign, settings):
    """Every visitor reaches the hub from the proxy's address; the proxy adds theirs to X-Forwarded-For."""
    settings.HUB_TRUSTED_PROXY_COUNT = 1
    settings.HUB_CAMPAIGNS_PLEDGES_PER_HOUR = 2
    proxy = Client(REMOTE_ADDR="10.0.0.2")

    def pledge_through_proxy(email, forwarded_for):
        return proxy.post(pledge_url(network_campaign), pledge_data(email=email), HTTP_X_FORWARDED_FOR=forwarded_for)

    assert pledge_through_proxy("a1@example.org", "198.51.100.1").status_code == 302
    assert pledge_through_proxy("a2@example.org", "198.51.100.1").status_code == 302
    assert pledge_through_proxy("a3@example.org", "198.51.100.1").status_code == 429
    # What the visitor sends themselves comes before what the proxy adds, and changes nothing.
    assert pledge_through_proxy("a4@example.org", "203.0.113.50, 198.51.100.1").status_code == 429
    # Another visitor behind the same proxy is not held back by the first.
    assert pledge_through_proxy("b1@example.org", "198.51.100.2").status_code == 302
    assert sorted(Pledge.objects.values_list("email", flat=True)) == [
        "a1@example.org",
        "a2@example.org",
        "b1@example.org",
    ]


def test_a_failing_mail_server_never_loses_the_pledge(client, network_campaign, settings):
    settings.EMAIL_BACKEND = "tests.hub.failing_mail.UnreachableServerBackend"
    response = client.post(pledge_url(network_campaign), pledge_data())
    assert response.status_code == 302
    assert Pledge.objects.filter(email="amina@example.org").exists()


def test_a_closed_campaign_takes_no_pledges(client, network_campaign):
    network_campaign.status = "closed"
    network_campaign.save_revision().publish()
    assert "Pledge my support" not in client.get(network_campaign.url).content.decode()
    response = client.post(pledge_url(network_campaign), pledge_data())
    assert response.status_code == 400
    assert not Pledge.objects.exists()


def test_get_on_the_pledge_address_leads_back_to_the_form(client, network_campaign):
    response = client.get(pledge_url(network_campaign))
    assert response.status_code == 302
    assert response["Location"].endswith("#pledge")


def test_the_emailed_link_withdraws_the_pledge(client, network_campaign):
    client.post(pledge_url(network_campaign), pledge_data())
    link = re.search(r"https?://\S+/withdraw/\?token=\S+", mail.outbox[0].body).group(0)

    confirm = client.get(link)
    assert confirm.status_code == 200
    assert "Withdraw my pledge" in confirm.content.decode()
    assert Pledge.objects.exists()  # a link preview fetching the page withdraws nothing

    done = client.post(link)
    assert "Your pledge has been withdrawn" in done.content.decode()
    assert not Pledge.objects.exists()
    assert "0 people have pledged" in client.get(network_campaign.url).content.decode()


def test_a_tampered_withdrawal_link_withdraws_nothing(client, network_campaign):
    client.post(pledge_url(network_campaign), pledge_data())
    client.post(pledge_url(network_campaign), pledge_data(email="other@example.org"))
    pledge = Pledge.objects.get(email="amina@example.org")
    token = withdrawal_token(pledge)
    forged = token.replace(token.split(":")[0], token.split(":")[0][:-2] + "xx")
    for bad in [forged, token[:-1] + ("A" if token[-1] != "A" else "B"), "not-a-token", ""]:
        response = client.post(network_campaign.url + "withdraw/?" + urlencode({"token": bad}))
        assert response.status_code == 400
        assert "This withdrawal link is not valid" in response.content.decode()
    assert Pledge.objects.count() == 2


def test_the_public_count_is_cached_for_a_minute_but_a_pledge_refreshes_it(client, network_campaign):
    client.get(network_campaign.url)
    Pledge.objects.create(
        campaign=network_campaign, campaign_key=network_campaign.translation_key, name="x", email="x@example.org"
    )
    assert 'data-pledge-count="0"' in client.get(network_campaign.url).content.decode()  # within the minute
    client.post(pledge_url(network_campaign), pledge_data())
    assert 'data-pledge-count="2"' in client.get(network_campaign.url).content.decode()


@pytest.mark.django_db(transaction=True)
def test_concurrent_pledges_are_each_counted_once(network_campaign):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises every write: concurrency is proven on PostgreSQL (CI runs both).")
    url = pledge_url(network_campaign)
    barrier = threading.Barrier(8)
    statuses = []

    def submit(email, address):
        barrier.wait()
        response = Client(REMOTE_ADDR=address).post(url, pledge_data(email=email))
        statuses.append(response.status_code)
        connection.close()

    # Four people pledge at the same moment, and the same person four times over (a double click, retries).
    people = [(f"person{number}@example.org", f"198.51.100.{number}") for number in range(4)]
    repeats = [(" Same@Example.org", f"198.51.100.{10 + number}") for number in range(4)]
    threads = [threading.Thread(target=submit, args=person) for person in people + repeats]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(statuses) == [302] * 5 + [409] * 3
    assert Pledge.objects.count() == 5
    assert Pledge.objects.filter(email="same@example.org").count() == 1
    assert network_campaign.pledge_count() == 5


def test_the_emailed_link_is_on_the_sites_own_address(client, network_campaign, settings):
    settings.SITE_URL = "https://hub.example.org"
    client.post(pledge_url(network_campaign), pledge_data())
    [link] = re.findall(r"https?://\S+", mail.outbox[0].body)
    assert link.startswith(f"https://hub.example.org{network_campaign.url}withdraw/?token=")
