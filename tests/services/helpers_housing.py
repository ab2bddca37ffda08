"""Building Mái ấm cases for tests: a complete content, papers and photos, and the route to every step."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PIL import Image

from cdtt_desktop.domain.housing import CaseConsent, CaseContent, CaseStep, ConsentUse
from cdtt_desktop.domain.housing_checks import STEP_DOCUMENTS
from cdtt_desktop.services.housing import add_case_document, advance_case, get_case, new_case, save_case_content
from cdtt_desktop.services.workspace import Workspace

C = CaseStep
BASE = dt.date.today() - dt.timedelta(days=90)  # every step is dated after it and never in the future
CCCD = "001185012345"  # Hà Nội, a woman born in 1985
FORWARD = (C.SURVEY, C.PROPOSAL, C.DECISION, C.CONSTRUCTION, C.ACCEPTANCE, C.HANDOVER, C.CLOSED)
ROUTE: dict[CaseStep, tuple[CaseStep, ...]] = {C.REQUEST: (), **{s: FORWARD[: i + 1] for i, s in enumerate(FORWARD)}}
REQUEST_PAPERS = ("member_request", "grassroots_request", "land_papers", "id_card")
STEP_DATA = {
    C.DECISION: {"decision_number": "15/QĐ-LĐLĐ", "approved_amount": "60.000.000"},
    C.HANDOVER: {"handover_date": (BASE + dt.timedelta(days=30)).isoformat()},
}


def complete(unit_id: str = "", *, publicity: bool = True) -> CaseContent:
    """A beneficiary who meets every default rule (documents apart)."""
    consents = [CaseConsent(ConsentUse.CASE_HANDLING.value, "2025-12-01", "Nguyễn Thị Hoa")]
    if publicity:
        consents.append(CaseConsent(ConsentUse.PUBLICITY_PHOTOS.value, "2025-12-01", "Nguyễn Thị Hoa"))
    return CaseContent(
        full_name="Nguyễn Thị Lan", birth_date="12/05/1985", sex="female", cccd=CCCD, phone="+84 912 345 678",
        province="Hà Nội", commune="Xã Sóc Sơn", street="Thôn Đông", old_district="Huyện Sóc Sơn",
        grassroots_unit_id=unit_id, member_since="01/01/2012", job="Công nhân may", household_size="4",
        monthly_income="7.800.000", illness="Chồng bị suy thận mạn", dependants="Hai con đi học",
        circumstances="Chồng mất sức lao động", house_condition="Nhà cấp bốn dột nát",
        land_papers="Giấy chứng nhận quyền sử dụng đất",
        funding={"total_cost": "150.000.000", "union_support": "60.000.000", "sponsors": "10.000.000",
                 "family": "50.000.000", "loans": "30.000.000"},
        consents=consents)


def paper(folder: Path, name: str) -> Path:
    """A tiny PDF whose bytes differ by name."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pdf"
    path.write_bytes(b"%PDF-1.4\n% " + name.encode() + b"\n%%EOF\n")
    return path


def photo(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jpg"
    shade = hashlib.sha256(name.encode()).digest()
    Image.new("RGB", (64, 48), (shade[0], shade[1], shade[2])).save(path, "JPEG")
    return path


def attach(ws: Workspace, folder: Path, case_id: str, kind: str, *, publicity: bool = False) -> str:
    make = photo if kind.startswith("photos_") else paper
    return add_case_document(ws, case_id, make(folder, f"{case_id[:8]}-{kind}-{len(list(folder.glob('*')))}"),
                             kind=kind, publicity=publicity)


def next_day(ws: Workspace, case_id: str) -> str:
    last = max(s.done_on for s in get_case(ws, case_id).steps)
    return (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()


def move(ws: Workspace, folder: Path, case_id: str, target: CaseStep, **extra: str) -> None:
    """Attach what `target` needs and make the move with its data."""
    have = {d.kind for d in get_case(ws, case_id).documents}
    for kind in STEP_DOCUMENTS.get(target, ()):
        if kind not in have:
            attach(ws, folder, case_id, kind)
    notes = "Bổ sung giấy tờ" if target in (C.RETURNED, C.NOT_ELIGIBLE) else ""
    advance_case(ws, case_id, target, done_on=next_day(ws, case_id), responsible="Nguyễn Thị Hoa",
                 notes=extra.pop("notes", notes), data={**STEP_DATA.get(target, {}), **extra})


def case_at(ws: Workspace, folder: Path, step: CaseStep, *, unit_id: str = "", papers: bool = True) -> str:
    """A complete case moved along ROUTE to `step` (a return or refusal from the request for those)."""
    case_id = new_case(ws, grassroots_unit_id=unit_id or None, today=BASE)
    save_case_content(ws, case_id, complete(unit_id))
    if papers:
        for kind in REQUEST_PAPERS:
            attach(ws, folder, case_id, kind)
    for target in ROUTE.get(step, (step,)):
        move(ws, folder, case_id, target)
    return case_id
