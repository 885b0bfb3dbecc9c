"""One waiting request in *Perlu tindakan*, drawn as a three-line card: number and pegawai with
the age pill on the right (red past a week); jenis · lingkup · tujuan; the step it waits at."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sistemkerja_desktop.services.penugasan_dto import PermohonanRingkas
from sistemkerja_desktop.views.penugasan.labels import (
    NEXT_COLOUR,
    OLD_COLOUR,
    UMUR_LAMA,
    jenis_label,
    lingkup_label,
    nomor_permohonan,
    umur_label,
)
from sistemkerja_desktop.views.penugasan.register_model import PERMOHONAN_ROLE, nama_pegawai
from sistemkerja_desktop.views.teams.labels import MUTED_COLOUR

Index = QModelIndex | QPersistentModelIndex


def card_lines(p: PermohonanRingkas) -> tuple[str, str, str]:
    title = f"{nomor_permohonan(p.id)} · {nama_pegawai(p)}"
    kind = f"{jenis_label(p.jenis)} {lingkup_label(p.lingkup).lower()}"
    if p.tujuan:
        kind += f" · {p.tujuan}"
    step = ""
    if p.menunggu is not None:
        step = f"{p.menunggu.urut}. {p.menunggu.peran}"
    return title, kind, step


class InboxCardDelegate(QStyledItemDelegate):
    PAD = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 0.5))
        return bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, small = self._fonts(option)
        h = QFontMetrics(bold).height() + 2 * QFontMetrics(small).height() + 2 * self.PAD + 4
        return QSize(280, h)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        p = index.data(PERMOHONAN_ROLE)
        if not isinstance(p, PermohonanRingkas):
            super().paint(painter, option, index)
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif index.row() % 2:
            painter.fillRect(option.rect, option.palette.alternateBase())
        bold, small = self._fonts(option)
        fm_b, fm_s = QFontMetrics(bold), QFontMetrics(small)
        r = option.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        main = option.palette.color(role)
        muted = main if selected else MUTED_COLOUR
        title, kind, step = card_lines(p)

        # the age pill, right of line 1
        age = umur_label(p.umur_hari)
        pill_w = fm_s.horizontalAdvance(age) + 14
        pill = QRect(r.right() - pill_w, r.top() + 1, pill_w, fm_s.height() + 2)
        colour = OLD_COLOUR if p.umur_hari > UMUR_LAMA else NEXT_COLOUR
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour.lighter(175) if not selected else QColor("white"))
        painter.drawRoundedRect(pill, 7, 7)
        painter.setFont(small)
        painter.setPen(colour.darker(130))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, age)

        painter.setFont(bold)
        painter.setPen(main)
        w1 = r.width() - pill_w - 8
        painter.drawText(QRect(r.left(), r.top(), w1, fm_b.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm_b.elidedText(title, Qt.TextElideMode.ElideRight, w1))
        painter.setFont(small)
        painter.setPen(muted)
        y = r.top() + fm_b.height() + 2
        for text in (kind, step):
            painter.drawText(QRect(r.left(), y, r.width(), fm_s.height()),
                             Qt.AlignmentFlag.AlignLeft,
                             fm_s.elidedText(text, Qt.TextElideMode.ElideRight, r.width()))
            y += fm_s.height()
        painter.restore()
