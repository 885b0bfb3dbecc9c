"""One waiting request in *Perlu tindakan*, drawn as a three-line card: number and pegawai with
the age pill on the right (red past a week); jenis · lingkup · tujuan; the step it waits at."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from sistemkerja_desktop.services.penugasan_dto import PermohonanRingkas
from sistemkerja_desktop.views.common.card import CardDelegate
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


class InboxCardDelegate(CardDelegate):
    WIDTH = 280

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        p = index.data(PERMOHONAN_ROLE)
        if not isinstance(p, PermohonanRingkas):
            super().paint(painter, option, index)
            return
        c = self.begin_card(painter, option, index)
        r = c.rect
        title, kind, step = card_lines(p)
        # the age pill, right of line 1
        colour = OLD_COLOUR if p.umur_hari > UMUR_LAMA else NEXT_COLOUR
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pill_w = c.chip(umur_label(p.umur_hari),
                        colour.lighter(175) if not c.selected else QColor("white"),
                        colour.darker(130), extra=14, radius=7)
        c.line(title, r.top(), width=r.width() - pill_w - 8, title=True)
        y = r.top() + c.fm_b.height() + 2
        for text in (kind, step):
            c.line(text, y)
            y += c.fm_s.height()
        painter.restore()
