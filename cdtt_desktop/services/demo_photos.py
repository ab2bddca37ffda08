"""Small made-up event photos for the demo data: a banner, a stage and an audience, drawn with Pillow.

They stand in for the snapshots officers attach to their activities, so that
thumbnails, attachment storage and the doctor's checks have real images to work on.
"""

from __future__ import annotations

import contextlib
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from cdtt_desktop.paths import resource_dir

SIZE = (800, 533)
CAPTIONS = (
    "Hội nghị người lao động",
    "Tuyên truyền pháp luật lao động",
    "Tháng Công nhân",
    "Mái ấm Công đoàn",
    "Tết Sum vầy",
    "Đối thoại tại nơi làm việc",
    "Ngày hội đoàn viên",
    "Kết nạp đoàn viên mới",
)
# Fonts with every Vietnamese letter, looked up by name in the system's font folders.
_FONT_NAMES = ("DejaVuSans-Bold.ttf", "arialbd.ttf", "LiberationSans-Bold.ttf", "Arial Bold.ttf")

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _font(size: int) -> Font:
    candidates: list[str] = []
    with contextlib.suppress(FileNotFoundError):  # no bundled fonts: fall back to the system's
        candidates += [str(p) for p in sorted((resource_dir() / "fonts").glob("*.ttf"))]
    for name in [*candidates, *_FONT_NAMES]:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _centered(draw: ImageDraw.ImageDraw, y: int, text: str, font: Font, fill: str) -> None:
    left, _top, right, _bottom = draw.textbbox((0, 0), text, font=font)
    draw.text(((SIZE[0] - (right - left)) // 2, y), text, font=font, fill=fill)


def draw_photo(rng: random.Random, heading: str, caption: str) -> Image.Image:
    """One picture of a union event with `heading` on the banner and `caption` below it."""
    width, height = SIZE
    image = Image.new("RGB", SIZE, (rng.randint(200, 235), rng.randint(190, 225), rng.randint(170, 205)))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 3 // 5, width, height), fill=(120 + rng.randint(0, 40), 80, 60))  # floor
    draw.rectangle((60, 40, width - 60, 170), fill=(196, 22, 28), outline=(250, 210, 60), width=4)  # banner
    _centered(draw, 62, heading.upper(), _font(30), "#ffd84a")
    _centered(draw, 112, caption, _font(26), "#ffffff")
    for row in range(3):  # the audience, back rows smaller
        y = height * 3 // 5 + 10 + row * 55
        radius = 14 + row * 4
        for x in range(40 + rng.randint(0, 30), width - 20, 2 * radius + 18):
            shirt = (rng.randint(30, 230), rng.randint(30, 230), rng.randint(30, 230))
            draw.rounded_rectangle((x - radius, y + radius, x + radius, y + 3 * radius), 6, fill=shirt)
            face = (x - radius * 5 // 7, y - radius // 3, x + radius * 5 // 7, y + radius)
            draw.ellipse(face, fill=(236, 196, 160))
    return image


def write_photos(folder: Path, count: int, rng: random.Random, heading: str) -> list[Path]:
    """`count` JPEG files in `folder`, named anh-hoat-dong-01.jpg and on."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"anh-hoat-dong-{i + 1:02d}.jpg"
        draw_photo(rng, heading, CAPTIONS[i % len(CAPTIONS)]).save(path, "JPEG", quality=80)
        paths.append(path)
    return paths
