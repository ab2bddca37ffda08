"""Reading a bundle safely: everything is checked before anything is trusted, and nothing is written.

The checks run from the cheapest to the dearest, so a hostile file is refused before its data is read:
the end record of the ZIP (how many members it claims), the central directory (names, links, duplicates,
sizes, compression ratios), then the manifest and its signature, then every listed member's presence, size
and SHA-256 (streamed), and that nothing unlisted is there. Any way zipfile, zlib or struct can fail on a cut
or damaged file becomes a BundleError, so a caller catches one exception and shows its message.

Pinning the sender's key is the importer's job (services/keys.py): here the signature is checked against
the key the manifest itself carries.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO

from cdtt_desktop.domain.bundle_format import (
    DEFAULT_LIMITS,
    MANIFEST,
    SIGNATURE,
    BundleError,
    BundleProblem,
    FileEntry,
    Limits,
    Manifest,
    load_json,
    member_key,
    safe_member_name,
)
from cdtt_desktop.domain.messages import CONTEXT, QT_TRANSLATE_NOOP, TranslateFn
from cdtt_desktop.formatting import number
from cdtt_desktop.services.keys import fingerprint, verify
from cdtt_desktop.services.zip_end_record import declared_directory

CHUNK = 1 << 20
_LINK = 0o120000
_FILE_TYPE = 0o170000
_CD_BYTES_PER_MEMBER = 400  # generous for our names; bounds what zipfile reads into memory
_ENCRYPTED = 0x1

DESCRIBE_BUNDLE = QT_TRANSLATE_NOOP("Rules", "Bundle {id}: {kind}, made at {created} (UTC) by version {app}.")
DESCRIBE_SENDER = QT_TRANSLATE_NOOP("Rules", "Sender: {unit} ({abbreviation}), under {parent}. Key: {fingerprint}.")
DESCRIBE_CHECKED = QT_TRANSLATE_NOOP(
    "Rules", "The signature holds and all {count} files match their SHA-256 ({size} bytes). "
             "SHA-256 of the bundle: {sha256}.")
DESCRIBE_ITEM = QT_TRANSLATE_NOOP(
    "Rules", "Item {kind} {number} “{title}”: period {period}, revision {revision}, {files} files.")
DESCRIBE_DECISION = QT_TRANSLATE_NOOP(
    "Rules", "Decision on {item} (revision {revision}): {decision}. Comment: {comment}")
KIND_NAMES = {"submission": QT_TRANSLATE_NOOP("Rules", "submission to the upper level"),
              "receipt": QT_TRANSLATE_NOOP("Rules", "receipt from the upper level")}
DECISION_NAMES = {"received": QT_TRANSLATE_NOOP("Rules", "received"),
                  "returned": QT_TRANSLATE_NOOP("Rules", "returned for completion"),
                  "approved": QT_TRANSLATE_NOOP("Rules", "approved")}


@dataclass
class VerifiedBundle:
    """A bundle whose signature and hashes held; its members are read again through their hash."""

    path: Path
    manifest: Manifest
    file_sha256: str
    _archive: zipfile.ZipFile | None = field(default=None, init=False, repr=False, compare=False)

    def entry(self, name: str) -> FileEntry:
        for entry in self.manifest.files:
            if entry.path == name:
                return entry
        raise BundleError(BundleProblem.missing_member, name)

    def open_member(self, name: str) -> IO[bytes]:
        """A listed member, streamed; reading it to the end raises BundleError if it changed since the check."""
        entry = self.entry(name)
        if self._archive is None:
            self._archive = _open_zip(self.path)
        with _reading(name):
            inner = self._archive.open(name)
        return io.BufferedReader(_CheckedReader(inner, entry), CHUNK)

    def read_json(self, name: str) -> Any:
        with self.open_member(name) as member:
            return load_json(member.read(), name)

    def extract_to(self, name: str, target: Path) -> None:
        """Copy a member to `target` through `<target>.part`: a complete, checked file or none at all."""
        part = target.with_name(target.name + ".part")
        try:
            with self.open_member(name) as source, open(part, "wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, target)
        except BaseException:
            part.unlink(missing_ok=True)
            raise

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None

    def __enter__(self) -> VerifiedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_bundle(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> VerifiedBundle:
    """The bundle at `path` once every check holds; otherwise BundleError naming the problem and the member.

    An OSError (the file cannot be opened at all) is left to the caller."""
    with open(path, "rb") as handle:
        _check_end_record(handle, limits)
        with _open_zip(path, handle) as archive:
            infos = _check_directory(archive, limits)
            manifest = _check_manifest(archive, infos, limits)
            _check_members(archive, infos, manifest)
        handle.seek(0)
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return VerifiedBundle(path, manifest, digest)


@contextmanager
def _reading(name: str) -> Iterator[None]:
    """Turn every way a damaged ZIP can fail into the problem it means for the member `name`."""
    try:
        yield
    except BundleError:
        raise
    except zipfile.BadZipFile as exc:
        problem = BundleProblem.hash_mismatch if "CRC" in str(exc) else BundleProblem.truncated
        raise BundleError(problem, name) from exc
    except zlib.error as exc:
        raise BundleError(BundleProblem.hash_mismatch, name) from exc
    except (EOFError, struct.error, ValueError, OSError) as exc:  # OSError: a seek to a damaged offset
        raise BundleError(BundleProblem.truncated, name) from exc
    except (NotImplementedError, RuntimeError, KeyError) as exc:
        raise BundleError(BundleProblem.not_zip, name) from exc


def _open_zip(path: Path, handle: BinaryIO | None = None) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(handle if handle is not None else path)
    except (zipfile.BadZipFile, EOFError, struct.error, ValueError, OSError, NotImplementedError) as exc:
        with open(path, "rb") as again:
            started = again.read(4) == b"PK\x03\x04"  # a ZIP that lost its end, as a cut copy does
        raise BundleError(BundleProblem.truncated if started else BundleProblem.not_zip, path.name) from exc


def describe(bundle: VerifiedBundle, translate: TranslateFn | None = None) -> list[str]:
    """What a verified bundle holds, one line each, for `cdtt verify`."""
    def tr(text: str) -> str:
        return translate(CONTEXT, text) if translate else text

    m, sender = bundle.manifest, bundle.manifest.sender
    lines = [
        tr(DESCRIBE_BUNDLE).format(id=m.bundle_id, kind=tr(KIND_NAMES.get(m.kind, m.kind)), created=m.created_at,
                                   app=m.app_version),
        tr(DESCRIBE_SENDER).format(unit=sender.unit_name, abbreviation=sender.abbreviation,
                                   parent=sender.parent_name, fingerprint=fingerprint(sender.public_key)),
        tr(DESCRIBE_CHECKED).format(count=number(len(m.files)), size=number(sum(f.size for f in m.files)),
                                    sha256=bundle.file_sha256),
    ]
    for item in m.items:
        lines.append(tr(DESCRIBE_ITEM).format(kind=item.kind, number=item.number_text, title=item.title,
                                              period=item.period or "-", revision=item.revision,
                                              files=len(item.files) + (item.pdf is not None)))
    for decision in m.decisions:
        lines.append(tr(DESCRIBE_DECISION).format(
            decision=tr(DECISION_NAMES.get(decision.decision, decision.decision)), item=decision.item_id,
            revision=decision.revision, comment=decision.comment or "-"))
    return lines


def _check_end_record(handle: BinaryIO, limits: Limits) -> None:
    """Refuse a huge member count before zipfile reads the whole central directory into memory."""
    declared = declared_directory(handle)
    if declared is None:
        return  # not a ZIP (or a cut one): zipfile says so next
    count, size = declared
    if count > limits.max_members or size > limits.max_members * _CD_BYTES_PER_MEMBER:
        raise BundleError(BundleProblem.too_many_members, str(count))


def _check_directory(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    """Names, links, duplicates, sizes and ratios, from the central directory alone."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise BundleError(BundleProblem.too_many_members, str(len(infos)))
    found: dict[str, zipfile.ZipInfo] = {}
    keys: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if safe_member_name(name) is not None:
            raise BundleError(BundleProblem.unsafe_name, name)
        if (info.external_attr >> 16) & _FILE_TYPE == _LINK:
            raise BundleError(BundleProblem.link, name)
        if member_key(name) in keys:
            raise BundleError(BundleProblem.duplicate_name, name)
        keys.add(member_key(name))
        if info.flag_bits & _ENCRYPTED or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError(BundleProblem.not_zip, name)
        limit = {MANIFEST: limits.max_manifest, SIGNATURE: limits.max_signature}.get(name, limits.max_member)
        if info.file_size > limit:
            raise BundleError(BundleProblem.too_large_member, name)
        total += info.file_size
        if total > limits.max_total:
            raise BundleError(BundleProblem.too_large_total, name)
        if info.file_size >= limits.ratio_from and info.file_size / max(info.compress_size, 1) > limits.max_ratio:
            raise BundleError(BundleProblem.over_compressed, name)
        found[name] = info
    return found


def _check_manifest(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], limits: Limits) -> Manifest:
    """The manifest parses and its signature holds for the key it names."""
    for name in (MANIFEST, SIGNATURE):
        if name not in infos:
            raise BundleError(BundleProblem.missing_member, name)
    raw = _read_whole(archive, infos[MANIFEST])
    signature = _read_whole(archive, infos[SIGNATURE])
    manifest = Manifest.parse(raw)
    if not verify(manifest.sender.public_key, raw, signature.decode("ascii", "replace").strip()):
        raise BundleError(BundleProblem.bad_signature, MANIFEST)
    return manifest


def _read_whole(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A small member (its size was checked against the limits already)."""
    with _reading(info.filename), archive.open(info) as member:
        return member.read(info.file_size + 1)


def _check_members(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], manifest: Manifest) -> None:
    """Every listed member is there with its size and nothing else is; then each one's SHA-256, streamed."""
    for entry in manifest.files:
        info = infos.get(entry.path)
        if info is None:
            raise BundleError(BundleProblem.missing_member, entry.path)
        if info.file_size != entry.size:
            raise BundleError(BundleProblem.size_mismatch, entry.path)
    unlisted = sorted(set(infos) - {entry.path for entry in manifest.files} - {MANIFEST, SIGNATURE})
    if unlisted:
        raise BundleError(BundleProblem.unlisted_member, unlisted[0])
    for entry in manifest.files:
        with _reading(entry.path):
            inner = archive.open(infos[entry.path])
        with _CheckedReader(inner, entry) as member:
            while member.read(CHUNK):
                pass


class _CheckedReader(io.RawIOBase):
    """A member read through its listed size and SHA-256: a difference raises, at the latest at its end."""

    def __init__(self, inner: IO[bytes], entry: FileEntry):
        super().__init__()
        self._inner, self._entry = inner, entry
        self._digest = hashlib.sha256()
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        with _reading(self._entry.path):
            # One byte more than listed is enough to know that the member is too long.
            data = self._inner.read(min(len(view), self._entry.size - self._count + 1))
        if not data:
            self._finish()
            return 0
        self._count += len(data)
        if self._count > self._entry.size:
            raise BundleError(BundleProblem.size_mismatch, self._entry.path)
        self._digest.update(data)
        view[:len(data)] = data
        return len(data)

    def _finish(self) -> None:
        if self._count != self._entry.size:
            raise BundleError(BundleProblem.size_mismatch, self._entry.path)
        if self._digest.hexdigest() != self._entry.sha256:
            raise BundleError(BundleProblem.hash_mismatch, self._entry.path)

    def close(self) -> None:
        self._inner.close()
        super().close()
