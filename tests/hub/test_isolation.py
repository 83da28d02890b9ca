"""Member spaces are sealed from each other.

An editor of one member can neither see the drafts of, nor change, nor choose the media of another member,
by any admin path; in its own space it can do all that its role allows; the public site never shows a draft.

The probes below are written against member B's space ("b") by an editor of another member ("a": a plain member
editor, then a trusted publisher). The GET probes are run again by each editor against its own space.
"""

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db.models import Model
from django.test import Client
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Revision, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtailmedia.models import get_media_model

from home.models import ContentPage
from hub.onboarding import Onboarded
from tests.support.people import make_london, make_member, make_member_a, make_member_b, make_scotland
from tests.support.shared_data import shared_by_module

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()
PERMISSION_DENIED = "Sorry, you do not have permission to access this area."
NOT_PERMITTED_IN_BULK = "You don't have permission to"
PUBLISHED_INTRODUCTION = "Open every Monday from ten."


def png_file(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (24, 24), "#0b5c4d").save(buffer, "PNG")
    return ImageFile(buffer, name=name)


@dataclass
class Space:
    """What a member has made: a never-published page, a live page with newer unpublished changes, media."""

    member: Onboarded
    draft: ContentPage
    live: ContentPage
    published_revision: Revision
    pending_title: str
    pending_introduction: str
    image: object
    document: object
    recording: object

    @property
    def organisation(self):
        return self.member.organisation

    @property
    def secrets(self):
        """What nobody outside the member may see: its drafts and its media."""
        return [
            self.draft.title,
            self.pending_title,
            self.pending_introduction,
            self.image.title,
            self.document.title,
            self.recording.title,
        ]


def build_space(member, tag):
    organisation = member.organisation
    draft = organisation.add_child(
        instance=ContentPage(
            title=f"{tag} winter shelter plan",
            slug=f"{tag.lower()}-winter-shelter-plan",
            introduction=f"<p>{tag} shelter opens on the first of December.</p>",
            live=False,
        )
    )
    draft.save_revision(user=member.editor)

    live = organisation.add_child(
        instance=ContentPage(
            title=f"{tag} drop-in hours",
            slug=f"{tag.lower()}-drop-in-hours",
            introduction=f"<p>{PUBLISHED_INTRODUCTION}</p>",
        )
    )
    published_revision = live.save_revision(user=member.editor)
    published_revision.publish()
    pending_title = f"{tag} winter drop-in hours"
    pending_introduction = f"{tag} drop-in closes for the winter."
    live.title = pending_title
    live.introduction = f"<p>{pending_introduction}</p>"
    live.save_revision(user=member.editor)

    image = Image.objects.create(
        title=f"{tag} logo",
        file=png_file(f"{tag.lower()}-logo.png"),
        collection=member.collection,
        uploaded_by_user=member.editor,
    )
    document = Document.objects.create(
        title=f"{tag} committee minutes",
        file=ContentFile(b"Minutes of the committee meeting.", name=f"{tag.lower()}-minutes.txt"),
        collection=member.collection,
        uploaded_by_user=member.editor,
    )
    recording = get_media_model().objects.create(
        title=f"{tag} oral history recording",
        type="audio",
        duration=12,
        file=ContentFile(b"RIFF" + bytes(400), name=f"{tag.lower()}-recording.wav"),
        collection=member.collection,
        uploaded_by_user=member.editor,
    )
    return Space(
        member=member,
        draft=ContentPage.objects.get(pk=draft.pk),
        live=ContentPage.objects.get(pk=live.pk),
        published_revision=published_revision,
        pending_title=pending_title,
        pending_introduction=pending_introduction,
        image=image,
        document=document,
        recording=recording,
    )


@pytest.fixture(scope="module")
def spaces(django_db_setup, django_db_blocker, module_media):
    """The three members' spaces, built once for the module: every probe below reads them."""
    with shared_by_module(django_db_blocker, module_media):
        make_london()
        make_scotland()
        trusted = make_member("Kurdish Community Centre", "editor@kcc.example.org", trusted_publisher=True)
        yield {
            "a": build_space(make_member_a(), "Amani"),
            "b": build_space(make_member_b(), "Baile"),
            "trusted": build_space(trusted, "Kurdish"),
        }


@pytest.fixture(autouse=True)
def media_in_tmp(settings, module_media):
    # The spaces' images and documents are stored once, in module_media.
    settings.MEDIA_ROOT = module_media


def reloaded(value):
    """The value as the database has it now, so that no test sees what an earlier one did to its objects."""
    if isinstance(value, Model):
        return type(value)._default_manager.get(pk=value.pk)
    if is_dataclass(value):
        return replace(value, **{field.name: reloaded(getattr(value, field.name)) for field in fields(value)})
    return value


@pytest.fixture
def space_a(db, spaces):
    return reloaded(spaces["a"])


@pytest.fixture
def space_b(db, spaces):
    return reloaded(spaces["b"])


@pytest.fixture
def trusted_space(db, spaces):
    return reloaded(spaces["trusted"])


@pytest.fixture
def member_b(space_b):
    return space_b.member


@pytest.fixture(params=["member editor", "trusted publisher"])
def editor_space(request, spaces):
    """The space of the editor making the requests: a plain member's, then a trusted publisher's. It names
    `spaces` so that they are built before the test's transaction, when a worker starts the module here."""
    return request.getfixturevalue("space_a" if request.param == "member editor" else "trusted_space")


def page_form(page, title, introduction="Changed.", action=None):
    """The edit form of a content page as the admin posts it; `action` is e.g. "action-publish"."""
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "introduction": rich_text(f"<p>{introduction}</p>"),
            "body": streamfield([("heading", "Opening times")]),
        }
    )
    if action:
        data[action] = action
    return data


def page_form_with_media(page, image=None, document=None):
    blocks = []
    if image:
        blocks.append(("image", {"image": image.pk, "alt_text": "", "caption": ""}))
    if document:
        blocks.append(("document", {"document": document.pk, "label": ""}))
    return nested_form_data(
        {"title": page.title, "slug": page.slug, "introduction": rich_text(""), "body": streamfield(blocks)}
    )


def page_form_with_attachment(page, document):
    documents = {"count": 1, "0": {"value": document.pk, "deleted": "", "order": 0}}
    blocks = [("attachments", {"heading": "", "documents": documents})]
    return nested_form_data(
        {"title": page.title, "slug": page.slug, "introduction": rich_text(""), "body": streamfield(blocks)}
    )


def copy_form(title, parent):
    return {"new_title": title, "new_slug": "copied-page", "new_parent_page": parent.pk}


def media_form(title, collection):
    return {"title": title, "collection": collection.pk, "tags": ""}


def database_state():
    """Everything a refused request must leave as it was."""
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk",
                "path",
                "slug",
                "title",
                "draft_title",
                "live",
                "has_unpublished_changes",
                "live_revision",
                "latest_revision",
                "locked",
            )
        ),
        "revisions": list(Revision.objects.order_by("pk").values_list("pk", "object_id")),
        "workflow_states": list(WorkflowState.objects.order_by("pk").values_list("pk", "status")),
        "view_restrictions": list(PageViewRestriction.objects.values_list("page", "restriction_type")),
        "images": list(Image.objects.order_by("pk").values_list("pk", "title", "file", "collection")),
        "documents": list(Document.objects.order_by("pk").values_list("pk", "title", "file", "collection")),
    }


@dataclass(frozen=True)
class Probe:
    """One admin request; its URL and data are built from the space it targets and the requester's own space.

    `refusal` is what the response says when the request is refused: Wagtail's permission message (on the admin
    home it redirects to; a 403 or 404 does as well), or the message of a form or bulk action that refuses.
    """

    name: str
    method: str
    url: Callable[[Space, Space], str]
    data: Callable[[Space, Space], dict] | None = None
    refusal: str = PERMISSION_DENIED

    def send(self, client, target, own):
        data = self.data(target, own) if self.data else {}
        return getattr(client, self.method)(self.url(target, own), data, follow=True)


def text_of(response):
    """The text of a response; empty for a file (an image preview)."""
    return "" if response.streaming else response.content.decode()


def assert_refused(response, refusal):
    if refusal == PERMISSION_DENIED and response.status_code in (403, 404):
        return
    assert response.status_code == 200
    if refusal == PERMISSION_DENIED:
        assert [url for url, _status in response.redirect_chain][-1:] == [reverse("wagtailadmin_home")]
    assert refusal in text_of(response)


def draft_of(space):
    return space.draft


def live_of(space):
    return space.live


def image_of(space):
    return space.image


def document_of(space):
    return space.document


def recording_of(space):
    return space.recording


def page_url(name, page_of, *extra):
    return lambda target, own: reverse(f"wagtailadmin_pages:{name}", args=[page_of(target).pk, *extra])


def item_url(name, item_of):
    return lambda target, own: reverse(name, args=[item_of(target).pk])


def bulk_url(model, action, item_of):
    return lambda target, own: (
        reverse("wagtail_bulk_action", args=[model._meta.app_label, model._meta.model_name, action])
        + f"?id={item_of(target).pk}&next={reverse('wagtailadmin_home')}"
    )


PAGE_PROBES = [
    Probe("edit the draft (GET)", "get", page_url("edit", draft_of)),
    Probe("edit the live page (GET)", "get", page_url("edit", live_of)),
    Probe("edit the draft (POST)", "post", page_url("edit", draft_of), lambda b, a: page_form(b.draft, "Hijacked")),
    Probe(
        "publish the draft",
        "post",
        page_url("edit", draft_of),
        lambda b, a: page_form(b.draft, "Hijacked", action="action-publish"),
    ),
    Probe(
        "publish the pending changes",
        "post",
        page_url("edit", live_of),
        lambda b, a: page_form(b.live, b.pending_title, action="action-publish"),
    ),
    Probe(
        "submit the draft for moderation",
        "post",
        page_url("edit", draft_of),
        lambda b, a: page_form(b.draft, b.draft.title, action="action-submit"),
    ),
    Probe(
        "add a page to the space (GET)",
        "get",
        lambda b, a: reverse("wagtailadmin_pages:add", args=["home", "contentpage", b.organisation.pk]),
    ),
    Probe(
        "add a page to the space (POST)",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:add", args=["home", "contentpage", b.organisation.pk]),
        lambda b, a: {**page_form(b.draft, "Planted page"), "slug": "planted-page"},
    ),
    Probe("delete the draft (GET)", "get", page_url("delete", draft_of)),
    Probe("delete the draft (POST)", "post", page_url("delete", draft_of)),
    Probe("copy the draft (GET)", "get", page_url("copy", draft_of)),
    Probe(
        "copy the draft into one's own space",
        "post",
        page_url("copy", draft_of),
        lambda b, a: copy_form("Copied draft", a.organisation),
    ),
    Probe(
        "copy one's own page into the space",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:copy", args=[a.draft.pk]),
        lambda b, a: copy_form("Planted copy", b.organisation),
        refusal="You do not have permission to copy to page",
    ),
    Probe("move the draft (GET)", "get", page_url("move", draft_of)),
    Probe(
        "move the draft (choose a destination)",
        "post",
        page_url("move", draft_of),
        lambda b, a: {"new_parent_page": a.organisation.pk},
    ),
    # Wagtail's move_confirm view checks no permission on GET; hub's before_move_page hook does.
    Probe(
        "move the draft into one's own space (confirmation)",
        "get",
        lambda b, a: reverse("wagtailadmin_pages:move_confirm", args=[b.draft.pk, a.organisation.pk]),
    ),
    Probe(
        "move the draft into one's own space",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:move_confirm", args=[b.draft.pk, a.organisation.pk]),
    ),
    Probe(
        "move one's own page into the space",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:move_confirm", args=[a.draft.pk, b.organisation.pk]),
    ),
    Probe("unpublish the live page (GET)", "get", page_url("unpublish", live_of)),
    Probe("unpublish the live page (POST)", "post", page_url("unpublish", live_of)),
    Probe("lock the live page", "post", page_url("lock", live_of)),
    Probe(
        "password-protect the live page",
        "post",
        page_url("set_privacy", live_of),
        lambda b, a: {"restriction_type": "password", "password": "letmein-1234"},
    ),
    Probe("revisions index", "get", page_url("revisions_index", live_of)),
    Probe("history", "get", page_url("history", live_of)),
    Probe("workflow history", "get", page_url("workflow_history", live_of)),
    Probe(
        "view the pending revision",
        "get",
        lambda b, a: reverse("wagtailadmin_pages:revisions_view", args=[b.live.pk, b.live.latest_revision_id]),
    ),
    Probe(
        "compare the live page with the pending revision",
        "get",
        lambda b, a: reverse("wagtailadmin_pages:revisions_compare", args=[b.live.pk, "live", "latest"]),
    ),
    Probe(
        "revert to the published revision (GET)",
        "get",
        lambda b, a: reverse("wagtailadmin_pages:revisions_revert", args=[b.live.pk, b.published_revision.pk]),
    ),
    Probe(
        "revert to the published revision (POST)",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:revisions_revert", args=[b.live.pk, b.published_revision.pk]),
        lambda b, a: page_form(b.live, "Reverted by someone else"),
    ),
    Probe("view the draft", "get", page_url("view_draft", draft_of)),
    Probe("preview the draft (GET)", "get", page_url("preview_on_edit", draft_of)),
    Probe(
        "preview the draft (POST)",
        "post",
        page_url("preview_on_edit", draft_of),
        lambda b, a: page_form(b.draft, b.draft.title),
    ),
]

MEDIA_PROBES = [
    Probe("edit the image (GET)", "get", item_url("wagtailimages:edit", image_of)),
    Probe(
        "edit the image (POST)",
        "post",
        item_url("wagtailimages:edit", image_of),
        lambda b, a: media_form("Hijacked", b.member.collection),
    ),
    Probe(
        "move the image into one's own collection",
        "post",
        item_url("wagtailimages:edit", image_of),
        lambda b, a: media_form(b.image.title, a.member.collection),
    ),
    Probe("delete the image (GET)", "get", item_url("wagtailimages:delete", image_of)),
    Probe("delete the image (POST)", "post", item_url("wagtailimages:delete", image_of)),
    Probe("choose the image", "get", item_url("wagtailimages_chooser:chosen", image_of)),
    # Wagtail's select_format view (the image chooser's last step for rich text) checks no permission;
    # hub.admin_guards does.
    Probe("choose the image for rich text (GET)", "get", item_url("wagtailimages_chooser:select_format", image_of)),
    Probe(
        "choose the image for rich text (POST)",
        "post",
        item_url("wagtailimages_chooser:select_format", image_of),
        lambda b, a: {"image-chooser-insertion-format": "fullwidth", "image-chooser-insertion-alt_text": "Logo"},
    ),
    Probe(
        "preview the image",
        "get",
        lambda b, a: reverse("wagtailimages:preview", args=[b.image.pk, "original"]),
    ),
    Probe("image usage", "get", item_url("wagtailimages:image_usage", image_of)),
    Probe("edit the document (GET)", "get", item_url("wagtaildocs:edit", document_of)),
    Probe(
        "edit the document (POST)",
        "post",
        item_url("wagtaildocs:edit", document_of),
        lambda b, a: media_form("Hijacked", b.member.collection),
    ),
    Probe(
        "move the document into one's own collection",
        "post",
        item_url("wagtaildocs:edit", document_of),
        lambda b, a: media_form(b.document.title, a.member.collection),
    ),
    Probe("delete the document (GET)", "get", item_url("wagtaildocs:delete", document_of)),
    Probe("delete the document (POST)", "post", item_url("wagtaildocs:delete", document_of)),
    Probe("choose the document", "get", item_url("wagtaildocs_chooser:chosen", document_of)),
    Probe("document usage", "get", item_url("wagtaildocs:document_usage", document_of)),
    Probe("edit the recording (GET)", "get", item_url("wagtailmedia:edit", recording_of)),
    Probe("delete the recording (GET)", "get", item_url("wagtailmedia:delete", recording_of)),
    Probe("choose the recording", "get", item_url("wagtailmedia:media_chosen", recording_of)),
    # wagtailmedia's usage view checks no permission on the recording; hub.admin_guards does.
    Probe("recording usage", "get", item_url("wagtailmedia:media_usage", recording_of)),
    # Chooser blocks accept any image or document id; hub.page_forms refuses ids the editor may not choose.
    Probe(
        "put the image in one's own page",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:edit", args=[a.draft.pk]),
        lambda b, a: page_form_with_media(a.draft, image=b.image),
    ),
    Probe(
        "link the document from one's own page",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:edit", args=[a.draft.pk]),
        lambda b, a: page_form_with_media(a.draft, document=b.document),
    ),
    Probe(
        "attach the document to one's own page",
        "post",
        lambda b, a: reverse("wagtailadmin_pages:edit", args=[a.draft.pk]),
        lambda b, a: page_form_with_attachment(a.draft, b.document),
    ),
]

BULK_ACTIONS = [
    (Page, "delete", draft_of, None),
    (Page, "publish", draft_of, None),
    (Page, "unpublish", live_of, None),
    (Page, "move", draft_of, lambda b, a: {"chooser": a.organisation.pk}),
    (Image, "delete", image_of, None),
    (Image, "add_to_collection", image_of, lambda b, a: {"collection": a.member.collection.pk}),
    (Document, "delete", document_of, None),
    (Document, "add_to_collection", document_of, lambda b, a: {"collection": a.member.collection.pk}),
]
BULK_PROBES = [
    # Wagtail's bulk action confirmations name the items they refuse; hub's template leaves them unnamed.
    *(
        Probe(
            f"bulk {action} {model._meta.model_name} (confirmation)",
            "get",
            bulk_url(model, action, item_of),
            refusal=NOT_PERMITTED_IN_BULK,
        )
        for model, action, item_of, _data in BULK_ACTIONS
    ),
    *(
        Probe(
            f"bulk {action} {model._meta.model_name}",
            "post",
            bulk_url(model, action, item_of),
            data,
            refusal=f"0 {model._meta.verbose_name_plural} have been",
        )
        for model, action, item_of, data in BULK_ACTIONS
    ),
]


@pytest.mark.parametrize("probe", PAGE_PROBES + MEDIA_PROBES + BULK_PROBES, ids=lambda probe: probe.name)
def test_another_members_editor_is_refused(client_for, space_b, editor_space, probe):
    client = client_for(editor_space.member.editor)
    before = database_state()

    response = probe.send(client, space_b, editor_space)

    assert_refused(response, probe.refusal)
    assert database_state() == before
    html = text_of(response)
    assert [secret for secret in space_b.secrets if secret in html] == []


NEEDS_PUBLISH_PERMISSION = {
    "unpublish the live page (GET)",
    "bulk publish page (confirmation)",
    "bulk unpublish page (confirmation)",
}
OWN_SPACE_PROBES = [probe for probe in PAGE_PROBES + MEDIA_PROBES + BULK_PROBES if probe.method == "get"]


@pytest.mark.parametrize("probe", OWN_SPACE_PROBES, ids=lambda probe: probe.name)
def test_editor_opens_all_of_its_own_space(client_for, editor_space, probe):
    """The same requests in one's own space are answered, except what needs the publish permission it may lack."""
    client = client_for(editor_space.member.editor)

    response = probe.send(client, editor_space, editor_space)

    if probe.name in NEEDS_PUBLISH_PERMISSION and not editor_space.organisation.trusted_publisher:
        assert_refused(response, probe.refusal)
    else:
        assert response.status_code == 200
        html = text_of(response)
        assert PERMISSION_DENIED not in html
        assert NOT_PERMITTED_IN_BULK not in html


@dataclass(frozen=True)
class Listing:
    """An admin listing; `own_item` names what of the viewer's own space it must show, if anything."""

    name: str
    url: Callable[[Space, Space], str]
    own_item: Callable[[Space], str] | None = None


def own_draft_title(space):
    return space.draft.title


def own_image_title(space):
    return space.image.title


def own_document_title(space):
    return space.document.title


def own_recording_title(space):
    return space.recording.title


LISTINGS = [
    Listing("page explorer at the root", lambda b, a: reverse("wagtailadmin_explore_root")),
    Listing(
        "page explorer of the directory",
        lambda b, a: reverse("wagtailadmin_explore", args=[b.organisation.get_parent().pk]),
    ),
    Listing(
        "page explorer of B's organisation", lambda b, a: reverse("wagtailadmin_explore", args=[b.organisation.pk])
    ),
    Listing(
        "page explorer of one's own organisation",
        lambda b, a: reverse("wagtailadmin_explore", args=[a.organisation.pk]),
        own_draft_title,
    ),
    Listing(
        "page explorer search of the whole tree",
        lambda b, a: reverse("wagtailadmin_explore", args=[a.organisation.pk]) + "?q=winter&search_all=1",
        own_draft_title,
    ),
    Listing("admin page search", lambda b, a: reverse("wagtailadmin_pages:search") + "?q=winter", own_draft_title),
    Listing(
        "admin page search results",
        lambda b, a: reverse("wagtailadmin_pages:search_results") + "?q=winter",
        own_draft_title,
    ),
    Listing("page chooser at the root", lambda b, a: reverse("wagtailadmin_choose_page")),
    # The chooser shows draft titles, so B's live page with pending changes is left out of A's chooser.
    Listing(
        "page chooser in B's organisation",
        lambda b, a: reverse("wagtailadmin_choose_page_child", args=[b.organisation.pk]),
    ),
    Listing(
        "page chooser in one's own organisation",
        lambda b, a: reverse("wagtailadmin_choose_page_child", args=[a.organisation.pk]),
        own_draft_title,
    ),
    Listing(
        "page chooser search", lambda b, a: reverse("wagtailadmin_choose_page_search") + "?q=winter", own_draft_title
    ),
    # The chooser's chosen-multiple endpoint runs no queryset hook; hub.admin_guards refuses hidden pages.
    Listing(
        "page chooser, chosen pages",
        lambda b, a: reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={b.draft.pk}&id={b.live.pk}",
    ),
    Listing("image library", lambda b, a: reverse("wagtailimages:index"), own_image_title),
    Listing("image chooser", lambda b, a: reverse("wagtailimages_chooser:choose"), own_image_title),
    Listing(
        "image chooser search",
        lambda b, a: reverse("wagtailimages_chooser:choose_results") + "?q=logo",
        own_image_title,
    ),
    Listing(
        "image chooser filtered to B's collection",
        lambda b, a: reverse("wagtailimages_chooser:choose_results") + f"?collection_id={b.member.collection.pk}",
    ),
    Listing(
        "image chooser, chosen images",
        lambda b, a: reverse("wagtailimages_chooser:chosen_multiple") + f"?id={b.image.pk}",
    ),
    Listing("document library", lambda b, a: reverse("wagtaildocs:index"), own_document_title),
    Listing("document chooser", lambda b, a: reverse("wagtaildocs_chooser:choose"), own_document_title),
    Listing(
        "document chooser search",
        lambda b, a: reverse("wagtaildocs_chooser:choose_results") + "?q=minutes",
        own_document_title,
    ),
    Listing(
        "document chooser filtered to B's collection",
        lambda b, a: reverse("wagtaildocs_chooser:choose_results") + f"?collection_id={b.member.collection.pk}",
    ),
    Listing(
        "document chooser, chosen documents",
        lambda b, a: reverse("wagtaildocs_chooser:chosen_multiple") + f"?id={b.document.pk}",
    ),
    Listing("media library", lambda b, a: reverse("wagtailmedia:index"), own_recording_title),
    Listing("media chooser", lambda b, a: reverse("wagtailmedia:chooser"), own_recording_title),
    Listing("media chooser search", lambda b, a: reverse("wagtailmedia:chooser") + "?q=recording", own_recording_title),
    # Wagtail names the last edited page of each type, whoever's draft it is; hub.admin_guards hides others'.
    Listing("page types usage report", lambda b, a: reverse("wagtailadmin_reports:page_types_usage")),
    Listing("page types usage report results", lambda b, a: reverse("wagtailadmin_reports:page_types_usage_results")),
    Listing(
        "page type use",
        lambda b, a: reverse("wagtailadmin_pages:type_use", args=["home", "contentpage"]),
        own_draft_title,
    ),
    Listing("page usage of B's live page", lambda b, a: reverse("wagtailadmin_pages:usage", args=[b.live.pk])),
    Listing("locked pages report", lambda b, a: reverse("wagtailadmin_reports:locked_pages")),
    Listing("workflow report", lambda b, a: reverse("wagtailadmin_reports:workflow")),
    Listing("workflow tasks report", lambda b, a: reverse("wagtailadmin_reports:workflow_tasks")),
    Listing("site history report", lambda b, a: reverse("wagtailadmin_reports:site_history"), own_draft_title),
    Listing("aging pages report", lambda b, a: reverse("wagtailadmin_reports:aging_pages")),
    Listing("translations report", lambda b, a: reverse("wagtail_localize:translations_report")),
    Listing("translation status", lambda b, a: reverse("hub_translation_status")),
    Listing("theme usage", lambda b, a: reverse("wagtailsnippets_hub_theme:list")),
    Listing("tag autocomplete", lambda b, a: reverse("wagtailadmin_tag_autocomplete") + "?term=a"),
    Listing("admin API pages", lambda b, a: reverse("wagtailadmin_api:pages:listing") + "?fields=title"),
    Listing(
        "admin API pages search",
        lambda b, a: reverse("wagtailadmin_api:pages:listing") + "?search=winter&fields=title",
    ),
    Listing("admin API page detail", lambda b, a: reverse("wagtailadmin_api:pages:detail", args=[b.draft.pk])),
    Listing("admin API documents", lambda b, a: reverse("wagtailadmin_api:documents:listing")),
    Listing("admin API images", lambda b, a: reverse("wagtailadmin_api:images:listing")),
    Listing(
        "workflow history of B's page", lambda b, a: reverse("wagtailadmin_pages:workflow_history", args=[b.live.pk])
    ),
    Listing("search terms report", lambda b, a: reverse("wagtailsearchpromotions:search_terms")),
    Listing("promoted search results", lambda b, a: reverse("wagtailsearchpromotions:index")),
]


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda listing: listing.name)
def test_admin_listings_show_nothing_of_another_members_drafts_or_media(client_for, space_a, space_b, listing):
    response = client_for(space_a.member.editor).get(listing.url(space_b, space_a), follow=True)

    assert response.status_code in (200, 403, 404)
    html = response.content.decode()
    assert [secret for secret in space_b.secrets if secret in html] == []
    if listing.own_item:
        assert listing.own_item(space_a) in html


def test_page_chooser_cannot_be_opened_on_another_members_draft(client_for, space_a, space_b):
    url = reverse("wagtailadmin_choose_page_child", args=[space_b.draft.pk])
    response = client_for(space_a.member.editor).get(url, follow=True)

    assert_refused(response, PERMISSION_DENIED)
    assert [secret for secret in space_b.secrets if secret in response.content.decode()] == []


# --- What each role may do in its own space ---------------------------------------------------------------------


def test_member_editor_saves_drafts_but_cannot_publish_directly(client_for, space_a):
    client = client_for(space_a.member.editor)
    live_revision_id = space_a.live.live_revision_id

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[space_a.live.pk]),
        page_form(space_a.live, "Amani drop-in hours from March", action="action-publish"),
    )
    assert response.status_code == 302
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[space_a.draft.pk]),
        page_form(space_a.draft, "Amani shelter plan, second draft", action="action-publish"),
    )
    assert response.status_code == 302

    live = ContentPage.objects.get(pk=space_a.live.pk)
    assert (live.title, live.live_revision_id) == ("Amani drop-in hours", live_revision_id)
    assert live.draft_title == "Amani drop-in hours from March"
    assert live.get_latest_revision_as_object().title == "Amani drop-in hours from March"
    draft = ContentPage.objects.get(pk=space_a.draft.pk)
    assert not draft.live
    assert draft.draft_title == "Amani shelter plan, second draft"


def test_member_editor_submits_its_page_for_moderation(client_for, space_a):
    client = client_for(space_a.member.editor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[space_a.draft.pk]),
        page_form(space_a.draft, space_a.draft.title, action="action-submit"),
    )

    assert response.status_code == 302
    assert WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(space_a.draft.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    assert not ContentPage.objects.get(pk=space_a.draft.pk).live


def test_member_editor_cannot_take_its_live_page_down(client_for, space_a):
    client = client_for(space_a.member.editor)
    before = database_state()

    for view in ("unpublish", "delete"):
        response = client.post(reverse(f"wagtailadmin_pages:{view}", args=[space_a.live.pk]), follow=True)
        assert_refused(response, PERMISSION_DENIED)

    assert database_state() == before


def test_member_editor_deletes_its_draft(client_for, space_a):
    response = client_for(space_a.member.editor).post(reverse("wagtailadmin_pages:delete", args=[space_a.draft.pk]))

    assert response.status_code == 302
    assert not Page.objects.filter(pk=space_a.draft.pk).exists()


def test_member_editor_copies_and_moves_pages_within_its_space(client_for, space_a):
    client = client_for(space_a.member.editor)

    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[space_a.draft.pk]),
        copy_form("Amani shelter plan, copy", space_a.organisation),
    )
    assert response.status_code == 302
    copy = Page.objects.get(title="Amani shelter plan, copy")
    assert copy.get_parent().pk == space_a.organisation.pk
    assert not copy.live

    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[space_a.draft.pk, space_a.live.pk]))
    assert response.status_code == 302
    assert Page.objects.get(pk=space_a.draft.pk).get_parent().pk == space_a.live.pk


def test_member_editor_reverts_its_page_to_an_earlier_revision(client_for, space_a):
    response = client_for(space_a.member.editor).post(
        reverse("wagtailadmin_pages:revisions_revert", args=[space_a.live.pk, space_a.published_revision.pk]),
        page_form(space_a.live, "Amani drop-in hours", PUBLISHED_INTRODUCTION),
    )

    assert response.status_code == 302
    live = ContentPage.objects.get(pk=space_a.live.pk)
    assert live.latest_revision_id != space_a.live.latest_revision_id
    assert live.draft_title == "Amani drop-in hours"
    assert PUBLISHED_INTRODUCTION in live.get_latest_revision_as_object().introduction
    assert live.live_revision_id == space_a.published_revision.pk


def test_member_editor_previews_its_drafts(client_for, space_a):
    client = client_for(space_a.member.editor)

    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[space_a.draft.pk]))
    assert response.status_code == 200
    assert "Amani shelter opens on the first of December." in response.content.decode()

    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[space_a.draft.pk])
    response = client.post(preview_url, page_form(space_a.draft, space_a.draft.title, "Opens on the tenth instead."))
    assert json.loads(response.content)["is_valid"]
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Opens on the tenth instead." in response.content.decode()


def test_member_editor_edits_chooses_and_deletes_its_image(client_for, space_a):
    client = client_for(space_a.member.editor)
    image = space_a.image

    response = client.post(
        reverse("wagtailimages:edit", args=[image.pk]), media_form("Amani logo, 2026", space_a.member.collection)
    )
    assert response.status_code == 302
    assert Image.objects.get(pk=image.pk).title == "Amani logo, 2026"

    response = client.get(reverse("wagtailimages_chooser:chosen", args=[image.pk]))
    assert json.loads(response.content)["result"]["id"] == str(image.pk)

    response = client.post(reverse("wagtailimages:delete", args=[image.pk]))
    assert response.status_code == 302
    assert not Image.objects.filter(pk=image.pk).exists()


def test_member_editor_edits_chooses_and_deletes_its_document(client_for, space_a):
    client = client_for(space_a.member.editor)
    document = space_a.document

    response = client.post(
        reverse("wagtaildocs:edit", args=[document.pk]), media_form("Amani minutes, May", space_a.member.collection)
    )
    assert response.status_code == 302
    assert Document.objects.get(pk=document.pk).title == "Amani minutes, May"

    response = client.get(reverse("wagtaildocs_chooser:chosen", args=[document.pk]))
    assert json.loads(response.content)["result"]["id"] == str(document.pk)

    response = client.post(reverse("wagtaildocs:delete", args=[document.pk]))
    assert response.status_code == 302
    assert not Document.objects.filter(pk=document.pk).exists()


def test_member_editor_puts_its_own_media_in_its_page(client_for, space_a):
    response = client_for(space_a.member.editor).post(
        reverse("wagtailadmin_pages:edit", args=[space_a.draft.pk]),
        page_form_with_media(space_a.draft, image=space_a.image, document=space_a.document),
    )

    assert response.status_code == 302
    body = ContentPage.objects.get(pk=space_a.draft.pk).get_latest_revision_as_object().body
    assert body[0].value["image"] == space_a.image
    assert body[1].value["document"] == space_a.document


def test_trusted_publisher_publishes_and_unpublishes_its_pages(client_for, trusted_space):
    editor_client = client_for(trusted_space.member.editor)

    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[trusted_space.live.pk]),
        page_form(trusted_space.live, "Kurdish drop-in hours from March", action="action-publish"),
    )
    assert response.status_code == 302
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[trusted_space.draft.pk]),
        page_form(trusted_space.draft, trusted_space.draft.title, action="action-publish"),
    )
    assert response.status_code == 302
    live = ContentPage.objects.get(pk=trusted_space.live.pk)
    draft = ContentPage.objects.get(pk=trusted_space.draft.pk)
    assert (live.live, live.title, live.has_unpublished_changes) == (True, "Kurdish drop-in hours from March", False)
    assert draft.live

    response = editor_client.post(reverse("wagtailadmin_pages:unpublish", args=[trusted_space.live.pk]))
    assert response.status_code == 302
    assert not ContentPage.objects.get(pk=trusted_space.live.pk).live
    assert Client().get(live.url).status_code == 404


# --- The public site ---------------------------------------------------------------------------------------------


@pytest.fixture(params=["anonymous visitor", "another member's editor"])
def visitor(request, client, client_for):
    if request.param == "anonymous visitor":
        return client
    return client_for(request.getfixturevalue("space_a").member.editor)


def test_never_published_page_is_not_found(visitor, space_b):
    response = visitor.get(space_b.draft.url)

    assert response.status_code == 404
    assert space_b.draft.title not in response.content.decode()


def test_organisation_profile_lists_only_published_pages(visitor, space_b):
    response = visitor.get(space_b.organisation.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Baile drop-in hours" in html
    assert [secret for secret in space_b.secrets if secret in html] == []


def test_public_sees_the_published_text_of_a_page_with_a_newer_draft(visitor, space_b):
    response = visitor.get(space_b.live.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Baile drop-in hours" in html
    assert PUBLISHED_INTRODUCTION in html
    assert space_b.pending_title not in html
    assert space_b.pending_introduction not in html


def test_directory_and_home_do_not_list_an_unpublished_organisation(client, directory, home, member_b):
    hidden = make_member("Hidden Haven Collective", "editor@hidden.example.org").organisation
    hidden_url = hidden.url
    hidden.unpublish()

    for page in (directory, home):
        html = client.get(page.url).content.decode()
        assert "Baile Refugee Forum" in html
        assert "Hidden Haven Collective" not in html
    assert client.get(hidden_url).status_code == 404


@pytest.mark.parametrize("url_name", ["page_types_usage", "page_types_usage_results"])
def test_page_types_report_does_not_name_another_members_last_edited_draft(client_for, space_a, space_b, url_name):
    space_b.draft.save_revision(user=space_b.member.editor)  # now the site's last edited content page
    client = client_for(space_a.member.editor)

    html = client.get(reverse(f"wagtailadmin_reports:{url_name}")).content.decode()
    assert space_b.draft.title not in html

    space_a.draft.save_revision(user=space_a.member.editor)
    assert space_a.draft.title in client.get(reverse(f"wagtailadmin_reports:{url_name}")).content.decode()


@pytest.fixture
def arabic_translator(db):
    from hub.roles import translators_group_name
    from tests.support.people import person

    return person("layla", translators_group_name("ar"))


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda listing: listing.name)
def test_a_translator_sees_nothing_of_a_members_drafts_or_media_in_listings(
    client_for, space_a, space_b, arabic_translator, listing
):
    response = client_for(arabic_translator).get(listing.url(space_b, space_a), follow=True)

    assert response.status_code in (200, 403, 404)
    html = response.content.decode()
    assert [secret for secret in [*space_a.secrets, *space_b.secrets] if secret in html] == []


@pytest.mark.parametrize("probe", [probe for probe in MEDIA_PROBES if probe.method == "get"], ids=lambda p: p.name)
def test_a_translator_is_refused_a_members_media(client_for, space_a, space_b, arabic_translator, probe):
    response = probe.send(client_for(arabic_translator), space_b, space_a)

    assert_refused(response, probe.refusal)
    assert [secret for secret in space_b.secrets if secret in text_of(response)] == []


def test_a_draft_made_in_the_admin_is_not_shown_to_translators_until_it_is_published(
    client_for, space_a, space_b, arabic_translator
):
    title = "Baile secret tenancy plan"
    data = nested_form_data(
        {"title": title, "slug": "baile-secret-tenancy-plan", "introduction": rich_text("<p>Not yet.</p>")}
        | {"body": streamfield([])}
    )
    data["action-save"] = "action-save"
    editor = Client()  # of its own: the translator's must not carry the editor's "created" message
    editor.force_login(space_b.member.editor)
    editor.post(reverse("wagtailadmin_pages:add", args=["home", "contentpage", space_b.organisation.pk]), data)
    draft = ContentPage.objects.get(title=title, alias_of__isnull=True, live=False)
    assert Page.objects.filter(translation_key=draft.translation_key).count() == 1  # in its own language only

    translator = client_for(arabic_translator)
    searches = [reverse("wagtailadmin_pages:search") + "?q=tenancy", "/admin/api/main/pages/?search=tenancy"]
    for url in [*searches, *(listing.url(space_b, space_a) for listing in LISTINGS)]:
        assert title not in translator.get(url, follow=True).content.decode(), url

    draft.save_revision().publish()  # approved: now it is the public's, in every language
    arabic = draft.get_translation(Locale.objects.get(language_code="ar"))
    assert arabic.alias_of_id == draft.pk and arabic.live
    assert title in translator.get(searches[0]).content.decode()
