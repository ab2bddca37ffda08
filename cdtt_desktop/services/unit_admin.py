"""Small use cases behind the set-up wizard and the Settings page.

The forms start from what is stored (or from the declared defaults), demo data is
made by a background task on its own connection, and afterwards the window's
settings are brought up to date with what that task wrote.
"""

from __future__ import annotations

from collections.abc import Callable

from cdtt_desktop.domain.units import OwnUnitSetup
from cdtt_desktop.paths import DataPaths
from cdtt_desktop.services.setup import current_setup
from cdtt_desktop.services.workspace import Workspace, open_workspace
from cdtt_desktop.settings import DECLARED, Settings
from cdtt_desktop.storage.settings_repo import SettingsRepo

Progress = Callable[[int, int], None]


def setup_for_editing(ws: Workspace) -> OwnUnitSetup:
    """The stored set-up, or an empty one carrying the signer defaults from the settings."""
    found = current_setup(ws)
    if found is not None:
        return found
    s = ws.settings
    return OwnUnitSetup(unit_name="", parent_name="", abbreviation="", place_name="",
                        officer_name=s["officer_name"], signer_name=s["signer_name"],
                        signer_title=s["signer_title"], signing_authority=s["signing_authority"])


def load_demo_data(paths: DataPaths, progress: Progress | None = None, *,
                   activities: int = 300, seed: int = 1) -> None:
    """Fill the data folder at `paths` with demo data; meant to run as a background task."""
    from cdtt_desktop.services.demo import generate_demo_data

    ws = open_workspace(paths)
    try:
        generate_demo_data(ws, activities=activities, seed=seed, progress=progress)
    finally:
        ws.close()


def reload_settings(ws: Workspace) -> None:
    """Bring `ws.settings` up to date after another connection (a background task) wrote settings.

    `Settings` takes values only through `save()`, so the changed ones are saved again: the
    database already holds them, and the window's copy then matches it.
    """
    stored = Settings(SettingsRepo(ws.db).load_all, lambda values: None)
    changed = {s.key: stored[s.key] for s in DECLARED if stored[s.key] != ws.settings[s.key]}
    if changed:
        ws.settings.save(**changed)
