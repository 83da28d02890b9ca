"""The demo's oral history project: interviews of several consents, with recordings the builder makes.

Idempotent: an interview already there is left as it is (a withdrawal stays a withdrawal)."""

import datetime

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from hub.demo.translate import translate
from hub.models import Language
from resources.demo_pdf import make_pdf
from resources.models import InterviewPage, OralHistoryProjectPage
from resources.oral_history_access import withdraw
from resources.oral_history_audio import make_wav
from resources.oral_history_demo_translations import TRANSLATIONS
from resources.oral_history_setup import consent_collection

PROJECT = {
    "title": "Arrivals: memories of the first generation",
    "slug": "arrivals",
    "description": (
        "<p>Between 2023 and 2025 young volunteers sat down with the first generation of our communities to "
        "record how they arrived, what work they found, and how they organised. These are their words.</p>"
    ),
    "partners": "Hackney Archives, the Bishopsgate Institute",
    "period": "1968–1995",
}
RECORDING_SECONDS = 30
INTERVIEWS = [
    {
        "title": "Arriving in winter",
        "shown_as": "pseudonym",
        "pseudonym": "Hodan",
        "real_name": "Demo Narrator One",
        "origin": "Somalia",
        "place": "Hackney, London",
        "date": datetime.date(2024, 2, 10),
        "scope": "public",
        "languages": ["so", "en"],
        "summary": "Hodan remembers landing at Heathrow in January 1989 with two children and one suitcase.",
        "segments": [
            (0, "The journey", "Leaving Mogadishu and the flight to London.", "journey, airport"),
            (10, "The first winter", "Cold, a hostel room and the kindness of a neighbour.", "housing, winter"),
            (20, "Finding the others", "How the Somali mothers began to meet on Saturdays.", "community, organising"),
        ],
        "transcript": "<p>We landed in January. I had never seen the sky so low.</p><p>A neighbour brought us blankets.</p>",
        "translate": ["ar", "so"],
    },
    {
        "title": "Night shifts at the bakery",
        "shown_as": "real",
        "real_name": "Farhad Karimi",
        "origin": "Kurdistan",
        "place": "Manchester",
        "date": datetime.date(2024, 6, 3),
        "scope": "public",
        "languages": ["ckb", "en"],
        "summary": "Farhad worked nights for eleven years and helped his colleagues join a union.",
        "segments": [
            (0, "The first job", "Finding work without papers in order.", "work"),
            (12, "The union", "Why the night shift joined the union together.", "labour rights, union"),
        ],
        "transcript": "<p>The bakery never slept, and neither did we.</p>",
    },
    {
        "title": "A school for our children",
        "shown_as": "anonymous",
        "real_name": "Demo Narrator Three",
        "origin": "Eritrea",
        "place": "Cardiff",
        "date": datetime.date(2024, 9, 21),
        "scope": "on-request",
        "languages": ["ti"],
        "summary": "A mother describes setting up Saturday classes in Tigrinya in a church hall.",
        "segments": [
            (0, "The church hall", "Borrowing a room and finding teachers.", "education, language"),
            (15, "Thirty children", "How the classes grew.", "children"),
        ],
        "transcript": "<p>We started with six children and a blackboard.</p>",
    },
    {
        "title": "The detention years",
        "shown_as": "anonymous",
        "real_name": "Demo Narrator Four",
        "origin": "Sudan",
        "place": "Glasgow",
        "date": datetime.date(2025, 3, 2),
        "scope": "public",
        "embargo": datetime.date(2031, 1, 1),
        "languages": ["ar"],
        "summary": "Under embargo until 2031, at the narrator's wish.",
        "segments": [(0, "Detention", "Months in detention.", "detention")],
        "transcript": "<p>Under embargo.</p>",
    },
    {
        "title": "Campaigning for the right to stay",
        "shown_as": "pseudonym",
        "pseudonym": "Amal",
        "real_name": "Demo Narrator Five",
        "origin": "Syria",
        "place": "Birmingham",
        "date": datetime.date(2025, 5, 17),
        "scope": "public",
        "withdrawn": True,
        "languages": ["ar"],
        "summary": "Withdrawn at the narrator's request.",
        "segments": [(0, "The campaign", "Organising the vigil.", "campaign")],
        "transcript": "<p>Withdrawn.</p>",
    },
]


def ensure_project(parent):
    project = OralHistoryProjectPage.objects.child_of(parent).filter(slug=PROJECT["slug"]).first()
    if project is None:
        project = parent.add_child(
            instance=OralHistoryProjectPage(
                title=PROJECT["title"],
                slug=PROJECT["slug"],
                description=PROJECT["description"],
                partners=PROJECT["partners"],
                period=PROJECT["period"],
            )
        )
        project.save_revision().publish()
    return project


def make_recording(entry, collection):
    starts = [start for start, *_rest in entry["segments"]]
    return get_media_model().objects.create(
        title=entry["title"],
        type="audio",
        duration=RECORDING_SECONDS,
        collection=collection,
        file=ContentFile(make_wav(RECORDING_SECONDS, starts), name=f"{slugify(entry['title'])}.wav"),
    )


def make_consent_form(entry):
    return get_document_model().objects.create(
        title=f"Consent form — {entry['title']}",
        language="en",
        collection=consent_collection(),
        file=ContentFile(
            make_pdf("Consent form (demo)", [f"Signed for: {entry['title']}", "Generated for the demo."]),
            name=f"consent-{slugify(entry['title'])}.pdf",
        ),
    )


def build_interview(project, entry, collection, languages, network):
    interview = project.add_child(
        instance=InterviewPage(
            title=entry["title"],
            slug=slugify(entry["title"]),
            narrator_shown_as=entry["shown_as"],
            narrator_real_name=entry["real_name"],
            narrator_pseudonym=entry.get("pseudonym", ""),
            interviewer="Volunteer interviewer",
            interview_date=entry["date"],
            place=entry["place"],
            origin=entry["origin"],
            summary=entry["summary"],
            recording=make_recording(entry, collection),
            duration=RECORDING_SECONDS,
            transcript=entry["transcript"],
            segments=[
                (
                    "segment",
                    {
                        "start": start,
                        "title": title,
                        "synopsis": synopsis,
                        "keywords": keywords,
                        "partial_transcript": synopsis,
                    },
                )
                for start, title, synopsis, keywords in entry["segments"]
            ],
            consent_form=make_consent_form(entry),
            consent_scope=entry["scope"],
            embargo_until=entry.get("embargo"),
            consent_conditions="Demo: no conditions beyond the scope.",
        )
    )
    interview.languages.set([languages[code] for code in entry["languages"] if code in languages])
    interview.themes.set(list(network.themes.values())[:1])
    interview.save_revision().publish()
    return interview


def build(network, parent):
    project = ensure_project(parent)
    collection = Collection.objects.filter(name=parent.title).first() or Collection.get_first_root_node()
    languages = {language.code: language for language in Language.objects.all()}
    for entry in INTERVIEWS:
        if InterviewPage.objects.child_of(project).filter(slug=slugify(entry["title"])).exists():
            continue
        interview = build_interview(project, entry, collection, languages, network)
        if entry.get("translate"):
            translate(project, entry["translate"], translations=TRANSLATIONS)
            translate(interview, entry["translate"], translations=TRANSLATIONS)
        if entry.get("withdrawn"):
            withdraw(interview, user=None)
    return project
