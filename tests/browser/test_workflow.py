"""The editorial workflow walked in Chromium: submission, a request for changes, resubmission, approval,
then an Arabic translation that a French reviewer cannot approve and an Arabic reviewer does."""

import pytest
from django.core import mail
from django.urls import reverse
from playwright.sync_api import expect
from wagtail.models import Locale, TaskState

from home.models import ContentPage
from hub.roles import reviewers_group_name
from tests.browser.admin_steps import moderate
from tests.support.people import make_member, person
from tests.support.translations import translate

pytestmark = pytest.mark.django_db(transaction=True)


def submit_from_editor(page, label):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=label).click()


def sent_to():
    addresses = sorted(address for message in mail.outbox for address in message.to)
    mail.outbox.clear()
    return addresses


def test_a_page_and_its_arabic_translation_through_review(log_in, directory, london, network_editor):
    member = make_member("Amani Women's Group", "editor@amani.example.org", regions=["london"])
    translator = person("layla", "Translators — Arabic")
    person("samira", reviewers_group_name("ar"))
    person("claire", reviewers_group_name("fr"))
    mail.outbox.clear()

    editor = log_in("editor@amani.example.org")
    editor.goto(f"/admin/pages/{member.organisation.pk}/add_subpage/")
    editor.get_by_role("link", name="Content page", exact=True).click()
    editor.locator("#id_title").click()
    editor.keyboard.type("Saturday drop-in")
    editor.keyboard.press("Tab")
    submit_from_editor(editor, "Submit to Editorial review")
    expect(editor.get_by_text("submitted for moderation")).to_be_visible()
    draft = ContentPage.objects.get(title="Saturday drop-in", alias_of__isnull=True)
    assert sent_to() == ["network@example.org"]

    network = log_in("network")
    expect(network.locator("#hub-review-queue-heading")).to_be_visible()
    expect(network.get_by_role("table").filter(has_text="Amani Women's Group")).to_contain_text("Saturday drop-in")
    moderate(network, "Saturday drop-in", "Request changes", comment="Please add the address.")
    assert sent_to() == ["editor@amani.example.org"]

    editor.goto("/admin/")
    expect(editor.locator("blockquote")).to_have_text("Please add the address.")
    editor.goto(f"/admin/pages/{draft.pk}/edit/")
    editor.locator("#id_title").fill("Saturday drop-in at 12 Hope Street")
    submit_from_editor(editor, "Resubmit to Network review")
    expect(editor.get_by_text("submitted for moderation")).to_be_visible()
    assert sent_to() == ["network@example.org"]

    network.goto("/admin/")
    moderate(network, "Saturday drop-in at 12 Hope Street", "Approve")
    source = ContentPage.objects.get(pk=draft.pk)
    assert source.live
    assert sent_to() == ["editor@amani.example.org"]

    # The translator's strings (typed in wagtail-localize's editor) saved; they submit from the page listing.
    arabic = translate(source, "ar", translator, {"Saturday drop-in at 12 Hope Street": "جلسة السبت المفتوحة"})
    mail.outbox.clear()
    translating = log_in("layla")
    translating.goto(reverse("hub_submit_translation", args=[arabic.pk]))
    translating.get_by_role("button", name="Submit for review").click()
    expect(translating.get_by_text("was submitted to the Arabic reviewers")).to_be_visible()
    assert sent_to() == ["samira@example.org"]

    french = log_in("claire")
    expect(french.get_by_text("جلسة السبت المفتوحة")).to_have_count(0)
    task_state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    french.goto(reverse("wagtailadmin_pages:workflow_action", args=[arabic.pk, "approve", task_state.pk]))
    expect(french.get_by_text("do not have permission")).to_be_visible()
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

    reviewer = log_in("samira")
    expect(reviewer.get_by_role("table").filter(has_text="جلسة السبت المفتوحة").first).to_be_visible()
    moderate(reviewer, "جلسة السبت المفتوحة", "Approve")
    arabic = ContentPage.objects.get(pk=arabic.pk)
    assert arabic.live and arabic.title == "جلسة السبت المفتوحة"
    assert arabic.url.startswith("/ar/") and arabic.locale == Locale.objects.get(language_code="ar")
    reviewer.goto(arabic.url)
    expect(reviewer.locator("h1")).to_have_text("جلسة السبت المفتوحة")
    assert sent_to() == ["layla@example.org"]
