"""Good and hostile bundles for tests.

- `signed_bundle(tmp_path, key, items=..., files=...)` writes a valid bundle with the real writer;
- `forge(target, key, members, manifest=...)` writes any ZIP with a signed manifest, breaking any rule;
- `tamper(path, member)`, `corrupt(path, member)` and `truncate(path)` damage a good bundle;
- `hostile(tmp_path, kind)` builds each bundle of `HOSTILE`, which says the problem expected, the member the
  message must name and the (lowered) limits to read it with.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cdtt_desktop.domain.bundle_format import (
    DEFAULT_LIMITS,
    MANIFEST,
    SIGNATURE,
    BundleItem,
    BundleProblem,
    Decision,
    FileEntry,
    ItemFile,
    Limits,
    Manifest,
    Sender,
)
from cdtt_desktop.services.bundle_write import Member, write_bundle
from cdtt_desktop.services.keys import public_key_text, sign

BUNDLE_ID = "0b7f2f9e-4d0c-4a57-9a43-2f4c1d1e8a10"
UNIT_ID = "5a1d6c0e-8f61-4c1b-93a5-6f0b8d2e7c11"
ITEM_ID = "9c3e4f5a-1b2c-4d3e-8f9a-0b1c2d3e4f50"
CREATED_AT = "2026-11-30T01:02:03Z"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_name(data: bytes, ext: str) -> str:
    return f"files/{sha256(data)}.{ext}"


PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 12 + b"\xff\xd9"  # the largest member of the sample
PDF = b"%PDF-1.4\n% report\n%%EOF\n"
DATA = json.dumps({"document": {"subject": "Kết quả công tác truyền thông tháng 11/2026"},
                   "source": "periodic:2026-11"}, ensure_ascii=False).encode("utf-8")
DATA_NAME = f"items/{ITEM_ID}-r1.json"
PDF_NAME = file_name(PDF, "pdf")
PHOTO_NAME = file_name(PHOTO, "jpg")
BIG_A, BIG_B = b"A" * 100_000, b"B" * 100_000


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def sample_files() -> dict[str, bytes]:
    """One item's data, its PDF and a photo, by member name."""
    return {DATA_NAME: DATA, PDF_NAME: PDF, PHOTO_NAME: PHOTO}


def sample_item(files: dict[str, bytes]) -> BundleItem:
    """A periodic report referring to the first JSON, PDF and other files of `files`."""
    data = next(name for name in files if name.startswith("items/"))
    pdf = next((name for name in files if name.endswith(".pdf")), None)
    photos = [ItemFile(name, f"anh-{i}.jpg", "Hội nghị người lao động", "photo")
              for i, name in enumerate(n for n in files if n.startswith("files/") and n != pdf)]
    return BundleItem(ITEM_ID, 1, "document", "BC", "Báo cáo kết quả công tác truyền thông tháng 11/2026",
                      "2026-11", "Số: 05/BC-CĐP", "2026-12-02", data, pdf, photos)


def make_manifest(key: Ed25519PrivateKey, files: dict[str, bytes], *, kind: str = "submission",
                  items: list[BundleItem] | None = None, decisions: list[Decision] | None = None,
                  bundle_id: str = BUNDLE_ID) -> Manifest:
    """A manifest listing `files`; a submission gets `sample_item(files)` unless `items` is given."""
    sender = Sender(UNIT_ID, "Công đoàn phường Ba Đình", "CĐP", "Liên đoàn Lao động thành phố Hà Nội",
                    public_key_text(key))
    if items is None:
        items = [sample_item(files)] if kind == "submission" and files else []
    entries = [FileEntry(name, len(data), sha256(data)) for name, data in files.items()]
    return Manifest(kind, bundle_id, CREATED_AT, "0.1.0", sender, items, decisions or [], entries)


def signed_bundle(tmp_path: Path, key: Ed25519PrivateKey | None = None, *, items: list[BundleItem] | None = None,
                  files: dict[str, bytes] | None = None, decisions: list[Decision] | None = None,
                  kind: str = "submission", name: str = "bundle.cdtt.zip", bundle_id: str = BUNDLE_ID) -> Path:
    """A valid bundle written by write_bundle (sample files unless `files` is given)."""
    key = key or new_key()
    files = sample_files() if files is None else files
    manifest = make_manifest(key, files, kind=kind, items=items, decisions=decisions, bundle_id=bundle_id)
    members = [Member(n, d, len(d), sha256(d), n.endswith(".json")) for n, d in files.items()]
    return write_bundle(tmp_path / name, manifest, members, key).path


def manifest_bytes(manifest: Manifest, **changes: Any) -> bytes:
    """The manifest's JSON with top-level fields changed (for formats and versions no writer makes)."""
    body = json.loads(manifest.to_json())
    body.update(changes)
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def forge(target: Path, key: Ed25519PrivateKey, members: list[tuple[str | zipfile.ZipInfo, bytes]], *,
          manifest: Manifest | bytes | None = None, signature: bytes | None = None) -> Path:
    """Any ZIP: the manifest (listing the members by default) signed by `key`, then `members` as given."""
    if manifest is None:
        manifest = make_manifest(key, {n: d for n, d in members if isinstance(n, str)}, items=[])
    raw = manifest if isinstance(manifest, bytes) else manifest.to_json()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate names some tests need
        archive.writestr(MANIFEST, raw)
        archive.writestr(SIGNATURE, signature if signature is not None else sign(key, raw).encode("ascii"))
        for name, data in members:
            archive.writestr(name, data, zipfile.ZIP_STORED if isinstance(name, str) else None)
    return target


def _entries(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def tamper(path: Path, member: str, data: bytes | None = None) -> Path:
    """Rewrite the bundle with `member` changed (a valid ZIP; manifest and signature kept as they were).

    By default the manifest gains a space (still JSON, no longer what was signed) and any other member has
    its last byte changed (same size, other hash)."""
    entries = _entries(path)
    with zipfile.ZipFile(path, "w") as archive:
        for info, content in entries:
            if info.filename == member:
                if data is not None:
                    content = data
                elif member == MANIFEST:
                    content = content + b" "
                else:
                    content = content[:-1] + bytes([content[-1] ^ 1])
            archive.writestr(info, content)
    return path


def corrupt(path: Path, member: str) -> Path:
    """Change one byte of a stored member inside the file itself (its CRC no longer holds)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    raw = bytearray(path.read_bytes())
    start = info.header_offset
    name_length = int.from_bytes(raw[start + 26:start + 28], "little")
    extra_length = int.from_bytes(raw[start + 28:start + 30], "little")
    raw[start + 30 + name_length + extra_length + 5] ^= 0xFF
    path.write_bytes(bytes(raw))
    return path


def truncate(path: Path, keep: float = 0.5) -> Path:
    """Cut the file as an interrupted copy does."""
    raw = path.read_bytes()
    path.write_bytes(raw[:int(len(raw) * keep)])
    return path


@dataclasses.dataclass(frozen=True)
class Hostile:
    problem: BundleProblem
    detail: str  # what the error's detail must name
    limits: Limits = DEFAULT_LIMITS
    build: Callable[[Path, Ed25519PrivateKey], Path] | None = None


def _with_members(*members: tuple[str | zipfile.ZipInfo, bytes]) -> Callable[[Path, Ed25519PrivateKey], Path]:
    return lambda target, key: forge(target, key, [*sample_files().items(), *members])


def _link(target: Path, key: Ed25519PrivateKey) -> Path:
    info = zipfile.ZipInfo(PHOTO_NAME)
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    return forge(target, key, [(DATA_NAME, DATA), (info, b"/etc/passwd")])


def _sample(target: Path, key: Ed25519PrivateKey) -> Path:
    return signed_bundle(target.parent, key, name=target.name)


def _bomb(target: Path, key: Ed25519PrivateKey) -> Path:
    info = zipfile.ZipInfo(file_name(bytes(50 << 20), "bin"))
    info.compress_type = zipfile.ZIP_DEFLATED
    return forge(target, key, [(info, bytes(50 << 20))])


def _without(name: str) -> Callable[[Path, Ed25519PrivateKey], Path]:
    def build(target: Path, key: Ed25519PrivateKey) -> Path:
        files = sample_files()
        manifest = make_manifest(key, files)
        return forge(target, key, [(n, d) for n, d in files.items() if n != name], manifest=manifest)
    return build


def _listed_size(target: Path, key: Ed25519PrivateKey) -> Path:
    files = sample_files()
    manifest = make_manifest(key, files)
    entries = [dataclasses.replace(e, size=e.size + 1) if e.path == PHOTO_NAME else e for e in manifest.files]
    return forge(target, key, list(files.items()), manifest=dataclasses.replace(manifest, files=entries))


def _raw_manifest(**changes: Any) -> Callable[[Path, Ed25519PrivateKey], Path]:
    def build(target: Path, key: Ed25519PrivateKey) -> Path:
        files = sample_files()
        raw = manifest_bytes(make_manifest(key, files), **changes) if changes else b"{not json"
        return forge(target, key, list(files.items()), manifest=raw)
    return build


def _other_signer(target: Path, key: Ed25519PrivateKey) -> Path:
    files = sample_files()
    raw = make_manifest(key, files).to_json()
    return forge(target, key, list(files.items()), manifest=raw, signature=sign(new_key(), raw).encode("ascii"))


def _no_signature(target: Path, key: Ed25519PrivateKey) -> Path:
    forge(target, key, list(sample_files().items()))
    entries = [(info, data) for info, data in _entries(target) if info.filename != SIGNATURE]
    with zipfile.ZipFile(target, "w") as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return target


def _not_zip(target: Path, key: Ed25519PrivateKey) -> Path:
    target.write_text("Đây không phải là một gói dữ liệu.\n", encoding="utf-8")
    return target


HOSTILE: dict[str, Hostile] = {
    "traversal": Hostile(BundleProblem.unsafe_name, "../evil", build=_with_members(("../evil", b"x"))),
    "absolute": Hostile(BundleProblem.unsafe_name, "/abs", build=_with_members(("/abs", b"x"))),
    "drive_letter": Hostile(BundleProblem.unsafe_name, "C:/x", build=_with_members(("C:/x", b"x"))),
    "backslash": Hostile(BundleProblem.unsafe_name, "files\\x", build=_with_members(("files\\x", b"x"))),
    "directory": Hostile(BundleProblem.unsafe_name, "files/", build=_with_members(("files/", b""))),
    "symlink": Hostile(BundleProblem.link, PHOTO_NAME, build=_link),
    "duplicate": Hostile(BundleProblem.duplicate_name, PHOTO_NAME, build=_with_members((PHOTO_NAME, PHOTO))),
    "duplicate_case": Hostile(BundleProblem.duplicate_name, PHOTO_NAME[:-3] + "JPG",
                              build=_with_members((PHOTO_NAME[:-3] + "JPG", PHOTO))),
    "member_too_large": Hostile(BundleProblem.too_large_member, PHOTO_NAME,
                                Limits(max_member=len(PHOTO) - 1), build=_sample),
    "total_too_large": Hostile(BundleProblem.too_large_total, file_name(BIG_B, "bin"), Limits(max_total=150_000),
                               build=lambda t, k: forge(t, k, [(file_name(BIG_A, "bin"), BIG_A),
                                                               (file_name(BIG_B, "bin"), BIG_B)])),
    "too_many_members": Hostile(BundleProblem.too_many_members, "5", Limits(max_members=4), build=_sample),
    "over_compressed": Hostile(BundleProblem.over_compressed, file_name(bytes(50 << 20), "bin"), build=_bomb),
    "truncated": Hostile(BundleProblem.truncated, "truncated.cdtt.zip",
                         build=lambda t, k: truncate(_sample(t, k))),
    "tampered_member": Hostile(BundleProblem.hash_mismatch, PHOTO_NAME,
                               build=lambda t, k: tamper(_sample(t, k), PHOTO_NAME)),
    "damaged_member": Hostile(BundleProblem.hash_mismatch, PHOTO_NAME,
                              build=lambda t, k: corrupt(_sample(t, k), PHOTO_NAME)),
    "tampered_manifest": Hostile(BundleProblem.bad_signature, MANIFEST,
                                 build=lambda t, k: tamper(_sample(t, k), MANIFEST)),
    "other_signer": Hostile(BundleProblem.bad_signature, MANIFEST, build=_other_signer),
    "no_signature": Hostile(BundleProblem.missing_member, SIGNATURE, build=_no_signature),
    "missing_member": Hostile(BundleProblem.missing_member, PHOTO_NAME, build=_without(PHOTO_NAME)),
    "unlisted_member": Hostile(BundleProblem.unlisted_member, file_name(b"extra", "png"),
                               build=lambda t, k: forge(t, k, [*sample_files().items(),
                                                               (file_name(b"extra", "png"), b"extra")],
                                                        manifest=make_manifest(k, sample_files()))),
    "size_mismatch": Hostile(BundleProblem.size_mismatch, PHOTO_NAME, build=_listed_size),
    "unknown_format": Hostile(BundleProblem.unknown_format, "zip-pack", build=_raw_manifest(format="zip-pack")),
    "unknown_version": Hostile(BundleProblem.unknown_version, "2", build=_raw_manifest(version=2)),
    "manifest_not_json": Hostile(BundleProblem.bad_manifest, MANIFEST, build=_raw_manifest()),
    "not_zip": Hostile(BundleProblem.not_zip, "not_zip.cdtt.zip", build=_not_zip),
}


def hostile(tmp_path: Path, kind: str, key: Ed25519PrivateKey | None = None) -> Path:
    """The hostile bundle `kind` of HOSTILE, written as `<tmp_path>/<kind>.cdtt.zip`."""
    build = HOSTILE[kind].build
    assert build is not None
    return build(tmp_path / f"{kind}.cdtt.zip", key or new_key())
