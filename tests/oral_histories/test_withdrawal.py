"""Withdrawal, end to end: one admin action takes an interview down in every language, out of search and
caches, its recording unreachable, in the audit log; only the network team may do it."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.signals import page_unpublished
from wagtail_localize.models import Translation, TranslationSource

from hub.consent import ConsentRecordIncomplete
from hub.setup import synchronise_trees
from oral_histories.models import InterviewPage
from tests.support.workflow import refused

pytestmark = pytest.mark.django_db


def translate_into(page, code):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code=code))
    translation.save_target(publish=True)
    return InterviewPage.objects.get(translation_key=page.translation_key, locale__language_code=code)


@pytest.fixture
def translated(interview, django_capture_on_commit_callbacks):
    synchronise_trees()  # aliases in every language, as wagtail-localize makes for pages made in the admin
    with django_capture_on_commit_callbacks(execute=True):
        french = translate_into(interview, "fr")
    return interview, french


def indexed_pks():
    from wagtail.search.models import IndexEntry

    return set(IndexEntry.objects.filter(content_type__model="interviewpage").values_list("object_id", flat=True))


def test_withdrawal_takes_the_interview_down_everywhere(client, client_for, translated, network_editor):
    interview, french = translated
    versions = InterviewPage.objects.filter(translation_key=interview.translation_key)
    assert versions.count() > 2  # the source, the French translation and aliases in every other language
    assert all(page.live for page in versions)
    recording = interview.url + "recording/"
    assert client.get(recording).status_code == 200 and client.get(french.url).status_code == 200

    unpublished = []
    page_unpublished.connect(lambda sender, instance, **kwargs: unpublished.append(instance.pk), weak=False)
    try:
        editor = client_for(network_editor)
        edit = editor.get(reverse("wagtailadmin_pages:edit", args=[interview.pk]))
        withdraw_url = reverse("oral_histories_withdraw_interview", args=[interview.pk])
        assert withdraw_url in edit.text
        assert "every language" in editor.get(withdraw_url).text
        assert editor.post(withdraw_url).status_code == 302
    finally:
        page_unpublished.receivers = page_unpublished.receivers[:-1]
        page_unpublished.sender_receivers_cache.clear()

    assert not any(page.live for page in versions.all())
    assert set(unpublished) == set(versions.values_list("pk", flat=True))
    assert all(page.consent_withdrawn for page in versions.all())
    assert not ({str(pk) for pk in versions.values_list("pk", flat=True)} & {str(pk) for pk in indexed_pks()})
    assert not Page.objects.live().public().search("winter")
    client.logout()
    for url in [interview.url, french.url, recording, french.url + "recording/"]:
        assert client.get(url).status_code == 404, url
    assert PageLogEntry.objects.filter(page=interview, action="oral_histories.withdraw_interview").exists()
    assert PageLogEntry.objects.filter(page=french, action="oral_histories.withdraw_interview").exists()


def test_a_withdrawn_interview_stays_withdrawn_when_republished(client, client_for, interview, network_editor):
    client_for(network_editor).post(reverse("oral_histories_withdraw_interview", args=[interview.pk]))
    interview.refresh_from_db()
    # An older revision, from before the withdrawal, is published again: refused.
    with pytest.raises(ConsentRecordIncomplete):
        interview.get_latest_revision().publish()
    interview.refresh_from_db()
    assert not interview.live
    assert interview.consent_withdrawn
    client.logout()
    assert client.get(interview.url).status_code == 404
    assert "The narrator withdrew their consent." in interview.consent_record().missing


def test_only_the_network_team_may_withdraw(client, client_for, interview, member_a, member_b):
    url = reverse("oral_histories_withdraw_interview", args=[interview.pk])
    edit = client_for(member_a.editor).get(reverse("wagtailadmin_pages:edit", args=[interview.pk]))
    assert edit.status_code == 200 and url not in edit.text
    for user in (member_a.editor, member_b.editor):
        assert refused(client_for(user).post(url))
    client.logout()
    assert client.post(url).status_code == 302  # to the login page
    interview.refresh_from_db()
    assert interview.live and not interview.consent_withdrawn


def test_withdrawal_takes_the_interview_out_of_the_page_cache(
    client_for, translated, project, network_editor, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAIL_CACHE = True
    interview, french = translated
    visitor = Client()  # no cookies, so served from the page cache
    french_project = french.get_parent()
    urls = [interview.url, french.url, project.url, french_project.url]
    for url in urls:
        visitor.get(url)
        assert visitor.get(url)["X-Wagtail-Cache"] == "hit", url
    assert "Arriving in winter" in visitor.get(project.url).text

    with django_capture_on_commit_callbacks(execute=True):
        client_for(network_editor).post(reverse("oral_histories_withdraw_interview", args=[interview.pk]))

    assert visitor.get(interview.url).status_code == 404
    assert visitor.get(french.url).status_code == 404
    assert "Arriving in winter" not in visitor.get(project.url).text
    assert french.title not in visitor.get(french_project.url).text
