"""Graphics items of the canvas: a card per person, a box per unit/position, a frame per group.

Cheap to paint for thousands of cards: text is elided and laid out once (`QStaticText`, on
first paint), pens/brushes come from `Gaya`, and below `TEKS_LOD` cards skip their text.
Below `RINGKAS_LOD` the scene hides the card items altogether and each group paints its cards
as coloured boxes in one `drawRects` call per colour. Items never call services.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QStaticText, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import Kartu, KelasJabatan, Node
from sistemkerja_desktop.views.orgchart.style import RINGKAS_LOD, TEKS_LOD, Gaya

_ELIDE = Qt.TextElideMode.ElideRight
_CENTER = Qt.AlignmentFlag.AlignCenter


def _static(text: str) -> QStaticText:
    st = QStaticText(text)
    st.setTextFormat(Qt.TextFormat.PlainText)
    st.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    return st


def _lod(painter: QPainter, option: QStyleOptionGraphicsItem) -> float:
    return option.levelOfDetailFromTransform(painter.worldTransform())


class _Lencana:
    """Findings counter drawn as a bubble (red for galat, amber for peringatan only)."""

    def __init__(self) -> None:
        self.galat = 0
        self.peringatan = 0
        self.teks = ""

    def set(self, galat: int, peringatan: int) -> bool:
        if (galat, peringatan) == (self.galat, self.peringatan):
            return False
        self.galat, self.peringatan = galat, peringatan
        self.teks = str(galat + peringatan) if galat + peringatan else ""
        return True

    def paint(self, painter: QPainter, gaya: Gaya, centre: QPointF) -> None:
        if not self.teks:
            return
        painter.setPen(gaya.pen_putih)
        painter.setBrush(gaya.brush_galat if self.galat else gaya.brush_peringatan)
        r = 8.0 if len(self.teks) < 3 else 10.0
        painter.drawEllipse(centre, r, r)
        painter.setFont(gaya.font_badge)
        painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), _CENTER,
                         self.teks)


class CardItem(QGraphicsItem):
    """One person (or a vacant position). Selectable if the card can be moved."""

    def __init__(self, kartu: Kartu, w: float, h: float, gaya: Gaya,
                 parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.kartu = kartu
        self._gaya = gaya
        self._rect = QRectF(0, 0, w, h)
        self._bound = self._rect.adjusted(-4, -9, 9, 4)
        self._strip = QRectF(0, 0, g.STRIP, h)
        self._teks: list[tuple[QPointF, QStaticText, int]] | None = None
        self.lencana = _Lencana()
        self.cocok = False  # matches the search
        self.aktif = False  # the search match shown now / the finding selected
        self.fokus = False  # keyboard focus
        self.sasaran = 0  # drop-target state (1 ok, 2 soft rule, 3 refused)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, kartu.dapat_dipindah)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self._bound

    def set_state(self, **values: object) -> None:
        changed = False
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                changed = True
        if changed:
            self.update()

    def _prepare(self) -> list[tuple[QPointF, QStaticText, int]]:
        gy, k = self._gaya, self.kartu
        inner = self._rect.width() - g.INDEN - 6
        badge = gy.fm_badge.horizontalAdvance(k.pengisian) + 8 if k.pengisian else 0.0
        b1, b2, b3 = g.GARIS_DASAR
        fm_top = gy.fm_nama.ascent()
        fb_top = gy.fm_baris.ascent()
        if k.kosong:
            lines = [(b1 - fm_top, gy.fm_nama.elidedText(k.nama, _ELIDE, inner), 2),
                     (b2 - fb_top, gy.fm_baris.elidedText(g.TEKS_TANPA_PEMANGKU, _ELIDE,
                                                          inner), 3)]
        elif gy.fm_nama.horizontalAdvance(k.nama) > inner - badge:  # narrower face first
            lines = [(b1 - fm_top, gy.fm_nama_sempit.elidedText(k.nama, _ELIDE, inner - badge),
                      6),
                     (b2 - fb_top, gy.fm_baris.elidedText(f"NIP {k.nip}", _ELIDE, inner), 1)]
        else:
            lines = [(b1 - fm_top, gy.fm_nama.elidedText(k.nama, _ELIDE, inner - badge), 0),
                     (b2 - fb_top, gy.fm_baris.elidedText(f"NIP {k.nip}", _ELIDE, inner), 1)]
        lines.append((b3 - fb_top, gy.fm_baris.elidedText(k.jabatan, _ELIDE, inner), 4))
        out = [(QPointF(g.INDEN, top), _static(text), kind) for top, text, kind in lines]
        if k.pengisian:
            out.append((QPointF(self._rect.width() - badge + 2, b1 - gy.fm_badge.ascent()),
                        _static(k.pengisian), 5))
        for _pos, st, kind in out:
            st.prepare(QTransform(), self._font(kind))
        return out

    def _font(self, kind: int) -> object:
        gy = self._gaya
        return (gy.font_nama, gy.font_baris, gy.font_miring, gy.font_baris, gy.font_baris,
                gy.font_badge, gy.font_nama_sempit)[kind]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        gy, k = self._gaya, self.kartu
        painter.setPen(gy.pen_bingkai_kosong if k.kosong else gy.pen_bingkai)
        painter.setBrush(gy.brush_cocok if self.cocok else gy.brush_putih)
        painter.drawRoundedRect(self._rect, 3, 3)
        painter.fillRect(self._strip, gy.brush_kelas[k.kelas])
        if _lod(painter, option) >= TEKS_LOD:
            if self._teks is None:
                self._teks = self._prepare()
            pens = (gy.pen_teks, gy.pen_lemah, gy.pen_lemah, gy.pen_lemah, gy.pen_teks,
                    gy.pen_plt, gy.pen_teks)
            for pos, st, kind in self._teks:
                painter.setFont(self._font(kind))  # type: ignore[arg-type]
                painter.setPen(pens[kind])
                painter.drawStaticText(pos, st)
        pen = (gy.pen_sasaran.get(self.sasaran) if self.sasaran else
               gy.pen_aktif if self.aktif else gy.pen_pilih if self.isSelected() else
               gy.pen_cocok if self.cocok else gy.pen_fokus if self.fokus else None)
        if pen is not None:
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect, 3, 3)
        self.lencana.paint(painter, gy, QPointF(self._rect.width() - 3, 1))


class NodeItem(QGraphicsItem):
    """A unit (or a PPK position that does not lead a unit): header, leader card, and the
    collapse button under it."""

    TOMBOL_R = 9.0

    def __init__(self, node: Node, w: float, h: float, gaya: Gaya) -> None:
        super().__init__()
        self.node = node
        self._gaya = gaya
        self._rect = QRectF(0, 0, w, h)
        self._bound = self._rect.adjusted(-5, -10, 60, 2 * self.TOMBOL_R + 6)
        self._judul: list[tuple[QPointF, QStaticText]] | None = None
        self.lencana = _Lencana()
        self.punya_anak = bool(node.anak)
        self.ke_kanan = False  # left-right chart: the button sits at the right edge
        self.ciut = False
        self.tersembunyi = 0  # pegawai hidden under a collapsed node
        self.sasaran = 0
        self.fokus = False
        self._tombol = ""
        self.setZValue(2)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._bound

    def set_state(self, **values: object) -> None:
        changed = False
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                changed = True
        if changed:
            self._tombol = f"+{self.tersembunyi}" if self.ciut else "−"
            self.update()

    def tombol_rect(self) -> QRectF:
        gy = self._gaya
        text = f"+{self.tersembunyi}" if self.ciut else "−"
        w = max(2 * self.TOMBOL_R, gy.fm_badge.horizontalAdvance(text) + 12)
        if self.ke_kanan:
            return QRectF(self._rect.width() + 2, self._rect.height() / 2 - self.TOMBOL_R, w,
                          2 * self.TOMBOL_R)
        return QRectF(self._rect.width() / 2 - w / 2, self._rect.height() + 2, w,
                      2 * self.TOMBOL_R)

    def _prepare(self) -> list[tuple[QPointF, QStaticText]]:
        gy = self._gaya
        width = self._rect.width() - 16
        lines = g.bungkus(self.node.judul, width, gy.fm_judul.horizontalAdvance)
        bases = g.JUDUL_BARIS if len(lines) > 1 else (g.JUDUL_SATU,)
        out = []
        for line, base in zip(lines, bases, strict=False):
            st = _static(line)
            st.prepare(QTransform(), gy.font_judul)
            out.append((QPointF(8, base - gy.fm_judul.ascent()), st))
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        gy = self._gaya
        painter.setPen(gy.pen_sasaran.get(self.sasaran, gy.pen_unit) if self.sasaran
                       else gy.pen_fokus if self.fokus else gy.pen_unit)
        painter.setBrush(gy.brush_unit)
        painter.drawRoundedRect(self._rect, 4, 4)
        if _lod(painter, option) >= TEKS_LOD:
            if self._judul is None:
                self._judul = self._prepare()
            painter.setFont(gy.font_judul)
            painter.setPen(gy.pen_teks)
            for pos, st in self._judul:
                painter.drawStaticText(pos, st)
        if self.punya_anak:
            rect = self.tombol_rect()
            painter.setPen(gy.pen_unit)
            painter.setBrush(gy.brush_tombol)
            painter.drawRoundedRect(rect, self.TOMBOL_R, self.TOMBOL_R)
            painter.setFont(gy.font_badge)
            painter.setPen(gy.pen_teks)
            painter.drawText(rect, _CENTER, self._tombol or "−")
        self.lencana.paint(painter, gy, QPointF(self._rect.width() - 3, 1))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if (self.punya_anak and event.button() == Qt.MouseButton.LeftButton
                and self.tombol_rect().adjusted(-3, -3, 3, 3).contains(event.pos())):
            scene = self.scene()
            if scene is not None:
                scene.toggle_requested.emit(self.node.id)  # type: ignore[attr-defined]
            event.accept()
            return
        event.ignore()  # let the view pan


class _Wadah(QGraphicsItem):
    """An invisible parent of a group's cards: hiding it hides them all at once."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        return


class GroupItem(QGraphicsItem):
    """The Kelompok JF dan Pelaksana of one PPK: frame, title, a header per jabatan."""

    def __init__(self, node: Node, gaya: Gaya) -> None:
        super().__init__()
        self.node = node
        self._gaya = gaya
        self.wadah = _Wadah(self)
        self._rect = QRectF()
        self._judul: list[tuple[QRectF, str]] = []
        self._static: dict[int, tuple[QPointF, QStaticText]] = {}
        self._rel: list[tuple[KelasJabatan, float, float]] = []  # cards: kind, x, y
        self._card_size = (0.0, 0.0)
        self._kotak: dict[KelasJabatan, list[QRectF]] | None = None  # overview boxes, lazily
        self._title: QStaticText | None = None
        self.ringkas = False
        self.sasaran = 0
        self.fokus = False
        n = sum(len(s.kartu) for s in node.seksi)
        self._title_text = f"{node.judul} · {n} orang"
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def set_geometry(self, w: float, h: float, judul: list[tuple[QRectF, str]],
                     rel: list[tuple[KelasJabatan, float, float]], card_w: float,
                     card_h: float) -> None:
        if QRectF(0, 0, w, h) != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, w, h)
        if judul != self._judul:
            self._judul, self._static = judul, {}
        if rel != self._rel or (card_w, card_h) != self._card_size:
            self._rel, self._card_size, self._kotak = rel, (card_w, card_h), None
        self.update()

    def _overview(self) -> dict[KelasJabatan, list[QRectF]]:
        if self._kotak is None:
            w, h = self._card_size
            self._kotak = {}
            for kelas, x, y in self._rel:
                self._kotak.setdefault(kelas, []).append(QRectF(x, y, w, h))
        return self._kotak

    def set_ringkas(self, on: bool) -> None:
        if on != self.ringkas:
            self.ringkas = on
            self.wadah.setVisible(not on)
            self.update()

    def set_state(self, **values: object) -> None:
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        gy = self._gaya
        tanpa = self.node.tanpa_ppk
        painter.setPen(gy.pen_sasaran[self.sasaran] if self.sasaran else
                       gy.pen_tanpa_ppk if tanpa else gy.pen_bingkai)
        painter.setBrush(gy.brush_tanpa_ppk if tanpa else gy.brush_kelompok)
        painter.drawRoundedRect(self._rect, 4, 4)
        lod = _lod(painter, option)
        if self.ringkas or lod < RINGKAS_LOD:
            painter.setPen(gy.no_pen)
            for kelas, rects in self._overview().items():
                painter.setBrush(gy.brush_kelas[kelas])
                painter.drawRects(rects)
            return
        if lod < TEKS_LOD:
            return
        if self._title is None:
            self._title = _static(gy.fm_judul.elidedText(self._title_text, _ELIDE,
                                                         self._rect.width() - 16))
            self._title.prepare(QTransform(), gy.font_judul)
        painter.setFont(gy.font_judul)
        painter.setPen(gy.pen_tanpa_ppk if tanpa else gy.pen_lemah)
        painter.drawStaticText(QPointF(8, 15 - gy.fm_judul.ascent()), self._title)
        painter.setFont(gy.font_baris)
        painter.setPen(gy.pen_lemah)
        exposed = option.exposedRect
        for i, (rect, text) in enumerate(self._judul):
            if not rect.intersects(exposed):
                continue
            if i not in self._static:
                st = _static(gy.fm_baris.elidedText(text, _ELIDE, rect.width() - 4))
                st.prepare(QTransform(), gy.font_baris)
                self._static[i] = (QPointF(rect.x() + 2, rect.y() + 11 - gy.fm_baris.ascent()),
                                   st)
            pos, st = self._static[i]
            painter.drawStaticText(pos, st)


class GhostItem(QGraphicsItem):
    """What follows the cursor while cards are dragged: how many, and whether they may land."""

    def __init__(self, gaya: Gaya) -> None:
        super().__init__()
        self._gaya = gaya
        self.lines: list[str] = []
        self.tingkat = 0
        self._rect = QRectF(0, 0, 260, 44)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(100)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def set_text(self, lines: list[str], tingkat: int) -> None:
        if (lines, tingkat) != (self.lines, self.tingkat):
            self.lines, self.tingkat = lines, tingkat
            width = max((self._gaya.fm_nama.horizontalAdvance(t) for t in lines), default=100)
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, min(520.0, width + 20), 10 + 16 * len(lines))
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        gy = self._gaya
        pen = gy.pen_sasaran.get(self.tingkat, gy.pen_pilih)
        painter.setPen(pen)
        painter.setBrush(gy.brush_putih)
        painter.setOpacity(0.95)
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setFont(gy.font_nama)
        painter.setPen(gy.pen_teks)
        for i, line in enumerate(self.lines):
            painter.drawText(QRectF(10, 5 + 16 * i, self._rect.width() - 16, 16),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             self._gaya.fm_nama.elidedText(line, _ELIDE,
                                                           self._rect.width() - 16))
