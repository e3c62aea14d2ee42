"""The connection dialog: host, port, database, user, encryption; a test that runs off
the UI thread; the URL kept in the settings without its password, the password only in
the system keyring (when asked) or in ~/.pgpass."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.db_url import DEFAULT_PORT, ServerAddress
from minutes_app.domain.messages import Message
from minutes_app.services import shared_db
from minutes_app.services.shared_address import SETTINGS_KEY, saved_address
from minutes_app.ui.i18n import current_language, failure_text
from minutes_app.ui.widgets import named
from minutes_app.ui.worker import run_job

SSL_MODES = ("", "disable", "prefer", "require", "verify-ca", "verify-full")


class SharedDatabaseDialog(QDialog):
    """Emits `chosen(url)` (with the password, in memory only) when the user connects."""

    chosen = Signal(str)
    tested = Signal(bool, str)  # the result of a test, once shown (tests wait on it)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("sharedDatabaseDialog")
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self._build()
        self._fill(saved_address(settings.value(SETTINGS_KEY)))

    def _build(self) -> None:
        self.host = named(QLineEdit(), "hostEdit")
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = named(QSpinBox(), "portEdit")
        self.port.setRange(1, 65535)
        self.database = named(QLineEdit(), "databaseEdit")
        self.user = named(QLineEdit(), "userEdit")
        self.password = named(QLineEdit(), "passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from ~/.pgpass or the keyring"))
        self.remember = named(QCheckBox(self.tr("Keep the password in the system keyring")),
                              "rememberCheck")  # fmt: skip
        self.remember.setEnabled(shared_db.keyring_available())
        if not self.remember.isEnabled():
            self.remember.setToolTip(self.tr("Install the keyring package to keep it there"))
        self.ssl = named(QComboBox(), "sslCombo")
        labels = (self.tr("Default (prefer)"), self.tr("Off"), self.tr("If the server offers it"),
                  self.tr("Required"), self.tr("Required, certificate checked"),
                  self.tr("Required, certificate and name checked"))  # fmt: skip
        for mode, label in zip(SSL_MODES, labels, strict=True):
            self.ssl.addItem(label, mode)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        form.addRow(self.tr("Encryption (SSL)"), self.ssl)
        self.status = named(QLabel(), "statusLabel")
        self.status.setWordWrap(True)
        self.test_button = named(QPushButton(self.tr("Test connection")), "testButton")
        self.test_button.clicked.connect(self.test)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.addButton(self.tr("Connect"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.connect_button.setObjectName("connectButton")
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.connect_now)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _fill(self, address: ServerAddress | None) -> None:
        self.port.setValue(address.port if address else DEFAULT_PORT)
        self.host.setText(address.host if address else "")
        self.database.setText(address.database if address else "minutes")
        self.user.setText(address.user if address else "")
        self.ssl.setCurrentIndex(max(0, self.ssl.findData(address.sslmode if address else "")))

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(),
            sslmode=str(self.ssl.currentData() or ""),
        )  # fmt: skip

    def _missing(self) -> str:
        a = self.address()
        if not a.host:
            return self.tr("Give the server's name or address.")
        if not a.database:
            return self.tr("Give the database's name.")
        return ""

    def test(self) -> None:
        missing = self._missing()
        if missing:
            self._show(False, missing)
            return
        address, password = self.address(), self.password.text() or None
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Connecting to %1…").replace("%1", address.label))
        run_job(lambda: shared_db.try_connection(address, password),
                lambda result: self._show(result.ok, _said(result.said)),
                lambda exc: self._show(False, failure_text(exc)))  # fmt: skip

    def _show(self, ok: bool, message: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(("✔ " if ok else "✘ ") + message)
        self.tested.emit(ok, message)

    def connect_now(self) -> None:
        missing = self._missing()
        if missing:
            self._show(False, missing)
            return
        address, password = self.address(), self.password.text()
        if password and self.remember.isChecked():
            shared_db.remember_password(address, password)
        url = shared_db.url_for(address, password or None)
        self.settings.setValue(SETTINGS_KEY, shared_db.stored_url(url))
        self.chosen.emit(url)
        self.accept()


def _said(said: Message | str) -> str:
    """What the connection test found, in the window's language."""
    return said.render(current_language()) if isinstance(said, Message) else said
