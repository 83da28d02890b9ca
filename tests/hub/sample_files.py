"""Real files, made in the test: documents with known text, disguised executables, photos."""

import io
import struct
import zipfile
import zlib

import docx
import pypdf
from django.core.files.uploadedfile import SimpleUploadedFile
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.text import H, P
from PIL import ExifTags, Image

from hub.demo.pdf import make_pdf

# The start of a Windows executable: what a virus sent as "invoice.pdf" looks like inside.
EXECUTABLE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"This program cannot be run in DOS mode" * 20
)


def pdf(title, *paragraphs):
    return make_pdf(title, list(paragraphs))


def scanned_pdf():
    """A PDF with pages but no text layer, as a scanner makes them."""
    return make_pdf("", [])


def encrypted_pdf(text):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf(text))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def damaged_pdf():
    """A PDF header followed by nonsense: what a truncated download leaves."""
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R" + b"\x8f\x00garbage" * 40


def word_document(heading, paragraph, cell):
    document = docx.Document()
    document.add_heading(heading)
    document.add_paragraph(paragraph)
    document.add_table(rows=1, cols=1).cell(0, 0).text = cell
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def zip_bomb_docx(unzipped_mb):
    """A real Word document with one more part: `unzipped_mb` megabytes of spaces, which zip to a few hundred
    kilobytes (a 160 MB part makes a file of about 160 KB)."""
    output = io.BytesIO(word_document("Annual report", "Our year in numbers.", "2026"))
    with zipfile.ZipFile(output, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/padding.xml", "w", force_zip64=True) as part:
            for _megabyte in range(unzipped_mb):
                part.write(b" " * 1024 * 1024)
    return output.getvalue()


def word_document_of_text(megabytes):
    """A Word document of that many megabytes of short paragraphs (its XML written directly: python-docx would
    take minutes to add them one by one)."""
    source = zipfile.ZipFile(io.BytesIO(word_document("Report", "Text.", "")))
    paragraph = "<w:p><w:r><w:t>housing rights and legal advice for families in temporary homes</w:t></w:r></w:p>"
    body = paragraph * (megabytes * 1024 * 1024 // len(paragraph))
    xml = source.read("word/document.xml").decode()
    xml = xml.replace("<w:body>", "<w:body>" + body, 1)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            archive.writestr(member, xml if member.filename == "word/document.xml" else source.read(member))
    return output.getvalue()


def open_document_text(heading, paragraph):
    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=heading))
    document.text.addElement(P(text=paragraph))
    output = io.BytesIO()
    document.write(output)
    return output.getvalue()


def spreadsheet():
    output = io.BytesIO()
    OpenDocumentSpreadsheet().write(output)
    return output.getvalue()


def image(image_format, size=(20, 10)):
    output = io.BytesIO()
    Image.new("RGB", size, "blue").save(output, image_format)
    return output.getvalue()


def png_claiming(width, height):
    """A small PNG whose header claims width × height pixels, as a decompression bomb's does: what is checked
    before decoding sees that size, without anyone spending the memory it would take."""
    png = image("PNG", size=(1, 1))
    header = b"IHDR" + struct.pack(">II", width, height) + png[24:29]
    return png[:12] + header + struct.pack(">I", zlib.crc32(header)) + png[33:]


def upload(name, content):
    return SimpleUploadedFile(name, content)


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
