"""“Kirim lewat email”: save the roster (and optionally each team's SK and Surat Tugas PDFs)
into a folder (remembered for .eml drafts) and write a ready email draft (.eml, X-Unsent) with
them attached; the closing message names the draft, whose *Buka* opens it in the user's mail
program. No server and no internet are involved."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.document_service import DraftEmail
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import relabel_buttons, show_error
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.tasks import TaskSignals
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading, hint
from sistemkerja_desktop.views.teams.files import documents_folder
from sistemkerja_desktop.views.teams.labels import periode, status_label

log = logging.getLogger(__name__)

TIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_share_folder() -> Path:
    """The folder of the last email draft, else 'Dokumen/Sistem Kerja/Kiriman email'."""
    folder = output.remembered_folder("eml")
    return folder if folder != output.default_folder() else \
        documents_folder() / "Kiriman email"


class ShareDialog(QDialog):
    prepared = Signal(object)  # DraftEmail

    def __init__(self, services: Services, tim_ids: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._task: TaskSignals | None = None
        self.result_email: DraftEmail | None = None
        self.setWindowTitle(self.tr("Kirim roster lewat email"))
        self.resize(640, 470)

        intro = hint(self.tr(
            "Roster tim (Excel) — dan bila dipilih, PDF SK dan Surat Tugas — disimpan ke folder "
            "di bawah bersama draf email berisi lampiran itu. Buka draf itu di program email "
            "Anda (Outlook, Thunderbird), periksa, lalu kirim dari sana."))
        self.team_list = QListWidget()
        teams = services.teams.teams()
        chosen = set(tim_ids) or {t.id for t in teams}
        for t in teams:
            item = QListWidgetItem(f"{t.nama} — {status_label(t.status)}, "
                                   f"{periode(t.mulai, t.selesai)}")
            item.setData(TIM_ID_ROLE, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in chosen
                               else Qt.CheckState.Unchecked)
            self.team_list.addItem(item)
        self.all_button = QPushButton(self.tr("Pilih semua"))
        self.none_button = QPushButton(self.tr("Kosongkan"))
        for b in (self.all_button, self.none_button):
            b.setAutoDefault(False)
        self.pdf_check = QCheckBox(self.tr(
            "Sertakan PDF SK dan Surat Tugas (final bila sudah terbit, selain itu DRAF; "
            "tidak mengambil nomor baru)"))
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("mis. puskesmas.sukamaju@contoh.go.id "
                                                "(boleh dikosongkan)"))
        self.folder_edit = QLineEdit(str(default_share_folder()))
        self.folder_button = QPushButton(self.tr("Pilih folder…"))
        self.folder_button.setAutoDefault(False)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("<b>Tim yang dikirim</b>")), 1)
        pick.addWidget(self.all_button)
        pick.addWidget(self.none_button)
        form = QFormLayout()
        form.addRow(self.tr("Kepada"), self.to_edit)
        form.addRow(self.tr("Simpan di"), folder_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.prepare_button = self.buttons.addButton(self.tr("Siapkan email"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.prepare_button.setDefault(True)
        self.folder_open_button = self.buttons.addButton(self.tr("Buka folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_open_button.hide()
        relabel_buttons(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kirim roster lewat email"), 3))
        layout.addWidget(intro)
        layout.addLayout(pick)
        layout.addWidget(self.team_list, 1)
        layout.addWidget(self.pdf_check)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.team_list.itemChanged.connect(self._update_buttons)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.prepare_button.clicked.connect(self.prepare)
        self.folder_open_button.clicked.connect(
            lambda: output.open_path(Path(self.folder_edit.text().strip())))
        self.buttons.rejected.connect(self.reject)
        self._update_buttons()

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None,
            tim_ids: Sequence[int] = ()) -> DraftEmail | None:
        dialog = cls(services, tim_ids, parent)
        dialog.exec()
        return dialog.result_email

    # ---- public API
    def checked_ids(self) -> list[int]:
        out = []
        for i in range(self.team_list.count()):
            item = self.team_list.item(i)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(TIM_ID_ROLE)))
        return out

    def choose_folder(self) -> str:
        """Ask for a folder; '' when cancelled. Tests monkeypatch this."""
        return QFileDialog.getExistingDirectory(self, self.tr("Pilih folder"),
                                                self.folder_edit.text())

    def prepare(self) -> None:
        ids = self.checked_ids()
        folder = self.folder_edit.text().strip()
        if not ids or self._task is not None:
            return
        if not folder:
            self.error.setText(self.tr("Pilih folder tempat berkas disimpan."))
            self.error.show()
            self.folder_edit.setFocus()
            return
        self.error.hide()
        pdf, to = self.pdf_check.isChecked(), self.to_edit.text().strip()
        dokumen = self._services.dokumen
        self._task = run_output(
            self, self.tr("Menyiapkan lampiran dan draf email…"),
            lambda _p: dokumen.siapkan_email(ids, Path(folder), sertakan_pdf=pdf, kepada=to),
            on_done=self._on_task_succeeded, on_failure=self._on_task_failed)
        self.prepare_button.setText(self.tr("Menyiapkan…"))
        self._update_buttons()

    # ---- internals
    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.team_list.count()):
            item = self.team_list.item(i)
            if item is not None:
                item.setCheckState(state)

    def _update_buttons(self, *_: object) -> None:
        self.prepare_button.setEnabled(self._task is None and bool(self.checked_ids()))

    def _on_folder_button_clicked(self) -> None:
        chosen = self.choose_folder()
        if chosen:
            self.folder_edit.setText(chosen)

    def _on_task_succeeded(self, email: DraftEmail) -> None:
        self._task = None
        self.result_email = email
        log.info("Email draft written with %s attachment(s)", len(email.lampiran))
        output.remember_folder("eml", email.eml.parent)
        files = "".join(f"<li>{html.escape(p.name)}</li>" for p in email.lampiran)
        head = self.tr("Draf email “%1” tersimpan. Buka draf itu di program email Anda, "
                       "periksa, lalu kirim.")
        self.result_label.setText(
            f"<p>{html.escape(head.replace('%1', email.subjek))}</p>"
            f"<p>{html.escape(self.tr('Tersimpan di %1:').replace('%1', str(email.eml.parent)))}"
            f"</p><ul>{files}<li>{html.escape(email.eml.name)}</li></ul>")
        self.result_label.show()
        self.prepare_button.setText(self.tr("Siapkan lagi"))
        self.folder_open_button.show()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Tutup"))
        self._update_buttons()
        self.prepared.emit(email)
        output.show_output_done(self, email.eml, self.tr(
            "Draf email “%1” siap dengan %2 lampiran. Klik Buka untuk membukanya di program "
            "email Anda.").replace("%1", email.subjek).replace("%2", str(len(email.lampiran))))

    def _on_task_failed(self, exc: BaseException) -> None:
        self._task = None
        self.prepare_button.setText(self.tr("Siapkan email"))
        self._update_buttons()
        show_error(self, exc, self.tr("Email tidak dapat disiapkan"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:  # the files are being written
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._task is None:
            super().reject()
