"""The text of uploaded documents, read so that search finds a report by what it says, not only its title.

Reading happens in a background task (hub.tasks.extract_document_text) queued when a file arrives, so an
upload never waits for a long PDF. Files whose text cannot be read say why in the admin (scanned images
have no text layer; password-protected or damaged files cannot be opened); the upload itself always stands.

A file may be made to exhaust whoever reads it (a 620 KB Word file that unzips to 160 MB; a PDF of endless
streams): an archive whose parts add up to more than HUB_DOCUMENT_TEXT_LIMITS["unzipped_mb"] is not opened, and
every reading runs in a child process with a memory allowance and a time limit. A file over any limit is
recorded as "too large to read", and the worker carries on.
"""

import io
import logging
import multiprocessing
import os
import resource
import time
import zipfile

import docx
import filetype
import pypdf
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from odf import teletype
from odf import text as odf_text
from odf.opendocument import load as load_odf
from wagtail.models import ReferenceIndex
from wagtail.search import index

logger = logging.getLogger(__name__)

# About a hundred pages: enough for search to know what a report is about, and light enough for the admin's
# document listings, which load the whole row of every document they show.
MAX_TEXT_CHARS = 200_000
PLAIN_TEXT_EXTENSIONS = {"txt", "csv"}


class TextStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting to be read")
    EXTRACTED = "extracted", _("Text extracted for search")
    NO_TEXT = "no-text", _("Unreadable: no text found (a scanned image?)")
    ENCRYPTED = "encrypted", _("Unreadable: protected by a password")
    DAMAGED = "damaged", _("Unreadable: the file is damaged or not what its name says")
    NOT_READ = "not-read", _("Not searched: the text of this type of file is not read")
    TOO_LARGE = "too-large", _("Unreadable: too large to read")


UNREADABLE = {TextStatus.NO_TEXT, TextStatus.ENCRYPTED, TextStatus.DAMAGED, TextStatus.TOO_LARGE}


class Unreadable(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status


def pdf_text(file):
    reader = pypdf.PdfReader(file)
    if reader.is_encrypted:
        # A PDF locked only against printing opens with an empty password; one that needs a password does not.
        try:
            if not reader.decrypt(""):
                raise Unreadable(TextStatus.ENCRYPTED)
        except pypdf.errors.DependencyError as error:  # AES without the optional crypto library
            raise Unreadable(TextStatus.ENCRYPTED) from error
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def docx_text(file):
    document = docx.Document(file)
    cells = (cell.text for table in document.tables for row in table.rows for cell in row.cells)
    return "\n".join([*(paragraph.text for paragraph in document.paragraphs), *cells])


def odt_text(file):
    document = load_odf(file)
    elements = document.text.getElementsByType(odf_text.H) + document.text.getElementsByType(odf_text.P)
    return "\n".join(teletype.extractText(element) for element in elements)


def plain_text(file):
    return file.read().decode("utf-8", errors="replace")


READERS = {"pdf": pdf_text, "docx": docx_text, "odt": odt_text}
ZIPPED = {"docx", "odt"}


def unzipped_size(data):
    """What a zip-based file (Word, OpenDocument) holds once unzipped, as its directory declares: zipfile never
    unpacks a part beyond its declared size."""
    with zipfile.ZipFile(data) as archive:
        return sum(member.file_size for member in archive.infolist())


def read_with(reader, data):
    """(status, text) of the data as the reader finds it; never raises for a bad file."""
    try:
        text = reader(data)
    except Unreadable as problem:
        return problem.status, ""
    except MemoryError:
        return TextStatus.TOO_LARGE, ""
    # Parsers of untrusted files fail in endless ways (zip, XML, PDF syntax); any of them means "damaged".
    except Exception:
        logger.info("Could not read the text of a file", exc_info=True)
        return TextStatus.DAMAGED, ""
    text = text.replace("\x00", "")[:MAX_TEXT_CHARS].strip()  # PostgreSQL refuses NUL in text
    if not text:
        return TextStatus.NO_TEXT, ""
    return TextStatus.EXTRACTED, text


MEGABYTE = 1024 * 1024
WATCH_INTERVAL = 0.05  # seconds between two looks at the reading child's memory


def pages_of(pid, field):
    """A field of /proc/<pid>/statm (0: address space, 1: resident), in bytes."""
    with open(f"/proc/{pid}/statm") as statm:
        return int(statm.read().split()[field]) * resource.getpagesize()


def read_in_child(reader, data, connection, memory_bytes, seconds):
    # A hard ceiling twice the allowance the parent watches for: parsers written in C fail oddly at it, so the
    # parent's watch, not this, is what normally stops a reading.
    resource.setrlimit(resource.RLIMIT_AS, (pages_of("self", 0) + 2 * memory_bytes,) * 2)
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    connection.send(read_with(reader, data))


def read_within_limits(reader, data):
    """read_with in a forked child process, watched: past its memory allowance (above what it shares with the
    worker it was copied from) or its time, the child is stopped and the file is "too large to read"."""
    if not os.path.exists("/proc/self/statm"):  # not Linux (a developer's Mac): no way to watch, read as is
        return read_with(reader, data)
    limits = settings.HUB_DOCUMENT_TEXT_LIMITS
    allowance = limits["memory_mb"] * MEGABYTE
    receiving, sending = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=read_in_child, args=(reader, data, sending, allowance, limits["seconds"])
    )
    child.start()
    sending.close()
    deadline = time.monotonic() + limits["seconds"]
    try:
        baseline = pages_of(child.pid, 1)
        while time.monotonic() < deadline:
            if receiving.poll(WATCH_INTERVAL):
                return receiving.recv()
            if pages_of(child.pid, 1) - baseline > allowance:
                logger.info("Reading a document's text needed more than %s MB", limits["memory_mb"])
                break
        else:
            logger.info("Reading a document's text took longer than %s s", limits["seconds"])
    except (EOFError, FileNotFoundError):  # the child died: at its memory ceiling or out of processor time
        logger.info("Reading a document's text went over its limits")
    finally:
        receiving.close()
        child.kill()
        child.join()
    return TextStatus.TOO_LARGE, ""


def read_text(file, extension):
    """(status, text) of a file, recognised by its content; never raises for a bad file."""
    head = file.read(8192)
    file.seek(0)
    kind = filetype.guess_extension(head)
    reader = READERS.get(kind)
    if reader is None and kind is None and extension in PLAIN_TEXT_EXTENSIONS:
        reader = plain_text
    if reader is None:
        return TextStatus.NOT_READ, ""
    data = io.BytesIO(file.read())
    if kind in ZIPPED:
        try:
            too_large = unzipped_size(data) > settings.HUB_DOCUMENT_TEXT_LIMITS["unzipped_mb"] * MEGABYTE
        except zipfile.BadZipFile:
            return TextStatus.DAMAGED, ""
        if too_large:
            return TextStatus.TOO_LARGE, ""
        data.seek(0)
    return read_within_limits(reader, data)


def extract_text(document):
    """Read a waiting document's text, store it, and reindex it and every page that uses it."""
    if document.text_status != TextStatus.WAITING:
        return
    file_name = document.file.name
    with document.open_file() as file:
        status, text = read_text(file, document.file_extension.lower())
    # If the file was replaced while we read, the newer upload's own task will read it.
    updated = type(document).objects.filter(pk=document.pk, file=file_name).update(text=text, text_status=status)
    if not updated:
        return
    document.text, document.text_status = text, status
    index.insert_or_update_object(document)
    for source, _references in ReferenceIndex.get_grouped_references_to(document):
        index.insert_or_update_object(source)
