"""Semantic zoom: below `UNIT_LOD`, where no name on a card can be read, the canvas shows one
block per unit instead of blank cards — the area of the unit with its own positions and groups,
its name, how many pegawai it holds, and a bar of their colour classes. One item paints all
blocks (a few hundred rectangles and labels), so a repaint of the fitted view stays cheap.
Labels keep a readable pixel size at any zoom and are left out where the block is too small.
The box of each unit or position (its header and head's card when zoomed in) is labelled too,
with the unit's name (`judul_unit`), so no box of the overview is blank."""

from __future__ import annotations

from dataclasses import dataclass, field

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
from sistemkerja_desktop.views.orgchart.judul_unit import (
    Judul,
    Susunan,
    TataJudul,
    ruang_samping,
)

_ELIDE = Qt.TextElideMode.ElideRight
_BAR_JUDUL = 3.0  # screen px: the colour bar of a unit named only in its header


@dataclass(frozen=True, slots=True)
class Blok:
    node_id: str
    rects: tuple[QRectF, ...]  # the unit's own box and the boxes of its positions and groups
    label: QRectF  # the largest group box (else its own box): the name, count and colour bar
    nama: str  # shown name (a prefix shared by many siblings is left out)
    jumlah: int
    kelas: tuple[tuple[KelasJabatan, int], ...]  # members per colour class, legend order
    judul: tuple[Judul, ...] = ()  # the boxes of the unit and its positions, named
    bertulis: bool = True  # the name is written in `label` (not only in a header)
    sisa: tuple[tuple[QRectF, int], ...] = ()  # its other groups and their member counts
    luas: QRectF = field(default_factory=QRectF)  # bounds, headers widened as far as may be
    lain: tuple[QRectF, ...] = ()  # `rects` less the named boxes (`judul`)

    def __post_init__(self) -> None:
        luas = QRectF()
        for r in self.rects:
            luas = luas.united(r)
        for j in self.judul:
            luas = luas.united(j.kotak.adjusted(-j.ruang, 0, j.ruang, 0))
        heads = {(j.kotak.x(), j.kotak.y()) for j in self.judul}
        object.__setattr__(self, "luas", luas)
        object.__setattr__(self, "lain", tuple(r for r in self.rects
                                               if (r.x(), r.y()) not in heads))

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
    raw: list[tuple[str, list[QRectF], dict[int, KelasJabatan], list[str],
                    list[tuple[QRectF, int]]]] = []
    for nid, box in letak.node.items():
        node = bagan.nodes[nid]
        if node.jenis is not JenisNode.UNIT and node.induk is not None:
            continue
        rects = [QRectF(box.x, box.y, box.w, box.h)]
        people: dict[int, KelasJabatan] = {}
        heads = [] if node.jenis is JenisNode.KELOMPOK else [nid]
        groups: list[tuple[QRectF, int]] = []
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
                    if bagan.nodes[kid].jenis is not JenisNode.KELOMPOK:
                        heads.append(kid)
                    else:
                        groups.append((rects[-1], sum(k.pegawai_id is not None for k in
                                                      bagan.nodes[kid].semua_kartu)))
        raw.append((nid, rects, people, heads, groups))
    drop = _singkatan(bagan, [nid for nid, *_rest in raw])
    all_heads = [h for entry in raw for h in entry[3]]
    drop_head = _singkatan(bagan, all_heads)
    ruang = ruang_samping(letak, all_heads)
    out: list[Blok] = []
    for nid, rects, people, heads, groups in raw:
        node = bagan.nodes[nid]
        nama = " ".join(node.judul.split()[drop.get(node.judul, 0):])
        counts = {k: 0 for k, _label in LEGENDA}
        for kelas in people.values():
            counts[kelas] += 1
        judul = tuple(_judul(bagan, letak, h, ruang[h], drop_head) for h in heads)
        boxes = {(j.kotak.x(), j.kotak.y()) for j in judul}
        others = [r for r in rects if (r.x(), r.y()) not in boxes]
        label = max(others or rects, key=lambda r: r.width() * r.height())
        out.append(Blok(nid, tuple(rects), label, nama, len(people),
                        tuple((k, n) for k, n in counts.items() if n), judul, bool(others),
                        tuple((r, n) for r, n in groups if r is not label)))
    return out


def _singkatan(bagan: Bagan, ids: list[str]) -> dict[str, int]:
    """Full name → leading words to leave out, among the siblings in `ids`."""
    siblings: dict[str | None, list[str]] = {}
    for nid in ids:
        siblings.setdefault(bagan.nodes[nid].induk, []).append(bagan.nodes[nid].judul)
    drop: dict[str, int] = {}
    for names in siblings.values():
        drop.update(_awalan(names))
    return drop


def _judul(bagan: Bagan, letak: TataLetak, nid: str, ruang: float,
           drop: dict[str, int]) -> Judul:
    node, box = bagan.nodes[nid], letak.node[nid]
    kepala = node.kartu.nama if node.kartu is not None and not node.kartu.kosong else ""
    return Judul(nid, QRectF(box.x, box.y, box.w, box.h), ruang, node.judul,
                 " ".join(node.judul.split()[drop.get(node.judul, 0):]),
                 bagan.jumlah_orang.get(nid, 0), kepala)


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
        self._font_mini = QFont(self._font)
        self._font_mini.setPixelSize(8)
        self._fm_mini = QFontMetricsF(self._font_mini)
        self._cache: dict[tuple[str, int, int], list[tuple[QPointF, QStaticText, QFont]]] = {}
        self._pen = QPen(QColor("#7b8794"), 1.2)
        self._pen.setCosmetic(True)
        self._pen_teks = QPen(QColor(g.WARNA_TEKS))
        self._pen_lemah = QPen(QColor(g.WARNA_TEKS_LEMAH))
        self._tata = TataJudul()
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_blok(self, blok: list[Blok], lebar: float, tinggi: float) -> None:
        self.prepareGeometryChange()
        self.blok = blok
        self._cache.clear()
        self._tata.clear()
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
        visible = [b for b in self.blok if b.luas.intersects(exposed)]
        plates = {b.node_id: self._plates(b, lod) for b in visible}
        for b in visible:
            rects = list(b.lain)
            rects += [p.plat if p is not None else j.kotak
                      for j, p in zip(b.judul, plates[b.node_id], strict=True)]
            painter.drawRects(rects)
        painter.setPen(Qt.PenStyle.NoPen)
        for b in visible:  # colour classes of the members, as a bar along the label box's foot
            if not b.jumlah:
                continue
            r = b.label
            h = min(r.height() * 0.25, (6 if b.bertulis else _BAR_JUDUL) / lod)
            x, y, w = r.x(), r.bottom() - h, r.width()
            for kelas, n in b.kelas:
                part = w * n / b.jumlah
                painter.fillRect(QRectF(x, y, part, h), gy.brush_kelas[kelas])
                x += part
        for b in visible:
            if b.bertulis:
                self._label(painter, b, lod)
            for i, (r, n) in enumerate(b.sisa):
                self._jumlah(painter, b.node_id, i, r, n, lod)
            for p in plates[b.node_id]:
                if p is not None and p.baris:
                    self._judul(painter, p, lod)

    def _jumlah(self, painter: QPainter, nid: str, i: int, r: QRectF, n: int,
                lod: float) -> None:
        """Another group of the unit: how many pegawai it holds, where that fits."""
        w, h = r.width() * lod - 6, r.height() * lod - 2
        key = (f"{nid}#{i}", round(w), round(h))
        teks = self._cache.get(key)
        if teks is None:
            teks = []
            for text in (f"{n} pegawai", str(n)):
                for font, fm in ((self._font_kecil, self._fm_kecil),
                                 (self._font_mini, self._fm_mini)):
                    if not teks and fm.horizontalAdvance(text) <= w and fm.height() <= h:
                        teks = [(QPointF(3, 1), self._static(text, font), font)]
            self._cache[key] = teks
        if teks:
            pos, st, font = teks[0]
            painter.save()
            painter.translate(r.topLeft())
            painter.scale(1 / lod, 1 / lod)  # screen pixels
            painter.setFont(font)
            painter.setPen(self._pen_lemah)
            painter.drawStaticText(pos, st)
            painter.restore()

    def judul_pada(self, lod: float) -> dict[str, Susunan | None]:
        """node id → how its box is labelled at zoom `lod` (None: too small for any text)."""
        return {j.node_id: p for b in self.blok
                for j, p in zip(b.judul, self._plates(b, lod), strict=True)}

    def _plates(self, b: Blok, lod: float) -> list[Susunan | None]:
        return [self._tata.susun(j, lod, _BAR_JUDUL if not b.bertulis and j.kotak == b.label
                                 else 0.0) for j in b.judul]

    def _judul(self, painter: QPainter, p: Susunan, lod: float) -> None:
        painter.save()
        painter.translate(p.plat.topLeft())
        painter.scale(1 / lod, 1 / lod)  # from here on: screen pixels
        for pos, st, font, kind in p.baris:
            painter.setFont(font)
            painter.setPen(self._pen_lemah if kind else self._pen_teks)
            painter.drawStaticText(pos, st)
        painter.restore()

    def _label(self, painter: QPainter, b: Blok, lod: float) -> None:
        """Name wrapped onto as many lines as the block holds, then the member count."""
        w, h = b.label.width() * lod, (b.label.height() * lod) - 6  # screen px, bar excluded
        key = (b.node_id, round(w), round(h))
        teks = self._cache.get(key)
        if teks is None:
            if len(self._cache) > 20000:  # every zoom step adds entries: keep it bounded
                self._cache.clear()
            teks = self._cache[key] = self._susun(b, w - 6, h)
        if not teks:
            return
        painter.save()
        painter.translate(b.label.topLeft())
        painter.scale(1 / lod, 1 / lod)  # from here on: screen pixels
        painter.setClipRect(QRectF(0, 0, w, h))
        for pos, st, font in teks:
            painter.setFont(font)
            painter.setPen(self._pen_lemah if font is self._font_kecil else self._pen_teks)
            painter.drawStaticText(pos, st)
        painter.restore()

    def _susun(self, b: Blok, inner: float, h: float) -> list[tuple[QPointF, QStaticText, QFont]]:
        step = self._fm.height()
        rows = int((h - 3) // step)
        if rows < 1 or inner < 24:  # a small block: its name (or count), smallest readable
            fm = self._fm_mini
            text = fm.elidedText(b.nama, _ELIDE, inner)
            if len(text.rstrip("…")) < 3:
                text = str(b.jumlah)
            if h + 3 < fm.height() or fm.horizontalAdvance(text) > inner:
                return []
            return [(QPointF(3, 1), self._static(text, self._font_mini), self._font_mini)]
        jumlah = f"{b.jumlah} pegawai"
        if self._fm_kecil.horizontalAdvance(jumlah) > inner:
            jumlah = str(b.jumlah)
        lines = (g.bungkus(b.nama, inner, self._fm.horizontalAdvance, rows - 1) if rows > 2
                 else [b.nama])  # (`bungkus` wants two lines or more)
        out = []
        y = 3.0
        for line in lines:
            out.append((QPointF(3, y), self._static(self._fm.elidedText(line, _ELIDE, inner),
                                                    self._font), self._font))
            y += step
        if rows > len(lines):
            out.append((QPointF(3, y), self._static(jumlah, self._font_kecil),
                        self._font_kecil))
        return out

    @staticmethod
    def _static(text: str, font: QFont) -> QStaticText:
        st = QStaticText(text)
        st.setTextFormat(Qt.TextFormat.PlainText)
        st.prepare(QTransform(), font)
        return st
