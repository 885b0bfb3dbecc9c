"""An interrupted issuance (issue #8): its number is reserved in the register as *belum
selesai*. Two actions, shared by the register (Pengaturan naskah dinas → Penomoran) and the
team's documents tab: *Lanjutkan penerbitan…* (the PDF again with the same number and date) and
*Batalkan nomor…* (a required reason; the number is never given again). `ReservasiBox` shows a
team's unfinished issuances with both actions."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.document_service import HasilCetak
from sistemkerja_desktop.services.naskah_settings import RegisterRow, StatusNomor
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import relabel_buttons, show_error
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.tasks import TaskSignals
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.teams.labels import naskah_label, tanggal_pendek

log = logging.getLogger(__name__)

_CTX = "Teams.NomorActions"
TERTUNDA_COLOUR = "#9a5b00"
STATUS_COLOURS = {StatusNomor.BELUM_SELESAI: QColor(TERTUNDA_COLOUR),
                  StatusNomor.TERBIT: QColor("#2e6b30"), StatusNomor.BATAL: QColor("#9b1c1c")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: StatusNomor) -> str:
    return {StatusNomor.BELUM_SELESAI: _tr("Belum selesai"), StatusNomor.TERBIT: _tr("Terbit"),
            StatusNomor.BATAL: _tr("Batal")}[status]


def can_resume(row: RegisterRow | None) -> bool:
    return row is not None and row.status is StatusNomor.BELUM_SELESAI


def can_void(row: RegisterRow | None) -> bool:
    """Unfinished, or recorded by hand without a document; an issued SK/ST is not voided."""
    return row is not None and (row.status is StatusNomor.BELUM_SELESAI or (
        row.status is StatusNomor.TERBIT and not row.dipakai_dokumen))


def _describe(row: RegisterRow) -> str:
    return f"{row.nomor} ({naskah_label(row.jenis)}, {tanggal_pendek(row.tanggal)})"


class AlasanBatalDialog(QDialog):
    """Asks the reason a number is voided; "Batalkan nomor" stays disabled until one is typed."""

    def __init__(self, row: RegisterRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batalkan nomor"))
        self.setMinimumWidth(460)
        text = QLabel(self.tr("Nomor <b>%1</b> dibatalkan: tetap tercatat di register dengan "
                              "alasannya dan tidak akan diberikan kepada naskah lain.")
                      .replace("%1", _describe(row)))
        text.setWordWrap(True)
        self.alasan_edit = QLineEdit()
        self.alasan_edit.setPlaceholderText(self.tr("Alasan pembatalan (wajib)"))
        self.alasan_edit.setMaxLength(500)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Batalkan nomor"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if row.berkas and Path(row.berkas).exists():
            layout.addWidget(hint(self.tr("Berkas %1 memuat nomor ini; setelah dibatalkan, "
                                          "jangan dipakai.").replace("%1", row.berkas)))
        layout.addWidget(self.alasan_edit)
        layout.addWidget(self.buttons)
        self.alasan_edit.textChanged.connect(
            lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def alasan(self) -> str:
        return self.alasan_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, row: RegisterRow) -> str | None:
        dialog = cls(row, parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.alasan())
        return dialog.alasan() if ok else None


def batalkan(parent: QWidget, services: Services, row: RegisterRow) -> Changes | None:
    """Ask the reason and void the number; None when cancelled or refused (the error shown)."""
    alasan = AlasanBatalDialog.ask(parent, row)
    if alasan is None:
        return None
    try:
        _, changes = services.naskah.batalkan_nomor(row.nomor, alasan)
    except SistemKerjaError as exc:
        show_error(parent, exc, _tr("Nomor tidak dapat dibatalkan"))
        return None
    log.info("Number voided (register #%s)", row.id)
    return changes


def lanjutkan(parent: QWidget, services: Services, row: RegisterRow,
              finished: Callable[[HasilCetak | None], None]) -> TaskSignals | None:
    """Choose the file, then write the PDF with the reserved number off the GUI thread;
    `finished(result)` afterwards (None on failure, the error shown)."""
    name = Path(row.berkas).name if row.berkas else "naskah.pdf"
    path = output.choose_output_path(parent, "pdf", _tr("Lanjutkan penerbitan %1")
                                     .replace("%1", row.nomor), name,
                                     protected=(services.db_path,))
    if path is None:
        return None

    def done(result: HasilCetak) -> None:
        finished(result)
        output.show_output_done(parent, result.berkas, _tr(
            "%1 diterbitkan dengan nomor %2.").replace("%1", naskah_label(result.jenis))
            .replace("%2", result.nomor))

    def failed(exc: BaseException) -> None:
        finished(None)
        show_error(parent, exc, _tr("Penerbitan tidak dapat dilanjutkan"))

    return run_output(parent, _tr("Menerbitkan nomor %1…").replace("%1", row.nomor),
                      lambda _progress: services.dokumen.lanjutkan(row.nomor, path),
                      on_done=done, on_failure=failed)


class ReservasiBox(QGroupBox):
    """The open team's unfinished issuances, with *Lanjutkan penerbitan…* and *Batalkan
    nomor…*; hidden when there are none."""

    changed = Signal(object)  # Changes: an issuance finished or a number voided

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rows: list[RegisterRow] = []
        self._task: TaskSignals | None = None
        self.setTitle(self.tr("Penerbitan belum selesai"))
        self.setStyleSheet(f"QGroupBox {{ color: {TERTUNDA_COLOUR}; font-weight: bold; }}")
        self.text = QLabel(self.tr(
            "Nomor ini sudah dipesan di register, tetapi naskahnya belum selesai diterbitkan "
            "(aplikasi tertutup, disk penuh …). Lanjutkan dengan nomor dan tanggal yang sama, "
            "atau batalkan nomornya dengan alasan."))
        self.text.setWordWrap(True)
        self.text.setStyleSheet("color: #333; font-weight: normal;")
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("font-weight: normal;")
        self.resume_button = QPushButton(self.tr("Lanjutkan penerbitan…"))
        self.void_button = QPushButton(self.tr("Batalkan nomor…"))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.void_button.clicked.connect(self._on_void_button_clicked)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.setVisible(False)

    def set_rows(self, rows: Sequence[RegisterRow]) -> None:
        self._rows = [r for r in rows if r.status is StatusNomor.BELUM_SELESAI]
        self.list.clear()
        for r in self._rows:
            item = QListWidgetItem(self.tr("%1 — belum selesai").replace("%1", _describe(r)))
            item.setForeground(QBrush(STATUS_COLOURS[r.status]))
            item.setToolTip(r.perihal)
            self.list.addItem(item)
        if self._rows:
            self.list.setCurrentRow(0)
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * min(len(self._rows), 3)
                                     + 2 * self.list.frameWidth() + 4)
        self.setVisible(bool(self._rows))
        self._update_buttons()

    def set_team(self, tim_id: int) -> None:
        rows: list[RegisterRow] = []
        if tim_id:
            try:
                rows = self._services.dokumen.reservasi(tim_id)
            except SistemKerjaError as exc:
                log.info("Reservations unavailable: %s", exc.code)
        self.set_rows(rows)

    def current(self) -> RegisterRow | None:
        i = self.list.currentRow()
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def _update_buttons(self) -> None:
        row = self.current()
        self.resume_button.setEnabled(self._task is None and can_resume(row))
        self.void_button.setEnabled(self._task is None and can_void(row))

    def _on_resume_button_clicked(self) -> None:
        row = self.current()
        if row is not None and self._task is None:
            self._task = lanjutkan(self, self._services, row, self._on_resumed)
            self._update_buttons()

    def _on_resumed(self, result: HasilCetak | None) -> None:
        self._task = None
        self._update_buttons()
        if result is not None:
            self.changed.emit(result.changes)

    def _on_void_button_clicked(self) -> None:
        row = self.current()
        changes = batalkan(self, self._services, row) if row is not None else None
        if changes is not None:
            self.changed.emit(changes)
