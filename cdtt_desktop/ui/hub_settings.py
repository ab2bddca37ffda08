"""Cài đặt › Máy chủ đồng bộ: the upper level's hub address, the access token, and a connection check.

The token never goes into the settings table: it is saved through `hub_token` in the system keyring, or in
the data folder when there is no keyring, and then the page says plainly who can read it. The field stays
empty after saving, so the token is never shown again; typing a new one replaces it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdtt_desktop.domain.text import clean
from cdtt_desktop.services.hub_token import TokenLocation, load_token, save_token, token_location
from cdtt_desktop.services.workspace import Workspace
from cdtt_desktop.tasks.runner import TaskRunner

if TYPE_CHECKING:
    from cdtt_desktop.services.hub_client import HubClient

ClientFactory = Callable[[str, str], "HubClient"]
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #c25e00; font-weight: bold;"  # orange: a readable token file is a risk, not an error
OK_STYLE = "color: #1d6b25;"
HINT_STYLE = "color: #5f6368;"


def valid_hub_url(text: str) -> bool:
    """An http:// or https:// address with a host and nothing else odd (spaces, user names)."""
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return (parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in text
            and "@" not in parts.netloc and not parts.query and not parts.fragment)


def _stacked(field: QWidget, note: QLabel) -> QVBoxLayout:
    """A field with its message right below it, in the field column of the form."""
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(note)
    return column


def default_client(base_url: str, token: str) -> HubClient:
    from cdtt_desktop.services.hub_client import HubClient

    return HubClient(base_url, token, timeout=15)


class HubSettings(QWidget):
    """`load()`, `save()`, `check_connection()`, `is_modified()`; `saved` after the address or token changed."""

    saved = Signal()
    checked = Signal(bool)  # the connection check ended: True when the hub accepted the token

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None, *,
                 client_factory: ClientFactory = default_client):
        super().__init__(parent)
        self.ws, self.runner, self._client_factory = ws, runner, client_factory
        self._checking = False
        self._shown_url = ""  # the address last loaded or saved: anything else in the field is being typed
        box = QGroupBox(self.tr("Sync server of the upper level"))
        self.url_error = QLabel()
        self.url_error.setStyleSheet(ERROR_STYLE)
        self.url_error.hide()  # takes room only while it has something to say
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://dongbo.congdoan.vn")
        self.url_edit.textEdited.connect(lambda _text: self._show_url_error(""))
        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.location_label = QLabel()
        self.location_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), _stacked(self.url_edit, self.url_error))
        form.addRow(self.tr("Access token"), _stacked(self.token_edit, self.location_label))
        note = QLabel(self.tr("The upper level gives you the address and the token. When both are saved, "
                              "finished items are sent by themselves whenever the computer is online, and "
                              "the upper level's decisions, plan and rules come back."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.check_button = QPushButton(self.tr("Check connection"))
        self.check_button.clicked.connect(self.check_connection)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.status_label, 1)
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addWidget(note)
        column.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self.load()

    # --- loading --------------------------------------------------------------------------------

    def stored_url(self) -> str:
        return str(self.ws.settings["hub_url"])

    def load(self) -> None:
        """Show the stored address (unless one is being typed) and where the token is kept."""
        if clean(self.url_edit.text()) == self._shown_url:
            self._shown_url = self.stored_url()
            self.url_edit.setText(self._shown_url)
        has_token = bool(load_token(self.ws))
        self.token_edit.setPlaceholderText(
            self.tr("A token is saved; type a new one to replace it") if has_token
            else self.tr("Paste the token given by the upper level"))
        self._show_location()

    def _show_location(self) -> None:
        if token_location(self.ws) == TokenLocation.KEYRING:
            self.location_label.setText(self.tr("The token is kept in the system keyring."))
            self.location_label.setStyleSheet(HINT_STYLE)
        else:
            self.location_label.setText(self.tr("The token is kept in the data folder — anyone using this PC "
                                                "account can read it."))
            self.location_label.setStyleSheet(WARNING_STYLE)

    def is_modified(self) -> bool:
        return clean(self.url_edit.text()) != self._shown_url or bool(self.token_edit.text().strip())

    # --- saving ---------------------------------------------------------------------------------

    def typed_url(self) -> str | None:
        """The address typed, without a trailing slash; None (with the reason shown) when it is not usable."""
        url = clean(self.url_edit.text()).rstrip("/")
        if url and not valid_hub_url(url):
            self._show_url_error(self.tr("Enter an address beginning with http:// or https://, "
                                         "for example https://dongbo.congdoan.vn"))
            return None
        self._show_url_error("")
        return url

    def _show_url_error(self, text: str) -> None:
        self.url_error.setText(text)
        self.url_error.setVisible(bool(text))

    def save(self) -> bool:
        url = self.typed_url()
        if url is None:
            self.status_label.setText(self.tr("Not saved: correct the address."))
            self.status_label.setStyleSheet(ERROR_STYLE)
            return False
        self.ws.settings.save(hub_url=url)
        token = clean(self.token_edit.text())
        if token:
            save_token(self.ws, token)
            self.token_edit.clear()
        self.url_edit.setText(url)
        self._shown_url = url
        self.load()
        self.status_label.setText(self.tr("Saved."))
        self.status_label.setStyleSheet(OK_STYLE)
        self.saved.emit()
        return True

    # --- checking -------------------------------------------------------------------------------

    def check_connection(self) -> None:
        """Ask the hub who this token belongs to, in the background, with what is typed (or saved)."""
        url = self.typed_url()
        if self._checking or url is None:
            return
        token = clean(self.token_edit.text()) or load_token(self.ws) or ""
        if not url or not token:
            self._show_result(False, self.tr("Enter the server address and the access token first."))
            return
        self._checking = True
        self.check_button.setEnabled(False)
        self.status_label.setText(self.tr("Connecting…"))
        self.status_label.setStyleSheet(HINT_STYLE)
        factory = self._client_factory

        def work(_progress: Any) -> Any:
            client = factory(url, token)
            try:
                return client.whoami()
            finally:
                close = getattr(client, "close", None)
                if callable(close):
                    close()

        self.runner.run(work, self._answered, self._refused, writes=False)

    def _answered(self, who: Any) -> None:
        unit = who if isinstance(who, dict) else vars(who)
        role = self.tr("reviewer of its lower units") if unit.get("reviewer") else self.tr("sending unit")
        self._show_result(True, self.tr("Connected: {name} ({code}), {role}.").format(
            name=unit.get("name", ""), code=unit.get("code", ""), role=role))

    def _refused(self, exc: BaseException, _trace: str) -> None:
        self._show_result(False, self.error_text(exc))

    def error_text(self, exc: BaseException) -> str:
        from cdtt_desktop.services.hub_client import HubError, HubUnavailable

        if isinstance(exc, HubUnavailable):
            return self.tr("Cannot reach the server. Check the address and the Internet connection ({reason}).") \
                .format(reason=getattr(exc, "reason", str(exc)))
        if isinstance(exc, HubError) and exc.status == 401:
            return self.tr("The server does not accept this token: it is wrong or has been revoked.")
        if isinstance(exc, HubError) and exc.status == 404:
            return self.tr("No sync server answers at this address. Check the address.")
        if isinstance(exc, HubError):
            return self.tr("The server answered with an error: {detail}").format(detail=exc.detail)
        return self.tr("The check failed: {error}").format(error=str(exc) or type(exc).__name__)

    def _show_result(self, ok: bool, text: str) -> None:
        self._checking = False
        self.check_button.setEnabled(True)
        self.status_label.setText(text)
        self.status_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.checked.emit(ok)
