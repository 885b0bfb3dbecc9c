"""The members of the team being edited: ketua/anggota, free-text "jabatan dalam tim", origin
and approval state. The model holds the draft's `Anggota` values; dropping pegawai ids
(`PEGAWAI_MIME`, from the candidate list) adds them, dragging rows inside reorders them.

A refused (*ditolak*) member stays in the list, greyed, with the reason and "tidak dicantumkan
dalam naskah" (no SK or Surat Tugas lists them); a pending (*menunggu*) one is tinted: a final
SK/Surat Tugas waits for the approval (KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan
from sistemkerja_desktop.views.teams.candidate_model import PEGAWAI_MIME, decode_pegawai_ids
from sistemkerja_desktop.views.teams.labels import (
    MUTED_COLOUR,
    OK_COLOUR,
    REFUSED_COLOUR,
    WAITING_COLOUR,
    asal_label,
    peran_label,
    persetujuan_label,
    persetujuan_singkat,
)
from sistemkerja_desktop.views.teams.member_info import MemberInfo, member_info

__all__ = ["MEMBER_MIME", "PEGAWAI_ID_ROLE", "Kolom", "MemberInfo", "MemberModel", "member_info"]

Index = QModelIndex | QPersistentModelIndex

MEMBER_MIME = "application/x-sistemkerja-anggota-tim"
PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Kolom(IntEnum):
    NAMA = 0
    PERAN = 1  # ketua / anggota / free-text jabatan dalam tim (Sekretaris, …)
    ASAL = 2
    PERSETUJUAN = 3
    TIM = 4


Derive = Callable[[tuple[Anggota, ...]], tuple[Anggota, ...]]
WAITING_BACKGROUND = QColor("#fff3dc")


class MemberModel(QAbstractTableModel):
    members_changed = Signal()  # any add, remove, move or edit

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[Anggota] = []  # as edited (origin may be left to derivation)
        self._shown: list[Anggota] = []  # with origin/approval derived
        self._info: dict[int, MemberInfo] = {}
        self._derive: Derive = lambda a: a
        self._bold = QFont()
        self._bold.setBold(True)
        self._refused_font = QFont()
        self._refused_font.setItalic(True)

    # ---- setup
    def set_info(self, info: dict[int, MemberInfo]) -> None:
        self._info = dict(info)
        self._refresh_all()

    def set_derive(self, derive: Derive) -> None:
        """`derive(anggota)` fills each member's origin and approval (domain rules)."""
        self._derive = derive
        self._refresh_all()

    def set_members(self, anggota: Sequence[Anggota]) -> None:
        self.beginResetModel()
        self._members = list(anggota)
        self._shown = list(self._derive(tuple(self._members)))
        self.endResetModel()

    def info(self, pegawai_id: int) -> MemberInfo:
        return self._info.get(pegawai_id) or MemberInfo(
            pegawai_id, self.tr("Pegawai #%1").replace("%1", str(pegawai_id)))

    # ---- reading
    def anggota(self) -> tuple[Anggota, ...]:
        return tuple(self._members)

    def shown(self, row: int) -> Anggota | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def pegawai_ids(self) -> list[int]:
        return [a.pegawai_id for a in self._members]

    def row_of(self, pegawai_id: int) -> int | None:
        return next((i for i, a in enumerate(self._members) if a.pegawai_id == pegawai_id), None)

    # ---- editing
    def add(self, pegawai_ids: Iterable[int], row: int = -1) -> list[int]:
        """Append (or insert at `row`) pegawai not yet in the team; returns those added."""
        present = set(self.pegawai_ids())
        new = [pid for pid in dict.fromkeys(pegawai_ids) if pid not in present]
        if not new:
            return []
        row = len(self._members) if row < 0 or row > len(self._members) else row
        self.beginInsertRows(QModelIndex(), row, row + len(new) - 1)
        self._members[row:row] = [Anggota(pid) for pid in new]
        self._shown = list(self._derive(tuple(self._members)))
        self.endInsertRows()
        self.members_changed.emit()
        return new

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._members):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._members[row]
                del self._shown[row]
                self.endRemoveRows()
        self._refresh_all()
        self.members_changed.emit()

    def move(self, row: int, to: int) -> bool:
        """Move member `row` so that it ends at position `to` (0 … rowCount-1)."""
        if self._move(row, to):
            self.members_changed.emit()
            return True
        return False

    def _move(self, row: int, to: int) -> bool:
        n = len(self._members)
        to = max(0, min(to, n - 1))
        if not 0 <= row < n or row == to:
            return False
        dest = to + 1 if to > row else to  # beginMoveRows counts the gap before `dest`
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._members.insert(to, self._members.pop(row))
        self._shown.insert(to, self._shown.pop(row))
        self.endMoveRows()
        return True

    def replace(self, row: int, anggota: Anggota) -> None:
        if 0 <= row < len(self._members):
            self._members[row] = anggota
            self._refresh_all()
            self.members_changed.emit()

    def set_ketua(self, row: int) -> None:
        """Make `row` the ketua (at the top of the list); a previous ketua becomes anggota."""
        if not 0 <= row < len(self._members):
            return
        pid = self._members[row].pegawai_id
        self._members = [dataclasses.replace(a, peran=PeranTim.ANGGOTA, pengganti=False)
                         if a.peran is PeranTim.KETUA and a.pegawai_id != pid else a
                         for a in self._members]
        self._members[row] = dataclasses.replace(self._members[row], peran=PeranTim.KETUA,
                                                 sementara=False, dasar_sementara="")
        self._refresh_all()
        self._move(row, 0)
        self.members_changed.emit()

    def set_peran(self, row: int, text: str) -> bool:
        """'Ketua' makes `row` the ketua; 'Anggota' (or nothing) a plain member; any other
        text is a jabatan dalam tim (Sekretaris, Bendahara, …) of an anggota."""
        if not 0 <= row < len(self._members):
            return False
        a = self._members[row]
        text = " ".join(text.split())
        key = text.casefold()
        if a.sementara and key == self.label_sementara().casefold():
            return False  # the acting ketua's own label: unchanged
        if key in (PeranTim.KETUA.value.casefold(), peran_label(PeranTim.KETUA).casefold()):
            if a.peran is PeranTim.KETUA and not a.jabatan_dalam_tim:
                return False
            self._members[row] = dataclasses.replace(a, jabatan_dalam_tim="")
            self.set_ketua(row)
            return True
        if key in ("", PeranTim.ANGGOTA.value.casefold(),
                   peran_label(PeranTim.ANGGOTA).casefold()):
            new = dataclasses.replace(a, peran=PeranTim.ANGGOTA, jabatan_dalam_tim="",
                                      pengganti=False, sementara=False, dasar_sementara="")
        else:
            new = dataclasses.replace(a, jabatan_dalam_tim=text,
                                      peran=a.peran if a.peran is PeranTim.KETUA
                                      else PeranTim.ANGGOTA, sementara=False,
                                      dasar_sementara="")
        if new == a:
            return False
        self.replace(row, new)
        return True

    def set_persetujuan(self, pegawai_id: int, persetujuan: Persetujuan, alasan: str) -> None:
        """Record an approval decision on the draft's member (a decision the service stored,
        or one to be saved with the team)."""
        row = self.row_of(pegawai_id)
        if row is not None:
            self.replace(row, dataclasses.replace(self._members[row], persetujuan=persetujuan,
                                                  alasan_persetujuan=alasan.strip()))

    def label_sementara(self) -> str:
        return self.tr("Ketua sementara")

    def reset_origin(self) -> None:
        """The unit pemilik kinerja changed: derive every member's origin again, and the
        approval of those not yet decided."""
        undecided = (Persetujuan.TIDAK_PERLU, Persetujuan.MENUNGGU, None)
        self._members = [dataclasses.replace(
            a, asal=None, **({"persetujuan": None, "alasan_persetujuan": ""}
                             if a.persetujuan in undecided else {})) for a in self._members]
        self._refresh_all()

    def _refresh_all(self) -> None:
        self._shown = list(self._derive(tuple(self._members)))
        if self._members:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._members) - 1,
                                                                len(Kolom) - 1))

    # ---- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self._shown[index.row()]
        info = self.info(a.pegawai_id)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, info, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == Kolom.PERAN:
                return a.label_peran
            return self._display(a, info, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, info, col)
        refused = a.persetujuan is Persetujuan.DITOLAK
        if role == Qt.ItemDataRole.FontRole:
            if refused:
                return self._refused_font
            if (a.peran is PeranTim.KETUA or a.sementara) and col <= Kolom.PERAN:
                return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Kolom.PERSETUJUAN:
                return QBrush({Persetujuan.MENUNGGU: WAITING_COLOUR, Persetujuan.DISETUJUI:
                               OK_COLOUR, Persetujuan.DITOLAK: REFUSED_COLOUR}.get(
                                   a.persetujuan, MUTED_COLOUR)) if a.persetujuan else None
            if refused:
                return QBrush(MUTED_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and a.persetujuan is Persetujuan.MENUNGGU:
            return QBrush(WAITING_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Kolom.TIM:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == PEGAWAI_ID_ROLE:
            return a.pegawai_id
        return None

    def _display(self, a: Anggota, info: MemberInfo, col: int) -> str:
        if col == Kolom.NAMA:
            if a.persetujuan is Persetujuan.DITOLAK:
                return self.tr("%1 — ditolak: %2; tidak dicantumkan dalam naskah").replace(
                    "%1", info.nama).replace("%2", a.alasan_persetujuan
                                             or self.tr("alasan belum diisi"))
            return info.nama
        if col == Kolom.PERAN:
            if a.sementara and not a.jabatan_dalam_tim.strip():
                return self.label_sementara()
            text = a.jabatan_dalam_tim.strip() or peran_label(a.peran)
            return self.tr("%1 (pengganti)").replace("%1", text) if a.pengganti else text
        if col == Kolom.ASAL:
            return asal_label(a.asal)
        if col == Kolom.PERSETUJUAN:
            return persetujuan_singkat(a.persetujuan)
        return str(info.jumlah_tim_aktif) if info.jumlah_tim_aktif else "–"

    def _tooltip(self, a: Anggota, info: MemberInfo, col: int) -> str | None:
        if col == Kolom.NAMA:
            ppk = self.tr("PPK: %1").replace("%1", info.ppk) if info.ppk else ""
            return "\n".join(x for x in (info.nama, info.nip_tampil, info.pangkat, info.jabatan,
                                         info.unit, ppk, self._persetujuan_note(a)) if x)
        if col == Kolom.PERAN:
            text = self.tr("Ketua, Anggota, atau jabatan dalam tim (mis. Sekretaris). "
                           "Klik dua kali untuk mengubah.")
            if a.pengganti:
                text = self.tr("Ketua pengganti: %1").replace(
                    "%1", a.alasan_pengganti or self.tr("alasan belum diisi"))
            if a.sementara:
                text = self.tr("Ketua Kelompok Kerja (squad) sementara; penunjukan: %1").replace(
                    "%1", a.dasar_sementara or self.tr("belum diisi"))
            return text
        if col == Kolom.ASAL:
            return info.unit or None
        if col == Kolom.PERSETUJUAN:
            head = persetujuan_label(a.persetujuan)
            head = f"{head}: {a.alasan_persetujuan}" if a.alasan_persetujuan else head
            return "\n".join(x for x in (head, self._persetujuan_note(a)) if x)
        return None

    def _persetujuan_note(self, a: Anggota) -> str:
        if a.persetujuan is Persetujuan.DITOLAK:
            return self.tr("Ditolak: tidak dicantumkan dalam naskah (SK/Surat Tugas).")
        if a.persetujuan is Persetujuan.MENUNGGU:
            return self.tr("Menunggu persetujuan: SK/Surat Tugas final belum dapat diterbitkan "
                           "sebelum disetujui; draf menandainya.")
        return ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == Kolom.PERAN:
            return self.set_peran(index.row(), str(value or ""))
        return False

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Kolom)):
            return (self.tr("Nama"), self.tr("Peran dalam tim"), self.tr("Asal"),
                    self.tr("Persetujuan"), self.tr("Tim"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                 | Qt.ItemFlag.ItemIsDragEnabled)
        if index.column() == Kolom.PERAN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ---- drag and drop
    def mimeTypes(self) -> list[str]:
        return [PEGAWAI_MIME, MEMBER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MEMBER_MIME, json.dumps(
            [self._members[r].pegawai_id for r in rows]).encode())
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy: the view must not remove the dragged rows itself; dropMimeData moves them.
        return Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(PEGAWAI_MIME) or data.hasFormat(MEMBER_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._members)
        if data.hasFormat(PEGAWAI_MIME):
            return bool(self.add(decode_pegawai_ids(data), row))
        if data.hasFormat(MEMBER_MIME):
            try:
                ids = [int(v) for v in json.loads(bytes(data.data(MEMBER_MIME).data()))]
            except ValueError:
                return False
            moved = False
            for pid in ids:
                src = self.row_of(pid)
                if src is None:
                    continue
                target = row - 1 if src < row else row
                moved = self._move(src, target) or moved
                row = (self.row_of(pid) or 0) + 1
            if moved:
                self.members_changed.emit()
            return moved
        return False
