"""The own-unit form and the signer form, shared by the set-up wizard and the Settings page.

Each form checks itself with the domain rules and shows a problem under the field it
belongs to. A field shows its problem only once it has been edited (or after a failed
save), so that an empty form does not open covered in red.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.messages import Problem
from cdtt_desktop.domain.text import clean
from cdtt_desktop.domain.units import OwnUnitSetup, validate_setup
from cdtt_desktop.formatting import document_date

ERROR_STYLE = "color: #b00020;"
SIGNER_TITLES = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "TRƯỞNG BAN TUYÊN GIÁO")
SIGNING_FORMS = ("TM. BAN THƯỜNG VỤ", "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH", "TL. CHỦ TỊCH", "")


def render_problem(problem: Problem) -> str:
    """A rule's message in the interface language, placeholders filled."""
    return problem.render(QCoreApplication.translate)


def set_if_changed(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _blank_setup(values: dict[str, str]) -> OwnUnitSetup:
    fields = {"unit_name": "", "parent_name": "", "abbreviation": "", "place_name": ""}
    fields.update(values)
    return OwnUnitSetup(**fields).cleaned()


def align_captions(*forms: FieldForm) -> None:
    """Give forms shown one above the other the same caption column."""
    width = max(form.caption_width() for form in forms)
    for form in forms:
        for caption in form.captions:
            caption.setMinimumWidth(width)


class FieldForm(QWidget):
    """Editors by field name, each with a message label under it. Subclasses add the rows and texts."""

    changed = Signal()
    FIELDS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._editors: dict[str, QLineEdit | QComboBox] = {}
        self._errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._loaded: dict[str, str] | None = None  # None until set_values()
        self.captions: list[QLabel] = []

    def add_field(self, name: str, label: str, editor: QLineEdit | QComboBox, placeholder: str = "") -> None:
        editor.setObjectName(name)
        error = QLabel()
        error.setObjectName(f"{name}_error")
        error.setWordWrap(True)
        error.setProperty("role", "error")
        error.hide()
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.captions.append(caption)
        self.form.addRow(caption, cell)
        line = editor if isinstance(editor, QLineEdit) else editor.lineEdit()
        line.setPlaceholderText(placeholder)
        line.textEdited.connect(lambda _text, n=name: self._edited(n))
        # Signal to signal: no Python runs per keystroke unless something listens.
        if isinstance(editor, QComboBox):
            editor.activated.connect(lambda _index, n=name: self._edited(n))
            editor.currentTextChanged.connect(self.changed)
        else:
            editor.textChanged.connect(self.changed)
        self._editors[name] = editor
        self._errors[name] = error

    def caption_width(self) -> int:
        return max((caption.sizeHint().width() for caption in self.captions), default=0)

    @staticmethod
    def combo(choices: tuple[str, ...]) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.addItems(list(choices))
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return box

    # --- values ---------------------------------------------------------------------------------

    def editor(self, name: str) -> QLineEdit | QComboBox:
        return self._editors[name]

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def text(self, name: str) -> str:
        editor = self._editors[name]
        return editor.text() if isinstance(editor, QLineEdit) else editor.currentText()

    def values(self) -> dict[str, str]:
        """What is typed, cleaned as every input is (NFC, Ð→Đ, trimmed)."""
        return {name: clean(self.text(name)) for name in self.FIELDS}

    def set_values(self, setup: OwnUnitSetup) -> None:
        """Load stored values; the form counts as unmodified afterwards."""
        for name in self.FIELDS:
            editor, value = self._editors[name], str(getattr(setup, name))
            if isinstance(editor, QLineEdit):
                editor.setText(value)
            else:
                editor.setEditText(value)
        self._loaded = self.values()
        self._touched.clear()
        self.show_problems([])

    def is_modified(self) -> bool:
        if self._loaded is None:  # never loaded (a wizard page not reached yet)
            return bool(self._touched)
        return self.values() != self._loaded

    def mark_saved(self) -> None:
        self._loaded = self.values()

    # --- checking -------------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """The domain's problems with this form's fields."""
        return [p for p in validate_setup(_blank_setup(self.values())) if p.field in self.FIELDS]

    def check(self, *, show_all: bool = False) -> bool:
        """Show the current problems (of edited fields, or all); True when there are none."""
        if show_all:
            self._touched.update(self.FIELDS)
        found = self.problems()
        self.show_problems(found)
        return not found

    def show_problems(self, problems: list[Problem]) -> None:
        """Show each problem under its field; a problem from a failed save counts as edited."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            if problem.field in self._errors:
                by_field.setdefault(problem.field, []).append(render_problem(problem))
        for name, label in self._errors.items():
            text = "\n".join(by_field.get(name, [])) if name in self._touched else ""
            if label.text() != text:  # touch only what changes: this runs on every keystroke
                label.setText(text)
            if label.isHidden() == bool(text):
                label.setVisible(bool(text))

    def show_save_problems(self, problems: list[Problem]) -> None:
        self._touched.update(p.field for p in problems if p.field in self._errors)
        self.show_problems(problems)

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self.check()


class UnitForm(FieldForm):
    """The own unit: name, parent body, abbreviation, place name, address, with a header preview."""

    FIELDS = ("unit_name", "parent_name", "abbreviation", "place_name", "address")

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.today = today or dt.date.today()
        self.add_field("unit_name", self.tr("Your unit *"), QLineEdit(), "Công đoàn phường Ba Đình")
        self.add_field("parent_name", self.tr("Parent body *"), QLineEdit(),
                       "Liên đoàn Lao động thành phố Hà Nội")
        self.add_field("abbreviation", self.tr("Abbreviation for document numbers *"), QLineEdit(), "CĐP")
        self.add_field("place_name", self.tr("Place name for the date line *"), QLineEdit(), "Hà Nội")
        self.add_field("address", self.tr("Address"), QLineEdit(), "Số 1 phố Đội Cấn, phường Ba Đình, Hà Nội")
        abbreviation = self._editors["abbreviation"]
        assert isinstance(abbreviation, QLineEdit)
        abbreviation.textEdited.connect(self._uppercase_abbreviation)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        box = QGroupBox(self.tr("How your documents will start"))
        QVBoxLayout(box).addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(box)
        self.changed.connect(self.update_preview)
        self.update_preview()

    def _uppercase_abbreviation(self, text: str) -> None:
        editor = self._editors["abbreviation"]
        assert isinstance(editor, QLineEdit)
        if text != text.upper():
            position = editor.cursorPosition()
            editor.setText(text.upper())
            editor.setCursorPosition(position)

    def update_preview(self) -> None:
        """The document header as NĐ 30/2020 lays it out (document text is always Vietnamese)."""
        v = self.values()
        parent = escape(v["parent_name"].upper() or "LIÊN ĐOÀN LAO ĐỘNG …")
        unit = escape(v["unit_name"].upper() or "CÔNG ĐOÀN …")
        number = escape(f"Số: 01/BC-{v['abbreviation'] or '…'}")
        date_line = escape(document_date(self.today, v["place_name"] or "…"))
        set_if_changed(self.preview, (
            "<table width='100%' cellspacing='0'><tr>"
            f"<td align='center' width='45%'>{parent}<br><b>{unit}</b><hr width='30%'>{number}</td>"
            "<td align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>"
            f"<b>Độc lập - Tự do - Hạnh phúc</b><hr width='50%'><i>{date_line}</i></td>"
            "</tr></table>"
        ))


class SignerForm(FieldForm):
    """Who signs documents (authority, title, name) and the officer's own name."""

    FIELDS = ("officer_name", "signer_name", "signer_title", "signing_authority")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.add_field("officer_name", self.tr("Your own name"), QLineEdit(), "Nguyễn Thị Hoa")
        self.add_field("signer_name", self.tr("Signer's full name"), QLineEdit(), "Trần Văn Bình")
        self.add_field("signer_title", self.tr("Signer's title"), self.combo(SIGNER_TITLES), "CHỦ TỊCH")
        self.add_field("signing_authority", self.tr("Signing form"), self.combo(SIGNING_FORMS),
                       "TM. BAN THƯỜNG VỤ")
        note = QLabel(self.tr("Your name is recorded with every change you make. The signing form goes "
                              "above the title: TM. signs for a collective body, KT. for the head."))
        note.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        box = QGroupBox(self.tr("How the signature block will look"))
        QVBoxLayout(box).addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(box)
        self.changed.connect(self.update_preview)
        self.update_preview()

    def update_preview(self) -> None:
        v = self.values()
        lines = [f"<b>{escape(v['signing_authority'].upper())}</b>"] if v["signing_authority"] else []
        lines.append(f"<b>{escape(v['signer_title'].upper() or '…')}</b>")
        lines.append("<br>")
        lines.append(f"<b>{escape(v['signer_name'] or '…')}</b>")
        set_if_changed(self.preview, "<div align='center'>" + "<br>".join(lines) + "</div>")
