"""Cài đặt: the unit and signer, the grassroots unions, the interface language, the attachment
limit and (when available) the year's plan.

Edits stay on screen until saved; reloading (F5, coming back to the page) never
overwrites what was typed, and switching the language asks about unsaved changes
first, because the window rebuilds its pages in the new language.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.messages import ValidationError
from cdtt_desktop.domain.units import OwnUnitSetup
from cdtt_desktop.services.setup import add_grassroots, save_setup
from cdtt_desktop.services.unit_admin import setup_for_editing
from cdtt_desktop.services.units import delete_grassroots, grassroots_units, own_unit
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.settings import LANGUAGES
from cdtt_desktop.tasks.runner import TaskRunner
from cdtt_desktop.ui.format_profile_editor import FormatProfileEditor
from cdtt_desktop.ui.grassroots_table import GrassrootsTable
from cdtt_desktop.ui.housing_rules_editor import HousingRulesEditor
from cdtt_desktop.ui.hub_settings import HubSettings
from cdtt_desktop.ui.keys_settings import KeysSettings
from cdtt_desktop.ui.page import Page
from cdtt_desktop.ui.unit_form import SignerForm, UnitForm, align_captions, render_problem

if TYPE_CHECKING:
    from cdtt_desktop.ui.plan_editor import PlanEditor

PLAN_EDITOR = "cdtt_desktop.ui.plan_editor"  # the plan tab shows when this module is installed


def _save_row(button: QPushButton, status: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(status, 1)
    status.setWordWrap(True)
    return row


class SettingsPage(Page):
    language_changed = Signal(str)
    setup_changed = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        heading = QLabel(self.tr("Settings"))
        heading.setProperty("role", "heading")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._unit_tab(), self.tr("Unit"))
        self.tabs.addTab(self._grassroots_tab(), self.tr("Grassroots unions"))
        self.tabs.addTab(self._language_tab(), self.tr("Language"))
        self.tabs.addTab(self._attachments_tab(), self.tr("Attachments"))
        self.housing_rules = HousingRulesEditor(ws)
        self.tabs.addTab(self.housing_rules, self.tr("Union Homes"))
        self.format_profile = FormatProfileEditor(ws)
        self.tabs.addTab(self.format_profile, self.tr("Documents"))
        self.keys_settings = KeysSettings(ws)
        self.keys_settings.receiving_role_changed.connect(self.status_changed)  # the window lists the inbox
        self.tabs.addTab(self.keys_settings, self.tr("Keys and receiving"))
        self.hub_settings = HubSettings(ws, runner)
        self.tabs.addTab(self.hub_settings, self.tr("Sync server"))
        self.plan_editor: PlanEditor | None = None
        if importlib.util.find_spec(PLAN_EDITOR) is not None:
            from cdtt_desktop.ui.plan_editor import PlanEditor

            self.plan_editor = PlanEditor(ws)
            self.tabs.addTab(self.plan_editor, self.tr("Plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.load(force=True)

    # --- building -------------------------------------------------------------------------------

    def _unit_tab(self) -> QWidget:
        self.unit_form = UnitForm()
        self.signer_form = SignerForm()
        align_captions(self.unit_form, self.signer_form)
        self.save_unit_button = QPushButton(self.tr("Save"))
        self.save_unit_button.clicked.connect(self.save_unit)
        self.unit_status = QLabel()
        content = QWidget()
        column = QVBoxLayout(content)
        for title, form in ((self.tr("Your unit"), self.unit_form),
                            (self.tr("Signer and officer"), self.signer_form)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(form)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        tab = QWidget()  # the Save button stays in view below the scrolling forms
        outer = QVBoxLayout(tab)
        outer.addWidget(scroll, 1)
        outer.addLayout(_save_row(self.save_unit_button, self.unit_status))
        return tab

    def _grassroots_tab(self) -> QWidget:
        self.grassroots = GrassrootsTable(confirm_remove=self._remove_units)
        self.save_units_button = QPushButton(self.tr("Save changes"))
        self.save_units_button.clicked.connect(self.save_grassroots)
        self.units_status = QLabel()
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(self.grassroots, 1)
        column.addLayout(_save_row(self.save_units_button, self.units_status))
        return tab

    def _language_tab(self) -> QWidget:
        box = QGroupBox(self.tr("Interface language"))
        column = QVBoxLayout(box)
        self.language_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(box)
        for code, name in LANGUAGES.items():  # each language by its own name, never translated
            button = QRadioButton(name)
            button.setObjectName(f"language-{code}")
            button.setChecked(code == self.ws.settings["language"])
            button.toggled.connect(lambda checked, code=code: self._language_toggled(code, checked))
            group.addButton(button)
            column.addWidget(button)
            self.language_buttons[code] = button
        note = QLabel(self.tr("The window changes language at once. Documents are always in Vietnamese."))
        note.setWordWrap(True)
        column.addWidget(note)
        return self._tab_of(box)

    def _attachments_tab(self) -> QWidget:
        box = QGroupBox(self.tr("Attachments"))
        column = QVBoxLayout(box)
        self.limit_spin = QSpinBox()
        self.limit_spin.setRange(1, 1024)
        self.limit_spin.setSuffix(" MB")
        self.limit_spin.setFixedWidth(120)
        row = QFormLayout()
        row.addRow(self.tr("Largest attachment"), self.limit_spin)
        self.save_limit_button = QPushButton(self.tr("Save"))
        self.save_limit_button.clicked.connect(self.save_attachment_limit)
        self.limit_status = QLabel()
        note = QLabel(self.tr("A larger photo or scan is refused with a message before anything is saved."))
        note.setWordWrap(True)
        column.addLayout(row)
        column.addWidget(note)
        column.addLayout(_save_row(self.save_limit_button, self.limit_status))
        return self._tab_of(box)

    @staticmethod
    def _tab_of(box: QGroupBox) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        column.addWidget(box)
        column.addStretch(1)
        return tab

    # --- loading --------------------------------------------------------------------------------

    def load(self, *, force: bool = False) -> None:
        """Show what is stored, except where the person has typed something not yet saved."""
        setup = setup_for_editing(self.ws)
        for form in (self.unit_form, self.signer_form):
            if force or not form.is_modified():
                form.set_values(setup)
        if force or not self.grassroots.is_modified():
            self.grassroots.set_units(grassroots_units(self.ws))
        if force or not self._limit_modified():
            self.limit_spin.setValue(int(self.ws.settings["attachment_limit_mb"]))
        if force or not self.housing_rules.is_modified():
            self.housing_rules.load()
        if force or not self.format_profile.is_modified():
            self.format_profile.load()
        self.hub_settings.load()  # keeps an address being typed
        self.keys_settings.load()  # nothing typed here: the role and the keys are saved as they change
        self.status_changed.emit()

    def refresh(self) -> None:
        self.load()

    def status_text(self) -> str:
        return self.tr("{count} grassroots unions").format(count=fmt.number(len(grassroots_units(self.ws))))

    def has_unsaved_changes(self) -> bool:
        return (self.unit_form.is_modified() or self.signer_form.is_modified()
                or self.grassroots.is_modified() or self._limit_modified() or self._plan_modified()
                or self.housing_rules.is_modified() or self.format_profile.is_modified()
                or self.hub_settings.is_modified())

    def _plan_modified(self) -> bool:
        return bool(self.plan_editor is not None and self.plan_editor.header_is_modified())

    def _limit_modified(self) -> bool:
        return self.limit_spin.value() != int(self.ws.settings["attachment_limit_mb"])

    # --- saving ---------------------------------------------------------------------------------

    def save_unit(self) -> bool:
        """Save the unit and signer; on a broken rule show it beside its field and save nothing."""
        checks = [self.unit_form.check(show_all=True), self.signer_form.check(show_all=True)]
        if not all(checks):
            self.unit_status.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        setup = OwnUnitSetup(**self.unit_form.values(), **self.signer_form.values())
        try:
            save_setup(self.ws, setup)
        except ValidationError as exc:
            for form in (self.unit_form, self.signer_form):
                form.show_save_problems(exc.problems)
            self.unit_status.setText(self.tr("Not saved: correct the fields marked in red."))
            return False
        self.unit_form.mark_saved()
        self.signer_form.mark_saved()
        self.unit_status.setText(self.tr("Saved."))
        self.setup_changed.emit()
        return True

    def save_grassroots(self) -> bool:
        """Write the new and changed rows; the table then shows what is stored."""
        if not self.grassroots.validate():
            self.units_status.setText(self.tr("Not saved: correct the rows listed below the table."))
            return False
        if own_unit(self.ws) is None:
            self.units_status.setText(self.tr("Save your unit first."))
            return False
        try:
            count = add_grassroots(self.ws, self.grassroots.changed_drafts())
        except ValidationError as exc:
            self.units_status.setText("\n".join(render_problem(p) for p in exc.problems))
            return False
        self.grassroots.set_units(grassroots_units(self.ws))
        self.units_status.setText(self.tr("Saved {count} grassroots unions.").format(count=count))
        self.setup_changed.emit()
        self.status_changed.emit()
        return True

    def _remove_units(self, chosen: list[tuple[str | None, str]]) -> bool:
        """Ask, then move the stored ones to the trash (a tombstone); unsaved rows simply go."""
        names = "\n".join(f"• {name or '—'}" for _, name in chosen)
        answer = QMessageBox.question(
            self, self.tr("Remove grassroots unions?"),
            self.tr("Remove these grassroots unions from the list? Activities already logged for them "
                    "are kept.\n\n{names}").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        stored = [unit_id for unit_id, _ in chosen if unit_id]
        for unit_id in stored:
            delete_grassroots(self.ws, unit_id)
        self.grassroots.forget(stored)
        if stored:
            self.units_status.setText(self.tr("Removed {count} grassroots unions.").format(count=len(stored)))
            self.setup_changed.emit()
            self.status_changed.emit()
        return True

    def save_attachment_limit(self) -> None:
        self.ws.settings.save(attachment_limit_mb=self.limit_spin.value())
        self.limit_status.setText(self.tr("Saved."))

    # --- language -------------------------------------------------------------------------------

    def _language_toggled(self, code: str, checked: bool) -> None:
        if checked:
            self.switch_language(code)

    def switch_language(self, code: str) -> None:
        current = str(self.ws.settings["language"])
        if code == current:
            return
        if self.has_unsaved_changes() and not self._settle_unsaved():
            self.language_buttons[current].setChecked(True)
            return
        self.ws.settings.save(language=code)
        self.language_changed.emit(code)

    def _settle_unsaved(self) -> bool:
        """Save or drop unsaved edits before the pages are rebuilt; False to stay as we are."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Some settings are not saved yet. Save them before the language changes?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Discard:
            return True
        if answer != buttons.Save:
            return False
        saved = True
        if self.unit_form.is_modified() or self.signer_form.is_modified():
            saved = self.save_unit()
        if saved and self.grassroots.is_modified():
            saved = self.save_grassroots()
        if saved and self._limit_modified():
            self.save_attachment_limit()
        if saved and self._plan_modified():
            saved = self.plan_editor.save_header()
        if saved and self.housing_rules.is_modified():
            saved = self.housing_rules.save()
        if saved and self.format_profile.is_modified():
            saved = self.format_profile.save()
        if saved and self.hub_settings.is_modified():
            saved = self.hub_settings.save()
        return saved
