"""One member's details: role, jabatan dalam tim, replacement ketua, the acting ketua (Pekalongan
Pasal 29) and — for a member from outside the unit pemilik kinerja — the approval state with the
approving letter (optional) or the reason of a refusal (required)."""

from __future__ import annotations

import dataclasses

from PySide6.QtGui import QShowEvent
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

from sistemkerja_desktop.domain.profiles.base import KetuaSementara
from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading
from sistemkerja_desktop.views.teams.dialog_fit import fit_height_later
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint
from sistemkerja_desktop.views.teams.labels import asal_label, peran_label, persetujuan_label
from sistemkerja_desktop.views.teams.member_model import MemberInfo

SEMENTARA = "sementara"  # the peran combo's data for the acting ketua


class MemberDialog(QDialog):
    """`sementara`: the profile's acting-ketua rule (`profile.ketua.sementara`); the role
    "Ketua Kelompok Kerja (squad) sementara" is offered only when it is given."""

    def __init__(self, anggota: Anggota, info: MemberInfo, parent: QWidget | None = None, *,
                 sementara: KetuaSementara | None = None) -> None:
        super().__init__(parent)
        self._anggota = anggota
        self.result_anggota: Anggota | None = None
        self.setWindowTitle(self.tr("Rincian anggota tim"))
        self.setMinimumWidth(560)

        self.peran_combo = QComboBox()
        for p in PeranTim:
            self.peran_combo.addItem(peran_label(p), p.value)
        if sementara is not None or anggota.sementara:
            self.peran_combo.addItem(self.tr("Ketua Kelompok Kerja (squad) sementara"), SEMENTARA)
        self.jabatan_edit = QLineEdit()
        self.jabatan_edit.setPlaceholderText(self.tr("mis. Sekretaris (kosong: sesuai peran)"))
        self.pengganti_check = QCheckBox(self.tr("Ketua pengganti (kekosongan atau perpindahan)"))
        self.pengganti_edit = QLineEdit()
        self.pengganti_edit.setPlaceholderText(self.tr("Alasan penggantian"))
        self.sementara_edit = QLineEdit()
        self.sementara_edit.setPlaceholderText(self.tr(
            "mis. Nota Dinas Kepala Bidang … Nomor 800/12/2026"))
        dasar = f" ({sementara.dasar})" if sementara is not None else ""
        self.sementara_hint = FittedHint(self.tr(
            "Ditunjuk oleh Kepala Unit Organisasi Pemilik Kinerja selama Ketua Kelompok Kerja "
            "(squad) kosong sementara; pegawai satu jenjang di bawah, di atas, atau setara "
            "ketua%1.").replace("%1", dasar))
        self.persetujuan_combo = QComboBox()
        for p in (Persetujuan.MENUNGGU, Persetujuan.DISETUJUI, Persetujuan.DITOLAK):
            self.persetujuan_combo.addItem(persetujuan_label(p), p.value)
        self.alasan_label = QLabel()
        self.alasan_edit = QPlainTextEdit()
        self.alasan_edit.setTabChangesFocus(True)
        self.alasan_edit.setFixedHeight(60)
        self.persetujuan_hint = FittedHint()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Peran"), self.peran_combo)
        form.addRow(self.tr("Jabatan dalam tim"), self.jabatan_edit)
        form.addRow(self.tr("Penunjukan"), self.sementara_edit)
        form.addRow("", self.sementara_hint)
        form.addRow("", self.pengganti_check)
        form.addRow(self.tr("Alasan pengganti"), self.pengganti_edit)
        self.luar = anggota.asal is not None and anggota.asal.luar
        if self.luar:
            form.addRow(self.tr("Persetujuan"), self.persetujuan_combo)
            form.addRow(self.alasan_label, self.alasan_edit)
            form.addRow("", self.persetujuan_hint)
        self._form = form

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(buttons)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(info.nama, 2))
        details = " · ".join(x for x in (info.nip_tampil, info.jabatan, info.unit,
                                         asal_label(anggota.asal)) if x)
        layout.addWidget(FittedHint(details))
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(buttons)

        peran = SEMENTARA if anggota.sementara else anggota.peran.value
        self.peran_combo.setCurrentIndex(max(self.peran_combo.findData(peran), 0))
        self.jabatan_edit.setText(anggota.jabatan_dalam_tim)
        self.pengganti_check.setChecked(anggota.pengganti)
        self.pengganti_edit.setText(anggota.alasan_pengganti)
        self.sementara_edit.setText(anggota.dasar_sementara)
        status = anggota.persetujuan or Persetujuan.MENUNGGU
        index = self.persetujuan_combo.findData(status.value)
        self.persetujuan_combo.setCurrentIndex(max(index, 0))
        self.alasan_edit.setPlainText(anggota.alasan_persetujuan)
        self.peran_combo.currentIndexChanged.connect(self._update_enabled)
        self.pengganti_check.toggled.connect(self._update_enabled)
        self.persetujuan_combo.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    @classmethod
    def ask(cls, parent: QWidget | None, anggota: Anggota, info: MemberInfo, *,
            sementara: KetuaSementara | None = None) -> Anggota | None:
        dialog = cls(anggota, info, parent, sementara=sementara)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_anggota
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_later(self)

    def value(self) -> Anggota:
        data = self.peran_combo.currentData()
        sementara = data == SEMENTARA
        peran = PeranTim.ANGGOTA if sementara else PeranTim(data)
        ketua = peran is PeranTim.KETUA
        pengganti = ketua and self.pengganti_check.isChecked()
        changes: dict[str, object] = {
            "peran": peran,
            "jabatan_dalam_tim": "" if sementara else self.jabatan_edit.text().strip(),
            "pengganti": pengganti,
            "alasan_pengganti": self.pengganti_edit.text().strip() if pengganti else "",
            "sementara": sementara,
            "dasar_sementara": self.sementara_edit.text().strip() if sementara else ""}
        if self.luar:
            changes.update(persetujuan=Persetujuan(self.persetujuan_combo.currentData()),
                           alasan_persetujuan=self.alasan_edit.toPlainText().strip())
        return dataclasses.replace(self._anggota, **changes)  # type: ignore[arg-type]

    def _update_enabled(self, *_: object) -> None:
        data = self.peran_combo.currentData()
        ketua = data == PeranTim.KETUA.value
        sementara = data == SEMENTARA
        self.pengganti_check.setEnabled(ketua)
        self.pengganti_edit.setEnabled(ketua and self.pengganti_check.isChecked())
        self._form.setRowVisible(self.jabatan_edit, not sementara)
        self._form.setRowVisible(self.pengganti_check, not sementara)
        self._form.setRowVisible(self.pengganti_edit, not sementara)
        self._form.setRowVisible(self.sementara_edit, sementara)
        self._form.setRowVisible(self.sementara_hint, sementara)
        if self.isVisible():
            fit_height_later(self)
        if not self.luar:
            return
        status = Persetujuan(self.persetujuan_combo.currentData())
        self.alasan_label.setText({
            Persetujuan.DISETUJUI: self.tr("Dasar / nomor surat"),
            Persetujuan.DITOLAK: self.tr("Alasan penolakan"),
        }.get(status, self.tr("Catatan")))
        self.alasan_edit.setPlaceholderText({
            Persetujuan.DISETUJUI: self.tr("opsional, mis. Nota Dinas Kepala Bidang Nomor …"),
            Persetujuan.DITOLAK: self.tr("wajib diisi"),
        }.get(status, self.tr("opsional")))
        self.persetujuan_hint.setText({
            Persetujuan.DITOLAK: self.tr(
                "Anggota yang ditolak tetap tampil di daftar, tetapi tidak dicantumkan dalam "
                "naskah (SK/Surat Tugas)."),
            Persetujuan.MENUNGGU: self.tr(
                "Anggota dari luar unit pemilik kinerja ikut serta setelah disetujui; SK/Surat "
                "Tugas final belum dapat diterbitkan selama persetujuannya ditunggu."),
        }.get(status, self.tr("Disetujui: dicantumkan dalam naskah.")))

    def _on_buttons_accepted(self) -> None:
        value = self.value()
        if (self.luar and value.persetujuan is Persetujuan.DITOLAK
                and not value.alasan_persetujuan):
            self.error.setText(self.tr("Sebutkan alasan penolakan."))
            self.error.show()
            self.alasan_edit.setFocus()
            return
        if value.sementara and not value.dasar_sementara:
            self.error.setText(self.tr(
                "Sebutkan penunjukan Ketua sementara oleh Kepala Unit Organisasi Pemilik "
                "Kinerja (mis. nomor nota dinas)."))
            self.error.show()
            self.sementara_edit.setFocus()
            return
        self.result_anggota = value
        self.accept()
