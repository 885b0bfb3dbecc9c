"""What the list cards share (a person in the candidate list, a team in the team list, a request
in *Perlu tindakan*): a bold first line and smaller grey detail lines, the row's background, a
rounded chip on the right, elided text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sistemkerja_desktop.views.teams.labels import MUTED_COLOUR

Index = QModelIndex | QPersistentModelIndex


@dataclass
class CardPaint:
    """One card being painted: fonts, their metrics, the inner rectangle and the pens."""

    painter: QPainter
    selected: bool
    bold: QFont
    small: QFont
    fm_b: QFontMetrics
    fm_s: QFontMetrics
    rect: QRect  # inside the padding
    main: QColor
    muted: QColor

    def line(self, text: str, top: int, *, width: int | None = None, title: bool = False,
             colour: QColor | None = None) -> None:
        """One elided line at `top` (the title line in bold and vertically centred)."""
        font, fm = (self.bold, self.fm_b) if title else (self.small, self.fm_s)
        w = self.rect.width() if width is None else width
        self.painter.setFont(font)
        self.painter.setPen(colour or (self.main if title else self.muted))
        align = Qt.AlignmentFlag.AlignLeft | (Qt.AlignmentFlag.AlignVCenter if title
                                              else Qt.AlignmentFlag.AlignTop)
        self.painter.drawText(QRect(self.rect.left(), top, w, fm.height()), align,
                              fm.elidedText(text, Qt.TextElideMode.ElideRight, w))

    def chip(self, text: str, fill: QColor, pen: QColor, *, extra: int = 12,
             radius: int = 6) -> int:
        """A rounded chip at the right of the first line; returns its width."""
        w = self.fm_s.horizontalAdvance(text) + extra
        box = QRect(self.rect.right() - w, self.rect.top() + 1, w, self.fm_s.height() + 2)
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(fill)
        self.painter.drawRoundedRect(box, radius, radius)
        self.painter.setFont(self.small)
        self.painter.setPen(pen)
        self.painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return w


class CardDelegate(QStyledItemDelegate):
    """Base of the card delegates: `DETAIL_LINES` grey lines under the bold title."""

    PAD = 8
    WIDTH = 260
    DETAIL_LINES = 2

    def card_fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 0.5))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, small = self.card_fonts(option)
        return QSize(self.WIDTH, QFontMetrics(bold).height()
                     + self.DETAIL_LINES * QFontMetrics(small).height()
                     + 2 * self.PAD + 2 * self.DETAIL_LINES)

    def begin_card(self, painter: QPainter, option: QStyleOptionViewItem, index: Index, *,
                   italic: bool = False, foreground: QColor | None = None) -> CardPaint:
        """Save the painter, fill the row's background and return what the card draws with
        (the caller restores the painter)."""
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(option.rect, option.palette.alternateBase())
        bold, small = self.card_fonts(option)
        if italic:
            bold.setItalic(True)
            small.setItalic(True)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        main = option.palette.color(role)
        if foreground is not None and not selected:
            main = foreground
        return CardPaint(painter, selected, bold, small, QFontMetrics(bold), QFontMetrics(small),
                         option.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD),
                         main, main if selected else MUTED_COLOUR)
