"""Real Chromium through Playwright, against pytest-django's live server."""

import os

import pytest

from tests.browser.admin_steps import sign_in


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def log_in(browser, live_server):
    contexts = []

    def as_user(username):
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        sign_in(page, username)
        return page

    yield as_user
    for context in contexts:
        context.close()
