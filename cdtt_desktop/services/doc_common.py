"""What every document of the unit shares: the letterhead, the signature and the archive line.

Documents are written in Vietnamese whatever the interface language: they are official papers in the
NĐ 30 format, so their wording lives in the builders (doc_*.py), not in the translation files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cdtt_desktop.domain.document_model import Signature
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.official import FormatProfile
from cdtt_desktop.domain.text import clean
from cdtt_desktop.services.workspace import Workspace

ARCHIVE_LINE = "Lưu: VT"


@dataclass(frozen=True)
class Letterhead:
    parent_body: str
    issuer: str
    issuer_abbreviation: str
    place: str
    parent_name: str  # as written in sentences: "Liên đoàn Lao động thành phố Hà Nội"
    issuer_name: str  # "Công đoàn phường Ba Đình"


def upper_vi(text: str) -> str:
    """Upper case that keeps Vietnamese letters whole (str.upper does; this names the intent)."""
    return clean(text).upper()


def letterhead(ws: Workspace) -> Letterhead:
    """The two names at the top left, the abbreviation of the number and the place of the date line."""
    own = ws.units.own_unit()
    if own is None:
        raise LookupError("no own unit: finish the set-up first")
    parent_name = ""
    if own["parent_id"]:
        parent_name = str(ws.units.get(own["parent_id"])["name"])
    return Letterhead(
        parent_body=upper_vi(parent_name),
        issuer=upper_vi(own["name"]),
        issuer_abbreviation=str(own["abbreviation"] or ""),
        place=str(own["place_name"] or ""),
        parent_name=parent_name,
        issuer_name=str(own["name"]),
    )


def signature(ws: Workspace) -> Signature:
    """The signature block from Settings: 'TM. BAN THƯỜNG VỤ' / 'CHỦ TỊCH' / the signer's name."""
    settings = ws.settings
    return Signature(
        authority=upper_vi(str(settings["signing_authority"])),
        title=upper_vi(str(settings["signer_title"])),
        name=clean(str(settings["signer_name"])),
    )


def upward_recipients(head: Letterhead, purpose: str = "để báo cáo") -> tuple[str, ...]:
    """'Nơi nhận:' for a paper sent to the parent body: the parent, then the archive line."""
    lines = []
    if head.parent_name:
        lines.append(f"{head.parent_name} ({purpose})")
    lines.append(ARCHIVE_LINE)
    return tuple(lines)


def format_profile(ws: Workspace) -> FormatProfile:
    """The saved format profile, or the NĐ 30 defaults; a damaged stored value falls back to them."""
    raw = str(ws.settings["format_profile"])
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    profile = FormatProfile.from_dict(data if isinstance(data, dict) else {})
    return profile if not profile.problems() else FormatProfile()


def save_format_profile(ws: Workspace, profile: FormatProfile) -> None:
    """Store the profile; ValidationError lists every value outside the ranges NĐ 30 allows."""
    problems = profile.problems()
    if problems:
        raise ValidationError(problems)
    ws.settings.save(format_profile=json.dumps(profile.to_dict(), sort_keys=True))
