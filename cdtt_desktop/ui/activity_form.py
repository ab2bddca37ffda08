"""The fields of one activity, with a red message under each field, and the plan's choices for its year.

Channels, content groups and campaigns come from the plan of the activity's year:
when the date moves to another year the lists are reloaded and the choices kept
by code (campaigns by name). The campaign follows the date until the person
picks one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.activities import ActivityInput
from cdtt_desktop.services.activity_choices import part_codes
from cdtt_desktop.services.plans import PlanChoices, choices_for_year
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.attachment_list import AttachmentList
from cdtt_desktop.ui.searchable_combo import SearchableCombo

YEAR_DELAY_MS = 400  # a year typed digit by digit, or spun with the arrows, loads its plan once
ERROR_STYLE = "color: #b3261e;"
_TEXT_FIELDS = ("title", "outlet", "url", "participants", "reach", "interactions")


def count_text(value: int | None) -> str:
    """1500 → '1.500', the form the domain reads back whatever the interface language."""
    return "" if value is None else f"{value:,}".replace(",", ".")


class ActivityForm(QWidget):
    changed = Signal(str)  # the field that changed

    def __init__(self, ws: Workspace, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.today = ws, today
        self._choices: PlanChoices | None = None
        self._codes: dict[str, str] = {}
        self._year: int | None = None
        self._campaign_auto = True
        self._errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._make_widgets()
        self._lay_out()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self._load_choices(today.year)
        self._suggest_campaign()
        self.unit_combo.set_entries([(None, self.tr("— none —")),
                                     *[(u["id"], u["name"]) for u in grassroots_units(ws)]])
        self.year_timer = QTimer(self)
        self.year_timer.setSingleShot(True)
        self.year_timer.setInterval(YEAR_DELAY_MS)
        self.year_timer.timeout.connect(self._year_due)
        self._connect()

    def _make_widgets(self) -> None:
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What was done, e.g. Dialogue with workers on wages"))
        self.channel_combo, self.group_combo, self.campaign_combo = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.channel_combo, self.group_combo, self.campaign_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.campaign_hint = QLabel(self.tr("Suggested from the date"))
        self.campaign_hint.setStyleSheet("color: palette(mid); font-style: italic;")
        self.outlet_edit = QLineEdit()
        self.outlet_edit.setPlaceholderText(self.tr("e.g. Báo Lao động điện tử, the unit's Facebook page"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        self.unit_combo = SearchableCombo()
        self.unit_combo.setMinimumContentsLength(16)
        self.participants_edit, self.reach_edit, self.interactions_edit = (QLineEdit() for _ in range(3))
        for edit in (self.participants_edit, self.reach_edit, self.interactions_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setPlaceholderText(self.tr("e.g. 1.500"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.attachments = AttachmentList(self.ws)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        rows: list[list[tuple[str, str, QWidget]]] = [
            [("occurred_on", self.tr("Date *"), self.date_edit), ("channel", self.tr("Channel *"),
                                                                  self.channel_combo)],
            [("title", self.tr("Title *"), self.title_edit)],
            [("content_group", self.tr("Content group"), self.group_combo),
             ("campaign", self.tr("Campaign"), self.campaign_combo)],
            [("outlet", self.tr("Outlet / page"), self.outlet_edit),
             ("grassroots_unit", self.tr("Grassroots union"), self.unit_combo)],
            [("url", self.tr("Link"), self.url_edit)],
            [("participants", self.tr("Participants"), self.participants_edit),
             ("reach", self.tr("Reach (views, readers)"), self.reach_edit)],
            [("interactions", self.tr("Interactions (likes, shares)"), self.interactions_edit)],
            [("notes", self.tr("Notes"), self.notes_edit)],
            [("attachments", self.tr("Attachments"), self.attachments)],
        ]
        line = self.title_edit.sizeHint().height()
        for r, row in enumerate(rows):
            for c, (name, label, widget) in enumerate(row):
                span = 3 if len(row) == 1 and name != "interactions" else 1
                caption = QLabel(label)
                caption.setBuddy(widget)
                caption.setMinimumHeight(line)  # level with the first line of its field
                grid.addWidget(caption, r, 2 * c, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                grid.addWidget(self._with_error(name, widget), r, 2 * c + 1, 1, span)
        grid.setRowStretch(len(rows) - 1, 1)

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with its (hidden) message right under it, so each message sits by its field."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if name == "campaign":
            column.addWidget(self.campaign_hint)
        error = QLabel()
        error.setObjectName(f"error-{name}")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        if name not in ("notes", "attachments"):
            column.addStretch(1)  # a message in the neighbouring field must not move this one
        self._errors[name] = error
        self.fields[name] = widget
        return box

    def _connect(self) -> None:
        self.date_edit.dateChanged.connect(self._date_changed)
        for name in _TEXT_FIELDS:
            edit: QLineEdit = self.fields[name]  # type: ignore[assignment]
            edit.textChanged.connect(lambda _text, name=name: self.changed.emit(name))
        self.notes_edit.textChanged.connect(lambda: self.changed.emit("notes"))
        for name in ("channel", "content_group", "campaign", "grassroots_unit"):
            combo: QComboBox = self.fields[name]  # type: ignore[assignment]
            combo.currentIndexChanged.connect(lambda _i, name=name: self.changed.emit(name))
        self.campaign_combo.activated.connect(self._campaign_chosen)
        self.attachments.changed.connect(lambda: self.changed.emit("attachments"))

    # --- the plan's choices ---------------------------------------------------------------------

    def _load_choices(self, year: int) -> None:
        keep_channel = self._codes.get(self.channel_combo.currentData() or "")
        keep_group = self._codes.get(self.group_combo.currentData() or "")
        keep_campaign = self.campaign_combo.currentText() if self.campaign_combo.currentData() else None
        self._choices = choices = choices_for_year(self.ws, year)
        self._codes = part_codes(self.ws, choices.plan_id)
        self._year = year
        self._fill(self.channel_combo, self.tr("— choose a channel —"), choices.channels)
        self._fill(self.group_combo, self.tr("— none —"), choices.content_groups)
        self._fill(self.campaign_combo, self.tr("— no campaign —"), choices.campaigns)
        self._select_code(self.channel_combo, keep_channel)
        self._select_code(self.group_combo, keep_group)
        if keep_campaign and not self._campaign_auto:
            self.campaign_combo.setCurrentIndex(max(self.campaign_combo.findText(keep_campaign), 0))

    @staticmethod
    def _fill(combo: QComboBox, nothing: str, entries: list[tuple[str, str]]) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(nothing, None)
        for item_id, label in entries:
            combo.addItem(label, item_id)
        combo.blockSignals(False)

    def _select_code(self, combo: QComboBox, code: str | None) -> None:
        ids = [item_id for item_id, c in self._codes.items() if c == code] if code else []
        found = [combo.findData(i) for i in ids if combo.findData(i) >= 0]
        combo.setCurrentIndex(found[0] if found else 0)

    def _date_changed(self, date: QDate) -> None:
        year = date.year()
        if year != self._year and 1990 <= year <= self.today.year + 1:
            self.year_timer.start()
        else:
            self._suggest_campaign()
        self.changed.emit("occurred_on")

    def flush_year(self) -> None:
        """Load a year whose plan is still waiting (before saving or reading the form)."""
        if self.year_timer.isActive():
            self.year_timer.stop()
            self._year_due()

    def _year_due(self) -> None:
        self._load_choices(self.date_edit.date().year())
        self._suggest_campaign()

    def _suggest_campaign(self) -> None:
        suggested = None
        if self._campaign_auto and self._choices:
            suggested = self._choices.suggest_campaign(self.date_edit.date().toPython())  # type: ignore[arg-type]
            self.campaign_combo.setCurrentIndex(max(self.campaign_combo.findData(suggested), 0))
        self.campaign_hint.setVisible(self._campaign_auto and suggested is not None)

    def _campaign_chosen(self) -> None:
        self._campaign_auto = False  # the person chose: the date no longer moves it
        self.campaign_hint.hide()

    # --- values ---------------------------------------------------------------------------------

    def load(self, row: dict[str, Any], attachments: list[dict[str, Any]]) -> None:
        """Show a stored activity (a row of services.activities.get_activity)."""
        day = dt.date.fromisoformat(row["occurred_on"])
        self._set_date_now(day)
        for combo, item_id, code in ((self.channel_combo, row["channel_id"], row["channel_code"]),
                                     (self.group_combo, row["content_group_id"], row["content_group_code"])):
            if combo.findData(item_id) >= 0:
                combo.setCurrentIndex(combo.findData(item_id))
            else:
                self._select_code(combo, code)
        suggested = self._choices.suggest_campaign(day) if self._choices else None
        self._campaign_auto = row["campaign_id"] == suggested
        index = self.campaign_combo.findData(row["campaign_id"]) if row["campaign_id"] else 0
        if index < 0 and row["campaign_name"]:
            index = self.campaign_combo.findText(row["campaign_name"])
        self.campaign_combo.setCurrentIndex(max(index, 0))
        self.campaign_hint.setVisible(self._campaign_auto and suggested is not None)
        for name in ("title", "outlet", "url"):
            edit: QLineEdit = self.fields[name]  # type: ignore[assignment]
            edit.setText(row[name] or "")
            edit.setCursorPosition(0)  # long text shows its beginning, not its end
        for name in ("participants", "reach", "interactions"):
            self.fields[name].setText(count_text(row[name]))  # type: ignore[attr-defined]
        self.notes_edit.setPlainText(row["notes"] or "")
        self.unit_combo.select_id(row["grassroots_unit_id"])
        self.attachments.load_stored(attachments)

    def _set_date_now(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.flush_year()

    def activity_input(self) -> ActivityInput:
        """What is typed, as raw input for the domain's checks (which clean and normalise it)."""
        return ActivityInput(
            occurred_on=self.date_edit.date().toPython(), title=self.title_edit.text(),
            channel_id=self.channel_combo.currentData(), content_group_id=self.group_combo.currentData(),
            campaign_id=self.campaign_combo.currentData(), outlet=self.outlet_edit.text(),
            url=self.url_edit.text(), grassroots_unit_id=self.unit_combo.current_id(),
            participants=self.participants_edit.text(), reach=self.reach_edit.text(),
            interactions=self.interactions_edit.text(), notes=self.notes_edit.toPlainText(),
        )

    def snapshot(self) -> dict[str, Any]:
        """Everything typed, as plain JSON data (for drafts, and to tell whether anything changed)."""
        data: dict[str, Any] = {name: self.fields[name].text() for name in _TEXT_FIELDS}  # type: ignore[attr-defined]
        data.update(
            occurred_on=self.date_edit.date().toString("yyyy-MM-dd"),
            channel=self._codes.get(self.channel_combo.currentData() or ""),
            content_group=self._codes.get(self.group_combo.currentData() or ""),
            campaign=self.campaign_combo.currentText() if self.campaign_combo.currentData() else None,
            campaign_auto=self._campaign_auto, grassroots_unit=self.unit_combo.current_id(),
            notes=self.notes_edit.toPlainText(),
            new_files=[str(p) for p in self.attachments.new_files()],
            removed_links=self.attachments.removed_links(),
        )
        return data

    def restore(self, data: dict[str, Any]) -> None:
        """Put a snapshot back (a draft after a crash)."""
        self._set_date_now(dt.date.fromisoformat(data["occurred_on"]))
        self._select_code(self.channel_combo, data.get("channel"))
        self._select_code(self.group_combo, data.get("content_group"))
        self._campaign_auto = bool(data.get("campaign_auto", True))
        if self._campaign_auto:
            self._suggest_campaign()
        else:
            found = self.campaign_combo.findText(data.get("campaign") or "")
            self.campaign_combo.setCurrentIndex(max(found, 0))
            self.campaign_hint.hide()
        for name in _TEXT_FIELDS:
            self.fields[name].setText(str(data.get(name) or ""))  # type: ignore[attr-defined]
        self.notes_edit.setPlainText(str(data.get("notes") or ""))
        self.unit_combo.select_id(data.get("grassroots_unit"))
        self.attachments.remove_links(list(data.get("removed_links") or []))
        self.attachments.add_files([Path(p) for p in data.get("new_files") or []])

    # --- messages -------------------------------------------------------------------------------

    def error_label(self, field: str) -> QLabel:
        return self._errors[field]

    def show_error(self, field: str, text: str) -> bool:
        """Show `text` under `field`; False when the form has no such field."""
        label = self._errors.get(field)
        if label is None:
            return False
        label.setText(f"{label.text()}\n{text}" if not label.isHidden() and label.text() else text)
        label.show()
        return True

    def clear_error(self, field: str) -> None:
        if field in self._errors:
            self._errors[field].hide()
            self._errors[field].clear()

    def clear_errors(self) -> None:
        for name in self._errors:
            self.clear_error(name)

    def focus_field(self, field: str) -> None:
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def text_widgets(self) -> list[QWidget]:
        """Widgets that would take a dropped file as text."""
        widgets: list[QWidget] = [self.fields[name] for name in _TEXT_FIELDS]
        return [*widgets, self.notes_edit, self.notes_edit.viewport(), self.date_edit,
                self.unit_combo.line_edit]
