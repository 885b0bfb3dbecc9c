"""The unit tree on the left of the Struktur screen, with "Ubah unit…" / "Tambah sub-unit…".

Emits `units_changed(Changes)` after a unit was saved through `UnitDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.struktur.unit_dialog import UnitDialog
from sistemkerja_desktop.views.struktur.unit_tree_model import UNIT_ID_ROLE, UnitTreeModel
from sistemkerja_desktop.views.struktur.unit_tree_view import UnitTreeView


class UnitPanel(QWidget):
    units_changed = Signal(object)  # services.changes.Changes

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.struktur: Struktur | None = None  # set by the Struktur screen on every refresh
        self.model = UnitTreeModel(self)
        self.tree = UnitTreeView()
        self.tree.setModel(self.model)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit_button = QPushButton(self.tr("Ubah unit…"))
        self.edit_button.setToolTip(self.tr(
            "Ubah nama, jenis, induk, kode, dan status unit kerja mandiri unit yang dipilih"))
        self.add_button = QPushButton(self.tr("Tambah sub-unit…"))
        self.add_button.setToolTip(self.tr("Tambah unit baru di bawah unit yang dipilih"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel(self.tr("<b>Unit kerja</b>")))
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add_sub_unit)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu_requested)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected_unit_id(self) -> int | None:
        """The real unit selected: None for "Semua unit" and "(tanpa unit)"."""
        index = self.tree.currentIndex()
        unit_id = index.data(UNIT_ID_ROLE) if index.isValid() else None
        return unit_id if unit_id is not None and unit_id > 0 else None

    def set_struktur(self, struktur: Struktur | None) -> None:
        self.struktur = struktur
        self._update_buttons()

    def edit_selected(self) -> Changes | None:
        unit_id = self.selected_unit_id()
        if self.struktur is None or unit_id is None:
            return None
        return self._done(UnitDialog.edit(self, self._services, self.struktur, unit_id))

    def add_sub_unit(self) -> Changes | None:
        if self.struktur is None:
            return None
        return self._done(UnitDialog.add_sub_unit(self, self._services, self.struktur,
                                                  self.selected_unit_id()))

    def _done(self, changes: Changes | None) -> Changes | None:
        if changes is not None:
            self.units_changed.emit(changes)
        return changes

    def _update_buttons(self, *_: object) -> None:
        has = self.struktur is not None
        self.add_button.setEnabled(has)
        self.edit_button.setEnabled(has and self.selected_unit_id() is not None)

    def _on_tree_context_menu_requested(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        if self.struktur is None:
            return
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Ubah unit…"))
        edit.setEnabled(self.selected_unit_id() is not None)
        edit.triggered.connect(self.edit_selected)
        menu.addAction(self.tr("Tambah sub-unit…")).triggered.connect(self.add_sub_unit)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
