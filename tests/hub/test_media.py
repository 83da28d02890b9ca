"""Uploaded images keep no location or device metadata."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def phone_photo():
    """A JPEG as a phone makes it: GPS position, device, and an orientation tag (rotated 90°)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneCo"
    exif[ExifTags.Base.Orientation] = 6
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 12.5)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_a_member_editors_upload_loses_gps_and_device(client_for, member_a):
    client = client_for(member_a.editor)
    upload = SimpleUploadedFile("drop-in.jpg", phone_photo(), content_type="image/jpeg")
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": "Our drop-in", "file": upload, "collection": member_a.collection.pk},
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Our drop-in")
    with image.open_file() as stored, Image.open(stored) as picture:
        exif = picture.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in exif
        assert picture.size == (30, 40)  # turned upright as the orientation tag said
    assert (image.width, image.height) == (30, 40)
    assert image.file_size == image.file.size
