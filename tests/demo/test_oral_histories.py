"""The demo's oral history project: interviews of every consent, real recordings, one translated."""

import pytest
from wagtail.models import Locale

from resources.models import InterviewPage, OralHistoryProjectPage

pytestmark = pytest.mark.django_db


def test_demo_project_has_interviews_of_every_consent(demo_output, client):
    project = OralHistoryProjectPage.objects.get(locale=Locale.get_default(), slug="arrivals")
    interviews = InterviewPage.objects.child_of(project)
    assert interviews.count() >= 4
    assert {"public", "on-request"} <= set(interviews.values_list("consent_scope", flat=True))
    assert interviews.filter(embargo_until__isnull=False).exists()
    withdrawn = interviews.get(consent_withdrawn=True)
    assert not withdrawn.live
    listing = client.get(project.url).text
    assert "Arriving in winter" in listing and "The detention years" not in listing
    assert "Campaigning for the right to stay" not in listing
    public = interviews.get(slug="arriving-in-winter")
    assert client.get(public.url + "recording/").status_code == 200
    assert client.get(public.url).status_code == 200


def test_demo_interview_is_translated_into_arabic_and_somali(demo_output, client):
    source = InterviewPage.objects.get(locale=Locale.get_default(), slug="arriving-in-winter")
    for code, title in [("ar", "الوصول في الشتاء"), ("so", "Imaanshaha xilliga qaboobaha")]:
        translation = InterviewPage.objects.get(translation_key=source.translation_key, locale__language_code=code)
        assert translation.alias_of_id is None and translation.title == title
        assert translation.narrator_real_name == source.narrator_real_name  # kept, never shown
        response = client.get(translation.url)
        assert response.status_code == 200 and title in response.text
        assert source.narrator_real_name not in response.text
