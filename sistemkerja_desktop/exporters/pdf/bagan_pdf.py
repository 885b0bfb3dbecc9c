"""The org chart as a PDF on A4 or F4, tiled over as many pages as needed so that no text is
printed below 7 pt. Vector output; names stay searchable and extractable.

Input: a `Bagan` and its `TataLetak` (domain DTOs). Page cuts are placed in the gaps between
cards and boxes where possible, so a card is seldom split over two sheets. Each page carries a
title block (Perangkat Daerah, tanggal keadaan), its label ("hal. 2 dari 6, baris 1 kolom 2"),
a small map of where it sits in the whole chart, and the legend.

A group split over pages is framed only on the pages that hold some of its cards (never an empty
frame) and repeats its heading there with "(lanjutan)". The parts every page shares (title
block, page map, legend) are drawn once as form XObjects; the chart itself is written through
`bagan_pena` (see there why).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import LEGENDA, Bagan, JenisNode, Kartu, Node
from sistemkerja_desktop.domain.bagan_layout import JudulSeksi, Kotak, TataLetak
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.exporters.files import atomic_output
from sistemkerja_desktop.exporters.pdf.bagan_pena import Juru, garis, garis_patah, isi, kotak_bulat
from sistemkerja_desktop.exporters.pdf.fonts import SANS, draw_string, register_fonts

# Liberation Sans, embedded (exporters/pdf/fonts.py); registered on first export.
FONT, FONT_TEBAL, FONT_MIRING = SANS, f"{SANS}-Bold", f"{SANS}-Italic"

KERTAS: dict[str, tuple[float, float]] = {"a4": (210 * mm, 297 * mm), "f4": (215 * mm, 330 * mm)}
MARGIN = 10 * mm
KEPALA_H = 44.0  # title block
KAKI_H = 28.0  # legend (one or two lines)
SUDUT = 3.0
LANJUTAN = "(lanjutan)"


@dataclass(frozen=True, slots=True)
class OpsiBaganPdf:
    kertas: str = "a4"  # "a4" | "f4"
    orientasi: str = "otomatis"  # "tegak" | "mendatar" | "otomatis" (fewest pages)
    judul: str = "Bagan Kedudukan Pejabat Fungsional dan Pelaksana"
    keterangan: str = ""  # e.g. "Cabang: Bidang Pelayanan Kesehatan"


@dataclass(frozen=True, slots=True)
class HasilPdf:
    halaman: int
    baris: int
    kolom: int
    skala: float
    orientasi: str
    kertas: str


@dataclass(frozen=True, slots=True)
class _Rencana:
    orientasi: str
    ukuran: tuple[float, float]
    skala: float
    x: list[float]  # cuts: tile i owns x[i] <= left < x[i+1] …
    y: list[float]
    lebar: float  # … and shows x[i] … x[i] + lebar (cards starting in it are drawn whole)
    tinggi: float
    atas: float  # room above a tile: a continued group's heading, then a section header

    @property
    def halaman(self) -> int:
        return (len(self.x) - 1) * (len(self.y) - 1)

    def petak(self, x: float, y: float) -> tuple[int, int]:
        """(row, column) of the tile owning a point."""
        i = max(0, bisect.bisect_right(self.x, x) - 1)
        j = max(0, bisect.bisect_right(self.y, y) - 1)
        return min(j, len(self.y) - 2), min(i, len(self.x) - 2)

    def dilintasi(self, k: Kotak) -> Iterator[tuple[int, int]]:
        """Tiles whose printed area `k` crosses."""
        lo_j = max(0, bisect.bisect_left(self.y, k.y - self.tinggi) - 1)
        lo_i = max(0, bisect.bisect_left(self.x, k.x - self.lebar) - 1)
        for j in range(lo_j, len(self.y) - 1):
            if k.y > self.y[j] + self.tinggi:
                continue
            if k.bawah < self.y[j] - self.atas:
                break
            for i in range(lo_i, len(self.x) - 1):
                if k.x > self.x[i] + self.lebar:
                    continue
                if k.kanan < self.x[i]:
                    break
                yield j, i


def _potongan(spans: list[tuple[float, float]], total: float, span: float) -> list[float]:
    """Cuts 0 … total so that every (start, end) starting in a tile also ends within `span`
    of the tile's start: a tile ends where the first item that would not fit begins."""
    spans = sorted(spans)
    starts = [a for a, _b in spans]
    cuts = [0.0]
    while total - cuts[-1] > span + 1e-6:
        y0 = cuts[-1]
        limit = y0 + span
        lo, hi = bisect.bisect_left(starts, y0), bisect.bisect_left(starts, limit)
        cut = min((a for a, b in spans[lo:hi] if b > limit), default=limit)
        cuts.append(cut if cut > y0 + span * 0.25 else limit)
    cuts.append(total)
    return cuts


Elemen = tuple[Kotak, str, object]


def _elemen(bagan: Bagan, letak: TataLetak) -> list[Elemen]:
    """Everything to draw, in painting order, with its bounding box."""
    out: list[Elemen] = []
    for line in letak.garis:
        xs, ys = [p[0] for p in line], [p[1] for p in line]
        out.append((Kotak(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), "garis", line))
    out += [(k, "kelompok" if bagan.nodes[nid].jenis is JenisNode.KELOMPOK else "node", nid)
            for nid, k in letak.node.items()]
    out += [(j.kotak, "judul", j) for j in letak.judul_seksi]
    kartu = {k.key: k for n in letak.node for k in bagan.nodes[n].semua_kartu}
    out += [(k, "kartu", kartu[key]) for key, k in letak.kartu.items()]
    return out


def _rencana(letak: TataLetak, elemen: list[Elemen], opsi: OpsiBaganPdf) -> _Rencana:
    """Orientation (fewest pages), scale and cut positions."""
    whole = [k for k, jenis, _obj in elemen if jenis in ("kartu", "judul", "node")]
    xs = [(k.x, k.kanan) for k in whole]
    ys = [(k.y, k.bawah) for k in whole]
    atas = letak.ukuran.judul_seksi_h + letak.ukuran.judul_kelompok_h
    w0, h0 = KERTAS[opsi.kertas]
    pilihan = {"tegak": [("tegak", (w0, h0))], "mendatar": [("mendatar", (h0, w0))]}.get(
        opsi.orientasi, [("mendatar", (h0, w0)), ("tegak", (w0, h0))])
    best: _Rencana | None = None
    for nama, (pw, ph) in pilihan:
        cw, ch = pw - 2 * MARGIN, ph - 2 * MARGIN - KEPALA_H - KAKI_H
        fit = min(cw / letak.lebar, ch / letak.tinggi)
        if fit >= g.SKALA_MIN_PDF:
            r = _Rencana(nama, (pw, ph), min(1.0, fit), [0.0, letak.lebar],
                         [0.0, letak.tinggi], letak.lebar, letak.tinggi, 0.0)
        else:
            s = g.SKALA_MIN_PDF
            w, h = cw / s, ch / s - atas
            r = _Rencana(nama, (pw, ph), s, _potongan(xs, letak.lebar, w),
                         _potongan(ys, letak.tinggi, h), w, h, atas)
        if best is None or (r.halaman, -r.skala) < (best.halaman, -best.skala):
            best = r
    assert best is not None
    return best


class _Gambar:
    """Chart elements as content operators in layout units (y down in the layout, flipped)."""

    def __init__(self, juru: Juru, bagan: Bagan, letak: TataLetak, skala: float) -> None:
        self.j, self.bagan, self.s = juru, bagan, skala
        u = letak.ukuran
        self.kw, self.kh = u.kartu_w, u.kartu_h
        lw = fp_str(0.6 / skala)
        frame = kotak_bulat(0, -u.kartu_h, u.kartu_w, u.kartu_h, SUDUT)
        dash = f"[{fp_str(3 / skala, 2 / skala)}] 0 d"
        base = f"{lw} w {isi('#ffffff')} {garis(g.WARNA_BINGKAI)} "
        self.bingkai = (f"{base}{frame} B", f"{base}{dash} {frame} B [] 0 d")
        self.strip = {k: f"{isi(w)} 0 {fp_str(-u.kartu_h, g.STRIP, u.kartu_h)} re f"
                      for k, w in g.WARNA.items()}
        self.pena_garis = f"{garis(g.WARNA_GARIS)} {fp_str(0.8 / skala)} w"
        self._simpan: dict[object, str] = {}
        self.tm = tuple(f"1 0 0 1 {fp_str(g.INDEN, -b)} Tm" for b in g.GARIS_DASAR)

    def kotak(self, k: Kotak, warna_isi: str, warna_garis: str, lebar: float) -> str:
        key = (k, warna_isi, warna_garis, lebar)  # a frame crossing tiles is drawn on each
        out = self._simpan.get(key)
        if out is None:
            out = self._simpan[key] = (
                f"{fp_str(lebar / self.s)} w {isi(warna_isi)} {garis(warna_garis)} "
                f"{kotak_bulat(k.x, -k.bawah, k.w, k.h, SUDUT)} B")
        return out

    def kartu(self, k: Kotak, kartu: Kartu) -> str:
        j = self.j
        inner = k.w - g.INDEN - 6
        x = g.INDEN
        t1, t2, t3 = self.tm
        parts = [f"q 1 0 0 1 {fp_str(k.x, -k.y)} cm", self.bingkai[kartu.kosong],
                 self.strip[kartu.kelas]]
        if kartu.kosong:
            parts.append(j.teks(x, 0, kartu.nama, FONT_MIRING, g.TEKS_NAMA,
                                g.WARNA_TEKS_LEMAH, inner, t1))
            parts.append(j.teks(x, 0, g.TEKS_TANPA_PEMANGKU, FONT_MIRING, g.TEKS_BARIS,
                                g.WARNA_TEKS_LEMAH, inner, t2))
        else:
            badge = 0.0
            if kartu.pengisian:
                badge = j.lebar(kartu.pengisian, FONT_TEBAL, g.TEKS_BARIS) + 8
                parts.append(j.teks(k.w - badge + 2, -g.GARIS_DASAR[0], kartu.pengisian,
                                    FONT_TEBAL, g.TEKS_BARIS, g.WARNA_PERINGATAN, badge))
            parts.append(j.teks(x, 0, kartu.nama, FONT_TEBAL, g.TEKS_NAMA, g.WARNA_TEKS,
                                inner - badge, t1))
            parts.append(j.teks(x, 0, f"NIP {kartu.nip}", FONT, g.TEKS_BARIS,
                                g.WARNA_TEKS_LEMAH, inner, t2))
        parts.append(j.teks(x, 0, kartu.jabatan, FONT, g.TEKS_BARIS, g.WARNA_TEKS, inner, t3))
        parts.append("Q")
        return " ".join(parts)

    def node(self, k: Kotak, node: Node) -> str:
        j = self.j
        parts = [self.kotak(k, g.WARNA_JUDUL_UNIT, "#7b8794", 0.9)]
        lines = g.bungkus(node.judul, k.w - 16, lambda t: j.lebar(t, FONT_TEBAL, g.TEKS_JUDUL))
        bases = g.JUDUL_BARIS if len(lines) > 1 else (g.JUDUL_SATU,)
        parts += [j.teks(k.x + 8, -(k.y + base), line, FONT_TEBAL, g.TEKS_JUDUL, g.WARNA_TEKS,
                         k.w - 16) for line, base in zip(lines, bases, strict=False)]
        return " ".join(parts)

    def judul_kelompok(self, node: Node) -> str:
        return f"{node.judul} · {sum(len(s.kartu) for s in node.seksi)} orang"

    def kelompok(self, k: Kotak, node: Node, judul: bool) -> str:
        tanpa = node.tanpa_ppk
        out = self.kotak(k, g.WARNA_TANPA_PPK if tanpa else g.WARNA_KELOMPOK,
                         g.WARNA_GALAT if tanpa else g.WARNA_BINGKAI, 0.6)
        if judul:
            out += " " + self.j.teks(k.x + 8, -(k.y + 15), self.judul_kelompok(node), FONT_TEBAL,
                                     g.TEKS_JUDUL, g.WARNA_GALAT if tanpa else
                                     g.WARNA_TEKS_LEMAH, k.w - 16)
        return out

    def lanjutan(self, k: Kotak, node: Node, x: float, y: float, kanan: float) -> str:
        """The group's heading again, "(lanjutan)", with its top-left at (x, y)."""
        teks = f"{self.judul_kelompok(node)} {LANJUTAN}"
        room = min(k.kanan, kanan) - x - 16
        if self.j.lebar(teks, FONT_TEBAL, g.TEKS_JUDUL) > room:  # narrow: without the count
            teks = f"{node.judul} {LANJUTAN}"
        if room < 40:
            return ""
        w = min(room, self.j.lebar(teks, FONT_TEBAL, g.TEKS_JUDUL)) + 12
        tanpa = node.tanpa_ppk
        bg = f"{isi(g.WARNA_TANPA_PPK if tanpa else g.WARNA_KELOMPOK)} " \
             f"{fp_str(x + 2, -(y + 19), w, 16)} re f"
        return bg + " " + self.j.teks(x + 8, -(y + 15), teks, FONT_TEBAL, g.TEKS_JUDUL,
                                      g.WARNA_GALAT if tanpa else g.WARNA_TEKS_LEMAH, room)

    def judul(self, j: JudulSeksi) -> str:
        k = j.kotak
        label = f"{j.teks} ({j.jumlah}{', lanjutan' if j.lanjutan else ''})"
        return self.j.teks(k.x + 2, -(k.y + 11), label, FONT_TEBAL, g.TEKS_BARIS,
                           g.WARNA_TEKS_LEMAH, k.w - 4)

    def garis(self, titik: tuple[tuple[float, float], ...]) -> str:
        out = self._simpan.get(titik)  # a line crossing tiles is drawn on each
        if out is None:
            out = self._simpan[titik] = f"{self.pena_garis} {garis_patah(titik)}"
        return out


def _bentuk_kepala(c: Canvas, r: _Rencana, bagan: Bagan, opsi: OpsiBaganPdf) -> float:
    """The title block and the page map's empty grid, shared by every page (a form XObject).
    Returns the size of a map cell."""
    pw, ph = r.ukuran
    top = ph - MARGIN
    c.beginForm("kepala")
    c.setFillColor(HexColor(g.WARNA_TEKS))
    c.setFont(FONT_TEBAL, 11)
    draw_string(c, MARGIN, top - 11, opsi.judul.upper(), FONT_TEBAL, 11)
    c.setFont(FONT, 8.5)
    room = pw - 2 * MARGIN - 140
    juru = Juru(c._doc)
    sub = f"{bagan.pd.nama} {bagan.pd.pemda} — keadaan per {tanggal_indonesia(bagan.tanggal)}"
    draw_string(c, MARGIN, top - 23, juru.pangkas(sub, FONT, 8.5, room), FONT, 8.5)
    if opsi.keterangan:
        draw_string(c, MARGIN, top - 34, juru.pangkas(opsi.keterangan, FONT, 8.5, room), FONT,
                    8.5)
    nx, ny = len(r.x) - 1, len(r.y) - 1
    cell = min(7.0, 120 / nx, 20 / ny)
    if r.halaman > 1:  # where a page sits in the whole chart: the grid, once
        x0 = pw - MARGIN - nx * cell
        c.setFillColor(HexColor("#e4e7eb"))
        c.setStrokeColor(HexColor("#9aa5b1"))
        c.setLineWidth(0.3)
        c.rect(x0, top - 17 - ny * cell, nx * cell, ny * cell, stroke=0, fill=1)
        path = c.beginPath()
        for i in range(nx + 1):
            path.moveTo(x0 + i * cell, top - 17)
            path.lineTo(x0 + i * cell, top - 17 - ny * cell)
        for j in range(ny + 1):
            path.moveTo(x0, top - 17 - j * cell)
            path.lineTo(x0 + nx * cell, top - 17 - j * cell)
        c.drawPath(path, stroke=1, fill=0)
    c.setStrokeColor(HexColor(g.WARNA_BINGKAI))
    c.setLineWidth(0.5)
    c.line(MARGIN, top - KEPALA_H + 4, pw - MARGIN, top - KEPALA_H + 4)
    c.endForm()
    return cell


def _kepala(c: Canvas, r: _Rencana, cell: float, no: int, total: int, baris: int,
            kolom: int) -> None:
    pw, ph = r.ukuran
    top = ph - MARGIN
    c.doForm("kepala")
    label = f"hal. {no} dari {total}"
    if r.halaman > 1:
        label += f", baris {baris} kolom {kolom}"
        nx = len(r.x) - 1
        c.setFillColor(HexColor("#52606d"))
        c.setStrokeColor(HexColor("#9aa5b1"))
        c.setLineWidth(0.3)
        c.rect(pw - MARGIN - nx * cell + (kolom - 1) * cell, top - 17 - baris * cell, cell,
               cell, stroke=1, fill=1)
    c.setFillColor(HexColor(g.WARNA_TEKS))
    c.setFont(FONT, 8.5)
    c.drawRightString(pw - MARGIN, top - 11, label)


def _bentuk_kaki(c: Canvas, r: _Rencana) -> None:
    """The legend, wrapped onto a second line on narrow (portrait) pages (a form XObject)."""
    pw = r.ukuran[0]
    size = 7.5
    items: list[tuple[str, str, str]] = [("kelas", g.WARNA[k], label) for k, label in LEGENDA]
    items += [("kosong", "", "Jabatan kosong"), ("plt", "", "pelaksana tugas")]
    x, y = MARGIN, MARGIN + 12
    c.beginForm("kaki")
    for jenis, warna, label in items:
        w = 16 + c.stringWidth(label, FONT, size) + 12 + (4 if jenis != "kelas" else 0)
        if x + w > pw - MARGIN and x > MARGIN:
            x, y = MARGIN, y - 11
        if jenis == "kelas":
            c.setFillColor(HexColor(warna))
            c.rect(x, y - 1, 9, 8, stroke=0, fill=1)
            tx = x + 12
        elif jenis == "kosong":
            c.setStrokeColor(HexColor(g.WARNA_TEKS_LEMAH))
            c.setLineWidth(0.6)
            c.setDash(3, 2)
            c.rect(x, y - 1, 14, 8, stroke=1, fill=0)
            c.setDash()
            tx = x + 17
        else:
            c.setFillColor(HexColor(g.WARNA_PERINGATAN))
            c.setFont(FONT_TEBAL, size)
            c.drawString(x, y, "Plt.")
            tx = x + 16
        c.setFillColor(HexColor(g.WARNA_TEKS))
        c.setFont(FONT, size)
        c.drawString(tx, y, label)
        x += w
    c.endForm()


def _bagi(bagan: Bagan, letak: TataLetak, r: _Rencana, elemen: list[Elemen]
          ) -> dict[tuple[int, int], list[Elemen]]:
    """What each tile draws. Cards, section headers and unit boxes belong to the tile holding
    their top-left corner and are drawn whole there; lines cross every tile they pass; a
    group's frame is drawn only where the tile holds some of its cards."""
    buckets: dict[tuple[int, int], list[Elemen]] = {}
    punya: dict[str, set[tuple[int, int]]] = {}  # group → tiles holding some of its items
    for item in elemen:
        k, jenis, obj = item
        if jenis in ("kartu", "judul", "node"):
            top = k.bawah if jenis == "judul" else k.y  # a header goes with the card under it
            tile = r.petak(k.x, top)
            buckets.setdefault(tile, []).append(item)
            owner = (obj.node_id if jenis == "judul" else  # type: ignore[attr-defined]
                     letak.kartu_node.get(obj.key) if jenis == "kartu" else None)  # type: ignore
            if owner is not None:
                punya.setdefault(owner, set()).add(tile)
    for item in elemen:
        k, jenis, obj = item
        if jenis == "garis":
            for tile in r.dilintasi(k):
                buckets.setdefault(tile, []).append(item)
        elif jenis == "kelompok":
            tiles = punya.get(str(obj), set())
            for tile in r.dilintasi(k):
                if tile in tiles:
                    buckets.setdefault(tile, []).append(item)
    for tile in buckets:  # painting order: lines, frames and boxes, headers, cards
        buckets[tile].sort(key=lambda e: _URUTAN[e[1]])
    return buckets


_URUTAN = {"garis": 0, "kelompok": 1, "node": 1, "judul": 2, "kartu": 3}


def _petak(gb: _Gambar, r: _Rencana, letak: TataLetak, items: list[Elemen], j: int,
           i: int) -> str:
    """The chart part of one tile: clip, transform, elements."""
    s = r.skala
    x0, y0 = r.x[i], r.y[j]
    x1 = min(x0 + r.lebar, letak.lebar)
    y1 = min(y0 + r.tinggi, letak.tinggi)
    atas = y0 - r.atas if j else y0
    ox = MARGIN - x0 * s
    oy = r.ukuran[1] - MARGIN - KEPALA_H + (y0 - r.atas) * s
    ops = ["q", f"{fp_str(ox + x0 * s, oy - y1 * s, (x1 - x0) * s, (y1 - atas) * s)} re W n",
           f"{fp_str(s)} 0 0 {fp_str(s)} {fp_str(ox, oy)} cm"]
    bagan = gb.bagan
    for k, jenis, obj in items:
        if jenis == "kartu":
            ops.append(gb.kartu(k, obj))  # type: ignore[arg-type]
        elif jenis == "judul":
            ops.append(gb.judul(obj))  # type: ignore[arg-type]
        elif jenis == "garis":
            ops.append(gb.garis(obj))  # type: ignore[arg-type]
        elif jenis == "node":
            ops.append(gb.node(k, bagan.nodes[str(obj)]))
        else:
            node = bagan.nodes[str(obj)]
            sendiri = r.petak(k.x, k.y) == (j, i)  # its heading is printed here
            ops.append(gb.kelompok(k, node, sendiri))
            if not sendiri:
                top = k.y if k.y >= atas else atas
                ops.append(gb.lanjutan(k, node, max(k.x, x0), top, x1))
    ops.append("Q")
    return "\n".join(ops)


def write_bagan_pdf(bagan: Bagan, letak: TataLetak, path: Path,
                    opsi: OpsiBaganPdf | None = None, *, invariant: bool = False,
                    progress: Callable[[int, int], None] | None = None,
                    protected: tuple[Path, ...] = ()) -> HasilPdf:
    """Write the chart to `path`; returns how it was tiled. `progress(done, total)` is told
    every 10 pages written (a background export feeds its progress dialog with it). Written
    through a temporary file (`atomic_output`): `path` is replaced only by a whole PDF, never
    when it is a data file or one of `protected` (the open database)."""
    opsi = opsi or OpsiBaganPdf()
    register_fonts()
    if opsi.kertas not in KERTAS:
        raise ValueError(f"kertas {opsi.kertas!r}")
    elemen = _elemen(bagan, letak)
    r = _rencana(letak, elemen, opsi)
    nx, ny = len(r.x) - 1, len(r.y) - 1
    buckets = _bagi(bagan, letak, r, elemen)
    with atomic_output(path, ".pdf", protected=protected) as tmp:
        n = _tulis(bagan, letak, tmp, opsi, r, buckets, invariant, progress)
    return HasilPdf(n, ny, nx, r.skala, r.orientasi, opsi.kertas)


def _tulis(bagan: Bagan, letak: TataLetak, path: Path, opsi: OpsiBaganPdf, r: _Rencana,
           buckets: dict[tuple[int, int], list[Elemen]], invariant: bool,
           progress: Callable[[int, int], None] | None) -> int:
    nx, ny = len(r.x) - 1, len(r.y) - 1
    c = Canvas(str(path), pagesize=r.ukuran, invariant=1 if invariant else 0)
    c.setTitle(f"{opsi.judul} — {bagan.pd.nama} {bagan.pd.pemda}")
    c.setAuthor("Sistem Kerja Desktop")
    c.setSubject(f"Keadaan per {tanggal_indonesia(bagan.tanggal)}")
    cell = _bentuk_kepala(c, r, bagan, opsi)
    _bentuk_kaki(c, r)
    gb = _Gambar(Juru(c._doc), bagan, letak, r.skala)
    tiles = [(j, i) for j in range(ny) for i in range(nx)  # a tile with no card: no page
             if any(jenis != "garis" for _k, jenis, _o in buckets.get((j, i), ()))]
    tiles = tiles or [(0, 0)]
    for no, (j, i) in enumerate(tiles, start=1):
        _kepala(c, r, cell, no, len(tiles), j + 1, i + 1)
        c.doForm("kaki")
        c.addLiteral(_petak(gb, r, letak, buckets.get((j, i), []), j, i))
        c.showPage()
        if progress is not None and (no % 10 == 0 or no == len(tiles)):
            progress(no, len(tiles))
    c.save()
    return len(tiles)
