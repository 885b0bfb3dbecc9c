"""The left list of the Laporan tab, in three modes: *Perlu tindakan* (what waits for the chosen
person: reports to review, his own reports due or late, his reports returned), *Per tim* and
*Per pegawai* (each with how its reports stand at the chosen date). One card per entry: a bold
title, two grey lines and a chip on the right; a search filters on any of the text."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from sistemkerja_desktop.views.common.card import CardDelegate
from sistemkerja_desktop.views.laporan.labels import Warna

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ENTRI_ROLE = Qt.ItemDataRole.UserRole + 1
KUNCI_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class Entri:
    jenis: str  # "tim" / "pegawai" / "tindakan"
    kunci: Hashable  # tim id / NIP / (laporan id or None, tim id, NIP, periode)
    judul: str
    baris1: str
    baris2: str
    chip: str
    warna: Warna | None
    data: Any = None  # TimRingkas / NIP / TindakanLaporan

    @property
    def teks_cari(self) -> str:
        return f"{self.judul} {self.baris1} {self.baris2} {self.chip}".casefold()


class DaftarModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entri: list[Entri] = []

    def set_entri(self, entri: Sequence[Entri]) -> None:
        self.beginResetModel()
        self.entri = list(entri)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.entri)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entri):
            return None
        e = self.entri[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return e.judul
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (e.judul, e.baris1, e.baris2, e.chip) if x)
        if role == ENTRI_ROLE:
            return e
        if role == KUNCI_ROLE:
            return e.kunci
        return None

    def row_of(self, kunci: Hashable) -> int | None:
        return next((i for i, e in enumerate(self.entri) if e.kunci == kunci), None)


class DaftarFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words = text.casefold().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older PySide6
            self._words = text.casefold().split()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self._words:
            return True
        e = self.sourceModel().index(row, 0, parent).data(ENTRI_ROLE)
        return e is not None and all(w in e.teks_cari for w in self._words)


class EntriDelegate(CardDelegate):
    WIDTH = 240

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        e = index.data(ENTRI_ROLE)
        if not isinstance(e, Entri):
            super().paint(painter, option, index)
            return
        c = self.begin_card(painter, option, index)
        r = c.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chip_w = 0
        if e.chip and e.warna is not None:
            chip_w = c.chip(e.chip, e.warna.fill if not c.selected else QColor("white"),
                            e.warna.pen, extra=14, radius=7)
        c.line(e.judul, r.top(), width=r.width() - chip_w - 8, title=True)
        y = r.top() + c.fm_b.height() + 2
        for text in (e.baris1, e.baris2):
            c.line(text, y)
            y += c.fm_s.height()
        painter.restore()
