"""The rows of *Riwayat perubahan*, read a page at a time as the table scrolls (Qt's
`canFetchMore`/`fetchMore`), so 50,000 audit rows open as fast as 50."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.riwayat_dto import RiwayatRow, tabel_label

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.riwayat_service import RiwayatHasil

log = logging.getLogger(__name__)

PAGE = 200
_AKSI_COLOR = {"tambah": QColor("#1b5e20"), "hapus": QColor("#b71c1c")}
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("RiwayatModel", text)


class RiwayatModel(QAbstractTableModel):
    WAKTU, PELAKU, TABEL, DATA, AKSI, RINGKASAN = range(6)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    load_failed = Signal(object)  # SistemKerjaError while reading a page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hasil: RiwayatHasil | None = None
        self._rows: list[RiwayatRow] = []
        self._stopped = False  # a page failed: no further fetching

    @property
    def jumlah(self) -> int:
        """Rows the filter selects (loaded or not)."""
        return self._hasil.jumlah if self._hasil is not None else 0

    def set_hasil(self, hasil: RiwayatHasil | None) -> None:
        self.beginResetModel()
        self._hasil, self._rows, self._stopped = hasil, [], False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> RiwayatRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # ---- lazy loading ---------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        return (not parent.isValid() and self._hasil is not None and not self._stopped
                and len(self._rows) < self._hasil.jumlah)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._hasil is not None
        try:
            page = self._hasil.halaman(self._rows[-1].id if self._rows else None, PAGE)
        except SistemKerjaError as exc:
            self._stopped = True
            self.load_failed.emit(exc)
            return
        if not page:  # rows went away since counting
            self._stopped = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # ---- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_tr("Waktu"), _tr("Pelaku"), _tr("Tabel"), _tr("Data"), _tr("Aksi"),
                _tr("Ringkasan"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.waktu_tampil, r.pelaku_tampil, tabel_label(r.tabel), r.rujukan, r.aksi,
                    r.ringkasan())[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.RINGKASAN:
                return r.ringkasan(batas=2000)
            if column == self.TABEL:
                return r.tabel
            if column == self.PELAKU:
                return (_tr("Nama di aplikasi: %1; akun komputer: %2")
                        .replace("%1", r.pengguna or "—").replace("%2", r.pelaku))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.AKSI:
            color = _AKSI_COLOR.get(r.aksi)
            return QBrush(color) if color is not None else None
        if role == self.ROW_ROLE:
            return r
        return None
