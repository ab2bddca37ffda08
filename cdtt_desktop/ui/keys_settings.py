"""Cài đặt › Khóa và tiếp nhận: this installation's fingerprint, the receiving role, and the keys pinned.

The fingerprint is what the officer reads to the upper level on the phone with the first bundle. A unit
that signed a bundle with another key is shown in red with both fingerprints until an officer decides:
accept the new key (after checking it by phone) or keep the old one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.services import key_admin, keys
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.exchange_labels import local_date, role_name

WARNING_STYLE = ("QFrame#offered-key { background: #fdecea; border: 2px solid #c62828; border-radius: 4px; }"
                 "QFrame#offered-key QLabel { color: #8e0000; border: none; }")


def fingerprint_font(point_size: float = 0) -> QFont:
    """A fixed-width font, so that the groups of four line up when read aloud and compared."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSizeF(point_size)
    return font


class OfferedKeyFrame(QFrame):
    """The red line of one unit that offered a new key, with the officer's two choices."""

    def __init__(self, key: keys.TrustedKey, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("offered-key")
        self.setStyleSheet(WARNING_STYLE)
        self.text_label = QLabel(self.tr(
            "<b>{unit} signed a bundle with a new key.</b> Pinned key: <tt>{pinned}</tt> — new key: "
            "<tt>{offered}</tt>. Call the unit on a number you already know and compare the new fingerprint "
            "before accepting it.").format(unit=key.unit_name, pinned=key.fingerprint,
                                           offered=key_admin.offered_fingerprint(key)))
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(self.tr("Accept new key"))
        self.keep_button = QPushButton(self.tr("Keep the old key"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)


class KeysSettings(QWidget):
    """`load()` shows what is stored; `receiving_role_changed(bool)` when the officer switches the role."""

    receiving_role_changed = Signal(bool)
    keys_changed = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.offered_frames: dict[str, OfferedKeyFrame] = {}
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.addWidget(self._own_key_box())
        self.column.addWidget(self._receiving_box())
        self.column.addWidget(self._trusted_box(), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.load()

    # --- building -------------------------------------------------------------------------------

    def _own_key_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This installation's key"))
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("own-fingerprint")
        self.fingerprint_label.setFont(fingerprint_font(15))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the fingerprint, to paste it into a message"))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        row = QHBoxLayout()
        row.addWidget(self.fingerprint_label, 1)
        row.addWidget(self.copy_button)
        note = QLabel(self.tr("When you send your first bundle, read this fingerprint to the upper level by "
                              "phone, so that they can be sure the bundle comes from you."))
        note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(note)
        return box

    def _receiving_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Receiving"))
        self.receiving_check = QCheckBox(self.tr("This office receives bundles from lower-level units"))
        self.receiving_check.toggled.connect(self._receiving_toggled)
        note = QLabel(self.tr("The “Incoming” page appears in the navigation: items grouped by sending unit, "
                              "your decisions, and the receipts that carry them back. Importing a bundle "
                              "from a lower level switches this on by itself."))
        note.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addWidget(self.receiving_check)
        column.addWidget(note)
        return box

    def _trusted_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Keys of other units"))
        self.warnings = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Role"), self.tr("Fingerprint"),
                                              self.tr("Pinned on")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(160)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for section in (1, 2, 3):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("No key is pinned yet. A unit's key is pinned when its first bundle "
                                          "is imported."))
        self.empty_label.setWordWrap(True)
        column = QVBoxLayout(box)
        column.addLayout(self.warnings)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_label)
        return box

    # --- loading --------------------------------------------------------------------------------

    def load(self) -> None:
        self.fingerprint_label.setText(keys.own_fingerprint(self.ws))
        self.receiving_check.blockSignals(True)
        self.receiving_check.setChecked(bool(self.ws.settings["receiving_role"]))
        self.receiving_check.blockSignals(False)
        trusted = keys.all_trusted(self.ws)
        self._fill_table(trusted)
        self._fill_warnings([k for k in trusted if k.offered_key])

    def _fill_table(self, trusted: list[keys.TrustedKey]) -> None:
        self.table.setRowCount(len(trusted))
        font = fingerprint_font()
        for row, key in enumerate(trusted):
            cells = (key.unit_name, role_name(key.role), key.fingerprint, local_date(key.pinned_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(trusted))
        self.empty_label.setVisible(not trusted)

    def _fill_warnings(self, offered: list[keys.TrustedKey]) -> None:
        for frame in self.offered_frames.values():
            self.warnings.removeWidget(frame)
            frame.hide()  # at once: deleteLater waits for the event loop
            frame.deleteLater()
        self.offered_frames = {}
        for key in offered:
            frame = OfferedKeyFrame(key)
            frame.accept_button.clicked.connect(lambda _=False, k=key: self.accept_offered(k.sender_id))
            frame.keep_button.clicked.connect(lambda _=False, k=key: self.keep_old(k.sender_id))
            self.warnings.addWidget(frame)
            self.offered_frames[key.sender_id] = frame

    # --- actions --------------------------------------------------------------------------------

    def copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint_label.text())

    def _receiving_toggled(self, checked: bool) -> None:
        self.ws.settings.save(receiving_role=checked)
        self.receiving_role_changed.emit(checked)

    def accept_offered(self, sender_id: str) -> None:
        """Pin the new key after one last question; the unit's next bundle then imports."""
        key = keys.trusted(self.ws, sender_id)
        if key is None or not key.offered_key:
            self.load()
            return
        answer = QMessageBox.warning(
            self, self.tr("Accept the new key?"),
            self.tr("Did the officer of {unit} read you this fingerprint on the phone?\n\n{offered}\n\nAccept it "
                    "only if every group matches.").format(unit=key.unit_name,
                                                           offered=key_admin.offered_fingerprint(key)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        key_admin.accept_offered_key(self.ws, sender_id)
        self.load()
        self.keys_changed.emit()

    def keep_old(self, sender_id: str) -> None:
        """Forget the offered key: bundles signed with it stay refused."""
        if keys.trusted(self.ws, sender_id) is not None:
            try:
                key_admin.reject_offered_key(self.ws, sender_id)
            except key_admin.NoOfferedKeyError:
                pass
        self.load()
        self.keys_changed.emit()
