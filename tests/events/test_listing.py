"""Finding events: upcoming by default, past on request, filters, a month grid, pagination, bounded queries."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale

from events.factories import EventPageFactory, at, in_days
from events.models import EventCoOrganiser, EventPage
from hub.bulk_indexing import indexes_built_after
from hub.models import Language
from hub.setup import synchronise_trees
from tests.support.pages import MAX_QUERIES

pytestmark = pytest.mark.django_db


def titles(response):
    return [event.title for event in response.context["events"]]


def test_upcoming_events_soonest_first_and_past_ones_on_request(client, events_index):
    EventPageFactory(parent=events_index, title="Later", start=in_days(20))
    EventPageFactory(parent=events_index, title="Sooner", start=in_days(2))
    EventPageFactory(parent=events_index, title="Last month", start=in_days(-30))
    EventPageFactory(parent=events_index, title="Last week", start=in_days(-7))
    assert titles(client.get(events_index.url)) == ["Sooner", "Later"]
    response = client.get(events_index.url, {"when": "past"})
    assert titles(response) == ["Last week", "Last month"]
    assert "2 past events" in response.content.decode()


def test_filters_by_type_region_organiser_language_and_month(client, events_index, member_a, member_b, london):
    somali = Language.objects.get(code="so")
    EventPageFactory(
        parent=events_index, title="Network training", event_type="training", start=in_days(3), languages=[somali]
    )
    EventPageFactory(parent=member_a.organisation, title="Amani meeting", start=in_days(4), regions=[london])
    shared = EventPageFactory(
        parent=member_b.organisation, title="Joint Question Time", event_type="question-time", start=in_days(40)
    )
    EventCoOrganiser.objects.create(page=shared, organisation=member_a.organisation)

    assert titles(client.get(events_index.url, {"event_type": "training"})) == ["Network training"]
    assert titles(client.get(events_index.url, {"region": "london"})) == ["Amani meeting"]
    assert titles(client.get(events_index.url, {"language": "so"})) == ["Network training"]
    assert titles(client.get(events_index.url, {"organiser": "network"})) == ["Network training"]
    assert titles(client.get(events_index.url, {"organiser": member_a.organisation.slug})) == [
        "Amani meeting",
        "Joint Question Time",
    ]
    month = timezone.localtime(shared.start).strftime("%Y-%m")
    assert "Joint Question Time" in titles(client.get(events_index.url, {"month": month}))


@pytest.mark.parametrize(
    "language, direction, london_named, interface, event_type, march",
    [
        ("fr", "ltr", "Londres", "Filtrer les événements", "Séance de questions", "mars 2030"),
        ("ar", "rtl", "لندن", "تصفية الفعاليات", "جلسة أسئلة وأجوبة", "مارس 2030"),
    ],
)
def test_the_listing_reads_in_the_visitors_language(
    client, events_index, london, language, direction, london_named, interface, event_type, march
):
    EventPageFactory(
        parent=events_index,
        title="Question Time in Lewisham",
        event_type="question-time",
        start=at(2030, 3, 26),
        regions=[london],
    )
    EventPageFactory(parent=events_index, title="Training in Glasgow", event_type="training", start=at(2030, 3, 28))
    synchronise_trees()
    locale = Locale.objects.get(language_code=language)
    named = london.copy_for_translation(locale)
    named.name = london_named
    named.save()
    listing = events_index.get_translation(locale)
    response = client.get(listing.url, {"region": "london"})
    html = response.content.decode()
    assert titles(response) == ["Question Time in Lewisham"]
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f'<option value="london" selected>{london_named}</option>' in html
    assert f"<dd>{london_named}</dd>" in html  # the card's region
    assert interface in html and event_type in html and march in html
    # The event is not translated yet: its card says its text is English, written left to right.
    assert '<h2 class="card__title" lang="en" dir="ltr">' in html


@pytest.mark.parametrize(
    "query",
    [
        {"event_type": "party"},
        {"region": "atlantis"},
        {"month": "2026-13"},
        {"month": "nonsense"},
        {"when": "tomorrow"},
        {"page": "9999"},
        {"page": "x"},
        {"organiser": "<script>"},
    ],
)
def test_a_bad_query_string_is_reported_never_an_error(client, events_index, query):
    EventPageFactory(parent=events_index, title="Training", start=in_days(3))
    for url in (events_index.url, events_index.url + "month/", events_index.url + "calendar/"):
        response = client.get(url, query)
        assert response.status_code == 200, url


def test_the_month_view_is_a_calendar_table_that_works_without_javascript(client, events_index):
    EventPageFactory(parent=events_index, title="Question Time in March", start=at(2030, 3, 26))
    EventPageFactory(parent=events_index, title="April meeting", start=at(2030, 4, 2))
    response = client.get(events_index.url + "month/", {"month": "2030-03"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<table" in html and "<caption" in html and 'scope="col"' in html
    assert "Question Time in March" in html and "April meeting" not in html
    assert '<time datetime="2030-03-26">26</time>' in html
    assert "month=2030-04" in html and "month=2030-02" in html  # next and previous months, plain links
    empty = client.get(events_index.url + "month/", {"month": "2031-07"})
    assert empty.status_code == 200 and "Question Time in March" not in empty.content.decode()


@pytest.mark.parametrize("month", ["0001-01", "9999-12", "1899-12", "2200-01"])
def test_a_month_far_outside_the_events_is_refused_with_a_message(client, events_index, month):
    EventPageFactory(parent=events_index, title="Training", start=at(2030, 3, 26))
    response = client.get(events_index.url + "month/", {"month": month})
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is no calendar for that month. Choose a month from" in html and "March 2035" in html
    assert "Training" not in html


def test_previous_and_next_month_links_stop_at_the_range_and_are_not_followed(client, events_index):
    EventPageFactory(parent=events_index, title="Old meeting", start=at(2024, 5, 10))
    EventPageFactory(parent=events_index, title="Far meeting", start=at(2030, 3, 26))
    first = client.get(events_index.url + "month/", {"month": "2024-05"}).content.decode()
    assert 'rel="next nofollow"' in first and "month=2024-06" in first
    assert "Previous month" not in first and "month=2024-04" not in first
    last = client.get(events_index.url + "month/", {"month": "2035-03"}).content.decode()
    assert 'rel="prev nofollow"' in last and "month=2035-02" in last
    assert "Next month" not in last and "month=2035-04" not in last
    assert client.get(events_index.url + "month/", {"month": "2024-04"}).status_code == 400
    assert client.get(events_index.url + "month/", {"month": "2035-04"}).status_code == 400


def test_times_are_shown_without_ambiguity(client, events_index):
    winter = EventPageFactory(parent=events_index, title="Winter meeting", start=at(2030, 3, 21, 18, 30), hours=1.5)
    summer = EventPageFactory(parent=events_index, title="Summer meeting", start=at(2030, 6, 13, 10, 0), hours=6)
    assert winter.time_range == "Thu 21 March 2030, 18:30–20:00 GMT"
    assert summer.time_range == "Thu 13 June 2030, 10:00–16:00 BST"
    assert "Thu 21 March 2030, 18:30–20:00 GMT" in client.get(winter.url).content.decode()
    all_day = EventPageFactory(parent=events_index, title="Vigil", start=at(2030, 6, 15, 9), hours=10, all_day=True)
    assert all_day.time_range == "Sat 15 June 2030 (all day)"


def test_a_night_across_the_clock_change_shows_both_zones(client, events_index):
    # The clocks go forward at 01:00 GMT on Sunday 31 March 2030 and back at 02:00 BST on 27 October 2030.
    spring = EventPageFactory(parent=events_index, title="Night vigil", start=at(2030, 3, 31, 0, 30))
    spring.end = at(2030, 3, 31, 3, 0)
    spring.save_revision().publish()
    autumn = EventPageFactory(parent=events_index, title="Night shelter", start=at(2030, 10, 27, 0, 30))
    autumn.end = at(2030, 10, 27, 3, 0)
    autumn.save_revision().publish()
    assert spring.time_range == "Sun 31 March 2030, 00:30 GMT–03:00 BST"
    assert autumn.time_range == "Sun 27 October 2030, 00:30 BST–03:00 GMT"
    assert "00:30 GMT–03:00 BST" in client.get(spring.url).content.decode()


def test_pagination_and_a_bounded_number_of_queries_with_300_events(
    client, events_index, member_a, member_b, london, django_assert_max_num_queries
):
    arabic, somali = Language.objects.filter(code__in=["ar", "so"])
    parents = [events_index, member_a.organisation, member_b.organisation]
    first = timezone.now() + datetime.timedelta(days=1)
    with indexes_built_after():
        for number in range(300):
            start = first + datetime.timedelta(hours=7 * number)
            event = parents[number % 3].add_child(
                instance=EventPage(
                    title=f"Event {number}",
                    event_type="training",
                    summary="A training.",
                    start=start,
                    end=start + datetime.timedelta(hours=2),
                )
            )
            event.regions.set([london])
            event.languages.set([arabic, somali])
            if number % 3 == 1:
                EventCoOrganiser.objects.create(page=event, organisation=member_b.organisation)
    with django_assert_max_num_queries(40):
        response = client.get(events_index.url)
    assert response.status_code == 200 and len(response.context["events"]) == 20
    assert "300 upcoming events" in response.content.decode()
    with django_assert_max_num_queries(40):
        assert client.get(events_index.url, {"page": "15", "region": "london"}).status_code == 200
    month = timezone.localtime(first).strftime("%Y-%m")
    with django_assert_max_num_queries(40):
        assert client.get(events_index.url + "month/", {"month": month}).status_code == 200
    with django_assert_max_num_queries(40):
        assert client.get(events_index.url + "calendar/").status_code == 200
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get("/en/").status_code == 200


def test_an_event_page_shows_every_fact(client, events_index, member_a):
    arabic = Language.objects.get(code="ar")
    event = EventPageFactory(
        parent=member_a.organisation,
        title="Question Time",
        start=at(2030, 3, 26),
        venue_name="Handsworth Library",
        address="Soho Road\nBirmingham",
        postcode="B21 9DP",
        online_link="https://meet.example.org/qt",
        speakers="Cllr Amina Hussain\nCllr David Okafor",
        step_free_access=True,
        bsl_interpretation=True,
        cost="£3, free for members",
        capacity=40,
        network_co_organises=True,
        languages=[arabic],
        interpretation_languages=[arabic],
    )
    html = client.get(event.url).content.decode()
    for fact in [
        "Handsworth Library",
        "B21 9DP",
        "https://meet.example.org/qt",
        "Cllr David Okafor",
        "Step-free access",
        "British Sign Language interpretation",
        "£3, free for members",
        "40 places left",
        escape(member_a.organisation.title),
        "Interpretation offered",
        "calendar/",
    ]:
        assert fact in html, fact


def test_the_home_page_shows_the_next_events(client, events_index):
    EventPageFactory(parent=events_index, title="Past", start=in_days(-3))
    EventPageFactory(parent=events_index, title="Coming soon", start=in_days(3))
    html = client.get("/en/").content.decode()
    assert "Next events" in html and "Coming soon" in html and ">Past<" not in html


def test_an_unknown_filter_is_reported_and_the_others_still_apply(client, events_index):
    EventPageFactory(parent=events_index, title="Last week", start=in_days(-7))
    EventPageFactory(parent=events_index, title="Next week", start=in_days(7))
    response = client.get(events_index.url, {"when": "past", "region": "atlantis"})
    html = response.content.decode()
    assert titles(response) == ["Last week"]
    assert "1 past event" in html and "Some filters were not recognised" in html
    assert '<option value="past" selected>' in html
    month = client.get(events_index.url + "month/", {"month": "2030-03", "event_type": "party"}).content.decode()
    assert "Some filters were not recognised" in month and '<option value="2030-03" selected>' in month
