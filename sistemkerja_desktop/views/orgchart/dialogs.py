"""Small dialogs of the canvas: TMT and dasar of a move, PDF options, choosing a PPK."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.views.common.messages import relabel_buttons

ID_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def date_edit(tanggal: dt.date) -> QDateEdit:
    """A date field that always shows Indonesian month names ("27 November 2026")."""
    edit = QDateEdit(QDate(tanggal.year, tanggal.month, tanggal.day))
    edit.setLocale(ID_LOCALE)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setCalendarPopup(True)
    return edit


def to_date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    relabel_buttons(box)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


@dataclass(frozen=True, slots=True)
class DataPindah:
    tmt: dt.date
    dasar: str
    ingat: bool  # use these for the next moves without asking
    koreksi: bool = False  # koreksi riwayat: a TMT before a recorded kedudukan is allowed


class PindahDialog(QDialog):
    """TMT and dasar penetapan of a move."""

    def __init__(self, ringkasan: str, tmt: dt.date, dasar: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pindahkan kedudukan"))
        self.summary = QLabel(ringkasan)
        self.summary.setWordWrap(True)
        self.tmt_edit = date_edit(tmt)
        self.dasar_edit = QLineEdit(dasar)
        self.dasar_edit.setPlaceholderText(self.tr("mis. 800.1.3/123/Dinkes/2026"))
        self.ingat_check = QCheckBox(self.tr(
            "Pakai TMT dan dasar ini untuk perpindahan berikutnya\ntanpa bertanya lagi "
            "(sampai disimpan)"))
        self.koreksi_check = QCheckBox(self.tr("Koreksi riwayat"))
        self.koreksi_note = QLabel(self.tr(
            "Hanya bila TMT memang sebelum awal kedudukan yang sudah tercatat: kedudukan itu "
            "dibatalkan (tidak dihapus, nomor SK tetap tersimpan) dan koreksi dicatat di "
            "riwayat perubahan."))
        self.koreksi_note.setWordWrap(True)
        self.koreksi_note.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("TMT (berlaku mulai)"), self.tmt_edit)
        form.addRow(self.tr("Dasar penetapan"), self.dasar_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.ingat_check)
        layout.addWidget(self.koreksi_check)
        layout.addWidget(self.koreksi_note)
        layout.addWidget(_buttons(self, self.tr("Pindahkan")))
        self.setMinimumWidth(460)

    def result_data(self) -> DataPindah:
        koreksi = self.koreksi_check.isChecked()
        return DataPindah(to_date(self.tmt_edit), self.dasar_edit.text().strip(),
                          self.ingat_check.isChecked() and not koreksi, koreksi)

    @classmethod
    def ask(cls, parent: QWidget | None, ringkasan: str, tmt: dt.date,
            dasar: str = "") -> DataPindah | None:
        dialog = cls(ringkasan, tmt, dasar, parent)
        return dialog.result_data() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True, slots=True)
class OpsiEkspor:
    kertas: str
    orientasi: str


class EksporPdfDialog(QDialog):
    def __init__(self, cakupan: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor bagan ke PDF"))
        self.kertas = QComboBox()
        self.kertas.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.kertas.addItem(self.tr("F4 / Folio (215 × 330 mm)"), "f4")
        self.orientasi = QComboBox()
        self.orientasi.addItem(self.tr("Otomatis (halaman paling sedikit)"), "otomatis")
        self.orientasi.addItem(self.tr("Mendatar (landscape)"), "mendatar")
        self.orientasi.addItem(self.tr("Tegak (portrait)"), "tegak")
        note = QLabel(self.tr(
            "Bagan dibagi ke beberapa halaman bila perlu, sehingga tulisan tidak pernah lebih "
            "kecil dari 7 pt. Setiap halaman diberi label baris/kolom untuk disusun."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Cakupan"), QLabel(cakupan))
        form.addRow(self.tr("Kertas"), self.kertas)
        form.addRow(self.tr("Orientasi"), self.orientasi)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(_buttons(self, self.tr("Lanjut…")))
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, cakupan: str) -> OpsiEkspor | None:
        dialog = cls(cakupan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return OpsiEkspor(dialog.kertas.currentData(), dialog.orientasi.currentData())


class PilihPpkDialog(QDialog):
    """Keyboard alternative to dragging: choose the new PPK from a list."""

    def __init__(self, ringkasan: str, pilihan: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pindahkan ke Pejabat Penilai Kinerja"))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for position_id, label in pilihan:
            self.combo.addItem(label, position_id)
        summary = QLabel(ringkasan)
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.combo)
        layout.addWidget(_buttons(self, self.tr("Lanjut…")))
        self.setMinimumWidth(520)

    @classmethod
    def ask(cls, parent: QWidget | None, ringkasan: str,
            pilihan: list[tuple[int, str]]) -> int | None:
        dialog = cls(ringkasan, pilihan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.combo.currentData()
        return int(value) if value is not None else None
