"""Writing a report: progress, the capaian of each indicator the team (or assignment) serves,
the narrative, *permasalahan & kendala* with their *alternatif rekomendasi*, attachments, the
date. *Kirim* checks what the regulation asks (`IsiLaporan.kurang`: not empty, progress 0–100,
no problem without a recommendation) before the service does; *Simpan draf* keeps the work
without checking."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.laporan import IsiLaporan
from sistemkerja_desktop.services.laporan_dto import CapaianItem
from sistemkerja_desktop.views.common.isi_panel import ukuran_label
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading, hint
from sistemkerja_desktop.views.teams.labels import from_qdate, to_qdate

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Kiriman:
    """What the author entered."""

    isi: IsiLaporan
    capaian: tuple[tuple[int | None, str, str], ...]  # (indikator_id, indikator, capaian)
    lampiran: tuple[Path, ...]  # new files to attach
    kirim: bool  # False: keep as draf
    tanggal: dt.date


@dataclass(frozen=True, slots=True)
class Awal:
    """What the dialog starts from (a draf or a returned report, or nothing yet)."""

    progres: int | None = None
    narasi: str = ""
    permasalahan: str = ""
    rekomendasi: str = ""
    capaian: tuple[CapaianItem, ...] = ()
    lampiran: tuple[tuple[int, str, int], ...] = ()  # already attached: (id, nama, ukuran)
    catatan: str = ""  # the reviewer's note when returned


def _text_edit(placeholder: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    return edit


class KirimDialog(QDialog):
    KOLOM = (QT_TRANSLATE_NOOP("KirimDialog", "Indikator"),
             QT_TRANSLATE_NOOP("KirimDialog", "Target"),
             QT_TRANSLATE_NOOP("KirimDialog", "Capaian"))

    def __init__(self, judul: str, keterangan: str, *, awal: Awal, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tulis laporan"))
        self.setMinimumWidth(780)
        self._kirim = True
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(heading(judul, 2))
        if keterangan:
            layout.addWidget(hint(keterangan))
        if awal.catatan:
            note = QLabel(self.tr("<b>Catatan perbaikan dari peninjau:</b> %1").replace(
                "%1", html.escape(awal.catatan)))
            note.setWordWrap(True)
            note.setStyleSheet("background: #ffeed8; border: 1px solid #f0c890; "
                               "border-radius: 4px; padding: 6px 8px;")
            layout.addWidget(note)

        self.progres_spin = QSpinBox()
        self.progres_spin.setRange(-1, 100)
        self.progres_spin.setSpecialValueText(self.tr("belum diisi"))
        self.progres_spin.setSuffix(" %")
        self.progres_spin.setValue(-1 if awal.progres is None else awal.progres)
        self.progres_spin.setMinimumWidth(110)
        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Progres pelaksanaan")))
        top.addWidget(self.progres_spin)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Tanggal")))
        top.addWidget(self.date_edit)
        top.addStretch(1)
        layout.addLayout(top)

        layout.addWidget(heading(self.tr("Capaian per indikator"), 0))
        self.capaian_table = QTableWidget(0, 3)
        self.capaian_table.setHorizontalHeaderLabels([self.tr(k) for k in self.KOLOM])
        h = self.capaian_table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.capaian_table.verticalHeader().hide()
        self.capaian_table.setMinimumHeight(96)
        self.capaian_table.setMaximumHeight(150)
        for item in awal.capaian:
            self._add_capaian(item)
        add_row = QPushButton(self.tr("Tambah indikator lain"))
        add_row.clicked.connect(lambda: self._add_capaian(None))
        row = QHBoxLayout()
        row.addWidget(hint(self.tr("Isi kolom Capaian; indikator dari Perjanjian Kinerja yang "
                                   "didukung tim atau penugasan ini.") if awal.capaian else
                           self.tr("Tim ini belum ditautkan ke indikator kinerja; tambahkan "
                                   "baris bila perlu.")), 1)
        row.addWidget(add_row)
        layout.addWidget(self.capaian_table)
        layout.addLayout(row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.narasi_edit = _text_edit(self.tr("Uraian pelaksanaan tugas pada periode ini"), 72)
        self.narasi_edit.setPlainText(awal.narasi)
        self.masalah_edit = _text_edit(self.tr("Kosongkan bila tidak ada"), 64)
        self.masalah_edit.setPlainText(awal.permasalahan)
        self.rekomendasi_edit = _text_edit(self.tr("Wajib bila ada permasalahan"), 64)
        self.rekomendasi_edit.setPlainText(awal.rekomendasi)
        grid.addWidget(QLabel(self.tr("Uraian")), 0, 0, 1, 2)
        grid.addWidget(self.narasi_edit, 1, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Permasalahan dan kendala")), 2, 0)
        grid.addWidget(QLabel(self.tr("Alternatif rekomendasi")), 2, 1)
        grid.addWidget(self.masalah_edit, 3, 0)
        grid.addWidget(self.rekomendasi_edit, 3, 1)
        layout.addLayout(grid)

        self.lampiran_list = QListWidget()
        self.lampiran_list.setMaximumHeight(64)
        self.lampiran_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for lid, nama, ukuran in awal.lampiran:
            item = QListWidgetItem(f"{nama} ({ukuran_label(ukuran)})")
            item.setData(ID_ROLE, lid)
            self.lampiran_list.addItem(item)
        add = QPushButton(self.tr("Tambah lampiran…"))
        add.clicked.connect(self._on_add_lampiran)
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.remove_button.setToolTip(self.tr("Lepaskan lampiran baru yang dipilih"))
        self.remove_button.clicked.connect(self._on_remove_lampiran)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        lamp = QHBoxLayout()
        lamp.addWidget(self.lampiran_list, 1)
        lamp.addLayout(side)
        layout.addWidget(QLabel(self.tr("Lampiran")))
        layout.addLayout(lamp)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.kirim_button = self.buttons.addButton(self.tr("Kirim"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.draf_button = self.buttons.addButton(self.tr("Simpan draf"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.kirim_button.setDefault(True)
        self.kirim_button.clicked.connect(lambda: self.submit(True))
        self.draf_button.clicked.connect(lambda: self.submit(False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.narasi_edit.setFocus()

    # ---- capaian rows
    def _add_capaian(self, item: CapaianItem | None) -> None:
        t = self.capaian_table
        r = t.rowCount()
        t.insertRow(r)
        ind = QTableWidgetItem(item.indikator if item else "")
        ind.setData(ID_ROLE, item.indikator_id if item else None)
        target = " ".join(x for x in ((item.target, item.satuan) if item else ()) if x)
        tgt = QTableWidgetItem(target)
        tgt.setFlags(tgt.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if item is not None and item.indikator_id is not None:
            ind.setFlags(ind.flags() & ~Qt.ItemFlag.ItemIsEditable)
        t.setItem(r, 0, ind)
        t.setItem(r, 1, tgt)
        t.setItem(r, 2, QTableWidgetItem(item.capaian if item else ""))
        if item is None:
            t.setCurrentCell(r, 0)
            t.editItem(ind)

    def set_capaian(self, row: int, text: str) -> None:
        self.capaian_table.item(row, 2).setText(text)

    def capaian(self) -> tuple[tuple[int | None, str, str], ...]:
        out = []
        t = self.capaian_table
        for r in range(t.rowCount()):
            ind, cap = t.item(r, 0), t.item(r, 2)
            text = " ".join((ind.text() if ind else "").split())
            value = " ".join((cap.text() if cap else "").split())
            if text and value:
                out.append((ind.data(ID_ROLE), text, value))
        return tuple(out)

    # ---- attachments
    def _on_add_lampiran(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih lampiran"))
        for p in paths:
            self.add_lampiran(Path(p))

    def add_lampiran(self, path: Path) -> None:
        item = QListWidgetItem(self.tr("%1 (baru)").replace("%1", path.name))
        item.setData(ID_ROLE, str(path))
        item.setToolTip(str(path))
        self.lampiran_list.addItem(item)

    def _on_remove_lampiran(self) -> None:
        item = self.lampiran_list.currentItem()
        if item is not None and isinstance(item.data(ID_ROLE), str):
            self.lampiran_list.takeItem(self.lampiran_list.row(item))

    def lampiran_baru(self) -> tuple[Path, ...]:
        return tuple(Path(self.lampiran_list.item(i).data(ID_ROLE))
                     for i in range(self.lampiran_list.count())
                     if isinstance(self.lampiran_list.item(i).data(ID_ROLE), str))

    # ---- result
    def hasil(self) -> Kiriman:
        progres = self.progres_spin.value()
        capaian = self.capaian()
        isi = IsiLaporan(progres=None if progres < 0 else progres,
                         narasi=self.narasi_edit.toPlainText().strip(),
                         permasalahan=self.masalah_edit.toPlainText().strip(),
                         rekomendasi=self.rekomendasi_edit.toPlainText().strip(),
                         capaian=tuple((ind, cap) for _id, ind, cap in capaian))
        return Kiriman(isi, capaian, self.lampiran_baru(), self._kirim,
                       from_qdate(self.date_edit.date()))

    def submit(self, kirim: bool) -> bool:
        self._kirim = kirim
        kurang = self.hasil().isi.kurang() if kirim else ()
        if kurang:
            self.error.setText(self.tr("Laporan belum dapat dikirim: %1.").replace(
                "%1", "; ".join(kurang)))
            self.error.show()
            (self.rekomendasi_edit if "rekomendasi" in kurang[-1] else
             self.narasi_edit).setFocus()
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, judul: str, keterangan: str, *, awal: Awal,
            today: dt.date) -> Kiriman | None:
        """What the author entered, or None when cancelled. Tests monkeypatch this."""
        dialog = cls(judul, keterangan, awal=awal, today=today, parent=parent)
        return dialog.hasil() if dialog.exec() == QDialog.DialogCode.Accepted else None


def capaian_awal(indikator: Sequence[CapaianItem], sudah: Sequence[CapaianItem]
                 ) -> tuple[CapaianItem, ...]:
    """The rows to start from: each indicator served (with what was already entered for it),
    then the entered rows of other indicators."""
    entered = {(c.indikator_id, c.indikator): c for c in sudah}
    out = []
    for i in indikator:
        got = entered.pop((i.indikator_id, i.indikator), None)
        out.append(CapaianItem(i.indikator, got.capaian if got else "", i.indikator_id,
                               i.target, i.satuan))
    out.extend(entered.values())
    return tuple(out)
