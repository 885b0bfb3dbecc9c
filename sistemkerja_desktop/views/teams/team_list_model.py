"""The list of teams: a table model over `TimRingkas`, a status/text filter, and a delegate that
draws one team as a three-line card (name; kind · status · period; ketua · members · number)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from sistemkerja_desktop.domain.tim import StatusTim
from sistemkerja_desktop.services.team_dto import TimRingkas
from sistemkerja_desktop.views.common.card import CardDelegate
from sistemkerja_desktop.views.teams.labels import (
    STATUS_COLOURS,
    WAITING_COLOUR,
    periode,
    status_label,
)

Index = QModelIndex | QPersistentModelIndex

TEAM_ROLE = Qt.ItemDataRole.UserRole + 1
TIM_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Kolom(IntEnum):
    NAMA = 0
    JENIS = 1
    STATUS = 2
    PERIODE = 3
    KETUA = 4
    ANGGOTA = 5
    DOKUMEN = 6


class TeamListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TimRingkas] = []

    def set_teams(self, rows: Sequence[TimRingkas]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def teams(self) -> list[TimRingkas]:
        return self._rows

    def team_at(self, row: int) -> TimRingkas | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, tim_id: int) -> int | None:
        return next((i for i, t in enumerate(self._rows) if t.id == tim_id), None)

    def members_text(self, t: TimRingkas) -> str:
        text = self.tr("%1 anggota").replace("%1", str(t.jumlah_anggota))
        if t.menunggu_persetujuan:
            text += self.tr(" (%1 menunggu persetujuan)").replace(
                "%1", str(t.menunggu_persetujuan))
        return text

    def document_text(self, t: TimRingkas) -> str:
        if not t.nomor_dokumen:
            return self.tr("belum ada naskah")
        if t.dokumen_kedaluwarsa:
            return self.tr("%1 (kedaluwarsa)").replace("%1", t.nomor_dokumen)
        return t.nomor_dokumen

    # ---- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        t = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (t.nama, t.jenis_nama, status_label(t.status), periode(t.mulai, t.selesai),
                      t.ketua_nama or self.tr("(belum ada ketua)"), self.members_text(t),
                      self.document_text(t))
            if role == Qt.ItemDataRole.ToolTipRole and col == Kolom.NAMA:
                return f"{t.nama}\n{t.unit_pemilik}"
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == Kolom.STATUS:
            return QBrush(STATUS_COLOURS[t.status])
        if role == TEAM_ROLE:
            return t
        if role == TIM_ID_ROLE:
            return t.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Kolom)):
            return (self.tr("Nama tim"), self.tr("Jenis"), self.tr("Status"), self.tr("Periode"),
                    self.tr("Ketua"), self.tr("Anggota"), self.tr("Naskah"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TeamFilterProxyModel(QSortFilterProxyModel):
    """Words of the query must all occur in name, kind, unit or ketua; optional status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._status: StatusTim | None = None

    def set_filter(self, text: str, status: StatusTim | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words, self._status = text.casefold().split(), status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older PySide6
            self._words, self._status = text.casefold().split(), status
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, TeamListModel):
            return True
        t = model.team_at(source_row)
        if t is None:
            return False
        if self._status is not None and t.status is not self._status:
            return False
        key = f"{t.nama} {t.jenis_nama} {t.unit_pemilik} {t.ketua_nama}".casefold()
        return all(w in key for w in self._words)


class TeamCardDelegate(CardDelegate):
    """Column 0 of the list, drawn as a card: bold name, then two grey detail lines."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        t = index.data(TEAM_ROLE)
        if not isinstance(t, TimRingkas):
            super().paint(painter, option, index)
            return
        c = self.begin_card(painter, option, index)
        r = c.rect
        # line 1: name … status chip on the right
        colour = STATUS_COLOURS[t.status]
        chip_w = c.chip(status_label(t.status),
                        colour.lighter(185) if not c.selected else colour.lighter(140),
                        colour.darker(120))
        c.line(t.nama, r.top(), width=r.width() - chip_w - 8, title=True)
        # line 2: kind · period
        y = r.top() + c.fm_b.height() + 2
        c.line(f"{t.jenis_nama} · {periode(t.mulai, t.selesai)}", y)
        # line 3: ketua · members (waiting in amber)
        ketua = index.siblingAtColumn(Kolom.KETUA).data()
        members = index.siblingAtColumn(Kolom.ANGGOTA).data()
        c.line(f"{ketua} · {members}", y + c.fm_s.height(),
               colour=WAITING_COLOUR if t.menunggu_persetujuan and not c.selected else None)
        painter.restore()
