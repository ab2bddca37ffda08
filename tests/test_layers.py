"""The layers of DESIGN.md §3 import downward only, and PySide6 stays above services/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cdtt_desktop"
ORDER = ["domain", "storage", "services", "tasks", "ui"]
TOP_LEVEL_QT_FREE = {"paths", "settings", "formatting"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["domain", "storage", "services"])
def test_lower_layers_do_not_import_pyside(layer: str) -> None:
    """domain/, storage/ and services/ never import PySide6."""
    offenders = [str(p) for p in layer_files(layer) if any(m.startswith("PySide6") for m in imports_of(p))]
    assert offenders == []


@pytest.mark.parametrize("layer", ORDER)
def test_layers_import_only_downward(layer: str) -> None:
    """A layer imports only layers below it (and the Qt-free top-level modules)."""
    higher = ORDER[ORDER.index(layer) + 1:] + ["app", "cli", "i18n"]
    offenders = []
    for path in layer_files(layer):
        for module in imports_of(path):
            parts = module.split(".")
            if parts[0] == "cdtt_desktop" and len(parts) > 1 and parts[1] in higher:
                offenders.append(f"{path.name}: {module}")
    assert offenders == []


def test_ui_does_not_import_storage() -> None:
    """Widgets reach data through services only."""
    offenders = [
        f"{p.name}: {m}" for p in layer_files("ui") for m in imports_of(p) if m.startswith("cdtt_desktop.storage")
    ]
    assert offenders == []


def test_qt_free_top_level_modules() -> None:
    """paths, settings and formatting are used below the GUI, so they stay Qt-free too."""
    offenders = [n for n in TOP_LEVEL_QT_FREE if any(m.startswith("PySide6") for m in imports_of(PACKAGE / f"{n}.py"))]
    assert offenders == []


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    """The import walker finds a PySide6 import (so the tests above can fail)."""
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport cdtt_desktop.ui.page\n")
    assert {"PySide6.QtCore", "cdtt_desktop.ui.page"} <= imports_of(sample)
