"""Mái ấm cases: every allowed and forbidden move, each step's data and papers, money, identifiers, privacy."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import unicodedata
from pathlib import Path

import pytest

from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain.housing import (
    ALLOWED,
    FUNDING_DOES_NOT_ADD_UP,
    MEMBERSHIP_TOO_SHORT,
    ORDER,
    SENSITIVE_DOCUMENTS,
    SUPPORT_ABOVE_RULE,
    CaseStep,
    ConsentUse,
    HousingRules,
)
from cdtt_desktop.domain.identifiers import CCCD_SEX_MISMATCH_FEMALE, PHONE_UNKNOWN_PREFIX
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.units import UnitKind
from cdtt_desktop.services.housing import (
    CaseFilter,
    CaseTotals,
    add_case_document,
    advance_case,
    anonymise_case,
    case_totals,
    content_problems,
    eligibility,
    get_case,
    list_cases,
    new_case,
    remove_case_document,
    restore_case,
    rules_for,
    save_case_content,
    save_rules,
    set_document_publicity,
    trash_case,
    withdraw_consent,
)
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import history
from tests.services.helpers_housing import BASE, CCCD, REQUEST_PAPERS, attach, case_at, complete, move, next_day

C = CaseStep
OPEN = ORDER[:5]  # the steps a case can be returned from


def messages(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.message for p in exc.value.problems}


def step_rows(ws: Workspace, case_id: str) -> int:
    return int(ws.execute_scalar("SELECT count(*) FROM housing_steps WHERE case_id = ?", [case_id]))


def unit_id(ws: Workspace, name: str) -> str:
    return next(r["id"] for r in ws.units.by_kind(UnitKind.GRASSROOTS) if r["name"] == name)


# --- the lifecycle ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("current", "target"), [(a, b) for a in ORDER for b in sorted(ALLOWED[a])])
def test_every_allowed_move_from_an_ordered_step(ws: Workspace, tmp_path: Path, current: CaseStep,
                                                 target: CaseStep) -> None:
    """Each move listed in ALLOWED succeeds with its data and papers: a timeline row and an audit row."""
    case_id = case_at(ws, tmp_path, current)
    rows, audits = step_rows(ws, case_id), len(history(ws.db, "housing_cases", case_id))
    move(ws, tmp_path, case_id, target)
    record = get_case(ws, case_id)
    assert record.summary.step is target
    assert step_rows(ws, case_id) == rows + 1 and record.steps[-1].step is target
    assert len(history(ws.db, "housing_cases", case_id)) == audits + 1
    assert record.returned_from is (current if target is C.RETURNED else None)


@pytest.mark.parametrize("returned_from", OPEN)
def test_a_returned_case_goes_back_to_its_step_and_only_there(ws: Workspace, tmp_path: Path,
                                                             returned_from: CaseStep) -> None:
    """From RETURNED the only move is back to the step it was returned from; the return is then cleared."""
    case_id = case_at(ws, tmp_path, returned_from)
    move(ws, tmp_path, case_id, C.RETURNED)
    assert get_case(ws, case_id).summary.next_step is returned_from
    for other in sorted(ALLOWED[C.RETURNED] - {returned_from}):
        with pytest.raises(ValidationError) as caught:
            move(ws, tmp_path, case_id, other)
        assert messages(caught) == {checks.BACK_TO_RETURNED_STEP}
    move(ws, tmp_path, case_id, returned_from)
    record = get_case(ws, case_id)
    assert record.summary.step is returned_from and record.returned_from is None


FORBIDDEN = [(a, b) for a, b in itertools.product(list(CaseStep), repeat=2) if b not in ALLOWED[a]]


@pytest.mark.parametrize(("current", "target"), FORBIDDEN)
def test_every_forbidden_move_is_refused(ws: Workspace, tmp_path: Path, current: CaseStep, target: CaseStep) -> None:
    """A move not in ALLOWED is refused and changes nothing (no timeline row, same step)."""
    if current is C.RETURNED:
        case_id = case_at(ws, tmp_path, C.SURVEY)
        move(ws, tmp_path, case_id, C.RETURNED)
    elif current is C.NOT_ELIGIBLE:
        case_id = case_at(ws, tmp_path, C.REQUEST)
        move(ws, tmp_path, case_id, C.NOT_ELIGIBLE)
    else:
        case_id = case_at(ws, tmp_path, current)
    rows = step_rows(ws, case_id)
    with pytest.raises(ValidationError) as caught:
        advance_case(ws, case_id, target, done_on=next_day(ws, case_id), responsible="Hoa", notes="x",
                     data={"decision_number": "1/QĐ", "approved_amount": "1.000", "handover_date": "2026-01-01"})
    assert messages(caught) == {checks.NOT_ALLOWED}
    assert get_case(ws, case_id).summary.step is current and step_rows(ws, case_id) == rows


def test_decision_needs_its_number_and_approved_amount(ws: Workspace, tmp_path: Path) -> None:
    """No decision (and so no construction) without the decision number and the approved amount."""
    case_id = case_at(ws, tmp_path, C.PROPOSAL)
    with pytest.raises(ValidationError) as caught:
        advance_case(ws, case_id, C.DECISION, done_on=next_day(ws, case_id), responsible="Hoa")
    assert {(p.field, p.message) for p in caught.value.problems} == {
        ("decision_number", checks.STEP_DATA_MISSING), ("approved_amount", checks.STEP_DATA_MISSING)}
    for amount, message in (("60.000.000,5", m.NOT_A_NUMBER), ("0", checks.AMOUNT_ZERO),
                            ("70.000.000", checks.APPROVED_ABOVE_REQUESTED)):
        with pytest.raises(ValidationError) as caught:
            move(ws, tmp_path, case_id, C.DECISION, approved_amount=amount)
        assert message in messages(caught)
    move(ws, tmp_path, case_id, C.DECISION, approved_amount="55.000.000")
    record = get_case(ws, case_id)
    assert record.summary.approved == 55_000_000  # whole đồng, an INTEGER column
    assert record.steps[-1].data["approved_amount"] == "55000000"
    assert ws.execute_scalar("SELECT typeof(approved) FROM housing_cases WHERE id = ?", [case_id]) == "integer"


def test_handover_and_closing_need_the_date_the_record_and_photos_after(ws: Workspace, tmp_path: Path) -> None:
    """Handover needs its date and the acceptance record; closing needs the handover date and photos after."""
    case_id = case_at(ws, tmp_path, C.ACCEPTANCE)
    with pytest.raises(ValidationError) as caught:
        advance_case(ws, case_id, C.HANDOVER, done_on=next_day(ws, case_id), responsible="Hoa")
    assert {p.args.get("item") or p.args.get("document") for p in caught.value.problems} == {
        "handover_date", "acceptance_record"}
    move(ws, tmp_path, case_id, C.HANDOVER)
    with pytest.raises(ValidationError) as caught:
        advance_case(ws, case_id, C.CLOSED, done_on=next_day(ws, case_id), responsible="Hoa")
    assert [p.args for p in caught.value.problems] == [{"document": "photos_after"}]
    attach(ws, tmp_path, case_id, "photos_after")
    advance_case(ws, case_id, C.CLOSED, done_on=next_day(ws, case_id), responsible="Hoa")
    assert get_case(ws, case_id).summary.next_step is None and get_case(ws, case_id).summary.due_on == ""


def test_survey_and_proposal_need_their_papers(ws: Workspace, tmp_path: Path) -> None:
    """The survey needs the survey record; the proposal needs the tờ trình."""
    case_id = case_at(ws, tmp_path, C.REQUEST)
    for step, kind in ((C.SURVEY, "survey_record"), (C.PROPOSAL, "proposal")):
        with pytest.raises(ValidationError) as caught:
            advance_case(ws, case_id, step, done_on=next_day(ws, case_id), responsible="Hoa")
        assert [p.args for p in caught.value.problems] == [{"document": kind}]
        move(ws, tmp_path, case_id, step)


def test_returned_and_not_eligible_need_notes(ws: Workspace, tmp_path: Path) -> None:
    """A return says what to complete, a refusal says why; both are kept on the timeline."""
    case_id = case_at(ws, tmp_path, C.SURVEY)
    for target, message in ((C.RETURNED, checks.RETURN_NEEDS_NOTES), (C.NOT_ELIGIBLE, checks.NOT_ELIGIBLE_NEEDS_NOTES)):
        with pytest.raises(ValidationError) as caught:
            advance_case(ws, case_id, target, done_on=next_day(ws, case_id), responsible="Hoa", notes="  ")
        assert messages(caught) == {message}
    move(ws, tmp_path, case_id, C.RETURNED, notes="Bổ sung  biên bản khảo sát ")
    assert get_case(ws, case_id).steps[-1].notes == "Bổ sung  biên bản khảo sát"


def test_leaving_the_request_with_an_unmet_rule_needs_a_recorded_justification(ws: Workspace,
                                                                              tmp_path: Path) -> None:
    """Failed eligibility blocks the survey unless a justification is given; it is kept with the move."""
    case_id = case_at(ws, tmp_path, C.REQUEST, papers=False)
    for kind in REQUEST_PAPERS[:3]:  # no ID card copy
        attach(ws, tmp_path, case_id, kind)
    with pytest.raises(ValidationError) as caught:
        move(ws, tmp_path, case_id, C.SURVEY)
    assert messages(caught) == {checks.NEEDS_JUSTIFICATION}
    advance_case(ws, case_id, C.SURVEY, done_on=next_day(ws, case_id), responsible="Hoa",
                 justification="Bản sao CCCD sẽ nộp khi khảo sát")
    last = get_case(ws, case_id).steps[-1]
    assert last.data["justification"] == "Bản sao CCCD sẽ nộp khi khảo sát"
    assert last.data["failed_rules"] == "document:id_card"
    stored = ws.execute_scalar("SELECT justification FROM housing_steps WHERE case_id = ? AND step = 'survey'",
                               [case_id])
    assert stored == "Bản sao CCCD sẽ nộp khi khảo sát"


def test_the_wizard_justification_counts_and_refusals_need_none(ws: Workspace, tmp_path: Path) -> None:
    """The justification written in the wizard is used; a refusal from the request needs no justification."""
    case_id = case_at(ws, tmp_path, C.REQUEST, papers=False)
    content = complete()
    content.eligibility_justification = "Nhà sắp sập"
    save_case_content(ws, case_id, content)
    move(ws, tmp_path, case_id, C.SURVEY)
    assert get_case(ws, case_id).steps[-1].data["justification"] == "Nhà sắp sập"
    other = case_at(ws, tmp_path, C.REQUEST, papers=False)
    move(ws, tmp_path, other, C.NOT_ELIGIBLE)
    assert get_case(ws, other).summary.step is C.NOT_ELIGIBLE


def test_a_step_needs_a_date_in_order_and_a_responsible_person(ws: Workspace, tmp_path: Path) -> None:
    """The date is required, not before the previous step, not in the future; the responsible person too."""
    case_id = case_at(ws, tmp_path, C.REQUEST)
    attach(ws, tmp_path, case_id, "survey_record")
    future = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    before = (BASE - dt.timedelta(days=1)).isoformat()
    for done_on, responsible, message in (("", "Hoa", m.REQUIRED), ("31/02/2026", "Hoa", m.BAD_DATE),
                                          (future, "Hoa", m.DATE_TOO_LATE),
                                          (before, "Hoa", checks.BEFORE_PREVIOUS_STEP),
                                          (next_day(ws, case_id), " ", m.REQUIRED)):
        with pytest.raises(ValidationError) as caught:
            advance_case(ws, case_id, C.SURVEY, done_on=done_on, responsible=responsible)
        assert messages(caught) == {message}
    assert get_case(ws, case_id).summary.step is C.REQUEST


def test_next_step_and_due_date(ws: Workspace, tmp_path: Path) -> None:
    """The list shows the next step and when it is due (the usual days after the last step, or as given)."""
    case_id = case_at(ws, tmp_path, C.REQUEST)
    summary = get_case(ws, case_id).summary
    assert summary.next_step is C.SURVEY
    assert summary.due_on == (BASE + dt.timedelta(days=checks.STEP_DAYS[C.SURVEY])).isoformat()
    move(ws, tmp_path, case_id, C.SURVEY, due_on="20/12/2030")
    assert get_case(ws, case_id).summary.due_on == "2030-12-20"


# --- content, money, identifiers -------------------------------------------------------------------------

def test_funding_must_add_up_and_amounts_are_whole_dong(ws: Workspace) -> None:
    """Parts that do not add up to the total are a problem; a fraction or negative amount is refused at save."""
    case_id = new_case(ws, today=BASE)
    content = complete()
    content.funding["family"] = "49.000.000"
    save_case_content(ws, case_id, content)  # autosave keeps a plan being typed
    assert FUNDING_DOES_NOT_ADD_UP in {p.message for p in content_problems(ws, content, year=BASE.year)}
    assert not next(c for c in eligibility(ws, case_id) if c.rule == "funding").passed
    assert get_case(ws, case_id).summary.requested == 60_000_000
    for bad, message in (("1.500.000,5", m.NOT_A_NUMBER), ("-5", m.NEGATIVE), ("mười triệu", m.NOT_A_NUMBER)):
        content.funding["sponsors"] = bad
        with pytest.raises(ValidationError) as caught:
            save_case_content(ws, case_id, content)
        assert messages(caught) == {message}
    # A complete content lacks only the grassroots union (this folder has none).
    assert [p.field for p in content_problems(ws, complete(), year=BASE.year)] == ["grassroots_unit_id"]


def test_support_above_the_rule_and_membership_too_short(ws: Workspace) -> None:
    """Asking more than the year's amount, or too few years of membership, fails eligibility plainly."""
    content = complete()
    content.funding.update(union_support="70.000.000", family="40.000.000")
    content.member_since = (dt.date.today() - dt.timedelta(days=3 * 366)).isoformat()
    found = {p.message: p.args for p in content_problems(ws, content, year=BASE.year)}
    assert found[SUPPORT_ABOVE_RULE] == {"requested": "70.000.000", "limit": "60.000.000"}
    assert found[MEMBERSHIP_TOO_SHORT] == {"years": 3, "year": BASE.year, "minimum": 5}


def test_cccd_and_phone_are_checked_by_the_identifier_rules(ws: Workspace) -> None:
    """A CCCD contradicting the sex is refused; phones are stored as 0xxxxxxxxx; unknown prefixes only warn."""
    case_id = new_case(ws, today=BASE)
    content = complete()
    content.cccd = "001085012345"  # a man's code for a woman
    with pytest.raises(ValidationError) as caught:
        save_case_content(ws, case_id, content)
    assert messages(caught) == {CCCD_SEX_MISMATCH_FEMALE}
    content = complete()
    content.phone = "84 912.345.678"
    save_case_content(ws, case_id, content)
    assert get_case(ws, case_id).content.phone == "0912345678"
    content.phone = "0571234567"  # a prefix not on the list: kept, with a warning
    save_case_content(ws, case_id, content)
    assert get_case(ws, case_id).content.phone == "0571234567"
    assert [p.message for p in content_problems(ws, content, year=2026) if p.warning] == [PHONE_UNKNOWN_PREFIX]


def test_typed_text_is_cleaned_and_dates_stored_as_iso(ws: Workspace) -> None:
    """NFD and Ð become NFC and Đ, spaces are trimmed; dd/mm/yyyy dates are stored as ISO."""
    case_id = new_case(ws, today=BASE)
    content = complete()
    content.full_name = unicodedata.normalize("NFD", "  Ðặng Thị Hương ")
    save_case_content(ws, case_id, content)
    record = get_case(ws, case_id)
    assert record.summary.beneficiary == "Đặng Thị Hương"
    assert (record.content.birth_date, record.content.member_since) == ("1985-05-12", "2012-01-01")


# --- privacy ---------------------------------------------------------------------------------------------

def test_the_cccd_is_masked_outside_the_editor(ws: Workspace, tmp_path: Path) -> None:
    """get_case and list_cases mask the CCCD unless the editor asks; saving a masked copy keeps the number."""
    case_id = case_at(ws, tmp_path, C.REQUEST)
    assert get_case(ws, case_id).content.cccd == "001******345"
    assert get_case(ws, case_id, reveal_cccd=True).content.cccd == CCCD
    assert [s.cccd_masked for s in list_cases(ws, CaseFilter())] == ["001******345"]
    save_case_content(ws, case_id, get_case(ws, case_id).content)  # the masked copy, saved back
    assert get_case(ws, case_id, reveal_cccd=True).content.cccd == CCCD


def test_search_text_and_audit_hold_no_cccd_or_illness(ws: Workspace, tmp_path: Path) -> None:
    """The search text has neither the CCCD nor the illness; the audit trail names changed fields only."""
    case_id = case_at(ws, tmp_path, C.SURVEY)
    folded = ws.execute_scalar("SELECT search_text FROM housing_cases WHERE id = ?", [case_id])
    assert "lan" in folded and CCCD not in folded and "than" not in folded
    assert list_cases(ws, CaseFilter(text=CCCD[:6])) == []
    assert list_cases(ws, CaseFilter(text="suy than")) == []
    trail = history(ws.db, "housing_cases", case_id)
    text = json.dumps(trail, ensure_ascii=False)
    for secret in (CCCD, "suy thận", "0912345678", "Nguyễn Thị Lan", "Thôn Đông"):
        assert secret not in text
    saved = json.loads(trail[1]["changes"])
    assert saved["content"]["cccd"] == saved["beneficiary_name"] == "***"
    assert saved["content"]["province"] == ["", "Hà Nội"]  # what is not personal keeps its values


def test_sensitive_documents_are_never_for_publicity(ws: Workspace, tmp_path: Path) -> None:
    """The ID card, land papers and request are marked sensitive and can never be marked for publicity."""
    case_id = case_at(ws, tmp_path, C.REQUEST, papers=False)
    for kind in sorted(SENSITIVE_DOCUMENTS):
        with pytest.raises(ValidationError) as caught:
            attach(ws, tmp_path, case_id, kind, publicity=True)
        assert messages(caught) == {checks.SENSITIVE_NOT_PUBLIC}
    link = attach(ws, tmp_path, case_id, "id_card")
    with pytest.raises(ValidationError):
        set_document_publicity(ws, case_id, link, True)
    document = get_case(ws, case_id).documents[0]
    assert document.sensitive and not document.publicity and document.step == "request"


def test_photos_for_publicity_need_the_consent(ws: Workspace, tmp_path: Path) -> None:
    """Without a consent to publicity photos no photo is marked for publicity; with it, it may be."""
    case_id = new_case(ws, today=BASE)
    save_case_content(ws, case_id, complete(publicity=False))
    with pytest.raises(ValidationError) as caught:
        attach(ws, tmp_path, case_id, "photos_before", publicity=True)
    assert messages(caught) == {checks.NO_PUBLICITY_CONSENT}
    save_case_content(ws, case_id, complete())
    link = attach(ws, tmp_path, case_id, "photos_before", publicity=True)
    assert [(d.link_id, d.publicity, d.step) for d in get_case(ws, case_id).documents] == [(link, True, "survey")]


def test_withdrawing_publicity_consent_clears_every_publicity_flag(ws: Workspace, tmp_path: Path) -> None:
    """Withdrawing the publicity consent takes every photo out of publicity; it is dated and audited."""
    case_id = case_at(ws, tmp_path, C.REQUEST)
    for kind in ("photos_before", "photos_after"):
        attach(ws, tmp_path, case_id, kind, publicity=True)
    withdraw_consent(ws, case_id, ConsentUse.PUBLICITY_PHOTOS.value, on="05/06/2026")
    record = get_case(ws, case_id)
    assert not any(d.publicity for d in record.documents)
    assert [c.withdrawn_on for c in record.content.consents] == ["", "2026-06-05"]
    assert ws.execute_scalar("SELECT count(*) FROM audit_log WHERE table_name = 'record_attachments' "
                             "AND action = 'update' AND changes LIKE '%publicity%'") == 2
    with pytest.raises(ValidationError):  # nothing left to withdraw
        withdraw_consent(ws, case_id, ConsentUse.PUBLICITY_PHOTOS.value, on="06/06/2026")


def test_withdrawing_consent_in_the_editor_also_clears_publicity(ws: Workspace, tmp_path: Path) -> None:
    """A withdrawal typed in the case editor has the same effect on the photos."""
    case_id = case_at(ws, tmp_path, C.REQUEST)
    attach(ws, tmp_path, case_id, "photos_before", publicity=True)
    content = get_case(ws, case_id).content
    content.consents[1].withdrawn_on = "05/06/2026"
    save_case_content(ws, case_id, content)
    assert not get_case(ws, case_id).documents[-1].publicity


def test_anonymise_only_finished_cases(ws: Workspace, tmp_path: Path) -> None:
    """Only a closed or not-eligible case can be anonymised; an open one is refused unchanged."""
    case_id = case_at(ws, tmp_path, C.HANDOVER)
    with pytest.raises(ValidationError) as caught:
        anonymise_case(ws, case_id)
    assert messages(caught) == {checks.ANONYMISE_ONLY_FINISHED}
    assert get_case(ws, case_id).summary.beneficiary == "Nguyễn Thị Lan"


@pytest.mark.parametrize("finished", [C.CLOSED, C.NOT_ELIGIBLE])
def test_anonymise_removes_the_person(ws: Workspace, tmp_path: Path, finished: CaseStep) -> None:
    """Anonymising clears the person, sensitive papers and notes, keeps steps and money, and is audited."""
    case_id = case_at(ws, tmp_path, finished if finished is C.CLOSED else C.SURVEY)
    if finished is C.NOT_ELIGIBLE:
        move(ws, tmp_path, case_id, C.NOT_ELIGIBLE, notes="Chị Lan chưa đủ 5 năm")
    number = ws.execute_scalar("SELECT number FROM housing_cases WHERE id = ?", [case_id])
    audits = len(history(ws.db, "housing_cases", case_id))
    anonymise_case(ws, case_id)
    record = get_case(ws, case_id, reveal_cccd=True)
    assert record.anonymised and record.summary.beneficiary == f"Đoàn viên #{number}"
    c = record.content
    assert (c.cccd, c.phone, c.birth_date, c.street, c.illness, c.circumstances, c.dependants) == ("",) * 7
    assert record.summary.cccd_masked == "" and record.summary.requested == 60_000_000
    assert not {d.kind for d in record.documents} & {"id_card", "land_papers", "member_request"}
    assert all(s.notes == "" for s in record.steps) and record.summary.step is finished
    assert len(history(ws.db, "housing_cases", case_id)) == audits + 1
    assert list_cases(ws, CaseFilter(text="lan")) == []
    with pytest.raises(ValidationError):
        set_document_publicity(ws, case_id, record.documents[0].link_id, True)


def test_a_finished_case_is_read_only(ws: Workspace, tmp_path: Path) -> None:
    """Content and documents of a closed case can no longer change."""
    case_id = case_at(ws, tmp_path, C.CLOSED)
    with pytest.raises(ValidationError) as caught:
        save_case_content(ws, case_id, complete())
    assert messages(caught) == {checks.NOT_EDITABLE}
    with pytest.raises(ValidationError):
        attach(ws, tmp_path, case_id, "photos_after")
    with pytest.raises(ValidationError):
        remove_case_document(ws, case_id, get_case(ws, case_id).documents[0].link_id)


def test_unknown_document_kind_is_refused(ws: Workspace, tmp_path: Path) -> None:
    """Only the kinds of DOCUMENT_KINDS are attached; a document can be removed again (audited)."""
    case_id = new_case(ws, today=BASE)
    with pytest.raises(ValidationError):
        add_case_document(ws, case_id, tmp_path, kind="selfie")
    link = attach(ws, tmp_path, case_id, "proposal")
    remove_case_document(ws, case_id, link)
    assert get_case(ws, case_id).documents == []
    assert [r["action"] for r in history(ws.db, "record_attachments", link)] == ["create", "delete"]


def test_every_change_is_audited(ws: Workspace, tmp_path: Path) -> None:
    """Creating, saving, moving, trashing and restoring a case each leave an audit row."""
    case_id = new_case(ws, today=BASE)
    save_case_content(ws, case_id, complete())
    move(ws, tmp_path, case_id, C.NOT_ELIGIBLE)
    trash_case(ws, case_id)
    assert list_cases(ws, CaseFilter()) == [] and len(list_cases(ws, CaseFilter(in_trash=True))) == 1
    restore_case(ws, case_id)
    actions = [r["action"] for r in history(ws.db, "housing_cases", case_id)]
    assert actions == ["create", "update", "update", "delete", "restore"]
    assert json.loads(history(ws.db, "housing_cases", case_id)[2]["changes"])["step"] == ["request", "not_eligible"]


# --- the rules of the year -------------------------------------------------------------------------------

def test_rules_default_and_follow_the_nearest_earlier_year(ws: Workspace) -> None:
    """Without stored rules the defaults apply; a year without its own follows the last year that has them."""
    assert rules_for(ws, 2026) == HousingRules(year=2026)
    assert (HousingRules(2026).new_build_amount, HousingRules(2026).repair_amount) == (60_000_000, 20_000_000)
    save_rules(ws, HousingRules(year=2025, repair_amount=25_000_000, min_membership_years=3,
                                required_documents=("member_request",)))
    later = rules_for(ws, 2027)
    assert (later.year, later.repair_amount, later.min_membership_years) == (2027, 25_000_000, 3)
    assert rules_for(ws, 2024) == HousingRules(year=2024)
    save_rules(ws, HousingRules(year=2025, province="Huế", new_build_amount=50_000_000))
    assert rules_for(ws, 2026, "Huế").new_build_amount == 50_000_000
    assert rules_for(ws, 2026, "Hà Nội").repair_amount == 25_000_000


def test_rules_are_validated_and_audited(ws: Workspace) -> None:
    """Amounts above 0, membership years in range and known documents only; a saved change is audited."""
    with pytest.raises(ValidationError) as caught:
        save_rules(ws, HousingRules(year=2026, new_build_amount=0, min_membership_years=-1,
                                    required_documents=("passport",)))
    assert {p.field for p in caught.value.problems} == {"new_build_amount", "min_membership_years",
                                                         "required_documents"}
    save_rules(ws, HousingRules(year=2026))
    save_rules(ws, HousingRules(year=2026, repair_amount=30_000_000))
    actions = [r["action"] for r in ws.db.query("SELECT action FROM audit_log WHERE table_name = 'housing_rules'")]
    assert actions == ["create", "update"]


def test_eligibility_uses_the_rules_of_the_case_year(ws: Workspace, tmp_path: Path) -> None:
    """Changing the year's rules changes the eligibility of its cases: membership years and papers."""
    case_id = case_at(ws, tmp_path, C.REQUEST, papers=False)
    content = complete()
    content.member_since = (dt.date.today() - dt.timedelta(days=4 * 366)).isoformat()
    save_case_content(ws, case_id, content)
    failed = {c.rule for c in eligibility(ws, case_id) if not c.passed}
    assert failed == {"membership"} | {f"document:{k}" for k in REQUEST_PAPERS}
    save_rules(ws, HousingRules(year=BASE.year, min_membership_years=3, required_documents=()))
    assert all(c.passed for c in eligibility(ws, case_id))
    move(ws, tmp_path, case_id, C.SURVEY)  # no justification needed now


# --- the list --------------------------------------------------------------------------------------------

def test_filters_search_and_totals(ready_ws: Workspace, tmp_path: Path) -> None:
    """Step, union and year filters; accent-free search over name, address and union; totals in đồng."""
    first, second = unit_id(ready_ws, "CĐCS Trường Tiểu học Đống Đa"), unit_id(ready_ws, "CĐCS Công ty May 10")
    a = case_at(ready_ws, tmp_path, C.DECISION, unit_id=first)
    b = case_at(ready_ws, tmp_path, C.REQUEST, unit_id=second)
    content = complete(second)
    content.full_name, content.commune = "Trần Văn Bình", "Phường Long Biên"
    content.funding = {"total_cost": "40.000.000", "union_support": "20.000.000", "family": "20.000.000"}
    save_case_content(ready_ws, b, content)
    assert [s.id for s in list_cases(ready_ws, CaseFilter(step=C.DECISION))] == [a]
    assert [s.id for s in list_cases(ready_ws, CaseFilter(grassroots_unit_id=second))] == [b]
    assert [s.id for s in list_cases(ready_ws, CaseFilter(text="tran van"))] == [b]
    assert [s.id for s in list_cases(ready_ws, CaseFilter(text="long bien"))] == [b]
    assert [s.id for s in list_cases(ready_ws, CaseFilter(text="tieu hoc dong"))] == [a]
    assert list_cases(ready_ws, CaseFilter(year=BASE.year - 1)) == []
    assert case_totals(ready_ws, CaseFilter()) == CaseTotals(2, 80_000_000, 60_000_000)
    assert case_totals(ready_ws, CaseFilter(step=C.REQUEST)) == CaseTotals(1, 20_000_000, 0)


def test_autosave_keeps_a_half_typed_value_but_no_step_is_taken_with_it(ws: Workspace, tmp_path: Path) -> None:
    """A half-typed CCCD survives the save (reported, not dropped), and the case cannot leave the request."""
    case_id = new_case(ws, today=BASE)
    content = complete()
    content.cccd = "07908"
    with pytest.raises(ValidationError):
        save_case_content(ws, case_id, content)
    assert get_case(ws, case_id, reveal_cccd=True).content.cccd == "07908"
    with pytest.raises(ValidationError) as caught:
        advance_case(ws, case_id, C.SURVEY, done_on=BASE.isoformat(), responsible="Nguyễn Thị Hoa",
                     justification="Hoàn cảnh đặc biệt khó khăn")
    assert "cccd" in {p.field for p in caught.value.problems}
