"""The admin home shows each role what waits for them, with right counts and bounded queries."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from hub.dashboard import panels_for
from tests.support.translations import translate
from tests.support.workflow import act, draft_in, submit

pytestmark = pytest.mark.django_db


def home(client, panel):
    """The text of one of our panels on the admin home page ('' when it is not there)."""
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    start = html.find(f'aria-labelledby="{panel}"')
    return html[start : html.find("</section>", start)] if start >= 0 else ""


def render_panels(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return "".join(panel.render_html({"request": request}) for panel in panels_for(user))


@pytest.fixture
def busy_network(client_for, member_a, member_b, network_editor, arabic_translator):
    """Amani: a draft, one page awaiting review, one sent back; Baile: one awaiting; one Arabic translation waiting."""
    draft_in(member_a.organisation, "Amani draft")
    awaiting = draft_in(member_a.organisation, "Amani awaiting")
    returned = draft_in(member_a.organisation, "Amani returned")
    submit(client_for(member_a.editor), awaiting)
    submit(client_for(member_a.editor), returned)
    act(client_for(network_editor), returned, "reject", comment="Add the opening hours.")
    submit(client_for(member_b.editor), draft_in(member_b.organisation, "Baile awaiting"))
    source = draft_in(member_b.organisation, "Baile published")
    source.save_revision(user=network_editor).publish()
    arabic = translate(source, "ar", arabic_translator, {"Baile published": "منشور بايلي"})
    arabic.get_workflow().start(arabic, arabic_translator)


def test_member_editor_sees_own_drafts_waiting_and_returned_pages(client_for, busy_network, member_a):
    html = home(client_for(member_a.editor), "hub-member-work-heading")
    assert "Your organisation" in html
    assert "Came back with comments (1)" in html and "Add the opening hours." in html
    assert "Awaiting review (1)" in html and "Drafts (1)" in html
    assert "Amani draft" in html and "Amani awaiting" in html
    assert "Baile" not in html  # another member's work stays unseen


def test_network_editor_sees_the_queue_by_member_and_language(client_for, busy_network, network_editor):
    html = home(client_for(network_editor), "hub-review-queue-heading")
    assert "Review queue by member" in html
    assert "Amani Women&#x27;s Group (1)" in html and "Baile Refugee Forum (2)" in html
    assert "Arabic" in html and "منشور بايلي" in html


def test_reviewer_sees_translations_in_their_languages_only(client_for, busy_network, arabic_reviewer, french_reviewer):
    html = home(client_for(arabic_reviewer), "hub-review-queue-heading")
    assert "ترجمات بانتظار مراجعتك" in html and "منشور بايلي" in html  # in her admin language
    assert "Amani awaiting" not in html
    assert "منشور بايلي" not in home(client_for(french_reviewer), "hub-review-queue-heading")


@pytest.mark.parametrize("who", ["network_editor", "arabic_reviewer", "member"])
def test_each_panel_makes_a_fixed_number_of_queries(
    request, busy_network, member_a, django_assert_max_num_queries, who
):
    user = member_a.editor if who == "member" else request.getfixturevalue(who)
    user = type(user).objects.get(pk=user.pk)
    render_panels(user)  # once, so that process-wide caches (content types, locales) left cold by others are warm
    user = type(user).objects.get(pk=user.pk)
    with django_assert_max_num_queries(7):
        html = render_panels(user)
    assert html
    for index in range(5):
        draft_in(member_a.organisation, f"More work {index}")
    user = type(user).objects.get(pk=user.pk)
    with django_assert_max_num_queries(7):
        render_panels(user)


def test_an_organisation_is_one_group_in_the_queue_whatever_its_name_in_other_languages(
    client_for, busy_network, member_b, network_editor
):
    from wagtail.models import Locale, Page

    arabic_space = member_b.organisation.get_translation(Locale.objects.get(language_code="ar"))
    Page.objects.filter(pk=arabic_space.pk).update(title="منتدى بايلي للاجئين")
    html = home(client_for(network_editor), "hub-review-queue-heading")
    assert "Baile Refugee Forum (2)" in html
    assert "منتدى بايلي للاجئين" not in html


def test_member_editor_is_offered_the_page_types_they_may_add_to_their_space(client_for, settings, member_a, member_b):
    from events.models import EventPage
    from home.models import ContentPage

    client = client_for(member_a.editor)
    html = home(client, "hub-member-work-heading")
    assert "Add a page to your organisation's space" in html
    content_page = reverse("wagtailadmin_pages:add", args=["home", "contentpage", member_a.organisation.pk])
    event_page = reverse("wagtailadmin_pages:add", args=["events", "eventpage", member_a.organisation.pk])
    assert f'href="{content_page}">{ContentPage._meta.verbose_name.capitalize()}' in html
    assert f'href="{event_page}">{EventPage._meta.verbose_name.capitalize()}' in html
    assert f"/{member_b.organisation.pk}/" not in html  # nothing in another member's space
    assert client.get(event_page).status_code == 200

    settings.HUB_DISABLED_PLUGINS = ["events"]
    assert event_page not in home(client, "hub-member-work-heading")
