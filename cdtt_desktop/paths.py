"""Where things live: the data folder (chosen once, here) and the bundled resources.

The data folder is, in order: the `--data-dir` option, the CDTT_DATA_DIR
environment variable (tests set it), or the platform's per-user data folder
(on Windows %LOCALAPPDATA%\\CDTT Desktop).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "CDTT_DATA_DIR"
DATABASE_NAME = "cdtt.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def thumbnails(self) -> Path:
        return self.root / "thumbnails"

    @property
    def documents(self) -> Path:
        """Issued PDFs, one immutable file each (the register holds their SHA-256)."""
        return self.root / "documents"

    @property
    def keys(self) -> Path:
        """The installation's private signing key (never leaves the machine)."""
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def default_data_dir() -> Path:
    import platformdirs  # only when no folder was given: keeps the start light

    return Path(platformdirs.user_data_dir("CDTT Desktop", appauthor=False, roaming=False))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> DataPaths:
    """The data folder from the option, the environment or the platform default."""
    chosen = option or os.environ.get(ENV_DATA_DIR) or default_data_dir()
    return DataPaths(Path(chosen).expanduser().absolute())


def _candidates(name: str) -> list[Path]:
    here = Path(__file__).resolve().parent
    frozen = getattr(sys, "_MEIPASS", None)
    found = []
    if frozen:
        found.append(Path(frozen) / name)
    installed = {"resources": "resources", "i18n": "translations"}[name]
    found += [here / installed, here.parent / name]
    return found


def resource_dir() -> Path:
    """resources/ in a frozen bundle, an installed package or a checkout, whichever exists."""
    for path in _candidates("resources"):
        if path.is_dir():
            return path
    raise FileNotFoundError("resources")


def translations_dir() -> Path:
    """The folder holding the compiled .qm translations."""
    for path in _candidates("i18n"):
        if any(path.glob("*.qm")):
            return path
    raise FileNotFoundError("translations")
