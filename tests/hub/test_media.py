"""Uploaded images keep no location or device metadata."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image, ImageCms, PngImagePlugin
from wagtail.images import get_image_model

from tests.hub.sample_files import phone_photo

pytestmark = pytest.mark.django_db

WHO_AND_WHERE = "Taken by Amina at 12 High St"
XMP = f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description>{WHO_AND_WHERE}</rdf:Description></x:xmpmeta>'


def picture(image_format, **metadata):
    """A small picture saved with the metadata given, as a camera or an editing program leaves it."""
    buffer = io.BytesIO()
    mode = "P" if image_format == "GIF" else "RGB"
    Image.new(mode, (40, 30), "red" if mode == "RGB" else 1).save(buffer, image_format, **metadata)
    return buffer.getvalue()


def gif_with_xmp():
    """A GIF with an XMP application extension before its picture, as Photoshop writes it (Pillow writes none)."""
    gif = picture("GIF")
    flags = gif[10]
    palette_end = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    # XMP's own trick: raw data, then a "magic trailer" that makes GIF readers skip it as sub-blocks.
    trailer = bytes([1, *range(255, -1, -1), 0])
    return gif[:palette_end] + b"!\xff\x0bXMP DataXMP" + XMP.encode() + trailer + gif[palette_end:]


def animation_with_comment():
    buffer = io.BytesIO()
    frames = [Image.new("RGB", (40, 30), colour) for colour in ("red", "green", "blue")]
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=200, loop=0, comment=WHO_AND_WHERE)
    return buffer.getvalue()


def photo_with_depth_map():
    """What some phones write as a JPEG: a main picture and a second one after it (Pillow reads an MPO)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneCo"
    buffer = io.BytesIO()
    main, depth = Image.new("RGB", (40, 30), "red"), Image.new("RGB", (40, 30), "grey")
    main.save(buffer, "MPO", save_all=True, append_images=[depth], exif=exif)
    return buffer.getvalue()


def uploaded(member, name, content):
    """The image as stored after a member editor uploaded it through the admin."""
    client_for, organisation = member
    response = client_for(organisation.editor).post(
        reverse("wagtailimages:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": organisation.collection.pk},
    )
    assert response.status_code == 302, response.content
    return get_image_model().objects.get(title=name)


def stored_bytes(image):
    with image.open_file() as stored:
        return stored.read()


@pytest.fixture
def member(client_for, member_a):
    return client_for, member_a


def test_a_member_editors_upload_loses_gps_and_device(member):
    image = uploaded(member, "drop-in.jpg", phone_photo())
    with image.open_file() as stored, Image.open(stored) as picture:
        exif = picture.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in exif
        assert picture.size == (30, 40)  # turned upright as the orientation tag said
    assert (image.width, image.height) == (30, 40)
    assert image.file_size == image.file.size


def text_chunks(info):
    info_with_text = PngImagePlugin.PngInfo()
    for key, value in info.items():
        info_with_text.add_text(key, value)
    return info_with_text


@pytest.mark.parametrize(
    "name, content",
    [
        ("jpeg-comment.jpg", picture("JPEG", comment=WHO_AND_WHERE)),
        ("jpeg-xmp.jpg", picture("JPEG", xmp=XMP.encode())),
        ("png-text.png", picture("PNG", pnginfo=text_chunks({"Author": WHO_AND_WHERE, "XML:com.adobe.xmp": XMP}))),
        ("webp-xmp.webp", picture("WEBP", xmp=XMP.encode())),
        ("gif-comment.gif", picture("GIF", comment=WHO_AND_WHERE)),
        ("gif-xmp.gif", gif_with_xmp()),
        ("animated.gif", animation_with_comment()),
        ("depth.jpg", photo_with_depth_map()),
    ],
)
def test_no_comment_text_or_xmp_survives_an_upload(member, name, content):
    assert WHO_AND_WHERE.encode() in content or b"PhoneCo" in content  # the sample really carries it
    image = uploaded(member, name, content)
    stored = stored_bytes(image)
    assert WHO_AND_WHERE.encode() not in stored
    assert b"PhoneCo" not in stored
    assert b"xmpmeta" not in stored
    with Image.open(io.BytesIO(stored)) as picture_stored:
        assert not {"comment", "xmp", "exif", "Author"} & set(picture_stored.info)
        assert picture_stored.size == (40, 30)


def test_an_animation_keeps_its_frames_and_timing(member):
    image = uploaded(member, "animated.gif", animation_with_comment())
    with Image.open(io.BytesIO(stored_bytes(image))) as animation:
        assert animation.n_frames == 3
        assert animation.info["duration"] == 200
        assert animation.info["loop"] == 0


def test_the_colour_profile_is_kept(member):
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image = uploaded(member, "profiled.jpg", picture("JPEG", icc_profile=profile, comment=WHO_AND_WHERE))
    with Image.open(io.BytesIO(stored_bytes(image))) as stored:
        assert stored.info["icc_profile"] == profile
