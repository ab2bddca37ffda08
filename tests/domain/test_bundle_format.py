"""The bundle format: allowed names, the manifest's canonical form and every way a manifest is refused."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from cdtt_desktop.domain.bundle_format import (
    FORMAT,
    MESSAGES,
    VERSION,
    BundleError,
    BundleProblem,
    Decision,
    Manifest,
    member_key,
    safe_member_name,
)
from tests.services.bundle_factory import PHOTO_NAME, make_manifest, new_key, sample_files

SHA = "0123456789abcdef" * 4


def body() -> dict[str, Any]:
    """A valid manifest as JSON data, to break one field at a time."""
    return json.loads(make_manifest(new_key(), sample_files()).to_json())


def refusal(data: dict[str, Any] | bytes) -> BundleError:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode("utf-8")
    with pytest.raises(BundleError) as caught:
        Manifest.parse(raw)
    return caught.value


@pytest.mark.parametrize("name", ["manifest.json", "manifest.sig", "items/9c3e-r1.json", f"files/{SHA}.jpg",
                                  f"files/{SHA}.PDF", f"files/{SHA}"])
def test_allowed_member_names(name: str) -> None:
    """The manifest, its signature, items/<name>.json and files/<sha256>.<ext> are the only names allowed."""
    assert safe_member_name(name) is None


@pytest.mark.parametrize("name", ["../evil", "items/../x.json", "/abs", "\\abs", "C:/x", "c:x", "files\\x",
                                  "files/", "items/", "x.json", "items/a/b.json", "items/.json", "items/x.txt",
                                  f"files/{SHA.upper()}.jpg", f"files/{SHA[:-1]}.jpg", f"files/{SHA}.j pg",
                                  "items/tệp.json", "items/x.json\x00", "MANIFEST.JSON",
                                  "items/" + "a" * 250 + ".json"])
def test_forbidden_member_names(name: str) -> None:
    """Traversal, absolute paths, drive letters, backslashes, folders and anything unusual are refused."""
    assert safe_member_name(name) is BundleProblem.unsafe_name


def test_member_key_folds_case_and_unicode_forms() -> None:
    """Names equal on a case-insensitive disk or after NFC count as duplicates."""
    assert member_key("files/A.JPG") == member_key("files/a.jpg")
    assert member_key("items/Vie\u0302\u0323t.json") == member_key("items/vi\u1ec7t.json")
    assert member_key("items/a.json") != member_key("items/b.json")


def test_manifest_round_trips_through_its_canonical_json() -> None:
    """to_json is stable, keeps Vietnamese as UTF-8, and parse gives back the same manifest."""
    manifest = make_manifest(new_key(), sample_files())
    raw = manifest.to_json()
    assert Manifest.parse(raw) == manifest
    assert raw == Manifest.parse(raw).to_json()
    assert "Công đoàn phường Ba Đình".encode() in raw
    data = json.loads(raw)
    assert (data["format"], data["version"]) == (FORMAT, VERSION)


def test_a_receipt_round_trips_too() -> None:
    """A receipt carries decisions and no items."""
    decision = Decision("9c3e4f5a", 1, "returned", "Bổ sung ảnh hoạt động", "2026-12-05T02:00:00Z", "Lê Văn An")
    manifest = make_manifest(new_key(), {}, kind="receipt", decisions=[decision])
    assert Manifest.parse(manifest.to_json()).decisions == [decision]


def test_unknown_fields_are_accepted_so_that_additions_keep_version_1() -> None:
    """A reader ignores fields it does not know."""
    data = body()
    data["hub_token"] = "later"
    data["items"][0]["priority"] = 2
    assert Manifest.parse(json.dumps(data).encode()).items[0].title.startswith("Báo cáo")


@pytest.mark.parametrize(("raw", "detail"), [(b"{not json", "manifest.json"), (b"\xff\xfe{}", "manifest.json"),
                                             (b"[1, 2]", "manifest.json"), (b"[" * 100_000, "manifest.json")])
def test_a_manifest_that_is_not_a_json_object_is_refused(raw: bytes, detail: str) -> None:
    """Bytes that are not UTF-8 JSON holding an object give bad_manifest naming manifest.json."""
    error = refusal(raw)
    assert error.problem is BundleProblem.bad_manifest and detail in error.detail


def test_format_and_version_are_checked_first() -> None:
    """Another format or a version this reader does not know is refused by name, whatever else is wrong."""
    assert refusal({"format": "zip-pack", "version": 1}).problem is BundleProblem.unknown_format
    error = refusal({"format": FORMAT, "version": 2})
    assert error.problem is BundleProblem.unknown_version and error.detail == "2"
    assert refusal({"format": FORMAT, "version": "1"}).problem is BundleProblem.unknown_version
    assert refusal({"format": FORMAT, "version": True}).problem is BundleProblem.unknown_version


@pytest.mark.parametrize(("change", "place"), [
    (lambda d: d.pop("bundle_id"), "bundle_id"),
    (lambda d: d.update(bundle_id="not-a-uuid"), "bundle_id"),
    (lambda d: d.update(kind="gift"), "kind"),
    (lambda d: d["sender"].update(public_key="AAAA"), "sender.public_key"),
    (lambda d: d["sender"].pop("unit_name"), "sender.unit_name"),
    (lambda d: d["items"][0].update(revision=0), "items[0].revision"),
    (lambda d: d["items"][0].update(revision=True), "items[0].revision"),
    (lambda d: d["items"][0].update(type="letter"), "items[0].type"),
    (lambda d: d["items"][0].update(title=None), "items[0].title"),
    (lambda d: d["items"][0]["files"][0].pop("caption"), "items[0].files[0].caption"),
    (lambda d: d["files"][0].update(size=-1), "files[0].size"),
    (lambda d: d["files"][2].update(sha256=SHA), "files[2].sha256"),
    (lambda d: d["items"][0].update(pdf="files/" + SHA + ".pdf"), "items[0].pdf"),
    (lambda d: d["items"][0].update(data=PHOTO_NAME), "items[0].data"),
    (lambda d: d.update(items=d["items"] * 2), "items[1].id"),
    (lambda d: d.update(decisions=[{"item_id": "x", "revision": 1, "decision": "approved", "comment": "",
                                    "decided_at": "", "decided_by": ""}]), "decisions"),
])
def test_a_wrong_field_is_refused_by_its_place(change: Any, place: str) -> None:
    """Missing fields, wrong types, unknown values and dangling references name the field."""
    data = body()
    change(data)
    error = refusal(data)
    assert error.problem is BundleProblem.bad_manifest
    assert error.detail == f"manifest.json: {place}"


def test_listed_files_must_be_safe_and_listed_once() -> None:
    """The list of files follows the member rules: no unsafe name, no name twice (even in another case)."""
    data = body()
    data["files"].append(dict(data["files"][0], path="../evil"))
    assert refusal(data).problem is BundleProblem.unsafe_name
    data = body()
    data["files"].append(dict(data["files"][2], path=PHOTO_NAME[:-3] + "JPG"))
    error = refusal(data)
    assert error.problem is BundleProblem.duplicate_name and error.detail.endswith(".JPG")


def test_a_repeated_json_key_is_refused() -> None:
    """Two values for one key could be read differently by two programs: the manifest is refused."""
    raw = make_manifest(new_key(), sample_files()).to_json().replace(b'"kind": "submission"',
                                                                      b'"kind": "submission", "kind": "receipt"')
    assert refusal(raw).problem is BundleProblem.bad_manifest


def test_every_problem_has_a_message_naming_its_detail() -> None:
    """Each code has English source text with {detail}; render translates in the Rules context."""
    assert set(MESSAGES) == set(BundleProblem)
    assert all("{detail}" in text for text in MESSAGES.values())
    error = BundleError(BundleProblem.unsafe_name, "../evil")
    assert "../evil" in str(error) and error.render() == str(error)
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "Tên tệp bị cấm: {detail}"

    assert error.render(translate) == "Tên tệp bị cấm: ../evil"
    assert seen == [("Rules", MESSAGES[BundleProblem.unsafe_name])]


def test_manifest_is_frozen_data() -> None:
    """A manifest cannot be changed after it was made (its bytes are what is signed)."""
    manifest = make_manifest(new_key(), sample_files())
    with pytest.raises(dataclasses.FrozenInstanceError):
        manifest.kind = "receipt"  # type: ignore[misc]
