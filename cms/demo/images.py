"""Demo images drawn locally with Pillow: no downloads, the same pixels every run."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

PALETTES = {
    "river": ((12, 84, 96), (120, 190, 170), (240, 220, 150)),
    "lotus": ((28, 92, 60), (217, 79, 138), (250, 214, 228)),
    "mango": ((40, 110, 40), (245, 170, 40), (255, 230, 120)),
    "rice": ((70, 140, 50), (200, 210, 90), (235, 240, 190)),
    "port": ((30, 50, 90), (90, 130, 170), (220, 120, 60)),
    "city": ((60, 60, 80), (150, 160, 190), (240, 200, 120)),
    "solar": ((20, 60, 120), (60, 130, 200), (250, 200, 60)),
    "flowers": ((60, 120, 60), (240, 100, 120), (255, 220, 90)),
    "fish": ((20, 70, 110), (120, 170, 200), (210, 230, 240)),
    "factory": ((80, 90, 100), (160, 170, 180), (230, 120, 40)),
}


def draw_landscape(seed: str, palette: str, size: tuple[int, int] = (1280, 720)) -> bytes:
    """A stylised Mekong landscape: sky gradient, sun, river bands and fields, as a JPEG."""
    rng = random.Random(seed)
    dark, mid, light = PALETTES[palette]
    width, height = size
    image = PILImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / height
        colour = tuple(int(light[i] * (1 - t) + mid[i] * t) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    sun_x, sun_y, radius = rng.randint(200, width - 200), rng.randint(80, 260), rng.randint(50, 110)
    draw.ellipse([sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=(255, 240, 200))
    horizon = int(height * rng.uniform(0.45, 0.6))
    for band in range(6):
        top = horizon + band * (height - horizon) // 6
        wobble = [(x, top + int(18 * rng.random())) for x in range(0, width + 160, 160)]
        shade = tuple(max(0, min(255, int(c * (0.75 + 0.05 * band)))) for c in (dark if band % 2 else mid))
        draw.polygon([(0, height), *wobble, (width, height)], fill=shade)
    for _ in range(rng.randint(6, 14)):
        x, y = rng.randint(0, width), rng.randint(horizon - 40, height)
        r = rng.randint(10, 40)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=light)
    image = image.filter(ImageFilter.BoxBlur(1))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def ensure_image(key: str, title: str, palette: str):
    """The demo image named ``key``, created once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    data = draw_landscape(key, palette)
    image = Image(title=title)
    image.file = ImageFile(io.BytesIO(data), name=f"demo-{key}.jpg")
    image.save()
    return image
