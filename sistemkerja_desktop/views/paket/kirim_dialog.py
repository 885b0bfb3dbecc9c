"""*Berkas › Kirim perubahan…* (issue #12): write an exchange package of the whole office, one
unit with what belongs to it, or one team — optionally only what changed since a date, signed
with the office key — and, if wished, an email draft (.eml) with the package attached."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.paket_service import AKHIRAN, HasilEkspor
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output import remember_folder, remembered_folder

if TYPE_CHECKING:
    from sistemkerja_desktop.services.container import Services


class KirimPaketDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kirim_paket_dialog")
        self.setWindowTitle(self.tr("Kirim perubahan"))
        self._services = services
        self.hasil: HasilEkspor | None = None
        self.surel: Path | None = None

        intro = QLabel(self.tr(
            "Simpan perubahan data kantor ini sebagai paket (.skp) untuk dikirim ke laptop atau "
            "kantor lain — lewat surel, flashdisk, atau folder bersama. Penerima memeriksa isinya "
            "dan memutuskan setiap konflik sebelum menggabungkannya."))
        intro.setWordWrap(True)

        box = QGroupBox(self.tr("Isi paket"))
        grid = QGridLayout(box)
        self.semua = QRadioButton(self.tr("Seluruh data kantor"))
        self.per_unit = QRadioButton(self.tr("Satu unit beserta pegawai, tim dan laporannya:"))
        self.per_tim = QRadioButton(self.tr("Satu tim beserta anggota, naskah dan laporannya:"))
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit_combo")
        self.tim_combo = QComboBox()
        self.tim_combo.setObjectName("tim_combo")
        self._group = QButtonGroup(self)
        for i, radio in enumerate((self.semua, self.per_unit, self.per_tim)):
            self._group.addButton(radio, i)
        grid.addWidget(self.semua, 0, 0, 1, 2)
        grid.addWidget(self.per_unit, 1, 0)
        grid.addWidget(self.unit_combo, 1, 1)
        grid.addWidget(self.per_tim, 2, 0)
        grid.addWidget(self.tim_combo, 2, 1)
        grid.setColumnStretch(1, 1)
        self.semua.setChecked(True)

        self.sejak_cek = QCheckBox(self.tr("Hanya yang berubah sejak"))
        self.sejak = QDateEdit()
        self.sejak.setCalendarPopup(True)
        self.sejak.setDisplayFormat("dd-MM-yyyy")
        today = services.ctx.today()
        self.sejak.setDate(QDate(today.year, today.month, 1))
        self.kunci = QLineEdit()
        self.kunci.setObjectName("kunci")
        self.kunci.setEchoMode(QLineEdit.EchoMode.Password)
        self.kunci.setPlaceholderText(self.tr("kosongkan bila kantor tidak memakai kunci"))
        self.surel_cek = QCheckBox(self.tr("Buat juga draf surel (.eml) dengan paket terlampir"))
        self.surel_cek.setChecked(True)
        form = QFormLayout()
        form.addRow(self.sejak_cek, self.sejak)
        form.addRow(self.tr("Kunci kantor:"), self.kunci)
        form.addRow("", self.surel_cek)

        buttons = QDialogButtonBox()
        self.simpan = buttons.addButton(self.tr("Simpan paket…"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_simpan)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._fill()
        self._group.idToggled.connect(lambda *_: self._sync())
        self.sejak_cek.toggled.connect(lambda *_: self._sync())
        self._sync()
        self.resize(620, 380)

    def _fill(self) -> None:
        struktur = self._services.agency.struktur()
        paths = sorted((struktur.unit_path(u.id) or u.nama, u.id) for u in struktur.units)
        for path, unit_id in paths:
            self.unit_combo.addItem(path, unit_id)
        for t in sorted(self._services.teams.teams(), key=lambda t: t.nama.lower()):
            self.tim_combo.addItem(f"{t.nama} ({t.unit_pemilik})", t.id)
        self.per_unit.setEnabled(self.unit_combo.count() > 0)
        self.per_tim.setEnabled(self.tim_combo.count() > 0)

    def _sync(self) -> None:
        self.unit_combo.setEnabled(self.per_unit.isChecked())
        self.tim_combo.setEnabled(self.per_tim.isChecked())
        self.sejak.setEnabled(self.sejak_cek.isChecked())

    def pilihan(self) -> dict:
        """The service's keyword arguments for what the form says."""
        sejak = self.sejak.date().toPython() if self.sejak_cek.isChecked() else None
        return {"unit": self.unit_combo.currentText() if self.per_unit.isChecked() else None,
                "tim_id": self.tim_combo.currentData() if self.per_tim.isChecked() else None,
                "sejak": sejak, "kunci": self.kunci.text() or None}

    def nama_bawaan(self) -> str:
        pd = self._services.agency.get_agency()
        stem = "-".join(pd.nama.lower().split())[:40] or "paket"
        return f"{stem}-{self._services.ctx.today():%Y%m%d}{AKHIRAN}"

    def _on_simpan(self) -> None:
        folder = remembered_folder("paket")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan paket"), str(folder / self.nama_bawaan()),
            self.tr("Paket Sistem Kerja (*.skp)"))
        if not path:
            return
        if not path.lower().endswith(AKHIRAN):
            path += AKHIRAN
        self.tulis(Path(path))

    def tulis(self, path: Path) -> bool:
        """Write the package (and the draft) to `path`; False with a message on failure."""
        try:
            self.hasil = self._services.paket.ekspor(path, **self.pilihan())
            if self.surel_cek.isChecked():
                self.surel = self._services.paket.draf_surel(self.hasil)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Paket tidak disimpan"))
            return False
        remember_folder("paket", path.parent)
        self.accept()
        return True
