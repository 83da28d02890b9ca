"""The library's demo content, hung on the demo network's members, themes and regions. Idempotent."""

import datetime
from itertools import cycle

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection

from hub.demo.translate import translate
from hub.document_text import extract_text
from hub.models import Language
from hub.scale import scale_topic
from resources.demo_data import RESOURCES, TOOLKITS, TRANSLATED_RESOURCES
from resources.demo_pdf import make_pdf
from resources.demo_translations import TRANSLATIONS
from resources.models import ResourceIndexPage, ResourcePage, ToolkitChapterPage, ToolkitPage
from resources.toolkit_pdf import build_toolkit_pdf

NETWORK_KINDS = {"newsletter", "policy-briefing", "consultation-response"}
DEMO_NOTE = "This document was generated for the demonstration site of the hub."
LIBRARY_INTRODUCTION = (
    "<p>Reports, briefings, research and guides from the network and its member organisations, "
    "in the languages our communities speak.</p>"
)


def ensure_library(home):
    library = ResourceIndexPage.objects.child_of(home).first()
    if library is None:
        library = home.add_child(
            instance=ResourceIndexPage(
                title=_("Resources"), slug="resources", introduction=LIBRARY_INTRODUCTION, show_in_menus=True
            )
        )
        library.save_revision().publish()
    return library


def publication_date(index):
    """Dates spread over the last five years, so the year filter and sorting have something to show."""
    return datetime.date(2026 - index % 5, 1 + (index * 5) % 12, 1 + (index * 7) % 28)


def make_document(title, paragraphs, publisher):
    """A generated PDF in the collection of whoever publishes it (the network's in the root)."""
    collection = Collection.objects.filter(name=publisher.title).first() or Collection.get_first_root_node()
    document = get_document_model().objects.create(
        title=title,
        language="en",
        collection=collection,
        file=ContentFile(make_pdf(title, [*paragraphs, DEMO_NOTE]), name=f"{slugify(title)[:60]}.pdf"),
    )
    extract_text(document)  # now rather than by the worker, so the demo's search finds the PDFs at once
    return document


def make_attachment(title, summary, publisher):
    return [("attachment", {"document": make_document(title, [summary], publisher), "label": "Full text (PDF)"})]


def publishes_itself(kind, title):
    """The network writes the newsletters, briefings, consultation responses and what speaks of the network."""
    return kind in NETWORK_KINDS or "network" in title.lower() or "our members" in title.lower()


def build(network):
    library = ensure_library(network.home)
    members = list(network.members.values())
    member_publishers = cycle(members or [library])
    themes = cycle(network.themes.values())
    regions = cycle(network.regions.values())
    languages = {language.code: language for language in Language.objects.all()}
    for index, (title, kind, theme_slugs, region_slug, codes, summary) in enumerate(RESOURCES):
        parent = library if publishes_itself(kind, title) else next(member_publishers)
        slug = slugify(title)[:80]
        if ResourcePage.objects.descendant_of(parent).filter(slug=slug).exists():
            continue
        resource = parent.add_child(
            instance=ResourcePage(
                title=title,
                slug=slug,
                kind=kind,
                summary=summary,
                publication_date=publication_date(index),
                authors="Policy and research team" if parent == library else "",
                licence=ResourcePage.Licence.CC_BY if index % 2 else ResourcePage.Licence.ALL_RIGHTS_RESERVED,
                body=[("paragraph", f"<p>{summary}</p>")],
                attachments=make_attachment(title, summary, parent),
            )
        )
        # The full demo has every term; a smaller network (as in tests) lends what it has.
        resource.themes.set([network.themes[s] for s in theme_slugs if s in network.themes] or [next(themes)])
        resource.regions.set([network.regions.get(region_slug) or next(regions)] if network.regions else [])
        resource.languages.set([languages[code] for code in codes if code in languages])
        resource.save_revision().publish()
    for title, codes in TRANSLATED_RESOURCES.items():
        translate(ResourcePage.objects.get(locale=library.locale, slug=slugify(title)[:80]), codes, TRANSLATIONS)
    for index, entry in enumerate(TOOLKITS):
        publisher = (
            library if entry["publisher"] == "network" or not members else members[entry["publisher"] % len(members)]
        )
        build_toolkit(network, publisher, entry, index, languages)


def paragraphs(texts):
    return [("paragraph", f"<p>{text}</p>") for text in texts]


def build_toolkit(network, parent, entry, index, languages):
    """A toolkit with its chapters and worksheets, translated, and its PDFs built in this process (a few
    seconds) so the demo's "Download PDF" works without a task worker."""
    slug = slugify(entry["title"])
    toolkit = ToolkitPage.objects.child_of(parent).filter(slug=slug).first()
    if toolkit is None:
        toolkit = parent.add_child(
            instance=ToolkitPage(
                title=entry["title"],
                slug=slug,
                summary=entry["summary"],
                audience=entry["audience"],
                body=paragraphs([entry["introduction"]]),
                publication_date=datetime.date(2026, 3 - index, 10),
                licence=ResourcePage.Licence.CC_BY,
            )
        )
        toolkit.themes.set([network.themes[s] for s in entry["themes"] if s in network.themes])
        toolkit.regions.set([network.regions[entry["region"]]] if entry["region"] in network.regions else [])
        toolkit.languages.set([languages[code] for code in ["en", *entry["translated_into"]] if code in languages])
        toolkit.save_revision().publish()
        for chapter in entry["chapters"]:
            worksheets = []
            if chapter.get("worksheet"):
                document = make_document(chapter["worksheet"], [chapter["summary"]], parent)
                worksheets = [("worksheet", {"document": document, "label": chapter["worksheet"]})]
            page = toolkit.add_child(
                instance=ToolkitChapterPage(
                    title=chapter["title"],
                    summary=chapter["summary"],
                    body=paragraphs(chapter["paragraphs"]),
                    worksheets=worksheets,
                )
            )
            page.save_revision().publish()
    translate(toolkit, entry["translated_into"], TRANSLATIONS)
    for chapter in ToolkitChapterPage.objects.child_of(toolkit).order_by("path"):
        translate(chapter, entry["translated_into"], TRANSLATIONS)
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
