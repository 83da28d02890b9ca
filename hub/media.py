"""Uploaded images lose their metadata before they are stored.

Photos from phones carry GPS coordinates, device names and times; for people with insecure
immigration status, a picture on the site must never say where it was taken, nor by whom.
"""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

# Every format Wagtail accepts is re-encoded; the options are only those that keep the picture looking the same.
REENCODED_FORMATS = {"JPEG": {"quality": 92}, "PNG": {}, "WEBP": {"quality": 92}, "GIF": {}}

# Many phones write a JPEG with a second picture inside (a depth map, a preview), which Pillow opens as MPO:
# it is stored as the plain JPEG of its main picture.
SAVED_AS = {"MPO": "JPEG"}

# Pillow carries some of what it read into what it writes (a JPEG's or a GIF's comment, a PNG's colour
# profile); giving each of these keys explicitly empty is what stops that. Text chunks of PNGs are only
# written when asked for (``pnginfo``), so never are.
NO_METADATA = {"exif": b"", "xmp": b"", "comment": b""}


def without_metadata(file):
    """The image re-encoded with no EXIF, XMP, comments or text, or None for a format we do not re-encode.

    What is kept: the pixels, the ICC colour profile (it says how to show the colours, not who or where),
    transparency, and for animations (GIF, WebP, APNG) every frame with its timing and looping. A still
    image is turned upright as its orientation tag said; an animation is kept as it is, as turning only its
    first frame would tear it apart."""
    file.seek(0)
    with Image.open(file) as original:
        image_format = SAVED_AS.get(original.format, original.format)
        options = REENCODED_FORMATS.get(image_format)
        if options is None:
            return None
        options = {**options, **NO_METADATA, "icc_profile": original.info.get("icc_profile")}
        output = io.BytesIO()
        if image_format == original.format and getattr(original, "is_animated", False):
            if "loop" in original.info:  # WebP does not read the loop count from the image it saves
                options["loop"] = original.info["loop"]
            original.save(output, format=image_format, save_all=True, **options)
        else:
            ImageOps.exif_transpose(original).save(output, format=image_format, **options)
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
