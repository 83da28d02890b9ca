"""An administrator finds, from the admin's Reports menu, an email the hub gave up sending."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management import call_command
from playwright.sync_api import expect

from tests.support.people import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_administrator_finds_an_email_given_up_under_reports(page, settings, directory):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "hub.mail.QueuedEmailBackend"
    settings.HUB_EMAIL_DELIVERY_BACKEND = "tests.hub.failing_mail.UnreachableServerBackend"
    settings.HUB_EMAIL_MAX_ATTEMPTS = 1
    send_mail("Your pledge", "Thank you.", None, ["amina@example.org"])
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    get_user_model().objects.create_superuser("admin", "admin@example.org", PASSWORD)

    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Failed background tasks").click()

    expect(page.get_by_role("heading", name="Failed background tasks")).to_be_visible()
    row = page.get_by_role("row").filter(has_text="amina@example.org")
    expect(row).to_contain_text("deliver_email")
    expect(row).to_contain_text("SMTPConnectError")
