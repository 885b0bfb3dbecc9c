"""The org chart as a PDF on A4 or F4, tiled over as many pages as needed so that no text is
printed below 7 pt. Vector output; names stay searchable and extractable.

Input: a `Bagan` and its `TataLetak` (domain DTOs). Page cuts are placed in the gaps between
cards and boxes where possible, so a card is seldom split over two sheets. Each page carries a
title block (Perangkat Daerah, tanggal keadaan), its label ("hal. 2 dari 6, baris 1 kolom 2"),
a small map of where it sits in the whole chart, and the legend.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import (
    LEGENDA,
    Bagan,
    JenisNode,
    Kartu,
)
from sistemkerja_desktop.domain.bagan_layout import Kotak, TataLetak
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.exporters.pdf.fonts import SANS, register_fonts

# Liberation Sans, embedded (exporters/pdf/fonts.py); registered on first export.
FONT, FONT_TEBAL, FONT_MIRING = SANS, f"{SANS}-Bold", f"{SANS}-Italic"

KERTAS: dict[str, tuple[float, float]] = {"a4": (210 * mm, 297 * mm), "f4": (215 * mm, 330 * mm)}
MARGIN = 10 * mm
KEPALA_H = 44.0  # title block
KAKI_H = 28.0  # legend (one or two lines)
SUDUT = 3.0


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
    atas: float  # room above a tile for a section header that belongs to its first card

    @property
    def halaman(self) -> int:
        return (len(self.x) - 1) * (len(self.y) - 1)


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


def _utuh(bagan: Bagan, jenis: str, obj: object) -> bool:
    """Cards, section headers and unit/position boxes are never split between pages."""
    return jenis in ("kartu", "judul") or (
        jenis == "node" and bagan.nodes[str(obj)].jenis is not JenisNode.KELOMPOK)


def _rencana(bagan: Bagan, letak: TataLetak, opsi: OpsiBaganPdf) -> _Rencana:
    """Orientation (fewest pages), scale and cut positions."""
    whole = [k for k, jenis, obj in _elemen(bagan, letak) if _utuh(bagan, jenis, obj)]
    xs = [(k.x, k.kanan) for k in whole]
    atas = letak.ukuran.judul_seksi_h
    ys = [(k.y, k.bawah) for k in whole]
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


def _pangkas(teks: str, font: str, size: float, lebar: float) -> str:
    if stringWidth(teks, font, size) <= lebar:
        return teks
    lo, hi = 0, len(teks)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(teks[:mid].rstrip() + "…", font, size) <= lebar:
            lo = mid
        else:
            hi = mid - 1
    return teks[:lo].rstrip() + "…"


class _Halaman:
    """Draws chart elements of one tile; layout units → pt."""

    def __init__(self, c: Canvas, r: _Rencana, x0: float, y0: float) -> None:
        self.c, self.s = c, r.skala
        self.ox = MARGIN - x0 * self.s
        self.oy = r.ukuran[1] - MARGIN - KEPALA_H + (y0 - r.atas) * self.s

    def px(self, x: float) -> float:
        return self.ox + x * self.s

    def py(self, y: float) -> float:
        return self.oy - y * self.s

    def kotak(self, k: Kotak, isi: str, garis: str, lebar: float = 0.6,
              putus: bool = False) -> None:
        c = self.c
        c.setFillColor(HexColor(isi))
        c.setStrokeColor(HexColor(garis))
        c.setLineWidth(lebar)
        c.setDash(3, 2) if putus else c.setDash()
        c.roundRect(self.px(k.x), self.py(k.bawah), k.w * self.s, k.h * self.s,
                    SUDUT * self.s, stroke=1, fill=1)
        c.setDash()

    def teks(self, x: float, y: float, teks: str, font: str, size: float, warna: str,
             lebar: float) -> None:
        c = self.c
        c.setFillColor(HexColor(warna))
        c.setFont(font, size * self.s)
        c.drawString(self.px(x), self.py(y), _pangkas(teks, font, size, lebar))

    def kartu(self, k: Kotak, kartu: Kartu) -> None:
        self.kotak(k, "#ffffff", g.WARNA_BINGKAI, putus=kartu.kosong)
        self.c.setFillColor(HexColor(g.WARNA[kartu.kelas]))
        self.c.rect(self.px(k.x), self.py(k.bawah), g.STRIP * self.s, k.h * self.s,
                    stroke=0, fill=1)
        inner = k.w - g.INDEN - 6
        b1, b2, b3 = g.GARIS_DASAR
        if kartu.kosong:
            self.teks(k.x + g.INDEN, k.y + b1, kartu.nama, FONT_MIRING, g.TEKS_NAMA,
                      g.WARNA_TEKS_LEMAH, inner)
            self.teks(k.x + g.INDEN, k.y + b2, g.TEKS_TANPA_PEMANGKU, FONT_MIRING,
                      g.TEKS_BARIS, g.WARNA_TEKS_LEMAH, inner)
        else:
            badge = 0.0
            if kartu.pengisian:
                badge = stringWidth(kartu.pengisian, FONT_TEBAL, g.TEKS_BARIS) + 8
                self.teks(k.kanan - badge + 2, k.y + b1, kartu.pengisian, FONT_TEBAL,
                          g.TEKS_BARIS, g.WARNA_PERINGATAN, badge)
            self.teks(k.x + g.INDEN, k.y + b1, kartu.nama, FONT_TEBAL, g.TEKS_NAMA,
                      g.WARNA_TEKS, inner - badge)
            self.teks(k.x + g.INDEN, k.y + b2, f"NIP {kartu.nip}", FONT, g.TEKS_BARIS,
                      g.WARNA_TEKS_LEMAH, inner)
        self.teks(k.x + g.INDEN, k.y + b3, kartu.jabatan, FONT, g.TEKS_BARIS, g.WARNA_TEKS,
                  inner)


def _elemen(bagan: Bagan, letak: TataLetak) -> list[tuple[Kotak, str, object]]:
    """Everything to draw, in painting order, with its bounding box."""
    out: list[tuple[Kotak, str, object]] = []
    for line in letak.garis:
        xs, ys = [p[0] for p in line], [p[1] for p in line]
        out.append((Kotak(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), "garis", line))
    out += [(k, "node", nid) for nid, k in letak.node.items()]
    out += [(j.kotak, "judul", j) for j in letak.judul_seksi]
    kartu = {k.key: k for n in letak.node for k in bagan.nodes[n].semua_kartu}
    out += [(k, "kartu", kartu[key]) for key, k in letak.kartu.items()]
    return out


def _gambar(h: _Halaman, bagan: Bagan, letak: TataLetak, jenis: str, obj: object,
            k: Kotak) -> None:
    c = h.c
    if jenis == "garis":
        c.setStrokeColor(HexColor(g.WARNA_GARIS))
        c.setLineWidth(0.8)
        pts = obj  # type: ignore[assignment]
        path = c.beginPath()
        path.moveTo(h.px(pts[0][0]), h.py(pts[0][1]))  # type: ignore[index]
        for x, y in pts[1:]:  # type: ignore[index]
            path.lineTo(h.px(x), h.py(y))
        c.drawPath(path, stroke=1, fill=0)
    elif jenis == "node":
        node = bagan.nodes[str(obj)]
        if node.jenis is JenisNode.KELOMPOK:
            isi = g.WARNA_TANPA_PPK if node.tanpa_ppk else g.WARNA_KELOMPOK
            h.kotak(k, isi, g.WARNA_GALAT if node.tanpa_ppk else g.WARNA_BINGKAI)
            n = sum(len(s.kartu) for s in node.seksi)
            h.teks(k.x + 8, k.y + 15, f"{node.judul} · {n} orang", FONT_TEBAL, g.TEKS_JUDUL,
                   g.WARNA_GALAT if node.tanpa_ppk else g.WARNA_TEKS_LEMAH, k.w - 16)
        else:
            h.kotak(k, g.WARNA_JUDUL_UNIT, "#7b8794", lebar=0.9)
            lines = g.bungkus(node.judul, k.w - 16,
                              lambda t: stringWidth(t, FONT_TEBAL, g.TEKS_JUDUL))
            bases = g.JUDUL_BARIS if len(lines) > 1 else (g.JUDUL_SATU,)
            for line, base in zip(lines, bases, strict=False):
                h.teks(k.x + 8, k.y + base, line, FONT_TEBAL, g.TEKS_JUDUL, g.WARNA_TEKS,
                       k.w - 16)
    elif jenis == "judul":
        j = obj  # type: ignore[assignment]
        label = f"{j.teks} ({j.jumlah}{', lanjutan' if j.lanjutan else ''})"  # type: ignore
        h.teks(k.x + 2, k.y + 11, label, FONT_TEBAL, g.TEKS_BARIS, g.WARNA_TEKS_LEMAH, k.w - 4)
    else:
        h.kartu(k, obj)  # type: ignore[arg-type]


def _kepala(c: Canvas, r: _Rencana, bagan: Bagan, opsi: OpsiBaganPdf, no: int, total: int,
            baris: int, kolom: int) -> None:
    pw, ph = r.ukuran
    top = ph - MARGIN
    c.setFillColor(HexColor(g.WARNA_TEKS))
    c.setFont(FONT_TEBAL, 11)
    c.drawString(MARGIN, top - 11, opsi.judul.upper())
    c.setFont(FONT, 8.5)
    room = pw - 2 * MARGIN - 140
    sub = f"{bagan.pd.nama} {bagan.pd.pemda} — keadaan per {tanggal_indonesia(bagan.tanggal)}"
    c.drawString(MARGIN, top - 23, _pangkas(sub, FONT, 8.5, room))
    if opsi.keterangan:
        c.drawString(MARGIN, top - 34, _pangkas(opsi.keterangan, FONT, 8.5, room))
    label = f"hal. {no} dari {total}"
    if r.halaman > 1:
        label += f", baris {baris} kolom {kolom}"
    c.setFont(FONT, 8.5)
    c.drawRightString(pw - MARGIN, top - 11, label)
    nx, ny = len(r.x) - 1, len(r.y) - 1
    if r.halaman > 1:  # where this page sits in the whole chart
        cell = min(7.0, 120 / nx, 20 / ny)
        x0 = pw - MARGIN - nx * cell
        for j in range(ny):
            for i in range(nx):
                here = (i + 1, j + 1) == (kolom, baris)
                c.setFillColor(HexColor("#52606d" if here else "#e4e7eb"))
                c.setStrokeColor(HexColor("#9aa5b1"))
                c.setLineWidth(0.3)
                c.rect(x0 + i * cell, top - 17 - (j + 1) * cell, cell, cell, stroke=1, fill=1)
    c.setStrokeColor(HexColor(g.WARNA_BINGKAI))
    c.setLineWidth(0.5)
    c.line(MARGIN, top - KEPALA_H + 4, pw - MARGIN, top - KEPALA_H + 4)


def _kaki(c: Canvas, r: _Rencana) -> None:
    """The legend, wrapped onto a second line on narrow (portrait) pages."""
    pw = r.ukuran[0]
    size = 7.5
    items: list[tuple[str, str, str]] = [("kelas", g.WARNA[k], label) for k, label in LEGENDA]
    items += [("kosong", "", "Jabatan kosong"), ("plt", "", "pelaksana tugas")]
    x, y = MARGIN, MARGIN + 12
    for jenis, warna, label in items:
        w = 16 + stringWidth(label, FONT, size) + 12 + (4 if jenis != "kelas" else 0)
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


def write_bagan_pdf(bagan: Bagan, letak: TataLetak, path: Path,
                    opsi: OpsiBaganPdf | None = None, *, invariant: bool = False) -> HasilPdf:
    """Write the chart to `path`; returns how it was tiled."""
    opsi = opsi or OpsiBaganPdf()
    register_fonts()
    if opsi.kertas not in KERTAS:
        raise ValueError(f"kertas {opsi.kertas!r}")
    r = _rencana(bagan, letak, opsi)
    nx, ny = len(r.x) - 1, len(r.y) - 1
    buckets: dict[tuple[int, int], list[tuple[Kotak, str, object]]] = {}
    for item in _elemen(bagan, letak):
        k, jenis, obj = item
        if _utuh(bagan, jenis, obj):  # owned by the tile holding its top-left corner
            top = k.bawah if jenis == "judul" else k.y  # a header goes with the card under it
            i = max(0, bisect.bisect_right(r.x, k.x) - 1)
            j = max(0, bisect.bisect_right(r.y, top) - 1)
            buckets.setdefault((min(j, ny - 1), min(i, nx - 1)), []).append(item)
            continue
        for j in range(ny):  # frames and lines: every tile whose visible area they cross
            if k.bawah < r.y[j] - r.atas or k.y > r.y[j] + r.tinggi:
                continue
            for i in range(nx):
                if not (k.kanan < r.x[i] or k.x > r.x[i] + r.lebar):
                    buckets.setdefault((j, i), []).append(item)
    c = Canvas(str(path), pagesize=r.ukuran, invariant=1 if invariant else 0)
    c.setTitle(f"{opsi.judul} — {bagan.pd.nama} {bagan.pd.pemda}")
    c.setAuthor("Sistem Kerja Desktop")
    c.setSubject(f"Keadaan per {tanggal_indonesia(bagan.tanggal)}")
    tiles = [(j, i) for j in range(ny) for i in range(nx)
             if any(_utuh(bagan, jenis, obj) for _k, jenis, obj in buckets.get((j, i), ()))]
    tiles = tiles or [(0, 0)]
    for no, (j, i) in enumerate(tiles, start=1):  # a tile with no card on it is not printed
        x0, y0 = r.x[i], r.y[j]
        x1 = min(x0 + r.lebar, letak.lebar)
        y1 = min(y0 + r.tinggi, letak.tinggi)
        _kepala(c, r, bagan, opsi, no, len(tiles), j + 1, i + 1)
        _kaki(c, r)
        h = _Halaman(c, r, x0, y0)
        c.saveState()
        clip = c.beginPath()
        atas = y0 - r.atas if j else y0
        clip.rect(h.px(x0), h.py(y1), (x1 - x0) * r.skala, (y1 - atas) * r.skala)
        c.clipPath(clip, stroke=0, fill=0)
        for k, jenis, obj in buckets.get((j, i), []):
            _gambar(h, bagan, letak, jenis, obj, k)
        c.restoreState()
        c.showPage()
    c.save()
    return HasilPdf(len(tiles), ny, nx, r.skala, r.orientasi, opsi.kertas)
