"""Why a bundle is refused, as a code and as translatable English text naming the member or field.

Kept apart from the format itself so that the import and the window can show a refusal without
knowing the manifest. `domain/bundle_format.py` re-exports everything here.
"""

from __future__ import annotations

from enum import StrEnum

from cdtt_desktop.domain.messages import CONTEXT, QT_TRANSLATE_NOOP, TranslateFn


class BundleProblem(StrEnum):
    not_zip = "not_zip"
    truncated = "truncated"
    unknown_format = "unknown_format"
    unknown_version = "unknown_version"
    bad_manifest = "bad_manifest"
    bad_signature = "bad_signature"
    unsafe_name = "unsafe_name"
    link = "link"
    duplicate_name = "duplicate_name"
    too_large_member = "too_large_member"
    too_large_total = "too_large_total"
    too_many_members = "too_many_members"
    over_compressed = "over_compressed"
    missing_member = "missing_member"
    unlisted_member = "unlisted_member"
    size_mismatch = "size_mismatch"
    hash_mismatch = "hash_mismatch"
    key_changed = "key_changed"
    wrong_kind = "wrong_kind"
    already_imported = "already_imported"


MESSAGES: dict[BundleProblem, str] = {
    BundleProblem.not_zip: QT_TRANSLATE_NOOP("Rules", "This file cannot be read as a bundle (ZIP file): {detail}."),
    BundleProblem.truncated: QT_TRANSLATE_NOOP(
        "Rules", "The bundle is incomplete or damaged, perhaps cut short while copying: {detail}."),
    BundleProblem.unknown_format: QT_TRANSLATE_NOOP(
        "Rules", "This file is not a CĐTT bundle (its format is “{detail}”)."),
    BundleProblem.unknown_version: QT_TRANSLATE_NOOP(
        "Rules", "The bundle has format version {detail}, which this version of the program cannot read. "
                 "Update the program, then try again."),
    BundleProblem.bad_manifest: QT_TRANSLATE_NOOP("Rules", "The bundle holds data that cannot be read: {detail}."),
    BundleProblem.bad_signature: QT_TRANSLATE_NOOP(
        "Rules", "The bundle's signature does not match its contents: {detail} was changed after signing."),
    BundleProblem.unsafe_name: QT_TRANSLATE_NOOP("Rules", "The bundle holds a file with a forbidden name: {detail}."),
    BundleProblem.link: QT_TRANSLATE_NOOP("Rules", "The bundle holds a link instead of a file: {detail}."),
    BundleProblem.duplicate_name: QT_TRANSLATE_NOOP("Rules", "The bundle holds the same file name twice: {detail}."),
    BundleProblem.too_large_member: QT_TRANSLATE_NOOP(
        "Rules", "A file in the bundle is larger than allowed: {detail}."),
    BundleProblem.too_large_total: QT_TRANSLATE_NOOP(
        "Rules", "The files in the bundle are larger than allowed in total (the limit is passed at {detail})."),
    BundleProblem.too_many_members: QT_TRANSLATE_NOOP(
        "Rules", "The bundle holds more files than allowed: {detail}."),
    BundleProblem.over_compressed: QT_TRANSLATE_NOOP(
        "Rules", "A file in the bundle is compressed suspiciously much (a possible “zip bomb”): {detail}."),
    BundleProblem.missing_member: QT_TRANSLATE_NOOP("Rules", "A file the bundle lists is missing: {detail}."),
    BundleProblem.unlisted_member: QT_TRANSLATE_NOOP(
        "Rules", "The bundle holds a file that its list of contents does not mention: {detail}."),
    BundleProblem.size_mismatch: QT_TRANSLATE_NOOP(
        "Rules", "A file in the bundle does not have the size listed for it: {detail}."),
    BundleProblem.hash_mismatch: QT_TRANSLATE_NOOP(
        "Rules", "A file in the bundle was changed or damaged after the bundle was made: {detail}."),
    BundleProblem.key_changed: QT_TRANSLATE_NOOP(
        "Rules", "The sender's key has changed ({detail}). Call the sending unit to check before accepting it."),
    BundleProblem.wrong_kind: QT_TRANSLATE_NOOP("Rules", "This bundle is not of the kind expected here: {detail}."),
    BundleProblem.already_imported: QT_TRANSLATE_NOOP("Rules", "This bundle has already been imported: {detail}."),
}


class BundleError(ValueError):
    """A bundle refused (or that cannot be made): `problem` says why, `detail` where (a member, a field)."""

    def __init__(self, problem: BundleProblem, detail: str = ""):
        super().__init__(MESSAGES[problem].format(detail=detail))
        self.problem, self.detail = problem, detail

    def render(self, translate: TranslateFn | None = None) -> str:
        text = translate(CONTEXT, MESSAGES[self.problem]) if translate else MESSAGES[self.problem]
        return text.format(detail=self.detail)
