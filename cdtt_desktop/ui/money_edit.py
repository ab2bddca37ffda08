"""A field for an amount of whole đồng, typed the Vietnamese way ("60.000.000", "60000000", "60 000 000").

What is typed is kept as typed (the rules read it and say what is wrong with it); on
leaving the field a readable amount is regrouped with dots, so "60000000" becomes
"60.000.000" and a zero too many is easy to see. `amount_words` under it reads the
amount in words, as accounting papers write it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cdtt_desktop.domain import values as v
from cdtt_desktop.domain.money_words import MAX_AMOUNT, amount_in_words

WORDS_STYLE = "color: #16365c; font-style: italic;"


def grouped(amount: int) -> str:
    """60000000 → '60.000.000', the form the rules read back whatever the interface language."""
    return f"{amount:,}".replace(",", ".")


class MoneyEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("60.000.000")
        self.setMaximumWidth(200)
        self.editingFinished.connect(self.regroup)

    def amount(self) -> int | None:
        """The amount typed, or None when it is empty or not a whole number of đồng."""
        value, problem = v.parse_count(self.text(), "amount")
        return None if problem else value

    def set_amount(self, amount: int | None) -> None:
        self.setText("" if amount is None else grouped(amount))

    def regroup(self) -> None:
        value = self.amount()
        if value is not None and self.text() != grouped(value):
            self.setText(grouped(value))


def amount_words(amount: int | None) -> str:
    """The amount in words ("Sáu mươi triệu đồng"), or '' when there is none to read."""
    if amount is None or amount < 0 or amount > MAX_AMOUNT:
        return ""
    return amount_in_words(amount)


class AmountWordsLabel(QLabel):
    """Reads an amount in words under a money field ("Bằng chữ: …" is added by whoever shows it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(WORDS_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_amount(self, amount: int | None) -> None:
        self.setText(amount_words(amount))
        self.setVisible(bool(self.text()))  # no empty line under an empty field
