"""The hub under faults: its own PostgreSQL, Redis, mail server, worker and web server, each stopped and
restarted in turn under a bounded load of page views and form posts (three threads, 127.0.0.1 only).

It asserts what a visitor and the network team would notice: no 500 except while the database itself is gone;
every submission the site accepted is stored exactly once and its email is sent exactly once after the mail
server recovers; a worker killed mid-task leaves nothing RUNNING and a database restart does not stop the
worker. Prints a table of faults and outcomes. Then two workers share a few hundred tasks, one of them killed on
the way (issue 24's "several workers"). About two minutes; run by .ci/run as a stage of its own (the default pytest
run leaves tests/faults out).
"""

import http.client
import itertools
import json
import os
import shutil
import signal
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from urllib.parse import urlencode

import pytest

from tests.faults import services
from tests.faults.services import HOST

EMAIL_TIMEOUT = 4  # seconds: a request that waited on the silent mail server would take at least this long
RUNNING_TIMEOUT = 8  # seconds before a task left RUNNING by a killed worker is run again

BUILD_PAGES = """
import json
from campaigns.models import CampaignIndexPage, CampaignPage
from events.demo import ensure_index
from events.models import EventPage
from django.utils import timezone
from hub.setup import ensure_setup, synchronise_trees

home = ensure_setup()
campaigns = home.add_child(instance=CampaignIndexPage(title="Campaigns", slug="campaigns"))
campaigns.save_revision().publish()
campaign = campaigns.add_child(instance=CampaignPage(
    title="A time limit on detention", summary="Why it matters.", ask="<p>Change the rules.</p>",
    decision_maker="The Home Secretary", pledge_text="I support a time limit.", status="active"))
campaign.save_revision().publish()
start = timezone.now() + timezone.timedelta(days=10)
event = ensure_index(home).add_child(instance=EventPage(
    title="Regional meeting", event_type="regional-meeting", summary="Meet the network.",
    start=start, end=start + timezone.timedelta(hours=2), registration="open"))
event.save_revision().publish()
synchronise_trees()
print(json.dumps({"home": home.url, "campaign": campaign.url, "event": event.url}))
"""

pytestmark = pytest.mark.skipif(
    bool(services.missing_programs()), reason=f"needs {', '.join(services.missing_programs())}"
)


class Load:
    """A few threads viewing pages and posting forms, each request recorded with the phase it started in."""

    def __init__(self, port, pages, threads=3):
        self.port = port
        self.pages = pages
        self.phase = "warming up"
        self.records = []  # (phase, kind, status, seconds, email)
        self.running = True
        self.numbers = itertools.count()
        self.threads = [threading.Thread(target=self.visit, daemon=True) for _ in range(threads)]
        for thread in self.threads:
            thread.start()

    def request(self, kind, method, path, form=None, email=None):
        phase, started = self.phase, time.monotonic()
        connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
        headers = {}
        body = None
        if form is not None:
            body = urlencode(form)
            headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": f"http://{HOST}:{self.port}"}
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            status, text = response.status, response.read().decode(errors="replace")
        except OSError:
            status, text = "no answer", ""
        finally:
            connection.close()
        ended = time.monotonic()
        self.records.append((phase, kind, status, ended - started, email, text, started, ended))

    def visit(self):
        while self.running:
            number = next(self.numbers)
            self.request("page", "GET", self.pages["home"])
            self.request("page", "GET", self.pages["campaign"])
            email = f"pledge-{number}@example.org"
            self.request(
                "pledge",
                "POST",
                self.pages["campaign"] + "pledge/",
                {"name": "Amina", "email": email, "postcode": "E8 1DY", "website": ""},
                email,
            )
            email = f"register-{number}@example.org"
            self.request(
                "registration",
                "POST",
                self.pages["event"] + "register/",
                {"name": "Kofi", "email": email, "phone": "", "access_needs": "", "consent": "on"},
                email,
            )
            self.request("health", "GET", "/healthz")
            time.sleep(0.1)

    def stop(self):
        self.running = False
        for thread in self.threads:
            thread.join(timeout=40)


def accepted(record):
    """A submission the site said it took: the pledge's redirect to its thanks, the registration's page."""
    kind, status, text = record[1], record[2], record[5]
    if kind == "pledge":
        return status == 302
    return kind == "registration" and status == 200 and "We will email a confirmation" in text


@pytest.fixture(scope="module")
def stack():
    with ExitStack() as cleanup:
        directory = tempfile.mkdtemp(prefix="hub-faults-")
        cleanup.callback(shutil.rmtree, directory)
        postgres = services.Postgres(directory)
        redis = services.Redis()
        mail = services.MailServer()
        cleanup.callback(mail.shutdown)
        web_port = services.free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "DEBUG": "false",
            "DATABASE_URL": postgres.url,
            "REDIS_URL": redis.url,
            "EMAIL_HOST": HOST,
            "EMAIL_PORT": str(mail.port),
            "EMAIL_TIMEOUT": str(EMAIL_TIMEOUT),
            "HUB_EMAIL_RETRY_SECONDS": "1",
            "HUB_EMAIL_MAX_ATTEMPTS": "30",
            "HUB_TASK_RUNNING_TIMEOUT": str(RUNNING_TIMEOUT),
            "HUB_WORKER_HEARTBEAT_FILE": f"{directory}/heartbeat",
            "HUB_CAMPAIGNS_PLEDGES_PER_HOUR": "1000000",
            "ALLOWED_HOSTS": HOST,
            "SITE_URL": f"http://{HOST}:{web_port}",
            "MEDIA_ROOT": f"{directory}/media",
            "HUB_PRIVATE_MEDIA_ROOT": f"{directory}/private-media",
            "PYTHONPATH": str(services.ROOT),
        }
        env.pop("OPENSEARCH_URL", None)
        env.pop("ELASTICSEARCH_URL", None)
        postgres.create()
        cleanup.callback(postgres.stop_if_running)
        redis.start()
        cleanup.callback(redis.stop)
        services.hub_command(env, "migrate", "-v0")
        built = services.hub_command(env, "shell", "--no-imports", "-c", BUILD_PAGES)
        logs = cleanup.enter_context(open(f"{directory}/processes.log", "w"))
        parts = {
            "postgres": postgres,
            "redis": redis,
            "mail": mail,
            "env": env,
            "logs": logs,
            "pages": json.loads(built.strip().splitlines()[-1]),
            "web_port": web_port,
        }
        # Whichever worker runs at the end is stopped (the first one is killed on the way).
        parts["worker_id"] = "faults-worker-1"
        parts["worker"] = services.start_worker(env, parts["worker_id"], logs)
        cleanup.callback(lambda: services.stop(parts["worker"]))
        parts["web"] = services.start_web(env, web_port, logs)
        cleanup.callback(services.stop, parts["web"])
        yield parts


def task_statuses(postgres):
    with postgres.connect() as connection:
        return dict(
            connection.execute("SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status")
        )


def running_task_workers(postgres):
    with postgres.connect() as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT worker_ids FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'"
            )
        ]


def stored(postgres):
    with postgres.connect() as connection:
        pledges = [row[0] for row in connection.execute("SELECT email FROM campaigns_pledge")]
        registrations = [row[0] for row in connection.execute("SELECT email FROM events_registration")]
    return Counter(pledges + registrations)


def test_the_hub_degrades_and_recovers_under_each_fault(stack):
    postgres, redis, mail = stack["postgres"], stack["redis"], stack["mail"]
    load = Load(stack["web_port"], stack["pages"])
    notes = {}
    started = time.monotonic()

    def during(phase, seconds):
        load.phase = phase
        time.sleep(seconds)

    try:
        during("warming up", 3)
        during("normal (mail server silent)", 4)

        redis.stop()
        during("Redis down", 6)
        redis.start()
        during("Redis back", 3)

        # The mail server has been silent from the start: the worker is waiting on it, for up to EMAIL_TIMEOUT.
        load.phase = "worker killed mid-task"
        services.wait_until(lambda: running_task_workers(postgres), 30, "a task running on the silent mail server")
        stack["worker"].send_signal(signal.SIGKILL)
        stack["worker"].wait()
        stack["worker_id"] = "faults-worker-2"
        stack["worker"] = services.start_worker(stack["env"], stack["worker_id"], stack["logs"])
        during("worker killed mid-task", RUNNING_TIMEOUT + 4)
        notes["worker killed mid-task"] = "task of the killed worker re-run after the timeout"

        mail.answer()
        during("mail server answers", 3)

        load.phase = "PostgreSQL down"
        database_gone = time.monotonic()
        postgres.stop()
        time.sleep(2)
        notes["PostgreSQL down"] = f"/healthz: {health(stack['web_port'])}"
        time.sleep(3)
        notes["PostgreSQL down"] += "; its 500s are requests the database failed"
        postgres.start()
        database_back = time.monotonic()
        during("PostgreSQL back", 6)
        worker_survived = stack["worker"].poll() is None
        notes["PostgreSQL back"] = (
            f"worker {'kept running' if worker_survived else 'EXITED'}; /healthz: {health(stack['web_port'])}"
        )
    finally:
        load.stop()

    # A request under way while the database went away is one the database failed: it counts with the outage.
    outage = "PostgreSQL down"
    load.records = [(outage, *r[1:]) if database_gone <= r[7] and r[6] <= database_back else r for r in load.records]
    unexpected_500 = [r[:4] for r in load.records if r[2] == 500 and r[0] != outage]
    print_table(load.records, notes, time.monotonic() - started)

    # Recovery: the queue drains, every message is delivered.
    def drained():
        statuses = task_statuses(postgres)
        return not statuses.get("READY") and not statuses.get("RUNNING")

    services.wait_until(drained, 90, "the task queue to drain")
    statuses = task_statuses(postgres)
    rows = stored(postgres)
    sent = Counter(recipient for recipients in mail.received for recipient in recipients)
    abandoned_then_rerun = [ids for ids in all_worker_ids(postgres) if ids[0] == "faults-worker-1" and len(ids) > 1]
    taken = [r[4] for r in load.records if accepted(r)]
    print(
        f"After recovery: {len(taken)} submissions accepted, {sum(rows.values())} stored, {sum(sent.values())} emails "
        f"sent to {len(sent)} addresses; tasks {statuses}; {len(abandoned_then_rerun)} abandoned task(s) run again"
    )

    assert not unexpected_500, f"500 answers outside the database outage: {unexpected_500[:5]}"
    assert not [r[:4] for r in load.records if r[2] == "no answer"]
    # The first requests of each web process import and compile what they need.
    posts = [r for r in load.records if r[1] in ("pledge", "registration") and r[0] != "warming up"]
    slow_posts = [r[:4] for r in posts if r[3] >= EMAIL_TIMEOUT]
    assert not slow_posts, f"form posts that waited on the mail server: {slow_posts[:5]}"
    assert taken, "no submission was accepted"
    assert all(rows[email] == 1 for email in taken), "an accepted submission is missing or stored twice"
    assert max(rows.values()) == 1
    assert all(sent[email] == 1 for email in taken), "an accepted submission's email was not sent, or sent twice"
    assert max(sent.values()) == 1
    assert statuses.get("FAILED", 0) == 0
    assert abandoned_then_rerun, "the killed worker's task was not run again"
    assert worker_survived, "the worker exited when PostgreSQL restarted"


def all_worker_ids(postgres):
    with postgres.connect() as connection:
        return [row[0] for row in connection.execute("SELECT worker_ids FROM django_tasks_database_dbtaskresult")]


def health(port):
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        connection.request("GET", "/healthz")
        return connection.getresponse().status
    finally:
        connection.close()


def print_table(records, notes, seconds):
    phases = list(dict.fromkeys(record[0] for record in records))
    print(f"\nFaults and outcomes ({len(records)} requests in {seconds:.0f} s)")
    header = f"{'fault':30} {'requests':>8} {'accepted':>8} {'2xx/3xx':>8} {'4xx':>5} {'500':>5} {'503':>5} {'page p50':>9} {'slowest post':>12}  notes"
    print(header)
    print("-" * len(header))
    for phase in phases:
        rows = [record for record in records if record[0] == phase]
        statuses = Counter(record[2] for record in rows)
        posts = [record[3] for record in rows if record[1] in ("pledge", "registration")]
        pages = sorted(record[3] for record in rows if record[1] == "page") or [0]
        ok = sum(count for status, count in statuses.items() if isinstance(status, int) and status < 400)
        client_errors = sum(
            count
            for status, count in statuses.items()
            if isinstance(status, int) and 400 <= status < 500 and status != 429
        )
        print(
            f"{phase:30} {len(rows):>8} {sum(map(accepted, rows)):>8} {ok:>8} {client_errors:>5} {statuses[500]:>5} "
            f"{statuses[503]:>5} {pages[len(pages) // 2]:>8.2f}s {max(posts, default=0):>11.2f}s  {notes.get(phase, '')}"
        )


QUEUE_EMAILS = """
from django.core.mail import send_mail
for number in range({count}):
    send_mail("Two workers", "One message of many.", None, [f"worker-test-{{number}}@example.org"])
"""


def test_two_workers_never_run_a_task_twice_and_one_dying_leaves_the_other_going(stack):
    """Two `hub db_worker` processes on one PostgreSQL queue share a few hundred tasks: each task is run by one of
    them; when one is killed, the other takes the rest, and only the task the killed one was running is run again."""
    postgres, mail = stack["postgres"], stack["mail"]
    mail.answer()
    count = 300
    with postgres.connect() as connection:
        done_before = connection.execute(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'SUCCESSFUL'"
        ).fetchone()[0]
    second = services.start_worker(stack["env"], "faults-worker-3", stack["logs"])
    try:
        services.hub_command(stack["env"], "shell", "--no-imports", "-c", QUEUE_EMAILS.format(count=count))
        services.wait_until(lambda: delivered(mail) >= count // 3, 60, "a third of the messages delivered")
        killed = stack["worker_id"]
        stack["worker"].send_signal(signal.SIGKILL)
        stack["worker"].wait()
        services.wait_until(lambda: delivered(mail) >= count, 120, "every message delivered by the worker left")
        services.wait_until(lambda: not task_statuses(postgres).get("RUNNING"), RUNNING_TIMEOUT * 4, "no task left")
    finally:
        services.stop(second)
    with postgres.connect() as connection:
        runs = [
            row[0]
            for row in connection.execute(
                "SELECT worker_ids FROM django_tasks_database_dbtaskresult WHERE args_kwargs::text LIKE %s",
                ("%worker-test-%",),
            )
        ]
    print(f"\nTwo workers: {len(runs)} tasks; runs per worker {Counter(ids[-1] for ids in runs)}")
    assert len(runs) == count
    assert {ids[-1] for ids in runs} == {killed, "faults-worker-3"}, "both workers took tasks"
    run_twice = [ids for ids in runs if len(ids) > 1]
    assert all(ids[0] == killed for ids in run_twice), f"tasks run twice while both workers lived: {run_twice}"
    assert len(run_twice) <= 1, "only the task the killed worker was running is run again"
    sent = Counter(r for recipients in mail.received for r in recipients if r.startswith("worker-test-"))
    assert len(sent) == count and max(sent.values()) <= 1 + len(run_twice)
    assert task_statuses(postgres).get("SUCCESSFUL", 0) == done_before + count


def delivered(mail):
    return sum(1 for recipients in mail.received for r in recipients if r.startswith("worker-test-"))
