"""The library's demo content, hung on the demo network's members, themes and regions. Idempotent."""

import datetime
from itertools import cycle

from django.core.files.base import ContentFile
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection

from hub.models import Language
from resources.demo_data import RESOURCES
from resources.demo_pdf import make_pdf
from resources.models import ResourceIndexPage, ResourcePage
from resources.oral_history_demo import build as build_oral_histories

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


def make_attachment(title, summary, publisher):
    """The resource's PDF, in the collection of whoever publishes it (the network's in the root)."""
    collection = Collection.objects.filter(name=publisher.title).first() or Collection.get_first_root_node()
    document = get_document_model().objects.create(
        title=title,
        language="en",
        collection=collection,
        file=ContentFile(make_pdf(title, [summary, DEMO_NOTE]), name=f"{slugify(title)[:60]}.pdf"),
    )
    return [("attachment", {"document": document, "label": "Full text (PDF)"})]


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
    # The oral history project belongs to a member whose pages the demo translates, when the network has it.
    build_oral_histories(network, network.members.get("Somali Parents Hackney") or members[0] if members else library)
