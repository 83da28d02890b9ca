"""The library's demo (content.yaml, translations/), hung on the demo network's members, themes and regions.
Idempotent."""

import datetime
from itertools import cycle

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection

from hub.demo import data
from hub.demo.pages import add_page, child_page, ensure_index, page_slug, terms
from hub.demo.pdf import make_pdf
from hub.demo.translate import translate
from hub.document_text import extract_text
from hub.models import Language
from hub.scale import scale_topic
from resources.models import ResourceIndexPage, ResourcePage, ToolkitChapterPage, ToolkitPage
from resources.toolkit_pdf import build_toolkit_pdf


def demo_data():
    return data.load(__file__)


def ensure_library(home):
    return ensure_index(home, ResourceIndexPage, _("Resources"), "resources", demo_data().content["introduction"])


def publication_date(index):
    """Dates spread over the last five years, so the year filter and sorting have something to show."""
    return datetime.date(2026 - index % 5, 1 + (index * 5) % 12, 1 + (index * 7) % 28)


def make_document(title, paragraphs, publisher):
    """A generated PDF in the collection of whoever publishes it (the network's in the root)."""
    collection = Collection.objects.filter(name=publisher.title).first() or Collection.get_first_root_node()
    note = demo_data().content["document_note"]
    document = get_document_model().objects.create(
        title=title,
        language="en",
        collection=collection,
        file=ContentFile(make_pdf(title, [*paragraphs, note]), name=f"{slugify(title)[:60]}.pdf"),
    )
    extract_text(document)  # now rather than by the worker, so the demo's search finds the PDFs at once
    return document


def make_attachment(title, paragraphs, publisher):
    return [("attachment", {"document": make_document(title, paragraphs, publisher), "label": "Full text (PDF)"})]


def publishes_itself(kind, title, network_kinds):
    """The network writes the newsletters, briefings, consultation responses and what speaks of the network."""
    return kind in network_kinds or "network" in title.lower() or "our members" in title.lower()


def build(network):
    demo = demo_data()
    library = ensure_library(network.home)
    members = list(network.members.values())
    member_publishers = cycle(members or [library])
    themes = cycle(network.themes.values())
    regions = cycle(network.regions.values())
    languages = {language.code: language for language in Language.objects.all()}
    for index, entry in enumerate(demo.content["resources"]):
        title, summary = entry["title"], entry["summary"]
        parent = (
            library
            if publishes_itself(entry["kind"], title, demo.content["network_kinds"])
            else next(member_publishers)
        )
        if child_page(parent, ResourcePage, page_slug(title)):
            continue
        add_page(
            parent,
            ResourcePage(
                title=title,
                slug=page_slug(title),
                kind=entry["kind"],
                summary=summary,
                publication_date=publication_date(index),
                authors="Policy and research team" if parent == library else "",
                licence=ResourcePage.Licence.CC_BY if index % 2 else ResourcePage.Licence.ALL_RIGHTS_RESERVED,
                body=[("paragraph", f"<p>{summary}</p>")],
                attachments=make_attachment(title, [summary, *entry.get("findings", [])], parent),
            ),
            # The full demo has every term; a smaller network (as in tests) lends what it has.
            themes=terms(network.themes, entry["themes"]) or [next(themes)],
            regions=[network.regions.get(entry["region"]) or next(regions)] if network.regions else [],
            languages=[languages[code] for code in entry["languages"] if code in languages],
        )
    for entry in demo.content["resources"]:
        if entry.get("translated_into"):
            resource = ResourcePage.objects.get(locale=library.locale, slug=page_slug(entry["title"]))
            translate(resource, entry["translated_into"], demo.translations)
    for index, entry in enumerate(demo.content["toolkits"]):
        publisher = (
            library if entry["publisher"] == "network" or not members else members[entry["publisher"] % len(members)]
        )
        build_toolkit(network, publisher, entry, index, languages)


def paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def build_toolkit(network, parent, entry, index, languages):
    """A toolkit with its chapters and worksheets, translated, and its PDFs built in this process (a few
    seconds) so the demo's "Download PDF" works without a task worker."""
    translations = demo_data().translations
    slug = slugify(entry["title"])
    toolkit = child_page(parent, ToolkitPage, slug)
    if toolkit is None:
        toolkit = add_page(
            parent,
            ToolkitPage(
                title=entry["title"],
                slug=slug,
                summary=entry["summary"],
                audience=entry["audience"],
                body=paragraphs([entry["introduction"]]),
                publication_date=datetime.date(2026, 3 - index, 10),
                licence=ResourcePage.Licence.CC_BY,
            ),
            themes=terms(network.themes, entry["themes"]),
            regions=terms(network.regions, [entry["region"]]),
            languages=[languages[code] for code in ["en", *entry["translated_into"]] if code in languages],
        )
        for chapter in entry["chapters"]:
            worksheets = []
            if chapter.get("worksheet"):
                document = make_document(chapter["worksheet"], [chapter["summary"]], parent)
                worksheets = [("worksheet", {"document": document, "label": chapter["worksheet"]})]
            add_page(
                toolkit,
                ToolkitChapterPage(
                    title=chapter["title"],
                    summary=chapter["summary"],
                    body=paragraphs(chapter["paragraphs"]),
                    worksheets=worksheets,
                ),
            )
    translate(toolkit, entry["translated_into"], translations)
    for chapter in ToolkitChapterPage.objects.child_of(toolkit).order_by("path"):
        translate(chapter, entry["translated_into"], translations)
    # wagtail-localize publishes translations when the transaction commits: build after it, in every language.
    transaction.on_commit(lambda: build_pdfs(toolkit.translation_key))


def build_pdfs(translation_key):
    for version in ToolkitPage.objects.filter(translation_key=translation_key, alias_of__isnull=True):
        build_toolkit_pdf.call(version.pk)


def build_scale(parents, count):
    """Resources for `hub hub_demo --scale N` (see hub.scale): summaries and kinds in the parent's language, no files."""
    kinds = [kind for kind, _label in ResourcePage.Kind.choices]
    pages = []
    for number in range(count):
        title, sentence = scale_topic(parents[0], number)
        pages.append(
            ResourcePage(
                title=f"{title}: briefing {number}",
                kind=kinds[number % len(kinds)],
                summary=sentence,
                organisation=parents[0],
            )
        )
    return pages
