"""The done-when test of sending for real: `hub newsletter_send --now` runs as a separate process against a real
SMTP server on a local port and is killed (SIGKILL) half way through an issue, at the worst moment: the server
has taken an email and the sender has not yet heard so. A second run sends each remaining recipient exactly once,
and the one email in flight is not sent again."""

import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django.utils import timezone

from newsletter.models import Delivery, Issue, IssueItem, Subscription
from tests.support.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)

WORK_TREE = Path(__file__).resolve().parents[2]
READERS = 30
KILLED_AT = 10  # the email during whose delivery the sender is killed


@contextmanager
def database_for_another_process(tmp_path):
    """A URL another process can open for the test's database: PostgreSQL's test database itself; SQLite's
    (in memory) copied to a file, and the file copied back when the other process is done."""
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        # A socket directory for a host (as .ci/run connects) is percent-encoded, as dj-database-url reads it.
        host = quote(db["HOST"] or "127.0.0.1", safe="")
        yield f"postgres://{db['USER']}:{db['PASSWORD']}@{host}:{db['PORT'] or 5432}/{db['NAME']}"
        return
    path = tmp_path / "hub.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as copy:
        connection.connection.backup(copy)
    yield f"sqlite:///{path}"
    source = sqlite3.connect(path)
    source.backup(connection.connection)
    source.close()


def newsletter_send(database_url, smtp_port):
    env = {name: value for name, value in os.environ.items() if not name.startswith(("HUB_", "EMAIL_", "DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.dev",
        DATABASE_URL=database_url,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        HUB_PAGE_CACHE="0",
        HUB_NEWSLETTER_BATCH_SIZE="4",
        HUB_NEWSLETTER_EMAILS_PER_MINUTE="0",
    )
    return subprocess.Popen(
        [sys.executable, "-m", "hub.manage", "newsletter_send", "--now"],
        cwd=WORK_TREE,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def issue(newsletter_page):
    issue = Issue.objects.create(
        language="en",
        subject="This week in the network",
        status=Issue.Status.APPROVED,
        scheduled_for=timezone.now() - timedelta(minutes=1),
    )
    IssueItem.objects.create(issue=issue, title="Spring assembly", url="http://testserver/en/news/assembly/")
    Subscription.objects.bulk_create(
        Subscription(email=f"reader{number:02}@example.org", language="en", status=Subscription.Status.CONFIRMED)
        for number in range(READERS)
    )
    return issue


def test_a_sender_killed_half_way_is_carried_on_by_a_rerun_that_sends_each_remaining_recipient_once(issue, tmp_path):
    everyone = sorted(Subscription.objects.values_list("email", flat=True))
    sender = None

    def kill_the_sender(count):
        if count == KILLED_AT:
            sender.send_signal(signal.SIGKILL)
            sender.wait(timeout=30)

    with database_for_another_process(tmp_path) as database_url:
        with SMTPServer(on_message=kill_the_sender) as first:
            sender = newsletter_send(database_url, first.port)
            _out, errors = sender.communicate(timeout=120)
        assert sender.returncode == -signal.SIGKILL, errors
    first_received = first.recipients()
    assert len(first_received) == KILLED_AT == len(set(first_received))
    counts = Counter(Delivery.objects.filter(issue=issue).values_list("status", flat=True))
    # The tenth email reached the server, but the sender died before it heard so: claimed, never sent again.
    assert counts == {
        Delivery.Status.SENT: KILLED_AT - 1,
        Delivery.Status.SENDING: 1,
        Delivery.Status.WAITING: READERS - KILLED_AT,
    }
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENDING

    with database_for_another_process(tmp_path) as database_url:
        with SMTPServer() as second:
            rerun = newsletter_send(database_url, second.port)
            out, errors = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, errors
    assert f"{READERS - KILLED_AT} emails sent" in out
    second_received = second.recipients()
    assert not set(second_received) & set(first_received)
    everyone_received = Counter(first_received + second_received)
    assert sorted(everyone_received) == everyone and set(everyone_received.values()) == {1}
    assert Issue.objects.get(pk=issue.pk).status == Issue.Status.SENT

    with database_for_another_process(tmp_path) as database_url:
        with SMTPServer() as third:
            assert newsletter_send(database_url, third.port).wait(timeout=120) == 0
    assert third.recipients() == []
