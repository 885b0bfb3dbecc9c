"""The timeline grid on screen: lanes down, periods across, one status chip per cell (belum
grey, draf slate, dikirim blue, perlu perbaikan orange, diterima green, terlambat red) with the
days late ("+3 hari") or the due date under it; the period running on the chosen date is tinted,
periods not begun yet are hollow. Selecting a cell emits `sel_dipilih(Sel)`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from sistemkerja_desktop.domain.laporan import StatusLaporan
from sistemkerja_desktop.views.laporan.labels import (
    AKAN_DATANG,
    STATUS_WARNA,
    TERLAMBAT,
    chip_singkat,
    chip_warna,
    hari_label,
    status_panjang,
)
from sistemkerja_desktop.views.laporan.linimasa import Linimasa, Sel
from sistemkerja_desktop.views.penugasan.labels import tanggal
from sistemkerja_desktop.views.teams.labels import indonesian_locale, to_qdate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SEL_ROLE = Qt.ItemDataRole.UserRole + 1
LAPORAN_ID_ROLE = Qt.ItemDataRole.UserRole + 2
KINI = QColor("#fff8e1")  # the period running on the chosen date
BELUM = STATUS_WARNA[StatusLaporan.BELUM]
PILIH = QColor("#dbe8f8")  # the selected cell


def tanggal_singkat(d: dt.date) -> str:
    """'7 Sep' (the column head carries the year)."""
    return indonesian_locale().toString(to_qdate(d), "d MMM")


class PeriodeModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.linimasa = Linimasa()
        self.tanggal = dt.date.today()

    def set_linimasa(self, linimasa: Linimasa, tanggal: dt.date) -> None:
        self.beginResetModel()
        self.linimasa, self.tanggal = linimasa, tanggal
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.linimasa.lajur)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.linimasa.kolom)

    def sel(self, index: Index) -> Sel | None:
        if not index.isValid():
            return None
        return self.linimasa.sel.get((index.row(), index.column()))

    def belum_dimulai(self, s: Sel) -> bool:
        return s.ringkas is None and s.periode is not None and s.periode.mulai > self.tanggal

    def teks(self, s: Sel) -> str:
        if s.ringkas is not None:
            return chip_singkat(s.ringkas)
        return self.tr("Belum dimulai") if self.belum_dimulai(s) else self.tr("Belum")

    def keterangan(self, s: Sel) -> str:
        """The small line under the chip: days late, else the due date."""
        r = s.ringkas
        if r is not None and r.terlambat:
            return hari_label(r.hari_terlambat)
        due = r.jatuh_tempo if r is not None else (s.kolom.jatuh_tempo)
        return self.tr("tempo %1").replace("%1", tanggal_singkat(due)) if due else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.sel(index)
        if s is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.teks(s)
        if role == SEL_ROLE:
            return s
        if role == LAPORAN_ID_ROLE:
            return s.ringkas.id if s.ringkas is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s)
        if role == Qt.ItemDataRole.BackgroundRole and s.kolom.memuat(self.tanggal):
            return KINI
        return None

    def _tooltip(self, s: Sel) -> str:
        lines = [f"{s.kolom.judul} — {s.lajur.pelapor_nama}"]
        if s.ringkas is not None:
            r = s.ringkas
            lines.append(status_panjang(r))
            lines.append(self.tr("Jatuh tempo %1").replace("%1", tanggal(r.jatuh_tempo)))
            if r.dikirim:
                lines.append(self.tr("Dikirim %1").replace("%1", tanggal(r.dikirim)))
            if r.menunggu is not None:
                lines.append(self.tr("Menunggu tinjauan %1: %2").replace(
                    "%1", r.menunggu.peran).replace("%2", r.menunggu.nama))
        elif self.belum_dimulai(s):
            lines.append(self.tr("Periode dimulai %1").replace("%1", tanggal(s.dimulai_pada)))
        elif s.kolom.jatuh_tempo:
            lines.append(self.tr("Belum ada laporan; jatuh tempo %1").replace(
                "%1", tanggal(s.kolom.jatuh_tempo)))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.sel(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        items = self.linimasa.kolom if horizontal else self.linimasa.lajur
        if not 0 <= section < len(items):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if horizontal:
                return items[section].head
            fm = QFontMetrics(QFont())  # each line of the lane's head elided to its width
            return "\n".join(fm.elidedText(line, Qt.TextElideMode.ElideRight,
                                            PeriodeStrip.LANE_WIDTH - 14)
                             for line in items[section].label.split("\n"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if horizontal:
                k = self.linimasa.kolom[section]
                due = tanggal(k.jatuh_tempo) if k.jatuh_tempo else ""
                return f"{k.judul}\n" + self.tr("Jatuh tempo %1").replace("%1", due)
            return self.linimasa.lajur[section].label.replace("\n", " — ")
        if role == Qt.ItemDataRole.FontRole and horizontal and self.linimasa.kolom[
                section].memuat(self.tanggal):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def index_of(self, laporan_id: int) -> QModelIndex:
        rc = self.linimasa.cari(laporan_id)
        return self.index(*rc) if rc is not None else QModelIndex()


class ChipDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        s = index.data(SEL_ROLE)
        if s is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        bg = index.data(Qt.ItemDataRole.BackgroundRole)
        painter.fillRect(option.rect, PILIH if selected else bg if bg is not None
                         else option.palette.base())
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        fm = QFontMetrics(option.font)
        fs = QFontMetrics(small)
        r = s.ringkas
        future = r is None and model.belum_dimulai(s)
        warna = chip_warna(r) if r is not None else AKAN_DATANG if future else BELUM
        text = index.data(Qt.ItemDataRole.DisplayRole)
        cell = option.rect.adjusted(6, 5, -6, -4)
        chip = QRect(cell.left(), cell.top(), cell.width(), fm.height() + 4)
        pen = QPen(warna.pen, 1, Qt.PenStyle.DashLine if future else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(warna.fill)
        painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
        bold = QFont(option.font)
        bold.setBold(not future)
        painter.setFont(bold)
        painter.setPen(warna.pen)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                         QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       chip.width() - 8))
        note = model.keterangan(s)
        if note:
            painter.setFont(small)
            late = r is not None and r.terlambat
            painter.setPen(TERLAMBAT.pen if late else QColor("#6b6b6b"))
            if late:
                f = QFont(small)
                f.setBold(True)
                painter.setFont(f)
            painter.drawText(QRect(cell.left(), chip.bottom() + 2, cell.width(), fs.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             fs.elidedText(note, Qt.TextElideMode.ElideRight, cell.width()))
        if selected:
            painter.setPen(QPen(QColor("#1f5fa8"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(2, 2, -2, -2), 6, 6)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(112, fm.height() * 2 + 16)


class PeriodeStrip(QTableView):
    """The grid view; `set_linimasa(linimasa, tanggal)`, `select_laporan(id)`."""

    sel_dipilih = Signal(object)  # Sel

    COLUMN_WIDTH = 112
    LANE_WIDTH = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = PeriodeModel(self)
        self.setModel(self.grid)
        self.setItemDelegate(ChipDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)  # whole columns
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        h.setDefaultSectionSize(self.COLUMN_WIDTH)
        h.setHighlightSections(False)
        v = self.verticalHeader()
        v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.setDefaultSectionSize(QFontMetrics(self.font()).height() * 2 + 18)
        v.setFixedWidth(self.LANE_WIDTH)
        v.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        v.setHighlightSections(False)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def set_linimasa(self, linimasa: Linimasa, tanggal: dt.date) -> None:
        self.grid.set_linimasa(linimasa, tanggal)
        col = linimasa.kolom_pada(tanggal)
        h = self.horizontalHeader()
        h.setMinimumHeight(QFontMetrics(self.font()).height() * 2 + 10
                           if any("\n" in k.head for k in linimasa.kolom) else 0)
        if col is not None and self.grid.rowCount():
            self.scrollTo(self.grid.index(0, col), QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_sel(self) -> Sel | None:
        return self.grid.sel(self.currentIndex())

    def select(self, index: QModelIndex) -> bool:
        if not index.isValid() or self.grid.sel(index) is None:
            return False
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)
        return True

    def select_laporan(self, laporan_id: int) -> bool:
        return self.select(self.grid.index_of(laporan_id))

    def select_terkini(self, tanggal: dt.date) -> bool:
        """The first lane's cell of the period running on `tanggal` (else the last due)."""
        col = self.grid.linimasa.kolom_pada(tanggal)
        if col is None:
            return False
        for row in range(self.grid.rowCount()):
            if self.select(self.grid.index(row, col)):
                return True
        return False

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        s = self.grid.sel(current)
        if s is not None:
            self.sel_dipilih.emit(s)
