"""Berkas › Pulihkan dari cadangan…: the automatic backups of the open file with date and size."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.services.data_file_service import BackupInfo
from sistemkerja_desktop.views.common.i18n import indonesian_locale
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import heading, hint


def format_size(size: int) -> str:
    locale = indonesian_locale()
    if size >= 1024 * 1024:
        return f"{locale.toString(size / (1024 * 1024), 'f', 1)} MB"
    return f"{locale.toString(max(1, round(size / 1024)))} KB"


class RestoreDialog(QDialog):
    """`ask()` returns the backup chosen, or None."""

    def __init__(self, backups: Sequence[BackupInfo], db_path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.backups = list(backups)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.resize(640, 400)
        self.table = QTableWidget(len(self.backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Tanggal dan jam"), self.tr("Ukuran"),
                                              self.tr("Berkas")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        locale = indonesian_locale()
        for row, info in enumerate(self.backups):
            when = locale.toString(info.waktu.date(), "dddd, d MMMM yyyy")
            cells = (f"{when}, {info.waktu:%H.%M}", format_size(info.ukuran), info.path.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.restore_button.setText(self.tr("Pulihkan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Cadangan %1").replace("%1", db_path.name), 2))
        explanation = hint(self.tr(
            "Cadangan dibuat otomatis sebelum pembaruan skema dan lewat Berkas › Cadangkan "
            "sekarang, di folder %1. Sebelum cadangan dipulihkan, berkas yang sekarang "
            "dicadangkan dulu, jadi pemulihan selalu dapat dibatalkan dengan memulihkan "
            "cadangan itu.").replace("%1", str(db_path.parent)))
        layout.addWidget(explanation)
        if self.backups:
            layout.addWidget(self.table, 1)
            self.table.selectRow(0)
        else:
            self.table.hide()
            layout.addWidget(hint(self.tr("Belum ada cadangan untuk berkas ini.")), 1)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.doubleClicked.connect(self.accept)
        self._on_table_item_selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _on_table_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    @classmethod
    def ask(cls, backups: Sequence[BackupInfo], db_path: Path,
            parent: QWidget | None = None) -> BackupInfo | None:
        dialog = cls(backups, db_path, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()
