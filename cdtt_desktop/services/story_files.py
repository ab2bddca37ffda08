"""A story's photos and documents: checked before a byte of them is stored, then attached to a draft.

A photo must be a JPEG, PNG or WebP picture of at most 20 MB and 8,000 pixels on
its long side; a document a PDF, Word, Excel, JPEG or PNG file of at most 20 MB.
The type is read from the file's first bytes, not trusted from its name.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from pathlib import Path

from cdtt_desktop.domain import stories as rules
from cdtt_desktop.domain.messages import Problem, ValidationError
from cdtt_desktop.domain.stories import StoryStatus
from cdtt_desktop.domain.text import clean
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.storage.attachments import AttachmentUnreadableError
from cdtt_desktop.storage.database import transaction
from cdtt_desktop.storage.records import RecordNotFoundError, Row

TABLE = "stories"
PHOTO = "photo"
DOCUMENT = "document"
ROLES = (PHOTO, DOCUMENT)
_CHUNK = 1 << 20
# What each accepted document starts with (Word and Excel files are ZIP archives).
_MAGIC = {".pdf": (b"%PDF",), ".docx": (b"PK\x03\x04",), ".xlsx": (b"PK\x03\x04",),
          ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",), ".png": (b"\x89PNG\r\n\x1a\n",)}


class PhotoRejectedError(ValueError):
    """A file that cannot be attached (too large, too many pixels, unsupported, unreadable); nothing was saved."""

    def __init__(self, problem: Problem):
        super().__init__(problem.render())
        self.problem = problem


class DuplicateFileError(ValueError):
    """The same file (by SHA-256) is already attached to this story, as `link_id`."""

    def __init__(self, problem: Problem, link_id: str):
        super().__init__(problem.render())
        self.problem = problem
        self.link_id = link_id


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # 8.000, the Vietnamese way


def file_problem(path: Path, role: str) -> Problem | None:
    """Why `path` cannot be attached to a story as `role`, or None when it can."""
    if role not in ROLES:
        raise ValueError(f"unknown file role: {role!r}")
    name = path.name
    try:
        if not path.is_file():
            return Problem("files", rules.FILE_UNREADABLE, {"name": name})
        size = path.stat().st_size
    except OSError:
        return Problem("files", rules.FILE_UNREADABLE, {"name": name})
    if size > rules.FILE_LIMIT_BYTES:
        shown = f"{size / rules.MB:.1f}".replace(".", ",")
        return Problem("files", rules.FILE_TOO_LARGE,
                       {"name": name, "size": shown, "limit": rules.FILE_LIMIT_BYTES // rules.MB})
    return _photo_problem(path) if role == PHOTO else _document_problem(path)


def _photo_problem(path: Path) -> Problem | None:
    from PIL import Image, UnidentifiedImageError  # only when a photo arrives: keeps start-up light

    name = path.name
    try:
        with warnings.catch_warnings():
            # Opening reads the header only; a huge picture is reported below, not warned about.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind, longest = image.format or "", max(image.size)
    except Image.DecompressionBombError:
        # Pillow refuses pictures of over ~179 million pixels: the long side is at least this.
        longest = math.isqrt(2 * int(Image.MAX_IMAGE_PIXELS or 0)) + 1
        return Problem("files", rules.PHOTO_TOO_WIDE,
                       {"name": name, "pixels": _number(longest), "limit": _number(rules.PHOTO_MAX_PIXELS)})
    except (UnidentifiedImageError, OSError, ValueError):
        return Problem("files", rules.PHOTO_UNSUPPORTED, {"name": name})
    if kind not in rules.PHOTO_FORMATS:
        return Problem("files", rules.PHOTO_UNSUPPORTED, {"name": name})
    if longest > rules.PHOTO_MAX_PIXELS:
        return Problem("files", rules.PHOTO_TOO_WIDE,
                       {"name": name, "pixels": _number(longest), "limit": _number(rules.PHOTO_MAX_PIXELS)})
    return None


def _document_problem(path: Path) -> Problem | None:
    suffix = path.suffix.casefold()
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError:
        return Problem("files", rules.FILE_UNREADABLE, {"name": path.name})
    if suffix not in _MAGIC or not head.startswith(_MAGIC[suffix]):
        return Problem("files", rules.DOCUMENT_UNSUPPORTED, {"name": path.name})
    return None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def editable_row(ws: Workspace, story_id: str) -> Row:
    row = ws.stories.get(story_id, include_deleted=False)
    if StoryStatus(row["status"]) not in rules.EDITABLE:
        raise ValidationError([Problem("status", rules.NOT_EDITABLE, {"status": row["status"]})])
    return row


def add_story_file(ws: Workspace, story_id: str, path: Path, *, role: str = PHOTO, caption: str = "") -> str:
    """Check, store and attach one file to a draft; returns the link id.

    Raises PhotoRejectedError or DuplicateFileError before anything is stored.
    """
    editable_row(ws, story_id)
    problem = file_problem(path, role)
    if problem:
        raise PhotoRejectedError(problem)
    try:
        sha = sha256_of(path)
    except OSError as exc:
        raise PhotoRejectedError(Problem("files", rules.FILE_UNREADABLE, {"name": path.name})) from exc
    for link in ws.attachments.links(TABLE, story_id):
        if link["sha256"] == sha:
            raise DuplicateFileError(Problem("files", rules.FILE_ALREADY_ADDED, {"name": link["file_name"]}),
                                     link["id"])
    try:
        stored = ws.attachments.store(path, rules.FILE_LIMIT_BYTES)
    except AttachmentUnreadableError as exc:
        raise PhotoRejectedError(Problem("files", rules.FILE_UNREADABLE, {"name": path.name})) from exc
    with transaction(ws.db):
        editable_row(ws, story_id)
        return ws.attachments.link(TABLE, story_id, stored, clean(path.name), role=role, caption=clean(caption))


def _own_link(ws: Workspace, story_id: str, link_id: str) -> None:
    if link_id not in {r["id"] for r in ws.attachments.links(TABLE, story_id)}:
        raise RecordNotFoundError(f"record_attachments/{link_id}")


def remove_story_file(ws: Workspace, story_id: str, link_id: str) -> None:
    """Detach a file from a draft (the stored original stays for earlier revisions)."""
    with transaction(ws.db):
        editable_row(ws, story_id)
        _own_link(ws, story_id, link_id)
        ws.attachments.unlink(link_id)


def set_file_caption(ws: Workspace, story_id: str, link_id: str, caption: str) -> None:
    with transaction(ws.db):
        editable_row(ws, story_id)
        _own_link(ws, story_id, link_id)
        ws.attachments.set_caption(link_id, clean(caption))
