"""Applying to join: saved before anything can fail, in every language, confirmed to the applicant in their
language and announced to the network editors; bots and floods are refused plainly."""

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Locale

from hub.demo.translate import translate
from hub.factories import RegionFactory
from hub.setup import synchronise_trees
from membership.models import Application

pytestmark = pytest.mark.django_db


def apply_url(page):
    return page.url + "apply/"


def application_data(**overrides):
    return {
        "organisation_name": "  Sudanese   Youth Forum ",
        "about": "Homework clubs and football.",
        "level": "full",
        "income_band": "10k-50k",
        "size_band": "1-5",
        "contact_name": "Amal Osman",
        "contact_email": "Amal@Example.org ",
        "contact_role": "Coordinator",
        "agrees_with_mission": "on",
        "website_address": "",
        **overrides,
    }


def test_the_join_page_shows_the_mission_statement_and_a_form_that_needs_no_javascript(client, join_page):
    html = client.get(join_page.url).content.decode()
    assert "Migrants and refugees speak for themselves." in html
    assert f'action="{join_page.url}apply/#apply"' in html
    assert 'type="radio" name="level" value="full"' in html
    assert "<script" not in html.split('id="apply"')[1].split("</form>")[0]


def test_an_application_is_saved_the_applicant_emailed_and_network_editors_told(
    client, join_page, london, network_editor
):
    response = client.post(apply_url(join_page), application_data(regions=[london.pk]))

    assert response.status_code == 302
    assert response["Location"] == join_page.url + "thanks/"
    application = Application.objects.get()
    assert (application.organisation_name, application.contact_email, application.status, application.language) == (
        "Sudanese Youth Forum",
        "amal@example.org",
        Application.Status.WAITING,
        "en",
    )
    assert list(application.regions.all()) == [london]
    assert "Thank you for applying" in client.get(response["Location"]).content.decode()
    to_applicant, to_editor = sorted(mail.outbox, key=lambda message: message.to != ["amal@example.org"])
    assert to_applicant.to == ["amal@example.org"]
    assert "Sudanese Youth Forum" in to_applicant.subject and "Full member" in to_applicant.body
    assert to_editor.to == [network_editor.email]
    assert f"/admin/membership/applications/{application.pk}/" in to_editor.body


def test_an_application_in_french_is_kept_as_french_for_its_emails(client, join_page, london):
    synchronise_trees()
    translate(join_page, ["fr"], translations={join_page.title: {"fr": "Rejoindre le réseau"}})
    french = join_page.get_translation(Locale.objects.get(language_code="fr"))

    # Regions not yet translated into French are offered in English.
    assert f'value="{london.pk}"' in client.get(french.url).content.decode()
    response = client.post(apply_url(french), application_data(regions=[london.pk]))

    assert response.status_code == 302
    assert Application.objects.get().language == "fr"
    assert french.url + "thanks/" == response["Location"]


def test_a_mail_server_that_fails_does_not_lose_the_application(client, join_page, settings):
    settings.EMAIL_BACKEND = "tests.hub.failing_mail.UnreachableServerBackend"
    response = client.post(apply_url(join_page), application_data())
    assert response.status_code == 302
    assert Application.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "field_message"),
    [
        ({"agrees_with_mission": ""}, "Only organisations that agree with the mission statement can join."),
        ({"income_band": ""}, "Full members tell us this: it sets the membership fee."),
        ({"contact_email": "amal-at-example"}, "Enter a valid email address."),
        ({"level": "emperor"}, "Select a valid choice."),
    ],
)
def test_bad_input_is_explained_and_what_was_typed_kept(client, join_page, overrides, field_message):
    response = client.post(apply_url(join_page), application_data(**overrides))
    assert response.status_code == 400
    html = response.content.decode()
    assert field_message in html
    assert 'value="Amal Osman"' in html
    assert not Application.objects.exists()


def test_an_associate_needs_no_income_or_size(client, join_page):
    response = client.post(apply_url(join_page), application_data(level="associate", income_band="", size_band=""))
    assert response.status_code == 302
    assert Application.objects.get().level == "associate"


def test_a_bot_filling_the_honeypot_is_refused_with_a_plain_answer(client, join_page):
    response = client.post(apply_url(join_page), application_data(website_address="http://spam.example"))
    assert response.status_code == 400
    assert "Please leave the last field empty" in response.content.decode()
    assert not Application.objects.exists()


def test_one_address_sending_too_many_applications_is_slowed_down(client, join_page, settings):
    settings.HUB_MEMBERSHIP_APPLICATIONS_PER_HOUR = 2
    for number in range(2):
        assert client.post(apply_url(join_page), application_data(contact_email=f"a{number}@x.org")).status_code == 302
    response = client.post(apply_url(join_page), application_data(contact_email="a3@x.org"))
    assert response.status_code == 429
    assert "Please try again in an hour" in response.content.decode()
    assert Application.objects.count() == 2
    assert Client(REMOTE_ADDR="203.0.113.9").post(apply_url(join_page), application_data()).status_code == 302


def test_a_get_of_the_apply_route_goes_back_to_the_form(client, join_page):
    assert client.get(apply_url(join_page))["Location"] == join_page.url


def test_the_join_page_and_its_thanks_take_a_bounded_number_of_queries(
    client, join_page, london, scotland, django_assert_max_num_queries
):
    for number in range(10):  # more regions to choose from ask no more queries
        RegionFactory(name=f"Region {number}", slug=f"region-{number}")
    client.get(join_page.url)  # warm Wagtail's site caches
    with django_assert_max_num_queries(16):
        assert client.get(join_page.url).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(join_page.url + "thanks/").status_code == 200
    with django_assert_max_num_queries(30):
        client.post(apply_url(join_page), application_data(regions=[london.pk, scotland.pk]))


def test_switched_off_the_plugin_hides_the_join_page(client, join_page, settings):
    settings.HUB_DISABLED_PLUGINS = ["membership"]
    assert client.get(join_page.url).status_code == 404
