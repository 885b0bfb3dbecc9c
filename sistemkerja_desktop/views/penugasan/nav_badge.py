"""A count on an item of the shell's navigation list (the Penugasan button: how many requests
wait in *Perlu tindakan*), drawn as a pill at the right end of the item."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex

BADGE_ROLE = Qt.ItemDataRole.UserRole + 40  # int; 0 / None = no badge
BADGE_COLOUR = QColor("#c62828")


class NavBadgeDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not count:
            return
        text = "99+" if count > 99 else str(count)
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        fm = QFontMetrics(font)
        h = fm.height() + 4
        w = max(h, fm.horizontalAdvance(text) + 12)
        rect = QRect(option.rect.right() - w - 16, option.rect.center().y() - h // 2 + 1, w, h)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOUR)
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


def set_badge(navigation: QListWidget, row: int, count: int, tooltip: str = "") -> None:
    """Show `count` on the item at `row` (0: none); `tooltip` replaces the item's tooltip."""
    item = navigation.item(row)
    if item is None:
        return
    if item.data(BADGE_ROLE) != count:
        item.setData(BADGE_ROLE, count)
    if tooltip:
        item.setToolTip(tooltip)
