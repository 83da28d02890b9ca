import io

from PIL import Image, ImageDraw

LOGO_COLOURS = ["#0b5c4d", "#7a2e8f", "#a4161a", "#1d4e89", "#8a5a00", "#2f6b2f", "#5b3a29", "#005f73"]


def make_logo(name, index):
    """A plain initials logo drawn here, so the demo needs no download."""
    initials = "".join(word[0] for word in name.split() if word[:1].isalpha())[:3].upper()
    image = Image.new("RGB", (320, 320), LOGO_COLOURS[index % len(LOGO_COLOURS)])
    draw = ImageDraw.Draw(image)
    draw.text((160, 160), initials, fill="white", anchor="mm", font_size=120)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer
