"""The network's editorial workflow report: per member and language, review times, waiting longest, CSV."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from tests.support.translations import translate
from tests.support.workflow import act, draft_in, submit

pytestmark = pytest.mark.django_db
REPORT = "hub_workflow_report"


@pytest.fixture
def history(client_for, member_a, member_b, network_editor, arabic_translator):
    """Amani: two submissions reviewed (1 h and 3 h); Baile: one waiting 5 days; one Arabic translation waiting."""
    for title, hours in (("Amani one", 1), ("Amani two", 3)):
        page = draft_in(member_a.organisation, title)
        submit(client_for(member_a.editor), page)
        act(client_for(network_editor), page, "approve")
        review = TaskState.objects.get(task__name="Network review", workflow_state__object_id=str(page.pk))
        TaskState.objects.filter(pk=review.pk).update(finished_at=review.started_at + timedelta(hours=hours))
    waiting = draft_in(member_b.organisation, "Baile waiting")
    submit(client_for(member_b.editor), waiting)
    TaskState.objects.filter(workflow_state__object_id=str(waiting.pk), status="in_progress").update(
        started_at=timezone.now() - timedelta(days=5)
    )
    source = draft_in(member_b.organisation, "Baile source")
    source.save_revision(user=network_editor).publish()
    arabic = translate(source, "ar", arabic_translator, {"Baile source": "مصدر بايلي"})
    arabic.get_workflow().start(arabic, arabic_translator)


def test_report_counts_reviews_and_waiting(client_for, history, network_editor, django_assert_max_num_queries):
    client = client_for(network_editor)
    client.get(reverse(REPORT))  # warm the admin's own per-process caches
    with django_assert_max_num_queries(40):
        response = client.get(reverse(REPORT))
    assert response.status_code == 200
    context = response.context
    assert dict(context["by_member"]) == {"Amani Women's Group": 2, "Baile Refugee Forum": 2}
    assert dict(context["by_language"]) == {"English": 3, "Arabic": 1}
    assert context["median_review"] == timedelta(hours=2)
    assert context["slowest_review"] == timedelta(hours=3)
    assert context["waiting"][0].page.title == "Baile waiting"


def test_report_exports_csv(client_for, history, network_editor):
    response = client_for(network_editor).get(reverse(REPORT), {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.getvalue().decode())))
    assert rows[0][:3] == ["Page", "Member", "Language"]
    assert sorted(row[0] for row in rows[1:]) == ["Amani one", "Amani two", "Baile waiting", "مصدر بايلي"]
    assert {row[0]: row[6] for row in rows[1:]}["Amani two"] == "3.0"


def test_report_exports_xlsx(client_for, history, network_editor):
    response = client_for(network_editor).get(reverse(REPORT), {"export": "xlsx"})
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    sheet = [list(row) for row in openpyxl.load_workbook(io.BytesIO(response.getvalue())).active.values]
    assert sheet[0][:3] == ["Page", "Member", "Language"]
    assert sorted(row[0] for row in sheet[1:]) == ["Amani one", "Amani two", "Baile waiting", "مصدر بايلي"]
    assert {row[0]: row[6] for row in sheet[1:]}["Amani two"] == 3.0


def test_a_period_without_submissions_and_bad_dates(client_for, history, network_editor):
    client = client_for(network_editor)
    empty = client.get(reverse(REPORT), {"start": "2020-01-01", "end": "2020-02-01"})
    assert empty.context["rows"] == [] and empty.context["median_review"] is None
    for bad in ({"start": "yesterday"}, {"start": "2026-05-01", "end": "2026-01-01"}):
        response = client.get(reverse(REPORT), bad)
        assert response.status_code == 200 and response.context["filters"].errors


def test_only_the_network_sees_the_report(client_for, history, member_a, arabic_reviewer):
    from tests.support.workflow import refused

    assert refused(client_for(member_a.editor).get(reverse(REPORT)))
    assert refused(client_for(arabic_reviewer).get(reverse(REPORT), {"export": "csv"}))


def test_review_times_read_as_words_in_the_editors_language(client_for, history, network_editor):
    from hub.roles import NETWORK_EDITORS
    from tests.support.people import person

    html = client_for(network_editor).get(reverse(REPORT)).content.decode()
    assert "2\xa0hours" in html and "3\xa0hours" in html
    assert "2:00:00" not in html and "3:00:00" not in html
    french = person("margot", NETWORK_EDITORS, language="fr")
    assert "2\xa0heures" in client_for(french).get(reverse(REPORT)).content.decode()
