"""A two-line card for a person in a narrow list: the name in bold, details in grey below, and a
small badge on the right (e.g. "2 tim")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sistemkerja_desktop.views.teams.labels import MUTED_COLOUR

Index = QModelIndex | QPersistentModelIndex

BADGE_ROLE = Qt.ItemDataRole.UserRole + 20  # short text for the badge; "" = none


class PersonCardDelegate(QStyledItemDelegate):
    PAD = 6

    def __init__(self, detail_columns: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._details = tuple(detail_columns)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 0.5))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, small = self._fonts(option)
        return QSize(200, QFontMetrics(bold).height() + QFontMetrics(small).height()
                     + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(option.rect, option.palette.alternateBase())
        bold, small = self._fonts(option)
        italic = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(italic, QFont) and italic.italic():
            bold.setItalic(True)
            small.setItalic(True)
        fm_b, fm_s = QFontMetrics(bold), QFontMetrics(small)
        r = option.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        main = option.palette.color(role)
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        if isinstance(fg, QBrush) and not selected:
            main = fg.color()
        muted = main if selected else MUTED_COLOUR

        badge = str(index.data(BADGE_ROLE) or "")
        badge_w = fm_s.horizontalAdvance(badge) + 12 if badge else 0
        if badge:
            colour = index.data(BADGE_ROLE + 1)
            colour = colour if isinstance(colour, QColor) else MUTED_COLOUR
            rect = QRect(r.right() - badge_w, r.top() + 1, badge_w, fm_s.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour.lighter(190))
            painter.drawRoundedRect(rect, 6, 6)
            painter.setFont(small)
            painter.setPen(colour.darker(130))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge)
        width = r.width() - (badge_w + 6 if badge else 0)
        painter.setFont(bold)
        painter.setPen(main)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(QRect(r.left(), r.top(), width, fm_b.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_b.elidedText(title, Qt.TextElideMode.ElideRight, width))
        details = " · ".join(str(v) for c in self._details
                             if (v := index.siblingAtColumn(c).data()) not in (None, ""))
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(r.left(), r.top() + fm_b.height() + 1, r.width(), fm_s.height()),
                         Qt.AlignmentFlag.AlignLeft,
                         fm_s.elidedText(details, Qt.TextElideMode.ElideRight, r.width()))
        painter.restore()
