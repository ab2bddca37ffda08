"""The story dossier: one model-practice story with its photos, as a báo cáo ready to send upward.

The dossier shows what was submitted: the latest finalised revision (content and files as frozen), or the
current draft when the story was never finalised, and says which. Photos go in only with the consent of
the people concerned: at least one consent in force and none withdrawn, since the photos are not tied to
persons and a withdrawn consent may concern any of them. The consent status is written in the dossier,
so the upper level knows whether it may publish the photos.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from cdtt_desktop import formatting
from cdtt_desktop.domain.document_model import Block, Heading, Image, OfficialDocument, Paragraph, cleaned_lines
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from cdtt_desktop.domain.official import KIND_TITLES, DocKind
from cdtt_desktop.domain.stories import Consent, ConsentScope, PracticeField, StoryContent, StoryKind, StoryStatus
from cdtt_desktop.domain.text import clean
from cdtt_desktop.domain.values import parse_count
from cdtt_desktop.services.doc_common import letterhead, signature, upward_recipients
from cdtt_desktop.services.stories import StoryRecord, get_story
from cdtt_desktop.services.story_files import PHOTO
from cdtt_desktop.services.workspace import Workspace

STORY_IN_TRASH = QT_TRANSLATE_NOOP("Rules", "This story is in the trash: restore it before making a document of it.")

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
FIELD_NAMES = {
    PracticeField.REPRESENTATION_CARE.value: "Đại diện, bảo vệ quyền lợi và chăm lo cho đoàn viên, người lao động",
    PracticeField.MEMBER_DEVELOPMENT.value: "Phát triển đoàn viên, xây dựng tổ chức công đoàn",
    PracticeField.COMMUNICATION.value: "Tuyên truyền, truyền thông",
    PracticeField.DIALOGUE.value: "Đối thoại, thương lượng tập thể",
    PracticeField.OCCUPATIONAL_SAFETY.value: "An toàn, vệ sinh lao động",
    PracticeField.EMULATION.value: "Thi đua, phát huy sáng kiến",
    PracticeField.OTHER.value: "Lĩnh vực khác",
}
# Section headings by kind: (about, context, actions, results, novelty, replication).
SECTIONS = {
    StoryKind.PRACTICE.value: ("Thông tin chung về mô hình", "Sự cần thiết, bối cảnh ra đời",
                               "Nội dung và cách thức thực hiện", "Kết quả đạt được", "Điểm mới, sáng tạo",
                               "Khả năng nhân rộng"),
    StoryKind.PERSON.value: ("Sơ lược về cá nhân", "Hoàn cảnh, nhiệm vụ được giao", "Những việc làm tiêu biểu",
                             "Kết quả, thành tích đạt được", "Điểm nổi bật",
                             "Giá trị lan tỏa, khả năng học tập và nhân rộng"),
    StoryKind.COLLECTIVE.value: ("Sơ lược về tập thể", "Đặc điểm, tình hình", "Những việc làm tiêu biểu",
                                 "Kết quả đạt được", "Điểm nổi bật, sáng tạo", "Khả năng học tập và nhân rộng"),
}
STATUS_NOTES = {
    StoryStatus.READY: "sẵn sàng gửi", StoryStatus.SENT: "đã gửi cấp trên",
    StoryStatus.RECEIVED: "cấp trên đã tiếp nhận", StoryStatus.RETURNED: "cấp trên đã trả lại để bổ sung",
    StoryStatus.APPROVED: "đã được cấp trên duyệt",
}
NO_NAME = "(chưa có tên)"


@dataclass(frozen=True)
class _Source:
    """The content the dossier is made from, its files (file_name, sha256, role, caption) and which it is."""

    content: StoryContent
    files: list[dict[str, Any]]
    note: str


def build_story_dossier(ws: Workspace, story_id: str) -> OfficialDocument:
    """The báo cáo of one story with its consented photos; RecordNotFoundError (a LookupError) for an unknown
    id, ValidationError (a ValueError) for a story in the trash."""
    if ws.stories.get(story_id)["deleted_at"]:
        raise ValidationError([Problem("story", STORY_IN_TRASH)])
    record = get_story(ws, story_id)
    source = _source(ws, record)
    content = source.content
    head = letterhead(ws)
    unit = _name_of(ws, "units", content.grassroots_unit_id)
    blocks: list[Block] = [Paragraph(_intro(head.issuer_name, content)), Paragraph(source.note)]
    sections = _sections(ws, content, unit)
    sections.append(("Tư liệu kèm theo và ý kiến đồng ý", _evidence(content, record.content, source.files)))
    numbered = [(title, lines) for title, lines in sections if lines]
    for number, (title, lines) in enumerate(numbered):
        blocks.append(Heading(f"{ROMAN[number]}. {title}"))
        blocks += [Paragraph(line, indent=not line.startswith("- ")) for line in lines]
    photos = _photos(source.files) if _photos_allowed(content, record.content) else []
    blocks += [Image(sha256=f["sha256"], caption=f"Ảnh {n}. {_caption(f)}") for n, f in enumerate(photos, 1)]
    return OfficialDocument(
        kind=DocKind.REPORT, parent_body=head.parent_body, issuer=head.issuer,
        issuer_abbreviation=head.issuer_abbreviation, place=head.place, subject=_subject(content, unit),
        blocks=tuple(blocks), signature=signature(ws), recipients=upward_recipients(head),
        title=KIND_TITLES[DocKind.REPORT])


# --- which content ---------------------------------------------------------------------------------------

def _day(stamp: str) -> str:
    """A stored UTC timestamp as the local date, dd/mm/yyyy."""
    return formatting.date(dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().date())


def _source(ws: Workspace, record: StoryRecord) -> _Source:
    """The latest finalised revision when there is one (what was submitted), else the current draft."""
    summary = record.summary
    revisions = ws.stories.revisions(summary.id)
    if not revisions:
        files = [{"file_name": f.file_name, "sha256": f.sha256, "role": f.role, "caption": f.caption}
                 for f in record.files]
        note = f"Hồ sơ lập theo bản nháp hiện tại (chưa hoàn thiện), cập nhật ngày {_day(summary.updated_at)}."
        return _Source(record.content, files, note)
    latest = revisions[-1]
    note = f"Hồ sơ lập theo bản hoàn thiện lần {latest['revision']} ngày {_day(latest['finalised_at'])}"
    if summary.status is StoryStatus.DRAFT and summary.revision > int(latest["revision"]):
        note += f"; bản bổ sung lần {summary.revision} đang soạn, chưa đưa vào hồ sơ."
    elif summary.status is StoryStatus.DRAFT:
        note += "; nội dung đang được chỉnh sửa lại chưa đưa vào hồ sơ."
    else:
        note += f" ({STATUS_NOTES[summary.status]})."
    content = StoryContent.from_json(latest["content"])
    return _Source(content, [_with_role(ws, f) for f in latest["files"]], note)


def _with_role(ws: Workspace, frozen: dict[str, Any]) -> dict[str, Any]:
    """A frozen file with its role; a revision that kept no role counts pictures as photos."""
    if frozen.get("role"):
        return frozen
    try:
        is_picture = ws.attachments.stored(frozen["sha256"]).media_type.startswith("image/")
    except LookupError:
        is_picture = False
    return {**frozen, "role": PHOTO if is_picture else "document"}


def _name_of(ws: Workspace, table: str, record_id: str) -> str:
    if not record_id:
        return ""
    found = ws.db.execute(f"SELECT name FROM [{table}] WHERE id = ?", [record_id]).fetchone()
    return str(found[0]) if found else ""


# --- the text --------------------------------------------------------------------------------------------

def _quoted(name: str) -> str:
    """“name”, unless the name holds quotation marks of its own (no quotes inside quotes)."""
    return name if "“" in name or "\"" in name else f"“{name}”"


def _subject(content: StoryContent, unit: str) -> str:
    name = content.title() or NO_NAME
    if content.kind == StoryKind.PERSON.value:
        return f"Gương người tốt – việc tốt: {name}"
    if content.kind == StoryKind.COLLECTIVE.value:
        return f"Tập thể điển hình: {name}"
    owner = content.implementing_unit or unit
    return f"Mô hình {_quoted(name)} của {owner}" if owner else f"Mô hình {_quoted(name)}"


def _joined(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def _intro(issuer: str, content: StoryContent) -> str:
    name = content.title() or NO_NAME
    if content.kind == StoryKind.PERSON.value:
        about = f"gương người tốt – việc tốt của {_joined(name, content.position, content.workplace)}"
    elif content.kind == StoryKind.COLLECTIVE.value:
        about = f"thành tích tiêu biểu của tập thể {_joined(name, content.workplace)}"
    else:
        about = f"mô hình hay, cách làm tốt {_quoted(name)}"
        if content.implementing_unit:
            about += f" do {content.implementing_unit} thực hiện"
    return f"{issuer} báo cáo {about}, cụ thể như sau:"


def _grouped(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _figure(text: str, label: str, unit: str) -> list[str]:
    """'- Số người được hưởng lợi: 640 người', or nothing for an empty figure; as typed when not a number."""
    if not clean(text):
        return []
    number, _problem = parse_count(text, "")
    return [f"- {label}: {_grouped(number)} {unit}" if number is not None else f"- {label}: {clean(text)}"]


def _line(label: str, value: str) -> list[str]:
    return [f"- {label}: {value}"] if clean(value) else []


def _about(ws: Workspace, content: StoryContent, unit: str) -> list[str]:
    lines: list[str] = []
    if content.kind == StoryKind.PERSON.value:
        lines += _line("Họ và tên", content.person_name) + _line("Chức vụ", content.position)
        lines += _line("Đơn vị công tác", content.workplace)
        lines += _figure(content.years_of_service, "Số năm công tác", "năm")
    elif content.kind == StoryKind.COLLECTIVE.value:
        lines += _line("Tên tập thể", content.collective_name) + _line("Đơn vị", content.workplace)
        lines += _figure(content.member_count, "Số thành viên", "người")
    else:
        lines += _line("Tên mô hình", content.practice_name) + _line("Đơn vị thực hiện", content.implementing_unit)
        lines += _line("Thời gian bắt đầu thực hiện", _date(content.started_on))
        lines += _line("Lĩnh vực", FIELD_NAMES.get(content.practice_field, content.practice_field))
    if unit and unit != content.implementing_unit and unit != content.workplace:
        lines += _line("Công đoàn cơ sở", unit)
    lines += _line("Thuộc đợt thi đua, chiến dịch", _name_of(ws, "campaigns", content.campaign_id))
    return lines


def _iso(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _sections(ws: Workspace, content: StoryContent, unit: str) -> list[tuple[str, list[str]]]:
    """(heading, lines) in the order the upper level reads a submission; empty ones are left out later."""
    about, context, actions, results, novelty, replication = SECTIONS.get(content.kind,
                                                                          SECTIONS[StoryKind.PRACTICE.value])
    doing = cleaned_lines(content.actions) + [f"Nguồn lực: {line}" if i == 0 else line
                                               for i, line in enumerate(cleaned_lines(content.resources))]
    cost, _problem = parse_count(content.cost, "")
    if cost:
        doing.append(f"Kinh phí thực hiện: {formatting.money_document(cost)}.")
    figures = (_figure(content.beneficiaries, "Số người được hưởng lợi", "người")
               + _figure(content.money_raised, "Số tiền vận động được", "đồng")
               + _figure(content.members_recruited, "Số đoàn viên mới được kết nạp", "người")
               + _figure(content.hours_saved, "Số giờ công tiết kiệm được", "giờ"))
    return [(about, _about(ws, content, unit)), (context, cleaned_lines(content.context)), (actions, doing),
            (results, cleaned_lines(content.results) + figures), (novelty, cleaned_lines(content.novelty)),
            (replication, cleaned_lines(content.replication))]


# --- evidence and consent --------------------------------------------------------------------------------

def _withdrawn(content: StoryContent, current: StoryContent) -> list[Consent]:
    """Withdrawals recorded in the dossier's content or since, in the current one (most restrictive)."""
    seen: dict[str, Consent] = {}
    for consent in (*content.consents, *current.consents):
        if consent.withdrawn_on:
            seen.setdefault(consent.person_name, consent)
    return list(seen.values())


def _live(content: StoryContent, current: StoryContent) -> list[Consent]:
    gone = {c.person_name for c in _withdrawn(content, current)}
    return [c for c in content.consents if not c.withdrawn_on and c.person_name not in gone]


def _photos_allowed(content: StoryContent, current: StoryContent) -> bool:
    return bool(_live(content, current)) and not _withdrawn(content, current)


def photos_allowed(content: StoryContent, current: StoryContent) -> bool:
    """Whether the photos of `content` (a frozen revision) may leave, given `current`'s withdrawals too."""
    return _photos_allowed(content, current)


def _photos(files: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in files if f.get("role") == PHOTO]


def _caption(frozen: dict[str, Any]) -> str:
    return clean(frozen.get("caption")) or clean(frozen.get("file_name"))


def _date(text: str) -> str:
    return formatting.date(text) if _iso(text) else text


def _press(url: str, title: str) -> str:
    """A press link by its title and site: a long address cannot be wrapped inside the margins."""
    site = urlparse(url).netloc.removeprefix("www.") or url
    return f"- Bài viết đã đăng: “{title}” ({site})" if title else f"- Bài viết đã đăng trên {site}"


def _evidence(content: StoryContent, current: StoryContent, files: list[dict[str, Any]]) -> list[str]:
    lines = [_press(p.url, p.title) for p in content.press_links if p.url]
    live, withdrawn = _live(content, current), _withdrawn(content, current)
    for consent in live:
        scope = ("đồng ý cho công bố (đăng báo, trang thông tin của đơn vị)"
                 if consent.scope == ConsentScope.PUBLICATION.value else "đồng ý sử dụng để xét duyệt, không công bố")
        lines.append(f"- {consent.person_name or NO_NAME}: {scope}, ngày {_date(consent.given_on)}")
    lines += [f"- {c.person_name or NO_NAME}: đã rút lại sự đồng ý ngày {_date(c.withdrawn_on)}" for c in withdrawn]
    if not live and not withdrawn:
        lines.append("- Chưa có ý kiến đồng ý của người được nêu trong hồ sơ")
    photos = _photos(files)
    if photos and _photos_allowed(content, current):
        public = content.for_publication and all(c.scope == ConsentScope.PUBLICATION.value for c in live)
        use = "được phép công bố" if public else "chỉ dùng để xét duyệt, không đăng tải công khai"
        lines.append(f"Kèm theo {len(photos):02d} ảnh tư liệu ({use}).")
    elif photos:
        lines.append(f"{len(photos):02d} ảnh tư liệu không được đưa vào hồ sơ do chưa có đủ sự đồng ý "
                     "của người liên quan.")
    return lines
