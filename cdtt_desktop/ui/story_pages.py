"""The first steps of the story wizard: kind and unit, who or what, and the story itself.

Each page edits its part of the story's content; the subject page shows the fields
of the chosen kind only. Limits are shown beside the fields as counters.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.stories import (
    LIMITS,
    REQUIRED,
    STORY_REQUIRED,
    StoryContent,
    StoryKind,
)
from cdtt_desktop.services.activity_choices import filter_choices
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.ui.length_counter import CountedLineEdit, CountedTextEdit
from cdtt_desktop.ui.optional_date_edit import OptionalDateEdit
from cdtt_desktop.ui.searchable_combo import SearchableCombo
from cdtt_desktop.ui.story_labels import KIND_HINTS, PRACTICE_FIELDS, field_name, kind_name, label
from cdtt_desktop.ui.story_step import StepPage, StoryState, note

KIND, SUBJECT, STORY, EVIDENCE, CONSENT, REVIEW = range(6)
HINT_STYLE = "color: #5f6368;"


def caption(name: str, required: bool) -> str:
    return f"{field_name(name)} *" if required else field_name(name)


class KindPage(StepPage):
    step = "kind"

    def __init__(self, state: StoryState):
        super().__init__(state)
        self.setTitle(self.tr("What is the story about?"))
        self.intro.setText(self.tr("Choose one kind. The grassroots union and the campaign are optional; "
                                   "they help find the story later and count it in reports."))
        self.kind_buttons: dict[StoryKind, QRadioButton] = {}
        self.kind_group = QButtonGroup(self)
        grid = QGridLayout()
        for row, kind in enumerate(StoryKind):
            button = QRadioButton(kind_name(kind))
            hint = note(label(KIND_HINTS[kind]), HINT_STYLE)
            hint.setIndent(24)
            self.kind_buttons[kind] = button
            self.kind_group.addButton(button)
            grid.addWidget(button, 2 * row, 0)
            grid.addWidget(hint, 2 * row + 1, 0)
        self.unit_combo = SearchableCombo()
        self.unit_combo.set_entries([(None, self.tr("— none —")),
                                     *[(u["id"], u["name"]) for u in grassroots_units(state.ws)]])
        self.campaign_combo = QComboBox()
        self.campaign_combo.addItem(self.tr("— no campaign —"), None)
        for campaign_id, name, year in filter_choices(state.ws).campaigns:
            self.campaign_combo.addItem(f"{name} ({year})", campaign_id)
        self.publication_check = QCheckBox(self.tr("For publication (press, the unit's page)"))
        form = QFormLayout()
        form.addRow(self.tr("Grassroots union"), self.unit_combo)
        form.addRow(self.tr("Campaign"), self.campaign_combo)
        publication = QVBoxLayout()
        publication.setSpacing(2)
        publication.addWidget(self.publication_check)
        publication.addWidget(note(self.tr("A story for publication needs at least 1 photo, and every person "
                                           "shown must agree to publication."), HINT_STYLE))
        form.addRow("", publication)
        self.body.addLayout(grid)
        self.body.addSpacing(12)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.kind_group.buttonToggled.connect(lambda *_: self.edited())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.edited())
        self.campaign_combo.currentIndexChanged.connect(lambda _i: self.edited())
        self.publication_check.toggled.connect(lambda _on: self.edited())

    def load(self, content: StoryContent) -> None:
        kind = StoryKind(content.kind) if content.kind in {k.value for k in StoryKind} else StoryKind.PRACTICE
        self.kind_buttons[kind].setChecked(True)
        self.unit_combo.select_id(content.grassroots_unit_id or None)
        self.campaign_combo.setCurrentIndex(max(self.campaign_combo.findData(content.campaign_id or None), 0))
        self.publication_check.setChecked(content.for_publication)

    def store(self, content: StoryContent) -> None:
        content.kind = next((k.value for k, b in self.kind_buttons.items() if b.isChecked()), content.kind)
        content.grassroots_unit_id = self.unit_combo.current_id() or ""
        content.campaign_id = self.campaign_combo.currentData() or ""
        content.for_publication = self.publication_check.isChecked()

    def unit_name(self) -> str:
        return self.unit_combo.currentText() if self.unit_combo.current_id() else ""

    def campaign_name(self) -> str:
        return self.campaign_combo.currentText() if self.campaign_combo.currentData() else ""


_SUBJECT_FIELDS = ("practice_name", "implementing_unit", "started_on", "practice_field", "person_name",
                   "position", "collective_name", "workplace", "years_of_service", "member_count")
_SHOWN = {StoryKind.PRACTICE.value: ("practice_name", "implementing_unit", "started_on", "practice_field"),
          StoryKind.PERSON.value: ("person_name", "position", "workplace", "years_of_service"),
          StoryKind.COLLECTIVE.value: ("collective_name", "workplace", "member_count")}


class SubjectPage(StepPage):
    """Who (a person, a collective) or what (a practice): the fields follow the kind chosen."""

    step = "subject"

    def __init__(self, state: StoryState):
        super().__init__(state)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for name in _SUBJECT_FIELDS:
            widget = self._make(name)
            self.fields[name] = widget
            self.form.addRow(field_name(name), widget)
        self.body.addLayout(self.form)
        self.body.addStretch(1)

    def _make(self, name: str) -> QWidget:
        if name in LIMITS:
            widget = CountedLineEdit(LIMITS[name])
            widget.textChanged.connect(lambda _t: self.edited())
            return widget
        if name == "started_on":
            date = OptionalDateEdit()
            date.setMaximumWidth(180)
            date.dateChanged.connect(lambda _d: self.edited())
            return date
        if name == "practice_field":
            combo = QComboBox()
            combo.setMaximumWidth(420)
            combo.addItem(self.tr("— choose a field —"), "")
            for value, text in PRACTICE_FIELDS.items():
                combo.addItem(label(text), value.value)
            combo.currentIndexChanged.connect(lambda _i: self.edited())
            return combo
        edit = QLineEdit()  # a count
        edit.setPlaceholderText(self.tr("a whole number, e.g. 12"))
        edit.setMaximumWidth(160)
        edit.textChanged.connect(lambda _t: self.edited())
        return edit

    def initializePage(self) -> None:
        self._show_kind(self.state.current().kind)
        super().initializePage()

    def _show_kind(self, kind: str) -> None:
        shown = _SHOWN.get(kind, ())
        required = REQUIRED.get(kind, {}).get("subject", ())
        for name, widget in self.fields.items():
            self.form.setRowVisible(widget, name in shown)
            caption_label = self.form.labelForField(widget)
            if isinstance(caption_label, QLabel):
                caption_label.setText(caption(name, name in required))
        titles = {StoryKind.PRACTICE.value: self.tr("The practice"),
                  StoryKind.PERSON.value: self.tr("The person"),
                  StoryKind.COLLECTIVE.value: self.tr("The collective")}
        self.setTitle(titles.get(kind, ""))
        self.intro.setText(self.tr("Fields marked * are required. The counters show the length allowed."))

    def load(self, content: StoryContent) -> None:
        for name, widget in self.fields.items():
            value = str(getattr(content, name))
            if isinstance(widget, OptionalDateEdit):
                widget.set_iso(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            else:
                widget.setText(value)  # type: ignore[attr-defined]
        self._show_kind(content.kind)

    def store(self, content: StoryContent) -> None:
        for name, widget in self.fields.items():
            if isinstance(widget, OptionalDateEdit):
                value = widget.iso()
            elif isinstance(widget, QComboBox):
                value = widget.currentData() or ""
            else:
                value = widget.text()  # type: ignore[attr-defined]
            setattr(content, name, value)

    def editor(self, name: str) -> QWidget:
        """The editor of `name` (the line edit inside a counted field)."""
        widget = self.fields[name]
        return widget.edit if isinstance(widget, CountedLineEdit) else widget


_FIGURES = ("beneficiaries", "money_raised", "members_recruited", "hours_saved")


class StoryTextPage(StepPage):
    """The story: context, what was done, resources and cost, results with figures, novelty, replication."""

    step = "story"

    def __init__(self, state: StoryState):
        super().__init__(state)
        self.setTitle(self.tr("The story"))
        self.intro.setText(self.tr("Fields marked * are required, and at least one figure for the results. "
                                   "Write as you would tell it: plain sentences, real numbers."))
        self.texts: dict[str, CountedTextEdit] = {}
        self.numbers: dict[str, QLineEdit] = {}
        hints = {
            "context": self.tr("Why was it needed? What was the situation before?"),
            "actions": self.tr("What was done, step by step, by whom and when?"),
            "resources": self.tr("People, money, time and help from others that it took."),
            "results": self.tr("What changed, for whom? Give the figures below too."),
            "novelty": self.tr("What is different from the usual way?"),
            "replication": self.tr("What another union needs to do the same: conditions, first steps."),
        }
        inner = QWidget()
        form = QFormLayout(inner)
        order = ("context", "actions", "resources", "cost", "results", *_FIGURES, "novelty", "replication")
        for name in order:
            if name in hints:
                edit = CountedTextEdit(LIMITS[name], lines=4 if name in ("actions", "results") else 3)
                edit.edit.setPlaceholderText(hints[name])
                edit.textChanged.connect(self.edited)
                self.texts[name] = edit
                form.addRow(caption(name, name in STORY_REQUIRED), edit)
            else:
                number = QLineEdit()
                number.setPlaceholderText(self.tr("e.g. 1.500"))
                number.setMaximumWidth(200)
                number.textChanged.connect(lambda _t: self.edited())
                self.numbers[name] = number
                form.addRow(field_name(name), number)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)

    def load(self, content: StoryContent) -> None:
        for name, edit in self.texts.items():
            edit.setText(getattr(content, name))
        for name, number in self.numbers.items():
            number.setText(getattr(content, name))

    def store(self, content: StoryContent) -> None:
        for name, edit in self.texts.items():
            setattr(content, name, edit.text())
        for name, number in self.numbers.items():
            setattr(content, name, number.text())

    def editor(self, name: str) -> QWidget:
        return self.texts[name].edit if name in self.texts else self.numbers[name]

