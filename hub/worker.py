"""The background worker kept alive through database restarts, and the tasks of workers that died.

django_tasks_db's worker exits on the first database error; `hub db_worker` (this worker) closes the broken
connections, waits and carries on. A task is marked RUNNING when a worker claims it: if that worker is killed
(out of memory, a restart), the task stays RUNNING for ever. Every minute or so the worker gives such tasks,
left RUNNING longer than HUB_TASK_RUNNING_TIMEOUT, back to the queue, until they have been claimed
HUB_TASK_MAX_ATTEMPTS times: then they are marked failed, and administrators see them among the failed tasks
(hub.task_reports). The timeout must be longer than any task takes.

A task that finished while the database went away (its result could not be saved) is not left RUNNING to be run
again: the worker remembers it finished and records it as soon as the database is back, before it looks for
abandoned tasks. An email sent just before an outage is not sent a second time.

The worker touches HUB_WORKER_HEARTBEAT_FILE on every round, around every task and while it waits for the
database; `hub hub_worker_alive`
reads it for a supervisor's health check.
"""

import logging
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections, transaction
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

RECONNECT_SECONDS = 2
# How often the worker looks for abandoned tasks: a query over every task result, so not on every round.
ABANDONED_CHECK_SECONDS = 60
ABANDONED = "hub.worker.AbandonedTask"


def beat():
    path = Path(settings.HUB_WORKER_HEARTBEAT_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()


def seconds_since_last_beat():
    """How long ago the worker last showed it was alive, or None if it never did."""
    try:
        return time.time() - Path(settings.HUB_WORKER_HEARTBEAT_FILE).stat().st_mtime
    except FileNotFoundError:
        return None


def requeue_abandoned_tasks(backend_name):
    """Tasks left RUNNING past the timeout go back to the queue, or fail once they have had every attempt."""
    cutoff = timezone.now() - timedelta(seconds=settings.HUB_TASK_RUNNING_TIMEOUT)
    with transaction.atomic():
        abandoned = DBTaskResult.objects.running().filter(backend_name=backend_name, started_at__lt=cutoff)
        for result in abandoned.select_for_update(skip_locked=True):
            attempts = len(result.worker_ids)
            if attempts >= settings.HUB_TASK_MAX_ATTEMPTS:
                logger.error(
                    "Task %s (%s) was abandoned %s times: marked failed", result.id, result.task_path, attempts
                )
                result.status = TaskResultStatus.FAILED
                result.finished_at = timezone.now()
                result.exception_class_path = ABANDONED
                result.traceback = (
                    f"The worker running this task stopped before it finished, {attempts} times "
                    f"(each time it was left running over {settings.HUB_TASK_RUNNING_TIMEOUT} s)."
                )
                result.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
            else:
                logger.warning(
                    "Task %s (%s) was left running by a worker that stopped: queued again", result.id, result.task_path
                )
                result.status = TaskResultStatus.READY
                result.save(update_fields=["status"])


def close_broken_connections():
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except DatabaseError:
            # A connection the server dropped cannot close cleanly; Django forgets it all the same.
            connection.connection = None


class ResilientWorker(Worker):
    """Runs django_tasks_db's worker in rounds ("batch" mode: every ready task, then back here), so that
    between rounds it can beat, requeue abandoned tasks and survive a database that went away."""

    def __init__(self, *, interval, batch, **options):
        super().__init__(interval=interval, batch=True, **options)
        self.round_interval = interval
        self.single_round = batch
        self.next_abandoned_check = 0.0
        self.database_down = False
        self.unrecorded_successes = []  # (task result, its return value) finished while the database was gone

    def run(self):
        logger.info("Worker %s started", self.worker_id)
        while self.running:
            try:
                self.housekeeping()
                super().run()
            except (OperationalError, InterfaceError) as error:
                if not self.database_down:  # once an outage, not every few seconds of it
                    logger.warning(
                        "Database unavailable (%s): the worker reconnects every %s s", error, RECONNECT_SECONDS
                    )
                self.database_down = True
                close_broken_connections()
                self.sleep(RECONNECT_SECONDS)
                continue
            if self.database_down:
                logger.warning("Database reachable again: the worker carries on")
                self.database_down = False
            # Only the first round waits a random moment (several workers starting together).
            self.startup_delay = False
            if self.single_round:
                return
            self.sleep(self.round_interval)

    def housekeeping(self):
        """Between rounds and after every task (a busy queue may keep a round going for long)."""
        beat()
        self.record_unrecorded_successes()
        if time.monotonic() >= self.next_abandoned_check:
            requeue_abandoned_tasks(self.backend_name)
            self.next_abandoned_check = time.monotonic() + min(
                ABANDONED_CHECK_SECONDS, settings.HUB_TASK_RUNNING_TIMEOUT / 2
            )

    def sleep(self, seconds):
        if self.running:
            time.sleep(seconds)

    def run_task(self, db_task_result):
        beat()
        returned = []
        save_success = db_task_result.set_successful

        def set_successful(return_value):
            returned.append(return_value)  # the task itself is done, whether or not the database takes it
            save_success(return_value)

        db_task_result.set_successful = set_successful
        try:
            super().run_task(db_task_result)
        except (OperationalError, InterfaceError):
            if returned:
                self.unrecorded_successes.append((db_task_result, returned[0]))
            raise
        finally:
            self.housekeeping()

    def record_unrecorded_successes(self):
        """Mark successful the tasks that finished during an outage, unless another worker took them since."""
        while self.unrecorded_successes:
            result, return_value = self.unrecorded_successes[0]
            DBTaskResult.objects.filter(
                pk=result.pk, status=TaskResultStatus.RUNNING, started_at=result.started_at
            ).update(
                status=TaskResultStatus.SUCCESSFUL,
                finished_at=timezone.now(),
                return_value=return_value,
                exception_class_path="",
                traceback="",
            )
            logger.warning("Task %s (%s) finished during a database outage: recorded now", result.pk, result.task_path)
            self.unrecorded_successes.pop(0)
