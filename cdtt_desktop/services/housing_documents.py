"""A case file's documents: checked before a byte is stored, attached with their kind, step and privacy flags.

Photos (before/after) must be pictures; other papers may be PDF, Word, Excel, JPEG
or PNG scans (the checks of story files: type read from the first bytes, size and
pixel limits). The ID card, land papers and the certified request are sensitive:
they are never marked for publicity, and no photo is without the beneficiary's
consent to publicity photos.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cdtt_desktop.domain import housing_checks as checks
from cdtt_desktop.domain import messages as m
from cdtt_desktop.domain import stories as story_rules
from cdtt_desktop.domain.housing import DOCUMENT_KINDS, SENSITIVE_DOCUMENTS, CaseContent, CaseStep, ConsentUse
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.domain.text import clean
from cdtt_desktop.services.story_files import (
    DOCUMENT,
    PHOTO,
    DuplicateFileError,
    PhotoRejectedError,
    file_problem,
    sha256_of,
)
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.attachments import AttachmentUnreadableError
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import RecordNotFoundError, Row

__all__ = ["CaseDocument", "DuplicateFileError", "PhotoRejectedError", "add_case_document", "case_documents",
           "document_kinds", "remove_case_document", "set_document_publicity"]

PHOTO_KINDS = frozenset({"photos_before", "photos_after"})
FINISHED = frozenset({CaseStep.CLOSED, CaseStep.NOT_ELIGIBLE})


@dataclass(frozen=True)
class CaseDocument:
    link_id: str
    kind: str  # key of DOCUMENT_KINDS
    file_name: str
    path: Path
    thumbnail: Path | None
    sensitive: bool
    publicity: bool
    step: str


def case_documents(ws: Workspace, case_id: str) -> list[CaseDocument]:
    return [CaseDocument(
        link_id=r["id"], kind=r["role"], file_name=r["file_name"], path=ws.attachments.path_of(r["sha256"]),
        thumbnail=ws.attachments.thumbnail_of(r["sha256"]) if r["has_thumbnail"] else None,
        sensitive=bool(r["sensitive"]), publicity=bool(r["publicity"]), step=r["step"])
        for r in ws.housing.documents(case_id)]


def document_kinds(ws: Workspace, case_id: str) -> set[str]:
    """The kinds of document the case has attached."""
    return {r["role"] for r in ws.housing.documents(case_id)}


def live_row(ws: Workspace, case_id: str, *, editing: bool = True) -> Row:
    """The case, if it may be changed: not in the trash, not anonymised, and (`editing`) not finished."""
    row = ws.housing.get(case_id, include_deleted=False)
    if row["anonymised"]:
        raise ValidationError([Problem("step", checks.ANONYMISED)])
    if editing and CaseStep(row["step"]) in FINISHED:
        raise ValidationError([Problem("step", checks.NOT_EDITABLE)])
    return row


def _publicity_problem(row: Row, kind: str) -> Problem | None:
    if kind in SENSITIVE_DOCUMENTS:
        return Problem("publicity", checks.SENSITIVE_NOT_PUBLIC, {"document": kind})
    content = CaseContent.from_json(json.loads(row["content"] or "{}"))
    if not checks.active_consent(content, ConsentUse.PUBLICITY_PHOTOS.value):
        return Problem("publicity", checks.NO_PUBLICITY_CONSENT)
    return None


def add_case_document(ws: Workspace, case_id: str, path: Path, *, kind: str, step: str = "",
                      publicity: bool = False) -> str:
    """Check, store and attach one document of `kind`; returns the link id.

    Raises ValidationError (unknown kind or step, publicity not allowed), PhotoRejectedError (the file
    cannot be attached) or DuplicateFileError (already attached as this kind) before anything is stored.
    """
    row = live_row(ws, case_id)
    if kind not in DOCUMENT_KINDS:
        raise ValidationError([Problem("kind", m.UNKNOWN_CHOICE, {"value": kind})])
    step = step or checks.DOCUMENT_STEP.get(kind, CaseStep.REQUEST).value
    if step not in {s.value for s in CaseStep}:
        raise ValidationError([Problem("step", m.UNKNOWN_CHOICE, {"value": step})])
    if publicity and (problem := _publicity_problem(row, kind)):
        raise ValidationError([problem])
    problem = file_problem(path, PHOTO if kind in PHOTO_KINDS else DOCUMENT)
    if problem:
        raise PhotoRejectedError(problem)
    try:
        sha = sha256_of(path)
    except OSError as exc:
        raise PhotoRejectedError(Problem("files", story_rules.FILE_UNREADABLE, {"name": path.name})) from exc
    for link in ws.housing.documents(case_id):
        if link["sha256"] == sha and link["role"] == kind:
            raise DuplicateFileError(Problem("files", story_rules.FILE_ALREADY_ADDED,
                                             {"name": link["file_name"]}), link["id"])
    try:
        stored = ws.attachments.store(path, story_rules.FILE_LIMIT_BYTES)
    except AttachmentUnreadableError as exc:
        raise PhotoRejectedError(Problem("files", story_rules.FILE_UNREADABLE, {"name": path.name})) from exc
    with transaction(ws.db):
        live_row(ws, case_id)
        return ws.housing.link_document(case_id, stored, clean(path.name), kind=kind, step=step,
                                        sensitive=kind in SENSITIVE_DOCUMENTS, publicity=publicity)


def _own_link(ws: Workspace, case_id: str, link_id: str) -> Row:
    for row in ws.housing.documents(case_id):
        if row["id"] == link_id:
            return row
    raise RecordNotFoundError(f"record_attachments/{link_id}")


def remove_case_document(ws: Workspace, case_id: str, link_id: str) -> None:
    """Detach a document (the stored file stays, as for every attachment; the link is tombstoned)."""
    with transaction(ws.db):
        live_row(ws, case_id)
        _own_link(ws, case_id, link_id)
        ws.housing.unlink(link_id)


def set_document_publicity(ws: Workspace, case_id: str, link_id: str, publicity: bool) -> None:
    """Mark a document for publicity use, or take it out; also after the case is closed (handover photos).

    Marking needs the beneficiary's consent to publicity photos and a kind that is not sensitive.
    """
    with transaction(ws.db):
        row = live_row(ws, case_id, editing=False) if publicity else ws.housing.get(case_id)
        link = _own_link(ws, case_id, link_id)
        if publicity and (problem := _publicity_problem(row, link["role"])):
            raise ValidationError([problem])
        ws.housing.set_publicity(link_id, publicity)
