"""The story dossier: which revision it shows, its sections and figures, and which photos it may carry."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image as PilImage

from cdtt_desktop.domain.document_model import Heading, Image, OfficialDocument, Paragraph, all_text
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.official import DocKind
from cdtt_desktop.domain.stories import Consent, ConsentScope, StoryContent, StoryKind, StoryStatus
from cdtt_desktop.services.doc_story import build_story_dossier
from cdtt_desktop.services.stories import (
    add_story_file,
    get_story,
    new_story,
    save_story_content,
    transition_story,
    trash_story,
)
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import RecordNotFoundError

S = StoryStatus
TODAY = dt.date(2026, 5, 12)


def person(*, publication: bool = True, consents: list[Consent] | None = None) -> StoryContent:
    scope = ConsentScope.PUBLICATION.value if publication else ConsentScope.INTERNAL.value
    return StoryContent(
        kind=StoryKind.PERSON.value, for_publication=publication, person_name="Nguyễn Thị Hoa",
        position="Tổ trưởng tổ may số 5", workplace="Công ty May 10", years_of_service="15",
        context="Tổ có nhiều công nhân mới.", actions="Kèm cặp từng người trong tháng đầu.",
        results="Năng suất tổ tăng 18%.", beneficiaries="40", money_raised="12000000",
        replication="Ghép công nhân mới với tổ trưởng giỏi.",
        consents=[Consent("Nguyễn Thị Hoa", "2026-05-01", scope)] if consents is None else consents)


def picture(folder: Path, name: str, colour: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    PilImage.new("RGB", (120, 80), colour).save(path, "JPEG")
    return path


def story_with_photos(ws: Workspace, folder: Path, content: StoryContent, *moves: StoryStatus) -> str:
    story_id = new_story(ws, StoryKind(content.kind), today=TODAY)
    save_story_content(ws, story_id, content)
    add_story_file(ws, story_id, picture(folder, "anh-lop-hoc.jpg", "red"), caption="Chị Hoa kèm cặp công nhân mới")
    add_story_file(ws, story_id, picture(folder, "anh-to-may.jpg", "blue"))
    for target in moves:
        transition_story(ws, story_id, target, comment="Bổ sung số liệu" if target is S.RETURNED else "")
    return story_id


def images(doc: OfficialDocument) -> list[Image]:
    return [b for b in doc.blocks if isinstance(b, Image)]


def texts(doc: OfficialDocument) -> list[str]:
    return all_text(doc, TODAY)


def test_sent_story_is_a_report_with_sections_photos_and_the_frozen_revision(ready_ws: Workspace,
                                                                          tmp_path: Path) -> None:
    """A sent story gives a BÁO CÁO: header, subject per kind, sections in order, photos in stored order."""
    story_id = story_with_photos(ready_ws, tmp_path, person(), S.READY, S.SENT)
    doc = build_story_dossier(ready_ws, story_id)
    assert doc.kind is DocKind.REPORT and doc.title == "BÁO CÁO"
    assert doc.subject == "Gương người tốt – việc tốt: Nguyễn Thị Hoa"
    assert doc.issuer == "CÔNG ĐOÀN PHƯỜNG BA ĐÌNH" and doc.parent_body == "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI"
    assert doc.signature.name == "Trần Văn Bình"
    assert doc.recipients[0].startswith("Liên đoàn Lao động thành phố Hà Nội")
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings[:4] == ["I. Sơ lược về cá nhân", "II. Hoàn cảnh, nhiệm vụ được giao",
                            "III. Những việc làm tiêu biểu", "IV. Kết quả, thành tích đạt được"]
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert any("bản hoàn thiện lần 1" in p and "đã gửi cấp trên" in p for p in paragraphs)
    assert "- Số tiền vận động được: 12.000.000 đồng" in paragraphs
    assert "- Số năm công tác: 15 năm" in paragraphs
    files = get_story(ready_ws, story_id).files
    assert [i.sha256 for i in images(doc)] == [f.sha256 for f in files]
    assert [i.caption for i in images(doc)] == ["Ảnh 1. Chị Hoa kèm cặp công nhân mới", "Ảnh 2. anh-to-may.jpg"]


def test_a_returned_story_being_revised_shows_what_was_submitted(ready_ws: Workspace, tmp_path: Path) -> None:
    """While revision 2 is a draft, the dossier keeps revision 1's content and says so."""
    story_id = story_with_photos(ready_ws, tmp_path, person(), S.READY, S.SENT, S.RETURNED, S.DRAFT)
    save_story_content(ready_ws, story_id, replace(person(), results="Năng suất tổ tăng 25% sau bổ sung."))
    text = " ".join(texts(build_story_dossier(ready_ws, story_id)))
    assert "Năng suất tổ tăng 18%." in text and "25%" not in text
    assert "bản hoàn thiện lần 1" in text and "bản bổ sung lần 2 đang soạn" in text


def test_a_never_finalised_draft_uses_its_current_content(ready_ws: Workspace, tmp_path: Path) -> None:
    """With no finalised revision the dossier is made from the draft and says it is a draft."""
    story_id = story_with_photos(ready_ws, tmp_path, person())
    doc = build_story_dossier(ready_ws, story_id)
    assert any("bản nháp hiện tại" in s for s in texts(doc))
    assert len(images(doc)) == 2


@pytest.mark.parametrize("consents", [
    [],
    [Consent("Nguyễn Thị Hoa", "2026-05-01", ConsentScope.PUBLICATION.value, withdrawn_on="2026-05-05")],
    [Consent("Nguyễn Thị Hoa", "2026-05-01", ConsentScope.PUBLICATION.value),
     Consent("Lê Văn Nam", "2026-05-01", ConsentScope.PUBLICATION.value, withdrawn_on="2026-05-06")],
], ids=["no consent", "withdrawn", "one of two withdrawn"])
def test_photos_are_left_out_without_consent(ready_ws: Workspace, tmp_path: Path, consents: list[Consent]) -> None:
    """No photo goes in unless someone consented and nobody withdrew; the dossier says they were left out."""
    story_id = story_with_photos(ready_ws, tmp_path, person(consents=consents))
    doc = build_story_dossier(ready_ws, story_id)
    assert images(doc) == []
    assert any("không được đưa vào hồ sơ" in s for s in texts(doc))


def test_internal_consent_keeps_photos_but_says_they_are_not_for_publication(ready_ws: Workspace,
                                                                            tmp_path: Path) -> None:
    """Consent for internal use allows the photos in the dossier, marked as not for publication."""
    story_id = story_with_photos(ready_ws, tmp_path, person(publication=False), S.READY)
    doc = build_story_dossier(ready_ws, story_id)
    assert len(images(doc)) == 2
    assert any("không đăng tải công khai" in s for s in texts(doc))
    assert any("đồng ý sử dụng để xét duyệt, không công bố" in s for s in texts(doc))


def test_documents_attached_to_a_story_are_not_drawn_as_photos(ready_ws: Workspace, tmp_path: Path) -> None:
    """Only files attached as photos become Image blocks."""
    story_id = new_story(ready_ws, StoryKind.PERSON, today=TODAY)
    save_story_content(ready_ws, story_id, person())
    pdf = tmp_path / "giay-khen.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    add_story_file(ready_ws, story_id, pdf, role="document")
    add_story_file(ready_ws, story_id, picture(tmp_path, "anh.jpg", "green"), caption="Ảnh hoạt động")
    assert [i.caption for i in images(build_story_dossier(ready_ws, story_id))] == ["Ảnh 1. Ảnh hoạt động"]


def test_practice_and_collective_subjects(ready_ws: Workspace) -> None:
    """A practice is 'Mô hình “…” của <unit>' with its field in words; a collective is named as such."""
    practice = StoryContent(kind=StoryKind.PRACTICE.value, practice_name="Tổ giám sát bữa ăn ca",
                            implementing_unit="CĐCS Công ty May 10", started_on="2024-03-01",
                            practice_field="occupational_safety", context="Bữa ăn ca kém.", cost="6.000.000")
    story_id = new_story(ready_ws, StoryKind.PRACTICE, today=TODAY)
    save_story_content(ready_ws, story_id, practice)
    doc = build_story_dossier(ready_ws, story_id)
    assert doc.subject == "Mô hình “Tổ giám sát bữa ăn ca” của CĐCS Công ty May 10"
    assert "- Lĩnh vực: An toàn, vệ sinh lao động" in texts(doc)
    assert "- Thời gian bắt đầu thực hiện: 01/03/2024" in texts(doc)
    assert "Kinh phí thực hiện: 6.000.000 đồng." in texts(doc)
    collective = StoryContent(kind=StoryKind.COLLECTIVE.value, collective_name="Tổ may số 5",
                              workplace="Công ty May 10", member_count="32")
    story_id = new_story(ready_ws, StoryKind.COLLECTIVE, today=TODAY)
    save_story_content(ready_ws, story_id, collective)
    doc = build_story_dossier(ready_ws, story_id)
    assert doc.subject == "Tập thể điển hình: Tổ may số 5"
    assert "- Số thành viên: 32 người" in texts(doc)


def test_trash_and_unknown_ids_are_refused(ready_ws: Workspace, tmp_path: Path) -> None:
    """A story in the trash is a ValueError, an unknown id a LookupError."""
    story_id = story_with_photos(ready_ws, tmp_path, person())
    trash_story(ready_ws, story_id)
    with pytest.raises(ValidationError, match="trash"):
        build_story_dossier(ready_ws, story_id)
    with pytest.raises(RecordNotFoundError):
        build_story_dossier(ready_ws, "no-such-story")


def test_every_string_is_nfc_even_from_decomposed_input(ready_ws: Workspace, tmp_path: Path) -> None:
    """Typed text in decomposed form comes out NFC, like every fixed wording of the dossier."""
    content = person()
    content.results = unicodedata.normalize("NFD", "Năng suất tổ tăng 18% nhờ kèm cặp.")
    story_id = story_with_photos(ready_ws, tmp_path, content, S.READY)
    strings = texts(build_story_dossier(ready_ws, story_id))
    assert "Năng suất tổ tăng 18% nhờ kèm cặp." in strings
    assert all(unicodedata.is_normalized("NFC", s) for s in strings)
