"""Real Chromium through Playwright, one per test process: a pytest plugin (tests/conftest.py loads it), since
tests outside tests/browser drive it too (the demo network's, which start it before they build the demo)."""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser(allow_orm_beside_playwright):
    if not shutil.which(CHROMIUM):
        if os.environ.get("HUB_REQUIRE_BROWSER"):
            pytest.fail(f"Chromium is required here but {CHROMIUM} does not exist.")
        pytest.skip(f"Browser tests need Chromium at {CHROMIUM} (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def allow_orm_beside_playwright():
    # Playwright's sync API runs an event loop in this thread; the ORM calls fixtures make are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
