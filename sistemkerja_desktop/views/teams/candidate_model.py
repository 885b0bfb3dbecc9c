"""Candidates for a team (`services.teams.candidates`): a table model that drags pegawai ids
out as `PEGAWAI_MIME`, and a proxy filtering by typed words (name, NIP, jabatan, unit,
kompetensi). The structured filters (unit, kategori, jenjang, kompetensi, workload) are applied
by the service when the filter bar changes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from sistemkerja_desktop.services.team_dto import Kandidat
from sistemkerja_desktop.views.teams.card_delegate import BADGE_ROLE
from sistemkerja_desktop.views.teams.labels import MUTED_COLOUR, WAITING_COLOUR

Index = QModelIndex | QPersistentModelIndex

PEGAWAI_MIME = "application/x-sistemkerja-pegawai-ids"
PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def encode_pegawai_ids(ids: Iterable[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(PEGAWAI_MIME, json.dumps([int(i) for i in ids]).encode())
    return mime


def decode_pegawai_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(PEGAWAI_MIME):
        return []
    try:
        values = json.loads(bytes(mime.data(PEGAWAI_MIME).data()).decode())
    except ValueError:
        return []
    return [int(v) for v in values if isinstance(v, int)]


class Kolom(IntEnum):
    NAMA = 0
    JABATAN = 1
    UNIT = 2
    TIM = 3


class CandidateModel(QAbstractTableModel):
    """Read-only; a pegawai already in the team is shown greyed and cannot be dragged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Kandidat] = []
        self._keys: list[str] = []
        self._members: set[int] = set()
        self._ppk: dict[int, str] = {}
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_candidates(self, rows: Sequence[Kandidat]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = ["\x1f".join((r.nama, r.nip, r.nip_tampil, r.jabatan, r.unit,
                                   *r.kompetensi)).casefold() for r in self._rows]
        self.endResetModel()

    def set_ppk(self, ppk: dict[int, str]) -> None:
        """pegawai_id → their PPK ("Kepala Bidang … — nama"), shown in the tooltip."""
        self._ppk = dict(ppk)

    def set_members(self, pegawai_ids: Iterable[int]) -> None:
        members = set(pegawai_ids)
        if members == self._members:
            return
        self._members = members
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1,
                                                                len(Kolom) - 1))

    @property
    def candidates(self) -> list[Kandidat]:
        return self._rows

    def candidate_at(self, row: int) -> Kandidat | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def is_member(self, pegawai_id: int) -> bool:
        return pegawai_id in self._members

    # ---- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        k = self._rows[index.row()]
        col = index.column()
        member = k.pegawai_id in self._members
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Kolom.NAMA:
                return k.nama
            if col == Kolom.JABATAN:
                return k.jabatan
            if col == Kolom.UNIT:
                return k.unit.rsplit(" / ", 1)[-1]
            return str(k.jumlah_tim_aktif) if k.jumlah_tim_aktif else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [k.nama, k.nip_tampil or self.tr("(tanpa NIP)"), k.jabatan, k.unit]
            if self._ppk.get(k.pegawai_id):
                lines.append(self.tr("PPK: %1").replace("%1", self._ppk[k.pegawai_id]))
            if k.kompetensi:
                lines.append(self.tr("Kompetensi: %1").replace("%1", ", ".join(k.kompetensi)))
            lines.append(self.tr("%1 tim aktif").replace("%1", str(k.jumlah_tim_aktif)))
            if k.melebihi_ambang:
                lines.append(self.tr("Beban kerja melebihi ambang"))
            if k.eksternal:
                lines.append(self.tr("Pegawai dari luar Perangkat Daerah"))
            if member:
                lines.append(self.tr("Sudah menjadi anggota tim ini"))
            return "\n".join(x for x in lines if x)
        if role == Qt.ItemDataRole.ForegroundRole:
            if member:
                return QBrush(MUTED_COLOUR)
            if col == Kolom.TIM and k.melebihi_ambang:
                return QBrush(WAITING_COLOUR)
        if role == Qt.ItemDataRole.FontRole and member:
            return self._italic
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Kolom.TIM:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == PEGAWAI_ID_ROLE:
            return k.pegawai_id
        if role == BADGE_ROLE:
            if member:
                return self.tr("anggota")
            return self.tr("%1 tim").replace("%1", str(k.jumlah_tim_aktif)) \
                if k.jumlah_tim_aktif else ""
        if role == BADGE_ROLE + 1:
            return WAITING_COLOUR if k.melebihi_ambang and not member else MUTED_COLOUR
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Kolom):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Nama"), self.tr("Jabatan"), self.tr("Unit"),
                    self.tr("Tim"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Nama dengan gelar"), self.tr("Jabatan"), self.tr("Unit kerja"),
                    self.tr("Jumlah tim aktif yang diikuti"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._rows[index.row()].pegawai_id not in self._members:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ---- drag
    def mimeTypes(self) -> list[str]:
        return [PEGAWAI_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[int] = []
        for index in indexes:
            k = self.candidate_at(index.row()) if index.isValid() else None
            if k is not None and k.pegawai_id not in ids and k.pegawai_id not in self._members:
                ids.append(k.pegawai_id)
        return encode_pegawai_ids(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class CandidateFilterProxyModel(QSortFilterProxyModel):
    """Every typed word must occur in the candidate's name, NIP, jabatan, unit or kompetensi."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older PySide6
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, CandidateModel):
            return True
        key = model.key_at(source_row)
        return all(w in key for w in self._words)
