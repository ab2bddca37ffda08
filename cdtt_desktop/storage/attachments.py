"""Attachment files: stored once, named by SHA-256, outside the database, with thumbnails.

Originals are kept byte for byte. A file over the size limit is refused before a
single byte is copied, so nothing is half-saved.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cdtt_desktop.storage.database import Database, transaction
from cdtt_desktop.storage.records import RecordWriter, Row, utc_now

THUMBNAIL_SIZE = (240, 240)
_CHUNK = 1 << 20


class AttachmentTooLargeError(ValueError):
    def __init__(self, path: Path, size: int, limit: int):
        super().__init__(f"{path.name}: {size} bytes > {limit}")
        self.path, self.size, self.limit = path, size, limit


class AttachmentUnreadableError(OSError):
    """The file could not be read (gone, locked, a folder, no permission)."""


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    has_thumbnail: bool


class AttachmentStore:
    def __init__(self, db: Database, writer: RecordWriter, root: Path, thumbs: Path):
        self.db = db
        self.writer = writer
        self.root = root
        self.thumbs = thumbs

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def thumbnail_of(self, sha256: str) -> Path:
        return self.thumbs / sha256[:2] / f"{sha256}.png"

    def check(self, source: Path, limit: int) -> int:
        """The file's size, or an error when it cannot be attached."""
        try:
            if not source.is_file():
                raise AttachmentUnreadableError(str(source))
            size = source.stat().st_size
        except OSError as exc:
            raise AttachmentUnreadableError(str(source)) from exc
        if size > limit:
            raise AttachmentTooLargeError(source, size, limit)
        return size

    def store(self, source: Path, limit: int) -> StoredFile:
        """Copy `source` into the store (once per content) and make its thumbnail."""
        self.check(source, limit)
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_of(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                tmp.unlink()
            else:
                os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise AttachmentUnreadableError(str(source)) from exc
        return self._register(sha, target, source.name)

    def _register(self, sha: str, path: Path, name: str) -> StoredFile:
        existing = self.db.table("attachments").rows_where("sha256 = ?", [sha])
        for row in existing:
            return StoredFile(sha, row["size"], row["media_type"], bool(row["has_thumbnail"]))
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        width = height = None
        has_thumb = False
        from PIL import Image, ImageOps, UnidentifiedImageError  # only when a file arrives: keeps start-up light

        try:
            with Image.open(path) as image:
                media_type = Image.MIME.get(image.format or "", media_type)
                # A phone stores a portrait photo sideways with an EXIF orientation tag: the thumbnail (and
                # the size people see) follow the tag, the original stays as it came.
                upright = ImageOps.exif_transpose(image)
                width, height = upright.size
                upright.thumbnail(THUMBNAIL_SIZE)
                thumb = self.thumbnail_of(sha)
                thumb.parent.mkdir(parents=True, exist_ok=True)
                upright.convert("RGB").save(thumb, "PNG")
                has_thumb = True
        except (UnidentifiedImageError, OSError, ValueError):
            pass  # not an image: stored without a thumbnail
        row = {"sha256": sha, "size": path.stat().st_size, "media_type": media_type, "width": width,
               "height": height, "has_thumbnail": int(has_thumb), "created_at": utc_now()}
        with transaction(self.db):
            self.db.table("attachments").insert(row, ignore=True)
        return StoredFile(sha, row["size"], media_type, has_thumb)  # type: ignore[arg-type]

    def link(self, table: str, record_id: str, stored: StoredFile, file_name: str, *, role: str = "",
             caption: str = "") -> str:
        with transaction(self.db):
            position = self.db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM record_attachments "
                "WHERE record_table = ? AND record_id = ?", [table, record_id]).fetchone()[0]
            return self.writer.insert(
                "record_attachments",
                {"record_table": table, "record_id": record_id, "sha256": stored.sha256,
                 "file_name": file_name, "position": position, "role": role, "caption": caption},
            )

    def stored(self, sha256: str) -> StoredFile:
        """A file already in the store, to link it to one more record."""
        for row in self.db.query("SELECT * FROM attachments WHERE sha256 = ?", [sha256]):
            return StoredFile(sha256, row["size"], row["media_type"], bool(row["has_thumbnail"]))
        raise LookupError(sha256)

    def set_caption(self, link_id: str, caption: str) -> None:
        self.writer.update("record_attachments", link_id, {"caption": caption})

    def unlink(self, link_id: str) -> None:
        self.writer.tombstone("record_attachments", link_id)

    def links(self, table: str, record_id: str) -> list[Row]:
        return list(self.db.query(
            "SELECT ra.id, ra.file_name, ra.sha256, ra.role, ra.caption, a.size, a.media_type, a.has_thumbnail, "
            "a.width, a.height "
            "FROM record_attachments ra JOIN attachments a ON a.sha256 = ra.sha256 "
            "WHERE ra.record_table = ? AND ra.record_id = ? AND ra.deleted_at IS NULL ORDER BY ra.position",
            [table, record_id]))

    def missing_files(self) -> list[str]:
        """SHA-256 of registered attachments whose file is gone from the store."""
        return [r["sha256"] for r in self.db.query("SELECT sha256 FROM attachments")
                if not self.path_of(r["sha256"]).is_file()]

    def export_copy(self, sha256: str, target: Path) -> None:
        shutil.copyfile(self.path_of(sha256), target)
