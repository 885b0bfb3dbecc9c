"""Setujui / Tolak an outside member: the approving letter (optional) or the reason of the refusal
(required). The seeds assign an outside person only after the request is approved, and a refusal
comes with its reason (KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d; BT Lampiran II
C.1)(3) d; PS II.B.2.a a)2 d)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading
from sistemkerja_desktop.views.teams.dialog_fit import fit_height_later
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint


class PersetujuanDialog(QDialog):
    def __init__(self, nama: str, persetujuan: Persetujuan, teks: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tolak = persetujuan is Persetujuan.DITOLAK
        self.setWindowTitle(self.tr("Tolak anggota") if self.tolak
                            else self.tr("Setujui anggota"))
        self.setMinimumWidth(480)
        title = (self.tr("Tolak %1 sebagai anggota tim") if self.tolak
                 else self.tr("Setujui %1 sebagai anggota tim")).replace("%1", nama)
        self.label = QLabel(self.tr("Alasan penolakan (wajib)") if self.tolak
                            else self.tr("Dasar persetujuan / nomor surat (opsional)"))
        self.edit = QPlainTextEdit(teks)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(64)
        self.edit.setPlaceholderText(
            self.tr("mis. pegawai sedang menjalankan tugas lain di unit asalnya") if self.tolak
            else self.tr("mis. Nota Dinas Kepala Bidang Kesehatan Masyarakat Nomor 800/12/2026"))
        self.note = FittedHint(
            self.tr("Anggota yang ditolak tetap tampil di daftar anggota dengan alasannya, "
                    "tetapi tidak dicantumkan dalam naskah (SK/Surat Tugas).") if self.tolak
            else self.tr("Anggota yang disetujui dicantumkan dalam SK/Surat Tugas."))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Tolak") if self.tolak else self.tr("Setujui"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1))
        layout.addSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_later(self)

    def text(self) -> str:
        return " ".join(self.edit.toPlainText().split())

    def submit(self) -> bool:
        if self.tolak and not self.text():
            self.error.setText(self.tr("Alasan penolakan wajib diisi."))
            self.error.show()
            self.edit.setFocus()
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, nama: str, persetujuan: Persetujuan,
            teks: str = "") -> str | None:
        """The reason or letter entered, or None when cancelled."""
        dialog = cls(nama, persetujuan, teks, parent)
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
