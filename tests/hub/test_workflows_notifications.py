"""Who is emailed at each step of the editorial workflow, in which language, and what a mail failure does."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from home.models import ContentPage
from hub.models import ConsentCheckTask
from hub.roles import NETWORK_EDITORS, reviewers_group_name
from tests.support.people import person
from tests.support.translations import translate
from tests.support.workflow import act, draft_in, submit

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
    assert f"http://testserver/admin/pages/{arabic.pk}/edit/" in mail.outbox[0].body  # where they review it


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


# --- The hub's own emails: wording, language and name of each recipient, once each, links from SITE_URL ----

SITE = "https://hub.example.org"


@pytest.fixture
def site_url(settings):
    settings.SITE_URL = SITE


def addressed_to(address):
    (message,) = [message for message in mail.outbox if message.to == [address]]
    return message


def html_of(message):
    (html,) = [content for content, kind in message.alternatives if kind == "text/html"]
    return html


def named(user, first_name):
    user.first_name = first_name
    user.save()
    return user


def test_returned_with_comments_tells_the_submitter_by_name_with_the_comment_and_a_working_link(
    client_for, member_a, network_editor, site_url
):
    editor = named(member_a.editor, "Amani")
    page = draft_in(member_a.organisation)
    submit(client_for(editor), page)
    mail.outbox.clear()
    act(client_for(named(network_editor, "Nadia")), page, "reject", comment="Please add the address.")

    message = addressed_to("editor@amani.example.org")
    assert message.subject == "“Saturday drop-in” was returned with comments"
    assert message.body.startswith("Hello Amani,")
    assert "Nadia returned “Saturday drop-in” to you with comments in network review." in message.body
    assert "Please add the address." in message.body and "Please add the address." in html_of(message)
    assert "reject" not in (message.subject + message.body + html_of(message)).lower()
    edit_link = SITE + reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert edit_link in message.body and f'href="{edit_link}"' in html_of(message)
    assert SITE + reverse("wagtailadmin_account") in message.body
    assert client_for(editor).get(edit_link.removeprefix(SITE)).status_code == 200  # the link opens the page


def test_publication_tells_the_submitter_where_to_see_the_page(client_for, member_a, network_editor, site_url):
    page = draft_in(member_a.organisation)
    submit(client_for(member_a.editor), page)
    mail.outbox.clear()
    act(client_for(network_editor), page, "approve")

    (message,) = mail.outbox
    assert message.subject == "“Saturday drop-in” is approved and published"
    public_link = SITE + ContentPage.objects.get(pk=page.pk).url
    assert public_link in message.body and f'href="{public_link}"' in html_of(message)
    assert client_for(member_a.editor).get(public_link.removeprefix(SITE)).status_code == 200


def submitted_story(member_a):
    from tests.testapp.models import StoryPage

    story = member_a.organisation.add_child(
        instance=StoryPage(
            title="Amina's journey", live=False, consent_form_signed=True, name_shown=StoryPage.NameShown.PSEUDONYM
        )
    )
    story.save_revision(user=member_a.editor)
    story.get_workflow().start(story, member_a.editor)
    return story


def test_a_step_approved_tells_the_submitter_what_comes_next_and_the_next_reviewers_what_waits(
    client_for, member_a, network_editor
):
    consent_officers = Group.objects.create(name="Consent officers")
    consent_officers.permissions.add(Permission.objects.get(codename="access_admin"))
    ConsentCheckTask.objects.get().groups.set([consent_officers])
    officer = person("officer", "Consent officers")
    story = submitted_story(member_a)
    assert recipients() == ["officer@example.org"]  # the consent check waits for its officers
    mail.outbox.clear()

    act(client_for(officer), story, "approve")
    message = addressed_to("editor@amani.example.org")
    assert message.subject == "“Amina's journey” passed consent check"
    assert "It now waits for network review; you will hear when it is published." in message.body
    # The approver is not told of their own approval; the network team is told what waits for them.
    assert recipients() == ["editor@amani.example.org", "network@example.org"]


def test_one_approval_of_both_steps_tells_the_submitter_once(client_for, member_a, network_editor):
    story = submitted_story(member_a)
    mail.outbox.clear()

    act(client_for(network_editor), story, "approve")
    assert recipients() == ["editor@amani.example.org"]
    assert mail.outbox[0].subject == "“Amina's journey” is approved and published"


def test_each_person_is_told_once_however_many_groups_they_are_in(client_for, member_a, network_editor):
    network_editor.groups.add(*Group.objects.filter(name__in=[reviewers_group_name("ar"), reviewers_group_name("fr")]))
    get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-test-password")
    submit(client_for(member_a.editor), draft_in(member_a.organisation))
    # Wagtail alone would have told the superuser twice: when the workflow and when its first task started.
    assert recipients() == ["admin@example.org", "network@example.org"]


def test_each_recipient_reads_their_own_language_whoever_acted(client_for, member_a, network_editor):
    person("warsame", NETWORK_EDITORS, language="so")
    person("helin", NETWORK_EDITORS, language="ckb")
    person("claude", NETWORK_EDITORS, language="fr")
    submitter = member_a.editor
    profile = UserProfile.get_for_user(submitter)
    profile.preferred_language = "ar"  # the submitter's admin, and so the request, is in Arabic
    profile.save()
    submit(client_for(submitter), draft_in(member_a.organisation))

    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "network@example.org": "“Saturday drop-in” was submitted for your review",  # no preference: the site's
        "warsame@example.org": "“Saturday drop-in” ayaa laguu soo gudbiyay si aad dib ugu eegto",
        "helin@example.org": "«Saturday drop-in» بۆ پێداچوونەوەی تۆ نێردرا",
        "claude@example.org": "« Saturday drop-in » a été soumis à votre relecture",
    }
    assert 'lang="ckb" dir="rtl"' in html_of(addressed_to("helin@example.org"))
    assert addressed_to("warsame@example.org").body.startswith("Salaan warsame,")
