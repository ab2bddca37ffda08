"""Model-practice stories: drafts that save themselves, a lifecycle that cannot be skipped.

Only a draft can be changed. Finalising (→ ready) checks that nothing is missing
and freezes the revision; a returned story is edited as the next revision while
the earlier ones stay readable. Every move is written to the story's history and
to the audit trail. Files are checked and attached in story_files.py (re-exported
here). A file's caption is changed with `set_file_caption` alone:
`StoryContent.captions` is filled in by `get_story` for reading and not taken
from a saved content, so an older copy of it can never undo a newer caption.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cdtt_desktop.domain import stories as rules
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.domain.stories import StoryContent, StoryKind, StoryStatus
from cdtt_desktop.domain.text import clean_multiline
from cdtt_desktop.services.story_files import (
    PHOTO,
    DuplicateFileError,
    PhotoRejectedError,
    add_story_file,
    editable_row,
    remove_story_file,
    set_file_caption,
)
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import RecordNotFoundError, Row

__all__ = [
    "DuplicateFileError", "PhotoRejectedError", "RecordNotFoundError", "StoryEvent", "StoryFile", "StoryFilter",
    "StoryRecord", "StoryRevision", "StorySummary", "ValidationError", "add_story_file", "duplicate_story",
    "get_story", "list_stories", "new_story", "remove_story_file", "restore_story", "save_story_content",
    "set_file_caption", "story_revisions", "transition_story", "trash_story", "unfinished_drafts",
]

TABLE = "stories"


@dataclass(frozen=True)
class StoryFilter:
    kind: StoryKind | None = None
    status: StoryStatus | None = None
    grassroots_unit_id: str | None = None
    year: int | None = None
    campaign_id: str | None = None
    text: str = ""  # accent-insensitive
    in_trash: bool = False


@dataclass(frozen=True)
class StorySummary:
    id: str
    kind: StoryKind
    status: StoryStatus
    title: str
    unit_name: str
    campaign_name: str
    year: int
    revision: int  # the submission's revision: 1, then 2 after a return…
    updated_at: str  # ISO 8601, UTC
    return_comment: str
    photo_count: int


@dataclass(frozen=True)
class StoryFile:
    link_id: str
    role: str  # "photo" | "document"
    file_name: str
    sha256: str
    path: Path
    thumbnail: Path | None
    caption: str
    size: int
    width: int | None
    height: int | None


@dataclass(frozen=True)
class StoryEvent:
    at: str
    actor: str
    from_status: StoryStatus | None
    to_status: StoryStatus
    comment: str
    revision: int


@dataclass(frozen=True)
class StoryRevision:
    revision: int
    finalised_at: str
    finalised_by: str
    content: StoryContent
    files: list[str]


@dataclass(frozen=True)
class StoryRecord:
    summary: StorySummary
    content: StoryContent
    files: list[StoryFile]
    events: list[StoryEvent]


# --- reading ---------------------------------------------------------------------------------------------

def _summary(row: Row) -> StorySummary:
    return StorySummary(
        id=row["id"], kind=StoryKind(row["kind"]), status=StoryStatus(row["status"]), title=row["title"],
        unit_name=row["unit_name"], campaign_name=row["campaign_name"], year=int(row["year"]),
        revision=int(row["story_revision"]), updated_at=row["updated_at"], return_comment=row["return_comment"],
        photo_count=int(row["photo_count"]))


def _files(ws: Workspace, story_id: str) -> list[StoryFile]:
    return [StoryFile(
        link_id=r["id"], role=r["role"] or PHOTO, file_name=r["file_name"], sha256=r["sha256"],
        path=ws.attachments.path_of(r["sha256"]),
        thumbnail=ws.attachments.thumbnail_of(r["sha256"]) if r["has_thumbnail"] else None,
        caption=r["caption"], size=int(r["size"]), width=r["width"], height=r["height"])
        for r in ws.attachments.links(TABLE, story_id)]


def _content(row: Row, files: list[StoryFile]) -> StoryContent:
    content = StoryContent.from_json(json.loads(row["content"] or "{}"))
    content.captions = {f.link_id: f.caption for f in files if f.caption}
    return content


def get_story(ws: Workspace, story_id: str) -> StoryRecord:
    """The whole story (also from the trash): summary, content, files and the history of its moves."""
    row = ws.stories.get(story_id)
    files = _files(ws, story_id)
    events = [StoryEvent(at=e["at"], actor=e["actor"],
                         from_status=StoryStatus(e["from_status"]) if e["from_status"] else None,
                         to_status=StoryStatus(e["to_status"]), comment=e["comment"], revision=int(e["revision"]))
              for e in ws.stories.events(story_id)]
    return StoryRecord(summary=_summary(row), content=_content(row, files), files=files, events=events)


def list_stories(ws: Workspace, flt: StoryFilter) -> list[StorySummary]:
    """The stories matching `flt`, the most recently changed first."""
    rows = ws.stories.find(
        kind=flt.kind.value if flt.kind else None, status=flt.status.value if flt.status else None,
        unit_id=flt.grassroots_unit_id, year=flt.year, campaign_id=flt.campaign_id, text=flt.text,
        in_trash=flt.in_trash)
    return [_summary(r) for r in rows]


def unfinished_drafts(ws: Workspace) -> list[StorySummary]:
    """Drafts not in the trash: offered for resuming when the window starts."""
    return list_stories(ws, StoryFilter(status=StoryStatus.DRAFT))


def story_revisions(ws: Workspace, story_id: str) -> list[StoryRevision]:
    """Every finalised revision, oldest first, as it was when finalised."""
    return [StoryRevision(revision=int(r["revision"]), finalised_at=r["finalised_at"],
                          finalised_by=r["finalised_by"], content=StoryContent.from_json(r["content"]),
                          files=[f["file_name"] for f in r["files"]])
            for r in ws.stories.revisions(story_id)]


# --- writing ---------------------------------------------------------------------------------------------

def _existing(ws: Workspace, table: str, record_id: str) -> str | None:
    """`record_id` when such a live row exists; a stale choice must not break the save."""
    if not record_id:
        return None
    found = ws.db.execute(f"SELECT 1 FROM [{table}] WHERE id = ? AND deleted_at IS NULL", [record_id]).fetchone()
    return record_id if found else None


def _columns(ws: Workspace, content: StoryContent) -> dict[str, Any]:
    data = content.to_json()
    data["captions"] = {}  # captions live with the files (see the module's docstring)
    return {"kind": content.kind, "title": content.title(),
            "grassroots_unit_id": _existing(ws, "units", content.grassroots_unit_id),
            "campaign_id": _existing(ws, "campaigns", content.campaign_id), "content": data}


def _event(ws: Workspace, story_id: str, old: StoryStatus | None, new: StoryStatus, revision: int,
           comment: str = "") -> None:
    ws.stories.add_event(story_id, actor=ws.officer(), from_status=old.value if old else None,
                         to_status=new.value, comment=comment, revision=revision)


def new_story(ws: Workspace, kind: StoryKind, *, grassroots_unit_id: str | None = None,
              campaign_id: str | None = None, today: dt.date | None = None) -> str:
    """A new, empty draft of `kind`; returns its id."""
    kind = StoryKind(kind)
    content = StoryContent(kind=kind.value, grassroots_unit_id=grassroots_unit_id or "",
                           campaign_id=campaign_id or "")
    with transaction(ws.db):
        story_id = ws.stories.add({**_columns(ws, content), "status": StoryStatus.DRAFT.value,
                                   "story_revision": 1, "year": (today or dt.date.today()).year})
        _event(ws, story_id, None, StoryStatus.DRAFT, 1)
    return story_id


def save_story_content(ws: Workspace, story_id: str, content: StoryContent) -> None:
    """Store what was typed (cleaned), complete or not: only a draft. Nothing is written when nothing changed."""
    cleaned = content.cleaned()
    if cleaned.kind not in {k.value for k in StoryKind}:
        raise ValidationError([Problem("kind", rules.BAD_KIND)])
    with transaction(ws.db):
        editable_row(ws, story_id)
        ws.stories.update(story_id, _columns(ws, cleaned))


def transition_story(ws: Workspace, story_id: str, target: StoryStatus, *, comment: str = "") -> None:
    """Move the story along its lifecycle, or raise ValidationError with why it cannot move."""
    target = StoryStatus(target)
    comment = clean_multiline(comment)
    with transaction(ws.db):
        row = ws.stories.get(story_id, include_deleted=False)
        current, revision = StoryStatus(row["status"]), int(row["story_revision"])
        problem = rules.check_transition(current, target, comment=comment)
        if problem:
            raise ValidationError([problem])
        values: dict[str, Any] = {"status": target.value}
        if target is StoryStatus.READY:
            files = _files(ws, story_id)
            content = _content(row, files)
            problems = rules.missing(content, photos=sum(f.role == PHOTO for f in files))
            if problems:
                raise ValidationError(problems)
            values["return_comment"] = ""  # answered by this revision; the history keeps it
            frozen = [{"file_name": f.file_name, "sha256": f.sha256, "role": f.role, "caption": f.caption}
                      for f in files]
            ws.stories.freeze(story_id, revision, content.to_json(), frozen, actor=ws.officer())
        elif target is StoryStatus.RETURNED:
            values["return_comment"] = comment
        elif current is StoryStatus.RETURNED and target is StoryStatus.DRAFT:
            revision += 1
            values["story_revision"] = revision
        ws.stories.update(story_id, values)
        _event(ws, story_id, current, target, revision, comment)


def duplicate_story(ws: Workspace, story_id: str) -> str:
    """A new draft with the same content and files; the original is not touched."""
    record = get_story(ws, story_id)
    with transaction(ws.db):
        copy_id = new_story(ws, record.summary.kind, grassroots_unit_id=record.content.grassroots_unit_id,
                            campaign_id=record.content.campaign_id)
        ws.stories.update(copy_id, _columns(ws, replace(record.content, captions={})))
        for f in record.files:
            stored = ws.attachments.stored(f.sha256)
            ws.attachments.link(TABLE, copy_id, stored, f.file_name, role=f.role, caption=f.caption)
    return copy_id


def trash_story(ws: Workspace, story_id: str) -> None:
    ws.stories.trash(story_id)


def restore_story(ws: Workspace, story_id: str) -> None:
    ws.stories.restore(story_id)
