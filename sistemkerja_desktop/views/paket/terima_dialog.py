"""*Berkas › Terima paket…* (issue #12): what a received package would do here before anything
is written — who sent it and when, records added / changed / deleted, and every conflict side by
side (ours | theirs) to be decided one by one or all at once — then the import in one
transaction. Nothing is imported while a conflict is undecided or the package has a problem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.paket_gabung import DIHAPUS, REKAMAN, Pilihan
from sistemkerja_desktop.services.paket_service import NAMA_TABEL, HasilImpor, Pratinjau
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.laporan.pantauan_widget import Ubin

if TYPE_CHECKING:
    from sistemkerja_desktop.services.container import Services

KITA, MEREKA = 2, 3  # conflict table columns
_DIPILIH = QColor("#d9f2dc")


def _teks(value: Any) -> str:
    if value is None or value == "":
        return "(kosong)"
    if value is True:
        return "ya"
    if value is False:
        return "tidak"
    return str(value)


class TerimaPaketDialog(QDialog):
    imported = Signal(object)  # HasilImpor

    def __init__(self, services: Services, path: Path, pratinjau: Pratinjau, *,
                 kunci: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("terima_paket_dialog")
        self.setWindowTitle(self.tr("Terima paket — %1").replace("%1", path.name))
        self._services = services
        self._path = path
        self._kunci = kunci
        self.pratinjau = pratinjau
        self.hasil: HasilImpor | None = None
        p = pratinjau

        kepala = QLabel(self._kepala(p))
        kepala.setObjectName("kepala")
        kepala.setWordWrap(True)
        kepala.setTextFormat(Qt.TextFormat.RichText)
        ubin = QHBoxLayout()
        self.ubin = {key: Ubin(label, "", warna) for key, label, warna in (
            ("tambah", self.tr("ditambah"), "#2e7d32"), ("ubah", self.tr("diubah"), "#1565c0"),
            ("hapus", self.tr("dihapus"), "#6d4c41"), ("konflik", self.tr("konflik"), "#c62828"))}
        for key, tile in self.ubin.items():
            tile.set_nilai(len(p.konflik) if key == "konflik" else p.jumlah(key))
        for tile in self.ubin.values():
            ubin.addWidget(tile)
        ubin.addStretch(1)
        self.masalah = QLabel("<br>".join(f"• {m}" for m in p.masalah))
        self.masalah.setObjectName("masalah")
        self.masalah.setWordWrap(True)
        self.masalah.setStyleSheet("QLabel{background:#fdecea;color:#8a1c1c;padding:8px;"
                                   "border:1px solid #f5c2c0;border-radius:4px}")
        self.masalah.setVisible(bool(p.masalah))

        self.tabs = QTabWidget()
        self.konflik = self._tabel_konflik(p)
        self.perubahan = self._pohon_perubahan(p)
        konflik_page = QWidget()
        kl = QVBoxLayout(konflik_page)
        pilih_row = QHBoxLayout()
        petunjuk = QLabel(self.tr("Klik sel yang dipakai: milik kita (berkas ini) atau milik "
                                  "mereka (paket). Setiap konflik harus diputuskan."))
        petunjuk.setWordWrap(True)
        semua_kita = QPushButton(self.tr("Semua milik kita"))
        semua_mereka = QPushButton(self.tr("Semua milik mereka"))
        semua_kita.clicked.connect(lambda: self.pilih_semua(Pilihan.KITA))
        semua_mereka.clicked.connect(lambda: self.pilih_semua(Pilihan.MEREKA))
        pilih_row.addWidget(petunjuk, 1)
        pilih_row.addWidget(semua_kita)
        pilih_row.addWidget(semua_mereka)
        kl.addLayout(pilih_row)
        kl.addWidget(self.konflik)
        self.tabs.addTab(konflik_page, self.tr("Konflik (%1)").replace("%1", str(len(p.konflik))))
        self.tabs.addTab(self.perubahan,
                         self.tr("Perubahan (%1)").replace("%1", str(len(p.perubahan))))
        if not p.konflik:
            self.tabs.setCurrentIndex(1)

        buttons = QDialogButtonBox()
        self.impor_button = buttons.addButton(self.tr("Impor"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.impor_button.setObjectName("impor")
        self.coba_button = buttons.addButton(self.tr("Coba dulu"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.impor_button.clicked.connect(lambda: self.impor(coba=False))
        self.coba_button.clicked.connect(lambda: self.impor(coba=True))
        buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("status")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(kepala)
        layout.addLayout(ubin)
        layout.addWidget(self.masalah)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1000, 640)
        self._sync()

    # ---- building ---------------------------------------------------------------------------

    def _kepala(self, p: Pratinjau) -> str:
        tanda = (self.tr("bertanda kunci kantor") if p.bertanda
                 else self.tr("tanpa tanda kunci kantor"))
        cakupan = []
        if p.cakupan.get("unit"):
            cakupan.append(self.tr("unit %1").replace("%1", str(p.cakupan["unit"])))
        if p.cakupan.get("tim"):
            cakupan.append(self.tr("satu tim"))
        if p.cakupan.get("sejak"):
            cakupan.append(self.tr("berubah sejak %1").replace("%1", str(p.cakupan["sejak"])))
        text = (f"<b>{self.tr('Dari')}:</b> {p.asal}<br><b>{self.tr('Dibuat')}:</b> "
                f"{p.dibuat:%d-%m-%Y %H.%M} UTC · {tanda}"
                + (f" · {', '.join(cakupan)}" if cakupan else ""))
        if p.sudah_diimpor is not None:
            text += "<br><i>" + self.tr("Paket ini sudah diimpor pada %1; mengimpornya lagi "
                                        "tidak mengubah apa pun.").replace(
                "%1", f"{p.sudah_diimpor:%d-%m-%Y %H.%M}") + "</i>"
        return text

    def _tabel_konflik(self, p: Pratinjau) -> QTableWidget:
        table = QTableWidget(len(p.konflik), 4)
        table.setObjectName("konflik")
        table.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Kolom"),
                                         self.tr("Milik kita (berkas ini)"),
                                         self.tr("Milik mereka (paket)")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KITA, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEREKA, QHeaderView.ResizeMode.Stretch)
        for row, k in enumerate(p.konflik):
            kolom = self.tr("seluruh data") if k.kolom == REKAMAN else k.kolom.replace("_", " ")
            values = [p.label_konflik.get(k.kunci, NAMA_TABEL.get(k.tabel, k.tabel)), kolom,
                      self._sisi(k.milik_kita), self._sisi(k.milik_mereka)]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (KITA, MEREKA):
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(text)
                table.setItem(row, col, item)
        table.itemClicked.connect(self._on_clicked)
        table.itemChanged.connect(self._on_changed)
        table.resizeRowsToContents()
        return table

    def _sisi(self, value: Any) -> str:
        return self.tr("(dihapus)") if value == DIHAPUS else _teks(value)

    def _pohon_perubahan(self, p: Pratinjau) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("perubahan")
        tree.setHeaderLabels([self.tr("Data"), self.tr("Akibat"), self.tr("Kolom diambil")])
        groups: dict[str, QTreeWidgetItem] = {}
        aksi = {"tambah": self.tr("Ditambah"), "ubah": self.tr("Diubah"),
                "hapus": self.tr("Dihapus")}
        for x in p.perubahan:
            group = groups.get(x.tabel)
            if group is None:
                group = groups[x.tabel] = QTreeWidgetItem(tree, [NAMA_TABEL.get(x.tabel, x.tabel)])
            kolom = ", ".join(c.replace("_", " ") for c in x.kolom) if x.aksi == "ubah" else ""
            label = x.label.split(": ", 1)[-1]
            QTreeWidgetItem(group, [label, aksi[x.aksi], kolom])
        for group in groups.values():
            group.setText(1, self.tr("%1 data").replace("%1", str(group.childCount())))
            group.setExpanded(group.childCount() <= 20)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return tree

    # ---- choosing ---------------------------------------------------------------------------

    def _on_clicked(self, item: QTableWidgetItem) -> None:
        if item.column() in (KITA, MEREKA):
            self.pilih(item.row(), Pilihan.KITA if item.column() == KITA else Pilihan.MEREKA)

    def _on_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (KITA, MEREKA) and item.checkState() == Qt.CheckState.Checked:
            self.pilih(item.row(), Pilihan.KITA if item.column() == KITA else Pilihan.MEREKA)

    def pilih(self, row: int, pilihan: Pilihan) -> None:
        table = self.konflik
        table.blockSignals(True)
        for col in (KITA, MEREKA):
            chosen = (col == KITA) == (pilihan is Pilihan.KITA)
            item = table.item(row, col)
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            item.setBackground(QBrush(_DIPILIH) if chosen else QBrush())
        table.blockSignals(False)
        self._sync()

    def pilih_semua(self, pilihan: Pilihan) -> None:
        for row in range(self.konflik.rowCount()):
            self.pilih(row, pilihan)

    def pilihan(self) -> dict[tuple[str, str, str], Pilihan]:
        out = {}
        for row, k in enumerate(self.pratinjau.konflik):
            if self.konflik.item(row, KITA).checkState() == Qt.CheckState.Checked:
                out[k.kunci] = Pilihan.KITA
            elif self.konflik.item(row, MEREKA).checkState() == Qt.CheckState.Checked:
                out[k.kunci] = Pilihan.MEREKA
        return out

    def _sync(self) -> None:
        p = self.pratinjau
        belum = len(p.konflik) - len(self.pilihan())
        ready = not p.masalah and belum == 0 and p.sudah_diimpor is None
        self.impor_button.setEnabled(ready)
        self.coba_button.setEnabled(ready)
        if p.masalah:
            self.status.setText(self.tr("Paket ini tidak dapat diimpor (lihat masalah di atas)."))
        elif p.sudah_diimpor is not None:
            self.status.setText(self.tr("Sudah diimpor."))
        elif belum:
            self.status.setText(self.tr("%1 konflik belum diputuskan.").replace("%1", str(belum)))
        else:
            self.status.setText(self.tr("Siap diimpor dalam satu transaksi."))

    # ---- importing --------------------------------------------------------------------------

    def impor(self, *, coba: bool) -> HasilImpor | None:
        try:
            hasil = self._services.paket.impor(self._path, pilihan=self.pilihan(), coba=coba,
                                               kunci=self._kunci)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Paket tidak diimpor"))
            return None
        ringkas = self.tr("%1 ditambah, %2 diubah, %3 dihapus").replace(
            "%1", str(hasil.ditambah)).replace("%2", str(hasil.diubah)).replace(
            "%3", str(hasil.dihapus))
        if coba:
            self.status.setText(self.tr("Percobaan berhasil (tidak disimpan): %1.")
                                .replace("%1", ringkas))
            return hasil
        self.hasil = hasil
        self.imported.emit(hasil)
        self.accept()
        return hasil
