"""The middle pane of the Struktur screen: search box and count, the pegawai table (or the
empty state before there is any pegawai), and a one-line hint while the pegawai form is closed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.struktur.empty_state import EmptyPegawaiWidget
from sistemkerja_desktop.views.struktur.pegawai_table_model import (
    PegawaiFilterProxyModel,
    PegawaiTableModel,
)
from sistemkerja_desktop.views.struktur.pegawai_table_view import PegawaiTableView


class PegawaiListPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PegawaiTableModel(self)
        self.proxy = PegawaiFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Cari nama / NIP / jabatan / unit…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        self.table = PegawaiTableView()
        self.table.setModel(self.proxy)
        self.empty = EmptyPegawaiWidget()
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        self.open_hint = hint(self.tr(
            "Pilih pegawai di tabel untuk melihat dan mengubah datanya."))

        search = QHBoxLayout()
        search.addWidget(self.filter_edit, 1)
        search.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(search)
        layout.addWidget(self.table_stack, 1)
        layout.addWidget(self.open_hint)

        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self.update_count)

    def set_has_rows(self, has_rows: bool) -> None:
        """The table, or the empty state ("Belum ada pegawai") when there is nobody."""
        self.table_stack.setCurrentIndex(0 if has_rows else 1)
        self.filter_edit.setEnabled(has_rows)

    def has_rows(self) -> bool:
        return self.table_stack.currentIndex() == 0

    def set_form_open(self, form_open: bool) -> None:
        self.open_hint.setVisible(not form_open and self.has_rows())
        self.table.set_form_open(form_open)

    def update_count(self, *_: object) -> None:
        self.count_label.setText(self.table.count_text())
