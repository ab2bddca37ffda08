"""The loud warning shown when a unit signs a bundle with a key other than the one pinned for it.

A reinstalled computer makes a new key, and so would someone pretending to be the unit: only a phone call
to a number already known tells them apart. The dialog shows both fingerprints side by side and leaves
"Cancel" as the default; accepting imports the bundle again with the new key pinned.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from cdtt_desktop.services import keys
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.ui.keys_settings import fingerprint_font


@dataclass(frozen=True)
class KeyChange:
    unit_name: str
    sender_id: str
    pinned: str  # fingerprints
    offered: str

    @classmethod
    def of(cls, ws: Workspace, path: Path) -> KeyChange:
        """Read who signed the bundle at `path` and what key is pinned for them (in a background task)."""
        from cdtt_desktop.services.bundle_read import read_bundle

        with read_bundle(path) as bundle:
            sender = bundle.manifest.sender
        known = keys.trusted(ws, sender.unit_id)
        pinned = known.fingerprint if known else ""
        return cls(sender.unit_name, sender.unit_id, pinned, keys.fingerprint(sender.public_key))


class KeyChangedDialog(QDialog):
    """Both fingerprints, what to do, and the explicit choice; `accepted` means "accept the new key"."""

    def __init__(self, change: KeyChange, parent: QWidget | None = None):
        super().__init__(parent)
        self.change = change
        self.setWindowTitle(self.tr("Warning: the unit's key has changed"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        banner = QLabel(self.tr("{unit} signed this bundle with a different key").format(unit=change.unit_name))
        banner.setObjectName("key-banner")
        banner.setWordWrap(True)
        banner.setStyleSheet("QLabel#key-banner { background: #c62828; color: white; font-size: 13pt; "
                             "font-weight: bold; padding: 10px; border-radius: 4px; }")
        self.body_label = QLabel(self.tr(
            "The key of {unit} is not the one pinned when its first bundle arrived. This happens when the unit "
            "reinstalled CĐTT Desktop or changed computer — and also when someone else pretends to be the unit."
            "\n\nCall the officer of {unit} on a phone number you already know and ask them to read the "
            "fingerprint shown in their Settings › Keys and receiving. Accept the new key only if every group "
            "matches.").format(unit=change.unit_name))
        self.body_label.setWordWrap(True)
        form = QFormLayout()
        for caption, value in ((self.tr("Pinned key"), change.pinned), (self.tr("Key in this bundle"), change.offered)):
            shown = QLabel(value)
            shown.setFont(fingerprint_font(13))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, shown)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(self.tr("Accept the new key"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.body_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
