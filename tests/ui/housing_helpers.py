"""Helpers shared by the Mái ấm list, wizard and case-file tests: complete requests, papers, cases at a step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cdtt_desktop.domain.housing import ORDER, CaseConsent, CaseContent, CaseStep, ConsentUse
from cdtt_desktop.services import housing as service
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from tests.ui.story_helpers import photo

OFFICER = "Nguyễn Thị Hoa"
CCCD = "001185012345"  # born 1985 (digits 5–6), a woman of the 1900s (digit 4 = 1)
REQUIRED_PAPERS = ("member_request", "grassroots_request", "land_papers", "id_card")


def today() -> str:
    """Steps are dated today: a step cannot be dated in the future nor before the previous one."""
    return dt.date.today().isoformat()


def complete_content(unit_id: str, *, name: str = "Nguyễn Thị Mai", support: str = "60.000.000",
                     total: str = "150.000.000") -> CaseContent:
    """A request that meets every rule of the year once its papers are attached."""
    rest = int(total.replace(".", "")) - int(support.replace(".", ""))
    return CaseContent(
        full_name=name, birth_date="1985-04-12", sex="female", cccd=CCCD, phone="0912345678",
        province="Hà Nội", commune="Phường Ba Đình", street="Số 12, ngõ 5, phố Đội Cấn",
        grassroots_unit_id=unit_id, member_since="2012-03-01", job="Công nhân may",
        household_size="4", circumstances="Chồng mất sức lao động; nhà dột nát.",
        build_kind="new", house_condition="Mái tôn thủng, tường nứt.",
        funding={"total_cost": total, "union_support": support, "family": f"{rest:,}".replace(",", ".")},
        consents=[CaseConsent(use=ConsentUse.CASE_HANDLING.value, given_on="2026-05-04", recorded_by=OFFICER)])


def paper(folder: Path, name: str) -> Path:
    """A small PDF (the type is read from the first bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"%PDF-1.4\n% " + name.encode() + b"\n%%EOF\n")
    return path


def unit_id(ws: Workspace, index: int = 0) -> str:
    return str(grassroots_units(ws)[index]["id"])


def request_case(ws: Workspace, folder: Path, *, name: str = "Nguyễn Thị Mai", unit: int = 0,
                 support: str = "60.000.000") -> str:
    """A complete request with its required papers attached."""
    case_id = service.new_case(ws)
    service.save_case_content(ws, case_id, complete_content(unit_id(ws, unit), name=name, support=support))
    for kind in REQUIRED_PAPERS:
        service.add_case_document(ws, case_id, paper(folder / case_id, f"{kind}.pdf"), kind=kind)
    return case_id


def _move(ws: Workspace, case_id: str, target: CaseStep, folder: Path) -> None:
    papers = {CaseStep.SURVEY: "survey_record", CaseStep.PROPOSAL: "proposal",
              CaseStep.HANDOVER: "acceptance_record"}
    if target in papers:
        service.add_case_document(ws, case_id, paper(folder / case_id, f"{papers[target]}.pdf"),
                                  kind=papers[target])
    if target is CaseStep.CLOSED:
        service.add_case_document(ws, case_id, photo(folder / case_id, "sau.jpg"), kind="photos_after")
    requested = str(service.get_case(ws, case_id).summary.requested)
    data = {CaseStep.DECISION: {"decision_number": "125/QĐ-LĐLĐ", "approved_amount": requested},
            CaseStep.HANDOVER: {"handover_date": today()}}.get(target, {})
    service.advance_case(ws, case_id, target, done_on=today(), responsible=OFFICER, data=data)


def case_at(ws: Workspace, step: CaseStep, folder: Path, **request: object) -> str:
    """A case brought to `step` through the lifecycle, with each step's data and papers."""
    case_id = request_case(ws, folder, **request)  # type: ignore[arg-type]
    if step in ORDER:
        for target in ORDER[1:ORDER.index(step) + 1]:
            _move(ws, case_id, target, folder)
    else:
        service.advance_case(ws, case_id, step, done_on=today(), responsible=OFFICER,
                             notes="Đơn chưa có xác nhận của Ủy ban nhân dân xã.")
    return case_id
