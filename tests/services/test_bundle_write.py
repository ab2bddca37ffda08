"""Writing bundles: streamed, signed, re-hashed on the way, and nothing left behind on cancel or change."""

from __future__ import annotations

import dataclasses
import hashlib
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from cdtt_desktop.domain.bundle_format import MANIFEST, SIGNATURE, BundleError, BundleProblem, FileEntry
from cdtt_desktop.services import keys
from cdtt_desktop.services.bundle_read import read_bundle
from cdtt_desktop.services.bundle_write import BundleCancelled, Member, part_path, write_bundle
from tests.services.bundle_factory import (
    DATA,
    DATA_NAME,
    PDF_NAME,
    PHOTO,
    PHOTO_NAME,
    make_manifest,
    new_key,
    sample_files,
    sha256,
)


def file_members(folder: Path, files: dict[str, bytes]) -> list[Member]:
    """Members read from files on disk, as attachments and PDFs are."""
    members = []
    for name, data in files.items():
        source = folder / name.replace("/", "_")
        source.write_bytes(data)
        members.append(Member(name, source, len(data), sha256(data), name.endswith(".json")))
    return members


def test_round_trip_gives_the_same_manifest_and_members(tmp_path: Path) -> None:
    """What is written reads back: the same manifest, the signature holds, each member byte for byte."""
    key = new_key()
    files = sample_files()
    manifest = make_manifest(key, files)
    reports: list[tuple[int, int]] = []
    written = write_bundle(tmp_path / "out.cdtt.zip", manifest, file_members(tmp_path, files), key,
                           progress=lambda done, total: reports.append((done, total)))
    assert written.path.is_file() and not part_path(written.path).exists()
    assert written.size == written.path.stat().st_size
    assert written.sha256 == hashlib.sha256(written.path.read_bytes()).hexdigest()
    with read_bundle(written.path) as bundle:
        assert bundle.manifest == manifest and bundle.file_sha256 == written.sha256
        assert keys.verify(keys.public_key_text(key), manifest.to_json(), written_signature(written.path))
        for name, data in files.items():
            with bundle.open_member(name) as member:
                assert member.read() == data
        assert bundle.read_json(DATA_NAME)["source"] == "periodic:2026-11"
    totals = {total for _, total in reports}
    assert len(totals) == 1 and reports[-1][0] == totals.pop()
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def written_signature(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(SIGNATURE).decode("ascii")


def test_layout_manifest_first_photos_stored_json_deflated(tmp_path: Path) -> None:
    """manifest.json comes first; JSON is deflated, photos and PDFs stored; no member is a link or folder."""
    key = new_key()
    files = sample_files()
    written = write_bundle(tmp_path / "out.cdtt.zip", make_manifest(key, files), file_members(tmp_path, files), key)
    with zipfile.ZipFile(written.path) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == [MANIFEST, SIGNATURE, DATA_NAME, PDF_NAME, PHOTO_NAME]
    kinds = {i.filename: i.compress_type for i in infos}
    assert kinds[MANIFEST] == kinds[DATA_NAME] == zipfile.ZIP_DEFLATED
    assert kinds[PHOTO_NAME] == kinds[PDF_NAME] == zipfile.ZIP_STORED
    assert all(i.external_attr >> 16 == 0o100644 for i in infos)


def test_the_same_content_gives_the_same_bytes(tmp_path: Path) -> None:
    """Member times come from the manifest, so writing twice gives identical files."""
    key = new_key()
    files = sample_files()
    first = write_bundle(tmp_path / "a.cdtt.zip", make_manifest(key, files), file_members(tmp_path, files), key)
    second = write_bundle(tmp_path / "b.cdtt.zip", make_manifest(key, files), file_members(tmp_path, files), key)
    assert first.sha256 == second.sha256


def test_cancel_leaves_no_file_and_no_part(tmp_path: Path) -> None:
    """Cancelling during the copy raises BundleCancelled and removes the partial file."""
    key = new_key()
    files = sample_files()
    target = tmp_path / "out.cdtt.zip"
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(BundleCancelled):
        write_bundle(target, make_manifest(key, files), file_members(tmp_path, files), key, cancelled=cancelled)
    assert not target.exists() and not part_path(target).exists()


def test_a_source_changed_after_its_hash_was_taken_stops_the_export(tmp_path: Path) -> None:
    """A photo edited after the manifest was built gives hash_mismatch naming it, and no file at all."""
    key = new_key()
    files = sample_files()
    members = file_members(tmp_path, files)
    photo = next(m for m in members if m.arcname == PHOTO_NAME)
    assert isinstance(photo.source, Path)
    photo.source.write_bytes(PHOTO[:-1] + b"\x00")  # same size, other content
    target = tmp_path / "out.cdtt.zip"
    with pytest.raises(BundleError) as caught:
        write_bundle(target, make_manifest(key, files), members, key)
    assert caught.value.problem is BundleProblem.hash_mismatch and caught.value.detail == PHOTO_NAME
    assert not target.exists() and not part_path(target).exists()


@pytest.mark.parametrize("content", [PHOTO[:100], PHOTO + b"more"])
def test_a_source_that_shrank_or_grew_stops_the_export(tmp_path: Path, content: bytes) -> None:
    """A source of another length than listed is refused too (a longer one is not copied past its size)."""
    key = new_key()
    files = sample_files()
    members = file_members(tmp_path, files)
    photo = next(m for m in members if m.arcname == PHOTO_NAME)
    assert isinstance(photo.source, Path)
    photo.source.write_bytes(content)
    target = tmp_path / "out.cdtt.zip"
    with pytest.raises(BundleError) as caught:
        write_bundle(target, make_manifest(key, files), members, key)
    assert caught.value.problem is BundleProblem.hash_mismatch
    assert not target.exists() and not part_path(target).exists()


def test_a_vanished_source_is_named(tmp_path: Path) -> None:
    """A photo deleted before the export gives missing_member naming it, and no file."""
    key = new_key()
    files = sample_files()
    members = file_members(tmp_path, files)
    photo = next(m for m in members if m.arcname == PHOTO_NAME)
    assert isinstance(photo.source, Path)
    photo.source.unlink()
    with pytest.raises(BundleError) as caught:
        write_bundle(tmp_path / "out.cdtt.zip", make_manifest(key, files), members, key)
    assert (caught.value.problem, caught.value.detail) == (BundleProblem.missing_member, PHOTO_NAME)
    assert list(tmp_path.glob("out*")) == []


def test_members_must_match_the_manifest(tmp_path: Path) -> None:
    """Members and the manifest's list of files agree before a byte is written."""
    key = new_key()
    files = sample_files()
    manifest = make_manifest(key, files)
    members = [Member(n, d, len(d), sha256(d), False) for n, d in files.items()]
    target = tmp_path / "out.cdtt.zip"
    cases = [
        (members[:-1], BundleProblem.missing_member),
        (members + [Member("items/extra.json", b"{}", 2, sha256(b"{}"), True)], BundleProblem.unlisted_member),
        (members + [members[0]], BundleProblem.duplicate_name),
        ([Member("../evil", DATA, len(DATA), sha256(DATA), True)], BundleProblem.unsafe_name),
        ([members[0], members[1], Member(PHOTO_NAME, PHOTO + b"x", len(PHOTO), sha256(PHOTO), False)],
         BundleProblem.hash_mismatch),
    ]
    for given, problem in cases:
        with pytest.raises(BundleError) as caught:
            write_bundle(target, manifest, given, key)
        assert caught.value.problem is problem
    wrong_size = [FileEntry(e.path, e.size + 1, e.sha256) for e in manifest.files]
    with pytest.raises(BundleError) as caught:
        write_bundle(target, dataclasses.replace(manifest, files=wrong_size), members, key)
    assert caught.value.problem is BundleProblem.size_mismatch
    assert list(tmp_path.iterdir()) == []


def test_memory_stays_flat_for_a_300_mb_member(tmp_path: Path) -> None:
    """Writing, then checking, a 300 MB member keeps the Python heap's peak under 20 MB (1 MB chunks)."""
    size = 300 << 20
    source = tmp_path / "video.bin"
    with open(source, "wb") as out:
        out.truncate(size)  # a sparse file: 300 MB of zeros without writing them
    with open(source, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    name = f"files/{digest}.bin"
    key = new_key()
    files = {DATA_NAME: DATA}
    manifest = make_manifest(key, files, items=[])
    manifest = dataclasses.replace(manifest, files=[*manifest.files, FileEntry(name, size, digest)])
    members = [Member(DATA_NAME, DATA, len(DATA), sha256(DATA), True), Member(name, source, size, digest, False)]
    tracemalloc.start()
    try:
        written = write_bundle(tmp_path / "big.cdtt.zip", manifest, members, key)
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        read_bundle(written.path).close()
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert write_peak < 20 << 20 and read_peak < 20 << 20
    assert written.size > size
