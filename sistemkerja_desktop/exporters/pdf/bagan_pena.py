"""Fast drawing for the chart PDF (`bagan_pdf`): PDF content operators built as strings and added
to a page in one piece (`Canvas.addLiteral`), in layout units under one transform per page.

A 5,000-person chart prints ~15,000 texts and ~6,000 boxes. Going through reportlab's drawing
calls for each (a text object per string, colour objects, path objects, number formatting) was
most of the export's time. Here a colour is an operator string made once, a card's frame is one
constant string placed with a translation, and each text's encoded form is cached (the same
jabatan is printed thousands of times). Text stays real text in the embedded TrueType subsets
(searchable, extractable), through the documented `splitString` / `getSubsetInternalName` route.
Everything a page adds is wrapped in `q … Q`, so the canvas's own graphics state stays valid.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.pdfmetrics import getFont

from sistemkerja_desktop.exporters.pdf.fonts import runs, string_width

_KAPPA = 0.5523  # Bézier control distance of a quarter circle, as reportlab's roundRect


@lru_cache(maxsize=64)
def isi(warna: str) -> str:
    """Fill colour operator of a '#rrggbb' colour."""
    c = HexColor(warna)
    return f"{fp_str(c.red, c.green, c.blue)} rg"


@lru_cache(maxsize=64)
def garis(warna: str) -> str:
    """Stroke colour operator."""
    c = HexColor(warna)
    return f"{fp_str(c.red, c.green, c.blue)} RG"


@lru_cache(maxsize=64)
def _ukuran(size: float) -> str:
    return fp_str(size)


def kotak_bulat(x: float, y: float, w: float, h: float, r: float) -> str:
    """Path of a rounded rectangle; (x, y) is its lower-left corner (y up)."""
    k = r * _KAPPA
    x1, y1 = x + w, y + h
    return (f"{fp_str(x + r, y)} m {fp_str(x1 - r, y)} l "
            f"{fp_str(x1 - r + k, y, x1, y + r - k, x1, y + r)} c {fp_str(x1, y1 - r)} l "
            f"{fp_str(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1)} c {fp_str(x + r, y1)} l "
            f"{fp_str(x + r - k, y1, x, y1 - r + k, x, y1 - r)} c {fp_str(x, y + r)} l "
            f"{fp_str(x, y + r - k, x + r - k, y, x + r, y)} c h")


def garis_patah(titik: tuple[tuple[float, float], ...]) -> str:
    """An open polyline in layout coordinates (y down), flipped to y up."""
    x0, y0 = titik[0]
    parts = [f"{fp_str(x0, -y0)} m"]
    parts += [f"{fp_str(x, -y)} l" for x, y in titik[1:]]
    return " ".join(parts) + " S"


class Juru:
    """Text of one document: widths, truncation and encoded text operators, all cached."""

    def __init__(self, doc: PDFDocument) -> None:
        self._doc = doc
        self._tj: dict[tuple[str, float, str], str] = {}
        self._lebar: dict[tuple[str, str, float], float] = {}
        self._pangkas: dict[tuple[str, str, float, float], str] = {}
        self._peta: dict[str, tuple[dict[int, str], set[str]]] = {}  # font → subset-0 codes
        self._nama0: dict[str, str] = {}

    def lebar(self, teks: str, font: str, size: float) -> float:
        key = (teks, font, size)
        w = self._lebar.get(key)
        if w is None:
            w = self._lebar[key] = string_width(teks, font, size)
        return w

    def pangkas(self, teks: str, font: str, size: float, lebar: float) -> str:
        """`teks`, cut with "…" where it would be wider than `lebar`."""
        key = (teks, font, size, lebar)
        out = self._pangkas.get(key)
        if out is None:
            out = self._pangkas[key] = self._potong(teks, font, size, lebar)
        return out

    def _potong(self, teks: str, font: str, size: float, lebar: float) -> str:
        if string_width(teks, font, size) <= lebar:
            return teks
        lo, hi = 0, len(teks)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if string_width(teks[:mid].rstrip() + "…", font, size) <= lebar:
                lo = mid
            else:
                hi = mid - 1
        return teks[:lo].rstrip() + "…"

    def tj(self, font: str, size: float, teks: str) -> str:
        """Font selection and show-text operators for `teks` (inside BT … ET)."""
        key = (font, size, teks)
        out = self._tj.get(key)
        if out is None:
            # Characters the font lacks (Arabic, CJK, emoji) in the shipped fallback fonts.
            pieces = [(teks, font)] if teks.isascii() else runs(teks, font)
            out = self._tj[key] = " ".join(
                f"{name} {_ukuran(size)} Tf ({escapePDF(chunk)}) Tj"
                for part, use in pieces for name, chunk in self._kode(use, part))
        return out

    def _kode(self, font: str, teks: str) -> list[tuple[str, bytes]]:
        """`teks` in the font's subset codes: (subset font name, bytes) runs. Most texts use
        only characters already placed in the first subset: those are translated in one
        `str.translate` (the font's own `splitString` walks character by character); a new
        character is placed by `splitString` itself, so the codes are the font's."""
        f = getFont(font)
        peta = self._peta.get(font)
        if peta is None:
            peta = self._peta[font] = ({}, set())
        table, known = peta
        if not known.issuperset(teks):
            for ch in set(teks) - known:
                runs = f.splitString(ch, self._doc)
                if len(runs) == 1 and runs[0][0] == 0 and len(runs[0][1]) == 1:
                    table[ord(ch)] = chr(runs[0][1][0])
                    known.add(ch)
        if known.issuperset(teks):
            if self._nama0.get(font) is None:
                self._nama0[font] = f.getSubsetInternalName(0, self._doc)
            return [(self._nama0[font], teks.translate(table).encode("latin-1"))]
        return [(f.getSubsetInternalName(sub, self._doc), chunk)
                for sub, chunk in f.splitString(teks, self._doc)]

    def teks(self, x: float, y: float, teks: str, font: str, size: float, warna: str,
             lebar: float | None = None, posisi: str | None = None) -> str:
        """A text run with its baseline at (x, y) (y up), cut to `lebar` if given. `posisi`:
        the text matrix already formatted (a constant position inside a card)."""
        if lebar is not None:
            teks = self.pangkas(teks, font, size, lebar)
        tm = posisi or f"1 0 0 1 {fp_str(x, y)} Tm"
        return f"BT {isi(warna)} {tm} {self.tj(font, size, teks)} ET"
