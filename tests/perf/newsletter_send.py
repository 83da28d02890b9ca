"""Benchmark: one newsletter issue sent to 20,000 subscribers through a real local SMTP server (aiosmtpd).

    .venv/bin/python tests/perf/newsletter_send.py [--subscribers 20000] [--small 2000] [--output FILE]

Builds a PostgreSQL database of its own (dropped and rebuilt: migrations, the newsletter page, the subscribers,
one approved issue of ten items for `--small` subscribers in French and one for `--subscribers` in English), then
runs `hub newsletter_send --now` as a separate process for each issue, at no rate limit, against aiosmtpd on
127.0.0.1. It reports each send's wall time, emails per second and the sending process's peak resident memory:
the same peak for ten times the subscribers shows the send runs in bounded memory (batches, never the whole
list). Checks that every subscriber got the issue once. Not part of the test suite (pytest ignores tests/perf).
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
HUB = str(ROOT / ".venv" / "bin" / "hub")
HOST = "127.0.0.1"

SETUP = """
from django.utils import timezone
from wagtail.models import Locale
from hub.models import MembersIndexPage
from newsletter.demo import ensure_newsletter_page
from newsletter.models import Issue, IssueItem, Subscription

home = MembersIndexPage.objects.get(locale=Locale.get_default()).get_parent().specific
ensure_newsletter_page(home)
for language, count in (("fr", {small}), ("en", {large})):
    Subscription.objects.bulk_create(
        (
            Subscription(
                email=f"reader{{number}}.{{language}}@example.org",
                language=language,
                status=Subscription.Status.CONFIRMED,
                confirmed_at=timezone.now(),
            )
            for number in range(count)
        ),
        batch_size=5000,
    )
    issue = Issue.objects.create(
        language=language,
        subject="The network this week",
        introduction="Forty organisations met in Birmingham.",
        status=Issue.Status.DRAFT,
    )
    IssueItem.objects.bulk_create(
        IssueItem(
            issue=issue,
            position=position,
            title=f"News item {{position}}",
            summary="A summary of a paragraph or so, as the news pages' summaries are. " * 3,
            url=f"https://hub.example.org/{{language}}/news/item-{{position}}/",
        )
        for position in range(10)
    )
"""

APPROVE = """
from django.utils import timezone
from newsletter.models import Issue
Issue.objects.filter(language={language!r}).update(status=Issue.Status.APPROVED, scheduled_for=timezone.now())
"""

COUNT_SENT = """
from newsletter.models import Delivery
print(Delivery.objects.filter(issue__language={language!r}, status=Delivery.Status.SENT).count())
"""


class CountingHandler:
    """Keeps each message's recipients and size, not the message: the benchmark's own memory stays small."""

    def __init__(self):
        self.recipients = Counter()
        self.bytes = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.recipients.update(envelope.rcpt_tos)
            self.bytes += len(envelope.content)
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def run(*args, env):
    return subprocess.run(args, env=env, check=True, text=True, capture_output=True)


def hub_shell(code, env):
    return run(HUB, "shell", "--no-imports", "-c", code, env=env).stdout.strip()


def timed_send(env):
    """Runs `hub newsletter_send --now`; returns its wall seconds and peak resident memory in MiB."""
    started = time.monotonic()
    process = subprocess.Popen([HUB, "newsletter_send", "--now"], env=env, stdout=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("newsletter_send failed")
    print(process.stdout.read().strip(), flush=True)
    return seconds, usage.ru_maxrss / 1024  # Linux gives kibibytes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscribers", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--database", default="hub_newsletter_bench")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "newsletter_send.json"))
    args = parser.parse_args()

    handler = CountingHandler()
    port = free_port()
    controller = Controller(handler, hostname=HOST, port=port)
    controller.start()
    env = {name: value for name, value in os.environ.items() if not name.startswith(("HUB_", "EMAIL_", "DATABASE"))}
    env.update(
        DJANGO_SETTINGS_MODULE="hub.settings.dev",
        DEBUG="0",
        DATABASE_URL=f"postgres://postgres@{HOST}/{args.database}",
        EMAIL_HOST=HOST,
        EMAIL_PORT=str(port),
        HUB_PAGE_CACHE="0",
        HUB_NEWSLETTER_EMAILS_PER_MINUTE="0",
    )
    subprocess.run(["dropdb", "--if-exists", "-h", HOST, "-U", "postgres", args.database], check=True)
    subprocess.run(["createdb", "-h", HOST, "-U", "postgres", args.database], check=True)
    print("Migrating and adding the subscribers…", flush=True)
    run(HUB, "migrate", "-v0", env=env)
    hub_shell(SETUP.format(small=args.small, large=args.subscribers), env)

    results = []
    for language, subscribers in (("fr", args.small), ("en", args.subscribers)):
        hub_shell(APPROVE.format(language=language), env)
        seconds, peak_mib = timed_send(env)
        sent = int(hub_shell(COUNT_SENT.format(language=language), env))
        received = [address for address in handler.recipients if address.endswith(f".{language}@example.org")]
        assert len(received) == sent == subscribers, (len(received), sent, subscribers)
        assert all(handler.recipients[address] == 1 for address in received)
        results.append(
            {
                "subscribers": subscribers,
                "seconds": round(seconds, 1),
                "emails_per_second": round(subscribers / seconds, 1),
                "peak_rss_mib": round(peak_mib, 1),
            }
        )
        print(json.dumps(results[-1]), flush=True)
    controller.stop()
    Path(args.output).write_text(
        json.dumps({"date": time.strftime("%Y-%m-%d"), "bytes_received": handler.bytes, "runs": results}, indent=2)
        + "\n"
    )


if __name__ == "__main__":
    sys.exit(main())
