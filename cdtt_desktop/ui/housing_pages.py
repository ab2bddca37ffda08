"""The first steps of the Mái ấm wizard: the beneficiary, the family's circumstances and the house.

The address is in the post-2025 form (province – commune); the old province – district
– commune form is optional and folded away, for papers issued before 1/7/2025.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop import formatting as fmt
from cdtt_desktop.domain.housing import BuildKind, CaseContent
from cdtt_desktop.domain.housing_checks import normalised_phone
from cdtt_desktop.services.units import grassroots_units
from cdtt_desktop.ui.housing_labels import build_kind_name
from cdtt_desktop.ui.housing_step import HINT_STYLE, HousingState, HousingStepPage, sensitive_mark
from cdtt_desktop.ui.money_edit import MoneyEdit
from cdtt_desktop.ui.optional_date_edit import OptionalDateEdit
from cdtt_desktop.ui.searchable_combo import SearchableCombo
from cdtt_desktop.ui.story_step import note

_LINES = ("full_name", "cccd", "phone", "province", "commune", "street", "old_province", "old_district",
          "old_commune", "job")
_DATES = ("birth_date", "member_since")
# Papers families usually hold; anything else may be typed.
LAND_PAPERS = ("Giấy chứng nhận quyền sử dụng đất (sổ đỏ)", "Giấy chứng nhận quyền sở hữu nhà ở (sổ hồng)",
               "Giấy tờ hợp lệ khác về đất", "Chưa có giấy tờ")


def scrolled(inner: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class BeneficiaryPage(HousingStepPage):
    FIELDS = ("full_name", "birth_date", "sex", "cccd", "phone", "province", "commune", "street",
              "old_province", "old_district", "old_commune", "grassroots_unit_id", "member_since", "job")

    def __init__(self, state: HousingState):
        super().__init__(state)
        self.setTitle(self.tr("The beneficiary"))
        self.intro.setText(self.tr("The union member the house is for. Fields marked * are required. The "
                                   "CCCD number is shown in full only in this window; everywhere else it is "
                                   "masked."))
        person, place = QFormLayout(), QFormLayout()
        for name in _LINES:
            self.editors[name] = QLineEdit()
        for name in _DATES:  # members born, and joined the union, long before records began
            self.editors[name] = OptionalDateEdit(earliest=QDate(1900, 1, 1))
        self.sex_combo = QComboBox()
        for value, text in (("", self.tr("— choose —")), ("male", self.tr("Male")),
                            ("female", self.tr("Female"))):
            self.sex_combo.addItem(text, value)
        self.unit_combo = SearchableCombo()
        self.unit_combo.set_entries([(None, self.tr("— choose a grassroots union —")),
                                     *[(u["id"], u["name"]) for u in grassroots_units(state.ws)]])
        self._placeholders()
        for name, required in (("full_name", True), ("birth_date", True), ("sex", True), ("cccd", True),
                               ("phone", False), ("job", False)):
            self.add_field(person, name, self.sex_combo if name == "sex" else self.editors[name],
                           required=required)
        for name, required in (("province", True), ("commune", True), ("street", False),
                               ("grassroots_unit_id", True), ("member_since", False)):
            editor = self.unit_combo if name == "grassroots_unit_id" else self.editors[name]
            self.add_field(place, name, editor, required=required)
        self.old_toggle = QToolButton()
        self.old_toggle.setCheckable(True)
        self.old_toggle.setAutoRaise(True)
        self.old_toggle.setText(self.tr("▸ Old address (province – district – commune, before 1/7/2025)"))
        self.old_box = QWidget()
        old = QFormLayout(self.old_box)
        old.setContentsMargins(0, 0, 0, 0)
        for name in ("old_province", "old_district", "old_commune"):
            self.add_field(old, name, self.editors[name])
        self.old_box.hide()
        self._lay_out(person, place)
        self._connect()

    def _placeholders(self) -> None:
        hints = {"full_name": "Nguyễn Thị Hoa", "cccd": self.tr("12 digits, e.g. 001190012345"),
                 "phone": "0912 345 678", "province": "Hà Nội", "commune": self.tr("e.g. Phường Ba Đình"),
                 "street": self.tr("e.g. Số 12, ngõ 5, phố Đội Cấn"), "job": self.tr("e.g. Garment worker")}
        for name, hint in hints.items():
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            editor.setPlaceholderText(hint)
        for name in _DATES:
            self.editors[name].setMaximumWidth(180)

    def _lay_out(self, person: QFormLayout, place: QFormLayout) -> None:
        right = QVBoxLayout()
        right.addLayout(place)
        right.addWidget(self.old_toggle)
        right.addWidget(self.old_box)
        right.addStretch(1)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(person, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        grid.setRowStretch(1, 1)
        self.body.addWidget(scrolled(inner), 1)

    def _connect(self) -> None:
        for name in _LINES:
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            editor.textEdited.connect(lambda _t, n=name: self.touch(n))
        for name in _DATES:
            editor = self.editors[name]
            assert isinstance(editor, OptionalDateEdit)
            editor.dateChanged.connect(lambda _d, n=name: self.touch(n))
        self.sex_combo.currentIndexChanged.connect(lambda _i: self.touch("sex"))
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.touch("grassroots_unit_id"))
        self.old_toggle.toggled.connect(self.show_old_address)
        phone = self.line("phone")
        phone.editingFinished.connect(lambda: phone.setText(normalised_phone(phone.text())))

    def line(self, name: str) -> QLineEdit:
        editor = self.editors[name]
        assert isinstance(editor, QLineEdit)
        return editor

    def date(self, name: str) -> OptionalDateEdit:
        editor = self.editors[name]
        assert isinstance(editor, OptionalDateEdit)
        return editor

    def show_old_address(self, shown: bool) -> None:
        self.old_box.setVisible(shown)
        arrow = "▾" if shown else "▸"
        self.old_toggle.setText(arrow + self.old_toggle.text()[1:])

    def load(self, content: CaseContent) -> None:
        for name in _LINES:
            self.line(name).setText(getattr(content, name))
        for name in _DATES:
            self.date(name).set_iso(getattr(content, name))
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(content.sex), 0))
        self.unit_combo.select_id(content.grassroots_unit_id or None)
        self.old_toggle.setChecked(any((content.old_province, content.old_district, content.old_commune)))
        self.mark_filled(content)

    def store(self, content: CaseContent) -> None:
        for name in _LINES:
            setattr(content, name, self.line(name).text())
        for name in _DATES:
            setattr(content, name, self.date(name).iso())
        content.sex = self.sex_combo.currentData() or ""
        content.grassroots_unit_id = self.unit_combo.current_id() or ""


class FamilyPage(HousingStepPage):
    FIELDS = ("household_size", "monthly_income", "illness", "dependants", "circumstances")

    def __init__(self, state: HousingState):
        super().__init__(state)
        self.setTitle(self.tr("The family's circumstances"))
        self.intro.setText(self.tr("What makes the family's situation hard. Describe at least one of: "
                                   "circumstances, illness or dependants. Health is sensitive personal data: "
                                   "write only what the case needs."))
        form = QFormLayout()
        self.size_edit = QLineEdit()
        self.size_edit.setPlaceholderText(self.tr("e.g. 4"))
        self.size_edit.setMaximumWidth(120)
        self.income_edit = MoneyEdit()
        self.income_edit.setPlaceholderText("4.500.000")
        self.illness_edit = QLineEdit()
        self.illness_edit.setPlaceholderText(self.tr("e.g. husband with a long-term illness, unable to work"))
        self.dependants_edit = QLineEdit()
        self.dependants_edit.setPlaceholderText(self.tr("e.g. 2 children at school, an elderly mother"))
        self.circumstances_edit = text_box(5)
        self.circumstances_edit.setPlaceholderText(
            self.tr("In plain sentences: work, debts, what happened to the house…"))
        illness_row = QWidget()
        row = QHBoxLayout(illness_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.illness_edit, 1)
        row.addWidget(sensitive_mark())
        self.add_field(form, "household_size", self.size_edit)
        self.add_field(form, "monthly_income", self.income_edit)
        self.add_field(form, "illness", illness_row)
        self.add_field(form, "dependants", self.dependants_edit)
        self.add_field(form, "circumstances", self.circumstances_edit)
        self.body.addLayout(form)
        self.body.addStretch(1)
        for name, edit in (("household_size", self.size_edit), ("monthly_income", self.income_edit),
                           ("illness", self.illness_edit), ("dependants", self.dependants_edit)):
            edit.textEdited.connect(lambda _t, n=name: self.touch(n))
        self.circumstances_edit.textChanged.connect(lambda: self.touch("circumstances"))

    def load(self, content: CaseContent) -> None:
        self.size_edit.setText(content.household_size)
        self.income_edit.setText(content.monthly_income)
        self.illness_edit.setText(content.illness)
        self.dependants_edit.setText(content.dependants)
        self.circumstances_edit.setPlainText(content.circumstances)
        self.mark_filled(content)

    def store(self, content: CaseContent) -> None:
        content.household_size = self.size_edit.text()
        content.monthly_income = self.income_edit.text()
        content.illness = self.illness_edit.text()
        content.dependants = self.dependants_edit.text()
        content.circumstances = self.circumstances_edit.toPlainText()


class DwellingPage(HousingStepPage):
    FIELDS = ("build_kind", "house_condition", "land_papers")

    def __init__(self, state: HousingState):
        super().__init__(state)
        self.setTitle(self.tr("The house"))
        self.intro.setText(self.tr("Is a new house to be built, or the present one repaired? The support "
                                   "allowed differs (the rules of {year}).").format(year=state.rules.year))
        self.kind_buttons: dict[BuildKind, QRadioButton] = {}
        group = QButtonGroup(self)
        kinds = QVBoxLayout()
        for kind in BuildKind:
            limit = fmt.money(state.rules.amount_for(kind.value))
            button = QRadioButton(self.tr("{kind} — union support up to {limit}").format(
                kind=build_kind_name(kind.value), limit=limit))
            group.addButton(button)
            kinds.addWidget(button)
            self.kind_buttons[kind] = button
            button.toggled.connect(lambda on: on and self.touch("build_kind"))
        kinds_box = QWidget()
        kinds_box.setLayout(kinds)
        kinds.setContentsMargins(0, 0, 0, 0)
        self.condition_edit = text_box(5)
        self.condition_edit.setPlaceholderText(
            self.tr("e.g. Tin roof leaking, walls cracked, floor of earth"))
        self.papers_combo = QComboBox()
        self.papers_combo.setEditable(True)
        self.papers_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.papers_combo.addItems(["", *LAND_PAPERS])
        form = QFormLayout()
        self.add_field(form, "build_kind", kinds_box)
        self.add_field(form, "house_condition", self.condition_edit)
        self.add_field(form, "land_papers", self.papers_combo,
                       extra=note(self.tr("The papers themselves are attached in the documents step; "
                                          "they are sensitive and never used for publicity."), HINT_STYLE))
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.condition_edit.textChanged.connect(lambda: self.touch("house_condition"))
        self.papers_combo.currentTextChanged.connect(lambda _t: self.touch("land_papers"))

    def load(self, content: CaseContent) -> None:
        kind = BuildKind.REPAIR if content.build_kind == BuildKind.REPAIR.value else BuildKind.NEW
        self.kind_buttons[kind].setChecked(True)
        self.condition_edit.setPlainText(content.house_condition)
        self.papers_combo.setEditText(content.land_papers)
        self.mark_filled(content)

    def store(self, content: CaseContent) -> None:
        content.build_kind = next((k.value for k, b in self.kind_buttons.items() if b.isChecked()),
                                  content.build_kind)
        content.house_condition = self.condition_edit.toPlainText()
        content.land_papers = self.papers_combo.currentText()
