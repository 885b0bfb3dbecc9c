"""Tidy layout of a `Bagan`: a pure function from the chart tree to rectangles and connectors.

A non-layered tidy tree (the idea of van der Ploeg's variant of Reingold–Tilford/Walker for
nodes of different sizes): every subtree keeps a contour — bands along the depth axis with the
subtree's extreme left/right extent in each band — and a subtree is pushed against its left
sibling until the two contours are `jarak_saudara` apart. A parent is centred over its first
and last child. Children start `jarak_tingkat` below their own parent, so a tall group of JF
does not push unrelated branches down.

Compactness: a KELOMPOK is packed into columns of cards (a group of 60 becomes a block of a few
columns, aiming at `rasio_kelompok`), and a node with more than `maks_anak_per_baris` children
lays them out in several rows hanging off a vertical trunk that runs through a free corridor.

Both directions use one algorithm on a breadth axis `b` and a depth axis `d` (top-down: b = x,
d = y; left-right: b = y, d = x). Output units are points at 100 % (pixels on screen).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from sistemkerja_desktop.domain.bagan import Bagan, JenisNode, Node
from sistemkerja_desktop.domain.bagan_kemas import Kemasan, kemas_kelompok

_INF = math.inf


class Arah(StrEnum):
    ATAS_BAWAH = "atas-bawah"
    KIRI_KANAN = "kiri-kanan"


@dataclass(frozen=True, slots=True)
class Ukuran:
    """Geometry in layout units (pt / px at 100 %)."""

    kartu_w: float = 210.0
    kartu_h: float = 50.0
    pad: float = 6.0
    judul_unit_h: float = 30.0
    judul_kelompok_h: float = 22.0
    judul_seksi_h: float = 16.0
    jarak_kartu: float = 6.0
    jarak_kolom: float = 12.0
    jarak_saudara: float = 28.0
    jarak_tingkat: float = 44.0
    koridor: float = 36.0
    maks_anak_per_baris: int = 12
    rasio_kelompok: float = 0.7  # width / height aimed at for a wrapped group (top-down)
    rasio_kelompok_kiri_kanan: float = 3.0
    margin: float = 24.0


class Kotak(NamedTuple):
    """A rectangle (a tuple: cheap to make by the thousand, immutable, comparable)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def kanan(self) -> float:
        return self.x + self.w

    @property
    def bawah(self) -> float:
        return self.y + self.h

    @property
    def tengah(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def beririsan(self, other: Kotak, eps: float = 1e-6) -> bool:
        """True if the interiors overlap (touching edges do not count)."""
        return (self.x < other.kanan - eps and other.x < self.kanan - eps
                and self.y < other.bawah - eps and other.y < self.bawah - eps)

    def memuat(self, other: Kotak, eps: float = 1e-6) -> bool:
        return (self.x - eps <= other.x and other.kanan <= self.kanan + eps
                and self.y - eps <= other.y and other.bawah <= self.bawah + eps)


class JudulSeksi(NamedTuple):
    kotak: Kotak
    teks: str  # the jabatan
    jumlah: int  # cards of that jabatan in the whole group
    lanjutan: bool  # continued from the previous column
    node_id: str


Titik = tuple[float, float]


@dataclass(frozen=True)
class TataLetak:
    arah: Arah
    ukuran: Ukuran
    node: dict[str, Kotak]  # every visible node
    kartu: dict[str, Kotak]  # leader cards and group cards of visible nodes
    kartu_node: dict[str, str]  # card key → node id
    judul_seksi: tuple[JudulSeksi, ...]
    garis: tuple[tuple[Titik, ...], ...]  # connector polylines, parent → child
    anak_tampil: dict[str, tuple[str, ...]]
    ciut: frozenset[str]  # visible nodes whose children are hidden
    lebar: float
    tinggi: float


# ---- contours -------------------------------------------------------------------------------

Band = tuple[float, float, float, float]  # d0, d1, lo, hi


def _geser(a: list[Band], b: list[Band]) -> float:
    """Smallest shift of `b` along the breadth axis that puts it right of `a` (touching)."""
    i = j = 0
    best = -_INF
    while i < len(a) and j < len(b):
        a0, a1, _alo, ahi = a[i]
        b0, b1, blo, _bhi = b[j]
        if max(a0, b0) < min(a1, b1):
            best = max(best, ahi - blo)
        if a1 < b1:
            i += 1
        else:
            j += 1
    return best


def _gabung(a: list[Band], b: list[Band]) -> list[Band]:
    """Union of two contours: per elementary depth interval, the extreme extents."""
    points = sorted({v for band in a for v in band[:2]} | {v for band in b for v in band[:2]})
    out: list[Band] = []
    ia = ib = 0
    for d0, d1 in itertools.pairwise(points):
        lo, hi = _INF, -_INF
        while ia < len(a) and a[ia][1] <= d0:
            ia += 1
        if ia < len(a) and a[ia][0] <= d0:
            lo, hi = min(lo, a[ia][2]), max(hi, a[ia][3])
        while ib < len(b) and b[ib][1] <= d0:
            ib += 1
        if ib < len(b) and b[ib][0] <= d0:
            lo, hi = min(lo, b[ib][2]), max(hi, b[ib][3])
        if lo == _INF:
            continue
        if out and out[-1][1] == d0 and out[-1][2] == lo and out[-1][3] == hi:
            out[-1] = (out[-1][0], d1, lo, hi)
        else:
            out.append((d0, d1, lo, hi))
    return out


def _pindah(c: list[Band], db: float = 0.0, dd: float = 0.0) -> list[Band]:
    return [(d0 + dd, d1 + dd, lo + db, hi + db) for d0, d1, lo, hi in c]


# ---- the tree -------------------------------------------------------------------------------

class _Tata:
    def __init__(self, bagan: Bagan, arah: Arah, ciut: frozenset[str], u: Ukuran) -> None:
        self.bagan, self.arah, self.ciut_req, self.u = bagan, arah, ciut, u
        self.td = arah is Arah.ATAS_BAWAH
        self.size: dict[str, tuple[float, float]] = {}  # real (w, h)
        self.kemasan: dict[str, Kemasan] = {}
        self.kontur: dict[str, list[Band]] = {}
        self.rel: dict[str, tuple[float, float]] = {}  # child → (b, d) offset from parent
        self.rows: dict[str, list[list[str]]] = {}
        self.row_d: dict[str, list[float]] = {}
        self.ciut: set[str] = set()

    def bd(self, nid: str) -> tuple[float, float]:
        w, h = self.size[nid]
        return (w, h) if self.td else (h, w)

    def ukur(self, node: Node) -> None:
        u = self.u
        if node.jenis is JenisNode.KELOMPOK:
            rasio = u.rasio_kelompok if self.td else u.rasio_kelompok_kiri_kanan
            k = kemas_kelompok(node, u, rasio)
            self.kemasan[node.id] = k
            self.size[node.id] = (k.w, k.h)
        else:
            self.size[node.id] = (u.kartu_w + 2 * u.pad, u.judul_unit_h + u.kartu_h + u.pad)

    def susun(self, nid: str) -> None:
        """Lay out the subtree of `nid` in its own frame (root centred at b = 0, top at d = 0)."""
        node = self.bagan.nodes[nid]
        self.ukur(node)
        sb, sd = self.bd(nid)
        kids = list(node.anak)
        if kids and nid in self.ciut_req:
            self.ciut.add(nid)
            kids = []
        contour: list[Band] = [(0.0, sd, -sb / 2, sb / 2)]
        if not kids:
            self.kontur[nid] = contour
            self.rows[nid] = []
            return
        for kid in kids:
            self.susun(kid)
        u = self.u
        multi = len(kids) > u.maks_anak_per_baris
        side = (kids[0] if multi and self.bagan.nodes[kids[0]].jenis is JenisNode.KELOMPOK
                else None)
        rest = kids[1:] if side else kids
        rows = [rest]
        if len(rest) > u.maks_anak_per_baris:
            size = math.ceil(len(rest) / math.ceil(len(rest) / u.maks_anak_per_baris))
            rows = [rest[i:i + size] for i in range(0, len(rest), size)]
        if multi:
            for row in rows:
                self.ratakan(row)
        mode = "kanan" if side else "koridor" if multi else "tengah"
        self.row_d[nid] = []
        top = sd
        for row in rows:
            d_row = top + u.jarak_tingkat
            offs, acc = self.baris(row, d_row, mode)
            for kid, off in zip(row, offs, strict=True):
                self.rel[kid] = (off, d_row)
            bus = (top, d_row, min(-sb / 2, offs[0], 0.0), max(sb / 2, offs[-1], 0.0))
            contour = _gabung(_gabung(contour, [bus]), acc)
            self.row_d[nid].append(d_row)
            top = max(band[1] for band in acc)
        if side is not None:  # the leader's own group hangs left of the trunk, beside the rows
            first = self.row_d[nid][0]
            self.kemas_ulang(side, top - first)
            gb, gd = self.bd(side)
            off = -u.koridor / 2 - gb / 2
            self.rel[side] = (off, first)
            contour = _gabung(contour, [(sd, first, off, 0.0)])
            contour = _gabung(contour, [(first, first + gd, off - gb / 2, off + gb / 2)])
        if multi:  # the trunk runs through the corridors down to the last bus
            contour = _gabung(contour, [(sd, self.row_d[nid][-1], 0.0, 0.0)])
        self.rows[nid] = ([[side]] if side else []) + rows
        self.kontur[nid] = contour

    def kemas_ulang(self, kid: str, depth: float) -> None:
        """Repack a group so that it is at most `depth` deep (in the layout's depth axis)."""
        node = self.bagan.nodes[kid]
        if self.td:
            k = kemas_kelompok(node, self.u, 0.0, tinggi_maks=depth)
        else:
            k = kemas_kelompok(node, self.u, 0.0, lebar_maks=depth)
        self.kemasan[kid] = k
        self.size[kid] = (k.w, k.h)
        gb, gd = self.bd(kid)
        self.kontur[kid] = [(0.0, gd, -gb / 2, gb / 2)]

    def ratakan(self, row: list[str]) -> None:
        """In a node with several rows, a group much deeper than the other subtrees of its row
        would leave a hole under that row: repack it into shallower columns."""
        depth = {kid: max(b[1] for b in self.kontur[kid]) for kid in row}
        others = [depth[k] for k in row if self.bagan.nodes[k].jenis is not JenisNode.KELOMPOK]
        if not others:
            return
        target = max(others)
        for kid in row:
            if self.bagan.nodes[kid].jenis is JenisNode.KELOMPOK and depth[kid] > 1.5 * target:
                self.kemas_ulang(kid, target)

    def baris(self, row: list[str], d_row: float, mode: str) -> tuple[list[float], list[Band]]:
        """One row of siblings: centred under the parent ("tengah"), split around the trunk's
        corridor ("koridor"), or entirely right of it ("kanan")."""
        if mode != "koridor":
            offs, acc = self.rapat(row, d_row)
            if mode == "tengah":
                shift = -(offs[0] + offs[-1]) / 2
            else:
                shift = self.u.koridor / 2 - min(b[2] for b in acc)
            return [o + shift for o in offs], _pindah(acc, shift)
        half = math.ceil(len(row) / 2)
        left, right = row[:half], row[half:]
        offs_l, acc_l = self.rapat(left, d_row)
        shift_l = -self.u.koridor / 2 - max(b[3] for b in acc_l)
        offs = [o + shift_l for o in offs_l]
        acc = _pindah(acc_l, shift_l)
        if right:
            offs_r, acc_r = self.rapat(right, d_row)
            shift_r = self.u.koridor / 2 - min(b[2] for b in acc_r)
            offs += [o + shift_r for o in offs_r]
            acc = _gabung(acc, _pindah(acc_r, shift_r))
        return offs, acc

    def rapat(self, row: list[str], d_row: float) -> tuple[list[float], list[Band]]:
        """Siblings pushed together left to right, `jarak_saudara` apart."""
        offs: list[float] = []
        acc: list[Band] = []
        for kid in row:
            c = _pindah(self.kontur[kid], dd=d_row)
            s = 0.0 if not offs else _geser(acc, c) + self.u.jarak_saudara
            offs.append(s)
            acc = _gabung(acc, _pindah(c, s)) if acc else c
        return offs, acc


def _kotak(t: _Tata, nid: str, b: float, d: float) -> Kotak:
    w, h = t.size[nid]
    return Kotak(b - w / 2, d, w, h) if t.td else Kotak(d, b - h / 2, w, h)


def tata_letak(bagan: Bagan, *, arah: Arah = Arah.ATAS_BAWAH, ciut: Iterable[str] = (),
               fokus: str | None = None, ukuran: Ukuran | None = None) -> TataLetak:
    """Rectangles for every visible node and card, section headers and connectors.

    `ciut`: nodes shown collapsed (children hidden); `fokus`: show only that node's subtree.
    Deterministic: equal inputs give equal outputs.
    """
    u = ukuran or Ukuran()
    t = _Tata(bagan, arah, frozenset(ciut), u)
    roots = [fokus] if fokus is not None and fokus in bagan.nodes else list(bagan.akar)
    for r in roots:
        t.susun(r)
    root_offs, _ = t.rapat(roots, 0.0) if roots else ([], [])
    pos: dict[str, tuple[float, float]] = {}
    stack = [(r, off, 0.0) for r, off in zip(roots, root_offs, strict=True)]
    while stack:
        nid, b, d = stack.pop()
        pos[nid] = (b, d)
        for row in t.rows[nid]:
            for kid in row:
                rb, rd = t.rel[kid]
                stack.append((kid, b + rb, d + rd))
    raw = {nid: _kotak(t, nid, b, d) for nid, (b, d) in pos.items()}
    min_x = min((k.x for k in raw.values()), default=0.0)
    min_y = min((k.y for k in raw.values()), default=0.0)
    dx, dy = u.margin - min_x, u.margin - min_y
    order = [nid for nid in bagan.urutan(roots) if nid in raw]
    node = {nid: Kotak(raw[nid].x + dx, raw[nid].y + dy, raw[nid].w, raw[nid].h)
            for nid in order}
    kartu: dict[str, Kotak] = {}
    kartu_node: dict[str, str] = {}
    judul: list[JudulSeksi] = []
    for nid in order:
        box, n = node[nid], bagan.nodes[nid]
        if n.jenis is JenisNode.KELOMPOK:
            k = t.kemasan[nid]
            step, new = u.kartu_h + u.jarak_kartu, tuple.__new__
            w, h = u.kartu_w, u.kartu_h
            for keys, x, y in k.kartu:  # one run per column of a jabatan
                x, y = box.x + x, box.y + y
                for key in keys:
                    kartu[key] = new(Kotak, (x, y, w, h))
                    kartu_node[key] = nid
                    y += step
            judul += [new(JudulSeksi, (new(Kotak, (box.x + x, box.y + y, u.kartu_w,
                                                   u.judul_seksi_h)), teks, jumlah, lanj, nid))
                      for x, y, teks, jumlah, lanj in k.judul]
        elif n.kartu is not None:
            kartu[n.kartu.key] = Kotak(box.x + u.pad, box.y + u.judul_unit_h, u.kartu_w,
                                       u.kartu_h)
            kartu_node[n.kartu.key] = nid
    garis = _garis(t, node, order)
    lebar = max((k.kanan for k in node.values()), default=0.0) + u.margin
    tinggi = max((k.bawah for k in node.values()), default=0.0) + u.margin
    anak = {nid: tuple(kid for row in t.rows[nid] for kid in row) for nid in order}
    return TataLetak(arah=arah, ukuran=u, node=node, kartu=kartu, kartu_node=kartu_node,
                     judul_seksi=tuple(judul), garis=garis, anak_tampil=anak,
                     ciut=frozenset(t.ciut), lebar=lebar, tinggi=tinggi)


def _garis(t: _Tata, node: dict[str, Kotak], order: list[str]) -> tuple[tuple[Titik, ...], ...]:
    """Orthogonal elbows parent → bus → child; several rows share the parent's trunk."""
    out: list[tuple[Titik, ...]] = []
    half = t.u.jarak_tingkat / 2
    for nid in order:
        p = node[nid]
        for row in t.rows[nid]:
            for kid in row:
                c = node[kid]
                if t.td:
                    px, bus = p.x + p.w / 2, c.y - half
                    out.append(((px, p.bawah), (px, bus), (c.x + c.w / 2, bus),
                                (c.x + c.w / 2, c.y)))
                else:
                    py, bus = p.y + p.h / 2, c.x - half
                    out.append(((p.kanan, py), (bus, py), (bus, c.y + c.h / 2),
                                (c.x, c.y + c.h / 2)))
    return tuple(out)
