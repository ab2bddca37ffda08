"""Every setting, declared once: key, type, default and the label the Settings page shows.

Values live in the database's `settings` table; `Settings` reads them all at start
and writes back only through `save()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str


MB = 1024 * 1024

DECLARED: tuple[Setting, ...] = (
    Setting("language", str, "vi", QT_TRANSLATE_NOOP("Settings", "Interface language")),
    Setting("officer_name", str, "", QT_TRANSLATE_NOOP("Settings", "Your name (recorded with each change)")),
    Setting("signer_name", str, "", QT_TRANSLATE_NOOP("Settings", "Signer's full name")),
    Setting("signer_title", str, "CHỦ TỊCH", QT_TRANSLATE_NOOP("Settings", "Signer's title")),
    Setting("signing_authority", str, "TM. BAN THƯỜNG VỤ",
            QT_TRANSLATE_NOOP("Settings", "Signing form (TM., KT. …)")),
    Setting("format_profile", str, "", QT_TRANSLATE_NOOP("Settings", "Document format (NĐ 30)")),
    Setting("hub_url", str, "", QT_TRANSLATE_NOOP("Settings", "Address of the upper level's sync hub")),
    Setting("hub_decisions_cursor", str, "", QT_TRANSLATE_NOOP("Settings", "Decisions pulled up to")),
    Setting("hub_published_cursor", str, "", QT_TRANSLATE_NOOP("Settings", "Plan and rules pulled up to")),
    Setting("hub_review_cursor", str, "", QT_TRANSLATE_NOOP("Settings", "Submissions pulled up to")),
    Setting("hub_published_hashes", str, "", QT_TRANSLATE_NOOP("Settings", "Plan and rules last published")),
    Setting("attachment_limit_mb", int, 25, QT_TRANSLATE_NOOP("Settings", "Largest attachment (MB)")),
    Setting("setup_done", bool, False, QT_TRANSLATE_NOOP("Settings", "Set-up finished")),
    Setting("receiving_role", bool, False,
            QT_TRANSLATE_NOOP("Settings", "Receive submissions from lower units (inbox)")),
    Setting("window_geometry", str, "", QT_TRANSLATE_NOOP("Settings", "Window position and size")),
    Setting("window_state", str, "", QT_TRANSLATE_NOOP("Settings", "Window layout")),
)
BY_KEY = {s.key: s for s in DECLARED}
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


class Settings:
    """Typed access to the declared settings over a load/save backend."""

    def __init__(self, load: Callable[[], dict[str, Any]], save: Callable[[dict[str, Any]], None]):
        self._save = save
        self._values = {s.key: s.default for s in DECLARED}
        for key, value in load().items():
            if key in BY_KEY and isinstance(value, BY_KEY[key].type):
                self._values[key] = value

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def get(self, key: str) -> Any:
        return self._values[key]

    def save(self, **values: Any) -> None:
        for key, value in values.items():
            setting = BY_KEY[key]  # KeyError for an undeclared setting is a programming error
            if not isinstance(value, setting.type):
                raise TypeError(f"{key}: {type(value).__name__} is not {setting.type.__name__}")
        self._save(values)
        self._values.update(values)

    @property
    def attachment_limit(self) -> int:
        return int(self._values["attachment_limit_mb"]) * MB
