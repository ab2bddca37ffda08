"""Issuing documents: a number from the register, the PDF drawn once and kept, reopened unchanged.

A draft is drawn without a number ("Số: ……/BC-CĐP") and registered nowhere. Issuing gives the next
number of the unit's series for the year and kind (or one the officer chose, when the office's paper
register is ahead), draws the PDF, writes it next to the database and records both hashes. Issuing the
same content from the same source again reopens the document already issued, byte for byte; different
content always takes a new number, so a document that was signed is never silently replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cdtt_desktop.domain.document_model import OfficialDocument
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP, Problem, ValidationError
from cdtt_desktop.domain.official import FormatProfile
from cdtt_desktop.services.doc_common import format_profile
from cdtt_desktop.services.pdf_fonts import printable
from cdtt_desktop.services.pdf_render import Progress, RenderedPdf, render_pdf
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.records import Row

NO_SIGNER = QT_TRANSLATE_NOOP("Rules", "The signer's name is missing: enter it in Settings › Unit first.")


class NumberTakenError(ValueError):
    """The number chosen is already in the register for this unit, year and kind."""

    def __init__(self, number_text: str):
        super().__init__(f"{number_text} is already in the register")
        self.number_text = number_text


class DocumentDamagedError(RuntimeError):
    """The stored PDF changed or vanished and cannot be drawn again identically."""


@dataclass(frozen=True)
class IssuedDocument:
    id: str
    kind: str
    number: int
    year: int
    issued_on: dt.date
    number_text: str
    subject: str
    signer: str
    source: str
    pdf_sha256: str
    data_sha256: str
    file: Path
    size: int
    pages: int
    reused: bool = False  # True when issuing found the same content already issued
    removed: str = ""  # characters the font cannot draw, left out


def periodic_source(period_key: str) -> str:
    return f"periodic:{period_key}"


def story_source(story_id: str) -> str:
    return f"story:{story_id}"


def proposal_source(case_ids: list[str]) -> str:
    """One source per set of cases, whatever the order they were chosen in."""
    return "case-proposal:" + ",".join(sorted(set(case_ids)))


def handover_source(case_id: str) -> str:
    return f"case-handover:{case_id}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def data_digest(document: OfficialDocument, profile: FormatProfile) -> str:
    """SHA-256 of everything the PDF is made from: the document and the profile it was drawn in."""
    text = json.dumps({"document": document.to_data(), "profile": profile.to_dict()}, ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))
    return sha256_hex(text.encode("utf-8"))


def render_draft(ws: Workspace, document: OfficialDocument, *, today: dt.date,
                 progress: Progress | None = None) -> RenderedPdf:
    """A preview: drawn as it will be issued, but with no number and nothing registered."""
    printable_doc, _ = printable(replace(document, number=None, issued_on=None))
    return render_pdf(printable_doc, format_profile(ws), today=today, images=ws.attachments.path_of,
                      progress=progress)


def issue(ws: Workspace, document: OfficialDocument, *, source: str, on: dt.date, number: int | None = None,
          progress: Progress | None = None) -> IssuedDocument:
    """Issue `document` from `source` ("periodic:2026-11", "story:<id>", …) on the day `on`."""
    clean_doc, removed = printable(replace(document, number=None, issued_on=None))
    if unsigned(clean_doc):
        raise ValidationError([Problem("signer_name", NO_SIGNER)])
    existing = ws.documents.same_content(source, clean_doc.content_digest())
    if existing is not None and number in (None, existing["number"]):
        open_issued(ws, existing["id"])  # proves the file is whole (or draws it again)
        return replace(_issued(ws, existing), reused=True, removed=removed)
    own = ws.units.own_unit()
    if own is None:
        raise LookupError("no own unit: finish the set-up first")
    kind = clean_doc.kind.value
    chosen = number or ws.documents.next_number(own["id"], on.year, kind)
    final = replace(clean_doc, number=chosen, issued_on=on)
    if ws.documents.number_taken(own["id"], on.year, kind, chosen):
        raise NumberTakenError(final.number_text)
    profile = format_profile(ws)
    pdf = render_pdf(final, profile, today=on, images=ws.attachments.path_of, progress=progress)
    pdf_sha = sha256_hex(pdf.data)
    file_name = f"{on.year}/{kind}-{chosen:02d}-{pdf_sha[:12]}.pdf"
    _write_once(ws.paths.documents / file_name, pdf.data)
    document_id = ws.documents.add({
        "kind": kind, "number": chosen, "year": on.year, "unit_id": own["id"], "issued_on": on.isoformat(),
        "number_text": final.number_text, "subject": final.subject, "signer": final.signature.name or
        " / ".join(p.name for p in final.parties), "source": source, "pdf_sha256": pdf_sha,
        "data_sha256": data_digest(final, profile), "content_sha256": clean_doc.content_digest(),
        "data": final.to_json(), "profile": json.dumps(profile.to_dict(), sort_keys=True),
        "file_name": file_name, "size": len(pdf.data), "pages": pdf.pages,
    })
    return replace(_issued(ws, ws.documents.get(document_id)), removed=removed)


def unsigned(document: OfficialDocument) -> bool:
    """True when a name the document is signed with is missing (a signed paper needs the typed name)."""
    if document.parties:
        return not all(p.name for p in document.parties)
    return not document.signature.name


def open_issued(ws: Workspace, document_id: str) -> bytes:
    """The issued PDF exactly as issued. A damaged or missing file is drawn again from the stored data and
    restored when the result has the registered hash; otherwise DocumentDamagedError."""
    row = ws.documents.get(document_id)
    path = ws.paths.documents / row["file_name"]
    try:
        data = path.read_bytes()
        if sha256_hex(data) == row["pdf_sha256"]:
            return data
    except OSError:
        pass
    redrawn = _redraw(ws, row)
    if sha256_hex(redrawn) != row["pdf_sha256"]:
        raise DocumentDamagedError(row["number_text"])
    _write_once(path, redrawn, replace_existing=True)
    return redrawn


def list_issued(ws: Workspace, *, year: int | None = None, kind: str | None = None) -> list[IssuedDocument]:
    return [_issued(ws, row) for row in ws.documents.listing(year=year, kind=kind)]


def issued_data(ws: Workspace, document_id: str) -> dict[str, Any]:
    """What the document was made from, as stored (for the register's detail and the bundles)."""
    row = ws.documents.get(document_id)
    return {"document": json.loads(row["data"]), "profile": json.loads(row["profile"])}


def _redraw(ws: Workspace, row: Row) -> bytes:
    document = OfficialDocument.from_data(json.loads(row["data"]))
    profile = FormatProfile.from_dict(json.loads(row["profile"]))
    issued_on = dt.date.fromisoformat(row["issued_on"])
    return render_pdf(document, profile, today=issued_on, images=ws.attachments.path_of).data


def _issued(ws: Workspace, row: Row) -> IssuedDocument:
    return IssuedDocument(
        id=row["id"], kind=row["kind"], number=row["number"], year=row["year"],
        issued_on=dt.date.fromisoformat(row["issued_on"]), number_text=row["number_text"], subject=row["subject"],
        signer=row["signer"], source=row["source"], pdf_sha256=row["pdf_sha256"], data_sha256=row["data_sha256"],
        file=ws.paths.documents / row["file_name"], size=row["size"], pages=row["pages"],
    )


def _write_once(path: Path, data: bytes, *, replace_existing: bool = False) -> None:
    """Write through a temporary file and fsync, so a crash leaves either nothing or the whole PDF."""
    if path.exists() and not replace_existing:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".part")
    with open(temporary, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
