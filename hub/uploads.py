"""Uploaded documents are what their names say: a file called `.pdf` must be a PDF inside.

Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS) and the size (WAGTAILDOCS_MAX_UPLOAD_SIZE) of
documents; a renamed executable would pass both. The first bytes of the file tell what it really is
(`filetype`, pure Python). Images need nothing more: Wagtail opens every upload with Pillow and refuses
what is not an image of the type its extension says.
"""

import os

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

TEXT = None  # no signature: plain text is recognised by having no NUL bytes
OLE = {"doc", "xls", "ppt"}  # old Office files share one container; telling them apart is guesswork

# What the content of a file may be, by the extension of its name.
DOCUMENT_CONTENT = {
    "pdf": {"pdf"},
    "docx": {"docx"},
    "odt": {"odt"},
    "rtf": {"rtf"},
    "xlsx": {"xlsx"},
    "ods": {"ods"},
    "pptx": {"pptx"},
    "odp": {"odp"},
    "epub": {"epub"},
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "txt": TEXT,
    "csv": TEXT,
}


def content_kind(upload):
    """The extension the file's content says it has, "" for plain text, None when it is neither."""
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess_extension(head)
    if kind:
        return kind
    return "" if b"\x00" not in head else None


def check_document_content(upload):
    extension = os.path.splitext(upload.name)[1].lstrip(".").lower()
    if extension not in DOCUMENT_CONTENT:
        return  # the model's own extension check explains it (WAGTAILDOCS_EXTENSIONS)
    allowed = DOCUMENT_CONTENT[extension]
    kind = content_kind(upload)
    if (allowed is TEXT and kind == "") or (allowed is not TEXT and kind in allowed):
        return
    if kind:
        message = _(
            "This file's name ends in .%(extension)s, but its content is a .%(found)s file. "
            "Accepted files: %(accepted)s."
        )
    else:
        message = _(
            "This file's name ends in .%(extension)s, but its content is not a .%(extension)s file. "
            "Accepted files: %(accepted)s."
        )
    raise ValidationError(
        message,
        code="content_does_not_match",
        params={
            "extension": extension,
            "found": kind,
            "accepted": ", ".join(f".{e}" for e in settings.WAGTAILDOCS_EXTENSIONS),
        },
    )


class HubDocumentForm(BaseDocumentForm):
    """Every document upload form of the admin (single, multiple, chooser), via WAGTAILDOCS_DOCUMENT_FORM_BASE."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # not the stored file an edit keeps
            check_document_content(upload)
        return upload
