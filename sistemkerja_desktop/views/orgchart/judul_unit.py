"""Semantic zoom, the unit headers: below `UNIT_LOD` the box of a unit (or of a PPK position
that leads no unit) — header plus its head's card at readable zooms — is drawn as a plate with
the unit's name, and where room remains the pegawai of the unit with its sub-units and the
head's name. Text keeps a readable size on screen (8–11 px, chosen from the zoom); where the
box is too narrow for the name, the plate widens sideways into the free space next to it
(never over another box or connector), centred so the connectors still meet it in the middle.
Layouts are made once per node and zoom step (`QStaticText`), so repainting a view is cheap."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText, QTransform

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan_layout import TataLetak

_ELIDE = Qt.TextElideMode.ElideRight
UKURAN_HURUF = (11, 10, 9, 8)  # screen pixels, largest first; 8 px is the smallest drawn
PAD = 3.0  # screen pixels around the text
JARAK = 10.0  # scene units kept free between a widened plate and its neighbours
_BARIS_Y = 86.0  # bucket height (scene units) of the side-space search


@dataclass(frozen=True, slots=True)
class Judul:
    node_id: str
    kotak: QRectF  # the node's own box
    ruang: float  # free width on each side (scene units) a plate may widen into
    nama: str  # full name
    pendek: str  # the name with a prefix shared by many siblings left out
    jumlah: int  # pegawai in the unit and its sub-units
    kepala: str  # the head's name ("" when vacant)


# kind of a line: 0 name (bold, normal colour), 1 count/head (regular, weak colour)
Baris = tuple[QPointF, QStaticText, QFont, int]


@dataclass(frozen=True, slots=True)
class Susunan:
    """A header's text at one zoom: the plate (scene units) and lines in screen pixels from
    the plate's top-left corner."""

    plat: QRectF
    baris: tuple[Baris, ...]

    @property
    def teks(self) -> str:
        """All of the text, the lines joined with spaces."""
        return " ".join(st.text().strip() for _pos, st, _font, _kind in self.baris)


def ruang_samping(letak: TataLetak, ids: Iterable[str]) -> dict[str, float]:
    """For each node box in `ids`: how far (scene units) it may widen on both sides before
    touching another box or a connector that crosses its height (half the gap to another box
    of `ids`, which may widen too)."""
    ids = list(ids)
    heads = set(ids)
    rows: dict[int, list[tuple[float, float, float, float, float]]] = {}

    def add(top: float, bottom: float, left: float, right: float, share: float) -> None:
        for r in range(int(top // _BARIS_Y), int(bottom // _BARIS_Y) + 1):
            rows.setdefault(r, []).append((top, bottom, left, right, share))

    for nid, b in letak.node.items():
        add(b.y, b.y + b.h, b.x, b.x + b.w, 0.5 if nid in heads else 1.0)
    for line in letak.garis:
        for (x0, y0), (x1, y1) in pairwise(line):
            add(min(y0, y1), max(y0, y1), min(x0, x1), max(x0, x1), 1.0)
    out: dict[str, float] = {}
    eps = 0.5
    for nid in ids:
        b = letak.node[nid]
        top, bottom, left, right = b.y + eps, b.y + b.h - eps, b.x, b.x + b.w
        free = min(left, letak.lebar - right)
        for r in range(int(top // _BARIS_Y), int(bottom // _BARIS_Y) + 1):
            for o in rows.get(r, ()):
                if o[1] < top or o[0] > bottom:
                    continue
                if o[3] <= left + eps:
                    free = min(free, (left - o[3]) * o[4])
                elif o[2] >= right - eps:
                    free = min(free, (o[2] - right) * o[4])
        out[nid] = max(0.0, free - JARAK / 2)
    return out


def _bungkus(text: str, width: float, fm: QFontMetricsF, rows: int) -> list[str]:
    """Word wrap into at most `rows` lines (`bagan_gaya.bungkus` wants two or more)."""
    if rows == 1:
        return [text]
    return g.bungkus(text, width, fm.horizontalAdvance, rows)


class TataJudul:
    """Lays out header text per node and zoom step (cached)."""

    def __init__(self) -> None:
        self._bold: list[tuple[QFont, QFontMetricsF]] = []
        self._biasa: dict[int, tuple[QFont, QFontMetricsF]] = {}
        for px in UKURAN_HURUF:
            self._bold.append(self._font(px, bold=True))
            self._biasa[px] = self._font(px, bold=False)
        self._cache: dict[tuple[str, int], Susunan | None] = {}

    @staticmethod
    def _font(px: int, *, bold: bool) -> tuple[QFont, QFontMetricsF]:
        font = QFont()
        font.setPixelSize(px)
        font.setBold(bold)
        return font, QFontMetricsF(font)

    def clear(self) -> None:
        self._cache.clear()

    def susun(self, j: Judul, lod: float, bar: float) -> Susunan | None:
        """The header's plate and text at zoom `lod`; `bar`: screen pixels at the box's foot
        kept for the colour bar. None: not even one line of the smallest text fits."""
        key = (j.node_id, round(lod * 4096))
        if key not in self._cache:
            if len(self._cache) > 20000:  # zooming makes new steps; keep the cache bounded
                self._cache.clear()
            self._cache[key] = self._susun(j, lod, bar)
        return self._cache[key]

    def _susun(self, j: Judul, lod: float, bar: float) -> Susunan | None:
        bw, bh = j.kotak.width() * lod, j.kotak.height() * lod - bar
        avail = bw + 2 * j.ruang * lod
        pilihan = self._pilih(j, bw - 2 * PAD, avail - 2 * PAD, bh - 1)
        if pilihan is None:
            return None
        i, lines = pilihan
        font, fm = self._bold[i]
        step = fm.height()
        out: list[tuple[str, QFont, QFontMetricsF, int]] = [(t, font, fm, 0) for t in lines]
        kecil, fmk = self._biasa[max(8, UKURAN_HURUF[i] - 1)]
        jumlah = f"{j.jumlah} pegawai"
        widest = max(fm.horizontalAdvance(t) for t in lines)
        room = bh - 1 - len(lines) * step
        extra = [t for t in (jumlah, j.kepala) if t]
        inner = max(widest, bw - 2 * PAD)
        for text in extra:
            if room < fmk.height():
                break
            out.append((fmk.elidedText(text, _ELIDE, inner), kecil, fmk, 1))
            room -= fmk.height()
        if len(out) == len(lines) == 1 and j.jumlah:  # one line: the count after the name
            tail = f" · {j.jumlah}"
            if widest + fmk.horizontalAdvance(tail) <= avail - 2 * PAD:
                out.append((tail, kecil, fmk, 2))
        return self._letak(j, lod, bh, out)

    def _pilih(self, j: Judul, box: float, avail: float,
               height: float) -> tuple[int, list[str]] | None:
        """(font index, name lines): the largest font whose name fits unshortened in the
        box, else in the widened plate; else the smallest font, short name, cut with "…"."""
        names = [j.nama] if j.pendek == j.nama else [j.nama, j.pendek]
        last: tuple[int, int] | None = None
        for i, (_font, fm) in enumerate(self._bold):
            rows = int(height // fm.height())
            if rows < 1:
                continue
            last = (i, rows)
            for width in (box, avail):
                if width < 3 * fm.averageCharWidth():
                    continue
                for name in names:
                    lines = _bungkus(name, width, fm, rows)
                    if all(fm.horizontalAdvance(t) <= width for t in lines) and \
                            not lines[-1].endswith("…"):
                        return i, lines
        if last is None:
            return None
        i, rows = last
        fm = self._bold[i][1]
        if avail < 4 * fm.averageCharWidth():
            return None
        lines = _bungkus(names[-1], avail, fm, rows)
        return i, [fm.elidedText(t, _ELIDE, avail) for t in lines]

    @staticmethod
    def _letak(j: Judul, lod: float, bh: float,
               out: list[tuple[str, QFont, QFontMetricsF, int]]) -> Susunan:
        """Centre the lines in a plate centred on the box (a count after the name shares its
        line)."""
        rows: list[list[tuple[str, QFont, QFontMetricsF, int]]] = []
        for item in out:
            if item[3] == 2:
                rows[-1].append(item)
            else:
                rows.append([item])
        widths = [sum(fm.horizontalAdvance(t) for t, _f, fm, _k in row) for row in rows]
        heights = [max(fm.height() for _t, _f, fm, _k in row) for row in rows]
        bw = j.kotak.width() * lod
        plate_w = max(bw, max(widths) + 2 * PAD)
        y = max(1.0, (bh - sum(heights)) / 2)
        baris: list[Baris] = []
        for row, width, height in zip(rows, widths, heights, strict=True):
            x = (plate_w - width) / 2
            for text, font, fm, kind in row:
                st = QStaticText(text)
                st.setTextFormat(Qt.TextFormat.PlainText)
                st.prepare(QTransform(), font)
                baris.append((QPointF(x, y + height - fm.height()), st, font, min(kind, 1)))
                x += fm.horizontalAdvance(text)
            y += height
        k = j.kotak
        w = plate_w / lod
        return Susunan(QRectF(k.center().x() - w / 2, k.y(), w, k.height()), tuple(baris))
