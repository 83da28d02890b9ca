"""The demo's oral history projects: two members' projects, interviews of every consent, real recordings,
some translated."""

import pytest
from django.utils.html import escape
from wagtail.models import Locale

from oral_histories.models import InterviewPage, OralHistoryProjectPage

pytestmark = pytest.mark.django_db


def english_projects():
    return OralHistoryProjectPage.objects.filter(locale=Locale.get_default())


def test_demo_has_two_members_projects_of_interviews_of_every_consent(demo_output, client):
    projects = english_projects()
    assert {project.get_parent().title for project in projects} == {
        "Somali Parents Hackney",
        "Kurdish Community Centre Manchester",
    }
    interviews = InterviewPage.objects.filter(locale=Locale.get_default())
    assert interviews.count() >= 8
    assert all(interviews.child_of(project).count() >= 4 for project in projects)
    assert {"public", "on-request"} <= set(interviews.values_list("consent_scope", flat=True))
    assert all(interview.segments and interview.recording.file.size for interview in interviews)

    embargoed = interviews.get(embargo_until__isnull=False)
    withdrawn = interviews.get(consent_withdrawn=True)
    assert not withdrawn.live
    listings = "".join(client.get(project.url).text for project in projects)
    assert "Arriving in winter" in listings and "The warehouse on Cheetham Hill Road" in listings
    assert embargoed.title not in listings and withdrawn.title not in listings
    for hidden in (embargoed, withdrawn):
        for path in ["", "recording/"]:
            assert client.get(hidden.url + path).status_code == 404, (hidden.title, path)

    public = interviews.get(slug="the-warehouse-on-cheetham-hill-road")
    assert client.get(public.url).status_code == 200
    recording = client.get(public.url + "recording/")
    assert recording.status_code == 200 and recording["Content-Type"] == "audio/x-wav"


@pytest.mark.parametrize(
    ("slug", "translations"),
    [
        ("arriving-in-winter", [("ar", "الوصول في الشتاء"), ("so", "Imaanshaha xilliga qaboobaha")]),
        (
            "the-warehouse-on-cheetham-hill-road",
            [("ar", "المستودع في شارع تشيتام هيل"), ("fr", "L'entrepôt de Cheetham Hill Road")],
        ),
        ("newroz-in-heaton-park", [("fr", "Newroz à Heaton Park")]),
    ],
)
def test_demo_interviews_are_translated(demo_output, client, slug, translations):
    source = InterviewPage.objects.get(locale=Locale.get_default(), slug=slug)
    for code, title in translations:
        translation = InterviewPage.objects.get(translation_key=source.translation_key, locale__language_code=code)
        assert translation.alias_of_id is None and translation.title == title
        assert translation.narrator_real_name == source.narrator_real_name  # kept, never shown
        response = client.get(translation.url)
        assert response.status_code == 200 and escape(title) in response.content.decode()
        if source.narrator_shown_as != InterviewPage.NameShown.REAL:
            assert source.narrator_real_name not in response.content.decode()
