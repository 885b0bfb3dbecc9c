"""A figure tile: a big number over its label (the package preview's summary)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Ubin(QWidget):
    def __init__(self, label: str, angka: int, warna: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ubin")
        self.angka = QLabel(str(angka))
        self.angka.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.angka.setStyleSheet(f"font-size:22px;font-weight:600;color:{warna}")
        text = QLabel(label)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.addWidget(self.angka)
        layout.addWidget(text)
        self.setStyleSheet("#ubin{background:#f6f7f9;border:1px solid #dde1e6;border-radius:6px}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
