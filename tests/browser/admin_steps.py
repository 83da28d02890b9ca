"""Steps that many browser tests take in the admin: signing in, and acting on a review from the dashboard."""

import re

from playwright.sync_api import expect

from tests.support.people import PASSWORD


def enter_password(page, username, password=PASSWORD):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_in(page, username, timeout=None):
    """Signs in and waits for the dashboard."""
    enter_password(page, username)
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=timeout)


def moderate(page, title, action, comment="", timeout=None):
    """From the dashboard's "Awaiting your review": open the row's actions and approve or request changes."""
    row = page.locator("tr", has_text=title).filter(has=page.get_by_role("button", name="Actions")).first
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name=action, exact=True).click()
    if comment:
        page.get_by_label("Comment").fill(comment)
        page.locator(".modal").get_by_role("button", name=action).click()
    expect(page.locator("tr", has_text=title)).to_have_count(0, timeout=timeout)  # handled: off the review lists
