"""A small, valid PDF made from text, so the demo's resources have real files to download without any
download or extra dependency. One page, Helvetica, lines wrapped to the page width."""

import textwrap

LINE_WIDTH = 90
LINE_HEIGHT = 16


def pdf_text(line):
    """A PDF string literal in the standard fonts' encoding: brackets and backslashes escaped."""
    latin = line.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("—", "-")
    latin = latin.encode("latin-1", "replace").decode("latin-1")
    return "(" + latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def make_pdf(title, paragraphs):
    lines = [("F2", 18, title), ("F1", 11, "")]
    for paragraph in paragraphs:
        lines += [("F1", 11, line) for line in textwrap.wrap(paragraph, LINE_WIDTH)] + [("F1", 11, "")]
    commands = ["BT", f"{LINE_HEIGHT} TL", "56 780 Td"]
    for font, size, text in lines:
        commands += [f"/{font} {size} Tf", f"{pdf_text(text)} Tj", "T*"]
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(output)
