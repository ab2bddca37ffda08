"""The bundle format, version 1: its names and limits, and the manifest as plain data.

A bundle is a ZIP file holding `manifest.json`, its detached signature `manifest.sig`, and the members the
manifest lists with their size and SHA-256. No I/O here: services/bundle_write.py and bundle_read.py move
the bytes. docs/bundle-format.md describes the same rules for anyone writing another implementation.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from typing import Any

# The problems are part of the format's API; they live in their own module only to keep this one short.
from cdtt_desktop.domain.bundle_problems import MESSAGES as MESSAGES
from cdtt_desktop.domain.bundle_problems import BundleError as BundleError
from cdtt_desktop.domain.bundle_problems import BundleProblem as BundleProblem

FORMAT = "cdtt-bundle"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SUFFIX = ".cdtt.zip"
KINDS = ("submission", "receipt")
ITEM_TYPES = ("document", "story")
DECISIONS = ("received", "returned", "approved")
MB = 1 << 20
MAX_NAME = 255  # the longest member name; a longer one has no place in a bundle we write

_ITEM_NAME = re.compile(r"items/[A-Za-z0-9][A-Za-z0-9._-]*\.json")
_FILE_NAME = re.compile(r"files/([0-9a-f]{64})(\.[A-Za-z0-9]{1,10})?")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Limits:
    """What a reader accepts; tests lower them to build small hostile bundles."""

    max_member: int = 512 * MB
    max_total: int = 16 * 1024 * MB
    max_members: int = 50_000
    max_manifest: int = 16 * MB
    max_signature: int = 1024
    max_ratio: int = 200  # uncompressed / compressed size of one member: above it, a zip bomb
    ratio_from: int = MB  # smaller members are never "over-compressed": they cannot fill a disk


DEFAULT_LIMITS = Limits()


def safe_member_name(name: str) -> BundleProblem | None:
    """None when `name` may be a member of a bundle; only exact, flat, ASCII names are allowed."""
    if name in (MANIFEST, SIGNATURE):
        return None
    if len(name) <= MAX_NAME and (_ITEM_NAME.fullmatch(name) or _FILE_NAME.fullmatch(name)):
        return None
    return BundleProblem.unsafe_name


def member_key(name: str) -> str:
    """Two names with the same key are the same file on Windows or macOS: a bundle may hold only one."""
    return unicodedata.normalize("NFC", name).casefold()


@dataclass(frozen=True)
class Sender:
    unit_id: str
    unit_name: str
    abbreviation: str
    parent_name: str
    public_key: str  # base64 of the raw 32-byte Ed25519 key


@dataclass(frozen=True)
class ItemFile:
    path: str
    name: str
    caption: str
    role: str


@dataclass(frozen=True)
class BundleItem:
    id: str
    revision: int
    type: str  # 'document' | 'story'
    kind: str
    title: str
    period: str
    number_text: str
    issued_on: str
    data: str  # the member holding the item's JSON data
    pdf: str | None
    files: list[ItemFile]


@dataclass(frozen=True)
class Decision:
    item_id: str
    revision: int
    decision: str  # 'received' | 'returned' | 'approved'
    comment: str
    decided_at: str
    decided_by: str


@dataclass(frozen=True)
class FileEntry:
    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    kind: str  # 'submission' | 'receipt'
    bundle_id: str
    created_at: str
    app_version: str
    sender: Sender
    items: list[BundleItem]
    decisions: list[Decision]
    files: list[FileEntry]

    def to_json(self) -> bytes:
        """The canonical form: sorted keys, UTF-8 as is; the signature covers exactly these bytes."""
        body = {"format": FORMAT, "version": VERSION, **asdict(self)}
        return (json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")

    @classmethod
    def parse(cls, raw: bytes) -> Manifest:
        """The manifest in `raw`, or BundleError naming the first thing wrong with it."""
        top = _Fields(load_json(raw, MANIFEST), "")
        found = top.body.get("format")
        if found != FORMAT:
            raise BundleError(BundleProblem.unknown_format, "?" if found is None else str(found))
        version = top.body.get("version")
        if version != VERSION or isinstance(version, bool):
            raise BundleError(BundleProblem.unknown_version, str(version))
        manifest = cls(
            kind=top.choice("kind", KINDS), bundle_id=top.uuid("bundle_id"), created_at=top.text("created_at"),
            app_version=top.text("app_version"), sender=_sender(top.fields("sender")),
            items=[_item(f) for f in top.objects("items")], decisions=[_decision(f) for f in top.objects("decisions")],
            files=[_entry(f) for f in top.objects("files")])
        _check_consistency(manifest)
        return manifest


def load_json(raw: bytes, name: str) -> Any:
    """JSON from a member; a repeated key is refused, so that every reader sees the same values."""
    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        if len({key for key, _ in pairs}) != len(pairs):
            raise ValueError("a key is repeated")
        return dict(pairs)

    try:
        return json.loads(raw.decode("utf-8"), object_pairs_hook=unique)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError(BundleProblem.bad_manifest, name) from exc


class _Fields:
    """One JSON object of the manifest; anything missing or of the wrong type is refused by its place."""

    def __init__(self, body: object, where: str):
        if not isinstance(body, dict):
            raise _bad(where or "(top)")
        self.body: dict[str, Any] = body
        self.where = where

    def place(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _get(self, key: str, kind: type | tuple[type, ...]) -> Any:
        value = self.body.get(key)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise _bad(self.place(key))
        return value

    def text(self, key: str) -> str:
        return str(self._get(key, str))

    def text_or_none(self, key: str) -> str | None:
        return None if key in self.body and self.body[key] is None else self.text(key)

    def number(self, key: str, least: int = 0) -> int:
        value = int(self._get(key, int))
        if value < least:
            raise _bad(self.place(key))
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise _bad(self.place(key))
        return value

    def uuid(self, key: str) -> str:
        value = self.text(key)
        try:
            uuid.UUID(value)
        except ValueError:
            raise _bad(self.place(key)) from None
        return value

    def fields(self, key: str) -> _Fields:
        return _Fields(self._get(key, dict), self.place(key))

    def objects(self, key: str) -> list[_Fields]:
        return [_Fields(body, f"{self.place(key)}[{i}]") for i, body in enumerate(self._get(key, list))]


def _bad(place: str) -> BundleError:
    return BundleError(BundleProblem.bad_manifest, f"{MANIFEST}: {place}")


def _sender(f: _Fields) -> Sender:
    public_key = f.text("public_key")
    try:
        if len(base64.b64decode(public_key, validate=True)) != 32:
            raise ValueError(public_key)
    except (binascii.Error, ValueError):
        raise _bad(f.place("public_key")) from None
    return Sender(f.text("unit_id"), f.text("unit_name"), f.text("abbreviation"), f.text("parent_name"), public_key)


def _item(f: _Fields) -> BundleItem:
    files = [ItemFile(g.text("path"), g.text("name"), g.text("caption"), g.text("role")) for g in f.objects("files")]
    return BundleItem(f.text("id"), f.number("revision", 1), f.choice("type", ITEM_TYPES), f.text("kind"),
                      f.text("title"), f.text("period"), f.text("number_text"), f.text("issued_on"), f.text("data"),
                      f.text_or_none("pdf"), files)


def _decision(f: _Fields) -> Decision:
    return Decision(f.text("item_id"), f.number("revision", 1), f.choice("decision", DECISIONS), f.text("comment"),
                    f.text("decided_at"), f.text("decided_by"))


def _entry(f: _Fields) -> FileEntry:
    path, size, sha256 = f.text("path"), f.number("size"), f.text("sha256")
    if path in (MANIFEST, SIGNATURE) or safe_member_name(path):
        raise BundleError(BundleProblem.unsafe_name, path)
    named = _FILE_NAME.fullmatch(path)
    if not _SHA256.fullmatch(sha256) or (named and named.group(1) != sha256):
        raise _bad(f.place("sha256"))  # files/ members are named by their content
    return FileEntry(path, size, sha256)


def _check_consistency(manifest: Manifest) -> None:
    """Each member listed once; items and decisions match the kind; every reference is listed."""
    seen: set[str] = set()
    for entry in manifest.files:
        if member_key(entry.path) in seen:
            raise BundleError(BundleProblem.duplicate_name, entry.path)
        seen.add(member_key(entry.path))
    wrong = "decisions" if manifest.kind == "submission" else "items"
    if getattr(manifest, wrong):
        raise _bad(wrong)
    listed = {entry.path for entry in manifest.files}
    items: set[tuple[str, int]] = set()
    for i, item in enumerate(manifest.items):
        if (item.id, item.revision) in items:
            raise _bad(f"items[{i}].id")
        items.add((item.id, item.revision))
        refs = [("data", item.data, "items/"), ("pdf", item.pdf, "files/")]
        refs += [(f"files[{j}].path", file.path, "files/") for j, file in enumerate(item.files)]
        for place, path, folder in refs:
            if path is not None and (path not in listed or not path.startswith(folder)):
                raise _bad(f"items[{i}].{place}")
    decided = [(d.item_id, d.revision) for d in manifest.decisions]
    if len(set(decided)) != len(decided):
        raise _bad("decisions")
