"""Mái ấm Công đoàn papers: the tờ trình asking the parent body for support, and the biên bản bàn giao.

A tờ trình is made while its cases are at the survey step (it is the paper attached to move them to the
proposal step) or at the proposal step (printed again before the decision). A biên bản bàn giao is made at
acceptance (the record attached to move to handover), at handover or once closed. Cases in the trash and
anonymised cases are refused. Privacy: the CCCD is always masked, and nothing about health, family or
circumstances is written; the amounts and the house are what the papers are about.
"""

from __future__ import annotations

from cdtt_desktop import formatting
from cdtt_desktop.domain.document_model import Block, Heading, OfficialDocument, Paragraph, Party, Table
from cdtt_desktop.domain.housing import BuildKind, CaseContent, CaseStep, FundingPlan, dong, funding_values
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from cdtt_desktop.domain.money_words import amount_in_words
from cdtt_desktop.domain.official import KIND_TITLES, DocKind, date_words
from cdtt_desktop.domain.text import clean, person_sort_key
from cdtt_desktop.domain.values import parse_date
from cdtt_desktop.services.doc_common import ARCHIVE_LINE, Letterhead, letterhead, signature
from cdtt_desktop.services.housing import CaseRecord, get_case, rules_for
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import RecordNotFoundError

PROPOSAL_STEPS = (CaseStep.SURVEY, CaseStep.PROPOSAL)
HANDOVER_STEPS = (CaseStep.ACCEPTANCE, CaseStep.HANDOVER, CaseStep.CLOSED)

NO_CASES = QT_TRANSLATE_NOOP("Rules", "Choose at least one case for the proposal.")
NO_SUCH_CASE = QT_TRANSLATE_NOOP("Rules", "There is no case with the id {id}.")
CASE_IN_TRASH = QT_TRANSLATE_NOOP("Rules", "Case {number} ({name}) is in the trash: restore it first.")
CASE_ANONYMISED = QT_TRANSLATE_NOOP("Rules", "Case {number} ({name}) has been anonymised: no document is made of it.")
NOT_READY_FOR_PROPOSAL = QT_TRANSLATE_NOOP(
    "Rules", "Case {number} ({name}) is at “{step}”: a proposal is made at the survey or proposal step.")
NO_AMOUNT = QT_TRANSLATE_NOOP("Rules", "Case {number} ({name}) has no union support amount to propose.")
NOT_READY_FOR_HANDOVER = QT_TRANSLATE_NOOP(
    "Rules", "Case {number} ({name}) is at “{step}”: a handover record is made at acceptance, handover or after.")

BUILD_WORDS = {BuildKind.NEW.value: "Xây mới", BuildKind.REPAIR.value: "Sửa chữa"}
WORK_WORDS = {BuildKind.NEW.value: "xây dựng", BuildKind.REPAIR.value: "sửa chữa"}
DOTS = "……………………"  # a blank to fill in by hand
BLANK = "……"


# --- shared ----------------------------------------------------------------------------------------------

def _refusals(ws: Workspace, case_id: str, steps: tuple[CaseStep, ...], wrong_step: str, *,
              needs_amount: bool = False) -> list[Problem]:
    """Why no document can be made of this case now (nothing when it can)."""
    try:
        row = ws.housing.get(case_id)
    except RecordNotFoundError:
        return [Problem("cases", NO_SUCH_CASE, {"id": case_id})]
    args: dict[str, object] = {"number": row["number"], "name": row["beneficiary_name"]}
    if row["deleted_at"]:
        return [Problem("cases", CASE_IN_TRASH, args)]
    if row["anonymised"]:
        return [Problem("cases", CASE_ANONYMISED, args)]
    if CaseStep(row["step"]) not in steps:
        return [Problem("cases", wrong_step, {**args, "step": row["step"]})]
    if needs_amount and int(row["requested"]) <= 0:
        return [Problem("cases", NO_AMOUNT, args)]
    return []


def _document(ws: Workspace, head: Letterhead, kind: DocKind, subject: str, blocks: list[Block], *,
              addressees: tuple[str, ...] = (), recipients: tuple[str, ...] = (),
              parties: tuple[Party, ...] = ()) -> OfficialDocument:
    return OfficialDocument(
        kind=kind, parent_body=head.parent_body, issuer=head.issuer, issuer_abbreviation=head.issuer_abbreviation,
        place=head.place, subject=subject, blocks=tuple(blocks), signature=signature(ws), title=KIND_TITLES[kind],
        addressees=addressees, recipients=recipients, parties=parties)


def _money(amount: int) -> str:
    return f"{dong(amount)} đồng"


def _in_words(amount: int) -> str:
    """'Một trăm mười triệu đồng chẵn': 'chẵn' for a round amount, as accounting papers write it."""
    words = amount_in_words(amount)
    return f"{words} chẵn" if amount and amount % 1000 == 0 else words


def _birth_year(content: CaseContent) -> str:
    day, _problem = parse_date(content.birth_date, "")
    return str(day.year) if day else ""


def _plan(content: CaseContent) -> FundingPlan | None:
    plan, problems = funding_values(content)
    return plan if plan is not None and not problems and plan.total_cost else None


def _parent_board(head: Letterhead) -> str:
    return f"Ban Thường vụ {head.parent_name or head.issuer_name}"


# --- the tờ trình ----------------------------------------------------------------------------------------

def build_proposal(ws: Workspace, case_ids: list[str]) -> OfficialDocument:
    """The tờ trình for one or several cases, or ValidationError (a ValueError) listing every case refused."""
    ids = list(dict.fromkeys(case_ids))
    problems = [p for case_id in ids for p in _refusals(ws, case_id, PROPOSAL_STEPS, NOT_READY_FOR_PROPOSAL,
                                                             needs_amount=True)]
    if not ids:
        problems.append(Problem("cases", NO_CASES))
    if problems:
        raise ValidationError(problems)
    cases = sorted((get_case(ws, case_id) for case_id in ids), key=lambda c: person_sort_key(c.summary.beneficiary))
    head = letterhead(ws)
    board = _parent_board(head)
    total = sum(c.summary.requested for c in cases)
    blocks: list[Block] = [Paragraph(line) for line in _grounds(ws, cases)]
    blocks += [Paragraph(p) for p in _situation(head, board, cases)]
    blocks.append(_beneficiaries(cases, total))
    blocks.append(Paragraph(f"Tổng số tiền đề nghị hỗ trợ: {_money(total)} (Bằng chữ: {_in_words(total)})."))
    blocks.append(Paragraph("Hồ sơ đề nghị của từng trường hợp được gửi kèm theo Tờ trình này."))
    blocks.append(Paragraph(f"Kính trình {board} xem xét, quyết định./."))
    return _document(ws, head, DocKind.PROPOSAL, _proposal_subject(cases), blocks, addressees=(board,),
                     recipients=("Như trên", ARCHIVE_LINE))


def _build_phrase(cases: list[CaseRecord]) -> str:
    kinds = {c.summary.build_kind for c in cases}
    if kinds == {BuildKind.REPAIR.value}:
        return "sửa chữa"
    return "xây dựng, sửa chữa" if BuildKind.REPAIR.value in kinds else "xây dựng"


def _proposal_subject(cases: list[CaseRecord]) -> str:
    whom = "đoàn viên" if len(cases) == 1 else "các đoàn viên"
    return (f"Về việc đề nghị hỗ trợ {_build_phrase(cases)} nhà “Mái ấm Công đoàn” cho {whom} "
            "có hoàn cảnh khó khăn")


def _grounds(ws: Workspace, cases: list[CaseRecord]) -> list[str]:
    """The căn cứ lines: the rules of each year concerned, then the case files."""
    lines = []
    seen: set[tuple[int, int, int]] = set()
    for case in cases:
        rules = rules_for(ws, case.summary.year, case.content.province)
        key = (rules.year, rules.new_build_amount, rules.repair_amount)
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"Căn cứ mức hỗ trợ nhà “Mái ấm Công đoàn” năm {rules.year}: xây mới "
                     f"{_money(rules.new_build_amount)}/nhà, sửa chữa {_money(rules.repair_amount)}/nhà;")
    whose = "của đoàn viên" if len(cases) == 1 else "của các đoàn viên"
    lines.append(f"Căn cứ hồ sơ đề nghị {whose}, văn bản đề nghị của công đoàn cơ sở và kết quả khảo sát thực tế,")
    return lines


def _situation(head: Letterhead, board: str, cases: list[CaseRecord]) -> list[str]:
    units = list(dict.fromkeys(c.summary.unit_name for c in cases if c.summary.unit_name))
    senders = units[0] if len(units) == 1 else "các công đoàn cơ sở"
    if len(cases) == 1:
        who = f"đoàn viên {cases[0].summary.beneficiary}"
    else:
        who = f"{len(cases):02d} đoàn viên có tên dưới đây"
    text = (f"Thời gian qua, {head.issuer_name} đã tiếp nhận đề nghị của {senders} về việc hỗ trợ nhà ở cho "
            f"đoàn viên có hoàn cảnh khó khăn. Qua kiểm tra hồ sơ và khảo sát thực tế, {who} có hoàn cảnh "
            f"khó khăn về nhà ở; nhà ở xuống cấp, không bảo đảm an toàn; gia đình đã chủ động huy động một phần "
            f"kinh phí nhưng chưa đủ để {_build_phrase(cases)} nhà ở.")
    paragraphs = [text]
    plans = [_plan(c.content) for c in cases]
    if all(plans):
        summed = FundingPlan(*(sum(getattr(p, name) for p in plans if p) for name in
                               ("total_cost", "union_support", "sponsors", "family", "loans")))
        parts = [f"gia đình tự lo {_money(summed.family)}"]
        if summed.sponsors:
            parts.append(f"vận động tài trợ {_money(summed.sponsors)}")
        if summed.loans:
            parts.append(f"vay {_money(summed.loans)}")
        paragraphs.append(f"Tổng kinh phí {_build_phrase(cases)} theo dự toán là {_money(summed.total_cost)}, "
                          f"trong đó: {'; '.join(parts)}; đề nghị Quỹ “Mái ấm Công đoàn” hỗ trợ "
                          f"{_money(summed.union_support)}.")
    paragraphs.append(f"{head.issuer_name} kính trình {board} xem xét, hỗ trợ cho "
                      f"{'đoàn viên' if len(cases) == 1 else 'các đoàn viên'} theo danh sách sau:")
    return paragraphs


def _beneficiaries(cases: list[CaseRecord], total: int) -> Table:
    rows = [(str(n), c.summary.beneficiary, _birth_year(c.content), c.summary.cccd_masked, c.summary.unit_name,
             BUILD_WORDS.get(c.summary.build_kind, c.summary.build_kind), dong(c.summary.requested))
            for n, c in enumerate(cases, 1)]
    rows.append(("", "Tổng cộng", "", "", "", "", dong(total)))
    return Table(
        header=("TT", "Họ và tên", "Năm sinh", "Số CCCD", "Đơn vị (CĐCS)", "Hình thức", "Số tiền đề nghị (đồng)"),
        rows=tuple(rows), widths=(0.05, 0.19, 0.08, 0.18, 0.23, 0.11, 0.16),
        align=("center", "left", "center", "center", "left", "center", "right"), total_row=True)


# --- the biên bản bàn giao -------------------------------------------------------------------------------

def build_handover(ws: Workspace, case_id: str) -> OfficialDocument:
    """The biên bản bàn giao of one case; RecordNotFoundError (a LookupError) for an unknown id,
    ValidationError (a ValueError) for a case in the trash, anonymised or not yet accepted."""
    ws.housing.get(case_id)  # an unknown id is a LookupError, not a refusal
    problems = _refusals(ws, case_id, HANDOVER_STEPS, NOT_READY_FOR_HANDOVER)
    if problems:
        raise ValidationError(problems)
    case = get_case(ws, case_id)
    head = letterhead(ws)
    sign = signature(ws)
    data: dict[str, str] = {}
    for step in case.steps:
        data.update(step.data)
    handover = next((s for s in reversed(case.steps) if s.step is CaseStep.HANDOVER), None)
    day, _problem = parse_date(data.get("handover_date") or (handover.done_on if handover else ""), "")
    when = f"Hôm nay, {date_words(day)}" if day else f"Hôm nay, ngày {BLANK} tháng {BLANK} năm {BLANK}"
    address = _address(case.content)
    home = f"nhà ở của gia đình {_honorific(case.content)} {case.summary.beneficiary}"
    place = data.get("handover_place") or _joined(home, address)  # a place typed with the step, if any
    blocks: list[Block] = [Paragraph(f"{when}, tại {place}, chúng tôi gồm:"),
                           Heading("I. Thành phần tham dự")]
    blocks += _present(head, sign.title, sign.name, case, handover.responsible if handover else "")
    blocks.append(Heading("II. Nội dung bàn giao"))
    blocks += _house(case, data, address)
    blocks += [Heading("2. Nội dung bàn giao", level=2), Paragraph(_statement(case, data))]
    blocks.append(Paragraph("Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản. Các thành phần "
                            "tham dự đã nghe đọc lại, thống nhất với nội dung biên bản và cùng ký tên dưới đây./."))
    parties = (Party("ĐẠI DIỆN BÊN NHẬN", case.summary.beneficiary), Party("ĐẠI DIỆN BÊN GIAO", sign.name))
    return _document(ws, head, DocKind.RECORD, "Bàn giao nhà “Mái ấm Công đoàn”", blocks, parties=parties)


def _joined(*parts: str) -> str:
    return ", ".join(p for p in (clean(x) for x in parts) if p)


def _address(content: CaseContent) -> str:
    return _joined(content.street, content.commune, content.province)


def _honorific(content: CaseContent) -> str:
    return {"female": "bà", "male": "ông"}.get(content.sex, "đoàn viên")


def _authority(commune: str) -> str:
    """'Ủy ban nhân dân xã Sóc Sơn': the kind of commune in lower case inside the name."""
    for kind in ("Xã ", "Phường ", "Thị trấn ", "Đặc khu "):
        if commune.startswith(kind):
            commune = kind.lower() + commune[len(kind):]
    return f"Ủy ban nhân dân {commune}"


def _title_words(title: str) -> str:
    """'PHÓ CHỦ TỊCH' → 'Phó Chủ tịch', as a title is written inside a sentence."""
    text = clean(title).lower().replace("chủ tịch", "Chủ tịch")
    return text[:1].upper() + text[1:]


def _present(head: Letterhead, title: str, signer: str, case: CaseRecord, responsible: str) -> list[Block]:
    content, summary = case.content, case.summary
    lines = [f"1. Bên giao: {head.issuer_name}",
             f"- Đồng chí {signer or DOTS}, {_title_words(title) or 'đại diện'} {head.issuer_name};"]
    if responsible and responsible != signer:
        lines.append(f"- Đồng chí {responsible}, cán bộ phụ trách hồ sơ.")
    else:
        lines[-1] = lines[-1][:-1] + "."
    receiver = _joined(f"{_honorific(content).capitalize()} {summary.beneficiary}",
                       f"sinh năm {_birth_year(content)}" if _birth_year(content) else "",
                       f"đoàn viên {summary.unit_name}" if summary.unit_name else "")
    lines += [f"2. Bên nhận: {receiver}", f"- Số CCCD: {summary.cccd_masked or DOTS};",
              f"- Địa chỉ: {_address(content) or DOTS}."]
    witnesses = []
    if summary.unit_name:
        witnesses.append(f"- Đại diện {summary.unit_name}: {DOTS}")
    if content.commune:
        witnesses.append(f"- Đại diện {_authority(content.commune)}: {DOTS}")
    if witnesses:
        lines.append("3. Thành phần chứng kiến:")
        lines += [f"{w};" for w in witnesses[:-1]] + [f"{witnesses[-1]}."]
    return [Paragraph(line, indent=False) for line in lines]


def _union_amount(case: CaseRecord) -> int:
    """What the union gives: the amount of the decision, else the support in the funding plan."""
    return case.summary.approved or case.summary.requested


def _decision(data: dict[str, str]) -> str:
    number = data.get("decision_number", "")
    if not number:
        return ""
    day, _problem = parse_date(data.get("decision_date", ""), "")
    return f"Quyết định số {number}" + (f" ngày {formatting.date(day)}" if day else "")


def _house(case: CaseRecord, data: dict[str, str], address: str) -> list[Block]:
    kind = BUILD_WORDS.get(case.summary.build_kind, case.summary.build_kind).lower()
    work = WORK_WORDS.get(case.summary.build_kind, kind)
    lines = [f"- Địa chỉ: {address or DOTS};", f"- Hình thức hỗ trợ: {kind} nhà ở;"]
    plan = _plan(case.content)
    if plan:
        lines.append(f"- Tổng kinh phí {work} theo dự toán: {_money(plan.total_cost)}, trong đó:")
        parts = [("Công đoàn hỗ trợ", plan.union_support), ("Nhà tài trợ", plan.sponsors),
                 ("Gia đình tự đóng góp", plan.family), ("Vay", plan.loans)]
        shown = [f"+ {label}: {_money(amount)}" for label, amount in parts if amount]
        lines += [f"{s};" for s in shown]
    union = _union_amount(case)
    decision = _decision(data)
    source = f" theo {decision}" if decision else ""
    lines.append(f"- Số tiền Công đoàn hỗ trợ{source}: {_money(union)} (Bằng chữ: {_in_words(union)}).")
    return [Heading("1. Thông tin về ngôi nhà", level=2), *(Paragraph(line, indent=False) for line in lines)]


def _statement(case: CaseRecord, data: dict[str, str]) -> str:
    acceptance = next((s for s in reversed(case.steps) if s.step is CaseStep.ACCEPTANCE), None)
    accepted = f", đã được nghiệm thu ngày {formatting.date(acceptance.done_on)}" if acceptance else ""
    decision = _decision(data)
    handed = f" và trao {decision}" if decision else ""
    return (f"Bên giao bàn giao cho Bên nhận ngôi nhà “Mái ấm Công đoàn” nêu trên{accepted}{handed}. "
            "Bên nhận đã kiểm tra, đồng ý tiếp nhận; cam kết sử dụng đúng mục đích, giữ gìn, bảo quản nhà ở "
            "để ổn định cuộc sống, yên tâm lao động, sản xuất.")


