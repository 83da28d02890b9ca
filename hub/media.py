"""Uploaded images lose their metadata before they are stored.

Photos from phones carry GPS coordinates, device names and times; for people with insecure
immigration status, a picture on the site must never say where it was taken.
"""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

# Formats whose metadata Pillow can drop by re-encoding; GIFs are left alone (animation, no EXIF).
REENCODED_FORMATS = {"JPEG": {"quality": 92}, "PNG": {}, "WEBP": {"quality": 92}}


def without_metadata(file):
    """The image re-encoded with no EXIF, XMP or comments (upright, as its orientation tag said), or None."""
    file.seek(0)
    with Image.open(file) as original:
        options = REENCODED_FORMATS.get(original.format)
        if options is None:
            return None
        upright = ImageOps.exif_transpose(original)
        output = io.BytesIO()
        upright.save(output, format=original.format, **options)
    return output.getvalue()


def strip_image_metadata(sender, instance, **kwargs):
    file = instance.file
    if not file or getattr(file, "_committed", True):
        return  # only new uploads; stored files were cleaned when they arrived
    cleaned = without_metadata(file)
    if cleaned is None:
        return
    instance.file = ContentFile(cleaned, name=file.name)
    with Image.open(io.BytesIO(cleaned)) as image:
        instance.width, instance.height = image.size
    instance._set_image_file_metadata()
