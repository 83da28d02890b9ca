"""Only real documents and images of the allowed types and sizes are stored; a refusal says why.

Every admin path an editor uploads through is tried with real files: the single upload, the multiple
upload (its own forms and JSON answers) and the chooser's upload in the page editor.
"""

import json

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from PIL import ExifTags, Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.hub import sample_files
from tests.hub.sample_files import EXECUTABLE, phone_photo, upload

pytestmark = pytest.mark.django_db

Document = get_document_model()
ImageModel = get_image_model()


@pytest.fixture
def editor(client_for, member_a):
    return client_for(member_a.editor)


def post_document(client, member, name, content, title="Leaflet"):
    return client.post(
        reverse("wagtaildocs:add"), {"title": title, "file": upload(name, content), "collection": member.collection.pk}
    )


def post_documents(client, member, name, content):
    response = client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": upload(name, content), "collection": member.collection.pk}
    )
    return response.json()


def post_image(client, member, name, content, title="Photo"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": upload(name, content), "collection": member.collection.pk},
    )


def post_images(client, member, name, content):
    response = client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": upload(name, content), "collection": member.collection.pk}
    )
    return response.json()


def file_errors(response):
    return " ".join(response.context["form"].errors["file"])


# --- Documents -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", sample_files.pdf("Report")),
        ("guide.docx", sample_files.word_document("Guide", "Text", "Cell")),
        ("guide.odt", sample_files.open_document_text("Guide", "Text")),
        ("budget.ods", sample_files.spreadsheet()),
        ("contacts.csv", b"name,phone\nAmani,0207\n"),
    ],
    ids=["pdf", "docx", "odt", "ods", "csv"],
)
def test_real_documents_are_accepted(editor, member_a, name, content):
    assert post_document(editor, member_a, name, content).status_code == 302
    assert post_documents(editor, member_a, name, content)["success"]
    assert Document.objects.filter(file__startswith="documents/" + name.split(".")[0]).count() == 2


def test_an_executable_renamed_pdf_is_refused_saying_what_it_is(editor, member_a):
    response = post_document(editor, member_a, "invoice.pdf", EXECUTABLE, title="Invoice")
    assert response.status_code == 200
    message = file_errors(response)
    assert "name ends in .pdf, but its content is a .exe file" in message
    assert "Accepted files: .pdf, .docx, .odt" in message
    assert "“”" not in message  # no second, puzzling error about an empty extension
    assert response.context["form"]["title"].value() == "Invoice"  # what the editor typed is kept
    assert not Document.objects.exists()


def test_the_multiple_upload_refuses_a_disguised_executable_too(editor, member_a):
    answer = post_documents(editor, member_a, "minutes.docx", EXECUTABLE)
    assert not answer["success"]
    assert "name ends in .docx, but its content is a .exe file" in answer["error_message"]
    assert not Document.objects.exists()


def test_the_chooser_upload_in_the_page_editor_refuses_it(editor, member_a):
    response = editor.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Invoice",
            "document-chooser-upload-file": upload("invoice.pdf", EXECUTABLE),
            "document-chooser-upload-collection": member_a.collection.pk,
        },
    )
    assert "its content is a .exe file" in json.dumps(response.json())
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "found"),
    [
        ("report.docx", sample_files.pdf("Report"), "its content is a .pdf file"),
        ("notes.txt", b"\x00\x01\x02 binary", "its content is not a .txt file"),
        ("photo.pdf", sample_files.image("PNG"), "its content is a .png file"),
    ],
    ids=["pdf-as-docx", "binary-as-txt", "png-as-pdf"],
)
def test_a_document_whose_content_is_not_what_its_name_says_is_refused(editor, member_a, name, content, found):
    assert found in file_errors(post_document(editor, member_a, name, content))
    assert found in post_documents(editor, member_a, name, content)["error_message"]
    assert not Document.objects.exists()


def test_a_type_not_allowed_is_refused_listing_what_is(editor, member_a):
    message = file_errors(post_document(editor, member_a, "setup.exe", EXECUTABLE))
    assert "“exe” is not allowed" in message
    assert "pdf, docx, odt" in message


def test_a_document_over_the_size_limit_is_refused_with_size_and_limit(editor, member_a, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024 * 1024
    big = sample_files.pdf("Report", "x " * 600_000)
    message = file_errors(post_document(editor, member_a, "big.pdf", big))
    assert f"This file is too big ({filesizeformat(len(big))}). Maximum filesize 1.0\xa0MB." in message
    assert "too big" in post_documents(editor, member_a, "big.pdf", big)["error_message"]
    assert not Document.objects.exists()


def test_the_refusal_is_in_the_editors_language(editor, member_a, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    with translation.override("fr"):
        response = editor.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Tract",
                "file": upload("big.pdf", sample_files.pdf("x " * 2000)),
                "collection": member_a.collection.pk,
            },
            HTTP_ACCEPT_LANGUAGE="fr",
        )
    assert "Ce fichier est trop gros" in file_errors(response)


def test_the_size_limits_come_from_the_environment():
    from tests.support.commands import run_hub

    code = (
        "from django.conf import settings as s; print(s.WAGTAILDOCS_MAX_UPLOAD_SIZE, s.WAGTAILIMAGES_MAX_UPLOAD_SIZE)"
    )
    env = {"DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
    defaults = run_hub("shell", "--no-imports", "-c", code, env=env)
    assert defaults.stdout.split() == [str(20 * 1024 * 1024), str(10 * 1024 * 1024)], defaults.stderr
    env |= {"HUB_MAX_UPLOAD_MB": "50", "HUB_MAX_IMAGE_UPLOAD_MB": "5"}
    configured = run_hub("shell", "--no-imports", "-c", code, env=env)
    assert configured.stdout.split() == [str(50 * 1024 * 1024), str(5 * 1024 * 1024)], configured.stderr


# --- Images ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "image_format"), [("photo.jpg", "JPEG"), ("logo.png", "PNG"), ("banner.webp", "WEBP")]
)
def test_real_images_are_accepted(editor, member_a, name, image_format):
    assert post_image(editor, member_a, name, sample_files.image(image_format)).status_code == 302
    assert post_images(editor, member_a, name, sample_files.image(image_format))["success"]
    assert ImageModel.objects.count() == 2


def test_an_executable_renamed_jpg_is_refused(editor, member_a):
    response = post_image(editor, member_a, "holiday.jpg", EXECUTABLE)
    message = "name ends in .jpg, but its content is a .exe file. Accepted files: .gif, .jpg, .jpeg, .png, .webp."
    assert message in file_errors(response)
    answer = post_images(editor, member_a, "holiday.jpg", EXECUTABLE)
    assert not answer["success"]
    assert message in answer["error_message"]
    assert not ImageModel.objects.exists()


def test_an_image_whose_content_is_another_type_is_refused_saying_which(editor, member_a):
    message = file_errors(post_image(editor, member_a, "logo.jpg", sample_files.image("PNG")))
    assert "Not a valid .jpeg image. The extension does not match the file format (png)" in message
    assert not post_images(editor, member_a, "logo.jpg", sample_files.image("PNG"))["success"]


def test_an_image_that_is_no_known_type_at_all_is_refused(editor, member_a):
    message = file_errors(post_image(editor, member_a, "photo.png", b"just some words"))
    assert "name ends in .png, but its content is not a .png file" in message


def test_an_image_of_a_type_not_allowed_is_refused(editor, member_a):
    assert "Not a supported image format" in file_errors(
        post_image(editor, member_a, "scan.bmp", sample_files.image("BMP"))
    )


def test_an_image_over_the_size_limit_is_refused_with_size_and_limit(editor, member_a, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    photo = sample_files.image("PNG", size=(400, 400))
    assert "This file is too big" in file_errors(post_image(editor, member_a, "big.png", photo))
    assert "This file is too big" in post_images(editor, member_a, "big.png", photo)["error_message"]
    assert not ImageModel.objects.exists()


def test_the_multiple_upload_strips_gps_and_device_too(editor, member_a):
    answer = post_images(editor, member_a, "drop-in.jpg", phone_photo())
    assert answer["success"]
    image = ImageModel.objects.get(pk=answer["image_id"])
    with image.open_file() as stored, Image.open(stored) as picture:
        exif = picture.getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Make not in exif


@pytest.mark.parametrize(("width", "height"), [(30000, 30000), (11000, 11000)])
def test_an_image_over_the_pixel_limit_is_refused_saying_so(editor, member_a, width, height):
    """A decompression bomb (900 megapixels) and an image merely too large to resize (121): both refused with
    the limit (HUB_MAX_IMAGE_MEGAPIXELS, 40 by default), never a 500, in every upload form."""
    bomb = sample_files.png_claiming(width, height)
    message = "This image is too large: 40 megapixels at most."
    assert message in file_errors(post_image(editor, member_a, "poster.png", bomb))
    assert message in post_images(editor, member_a, "poster.png", bomb)["error_message"]
    assert not ImageModel.objects.exists()


def test_the_pixel_limit_comes_from_the_environment():
    from tests.support.commands import run_hub

    code = "from django.conf import settings as s; print(s.WAGTAILIMAGES_MAX_IMAGE_PIXELS)"
    env = {"DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
    assert run_hub("shell", "--no-imports", "-c", code, env=env).stdout.split() == [str(40_000_000)]
    configured = run_hub("shell", "--no-imports", "-c", code, env=env | {"HUB_MAX_IMAGE_MEGAPIXELS": "12"})
    assert configured.stdout.split() == [str(12_000_000)]
