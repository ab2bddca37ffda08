"""Every visible string has a finished Vietnamese translation, found wherever the app is installed."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from cdtt_desktop import i18n_build
from cdtt_desktop.paths import translations_dir

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_every_source_string_has_a_finished_vietnamese_translation() -> None:
    """Run lupdate over the code: no (context, source) may lack a finished entry in i18n/cdtt_vi.ts."""
    missing = i18n_build.missing_translations()
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:5]}"


def test_translations_keep_their_placeholders() -> None:
    """A translation carries exactly the {placeholders} of its source, so .format() cannot fail."""
    wrong = [
        (ctx, src)
        for (ctx, src), (text, finished) in i18n_build.messages(i18n_build.APP_TS).items()
        if finished and sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert wrong == []


@pytest.mark.parametrize("name", ["cdtt_vi", "qtbase_vi"])
def test_compiled_qm_is_up_to_date(name: str) -> None:
    """The committed .qm is what lrelease makes of the committed .ts."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / f"{name}.qm"
        i18n_build.compile_qm(ROOT / "i18n" / f"{name}.ts", fresh)
        assert fresh.read_bytes() == (ROOT / "i18n" / f"{name}.qm").read_bytes()


def test_translations_found_from_a_checkout() -> None:
    """Running from the source tree finds i18n/*.qm."""
    assert (translations_dir() / "cdtt_vi.qm").is_file()


def test_translations_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PyInstaller bundle puts i18n/ under sys._MEIPASS; that folder wins."""
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "cdtt_vi.qm").write_bytes((ROOT / "i18n" / "cdtt_vi.qm").read_bytes())
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert translations_dir() == tmp_path / "i18n"


def test_installed_package_carries_translations_and_resources(tmp_path: Path) -> None:
    """A built wheel contains the .qm files and the plan template where paths.py looks for them."""
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                            "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"cdtt_desktop/translations/cdtt_vi.qm", "cdtt_desktop/translations/qtbase_vi.qm",
            "cdtt_desktop/resources/plans/ke-hoach-truyen-thong-2020.json"} <= names


def test_qt_standard_buttons_speak_vietnamese(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt ships no Vietnamese: our qtbase_vi makes Yes/No/OK/Cancel and the wizard buttons Vietnamese."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard, QWizardPage

    from cdtt_desktop import i18n

    i18n.install("vi")
    try:
        box = QMessageBox()
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert sorted(b.text().replace("&", "") for b in box.buttons()) == ["Có", "Không"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in buttons.buttons()) == ["Hủy", "Đồng ý"]
        wizard = QWizard()
        qtbot.addWidget(wizard)
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        wizard.show()
        texts = {wizard.button(k).text().replace("&", "") for k in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton)}
        assert {"Hủy"} <= texts and any("Tiếp theo" in t for t in texts) and any("Quay lại" in t for t in texts)
    finally:
        i18n.install("en")
