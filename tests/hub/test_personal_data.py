"""A request about one person's data reaches every plugin that holds some, through one hook in hub."""

import json
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from tests.testapp.models import NoticePage, NoticeSubscription


def subscribe(notice, email):
    return NoticeSubscription.objects.create(notice=notice, email=email)


def make_notice(member):
    notice = NoticePage(title="Office closed Friday")
    member.organisation.add_child(instance=notice)
    return notice


def test_export_gathers_every_record_about_one_address_whatever_its_case(member_a, capsys):
    notice = make_notice(member_a)
    subscribe(notice, "amina@example.org")
    subscribe(notice, "someone.else@example.org")

    call_command("hub_personal_data", "export", "  Amina@Example.ORG ")

    exported = json.loads(capsys.readouterr().out)
    assert [record["email"] for record in exported["notice_subscriptions"]] == ["amina@example.org"]
    assert exported["notice_subscriptions"][0]["notice"] == "Office closed Friday"


def test_erase_removes_that_address_only(member_a, capsys):
    notice = make_notice(member_a)
    subscribe(notice, "amina@example.org")
    subscribe(notice, "someone.else@example.org")

    call_command("hub_personal_data", "erase", "AMINA@example.org")

    assert "notice_subscriptions" in capsys.readouterr().out
    assert list(NoticeSubscription.objects.values_list("email", flat=True)) == ["someone.else@example.org"]


def test_purge_expired_applies_each_plugins_retention(member_a):
    notice = make_notice(member_a)
    old = subscribe(notice, "old@example.org")
    NoticeSubscription.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    subscribe(notice, "recent@example.org")

    call_command("hub_personal_data", "purge-expired")

    assert list(NoticeSubscription.objects.values_list("email", flat=True)) == ["recent@example.org"]


def test_a_disabled_plugin_still_answers_for_the_data_it_holds(member_a, settings):
    notice = make_notice(member_a)
    subscribe(notice, "amina@example.org")
    settings.HUB_DISABLED_PLUGINS = ["testapp"]

    call_command("hub_personal_data", "erase", "amina@example.org")

    assert not NoticeSubscription.objects.exists()
