"""Uploaded files are what their names say: a file called `.pdf` must be a PDF inside.

Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS) and the size (WAGTAILDOCS_MAX_UPLOAD_SIZE) of
documents; a renamed executable would pass both. The first bytes of the file tell what it really is
(`filetype`, pure Python). Wagtail opens images with Pillow, which refuses what is not an image of the
type its extension says; the first bytes let the refusal say what a file that is no image really is.
"""

import os
import warnings

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

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


# Pillow tells these apart itself, and jpg/jpeg apart from each other: here any image will do.
IMAGE_CONTENT = {"gif", "jpg", "png", "webp", "apng"}


def extension_of(upload):
    return os.path.splitext(upload.name)[1].lstrip(".").lower()


def check_document_content(upload):
    extension = extension_of(upload)
    if extension not in DOCUMENT_CONTENT:
        return  # the model's own extension check explains it (WAGTAILDOCS_EXTENSIONS)
    allowed = DOCUMENT_CONTENT[extension]
    kind = content_kind(upload)
    if (allowed is TEXT and kind == "") or (allowed is not TEXT and kind in allowed):
        return
    refuse(extension, kind, settings.WAGTAILDOCS_EXTENSIONS)


def check_image_content(upload):
    extension = extension_of(upload)
    kind = content_kind(upload)
    if extension in settings.WAGTAILIMAGES_EXTENSIONS and kind not in IMAGE_CONTENT:
        refuse(extension, kind, settings.WAGTAILIMAGES_EXTENSIONS)


def check_image_pixels(upload):
    """Refuse an image with more pixels than HUB_MAX_IMAGE_MEGAPIXELS, from its header alone: resizing it
    would take more memory than a worker has, and a decompression bomb's header claims billions."""
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the check below says it
            with Image.open(upload) as picture:
                pixels = picture.width * picture.height * getattr(picture, "n_frames", 1)
    except Image.DecompressionBombError:
        pixels = None  # more than Pillow even opens
    except (OSError, ValueError):
        return  # no image Pillow reads: Wagtail's own check says so
    finally:
        upload.seek(0)
    if pixels is None or pixels > limit:
        raise ValidationError(
            _("This image is too large: %(limit)s megapixels at most. Make it smaller and upload it again."),
            code="too_many_pixels",
            params={"limit": limit // 1_000_000},
        )


def refuse(extension, kind, accepted):
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
            "accepted": ", ".join(f".{e}" for e in accepted),
        },
    )


class HubDocumentForm(BaseDocumentForm):
    """Every document upload form of the admin (single, multiple, chooser), via WAGTAILDOCS_DOCUMENT_FORM_BASE."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # not the stored file an edit keeps
            check_document_content(upload)
        return upload


class ContentCheckedImageField(WagtailImageField):
    """Wagtail's image field, saying first what a file that is not an image at all really is, and refusing an
    image too large before Wagtail decodes it."""

    def to_python(self, data):
        if isinstance(data, UploadedFile):
            check_image_content(data)
            check_image_pixels(data)
        return super().to_python(data)


class HubImageForm(BaseImageForm):
    """Every image upload form of the admin (single, multiple, chooser), via WAGTAILIMAGES_IMAGE_FORM_BASE."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the field itself (no hook for its class); the same field, with the content check.
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = ContentCheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )
