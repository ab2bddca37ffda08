"""Export speed of an upward bundle, part of `python -m cdtt_desktop.benchmarks --bundles`.

A story with 128 photos of 16 MB (2 GB) is exported in a child process, timed, with its peak memory;
the same files are copied with `cp` in the same run, so the ratio compares like with like on this disk.
The photos are one large noisy JPEG with different bytes appended after its end marker (a JPEG reader
stops there), so each is a distinct attachment without making a hundred pictures.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PHOTO_MB = 16  # under the 20 MB a story photo may have
TODAY = dt.date(2026, 11, 29)


def _base_photo(path: Path) -> None:
    from PIL import Image

    Image.effect_noise((3000, 2000), 90).convert("RGB").save(path, "JPEG", quality=92)


def _prepare(folder: Path, total_mb: int) -> list[Path]:
    """A set-up folder with one finalised story holding the photos; returns the stored files."""
    from cdtt_desktop.domain.stories import Consent, ConsentScope, StoryContent, StoryKind, StoryStatus
    from cdtt_desktop.domain.units import OwnUnitSetup
    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.setup import save_setup
    from cdtt_desktop.services.stories import add_story_file, new_story, save_story_content, transition_story
    from cdtt_desktop.services.workspace import open_workspace

    ws = open_workspace(DataPaths(folder))
    try:
        ws.settings.save(attachment_limit_mb=PHOTO_MB + 5)
        save_setup(ws, OwnUnitSetup("Công đoàn phường Ba Đình", "Liên đoàn Lao động thành phố Hà Nội", "CĐP",
                                    "Hà Nội", signer_name="Trần Văn Bình"), [], today=TODAY)
        story_id = new_story(ws, StoryKind.PERSON, today=TODAY)
        save_story_content(ws, story_id, StoryContent(
            kind=StoryKind.PERSON.value, for_publication=True, person_name="Nguyễn Thị Hoa",
            position="Tổ trưởng tổ may", workplace="Công ty May 10", years_of_service="15",
            context="Ảnh gốc từ máy ảnh.", actions="Gửi ảnh gốc lên cấp trên.", results="Một trăm ảnh.",
            beneficiaries="40", replication="Chụp ảnh ở mọi buổi sinh hoạt.",
            consents=[Consent("Nguyễn Thị Hoa", "2026-05-01", ConsentScope.PUBLICATION.value)]))
        with tempfile.TemporaryDirectory(prefix="cdtt-big-") as scratch:
            base = Path(scratch) / "base.jpg"
            _base_photo(base)
            body = base.read_bytes()
            padding = max(PHOTO_MB * 1024 * 1024 - len(body), 0)
            for number in range(max(total_mb // PHOTO_MB, 1)):
                photo = Path(scratch) / f"anh-{number:03d}.jpg"
                with photo.open("wb") as out:
                    out.write(body)
                    out.write(number.to_bytes(4, "big") * (padding // 4))
                add_story_file(ws, story_id, photo, caption=f"Ảnh gốc số {number + 1}")
                photo.unlink()
        transition_story(ws, story_id, StoryStatus.READY)
        return sorted({ws.attachments.path_of(r["sha256"]) for r in ws.attachments.links("stories", story_id)})
    finally:
        ws.close()


def export_child(folder: str, out: str) -> None:
    """In a fresh process: export every waiting item; print seconds and peak memory as JSON."""
    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.outbox import export_submission
    from cdtt_desktop.services.workspace import open_workspace

    ws = open_workspace(DataPaths(Path(folder)))
    started = time.perf_counter()
    result = export_submission(ws, Path(out))
    seconds = time.perf_counter() - started
    ws.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "size": result.size, "peak_mb": peak_kb / 1024}))


def measure_export(total_mb: int = 2048) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="cdtt-bundle-bench-") as scratch:
        folder = Path(scratch) / "data"
        files = _prepare(folder, total_mb)
        size = sum(f.stat().st_size for f in files)
        copy_to = Path(scratch) / "copy"
        copy_to.mkdir()
        started = time.perf_counter()
        subprocess.run(["cp", *map(str, files), str(copy_to)], check=True)
        subprocess.run(["sync"], check=False)
        cp_seconds = time.perf_counter() - started
        shutil.rmtree(copy_to)
        out = Path(scratch) / "goi.cdtt.zip"
        child = subprocess.run([sys.executable, "-m", "cdtt_desktop.benchmarks_bundles", folder, str(out)],
                               check=True, capture_output=True, text=True)
        figures = json.loads(child.stdout.strip().splitlines()[-1])
    return {"photos_mb": size / 1024 / 1024, "cp_s": cp_seconds, "export_s": figures["seconds"],
            "bundle_mb": figures["size"] / 1024 / 1024, "peak_mb": figures["peak_mb"],
            "speed_ratio": cp_seconds / figures["seconds"] if figures["seconds"] else None}


def bundle_rows(b: dict[str, Any], targets: dict[str, float]) -> list[tuple[str, str, str, str]]:
    from cdtt_desktop.benchmarks import _mb, _verdict

    if not b:
        return []
    ratio, peak = b["speed_ratio"], b["peak_mb"]
    return [
        (f"Export a bundle of {b['photos_mb']:,.0f} MB of photos", f"{b['export_s']:.1f} s", "", ""),
        ("  cp of the same files (+ sync)", f"{b['cp_s']:.1f} s", "", ""),
        ("  export speed / cp speed", f"{ratio:.2f}" if ratio else "–", f"≥ {targets['export_ratio']}",
         "n/a" if ratio is None else ("PASS" if ratio >= targets["export_ratio"] else "UNDER")),
        ("  peak memory of the exporting process", _mb(peak), f"≤ {targets['export_peak_mb']:.0f} MB",
         _verdict(peak, targets["export_peak_mb"])),
    ]


if __name__ == "__main__":
    export_child(sys.argv[1], sys.argv[2])
