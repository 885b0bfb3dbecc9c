"""Issued documents of a team (SK / Surat Tugas): number, date, file, and whether the roster
changed since ("kedaluwarsa"); the model and the box that lists them with "Buka berkas"."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.services.team_dto import DokumenRow
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output import open_path
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint
from sistemkerja_desktop.views.teams.labels import (
    OK_COLOUR,
    TINGKAT_COLOURS,
    naskah_label,
    naskah_singkat,
    tanggal_pendek,
)

Index = QModelIndex | QPersistentModelIndex


class Kolom(IntEnum):
    JENIS = 0
    NOMOR = 1
    TANGGAL = 2
    KEADAAN = 3
    BERKAS = 4


class IssuedDocumentModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DokumenRow] = []

    def set_documents(self, rows: Sequence[DokumenRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda d: (d.tanggal, d.id), reverse=True)
        self.endResetModel()

    def document_at(self, row: int) -> DokumenRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def _state(self, d: DokumenRow) -> str:
        return self.tr("Kedaluwarsa") if d.kedaluwarsa else self.tr("Berlaku")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (naskah_singkat(d.jenis), d.nomor, tanggal_pendek(d.tanggal), self._state(d),
                    Path(d.berkas).name if d.berkas else "")[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Kolom.KEADAAN and d.kedaluwarsa:
                return self.tr("Susunan anggota tim berubah setelah naskah ini diterbitkan. "
                               "Terbitkan naskah baru dengan nomor baru.")
            if col == Kolom.BERKAS:
                return d.berkas or None
            if col == Kolom.JENIS:
                return naskah_label(d.jenis)
            return d.nomor if col == Kolom.NOMOR else None
        if role == Qt.ItemDataRole.ForegroundRole and col == Kolom.KEADAAN:
            return QBrush(TINGKAT_COLOURS[Tingkat.GALAT] if d.kedaluwarsa else OK_COLOUR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Kolom)):
            return (self.tr("Naskah"), self.tr("Nomor"), self.tr("Tanggal"), self.tr("Keadaan"),
                    self.tr("Berkas"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IssuedDocumentsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Naskah yang telah diterbitkan"))
        self.model = IssuedDocumentModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((Kolom.JENIS, 120), (Kolom.NOMOR, 190), (Kolom.TANGGAL, 90),
                           (Kolom.KEADAAN, 100)):
            header.resizeSection(col, width)
        self.open_button = QPushButton(self.tr("Buka berkas"))
        self.open_button.setEnabled(False)
        self.hint = FittedHint()
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.open_button.clicked.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.open_button.setEnabled(cur.isValid()))

    def set_documents(self, rows: Sequence[DokumenRow], *, saved: bool) -> None:
        self.model.set_documents(rows)
        self.open_button.setEnabled(False)
        stale = sum(d.kedaluwarsa for d in rows)
        if stale:
            self.hint.setText(self.tr("%1 naskah kedaluwarsa: susunan tim berubah setelah "
                                      "diterbitkan. Terbitkan naskah baru.").replace(
                "%1", str(stale)))
            self.hint.setStyleSheet(f"color: {TINGKAT_COLOURS[Tingkat.GALAT].name()};")
        else:
            self.hint.setText(self.tr("Belum ada naskah final untuk tim ini.")
                              if saved and not rows else "")
            self.hint.setStyleSheet("color: #555;")

    def open_current(self) -> None:
        doc = self.model.document_at(self.table.currentIndex().row())
        if doc is None or not doc.berkas:
            return
        if not Path(doc.berkas).exists():
            show_error(self, SistemKerjaError(self.tr(
                "Berkas %1 tidak ditemukan lagi. Cetak ulang naskahnya.").replace(
                "%1", doc.berkas)), self.tr("Berkas tidak ditemukan"))
            return
        open_path(Path(doc.berkas))
