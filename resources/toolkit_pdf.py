"""The PDF of a whole toolkit: built with WeasyPrint in a background task after publication, stored as a file.

The file's name carries the toolkit, its language and a version computed from the published revisions of
the toolkit and its chapters (and their order), so a visitor downloads a static file when one matches
what is published, and a changed chapter simply means a new name, built after the change is published.
Rendering never fetches anything over the network: images come from the media storage, the fonts are the
system's (DejaVu has Arabic glyphs; Noto, from Debian's fonts-noto-core, Ethiopic, Bengali and Tamil ones) and
are embedded in the PDF.
"""

import logging
import mimetypes
import posixpath
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django_tasks import task
from wagtail.signals import page_published, page_unpublished, post_page_move

from hub.locale_data import language_digits

logger = logging.getLogger(__name__)

PDF_DIRECTORY = "toolkit-pdfs"
STYLESHEET = "resources/css/toolkit-pdf.css"


def pdf_language(toolkit):
    return toolkit.locale.language_code


def content_version(toolkit, chapters):
    """Changes whenever the toolkit or a chapter is published, unpublished, added, removed or reordered."""
    published = [toolkit.pk, toolkit.live_revision_id] + [(c.pk, c.live_revision_id) for c in chapters]
    # Keyed with the secret key: the file name of a toolkit's PDF cannot be guessed from its page ids.
    return salted_hmac("resources.toolkit_pdf", repr(published), algorithm="sha256").hexdigest()[:20]


def pdf_name(toolkit, chapters):
    return f"{PDF_DIRECTORY}/{toolkit.pk}/{pdf_language(toolkit)}-{content_version(toolkit, chapters)}.pdf"


def stored_pdf(toolkit, chapters=None):
    """The stored PDF's name if one matches what is published now, None otherwise. Never renders."""
    if not toolkit.live:
        return None
    name = pdf_name(toolkit, toolkit.chapters() if chapters is None else chapters)
    return name if default_storage.exists(name) else None


def pdf_filename(toolkit):
    return f"{slugify(toolkit.title, allow_unicode=True) or toolkit.slug}-{pdf_language(toolkit)}.pdf"


class LocalFilesOnly:
    """WeasyPrint's URL fetcher for the toolkit: media and static files from disk, data: URLs, nothing else."""

    _fail_on_errors = False

    def __call__(self, url):
        from weasyprint.urls import URLFetcherResponse

        parts = urlsplit(url)
        if parts.scheme == "data":
            from weasyprint.urls import URLFetcher

            return URLFetcher(allowed_protocols={"data"}).fetch(url)
        path = parts.path
        if path.startswith(settings.MEDIA_URL):
            name = posixpath.normpath(path.removeprefix(settings.MEDIA_URL))
            if name.startswith("..") or not default_storage.exists(name):
                raise ValueError(f"No such media file: {url}")
            body = default_storage.open(name).read()
        elif path.startswith(settings.STATIC_URL) and (found := finders.find(path.removeprefix(settings.STATIC_URL))):
            with open(found, "rb") as file:
                body = file.read()
        else:
            raise ValueError(f"Not fetched: toolkit PDFs use local files only ({url})")
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})


def pdf_html(toolkit, chapters):
    """The HTML WeasyPrint lays out: the whole toolkit, in its language and that language's direction."""
    language = pdf_language(toolkit)
    with translation.override(language):
        return render_to_string(
            "resources/toolkit_pdf.html",
            {
                "page": toolkit,
                "chapters": chapters,
                "language": language,
                "direction": "rtl" if translation.get_language_bidi() else "ltr",
                "digits": language_digits(language),  # the page numbers' (toolkit-pdf.css)
                "printing": True,
            },
        )


def render_pdf(toolkit, chapters):
    from weasyprint import CSS, HTML

    document = HTML(string=pdf_html(toolkit, chapters), base_url=settings.SITE_URL, url_fetcher=LocalFilesOnly())
    return document.write_pdf(stylesheets=[CSS(filename=finders.find(STYLESHEET))])


@task()
def build_toolkit_pdf(toolkit_id):
    """Build and store the toolkit's PDF unless the published version already has one; drop older versions."""
    from resources.models import ToolkitPage

    toolkit = ToolkitPage.objects.filter(pk=toolkit_id, alias_of__isnull=True).first()
    if toolkit is None or not toolkit.live:
        return None
    chapters = toolkit.chapters()
    name = pdf_name(toolkit, chapters)
    if not default_storage.exists(name):
        try:
            pdf = render_pdf(toolkit, chapters)
        except OSError as error:
            # WeasyPrint loads Pango from the system when first imported; without it the site runs on,
            # offering the printable page, and the log says what to install.
            logger.error("Toolkit PDFs need Pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0): %s", error)
            return None
        default_storage.save(name, ContentFile(pdf))
    directory = posixpath.dirname(name)
    for other in default_storage.listdir(directory)[1]:
        if other.startswith(f"{pdf_language(toolkit)}-") and posixpath.join(directory, other) != name:
            default_storage.delete(posixpath.join(directory, other))
    return name


def rebuild_after_commit(toolkit_id):
    transaction.on_commit(lambda: build_toolkit_pdf.enqueue(toolkit_id))


def toolkit_of(page):
    """The toolkit (not an alias) whose PDF shows this page, or None."""
    from resources.models import ToolkitChapterPage, ToolkitPage

    if isinstance(page, ToolkitChapterPage):
        page = ToolkitPage.objects.parent_of(page).first()
    if not isinstance(page, ToolkitPage):
        return None
    return page.alias_of_id or page.pk


def on_publication_change(sender, instance, **kwargs):
    if (toolkit_id := toolkit_of(instance)) is not None:
        rebuild_after_commit(toolkit_id)


def on_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    for parent in {parent_page_before.specific, parent_page_after.specific}:
        if (toolkit_id := toolkit_of(parent)) is not None:
            rebuild_after_commit(toolkit_id)


def on_chapter_deleted(sender, instance, **kwargs):
    """A deleted chapter leaves its toolkit (if the toolkit is still there) to be rebuilt without it."""
    from resources.models import ToolkitPage

    toolkit = ToolkitPage.objects.parent_of(instance).first()
    if toolkit is not None:
        rebuild_after_commit(toolkit.alias_of_id or toolkit.pk)


def on_toolkit_deleted(sender, instance, **kwargs):
    """A deleted toolkit's PDFs go with it."""
    directory = f"{PDF_DIRECTORY}/{instance.pk}"
    if default_storage.exists(directory):
        for name in default_storage.listdir(directory)[1]:
            default_storage.delete(f"{directory}/{name}")


def connect_signals():
    from resources.models import ToolkitChapterPage, ToolkitPage

    post_delete.connect(on_chapter_deleted, sender=ToolkitChapterPage, dispatch_uid="resources_chapter_deleted")
    post_delete.connect(on_toolkit_deleted, sender=ToolkitPage, dispatch_uid="resources_toolkit_deleted")
    page_published.connect(on_publication_change, dispatch_uid="resources_toolkit_published")
    page_unpublished.connect(on_publication_change, dispatch_uid="resources_toolkit_unpublished")
    post_page_move.connect(on_move, dispatch_uid="resources_toolkit_moved")
