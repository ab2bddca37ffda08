"""Every kind of document, issued from real records, read back with poppler against the format rules."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from cdtt_desktop.domain.document_model import OfficialDocument, all_text
from cdtt_desktop.domain.housing import CaseStep
from cdtt_desktop.domain.official import FormatProfile
from cdtt_desktop.domain.periods import parse_period
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.services import documents as docs
from cdtt_desktop.services.doc_housing import build_handover, build_proposal
from cdtt_desktop.services.doc_periodic import build_periodic_report
from cdtt_desktop.services.doc_story import build_story_dossier
from cdtt_desktop.services.pdf_fonts import covered
from cdtt_desktop.services.workspace import Workspace
from tests import pdf_readers
from tests.pdf_readers import MM
from tests.services.helpers_housing import case_at
from tests.services.test_doc_story import person, story_with_photos
from tests.services.test_report_figures import fill_april

ISSUED = dt.date(2026, 2, 3)
Make = Callable[[Workspace, Path], tuple[OfficialDocument, str]]


def periodic(ws: Workspace, _folder: Path) -> tuple[OfficialDocument, str]:
    fill_april(ws)
    return build_periodic_report(ws, parse_period("2026-Q2")), docs.periodic_source("2026-Q2")


def dossier(ws: Workspace, folder: Path) -> tuple[OfficialDocument, str]:
    story_id = story_with_photos(ws, folder, person(), StoryStatus.READY, StoryStatus.SENT)
    return build_story_dossier(ws, story_id), docs.story_source(story_id)


def proposal(ws: Workspace, folder: Path) -> tuple[OfficialDocument, str]:
    ids = [case_at(ws, folder / "a", CaseStep.SURVEY), case_at(ws, folder / "b", CaseStep.PROPOSAL)]
    return build_proposal(ws, ids), docs.proposal_source(ids)


def handover(ws: Workspace, folder: Path) -> tuple[OfficialDocument, str]:
    case_id = case_at(ws, folder, CaseStep.HANDOVER)
    return build_handover(ws, case_id), docs.handover_source(case_id)


KINDS: dict[str, tuple[Make, str, str]] = {
    "periodic": (periodic, "Số: 01/BC-CĐP", "BÁO CÁO"),
    "dossier": (dossier, "Số: 01/BC-CĐP", "BÁO CÁO"),
    "proposal": (proposal, "Số: 01/TTr-CĐP", "TỜ TRÌNH"),
    "handover": (handover, "Số: 01/BB-CĐP", "BIÊN BẢN"),
}


@pytest.fixture(params=list(KINDS))
def issued(request: pytest.FixtureRequest, ready_ws: Workspace, tmp_path: Path) -> tuple[str, Path, OfficialDocument]:
    make, _number, _title = KINDS[request.param]
    document, source = make(ready_ws, tmp_path / "records")
    result = docs.issue(ready_ws, document, source=source, on=ISSUED)
    drawn = OfficialDocument.from_data(docs.issued_data(ready_ws, result.id)["document"])  # numbered, dated
    return request.param, result.file, drawn


def test_each_kind_embeds_only_the_bundled_font_on_a4(issued: tuple[str, Path, OfficialDocument]) -> None:
    """pdffonts: every font embedded and Liberation Serif; pdfinfo: every page A4."""
    _kind, path, _doc = issued
    fonts = pdf_readers.fonts(path)
    assert fonts and all(f["emb"] == "yes" and "LiberationSerif" in f["name"] for f in fonts)
    assert tuple(round(v) for v in pdf_readers.page_size(path)) == (595, 842)


def test_each_kind_carries_its_number_title_and_date_line(issued: tuple[str, Path, OfficialDocument]) -> None:
    """Page 1 has the national title, 'Số: 01/…', the title and 'ngày 03 tháng 02 năm 2026'."""
    kind, path, _doc = issued
    _make, number, title = KINDS[kind]
    first = pdf_readers.text(path, page=1)
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", number, title,
                 "Hà Nội, ngày 03 tháng 02 năm 2026"):
        assert line in first


def test_each_kind_gives_back_its_text_exactly(issued: tuple[str, Path, OfficialDocument]) -> None:
    """Every paragraph and cell of the document is found, word for word, in pdftotext's output."""
    _kind, path, document = issued
    text = " ".join(pdf_readers.body_text(path).split())
    assert unicodedata.is_normalized("NFC", text)
    for piece in all_text(document, ISSUED):
        assert all(ord(c) in covered() for c in piece if c not in "\n")
        for line in piece.split("\n"):
            assert " ".join(line.split()) in text, line


def test_each_kind_keeps_inside_the_margins_and_numbers_pages_from_two(
        issued: tuple[str, Path, OfficialDocument]) -> None:
    """Words lie inside the NĐ 30 margins; only page numbers (from page 2) sit in the top margin."""
    _kind, path, _doc = issued
    profile = FormatProfile()
    width, height = pdf_readers.page_size(path)
    found = pdf_readers.words(path)
    pages = {w.page for w in found}
    numbered = {w.page for w in found if w.y_max < profile.margin_top * MM}
    assert numbered == pages - {1}
    for word in found:
        if word.y_max < profile.margin_top * MM:
            assert word.text == str(word.page)
            continue
        assert profile.margin_left * MM - 0.5 <= word.x_min and word.x_max <= width - profile.margin_right * MM + 0.5
        assert word.y_max <= height - profile.margin_bottom * MM + 0.5
