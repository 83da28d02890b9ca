"""The demo's oral history projects (content.yaml, translations/), with recordings the builder makes.

Idempotent: a project or an interview already there is left as it is (a withdrawal stays a withdrawal)."""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from hub.demo import data
from hub.demo.pages import add_page, child_page
from hub.demo.pdf import make_pdf
from hub.demo.translate import translate
from hub.models import Language
from oral_histories.access import withdraw
from oral_histories.audio import make_wav
from oral_histories.models import InterviewPage, OralHistoryProjectPage
from oral_histories.setup import consent_collection

RECORDING_SECONDS = 30


def demo_data():
    return data.load(__file__)


def ensure_project(parent, entry):
    return child_page(parent, OralHistoryProjectPage, entry["slug"]) or add_page(
        parent,
        OralHistoryProjectPage(
            title=entry["title"],
            slug=entry["slug"],
            description=entry["description"],
            partners=entry["partners"],
            period=entry["period"],
        ),
    )


def make_recording(entry, collection):
    starts = [segment["start"] for segment in entry["segments"]]
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
    return add_page(
        project,
        InterviewPage(
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
                ("segment", {**segment, "partial_transcript": segment["synopsis"]}) for segment in entry["segments"]
            ],
            consent_form=make_consent_form(entry),
            consent_scope=entry["scope"],
            embargo_until=entry.get("embargo"),
            consent_conditions="Demo: no conditions beyond the scope.",
        ),
        languages=[languages[code] for code in entry["languages"] if code in languages],
        themes=list(network.themes.values())[:1],
    )


def build_project(network, parent, entry, languages):
    translations = demo_data().translations
    project = ensure_project(parent, entry)
    collection = Collection.objects.filter(name=parent.title).first() or Collection.get_first_root_node()
    for interview_entry in entry["interviews"]:
        if child_page(project, InterviewPage, slugify(interview_entry["title"])):
            continue
        interview = build_interview(project, interview_entry, collection, languages, network)
        if interview_entry.get("translate"):
            translate(project, interview_entry["translate"], translations)
            translate(interview, interview_entry["translate"], translations)
        if interview_entry.get("withdrawn"):
            withdraw(interview, user=None)
    return project


def build(network):
    """Each project in its member's space; in the network's first member's when it has no such member (a
    smaller network, as in tests), and none at all in a network without members."""
    languages = {language.code: language for language in Language.objects.all()}
    first_member = next(iter(network.members.values()), None)
    projects = []
    for entry in demo_data().content["projects"]:
        parent = network.members.get(entry["member"]) or first_member
        if parent is not None:
            projects.append(build_project(network, parent, entry, languages))
    return projects
