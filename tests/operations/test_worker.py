"""The worker gives back what dead workers left running, stops after the attempts, and shows it is alive."""

import os
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from hub.tasks import extract_document_text
from tests.testapp.tasks import work_then_lose_the_database

# The worker checks its connection as in production, closing one held in a transaction: no test transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def left_running_by_dead_workers(workers, started_minutes_ago):
    """A task claimed by `workers` workers in turn, the last of which was killed mid-task."""
    result = extract_document_text.enqueue(0).db_result
    DBTaskResult.objects.filter(pk=result.pk).update(
        status="RUNNING",
        started_at=timezone.now() - timedelta(minutes=started_minutes_ago),
        worker_ids=[f"dead-{number}" for number in range(workers)],
    )
    return result


def alive():
    try:
        call_command("hub_worker_alive", verbosity=0)
    except SystemExit as exit:
        return exit.code == 0
    return True


@pytest.fixture
def heartbeat(settings, tmp_path):
    settings.HUB_WORKER_HEARTBEAT_FILE = str(tmp_path / "heartbeat")
    return tmp_path / "heartbeat"


def test_a_task_left_running_by_a_dead_worker_runs_again_after_the_timeout(database_queue, settings, heartbeat):
    settings.HUB_TASK_RUNNING_TIMEOUT = 10 * 60
    recent = left_running_by_dead_workers(1, started_minutes_ago=5)
    abandoned = left_running_by_dead_workers(1, started_minutes_ago=11)

    run_worker()

    recent.refresh_from_db()
    abandoned.refresh_from_db()
    assert recent.status == "RUNNING"  # perhaps still running somewhere: not before the timeout
    assert abandoned.status == "SUCCESSFUL"
    assert len(abandoned.worker_ids) == 2


def test_a_task_whose_workers_keep_dying_fails_for_good_and_shows_in_the_admin(
    database_queue, settings, client, administrator, heartbeat
):
    settings.HUB_TASK_RUNNING_TIMEOUT = 60
    settings.HUB_TASK_MAX_ATTEMPTS = 3
    result = left_running_by_dead_workers(3, started_minutes_ago=2)

    run_worker()

    result.refresh_from_db()
    assert result.status == "FAILED"
    client.force_login(administrator)
    page = client.get("/admin/reports/failed-tasks/").content.decode()
    assert "extract_document_text" in page
    assert "stopped before it finished, 3 times" in page


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the task ends its PostgreSQL connection")
def test_a_task_that_finished_as_the_database_went_away_is_recorded_and_not_run_again(
    database_queue, settings, heartbeat, tmp_path
):
    # Any task left RUNNING counts as abandoned at once: without the worker's memory, it would run again.
    settings.HUB_TASK_RUNNING_TIMEOUT = 0
    done = tmp_path / "done"
    result = work_then_lose_the_database.enqueue(str(done)).db_result

    run_worker()

    result.refresh_from_db()
    assert done.read_text() == "done\n"
    assert result.status == "SUCCESSFUL"
    assert result.return_value == {"done": True}
    assert len(result.worker_ids) == 1


def test_the_liveness_command_tells_whether_the_worker_beat_recently(database_queue, settings, heartbeat):
    settings.HUB_WORKER_HEARTBEAT_MAX_AGE = 60
    assert not alive()  # never started

    run_worker()
    assert alive()

    stale = time.time() - 61
    os.utime(heartbeat, (stale, stale))
    assert not alive()
