"""The text of uploaded documents is read in the background, stored, searchable, and refreshed on replacement.

Uploads go through the admin's real views as a member editor makes them. Background tasks run at once in
tests (ImmediateBackend) but only after the upload's transaction commits, as they would in the worker.
"""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model

from hub.document_text import TextStatus
from resources.demo import make_attachment
from resources.factories import ResourcePageFactory
from resources.models import ResourcePage
from tests.hub import sample_files
from tests.hub.sample_files import upload

pytestmark = pytest.mark.django_db

Document = get_document_model()


@pytest.fixture
def editor(client_for, member_a):
    return client_for(member_a.editor)


def add_document(client, member, title, name, content):
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": upload(name, content), "collection": member.collection.pk},
    )
    assert response.status_code == 302, response.context["form"].errors
    return Document.objects.get(title=title)


def add_multiple(client, member, name, content):
    response = client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": upload(name, content), "collection": member.collection.pk}
    )
    assert response.json()["success"], response.json()
    return Document.objects.get(pk=response.json()["doc_id"])


def test_text_of_an_uploaded_pdf_is_stored_and_found_by_the_admin_search(
    editor, member_a, django_capture_on_commit_callbacks
):
    content = sample_files.pdf("Rent arrears in Lewisham", "Tenants facing eviction can ask the council for help.")
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Housing briefing", "briefing.pdf", content)
    document.refresh_from_db()
    assert document.text_status == TextStatus.EXTRACTED
    assert "Tenants facing eviction can ask the council for help." in document.text
    # A word only in the file, not the title, finds it.
    response = editor.get(reverse("wagtaildocs:index"), {"q": "eviction"})
    assert "Housing briefing" in response.content.decode()
    assert list(Document.objects.search("eviction")) == [document]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("guide.docx", sample_files.word_document("Welcome", "Free English classes", "Tuesdays"), "Tuesdays"),
        ("guide.odt", sample_files.open_document_text("Bienvenue", "Cours de français gratuits"), "gratuits"),
        ("contacts.txt", b"Advice line: Mondays", "Mondays"),
    ],
    ids=["docx", "odt", "txt"],
)
def test_text_of_word_opendocument_and_plain_files_from_the_multiple_upload(
    editor, member_a, django_capture_on_commit_callbacks, name, content, expected
):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_multiple(editor, member_a, name, content)
    document.refresh_from_db()
    assert document.text_status == TextStatus.EXTRACTED
    assert expected in document.text


def test_reading_waits_for_the_upload_to_be_saved_and_the_editor_sees_it_waiting(
    editor, member_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = add_document(editor, member_a, "Annual report", "report.pdf", sample_files.pdf("Our year"))
    assert len(callbacks) == 1  # the reading task, queued for after the commit
    assert document.text_status == TextStatus.WAITING
    page = editor.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert "Waiting to be read" in page
    callbacks[0]()
    document.refresh_from_db()
    assert document.text == "Our year"
    assert "Text extracted for search" in editor.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()


def test_replacing_the_file_replaces_the_text(editor, member_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Guide", "guide.pdf", sample_files.pdf("Old advice about buses"))
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Guide",
                "file": upload("guide-2026.pdf", sample_files.pdf("New advice about trains")),
                "collection": member_a.collection.pk,
            },
        )
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.text == "New advice about trains"
    assert not Document.objects.search("buses")


def test_editing_the_title_alone_does_not_read_the_file_again(editor, member_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Guide", "guide.pdf", sample_files.pdf("Advice"))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        editor.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {"title": "Guide for newcomers", "collection": member_a.collection.pk},
        )
    assert not callbacks
    document.refresh_from_db()
    assert (document.title, document.text_status, document.text) == ("Guide for newcomers", "extracted", "Advice")


@pytest.mark.parametrize(
    ("content", "status", "explanation"),
    [
        (sample_files.scanned_pdf(), TextStatus.NO_TEXT, "no text found (a scanned image?)"),
        (sample_files.encrypted_pdf("Minutes"), TextStatus.ENCRYPTED, "protected by a password"),
        (sample_files.damaged_pdf(), TextStatus.DAMAGED, "the file is damaged"),
    ],
    ids=["scanned", "encrypted", "damaged"],
)
def test_an_unreadable_file_is_kept_and_flagged_for_the_editor(
    editor, member_a, django_capture_on_commit_callbacks, content, status, explanation
):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Scanned letter", "letter.pdf", content)
    document.refresh_from_db()
    assert document.text_status == status
    assert document.text == ""
    with document.open_file() as stored:
        assert stored.read() == content  # the upload itself stands
    page = editor.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert explanation in page
    assert "Search finds this document by its title only." in page


def test_a_spreadsheet_is_stored_without_text_and_says_so(editor, member_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Budget", "budget.ods", sample_files.spreadsheet())
    document.refresh_from_db()
    assert document.text_status == TextStatus.NOT_READ
    page = editor.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert "Not searched: the text of this type of file is not read" in page


def test_a_resource_is_found_by_the_text_of_its_attachment(editor, member_a, django_capture_on_commit_callbacks, home):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Full report", "report.pdf", sample_files.pdf("Asylum housing"))
    resource = ResourcePageFactory(parent=member_a.organisation, title="Housing report")
    resource.attachments = [("attachment", {"document": document, "label": ""})]
    resource.save_revision().publish()
    assert list(ResourcePage.objects.live().search("Asylum")) == [resource]


def test_a_resource_is_reindexed_when_its_attachment_is_replaced(
    editor, member_a, django_capture_on_commit_callbacks, home
):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Full report", "report.pdf", sample_files.pdf("Draft findings"))
    resource = ResourcePageFactory(parent=member_a.organisation, title="Housing report")
    resource.attachments = [("attachment", {"document": document, "label": ""})]
    resource.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(
            reverse("wagtaildocs:edit", args=[document.pk]),
            {
                "title": "Full report",
                "file": upload("final.pdf", sample_files.pdf("Overcrowding findings")),
                "collection": member_a.collection.pk,
            },
        )
    assert list(ResourcePage.objects.live().search("Overcrowding")) == [resource]
    assert not ResourcePage.objects.live().search("Draft")


def test_the_attachment_text_of_a_resource_costs_one_query_whatever_its_files(
    member_a, home, django_assert_num_queries
):
    documents = [
        Document.objects.create(title=f"Part {n}", file=upload(f"part-{n}.pdf", sample_files.pdf(f"Chapter {n}")))
        for n in range(30)
    ]
    Document.objects.update(text_status=TextStatus.WAITING)
    call_command("hub_read_document_texts")
    resource = ResourcePageFactory(parent=member_a.organisation, title="Big report")
    resource.attachments = [("attachment", {"document": document, "label": ""}) for document in documents]
    resource.save_revision().publish()
    resource = ResourcePage.objects.get(pk=resource.pk)
    with django_assert_num_queries(1):
        text = resource.attachment_text()
    assert all(f"Chapter {n}" in text for n in range(30))


def test_the_demo_pdfs_have_their_text_read_at_once(member_a, home):
    [(_kind, attachment)] = make_attachment(
        "Know your rights", ["What a tenant may ask of a landlord."], member_a.organisation
    )
    document = Document.objects.get(pk=attachment["document"].pk)
    assert document.text_status == TextStatus.EXTRACTED
    assert "What a tenant may ask of a landlord." in document.text


def test_the_database_worker_reads_what_the_upload_queued(
    editor, member_a, django_capture_on_commit_callbacks, settings, monkeypatch
):
    """`hub db_worker`, as `hub hub_start` runs it beside the server, does the reading."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Leaflet", "leaflet.pdf", sample_files.pdf("Food bank hours"))
    document.refresh_from_db()
    assert document.text_status == TextStatus.WAITING  # queued, the upload did not wait
    assert DBTaskResult.objects.ready().filter(task_path="hub.tasks.extract_document_text").count() == 1
    # The worker recycles database connections between tasks; here that would end the test's transaction.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    # Nor may it keep its Ctrl+C handlers in the test process once it has finished.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.Worker.configure_signals", lambda self: None)
    call_command("db_worker", "--batch", "--no-startup-delay")
    document.refresh_from_db()
    assert document.text == "Food bank hours"


def test_a_word_file_that_unzips_to_160_megabytes_is_too_large_to_read(
    editor, member_a, django_capture_on_commit_callbacks
):
    """The zip's directory is checked before anything is unpacked: refused at once, in little memory."""
    import time

    bomb = sample_files.zip_bomb_docx(160)
    assert len(bomb) < 1024 * 1024
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Annual report", "report.docx", bomb)
    assert time.monotonic() - started < 10
    document.refresh_from_db()
    assert document.text_status == TextStatus.TOO_LARGE
    page = editor.get(reverse("wagtaildocs:edit", args=[document.pk])).content.decode()
    assert "Unreadable: too large to read" in page
    assert "Search finds this document by its title only." in page


def test_reading_that_needs_more_memory_than_allowed_stops_and_says_so(
    editor, member_a, django_capture_on_commit_callbacks, settings
):
    settings.HUB_DOCUMENT_TEXT_LIMITS = {**settings.HUB_DOCUMENT_TEXT_LIMITS, "memory_mb": 8}
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Long report", "long.docx", sample_files.word_document_of_text(5))
    document.refresh_from_db()
    assert document.text_status == TextStatus.TOO_LARGE

    # The same kind of file, smaller, within a generous allowance: read (its text cut to MAX_TEXT_CHARS).
    settings.HUB_DOCUMENT_TEXT_LIMITS = {**settings.HUB_DOCUMENT_TEXT_LIMITS, "memory_mb": 1024}
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Shorter report", "short.docx", sample_files.word_document_of_text(2))
    document.refresh_from_db()
    assert document.text_status == TextStatus.EXTRACTED
    assert document.text.startswith("housing rights and legal advice")


def test_reading_that_outlasts_its_time_is_stopped_and_says_so(
    editor, member_a, django_capture_on_commit_callbacks, settings
):
    settings.HUB_DOCUMENT_TEXT_LIMITS = {**settings.HUB_DOCUMENT_TEXT_LIMITS, "seconds": 1}
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(editor, member_a, "Long report", "long.docx", sample_files.word_document_of_text(5))
    document.refresh_from_db()
    assert document.text_status == TextStatus.TOO_LARGE
