"""Speed figures of the official documents, part of `python -m cdtt_desktop.benchmarks`.

Measures, on the benchmark's data folder: the annual report of the busiest year (figures from every
activity, then the PDF), the same report over every activity of the folder (one period from the first
day to the last), and the dossier of a story carrying twenty phone-size photos (4,000 × 3,000 px
JPEGs of about 3 MB, added once to the folder), with the size of the PDF it makes.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter

PHOTOS = 20
PHOTO_SIZE = (4000, 3000)
BENCH_TITLE = "Benchmark: Hai mươi ảnh"
TODAY = dt.date(2026, 11, 29)


def _phone_photo(path: Path, seed: int) -> None:
    """A photo-like JPEG: shapes and colour noise, so it compresses like a real one (~3 MB)."""
    rng = random.Random(seed)
    small = Image.effect_noise((PHOTO_SIZE[0] // 4, PHOTO_SIZE[1] // 4), 60).convert("RGB")
    draw = ImageDraw.Draw(small)
    for _ in range(40):
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 300)), fill=colour)
    picture = small.filter(ImageFilter.GaussianBlur(1)).resize(PHOTO_SIZE, Image.Resampling.BILINEAR)
    grain = Image.effect_noise(PHOTO_SIZE, 25).convert("RGB")
    Image.blend(picture, grain, 0.15).save(path, "JPEG", quality=90)


def _photo_story(ws: Any) -> str:
    """The story with twenty photos, made once per data folder."""
    from cdtt_desktop.domain.stories import Consent, ConsentScope, StoryContent, StoryKind
    from cdtt_desktop.services.stories import add_story_file, new_story, save_story_content

    row = ws.db.execute("SELECT id FROM stories WHERE title = ? AND deleted_at IS NULL", [BENCH_TITLE]).fetchone()
    if row:
        return str(row[0])
    story_id = new_story(ws, StoryKind.PRACTICE, today=TODAY)
    save_story_content(ws, story_id, StoryContent(
        kind=StoryKind.PRACTICE.value, practice_name=BENCH_TITLE, for_publication=True,
        context="Ảnh chụp bằng điện thoại tại các buổi sinh hoạt.", actions="Mỗi tổ công đoàn gửi ảnh về.",
        results="Hai mươi ảnh tư liệu.",
        consents=[Consent("Ban Chấp hành", "2026-05-01", ConsentScope.PUBLICATION.value)]))
    with tempfile.TemporaryDirectory(prefix="cdtt-photos-") as folder:
        for number in range(1, PHOTOS + 1):
            path = Path(folder) / f"anh-{number:02d}.jpg"
            _phone_photo(path, number)
            add_story_file(ws, story_id, path, caption=f"Ảnh tư liệu số {number}")
    return story_id


def _timed(fn: Any, runs: int = 3) -> tuple[float, float, Any]:
    """(first run ms, median ms, last result)."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times), result


def measure_documents(folder: Path) -> dict[str, Any]:
    from cdtt_desktop.domain.periods import ReportPeriod, year_period
    from cdtt_desktop.paths import DataPaths
    from cdtt_desktop.services.doc_periodic import build_periodic_report
    from cdtt_desktop.services.doc_story import build_story_dossier
    from cdtt_desktop.services.documents import render_draft
    from cdtt_desktop.services.workspace import open_workspace

    ws = open_workspace(DataPaths(folder))
    try:
        year, count = ws.db.execute(
            "SELECT substr(occurred_on, 1, 4) AS y, count(*) FROM activities WHERE deleted_at IS NULL "
            "GROUP BY y ORDER BY count(*) DESC LIMIT 1").fetchone()
        period = year_period(int(year))
        first, median, pdf = _timed(lambda: render_draft(ws, build_periodic_report(ws, period), today=TODAY))
        first_day, last_day, total = ws.db.execute(
            "SELECT min(occurred_on), max(occurred_on), count(*) FROM activities WHERE deleted_at IS NULL").fetchone()
        everything = ReportPeriod("all", dt.date.fromisoformat(first_day), dt.date.fromisoformat(last_day),
                                  "toàn bộ thời gian", "thời gian tới")
        all_first, all_median, all_pdf = _timed(
            lambda: render_draft(ws, build_periodic_report(ws, everything), today=TODAY))
        story_id = _photo_story(ws)
        s_first, s_median, dossier = _timed(lambda: render_draft(ws, build_story_dossier(ws, story_id), today=TODAY))
        stored = ws.db.execute(
            "SELECT sum(a.size) FROM record_attachments ra JOIN attachments a ON a.sha256 = ra.sha256 "
            "WHERE ra.record_id = ? AND ra.deleted_at IS NULL", [story_id]).fetchone()[0]
    finally:
        ws.close()
    return {"report_year": int(year), "report_activities": count, "report_first_ms": first,
            "report_ms": median, "report_pages": pdf.pages, "all_activities": total, "all_first_ms": all_first,
            "all_ms": all_median, "all_pages": all_pdf.pages, "dossier_first_ms": s_first, "dossier_ms": s_median,
            "dossier_mb": len(dossier.data) / 1024 / 1024, "dossier_pages": dossier.pages,
            "photos_mb": (stored or 0) / 1024 / 1024}


def document_rows(d: dict[str, Any], targets: dict[str, float]) -> list[tuple[str, str, str, str]]:
    from cdtt_desktop.benchmarks import _ms, _verdict

    if not d:
        return []
    report_ms, dossier_ms, dossier_mb = d["report_first_ms"], d["dossier_first_ms"], d["dossier_mb"]
    return [
        (f"Annual report {d['report_year']} ({d['report_activities']:,} activities, {d['report_pages']} pages), "
         "first", _ms(report_ms), f"≤ {targets['report_ms']:.0f} ms", _verdict(report_ms, targets["report_ms"])),
        ("  same, median of 3", _ms(d["report_ms"]), "", ""),
        (f"Report over all {d['all_activities']:,} activities ({d['all_pages']} pages), first",
         _ms(d["all_first_ms"]), f"≤ {targets['report_ms']:.0f} ms", _verdict(d["all_first_ms"], targets["report_ms"])),
        ("  same, median of 3", _ms(d["all_ms"]), "", ""),
        (f"Story dossier, 20 photos of {d['photos_mb']:.0f} MB ({d['dossier_pages']} pages), first",
         _ms(dossier_ms), f"≤ {targets['dossier_ms']:.0f} ms", _verdict(dossier_ms, targets["dossier_ms"])),
        ("  same, median of 3", _ms(d["dossier_ms"]), "", ""),
        ("  size of the dossier PDF", f"{dossier_mb:.1f} MB", f"≤ {targets['dossier_mb']:.0f} MB",
         _verdict(dossier_mb, targets["dossier_mb"])),
    ]
