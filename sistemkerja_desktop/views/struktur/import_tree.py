"""Import wizard: the unit tree the import will build, before anything is written.

A collapsible tree of unit names with the number of rows placed directly in each unit; units that
do not exist yet are bold and marked "baru" (existing ones plain, no mark), units whose parent
could not be inferred are marked in amber with the reason in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.impor_unit import UnitNode, UnitTreePlan

_NEW_FG = QColor("#1b5e20")
_UNKNOWN_BG = QColor("#fff4d6")
_UNKNOWN_FG = QColor("#7a4b00")
_EXPAND_LEVELS = 2  # root and its children open; deeper levels on demand


class UnitTreePreview(QWidget):
    """`show_plan(plan)`; `tree` and `summary_label` are public for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("import_unit_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Unit"), self.tr("Pegawai"), self.tr("Keadaan")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setMinimumWidth(380)
        header = self.tree.header()
        header.setStretchLastSection(True)  # the rows fill the width; names still never cut
        # whole unit names (a horizontal scroll bar when narrow) rather than "Bidang Pela…"
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Struktur unit yang akan dibuat</b>"))
        layout.addWidget(title)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        self.items: dict[tuple[str, ...], QTreeWidgetItem] = {}

    def show_plan(self, plan: UnitTreePlan | None) -> None:
        self.tree.clear()
        self.items = {}
        if plan is None:
            self.summary_label.setText("")
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for node in plan.nodes:
            item = QTreeWidgetItem([node.nama or plan.root_nama, str(node.anggota) if node.anggota
                                    else "", self._state(node)])
            item.setData(0, Qt.ItemDataRole.UserRole, node.path)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, " / ".join((plan.root_nama, *node.path))
                            + ("" if node.baru else self.tr(" (sudah ada)")))
            if node.baru:
                item.setFont(0, bold)
                item.setForeground(2, QBrush(_NEW_FG))
            if node.induk_tidak_diketahui:
                reason = plan.pesan_tidak_diketahui(node.path)
                item.setForeground(2, QBrush(_UNKNOWN_FG))
                for col in range(3):
                    item.setBackground(col, QBrush(_UNKNOWN_BG))
                    item.setToolTip(col, reason)
            parent = self.items.get(node.path[:-1]) if node.path else None
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self.items[node.path] = item
            item.setExpanded(len(node.path) < _EXPAND_LEVELS)
        units = len(plan.nodes)
        baru = sum(n.baru for n in plan.nodes)
        text = self.tr("%1 unit, %2 di antaranya baru.").replace("%1", str(units)).replace(
            "%2", str(baru))
        if plan.tidak_diketahui:
            text += " <span style='color:#7a4b00'>" + self.tr(
                "%1 unit tanpa induk yang dapat ditentukan diletakkan langsung di bawah %2 "
                "(ditandai kuning); periksa sesudah impor.").replace(
                "%1", str(len(plan.tidak_diketahui))).replace("%2", plan.root_nama) + "</span>"
        self.summary_label.setText(text)

    def _state(self, node: UnitNode) -> str:
        if node.induk_tidak_diketahui:
            return self.tr("induk belum pasti")
        return self.tr("baru") if node.baru else ""
