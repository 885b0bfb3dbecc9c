"""The team builder's head: the team's name, a line of jenis · unit · lingkup, the status chip and
"Hapus tim"."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.tim import StatusTim
from sistemkerja_desktop.views.common.widgets import heading, hint
from sistemkerja_desktop.views.teams.labels import STATUS_COLOURS, status_label


class BuilderHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", 3)
        self.subtitle = hint("")
        self.status_chip = QLabel()
        self.delete_button = QPushButton(self.tr("Hapus tim"))
        head = QHBoxLayout(self)
        head.setContentsMargins(0, 0, 0, 0)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_text(self, title: str, subtitle: str) -> None:
        """No team: a title and a line, no status."""
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.status_chip.setText("")
        self.status_chip.setStyleSheet("")

    def show_team(self, title: str, parts: Sequence[str], status: StatusTim) -> None:
        self.title.setText(title)
        self.subtitle.setText(" · ".join(p for p in parts if p))
        colour = STATUS_COLOURS[status]
        self.status_chip.setText(html.escape(status_label(status)))
        self.status_chip.setStyleSheet(
            f"color: {colour.darker(120).name()}; background: {colour.lighter(185).name()}; "
            "border-radius: 9px; padding: 2px 10px;")
