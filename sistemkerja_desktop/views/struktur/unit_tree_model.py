"""The unit tree left of the Struktur screen: "Semua unit" → units → sub-units, with counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from sistemkerja_desktop.domain.organisasi import Unit

Index = QModelIndex | QPersistentModelIndex

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The unit id of a node: None for "Semua unit", NO_UNIT for pegawai without a unit."""

NO_UNIT = -1


@dataclass(eq=False)
class _Node:
    unit_id: int | None
    nama: str
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0
    own: int = 0  # pegawai directly in this unit
    total: int = 0  # pegawai in this unit and its sub-units


class UnitTreeModel(QAbstractItemModel):
    """Read-only tree over `Struktur.units`; the root row is "Semua unit".

    `set_units(units, counts)` takes `{unit_id: number of pegawai directly in it}`; the key None
    counts pegawai without a unit (shown as a "(tanpa unit)" node when non-zero).
    """

    def __init__(self, parent: QAbstractItemModel | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, "")  # invisible
        self._by_unit: dict[int | None, _Node] = {}
        self._count_brush = QBrush(QColor("#666666"))
        self.set_units((), {})

    # ---- loading
    def set_units(self, units: Iterable[Unit], counts: dict[int | None, int]) -> None:
        self.beginResetModel()
        units = list(units)
        semua = _Node(None, self.tr("Semua unit"), parent=self._root)
        self._root.children = [semua]
        self._by_unit = {None: semua}
        nodes = {u.id: _Node(u.id, u.nama) for u in units}
        for u in units:
            node = nodes[u.id]
            parent = nodes.get(u.parent_id) if u.parent_id is not None else None
            if parent is None or parent is node or self._is_descendant(parent, node):
                parent = semua
            node.parent = parent
            parent.children.append(node)
        for node in nodes.values():
            node.own = counts.get(node.unit_id, 0)
        if counts.get(None, 0):
            tanpa = _Node(NO_UNIT, self.tr("(tanpa unit)"), parent=semua, own=counts[None])
            semua.children.append(tanpa)
            nodes[NO_UNIT] = tanpa
        self._by_unit.update(nodes)
        self._number(self._root)
        self._total(semua)
        self.endResetModel()

    @staticmethod
    def _is_descendant(node: _Node, ancestor: _Node) -> bool:
        seen = set()
        current: _Node | None = node
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            if current is ancestor:
                return True
            current = current.parent
        return False

    def _number(self, node: _Node) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            for i, child in enumerate(n.children):
                child.row = i
                stack.append(child)

    def _total(self, top: _Node) -> None:
        order: list[_Node] = []
        stack = [top]
        while stack:
            n = stack.pop()
            order.append(n)
            stack.extend(n.children)
        for n in reversed(order):  # children before parents
            n.total = n.own + sum(c.total for c in n.children)

    # ---- queries used by the widget
    def index_for_unit(self, unit_id: int | None) -> QModelIndex:
        node = self._by_unit.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def subtree_unit_ids(self, unit_id: int | None) -> set[int] | None:
        """Unit ids in the subtree (NO_UNIT for the "(tanpa unit)" node); None means all."""
        if unit_id is None:
            return None
        node = self._by_unit.get(unit_id)
        if node is None:
            return set()
        out: set[int] = set()
        stack = [node]
        while stack:
            n = stack.pop()
            if n.unit_id is not None:
                out.add(n.unit_id)
            stack.extend(n.children)
        return out

    def total_for(self, unit_id: int | None) -> int:
        node = self._by_unit.get(unit_id)
        return node.total if node else 0

    # ---- QAbstractItemModel
    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not 0 <= column < 2 or row < 0 or parent.column() > 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2  # nama, number of pegawai (subtree)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.nama if index.column() == 0 else node.total
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return self._count_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.unit_id is None:
                return self.tr("%n pegawai di seluruh unit", "", node.total)
            return self.tr("%1\n%2 pegawai langsung, %3 termasuk sub-unit").replace(
                "%1", self._path(node)).replace("%2", str(node.own)).replace("%3", str(node.total))
        if role == UNIT_ID_ROLE:
            return node.unit_id
        return None

    @staticmethod
    def _path(node: _Node) -> str:
        """'Dinas X / Sekretariat / Subbagian Umum': the whole path, for the tooltip."""
        names: list[str] = []
        current: _Node | None = node
        while current is not None and current.unit_id is not None:
            names.append(current.nama)
            current = current.parent
        return " / ".join(reversed(names))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Unit kerja")
            if section == 1:
                return self.tr("Pegawai")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
