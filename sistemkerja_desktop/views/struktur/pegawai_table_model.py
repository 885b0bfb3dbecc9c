"""The pegawai table: a model over `PegawaiListRow`s and a proxy that filters by unit and text.

Built for agencies of thousands of pegawai (a keystroke must cost well under 50 ms at 5,000):

* each row's lowercase search key is computed once when rows are loaded; on a keystroke the
  proxy evaluates the whole filter in one Python pass into a set of accepted pegawai ids, so the
  per-row `filterAcceptsRow` call is a single set lookup;
* sorting is done by the source model over precomputed keys with Python's `sort` (the proxy's
  `sort` delegates to it). Letting the proxy sort itself would call `lessThan`/`data()` from C++
  into Python for every comparison: ~200 ms whenever clearing the filter re-inserts rows.
"""

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
from PySide6.QtGui import QBrush, QColor, QFont

from sistemkerja_desktop.services.pegawai_service import PegawaiListRow

Index = QModelIndex | QPersistentModelIndex

PEGAWAI_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 3


class Kolom(IntEnum):
    NIP = 0
    NAMA = 1
    JABATAN = 2
    JENJANG = 3
    GOLONGAN = 4
    UNIT = 5
    PPK = 6


def _golongan_kode(tampil: str) -> str:
    """'Penata Muda Tingkat I (III/b)' → 'III/b'; 'Golongan IX' → 'IX'."""
    if tampil.endswith(")") and "(" in tampil:
        return tampil[tampil.rindex("(") + 1:-1]
    return tampil.removeprefix("Golongan ").strip()


def ppk_short(row: PegawaiListRow) -> str:
    """The PPK column's text: the PPK's name ("drg. Ratna K."), "kosong — <jabatan>" for a
    vacant position, or the service's description ("—", "2 PPK (ganda)"). The jabatan and NIP
    are in the tooltip and in the pegawai form."""
    if row.ppk_position_id is None:
        return row.ppk
    jabatan, sep, nama = row.ppk.rpartition(" — ")
    if not sep:
        return row.ppk
    if not row.nip_ppk:  # vacant position
        return f"kosong — {jabatan}"
    return nama


def search_key(row: PegawaiListRow) -> str:
    """One lowercase string matched by the filter: NIP (with and without spaces), nama,
    jabatan, jenjang, unit path and golongan, separated by a character nobody types."""
    return "\x1f".join((row.nip, row.nip_tampil, row.nama, row.jabatan, row.jenjang, row.unit,
                        row.golongan)).casefold()


class PegawaiTableModel(QAbstractTableModel):
    """Read-only table of pegawai; reload with `set_rows` (model reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PegawaiListRow] = []
        self._display: list[tuple[str, ...]] = []
        self._sort: list[tuple[object, ...]] = []
        self.search_keys: list[str] = []
        self._row_of_id: dict[int, int] = {}
        self.ids: list[int] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._inactive_brush = QBrush(QColor("#8a8a8a"))
        self._italic = QFont()
        self._italic.setItalic(True)

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("NIP"), self.tr("Nama"), self.tr("Jabatan"), self.tr("Jenjang"),
                self.tr("Gol."), self.tr("Unit"), self.tr("PPK"))

    def set_rows(self, rows: Sequence[PegawaiListRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = []
        self._sort = []
        for r in self._rows:
            gol = _golongan_kode(r.golongan)
            unit = r.unit.rsplit(" / ", 1)[-1]  # the unit itself; the full path is the tooltip
            ppk = ppk_short(r)
            self._display.append((r.nip_tampil, r.nama, r.jabatan, r.jenjang, gol, unit, ppk))
            self._sort.append((r.nip, r.nama.casefold(), r.jabatan.casefold(), r.jenjang, gol,
                               r.unit.casefold(), ppk.casefold()))
        self.search_keys = [search_key(r) for r in self._rows]
        self._apply_order(self._order(self._sort_column, self._sort_order))
        self.endResetModel()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Row permutation sorting by `column` (ties by nama, then NIP); −1 keeps the order."""
        n = len(self._rows)
        if not 0 <= column < len(Kolom):
            return list(range(n))
        keys = self._sort
        perm = sorted(range(n), key=lambda i: (keys[i][column], keys[i][1], keys[i][0]))
        if order == Qt.SortOrder.DescendingOrder:
            perm.reverse()
        return perm

    def _apply_order(self, perm: list[int]) -> None:
        self._rows = [self._rows[i] for i in perm]
        self._display = [self._display[i] for i in perm]
        self._sort = [self._sort[i] for i in perm]
        self.search_keys = [self.search_keys[i] for i in perm]
        self.ids = [r.id for r in self._rows]
        self._row_of_id = {pid: i for i, pid in enumerate(self.ids)}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        perm = self._order(column, order)
        if column < 0:  # back to load order: by id as the service returned them
            perm.sort(key=lambda i: self._rows[i].id)
        new_row = {old: new for new, old in enumerate(perm)}
        old_persistent = self.persistentIndexList()
        new_persistent = [self.index(new_row[i.row()], i.column()) for i in old_persistent]
        self._apply_order(perm)
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    # ---- helpers for the widget / proxy
    @property
    def rows(self) -> list[PegawaiListRow]:
        return self._rows

    def row_for_pegawai(self, pegawai_id: int) -> int | None:
        return self._row_of_id.get(pegawai_id)

    def pegawai_at(self, row: int) -> PegawaiListRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # ---- QAbstractTableModel
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][col]
        if role == SORT_ROLE:
            return self._sort[row][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            r = self._rows[row]
            if col == Kolom.GOLONGAN:
                return r.golongan
            if col == Kolom.UNIT:
                return r.unit or None
            if col == Kolom.PPK:
                return (self.tr("PPK: %1 (NIP %2)").replace("%1", r.ppk).replace("%2", r.nip_ppk)
                        if r.nip_ppk else self.tr("PPK: %1").replace("%1", r.ppk))
            text = self._display[row][col]
            if not r.aktif:
                return self.tr("%1 (tidak aktif)").replace("%1", text)
            return text or None
        if role == PEGAWAI_ID_ROLE:
            return self._rows[row].id
        if role == UNIT_ID_ROLE:
            return self._rows[row].unit_id
        if role == Qt.ItemDataRole.ForegroundRole and not self._rows[row].aktif:
            return self._inactive_brush
        if role == Qt.ItemDataRole.FontRole and not self._rows[row].aktif:
            return self._italic
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Kolom):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("NIP / NI PPPK"), self.tr("Nama dengan gelar"),
                    self.tr("Nama jabatan"), self.tr("Jenjang jabatan fungsional"),
                    self.tr("Pangkat/golongan ruang (PNS) atau golongan (PPPK)"),
                    self.tr("Unit kerja"), self.tr("Pejabat Penilai Kinerja"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PegawaiFilterProxyModel(QSortFilterProxyModel):
    """Filters by the unit subtree selected in the tree and by a free-text query.

    The query is split into words; a row matches when every word occurs in its search key
    (so "perawat muda" finds "Perawat Ahli Muda"). Words made only of digits and spaces are
    also matched against the NIP with spaces removed, so "19680411 1993" finds the NIP
    "196804111993…" and "196804111993" finds "19680411 199303 …".
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._units: set[int] | None = None
        self._accepted: set[int] | None = None  # pegawai ids; None → accept everything

    # ---- public API
    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def unit_ids(self) -> set[int] | None:
        return self._units

    def set_filter_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self._refilter()

    def set_unit_ids(self, unit_ids: set[int] | None) -> None:
        """Only rows whose unit is in `unit_ids` (−1 = rows without a unit); None = all units."""
        if unit_ids == self._units:
            return
        self._units = None if unit_ids is None else set(unit_ids)
        self._refilter()

    def set_filters(self, text: str, unit_ids: set[int] | None) -> None:
        self._text = text
        self._units = None if unit_ids is None else set(unit_ids)
        self._refilter()

    def recompute(self) -> None:
        """Call after the source rows were reloaded."""
        self._refilter()

    # ---- filtering
    def _compute(self) -> set[int] | None:
        model = self.sourceModel()
        if not isinstance(model, PegawaiTableModel):
            return None
        words = self._text.casefold().split()
        units = self._units
        if not words and units is None:
            return None
        rows = model.rows
        if units is None:
            candidates = list(range(len(rows)))
        else:
            candidates = [i for i, r in enumerate(rows)
                          if (r.unit_id if r.unit_id is not None else -1) in units]
        keys = model.search_keys
        matched = candidates
        for word in words:
            matched = [i for i in matched if word in keys[i]]
        accepted = {rows[i].id for i in matched}
        digits = "".join(words)
        if len(words) > 1 and digits.isdigit():  # "19680411 1993": also the bare NIP
            accepted.update(rows[i].id for i in candidates if digits in rows[i].nip)
        return accepted

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateFilter is deprecated
            self.beginFilterChange()
            self._accepted = self._compute()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older PySide6
            self._accepted = self._compute()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        if accepted is None:
            return True
        ids = self.sourceModel().ids  # type: ignore[attr-defined]
        return source_row < len(ids) and ids[source_row] in accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Delegated to the source model (see the module docstring); filtering stays here."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def source_row_count(self) -> int:
        model = self.sourceModel()
        return model.rowCount() if model is not None else 0
