"""Writing a bundle: the signed manifest first, then every member streamed in 1 MB chunks.

The manifest is built before a byte is written (sizes and hashes are known: attachments are named by their
SHA-256, PDFs are in the register), so each source is hashed again while it is copied: a file changed since
stops the export instead of leaving a bundle that the upper level would refuse. The bundle is written to
`<target>.part`, flushed to disk and renamed, so a cancel, a crash or a full disk never leaves a half bundle
under the real name. Memory stays flat whatever the size of the photos.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cdtt_desktop.domain.bundle_format import (
    MANIFEST,
    SIGNATURE,
    BundleError,
    BundleProblem,
    Manifest,
    member_key,
    safe_member_name,
)
from cdtt_desktop.services.keys import sign

CHUNK = 1 << 20
Progress = Callable[[int, int], None]
_FIRST_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Member:
    """One member to write: its bytes come from a file or from memory, with the size and hash listed."""

    arcname: str
    source: Path | bytes
    size: int
    sha256: str
    compress: bool  # JSON is deflated; photos and PDFs are already compressed and are stored


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    size: int
    sha256: str  # of the whole file, as the receiving side records it


class BundleCancelled(Exception):  # noqa: N818 - the name the other modules use
    """The export was cancelled; nothing was left behind."""


def part_path(target: Path) -> Path:
    """Where the bundle is written until it is complete."""
    return target.with_name(target.name + ".part")


def write_bundle(target: Path, manifest: Manifest, members: list[Member], key: Ed25519PrivateKey, *,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> WrittenBundle:
    """Write the bundle to `target`; BundleError (nothing written) when a member does not match the manifest."""
    _check_members(manifest, members)
    raw = manifest.to_json()
    signature = sign(key, raw).encode("ascii")
    counter = _Counter(len(raw) + len(signature) + sum(m.size for m in members), progress, cancelled)
    counter.add(0)
    stamp = _stamp(manifest.created_at)
    part = part_path(target)
    try:
        with open(part, "wb") as out:
            with zipfile.ZipFile(out, "w", allowZip64=True) as archive:
                archive.writestr(_info(MANIFEST, stamp, compress=True), raw)
                archive.writestr(_info(SIGNATURE, stamp, compress=False), signature)
                counter.add(len(raw) + len(signature))
                for member in members:
                    _copy(archive, member, stamp, counter)
            out.flush()
            os.fsync(out.fileno())
        with open(part, "rb") as written:
            digest = hashlib.file_digest(written, "sha256").hexdigest()
        size = part.stat().st_size
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return WrittenBundle(target, size, digest)


class _Counter:
    """Reports bytes done out of the total, and stops the export when the officer cancels."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None):
        self.done, self.total = 0, total
        self.progress, self.cancelled = progress, cancelled

    def add(self, count: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BundleCancelled()
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)


def _check_members(manifest: Manifest, members: list[Member]) -> None:
    """The members are exactly the files the manifest lists, with their sizes and hashes."""
    listed = {entry.path: entry for entry in manifest.files}
    seen: set[str] = set()
    for member in members:
        name = member.arcname
        if name in (MANIFEST, SIGNATURE) or safe_member_name(name) is not None:
            raise BundleError(BundleProblem.unsafe_name, name)
        if member_key(name) in seen:
            raise BundleError(BundleProblem.duplicate_name, name)
        seen.add(member_key(name))
        entry = listed.get(name)
        if entry is None:
            raise BundleError(BundleProblem.unlisted_member, name)
        if entry.size != member.size:
            raise BundleError(BundleProblem.size_mismatch, name)
        if entry.sha256 != member.sha256:
            raise BundleError(BundleProblem.hash_mismatch, name)
        if isinstance(member.source, bytes) and (
                len(member.source) != member.size or hashlib.sha256(member.source).hexdigest() != member.sha256):
            raise BundleError(BundleProblem.hash_mismatch, name)
    missing = sorted(set(listed) - {m.arcname for m in members})
    if missing:
        raise BundleError(BundleProblem.missing_member, missing[0])


def _stamp(created_at: str) -> tuple[int, int, int, int, int, int]:
    """The manifest's time on every member, so the same content gives the same bytes."""
    try:
        moment = dt.datetime.strptime(created_at[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return _FIRST_ZIP_TIME
    if moment.year < 1980:
        return _FIRST_ZIP_TIME
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _info(name: str, stamp: tuple[int, int, int, int, int, int], *, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3  # the mode below is a Unix mode: a plain file, never a link
    info.external_attr = 0o100644 << 16
    return info


def _open_source(member: Member) -> io.BufferedIOBase:
    if isinstance(member.source, bytes):
        return io.BytesIO(member.source)
    try:
        return open(member.source, "rb")
    except FileNotFoundError:
        raise BundleError(BundleProblem.missing_member, member.arcname) from None


def _copy(archive: zipfile.ZipFile, member: Member, stamp: tuple[int, int, int, int, int, int],
          counter: _Counter) -> None:
    """Copy one source into the archive, hashing it on the way; the source must still be what was listed."""
    info = _info(member.arcname, stamp, compress=member.compress)
    # Declaring the size up front lets zipfile choose ZIP64 for a large member by itself, while the
    # usual small ones keep plain headers that every unzip tool reads.
    info.file_size = member.size
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    digest = hashlib.sha256()
    copied = 0
    with _open_source(member) as source, archive.open(info, "w") as target:
        while count := source.readinto(buffer):
            copied += count
            if copied > member.size:
                break
            chunk = view[:count]
            digest.update(chunk)
            target.write(chunk)
            counter.add(count)
    if copied != member.size or digest.hexdigest() != member.sha256:
        raise BundleError(BundleProblem.hash_mismatch, member.arcname)
