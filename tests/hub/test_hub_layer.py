"""The hub is its own layer: no Qt, nothing of the desktop but domain/."""

from __future__ import annotations

from pathlib import Path

from tests.test_layers import imports_of

HUB = Path(__file__).resolve().parents[2] / "cdtt_desktop" / "hub"
ALLOWED_OWN = ("cdtt_desktop.hub", "cdtt_desktop.domain")


def test_hub_imports_neither_qt_nor_the_desktop() -> None:
    """Every hub module imports only the hub and domain/ of the desktop — never PySide6 or storage/services."""
    offenders = []
    for path in sorted(HUB.rglob("*.py")):
        for module in imports_of(path):
            if module.startswith("PySide6") or (module.startswith("cdtt_desktop.")
                                                and not module.startswith(ALLOWED_OWN)):
                offenders.append(f"{path.name}: {module}")
            if module == "cdtt_desktop":
                offenders.append(f"{path.name}: {module}")
    assert offenders == []


def test_hub_files_are_checked() -> None:
    """The walk above sees the hub's modules and its migrations."""
    names = {p.name for p in HUB.rglob("*.py")}
    assert {"app.py", "routes.py", "env.py", "0001_initial.py"} <= names
