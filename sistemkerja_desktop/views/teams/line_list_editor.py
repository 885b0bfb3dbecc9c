"""An ordered list of text lines (the team's tugas): add, edit in place, remove, reorder."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LineListEditor(QWidget):
    changed = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.add_button = QPushButton(self.tr("Tambah"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        self.up_button.setToolTip(self.tr("Naikkan"))
        self.down_button.setToolTip(self.tr("Turunkan"))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(34)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def values(self) -> tuple[str, ...]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = item.text().strip() if item is not None else ""
            if text and text != self._placeholder:
                out.append(text)
        return tuple(out)

    def set_values(self, values: Sequence[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for v in values:
            self.list.addItem(self._item(v))
        self.list.blockSignals(False)
        self._update_buttons()

    def add_line(self, text: str = "") -> None:
        item = self._item(text or self._placeholder)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        if not text:
            self.list.editItem(item)
        self.changed.emit()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _update_buttons(self, *_: object) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
