"""A two-line card for a person in a narrow list: the name in bold, details in grey below, and a
small badge on the right (e.g. "2 tim")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from sistemkerja_desktop.views.common.card import CardDelegate
from sistemkerja_desktop.views.teams.labels import MUTED_COLOUR

Index = QModelIndex | QPersistentModelIndex

BADGE_ROLE = Qt.ItemDataRole.UserRole + 20  # short text for the badge; "" = none


class PersonCardDelegate(CardDelegate):
    PAD = 6
    WIDTH = 200
    DETAIL_LINES = 1

    def __init__(self, detail_columns: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._details = tuple(detail_columns)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        font = index.data(Qt.ItemDataRole.FontRole)
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        c = self.begin_card(painter, option, index,
                            italic=isinstance(font, QFont) and font.italic(),
                            foreground=fg.color() if isinstance(fg, QBrush) else None)
        r = c.rect
        badge = str(index.data(BADGE_ROLE) or "")
        badge_w = 0
        if badge:
            colour = index.data(BADGE_ROLE + 1)
            colour = colour if isinstance(colour, QColor) else MUTED_COLOUR
            badge_w = c.chip(badge, colour.lighter(190), colour.darker(130)) + 6
        c.line(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), r.top(),
               width=r.width() - badge_w, title=True)
        details = " · ".join(str(v) for col in self._details
                             if (v := index.siblingAtColumn(col).data()) not in (None, ""))
        c.line(details, r.top() + c.fm_b.height() + 1)
        painter.restore()
