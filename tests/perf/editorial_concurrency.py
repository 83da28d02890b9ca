"""Measure: editors working at once in the quick start (`hub hub_start`: runserver and the task worker on one
SQLite file), counting error pages and pages left missing from some languages' trees.

    .venv/bin/python tests/perf/editorial_concurrency.py [--editors 4] [--pages 5]

Builds the quick start in a temporary directory and serves it on 127.0.0.1. Each editor (a member editor of the
demo whose pages need review, in a Chromium of their own) creates pages and submits them; a network editor
approves what arrives meanwhile. Prints how many of those actions answered with an error, and how many pages
some language's tree lacks afterwards. Not part of the test suite (pytest ignores tests/perf); the browser test
tests/browser/test_server_and_worker_on_sqlite.py is the test.
"""

import argparse
import multiprocessing
import os
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "editorial-concurrency"
CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")
WAIT = 120_000


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def open_page(playwright, url, username):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    page = browser.new_context(base_url=url, locale="en-GB").new_page()
    page.set_default_timeout(WAIT)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=WAIT)
    return page


def status_of_post(page, action):
    with page.expect_response(lambda response: response.request.method == "POST", timeout=WAIT) as response:
        action()
    page.wait_for_load_state()
    return response.value.status


def member_editor(url, username, organisation_id, pages, statuses):
    with sync_playwright() as playwright:
        page = open_page(playwright, url, username)
        for number in range(pages):
            page.goto(f"/admin/pages/{organisation_id}/add_subpage/")
            page.get_by_role("link", name="Content page", exact=True).click()
            page.locator("#id_title").click()
            page.keyboard.type(f"Concurrent page {organisation_id}-{number}")
            page.keyboard.press("Tab")

            def submit():
                page.get_by_role("button", name="More actions").click()
                page.get_by_role("button", name=re.compile("^Submit to")).click()

            statuses.append(("create and submit", status_of_post(page, submit)))


def network_editor(url, statuses, editors_done):
    with sync_playwright() as playwright:
        page = open_page(playwright, url, "network.editor")
        while True:
            # Read before the dashboard: a submission made while it loads is seen on the next round.
            last_round = editors_done.is_set()
            page.goto("/admin/")
            rows = page.locator("tr", has_text="Concurrent page").filter(has=page.get_by_role("button", name="Actions"))
            if not rows.count():
                if last_round:
                    return
                time.sleep(1)
                continue
            rows.first.get_by_role("button", name="Actions").click()
            approve = rows.first.get_by_role("button", name="Approve", exact=True)
            statuses.append(("approve", status_of_post(page, approve.click)))


def pages_missing_from_trees(database):
    with sqlite3.connect(database) as connection:
        (languages,) = connection.execute("SELECT COUNT(*) FROM wagtailcore_locale").fetchone()
        return connection.execute(
            "SELECT COUNT(*) FROM (SELECT translation_key FROM wagtailcore_page WHERE depth > 1 "
            "GROUP BY translation_key HAVING COUNT(*) < ?)",
            (languages,),
        ).fetchone()[0]


def reviewed_members(database, count):
    """(editor's username, organisation page id) of demo members whose pages need review."""
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT user.username, page.id FROM wagtailcore_page page "
            "JOIN hub_memberorganisationpage member ON member.page_ptr_id = page.id "
            "JOIN wagtailcore_locale locale ON locale.id = page.locale_id "
            "JOIN auth_group grp ON grp.name = page.title || ' editors' "
            "JOIN auth_user_groups membership ON membership.group_id = grp.id "
            "JOIN auth_user user ON user.id = membership.user_id "
            "WHERE locale.language_code = 'en' AND NOT member.trusted_publisher ORDER BY page.path LIMIT ?",
            (count,),
        ).fetchall()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--editors", type=int, default=4)
    parser.add_argument("--pages", type=int, default=5, help="pages each editor creates")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        database = Path(directory) / "hub.sqlite3"
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{database}",
            "SITE_URL": url,
            "HUB_DEMO_PASSWORD": PASSWORD,
            "MEDIA_ROOT": f"{directory}/media",
            "HUB_PRIVATE_MEDIA_ROOT": f"{directory}/private-media",
        }
        hub = [sys.executable, "-m", "hub.manage"]
        subprocess.run([*hub, "hub_start", "--no-serve"], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        # What `hub_start` serves with, as processes of their own so that they can be stopped from here.
        with open(f"{directory}/server.log", "w") as log:
            running = [
                subprocess.Popen([*hub, *command], env=env, cwd=ROOT, stdout=log, stderr=log)
                for command in (["db_worker"], ["runserver", f"127.0.0.1:{port}", "--noreload"])
            ]
        try:
            while True:
                try:
                    urllib.request.urlopen(f"{url}/admin/login/", timeout=5)
                    break
                except OSError:
                    time.sleep(2)
            members = reviewed_members(database, options.editors)
            with multiprocessing.Manager() as manager:
                statuses, editors_done = manager.list(), manager.Event()
                started = time.monotonic()
                editors = [
                    multiprocessing.Process(
                        target=member_editor,
                        args=(url, username, organisation_id, options.pages, statuses),
                    )
                    for username, organisation_id in members
                ]
                approver = multiprocessing.Process(target=network_editor, args=(url, statuses, editors_done))
                for process in [*editors, approver]:
                    process.start()
                for process in editors:
                    process.join()
                editors_done.set()
                approver.join()
                elapsed = time.monotonic() - started
                statuses = list(statuses)
        finally:
            for process in running:
                process.terminate()
                process.wait()
        locked = Path(f"{directory}/server.log").read_text().count("database is locked")
        for kind in ("create and submit", "approve"):
            answered = [status for name, status in statuses if name == kind]
            errors = [status for status in answered if status >= 500]
            print(f"{kind}: {len(errors)} of {len(answered)} answered with an error page")
        print(f"pages missing from some languages' trees: {pages_missing_from_trees(database)}")
        print(f"'database is locked' in the server's log: {locked} times; {elapsed:.0f} s")


if __name__ == "__main__":
    main()
