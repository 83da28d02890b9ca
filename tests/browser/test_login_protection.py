"""Signing in with two-factor authentication, and a lockout lifted by a network editor, in Chromium."""

import re

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.browser.admin_steps import enter_password
from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def two_factor_required(settings):
    settings.HUB_REQUIRE_2FA = True


@pytest.fixture
def new_tab(browser, live_server):
    contexts = []

    def open_tab():
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        return page

    yield open_tab
    for context in contexts:
        context.close()


def current_code(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_an_administrator_signs_in_with_a_code_from_their_app(two_factor_required, new_tab):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    device = TOTPDevice.objects.create(user=admin, name="phone", confirmed=True)
    page = new_tab()
    enter_password(page, "root", PASSWORD)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/verify/"))
    expect(page.get_by_role("heading", name="Enter your code")).to_be_visible()
    page.get_by_role("textbox", name="Code").fill(current_code(device))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("The hub")  # the dashboard


def test_a_network_editor_sets_up_two_factor_before_anything_else(two_factor_required, new_tab, network_editor):
    page = new_tab()
    enter_password(page, "network", PASSWORD)
    expect(page).to_have_url(re.compile(r"/admin/two-factor/setup/"))
    page.goto("/admin/pages/")
    expect(page).to_have_url(re.compile(r"/admin/two-factor/setup/"))
    expect(page.get_by_role("img", name="QR code for your authenticator app")).to_be_visible()
    device = TOTPDevice.objects.get(user=network_editor, confirmed=False)
    page.get_by_role("textbox", name="Code").fill(current_code(device))
    page.get_by_role("button", name="Turn on two-factor authentication").click()
    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    expect(page.locator(".recovery-codes li")).to_have_count(10)
    page.get_by_role("link", name="I have kept them, continue").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/$"))


def test_wrong_passwords_lock_the_account_until_a_network_editor_unlocks_it(settings, new_tab, network_editor):
    get_user_model().objects.create_user("ana", "ana@example.org", PASSWORD)
    visitor = new_tab()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        enter_password(visitor, "ana", "not-my-password")
        expect(visitor.get_by_text("Your username and password didn't match")).to_be_visible()
    enter_password(visitor, "ana", "not-my-password")
    expect(visitor.get_by_role("heading", name="Signing in is paused")).to_be_visible()
    expect(visitor.get_by_role("alert")).to_contain_text("ask a network editor to unlock it sooner")
    enter_password(visitor, "ana", PASSWORD)
    expect(visitor.get_by_role("heading", name="Signing in is paused")).to_be_visible()

    # A network editor signs in from another address (these tests all come from 127.0.0.1, which is locked
    # too), sees the lockout in Settings, and lifts it.
    settings.HUB_TRUSTED_PROXY_COUNT = 1
    editor = new_tab()
    editor.set_extra_http_headers({"X-Forwarded-For": "198.51.100.2"})
    enter_password(editor, "network", PASSWORD)
    expect(editor).to_have_url(re.compile(r"/admin/$"))
    editor.get_by_role("button", name="Settings").click()
    editor.get_by_role("link", name="Sign-in lockouts").click()
    editor.get_by_role("button", name="Unlock ana").click()
    expect(editor.get_by_text("“ana” can sign in again.")).to_be_visible()
    # The failures were all made on ana's account, so unlocking it frees the address they came from too.
    expect(editor.get_by_text("No address is locked.")).to_be_visible()

    settings.HUB_TRUSTED_PROXY_COUNT = 0
    enter_password(visitor, "ana", PASSWORD)
    expect(visitor).to_have_url(re.compile(r"/admin/$"))
