"""What a public body's site must say on every page and in its own pages: contact details in the footer, a
privacy notice written from what the plugins keep, an accessibility statement, a favicon."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from home.factories import ContentPageFactory, PrivacyNoticePageFactory
from hub.models import ContactSettings
from hub.plugins import plugin_registry
from hub.setup import synchronise_trees
from tests.support.pages import MAX_QUERIES

pytestmark = pytest.mark.django_db


@pytest.fixture
def privacy(home):
    return PrivacyNoticePageFactory(parent=home, slug="privacy", introduction="<p>We keep little.</p>")


@pytest.fixture
def contact(home, privacy):
    settings = ContactSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "team@network.example.org"
    settings.phone = "020 7946 0999"
    settings.address = "PO Box 1234\nLondon"
    settings.contact_page = ContentPageFactory(parent=home, title="Contact us", slug="contact")
    settings.accessibility_page = ContentPageFactory(parent=home, title="Accessibility statement", slug="accessibility")
    settings.privacy_page = privacy
    settings.save()
    return settings


def test_the_privacy_notice_says_what_every_plugin_keeps_and_for_how_long(client, privacy, settings):
    settings.HUB_EVENTS_RETENTION_DAYS = 45
    settings.HUB_CAMPAIGNS_PLEDGE_RETENTION_DAYS = 90
    html = client.get(privacy.url).content.decode()
    assert "We keep little." in html
    sources = plugin_registry.personal_data_sources()
    assert {"event_registrations", "campaign_pledges", "newsletter_subscriptions"} <= {s.key for s in sources}
    for source in sources:
        assert escape(str(source.label)) in html and escape(str(source.collects)) in html
    assert "Until 45 days after the event ends." in html
    assert "Until 90 days after the campaign is won or closed." in html
    assert "or for all of it to be erased" in html


def test_a_central_kurdish_privacy_notice_gives_its_periods_in_its_digits(client, privacy, settings):
    settings.HUB_EVENTS_RETENTION_DAYS = 45
    kurdish = privacy.copy_for_translation(Locale.objects.get(language_code="ckb"), copy_parents=True)
    kurdish.save_revision().publish()
    periods = re.findall(r"</strong> ([^<]*)</p>", client.get(kurdish.url).content.decode())
    assert any("٤٥" in period for period in periods)
    assert not any(re.search("[0-9]", period) for period in periods)


def test_network_editors_edit_the_privacy_notice_and_member_editors_cannot(client, privacy, network_editor, member_a):
    edit = f"/admin/pages/{privacy.pk}/edit/"
    client.force_login(member_a.editor)
    assert client.get(edit).status_code in (302, 403)
    client.force_login(network_editor)
    assert client.get(edit).status_code == 200


def test_the_footer_gives_contact_details_and_the_pages_in_the_visitors_language(client, contact):
    html = client.get("/en/").content.decode()
    footer = html[html.index("<footer") :]
    assert 'href="mailto:team@network.example.org"' in footer and 'href="tel:02079460999"' in footer
    assert "PO Box 1234<br>London" in footer
    for title, url in [("Contact us", "/en/contact/"), ("Privacy notice", "/en/privacy/"), ("Accessibility", "")]:
        assert title in footer and f'href="{url}' in footer
    synchronise_trees()
    arabic = Page.objects.get(
        translation_key=contact.privacy_page.translation_key, locale=Locale.objects.get(language_code="ar")
    )
    footer = client.get("/ar/").content.decode().split("<footer")[1]
    assert f'href="{arabic.url}"' in footer and arabic.url.startswith("/ar/")
    assert client.get(arabic.url).status_code == 200


def test_the_footer_costs_a_fixed_number_of_queries(client, contact, django_assert_max_num_queries):
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(contact.contact_page.url).status_code == 200


def test_every_page_links_a_favicon_that_is_shipped(client, home):
    html = client.get("/en/").content.decode()
    assert '<link rel="icon" href="/static/hub/img/favicon.svg" type="image/svg+xml">' in html
    assert Path(finders.find("hub/img/favicon.svg")).read_text().startswith("<svg")


def test_a_home_page_names_the_site_once(client, home):
    html = client.get("/en/").content.decode()
    title = html[html.index("<title>") + 7 : html.index("</title>")]
    assert title == home.title
