"""The three panes of the Struktur screen: unit tree | pegawai table | pegawai form.

Sized for the screen at hand (a 1366 px window minus the 200 px navigation leaves ~1150 px):

* the unit tree takes a share of the width between `TREE_MIN` and `TREE_MAX`, so that unit
  names read in full (they wrap, see `UnitPanel`) — until the user drags a handle, after which
  their sizes are kept and the table alone grows or shrinks with the window;
* the pegawai form only takes room while it shows a pegawai: with nothing to show the pane is
  hidden and the table gets the width (the shell shows a one-line hint instead);
* the table gets everything else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

TREE_SHARE = 0.24  # of the splitter's width
TREE_MIN = 260
TREE_MAX = 380
FORM_WIDTH = 300
TABLE_MIN = 320


class StrukturSplitter(QSplitter):
    def __init__(self, tree: QWidget, table: QWidget, form: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.tree_pane, self.table_pane, self.form_pane = tree, table, form
        tree.setMinimumWidth(180)
        form.setMinimumWidth(280)
        table.setMinimumWidth(TABLE_MIN)
        for i, widget in enumerate((tree, table, form)):
            self.addWidget(widget)
            self.setStretchFactor(i, 1 if widget is table else 0)
        self.setChildrenCollapsible(False)
        self._user_sized = False
        self._form_width = FORM_WIDTH
        self.setSizes([TREE_MIN, 600, FORM_WIDTH])
        self.splitterMoved.connect(self._on_splitter_moved)

    # ---- public
    @property
    def form_shown(self) -> bool:
        return not self.form_pane.isHidden()

    def set_form_shown(self, shown: bool) -> None:
        """Show the form pane (taking its width from the table) or hide it (giving it back)."""
        if shown == self.form_shown:
            return
        sizes = self.sizes()
        if not shown:
            if self._user_sized and sizes[2] > 0:
                self._form_width = sizes[2]  # reopened at the width the user gave it
            self.form_pane.hide()
            self.setSizes([sizes[0], sizes[1] + sizes[2] + self.handleWidth(), 0])
            return
        self.form_pane.show()
        if self._user_sized:
            width = min(self._form_width, max(0, sizes[1] - TABLE_MIN))
            self.setSizes([sizes[0], sizes[1] - width - self.handleWidth(), width])
        else:
            self._fit()

    def tree_width_for(self, total: int) -> int:
        return max(TREE_MIN, min(TREE_MAX, int(total * TREE_SHARE)))

    # ---- internals
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self._fit()

    def _fit(self) -> None:
        handles = self.handleWidth() * (2 if self.form_shown else 1)
        total = self.width() - handles
        tree = self.tree_width_for(total)
        form = self._form_width if self.form_shown else 0
        self.setSizes([tree, max(TABLE_MIN, total - tree - form), form])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True  # only a drag of a handle moves the splitter
        if self.form_shown:
            self._form_width = self.sizes()[2]
