"""What the document screens ask of the register besides issuing: numbers to propose, one issued document,
whether some content was already issued, a file name for a copy, and writing that copy safely.

Numbers are per own unit, year and kind, as `documents.issue` gives them; these helpers only read.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from cdtt_desktop.domain.document_model import OfficialDocument
from cdtt_desktop.domain.official import DocKind
from cdtt_desktop.domain.text import clean
from cdtt_desktop.services.documents import IssuedDocument, list_issued
from cdtt_desktop.services.pdf_fonts import printable
from cdtt_desktop.services.workspace import Workspace

# Characters Windows refuses in a file name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_NAME_LIMIT = 100  # old Windows tools still trip over paths longer than 260 characters


def _own_unit_id(ws: Workspace) -> str:
    own = ws.units.own_unit()
    if own is None:
        raise LookupError("no own unit: finish the set-up first")
    return str(own["id"])


def next_free_number(ws: Workspace, year: int, kind: DocKind | str) -> int:
    """The number `issue` would give next in the own unit's series of `kind` for `year`."""
    return ws.documents.next_number(_own_unit_id(ws), year, DocKind(kind).value)


def number_taken(ws: Workspace, year: int, kind: DocKind | str, number: int) -> bool:
    """True when `number` is already in the register for the own unit, `year` and `kind`."""
    return ws.documents.number_taken(_own_unit_id(ws), year, DocKind(kind).value, number)


def get_issued(ws: Workspace, document_id: str) -> IssuedDocument:
    """One document of the register (RecordNotFoundError, a LookupError, when there is none)."""
    row = ws.documents.get(document_id)
    for issued in list_issued(ws, year=int(row["year"]), kind=str(row["kind"])):
        if issued.id == document_id:
            return issued
    raise LookupError(f"document {document_id} is not in the register")


def already_issued(ws: Workspace, document: OfficialDocument, *, source: str) -> IssuedDocument | None:
    """The document issued from `source` with exactly this content, which issuing again would reopen."""
    clean_doc, _ = printable(replace(document, number=None, issued_on=None))
    row = ws.documents.same_content(source, clean_doc.content_digest())
    return None if row is None else get_issued(ws, str(row["id"]))


def safe_file_name(text: str, *, suffix: str = ".pdf") -> str:
    """`text` as a file name any Windows accepts: forbidden characters become '-', at most 100 characters."""
    name = " ".join(_UNSAFE.sub("-", clean(text)).split()).strip(" .-") or "van-ban"
    return name[:_NAME_LIMIT].rstrip(" .") + suffix


def issued_file_name(issued: IssuedDocument, base: str = "") -> str:
    """'05-BC-CĐP 2026 - Kết quả công tác truyền thông tháng 11 năm 2026.pdf', or the number before `base`
    ('05-BC-CĐP - Bao-cao-thang-11.pdf'), so that copies of issued documents sort and tell apart by number."""
    symbol = issued.number_text.removeprefix("Số:").strip()
    return safe_file_name(f"{symbol} - {base}" if base else f"{symbol} {issued.year} - {issued.subject}")


def save_copy(data: bytes, path: Path) -> Path:
    """Write `data` to `path` (.pdf added when missing) through a temporary file, so a failure never
    leaves half a PDF under the chosen name. Returns the path written; OSError when it cannot be."""
    target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
    temporary = target.with_name(target.name + ".part")
    try:
        with open(temporary, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target
