"""Every CSV export of the hub keeps what people typed as text: a cell that starts like a formula (=, +, -,
@, tab, carriage return) gets a leading apostrophe (hub.spreadsheets), Wagtail's own reports included."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hub.spreadsheets import formula_safe
from tests.support.people import PASSWORD
from tests.support.workflow import draft_in, submit

pytestmark = pytest.mark.django_db

FORMULA_TITLE = '=HYPERLINK("http://evil.example/","Open me")'


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv"), response.content.decode()[-3000:]
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode())))


def assert_formula_kept_as_text(rows):
    cells = [cell for row in rows for cell in row]
    assert [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")] == []
    assert "'" + FORMULA_TITLE in cells


@pytest.mark.parametrize("value", ["=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_starting_like_a_formula_is_text(value):
    assert formula_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["Housing rights", "3.5", "", "a=b", 12, None])
def test_other_cells_are_as_they_were(value):
    assert formula_safe(value) == value


@pytest.fixture
def submitted_formula_page(client_for, member_a):
    page = draft_in(member_a.organisation, FORMULA_TITLE, user=member_a.editor)
    submit(client_for(member_a.editor), page)
    return page


def test_the_editorial_workflow_report_exports_titles_as_text(client_for, network_editor, submitted_formula_page):
    response = client_for(network_editor).get(reverse("hub_workflow_report"), {"export": "csv"})
    assert_formula_kept_as_text(csv_rows(response))

    workbook = client_for(network_editor).get(reverse("hub_workflow_report"), {"export": "xlsx"})
    titles = [row[0] for row in openpyxl.load_workbook(io.BytesIO(workbook.getvalue())).active.rows][1:]
    assert [(title.value, title.data_type) for title in titles] == [(FORMULA_TITLE, "s")]


@pytest.fixture
def administrator_client(db):
    client = Client()  # its own: the fixtures above log their shared client in as a member editor
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD))
    return client


@pytest.mark.parametrize(
    "report", ["site_history", "workflow", "workflow_tasks", "locked_pages", "aging_pages", "page_types_usage"]
)
def test_wagtails_reports_export_titles_as_text(administrator_client, member_a, submitted_formula_page, report):
    submitted_formula_page.locked, submitted_formula_page.locked_at = True, timezone.now()
    submitted_formula_page.save()
    published = draft_in(member_a.organisation, FORMULA_TITLE)
    published.save_revision(log_action=True).publish()

    for url_name in (report, f"{report}_results"):
        response = administrator_client.get(reverse(f"wagtailadmin_reports:{url_name}"), {"export": "csv"})
        rows = csv_rows(response)
        if report == "page_types_usage":  # exports counts per type, no titles
            assert len(rows) > 1
        else:
            assert_formula_kept_as_text(rows)


@pytest.mark.parametrize(
    "report", ["site_history", "workflow", "workflow_tasks", "locked_pages", "aging_pages", "page_types_usage"]
)
@pytest.mark.parametrize("spreadsheet", ["csv", "xlsx"])
def test_wagtails_reports_exports_are_never_stored_by_a_cache(administrator_client, report, spreadsheet):
    for url_name in (report, f"{report}_results"):
        response = administrator_client.get(reverse(f"wagtailadmin_reports:{url_name}"), {"export": spreadsheet})
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
