"""A project with hundreds of interviews, and an interview with a long index, cost a bounded number of queries."""

import pytest
from wagtail.models import Locale

from hub.models import Language
from oral_histories.factories import SEGMENTS, InterviewPageFactory
from oral_histories.models import InterviewPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def crowded_project(project, housing):
    languages = list(Language.objects.all()[:3])
    for number in range(120):
        interview = project.add_child(
            instance=InterviewPage(
                title=f"Interview {number}",
                summary="Memories.",
                narrator_shown_as="pseudonym",
                narrator_pseudonym=f"Narrator {number}",
                consent_scope="on-request" if number % 3 else "public",
                locale=Locale.get_default(),
                segments=[
                    ("segment", {"start": s, "title": t, "synopsis": y, "keywords": k, "partial_transcript": p})
                    for s, t, y, k, p in SEGMENTS
                ],
            )
        )
        interview.languages.set(languages)
        interview.themes.set([housing])
    return project


def test_the_project_page_queries_are_bounded(client, crowded_project, django_assert_max_num_queries):
    client.get(crowded_project.url)  # warm the site's caches
    with django_assert_max_num_queries(30):
        response = client.get(crowded_project.url)
    assert response.status_code == 200 and response.text.count('class="card"') == 30
    with django_assert_max_num_queries(30):
        assert client.get(crowded_project.url, {"page": "4"}).text.count('class="card"') == 30


def test_the_interview_page_queries_are_bounded(client, project, django_assert_max_num_queries):
    interview = InterviewPageFactory(parent=project, title="Long index")
    interview.segments = [
        (
            "segment",
            {"start": n * 10, "title": f"Part {n}", "synopsis": "x", "keywords": "a, b", "partial_transcript": "y"},
        )
        for n in range(300)
    ]
    interview.duration = 4000
    interview.save_revision().publish()
    client.get(interview.url)
    with django_assert_max_num_queries(30):
        response = client.get(interview.url, {"q": "Part 299"})
    assert response.status_code == 200 and 'id="segment-300"' in response.text
