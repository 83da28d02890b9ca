"""Who is emailed at each step of the editorial workflow, in which language, and what a mail failure does."""

import logging

import pytest
from django.core import mail

from home.models import ContentPage
from tests.hub.conftest import act, draft_in, person, submit, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_network_editor(network_editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(network_editor)
    profile.preferred_language = "fr"
    profile.save()
    return network_editor


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_submission_reaches_the_network_in_its_own_language(client_for, member_a, french_network_editor):
    page = draft_in(member_a.organisation)
    submit(client_for(member_a.editor), page)
    assert recipients() == ["network@example.org"]
    assert "Saturday drop-in" in mail.outbox[0].subject
    assert "soumis" in mail.outbox[0].subject  # French, the network editor's admin language


def test_request_for_changes_and_approval_reach_the_submitter_with_the_comment(client_for, member_a, network_editor):
    page = draft_in(member_a.organisation)
    submit(client_for(member_a.editor), page)
    mail.outbox.clear()
    act(client_for(network_editor), page, "reject", comment="Please add the address.")
    assert recipients() == ["editor@amani.example.org"]
    assert "Please add the address." in mail.outbox[0].body

    submit(client_for(member_a.editor), page)
    mail.outbox.clear()
    act(client_for(network_editor), page, "approve")
    assert recipients() == ["editor@amani.example.org"]
    assert "approved" in mail.outbox[0].subject


def test_a_translation_reaches_only_the_reviewers_of_its_language_in_their_language(
    member_a, network_editor, arabic_translator, arabic_reviewer, french_reviewer
):
    source = draft_in(member_a.organisation)
    source.save_revision(user=network_editor).publish()
    arabic = translate(source, "ar", arabic_translator, {"Saturday drop-in": "جلسة السبت المفتوحة"})
    mail.outbox.clear()
    arabic.get_workflow().start(arabic, arabic_translator)
    assert recipients() == ["samira@example.org"]
    assert "جلسة السبت المفتوحة" in mail.outbox[0].subject
    assert "Hello" not in mail.outbox[0].body  # Arabic, the reviewer's admin language


def test_a_mail_server_failure_is_logged_and_the_page_is_still_published(
    client_for, member_a, network_editor, settings, caplog
):
    page = draft_in(member_a.organisation)
    submit(client_for(member_a.editor), page)
    settings.EMAIL_BACKEND = "tests.hub.failing_mail.UnreachableServerBackend"
    hub_logger = logging.getLogger("hub")  # it does not propagate to the root logger caplog listens on
    hub_logger.addHandler(caplog.handler)
    try:
        assert act(client_for(network_editor), page, "approve").status_code == 302
    finally:
        hub_logger.removeHandler(caplog.handler)
    assert ContentPage.objects.get(pk=page.pk).live
    assert "Could not send the 'published' notification for WorkflowState" in caplog.text


def test_people_without_an_email_or_who_opted_out_are_skipped(client_for, member_a, network_editor):
    quiet = person("quiet", "Network editors")
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(quiet)
    profile.submitted_notifications = False
    profile.save()
    submit(client_for(member_a.editor), draft_in(member_a.organisation))
    assert recipients() == ["network@example.org"]
