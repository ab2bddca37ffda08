"""Reading bundles: every hostile bundle is refused by name, nothing is written, damage never crashes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from cdtt_desktop.domain.bundle_format import DEFAULT_LIMITS, BundleError, BundleProblem, Limits
from cdtt_desktop.services.bundle_read import describe, read_bundle
from tests.services.bundle_factory import (
    DATA_NAME,
    HOSTILE,
    PHOTO,
    PHOTO_NAME,
    hostile,
    new_key,
    sample_files,
    signed_bundle,
    tamper,
)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_each_hostile_bundle_is_refused_by_name(tmp_path: Path, kind: str) -> None:
    """Each hostile bundle gives its exact problem, a message naming the member, and writes nothing."""
    case = HOSTILE[kind]
    path = hostile(tmp_path, kind)
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(BundleError) as caught:
        read_bundle(path, limits=case.limits)
    assert caught.value.problem is case.problem
    assert case.detail in caught.value.detail
    assert case.detail in str(caught.value)
    assert sorted(tmp_path.rglob("*")) == before


def test_hostile_kinds_cover_the_issue() -> None:
    """The refusals the issue names all have a hostile bundle."""
    problems = {case.problem for case in HOSTILE.values()}
    assert problems >= {BundleProblem.unsafe_name, BundleProblem.link, BundleProblem.duplicate_name,
                        BundleProblem.too_large_member, BundleProblem.too_large_total,
                        BundleProblem.too_many_members, BundleProblem.over_compressed, BundleProblem.truncated,
                        BundleProblem.hash_mismatch, BundleProblem.bad_signature, BundleProblem.missing_member,
                        BundleProblem.unlisted_member, BundleProblem.size_mismatch, BundleProblem.unknown_format,
                        BundleProblem.unknown_version, BundleProblem.bad_manifest, BundleProblem.not_zip}


def test_limited_bundles_pass_under_the_default_limits(tmp_path: Path) -> None:
    """The bundles refused only for lowered limits are otherwise valid: the limit is what refuses them."""
    for kind in ("member_too_large", "total_too_large", "too_many_members"):
        assert HOSTILE[kind].limits != DEFAULT_LIMITS
        read_bundle(hostile(tmp_path, kind)).close()


def test_a_member_exactly_at_the_limit_is_accepted(tmp_path: Path) -> None:
    """Limits are inclusive: a member of exactly max_member bytes passes."""
    path = signed_bundle(tmp_path)
    read_bundle(path, limits=Limits(max_member=len(PHOTO))).close()


def test_a_valid_bundle_reads_and_describes_itself(tmp_path: Path) -> None:
    """describe names the sender, the key's fingerprint, each item and the outcome of the checks."""
    with read_bundle(signed_bundle(tmp_path)) as bundle:
        lines = describe(bundle)
    text = "\n".join(lines)
    assert "Công đoàn phường Ba Đình" in text and "SHA256:" in text
    assert "Số: 05/BC-CĐP" in text and "2026-11" in text
    assert bundle.file_sha256 in text
    translated = describe(bundle, lambda context, source: "[" + source + "]")
    assert all(line.startswith("[") for line in translated)


@pytest.mark.parametrize("keep", [i / 40 for i in range(40)] + [0.999])
def test_a_cut_file_is_truncated_or_not_a_zip_never_a_crash(tmp_path: Path, keep: float) -> None:
    """A file cut anywhere gives truncated (or not_zip when nothing of the ZIP is left), never another error."""
    path = signed_bundle(tmp_path)
    raw = path.read_bytes()
    path.write_bytes(raw[:int(len(raw) * keep)])
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    assert caught.value.problem in (BundleProblem.truncated, BundleProblem.not_zip)


def test_any_damaged_byte_gives_a_bundle_error_or_nothing(tmp_path: Path) -> None:
    """Changing any one byte of a bundle either leaves it valid (a byte no one reads) or gives BundleError."""
    path = signed_bundle(tmp_path)
    raw = path.read_bytes()
    refused = 0
    places = sorted(set(range(0, len(raw), 3)) | set(range(len(raw) - 400, len(raw))))  # all of the directory
    for at in places:
        damaged = bytearray(raw)
        damaged[at] ^= 0x55
        path.write_bytes(bytes(damaged))
        try:
            read_bundle(path).close()
        except BundleError:
            refused += 1
    assert refused > len(places) // 2  # most bytes matter


def test_a_member_changed_after_the_check_is_refused_when_read(tmp_path: Path) -> None:
    """open_member re-checks the hash: a file swapped after read_bundle raises, extract_to leaves nothing."""
    key = new_key()
    path = signed_bundle(tmp_path, key)
    bundle = read_bundle(path)
    tamper(path, PHOTO_NAME)
    target = tmp_path / "photo.jpg"
    with pytest.raises(BundleError) as caught:
        bundle.extract_to(PHOTO_NAME, target)
    assert (caught.value.problem, caught.value.detail) == (BundleProblem.hash_mismatch, PHOTO_NAME)
    assert not target.exists() and not target.with_name("photo.jpg.part").exists()
    bundle.close()


def test_extract_to_copies_a_checked_member(tmp_path: Path) -> None:
    """extract_to writes the member byte for byte."""
    with read_bundle(signed_bundle(tmp_path)) as bundle:
        bundle.extract_to(PHOTO_NAME, tmp_path / "photo.jpg")
    assert (tmp_path / "photo.jpg").read_bytes() == PHOTO


def test_only_listed_members_can_be_opened(tmp_path: Path) -> None:
    """A name the manifest does not list cannot be opened, even manifest.sig."""
    with read_bundle(signed_bundle(tmp_path)) as bundle:
        for name in ("manifest.sig", "items/other.json", "../evil"):
            with pytest.raises(BundleError) as caught:
                bundle.open_member(name)
            assert caught.value.problem is BundleProblem.missing_member


def test_a_bundle_with_another_order_of_members_still_reads(tmp_path: Path) -> None:
    """Readers do not depend on the order of members, only on the manifest."""
    path = signed_bundle(tmp_path)
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in reversed(archive.infolist())]
    with zipfile.ZipFile(path, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    with read_bundle(path) as bundle:
        assert sorted(e.path for e in bundle.manifest.files) == sorted(sample_files())
        assert bundle.read_json(DATA_NAME)["document"]["subject"].startswith("Kết quả")


def test_an_item_file_that_is_not_json_is_refused_when_read(tmp_path: Path) -> None:
    """read_json gives bad_manifest naming the member when its bytes are not JSON."""
    files = {**sample_files(), DATA_NAME: b"{oops"}
    with read_bundle(signed_bundle(tmp_path, files=files)) as bundle:
        with pytest.raises(BundleError) as caught:
            bundle.read_json(DATA_NAME)
    assert (caught.value.problem, caught.value.detail) == (BundleProblem.bad_manifest, DATA_NAME)


def test_the_member_count_is_read_from_a_zip64_end_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle with ZIP64 end records (as very large ones have) is counted from them before it is opened."""
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 2)  # makes zipfile write the ZIP64 records
    path = signed_bundle(tmp_path)
    assert b"PK\x06\x06" in path.read_bytes()[-200:]
    read_bundle(path).close()
    with pytest.raises(BundleError) as caught:
        read_bundle(path, limits=Limits(max_members=4))
    assert (caught.value.problem, caught.value.detail) == (BundleProblem.too_many_members, "5")


def test_an_end_record_that_understates_the_count_is_caught_by_the_directory(tmp_path: Path) -> None:
    """The count is checked again on the central directory itself, whatever the end record claims."""
    path = signed_bundle(tmp_path)
    raw = bytearray(path.read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    raw[end + 8:end + 12] = (1).to_bytes(2, "little") * 2  # "1 member" on this disk and in all
    path.write_bytes(bytes(raw))
    with pytest.raises(BundleError) as caught:
        read_bundle(path, limits=Limits(max_members=4))
    assert (caught.value.problem, caught.value.detail) == (BundleProblem.too_many_members, "5")


def test_small_members_are_never_over_compressed(tmp_path: Path) -> None:
    """Members under ratio_from (1 MB) may compress well: a repetitive JSON is not a zip bomb."""
    files = {**sample_files(), "items/zeros.json": b"[" + b"0," * 200_000 + b"0]"}
    with read_bundle(signed_bundle(tmp_path, files=files)) as bundle:
        assert len(bundle.manifest.files) == 4
    with pytest.raises(BundleError) as caught:
        read_bundle(tmp_path / "bundle.cdtt.zip", limits=Limits(ratio_from=1000))
    assert (caught.value.problem, caught.value.detail) == (BundleProblem.over_compressed, "items/zeros.json")
