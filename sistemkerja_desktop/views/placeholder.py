"""An honest page for an area that is not built yet: what it will do, and that it is not
available in this version. No sample data, no dead buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sistemkerja_desktop.views.common.widgets import heading, hint


class PlaceholderWidget(QWidget):
    """`title`, a one-paragraph `summary`, and the planned features as a list."""

    def __init__(self, title: str, summary: str, planned: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        card = QFrame()
        card.setObjectName("placeholderCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(720)
        card.setStyleSheet("#placeholderCard { background: palette(base); border: 1px solid "
                           "palette(mid); border-radius: 8px; }")

        self.badge = QLabel(self.tr("Belum tersedia"))
        self.badge.setStyleSheet("background: #fff4d6; color: #7a5200; border: 1px solid "
                                 "#f0d58a; border-radius: 10px; padding: 2px 10px;")
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        items = "".join(f"<li style='margin-bottom:4px'>{text}</li>" for text in planned)
        self.planned = QLabel(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.planned.setWordWrap(True)
        self.planned.setTextFormat(Qt.TextFormat.RichText)
        self.note = hint(self.tr(
            "Bagian ini sedang dikembangkan dan belum dapat digunakan di versi ini. Data "
            "struktur dan kedudukan yang Anda isi sekarang akan menjadi dasarnya."))

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(heading(title, 6))
        inner.addWidget(self.summary)
        inner.addWidget(heading(self.tr("Yang akan tersedia:"), 0))
        inner.addWidget(self.planned)
        inner.addWidget(self.note)

        card.setMinimumWidth(480)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 6)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def refresh(self) -> None:
        """Nothing to reload; present so the main window can treat every area alike."""
