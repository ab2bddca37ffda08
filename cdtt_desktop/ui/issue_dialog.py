"""Before a document is issued: which number and which date, shown as they will be printed.

The number proposed is the next free one of the unit's series for the year and kind; the officer may take
another (to keep in step with the office's paper register), but never one already given out. The date
cannot be in the future. Issuing is final, and the dialog says so before it happens.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.document_model import OfficialDocument
from cdtt_desktop.domain.messages import QT_TRANSLATE_NOOP
from cdtt_desktop.domain.official import DocKind, date_line, number_line
from cdtt_desktop.services.document_files import next_free_number, number_taken
from cdtt_desktop.services.documents import unsigned
from cdtt_desktop.services.workspace import Workspace

KIND_CONTEXT = "DocumentKinds"
KIND_NAMES = {
    DocKind.REPORT: QT_TRANSLATE_NOOP("DocumentKinds", "Report"),
    DocKind.PROPOSAL: QT_TRANSLATE_NOOP("DocumentKinds", "Proposal"),
    DocKind.RECORD: QT_TRANSLATE_NOOP("DocumentKinds", "Record"),
}
FIRST_DAY = QDate(2000, 1, 1)


def kind_name(kind: DocKind | str) -> str:
    """'Báo cáo', 'Tờ trình', 'Biên bản' (the kind's abbreviation when it is not known)."""
    try:
        return QCoreApplication.translate(KIND_CONTEXT, KIND_NAMES[DocKind(kind)])
    except ValueError:
        return str(kind)


class NumberSpinBox(QSpinBox):
    """Shows numbers below 10 with their leading zero, as they are printed (05)."""

    def textFromValue(self, value: int) -> str:
        return f"{value:02d}"


class IssueDialog(QDialog):
    """`IssueDialog(ws, document, today=…)`; after `accepted`, read `number()` and `issued_on()`."""

    def __init__(self, ws: Workspace, document: OfficialDocument, *, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.document, self.today = ws, document, today
        self.setWindowTitle(self.tr("Issue the document"))
        self._default = next_free_number(ws, today.year, document.kind)
        self._build()
        self.number_spin.valueChanged.connect(self._update)
        self.date_edit.dateChanged.connect(self._date_changed)
        self._update()

    def _build(self) -> None:
        self.subject_label = QLabel(self.document.subject)
        self.subject_label.setWordWrap(True)
        self.number_spin = NumberSpinBox()
        self.number_spin.setRange(1, 9999)
        self.number_spin.setValue(self._default)
        self.date_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(FIRST_DAY, self.date_edit.date())  # never in the future
        form = QFormLayout()
        form.addRow(self.tr("Kind"), QLabel(kind_name(self.document.kind)))
        form.addRow(self.tr("Subject"), self.subject_label)
        form.addRow(self.tr("Number"), self.number_spin)
        form.addRow(self.tr("Issue date"), self.date_edit)
        form.addRow(self.tr("Signed by"), QLabel(self.signers() or "—"))
        self.line_label = QLabel()
        self.line_label.setObjectName("printedLine")
        self.line_label.setStyleSheet("QLabel#printedLine { font-size: 12pt; font-weight: bold; padding: 6px 0; }")
        # One place for the warning (number taken) or the note (numbers skipped), with room for two lines
        # kept free, so that the dialog does not jump while the officer tries numbers.
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 4)
        explanation = QLabel(self.tr(
            "Once issued, the document is kept exactly as it is now, under this number, and it cannot be "
            "changed. If its content changes later, issuing it again takes a new number; the earlier document "
            "stays in the register."))
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(self.tr("Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (QLabel(self.tr("The document will show:")), self.line_label, self.notice_label,
                       explanation):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    # --- values -----------------------------------------------------------------------------------

    def number(self) -> int:
        return self.number_spin.value()

    def issued_on(self) -> dt.date:
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())

    def default_number(self) -> int:
        """The next free number of the series of the chosen date's year."""
        return self._default

    # --- checks -----------------------------------------------------------------------------------

    def _date_changed(self) -> None:
        """Each year has its own series: follow it, unless the officer typed a number of their own."""
        year_default = next_free_number(self.ws, self.issued_on().year, self.document.kind)
        if self.number() == self._default:
            self._default = year_default
            self.number_spin.setValue(year_default)
        self._default = year_default
        self._update()

    def printed_line(self) -> str:
        """'Số: 05/BC-CĐP — Hà Nội, ngày 05 tháng 3 năm 2026', as the document will show it."""
        kind, abbreviation = self.document.kind, self.document.issuer_abbreviation
        return f"{number_line(self.number(), kind, abbreviation)} — {date_line(self.document.place, self.issued_on())}"

    def signers(self) -> str:
        """Who signs, as printed: the parties of a record, or the authority, title and name."""
        if self.document.parties:
            return "; ".join(f"{p.label}: {p.name}" for p in self.document.parties if p.name)
        sign = self.document.signature
        return " / ".join(t for t in (sign.authority, sign.title, sign.name) if t) if sign.name else ""

    def signer_missing(self) -> bool:
        return unsigned(self.document)

    def number_is_taken(self) -> bool:
        return number_taken(self.ws, self.issued_on().year, self.document.kind, self.number())

    def _update(self) -> None:
        year, number = self.issued_on().year, self.number()
        self.line_label.setText(self.printed_line())
        taken = self.number_is_taken()
        shown = number_line(number, self.document.kind, self.document.issuer_abbreviation)
        unsigned = self.signer_missing()
        if unsigned:
            text = self.tr("The signer's name is missing. Enter it in Settings › Unit, then make the document "
                           "again: an issued document cannot be changed.")
        elif taken:
            text = self.tr("{number} of {year} is already in the register. Choose another number.").format(
                number=shown, year=year)
        else:
            text = self._gap_text(number, year)
        self.notice_label.setText(text)
        self.notice_label.setStyleSheet("color: #b00020;" if taken or unsigned else "color: #7a5a00;")
        self.issue_button.setEnabled(not taken and not unsigned)

    def _gap_text(self, number: int, year: int) -> str:
        first, last = self._default, number - 1
        if last < first:
            return ""
        if first == last:
            return self.tr("Number {first} of {year} will be left unused. Choose a later number only to keep in "
                           "step with the office's paper register.").format(first=f"{first:02d}", year=year)
        return self.tr("Numbers {first} to {last} of {year} will be left unused. Choose a later number only to "
                       "keep in step with the office's paper register.").format(
                           first=f"{first:02d}", last=f"{last:02d}", year=year)
