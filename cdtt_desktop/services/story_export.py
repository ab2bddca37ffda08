"""Copies of a story's photos for the press or the upper level: upright, reasonably sized, captioned.

Phones store portrait photos sideways with an EXIF orientation tag that many
programs ignore, so each copy is turned as the tag says and saved without it.
The originals in the data folder are never touched.
"""

from __future__ import annotations

import re
from pathlib import Path

from cdtt_desktop.domain.text import fold
from cdtt_desktop.services.stories import get_story
from cdtt_desktop.services.workspace import Workspace

MAX_SIDE = 2560  # enough for print in a newspaper, small enough to send by Zalo or e-mail
CAPTIONS_FILE = "chu-thich-anh.txt"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60] or "anh"


def export_story_photos(ws: Workspace, story_id: str, folder: Path, *, max_side: int = MAX_SIDE) -> list[Path]:
    """Write upright JPEG copies of the story's photos into `folder`, with a captions file; returns them."""
    from PIL import Image, ImageOps  # only when exporting

    record = get_story(ws, story_id)
    photos = [f for f in record.files if f.role == "photo"]
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    lines = [record.summary.title, ""]
    for number, photo in enumerate(photos, start=1):
        target = folder / f"{number:02d}-{_slug(photo.caption or Path(photo.file_name).stem)}.jpg"
        with Image.open(photo.path) as image:
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((max_side, max_side))
            upright.convert("RGB").save(target, "JPEG", quality=90)
        written.append(target)
        lines.append(f"{target.name}: {photo.caption}")
    (folder / CAPTIONS_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written
