"""What the pegawai table area shows before there is any pegawai: how to get started."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from sistemkerja_desktop.views.common.widgets import heading, hint


class EmptyPegawaiWidget(QWidget):
    """"Belum ada pegawai", with buttons to import from Excel or add one pegawai."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Belum ada pegawai"), 4)
        self.text = hint(self.tr(
            "Impor daftar pegawai dari Excel (DUK atau unduhan SIASN) atau tambahkan pegawai "
            "satu per satu."))
        self.import_button = QPushButton(self.tr("Impor dari Excel…"))
        self.add_button = QPushButton(self.tr("Tambah pegawai"))
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title, self.text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
