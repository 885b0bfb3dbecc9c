"""Issued documents of a team (SK / Surat Tugas): number, date, file, and whether the roster
changed since ("kedaluwarsa")."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from sistemkerja_desktop.services.team_dto import DokumenRow
from sistemkerja_desktop.views.teams.labels import (
    OK_COLOUR,
    TINGKAT_COLOURS,
    naskah_label,
    tanggal_pendek,
)
from sistemkerja_desktop.domain.findings import Tingkat

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
        return self.tr("Kedaluwarsa — susunan tim berubah") if d.kedaluwarsa \
            else self.tr("Berlaku")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (naskah_label(d.jenis), d.nomor, tanggal_pendek(d.tanggal), self._state(d),
                    Path(d.berkas).name if d.berkas else "")[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Kolom.KEADAAN and d.kedaluwarsa:
                return self.tr("Susunan anggota tim berubah setelah naskah ini diterbitkan. "
                               "Terbitkan naskah baru dengan nomor baru.")
            if col == Kolom.BERKAS:
                return d.berkas or None
            return None
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
