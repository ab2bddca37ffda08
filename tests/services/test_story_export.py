"""Exported story photos are upright, sized for sending, captioned, and leave the originals alone."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from cdtt_desktop.domain.stories import StoryKind
from cdtt_desktop.services.stories import add_story_file, get_story, new_story
from cdtt_desktop.services.story_export import CAPTIONS_FILE, export_story_photos
from cdtt_desktop.services.workspace import Workspace


def sideways_jpeg(path: Path) -> Path:
    """A 300×100 landscape image tagged 'rotate 90° clockwise' (orientation 6), as phones write portraits."""
    image = Image.new("RGB", (300, 100), "red")
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


def test_export_turns_photos_upright_and_keeps_originals(ready_ws: Workspace, tmp_path: Path) -> None:
    """The copy is 100×300 with no orientation tag; the stored original still has its tag and bytes."""
    story_id = new_story(ready_ws, StoryKind.PERSON)
    source = sideways_jpeg(tmp_path / "chan-dung.jpg")
    add_story_file(ready_ws, story_id, source, caption="Chị Hằng tại xưởng may")
    original = get_story(ready_ws, story_id).files[0].path
    before = original.read_bytes()
    written = export_story_photos(ready_ws, story_id, tmp_path / "out")
    assert [p.name for p in written] == ["01-chi-hang-tai-xuong-may.jpg"]
    with Image.open(written[0]) as copy:
        assert copy.size == (100, 300)
        assert copy.getexif().get(0x0112) in (None, 1)
    assert original.read_bytes() == before
    captions = (tmp_path / "out" / CAPTIONS_FILE).read_text(encoding="utf-8")
    assert "01-chi-hang-tai-xuong-may.jpg: Chị Hằng tại xưởng may" in captions


def test_export_downscales_large_photos(ready_ws: Workspace, tmp_path: Path) -> None:
    """A photo larger than the export size is scaled down, keeping its proportions."""
    story_id = new_story(ready_ws, StoryKind.PRACTICE)
    Image.new("RGB", (4000, 2000), "blue").save(tmp_path / "lon.png")
    add_story_file(ready_ws, story_id, tmp_path / "lon.png")
    written = export_story_photos(ready_ws, story_id, tmp_path / "out", max_side=1000)
    with Image.open(written[0]) as copy:
        assert copy.size == (1000, 500)
