"""One member's details: role, jabatan dalam tim, replacement ketua, and — for a member from
outside the unit pemilik kinerja — the approval state with its reason or approving letter."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading, hint
from sistemkerja_desktop.views.teams.labels import asal_label, peran_label, persetujuan_label
from sistemkerja_desktop.views.teams.member_model import MemberInfo


class MemberDialog(QDialog):
    def __init__(self, anggota: Anggota, info: MemberInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._anggota = anggota
        self.result_anggota: Anggota | None = None
        self.setWindowTitle(self.tr("Rincian anggota tim"))
        self.setMinimumWidth(520)

        self.peran_combo = QComboBox()
        for p in PeranTim:
            self.peran_combo.addItem(peran_label(p), p.value)
        self.jabatan_edit = QLineEdit()
        self.jabatan_edit.setPlaceholderText(self.tr("mis. Sekretaris (kosong: sesuai peran)"))
        self.pengganti_check = QCheckBox(self.tr("Ketua pengganti (kekosongan atau perpindahan)"))
        self.pengganti_edit = QLineEdit()
        self.pengganti_edit.setPlaceholderText(self.tr("Alasan penggantian"))
        self.persetujuan_combo = QComboBox()
        for p in (Persetujuan.MENUNGGU, Persetujuan.DISETUJUI, Persetujuan.DITOLAK):
            self.persetujuan_combo.addItem(persetujuan_label(p), p.value)
        self.alasan_edit = QPlainTextEdit()
        self.alasan_edit.setTabChangesFocus(True)
        self.alasan_edit.setFixedHeight(64)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Peran"), self.peran_combo)
        form.addRow(self.tr("Jabatan dalam tim"), self.jabatan_edit)
        form.addRow("", self.pengganti_check)
        form.addRow(self.tr("Alasan pengganti"), self.pengganti_edit)
        self.luar = anggota.asal is not None and anggota.asal.luar
        if self.luar:
            form.addRow(self.tr("Persetujuan"), self.persetujuan_combo)
            form.addRow(self.tr("Alasan / dasar"), self.alasan_edit)
            form.addRow("", hint(self.tr(
                "Anggota dari luar unit pemilik kinerja ikut serta setelah disetujui. Catat "
                "surat atau keputusan persetujuannya, atau alasan penolakan.")))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(buttons)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(info.nama, 2))
        details = " · ".join(x for x in (info.nip_tampil, info.jabatan, info.unit,
                                         asal_label(anggota.asal)) if x)
        layout.addWidget(hint(details))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.peran_combo.setCurrentIndex(self.peran_combo.findData(anggota.peran.value))
        self.jabatan_edit.setText(anggota.jabatan_dalam_tim)
        self.pengganti_check.setChecked(anggota.pengganti)
        self.pengganti_edit.setText(anggota.alasan_pengganti)
        status = anggota.persetujuan or Persetujuan.MENUNGGU
        index = self.persetujuan_combo.findData(status.value)
        self.persetujuan_combo.setCurrentIndex(max(index, 0))
        self.alasan_edit.setPlainText(anggota.alasan_persetujuan)
        self.peran_combo.currentIndexChanged.connect(self._update_enabled)
        self.pengganti_check.toggled.connect(self._update_enabled)
        self._update_enabled()

    @classmethod
    def ask(cls, parent: QWidget | None, anggota: Anggota, info: MemberInfo) -> Anggota | None:
        dialog = cls(anggota, info, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_anggota
        return None

    def value(self) -> Anggota:
        peran = PeranTim(self.peran_combo.currentData())
        ketua = peran is PeranTim.KETUA
        pengganti = ketua and self.pengganti_check.isChecked()
        changes: dict[str, object] = {
            "peran": peran, "jabatan_dalam_tim": self.jabatan_edit.text().strip(),
            "pengganti": pengganti,
            "alasan_pengganti": self.pengganti_edit.text().strip() if pengganti else ""}
        if self.luar:
            changes.update(persetujuan=Persetujuan(self.persetujuan_combo.currentData()),
                           alasan_persetujuan=self.alasan_edit.toPlainText().strip())
        return dataclasses.replace(self._anggota, **changes)  # type: ignore[arg-type]

    def _update_enabled(self, *_: object) -> None:
        ketua = self.peran_combo.currentData() == PeranTim.KETUA.value
        self.pengganti_check.setEnabled(ketua)
        self.pengganti_edit.setEnabled(ketua and self.pengganti_check.isChecked())

    def _on_buttons_accepted(self) -> None:
        value = self.value()
        if (self.luar and value.persetujuan in (Persetujuan.DISETUJUI, Persetujuan.DITOLAK)
                and not value.alasan_persetujuan):
            self.error.setText(self.tr("Sebutkan dasar persetujuan atau alasan penolakan."))
            self.error.show()
            self.alasan_edit.setFocus()
            return
        self.result_anggota = value
        self.accept()
