"""*Berkas › Buka server PostgreSQL…* (issue #12): the office database on a shared server.

Asks for the server, port, database, user and password, and gives back the database's address
(`services.data_file_service.server_address`), which the window controller opens like a data
file (`FileAction.BUKA`): the same migrations, and a failure to connect explained in Indonesian
naming server, database and user. The server, port, database and user are remembered in this
user's settings for next time; the password never is (it lives in memory while the database is
open; it may also come from $PGPASSWORD or the user's `.pgpass`, then the field stays empty).
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.services.data_file_service import server_address
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.settings_store import app_settings
from sistemkerja_desktop.views.common.widgets import FieldErrors, heading, hint

log = logging.getLogger(__name__)

_KEYS = {"host": "server/host", "port": "server/port", "database": "server/basis_data",
         "user": "server/pengguna"}
DEFAULT_PORT = 5432


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some locked-down Windows set-ups
        return ""


class BukaServerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: Path | None = None
        self.setWindowTitle(self.tr("Buka server PostgreSQL"))
        self.setMinimumWidth(520)

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("mis. 192.168.1.10 atau server-kantor"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setMaximumWidth(120)
        self.database_edit = QLineEdit()
        self.database_edit.setPlaceholderText(self.tr("mis. dinkes"))
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("kosongkan bila memakai .pgpass"))

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Basis data"), self.database_edit)
        form.addRow(self.tr("Pengguna"), self.user_edit)
        form.addRow(self.tr("Kata sandi"), self.password_edit)
        form.addRow("", hint(self.tr(
            "Kata sandi tidak disimpan: diminta lagi setiap kali server dibuka.")))

        self.error_banner = QLabel()
        self.errors = FieldErrors(self.error_banner)
        self.errors.register("server", self.tr("Server"), self.host_edit)
        self.errors.register("port", self.tr("Port"), self.port_spin)
        self.errors.register("basis_data", self.tr("Basis data"), self.database_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Data kantor di server bersama"), 2))
        layout.addWidget(hint(self.tr(
            "Beberapa pengguna dapat bekerja pada data yang sama sekaligus. Basis datanya dibuat "
            "oleh admin server; saat dibuka pertama kali aplikasi mengisi strukturnya. "
            "Cadangan data di server dibuat oleh admin server.")))
        layout.addLayout(form)
        layout.addWidget(self.error_banner)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        settings = app_settings()
        self.host_edit.setText(str(settings.value(_KEYS["host"], "") or ""))
        try:
            port = int(str(settings.value(_KEYS["port"], DEFAULT_PORT) or DEFAULT_PORT))
        except ValueError:
            port = DEFAULT_PORT
        self.port_spin.setValue(port if 0 < port < 65536 else DEFAULT_PORT)
        self.database_edit.setText(str(settings.value(_KEYS["database"], "") or ""))
        self.user_edit.setText(str(settings.value(_KEYS["user"], "") or "") or _os_user())
        first_empty = next((w for w in (self.host_edit, self.database_edit, self.password_edit)
                            if not w.text()), self.password_edit)
        first_empty.setFocus()

    def _save(self) -> None:
        settings = app_settings()
        settings.setValue(_KEYS["host"], self.host_edit.text().strip())
        settings.setValue(_KEYS["port"], self.port_spin.value())
        settings.setValue(_KEYS["database"], self.database_edit.text().strip())
        settings.setValue(_KEYS["user"], self.user_edit.text().strip())

    def _on_buttons_accepted(self) -> None:
        try:
            self.target = server_address(
                self.host_edit.text(), self.database_edit.text(), port=self.port_spin.value(),
                user=self.user_edit.text(), password=self.password_edit.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self._save()
        log.info("Server database chosen")  # no address: it may name people's machines
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Path | None:
        """The chosen server database's address (to open like a data file), or None."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.target
