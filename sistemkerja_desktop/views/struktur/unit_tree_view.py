"""The unit tree's view: unit names wrap onto a second line instead of being elided.

Units of one agency share long prefixes ("Bidang Bina Marga", "Bidang Cipta Karya", "UPTD
Laboratorium Bahan Konstruksi"); elided to the tree's width they could not be told apart.
`QTreeView` paints wrapped text but sizes its rows without knowing the width left after the
indentation, so the delegate computes that width, and rows are laid out again whenever the
column width changes (the splitter was dragged, the window resized).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
_ROW_PADDING = 4  # a little air between rows, so a wrapped name reads as one unit


class _WrapDelegate(QStyledItemDelegate):
    def __init__(self, tree: UnitTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.column() != 0:
            size = super().sizeHint(option, index)
            return QSize(size.width(), size.height() + _ROW_PADDING)
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(40, self._tree.name_width(index)), option.rect.height() or 20)
        size = super().sizeHint(opt, index)
        return QSize(min(size.width(), opt.rect.width()), size.height() + _ROW_PADDING)


class UnitTreeView(QTreeView):
    """Column 0 the unit name (wrapped), column 1 the number of pegawai (fixed width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # only for a single over-long word
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIndentation(14)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrapDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(20)
        header.sectionResized.connect(self._on_section_resized)

    def setModel(self, model: object) -> None:  # type: ignore[override]
        super().setModel(model)  # type: ignore[arg-type]
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("00000") + 8)

    def name_width(self, index: Index) -> int:
        """Width left for the name of `index` in column 0, after indentation and branch."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self.indentation() * (depth + (1 if self.rootIsDecorated() else 0))
        return self.columnWidth(0) - indent

    def _on_section_resized(self, column: int, old: int, new: int) -> None:
        if column == 0 and old != new:
            self.scheduleDelayedItemsLayout()  # row heights follow the new width
