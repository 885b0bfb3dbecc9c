"""A wrapped hint whose height nested layouts cannot get wrong.

A word-wrapped QLabel reports height-for-width; inside a form inside a box inside a splitter
pane, Qt's box layouts then take that estimate as the item's minimum (too high for a short
panel, or computed for a guessed width), squeezing the fields next to it. `FittedHint` reports
no height-for-width and instead keeps its minimum height fitted to its text at its real width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from sistemkerja_desktop.views.common.widgets import HINT_STYLE


class FittedHint(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setStyleSheet(HINT_STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fit()

    def hasHeightForWidth(self) -> bool:
        return False

    def fit(self) -> None:
        width = self.width() if self.width() > 50 else 300
        want = max(super().heightForWidth(width), self.fontMetrics().lineSpacing()) \
            if self.text() else 0
        if want != self.minimumHeight():
            self.setMinimumHeight(want)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
