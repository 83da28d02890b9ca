"""The quick start's arrangement under an editorial round: `hub runserver` and `hub db_worker` run as real
processes on one SQLite file (the worker indexing every page the editors save, as they save it) while a member
editor and a network editor work in Chromium. No error page, nothing half done: every page in every tree."""

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.admin_steps import moderate, sign_in
from tests.support.people import PASSWORD

WORK_TREE = Path(__file__).resolve().parents[2]
TITLES = ["Saturday drop-in", "Legal advice clinic", "Winter coats appeal"]
# A writer may wait for others to finish (the busy timeout is 60 s): no step is failed for being slow.
WAIT = 120_000

PEOPLE = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from hub.onboarding import onboard_member
from hub.roles import NETWORK_EDITORS
member = onboard_member(name="Amani Women's Group", editor_email="editor@amani.example.org", invite=False)
member.editor.set_password({PASSWORD!r})
member.editor.save()
get_user_model().objects.create_user("network", "network@example.org", {PASSWORD!r}).groups.add(
    Group.objects.get(name=NETWORK_EDITORS)
)
print(member.organisation.pk)
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def hub(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "hub.manage", *args],
        env=env,
        cwd=WORK_TREE,
        check=True,
        capture_output=True,
        text=True,
        **kwargs,
    ).stdout


class QuickStart:
    def __init__(self, tmp_path):
        self.database = tmp_path / "hub.sqlite3"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.logs = {name: tmp_path / f"{name}.log" for name in ("server", "worker")}
        self.env = {
            name: value
            for name, value in os.environ.items()
            if name not in {"DATABASE_URL", "REDIS_URL", "ELASTICSEARCH_URL", "OPENSEARCH_URL", "TASKS_BACKEND"}
        }
        self.env.update(
            DJANGO_SETTINGS_MODULE="hub.settings.dev",
            DATABASE_URL=f"sqlite:///{self.database}",
            SITE_URL=self.url,
            MEDIA_ROOT=str(tmp_path / "media"),
            HUB_PRIVATE_MEDIA_ROOT=str(tmp_path / "private-media"),
            # The page cache's files live in the work tree, shared with other runs: public pages read fresh here.
            HUB_PAGE_CACHE="0",
        )
        self.processes = []

    def prepare(self):
        hub(self.env, "migrate", "--verbosity", "0")
        self.organisation_id = int(hub(self.env, "shell", "--verbosity", "0", "--command", PEOPLE).split()[-1])

    def start(self, name, *args):
        with self.logs[name].open("w") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "hub.manage", *args], env=self.env, cwd=WORK_TREE, stdout=log, stderr=log
            )
        self.processes.append(process)

    def serve(self):
        self.start("worker", "db_worker")
        self.start("server", "runserver", f"127.0.0.1:{self.port}", "--noreload")
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/admin/login/", timeout=5)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    def stop(self):
        for process in self.processes:
            process.terminate()
            process.wait(timeout=30)

    def log(self, name):
        return self.logs[name].read_text()

    def query(self, sql, *params):
        with sqlite3.connect(self.database) as database:
            return database.execute(sql, params).fetchall()


@pytest.fixture
def quick_start(tmp_path):
    quick_start = QuickStart(tmp_path)
    quick_start.prepare()
    try:
        quick_start.serve()
        yield quick_start
    finally:
        quick_start.stop()


@pytest.fixture
def log_in(browser, quick_start):
    contexts = []
    errors = []

    def as_user(username):
        context = browser.new_context(base_url=quick_start.url, locale="en-GB")
        context.on("response", lambda response: response.status >= 500 and errors.append(response.url))
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(WAIT)
        sign_in(page, username, timeout=WAIT)
        return page

    as_user.errors = errors
    yield as_user
    for context in contexts:
        context.close()


def create_and_submit(page, organisation_id, title):
    page.goto(f"/admin/pages/{organisation_id}/add_subpage/")
    page.get_by_role("link", name="Content page", exact=True).click()
    page.locator("#id_title").click()
    page.keyboard.type(title)
    page.keyboard.press("Tab")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("^Submit to")).click()
    expect(page.get_by_text("submitted for moderation")).to_be_visible(timeout=WAIT)


def moderate_from_dashboard(page, title, action, comment=""):
    page.goto("/admin/")
    moderate(page, title, action, comment, timeout=WAIT)


def test_an_editorial_round_beside_the_worker_on_one_sqlite_file(quick_start, log_in):
    editor = log_in("editor@amani.example.org")
    network = log_in("network")

    for title in TITLES:
        create_and_submit(editor, quick_start.organisation_id, title)
    moderate_from_dashboard(network, TITLES[0], "Request changes", comment="Please add the address.")
    moderate_from_dashboard(network, TITLES[1], "Approve")
    editor.goto("/admin/pages/search/?q=Saturday")
    editor.get_by_role("link", name=TITLES[0]).first.click()
    editor.locator("#id_title").fill(f"{TITLES[0]} at 12 Hope Street")
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name=re.compile("^Resubmit to")).click()
    expect(editor.get_by_text("submitted for moderation")).to_be_visible(timeout=WAIT)
    moderate_from_dashboard(network, f"{TITLES[0]} at 12 Hope Street", "Approve")
    moderate_from_dashboard(network, TITLES[2], "Approve")

    assert log_in.errors == []
    languages = quick_start.query("SELECT COUNT(*) FROM wagtailcore_locale")[0][0]
    assert languages == 17
    for title in [f"{TITLES[0]} at 12 Hope Street", *TITLES[1:]]:
        # Every tree holds the page, live: the original and its aliases, published together on approval.
        assert quick_start.query(
            "SELECT COUNT(*), SUM(live) FROM wagtailcore_page WHERE translation_key = "
            "(SELECT translation_key FROM wagtailcore_page WHERE title = ? AND alias_of_id IS NULL)",
            title,
        ) == [(languages, languages)]
    network.goto("/fr/members/amani-womens-group/legal-advice-clinic/")
    expect(network.locator("h1")).to_have_text("Legal advice clinic", timeout=WAIT)
    assert "Every language's tree holds every page." in hub(quick_start.env, "hub_repair_trees", "--dry-run")
    assert quick_start.query("PRAGMA journal_mode") == [("wal",)]
    for name in ("server", "worker"):
        assert "database is locked" not in quick_start.log(name)
    # The worker wrote meanwhile (search and reference indexes of the pages saved), beside the server.
    assert quick_start.query("SELECT COUNT(*) FROM django_tasks_database_dbtaskresult WHERE status = 'SUCCESSFUL'")[0][
        0
    ]
