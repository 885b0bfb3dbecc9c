"""Semantic zoom: below `UNIT_LOD`, where no name on a card can be read, the canvas shows one
block per unit instead of blank cards — the area of the unit with its own positions and groups,
its name, how many pegawai it holds, and a bar of their colour classes. One item paints all
blocks (a few hundred rectangles and labels), so a repaint of the fitted view stays cheap.
Labels keep a readable pixel size at any zoom and are left out where the block is too small."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import LEGENDA, Bagan, JenisNode, KelasJabatan
from sistemkerja_desktop.domain.bagan_layout import TataLetak
from sistemkerja_desktop.render.gaya import Gaya

_ELIDE = Qt.TextElideMode.ElideRight


@dataclass(frozen=True, slots=True)
class Blok:
    node_id: str
    rects: tuple[QRectF, ...]  # the unit's own box and the boxes of its positions and groups
    label: QRectF  # the largest of them: where the name is written
    nama: str  # shown name (a prefix shared by many siblings is left out)
    jumlah: int
    kelas: tuple[tuple[KelasJabatan, int], ...]  # members per colour class, legend order

    def memuat(self, pos: QPointF) -> bool:
        return any(r.contains(pos) for r in self.rects)


def _awalan(names: list[str]) -> dict[str, int]:
    """For each sibling name, how many leading words to leave out: the longest word prefix it
    shares with at least two other siblings, as long as a word of its own remains ("UPTD
    Puskesmas Sukamaju" among many UPTD Puskesmas → "Sukamaju")."""
    split = {n: n.split() for n in names}
    counts: dict[tuple[str, ...], int] = {}
    for words in split.values():
        for k in range(1, len(words)):
            counts[tuple(words[:k])] = counts.get(tuple(words[:k]), 0) + 1
    out = {}
    for n, words in split.items():
        out[n] = max((k for k in range(1, len(words)) if counts[tuple(words[:k])] >= 3),
                     default=0)
    return out


def hitung_blok(bagan: Bagan, letak: TataLetak) -> list[Blok]:
    """One block per visible unit (or top-level position/group): its own box plus the boxes
    of the positions and groups under it, up to (not including) its child units."""
    raw: list[tuple[str, list[QRectF], dict[int, KelasJabatan]]] = []
    for nid, box in letak.node.items():
        node = bagan.nodes[nid]
        if node.jenis is not JenisNode.UNIT and node.induk is not None:
            continue
        rects = [QRectF(box.x, box.y, box.w, box.h)]
        people: dict[int, KelasJabatan] = {}
        stack = [nid]
        while stack:
            cur = stack.pop()
            for k in bagan.nodes[cur].semua_kartu:
                if k.pegawai_id is not None:
                    people.setdefault(k.pegawai_id, k.kelas)
            for kid in letak.anak_tampil.get(cur, ()):
                if bagan.nodes[kid].jenis is not JenisNode.UNIT:
                    kb = letak.node[kid]
                    rects.append(QRectF(kb.x, kb.y, kb.w, kb.h))
                    stack.append(kid)
        raw.append((nid, rects, people))
    siblings: dict[str | None, list[str]] = {}
    for nid, _r, _p in raw:
        siblings.setdefault(bagan.nodes[nid].induk, []).append(bagan.nodes[nid].judul)
    drop: dict[str, int] = {}  # full name → leading words to leave out
    for names in siblings.values():
        drop.update(_awalan(names))
    out: list[Blok] = []
    for nid, rects, people in raw:
        node = bagan.nodes[nid]
        nama = " ".join(node.judul.split()[drop.get(node.judul, 0):])
        counts = {k: 0 for k, _label in LEGENDA}
        for kelas in people.values():
            counts[kelas] += 1
        label = max(rects, key=lambda r: r.width() * r.height())
        out.append(Blok(nid, tuple(rects), label, nama, len(people),
                        tuple((k, n) for k, n in counts.items() if n)))
    return out


class UnitBlocksItem(QGraphicsItem):
    """All unit blocks of the chart, painted together (hidden at readable zooms)."""

    def __init__(self, gaya: Gaya) -> None:
        super().__init__()
        self._gaya = gaya
        self.blok: list[Blok] = []
        self._bound = QRectF()
        self._font = QFont()
        self._font.setPixelSize(11)
        self._font.setBold(True)
        self._font_kecil = QFont()
        self._font_kecil.setPixelSize(10)
        self._fm = QFontMetricsF(self._font)
        self._fm_kecil = QFontMetricsF(self._font_kecil)
        self._cache: dict[tuple[str, int, int], list[tuple[QPointF, QStaticText, bool]]] = {}
        self._pen = QPen(QColor("#7b8794"), 1.2)
        self._pen.setCosmetic(True)
        self._pen_teks = QPen(QColor(g.WARNA_TEKS))
        self._pen_lemah = QPen(QColor(g.WARNA_TEKS_LEMAH))
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_blok(self, blok: list[Blok], lebar: float, tinggi: float) -> None:
        self.prepareGeometryChange()
        self.blok = blok
        self._cache.clear()
        self._bound = QRectF(0, 0, lebar, tinggi)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bound

    def blok_di(self, pos: QPointF) -> Blok | None:
        """The smallest block under a scene point."""
        return next((b for b in self.blok if b.memuat(pos)), None)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        gy = self._gaya
        lod = option.levelOfDetailFromTransform(painter.worldTransform()) or 1.0
        exposed = option.exposedRect
        painter.setPen(self._pen)
        painter.setBrush(gy.brush_unit)
        visible = [b for b in self.blok if any(r.intersects(exposed) for r in b.rects)]
        for b in visible:
            painter.drawRects(list(b.rects))
        painter.setPen(Qt.PenStyle.NoPen)
        for b in visible:  # colour classes of the members, as a bar along the label box's foot
            if not b.jumlah:
                continue
            r = b.label
            h = min(r.height() * 0.25, 6 / lod)
            x, y, w = r.x(), r.bottom() - h, r.width()
            for kelas, n in b.kelas:
                part = w * n / b.jumlah
                painter.fillRect(QRectF(x, y, part, h), gy.brush_kelas[kelas])
                x += part
        for b in visible:
            self._label(painter, b, lod)

    def _label(self, painter: QPainter, b: Blok, lod: float) -> None:
        """Name wrapped onto as many lines as the block holds, then the member count."""
        w, h = b.label.width() * lod, (b.label.height() * lod) - 6  # screen px, bar excluded
        key = (b.node_id, round(w), round(h))
        teks = self._cache.get(key)
        if teks is None:
            teks = self._cache[key] = self._susun(b, w - 6, h)
        if not teks:
            return
        painter.save()
        painter.translate(b.label.topLeft())
        painter.scale(1 / lod, 1 / lod)  # from here on: screen pixels
        painter.setClipRect(QRectF(0, 0, w, h))
        for pos, st, bold in teks:
            painter.setFont(self._font if bold else self._font_kecil)
            painter.setPen(self._pen_teks if bold else self._pen_lemah)
            painter.drawStaticText(pos, st)
        painter.restore()

    def _susun(self, b: Blok, inner: float, h: float) -> list[tuple[QPointF, QStaticText, bool]]:
        step = self._fm.height()
        rows = int((h - 3) // step)
        if inner < 24 or rows < 1:
            return []
        jumlah = f"{b.jumlah} pegawai"
        if self._fm_kecil.horizontalAdvance(jumlah) > inner:
            jumlah = str(b.jumlah)
        lines = g.bungkus(b.nama, inner, self._fm.horizontalAdvance, max(1, rows - 1))
        out = []
        y = 3.0
        for line in lines:
            out.append((QPointF(3, y), self._static(self._fm.elidedText(line, _ELIDE, inner),
                                                    self._font), True))
            y += step
        if rows > len(lines):
            out.append((QPointF(3, y), self._static(jumlah, self._font_kecil), False))
        return out

    @staticmethod
    def _static(text: str, font: QFont) -> QStaticText:
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.prepare(QTransform(), font)
        return st
