"""The Matriks Peran Hasil as .xlsx, in the layout e-Kinerja users copy from
(domain_conventions.md §4.4, PermenPANRB 6/2022).

Sheet "MPH <tahun>": rows 1–3 the title MATRIKS PERAN HASIL, the unit kerja and the year; row 5
the header No | Nama / NIP | Jabatan | Peran | one column per IKI of the leader (code, indicator,
target) [| Belum ditautkan ke indikator]; rows 6+ one pegawai each, a cell his peran hasil
(wrapped, blank when none). Then one sheet per Tim Kerja (columns the ketua's hasil kerja, rows
the members) and "Tanpa Peran Hasil" listing active pegawai with no role in the year.

Every sheet: thin borders, wrapped text, row heights from the wrapped line count, frozen panes
below the header and right of the name, A4 landscape fitted to one page wide with the header
row repeated. Sheet names are at most 31 characters, without : \\ / ? * [ ] ', and unique.
Text starting with = + - @ is stored as text, never evaluated."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sistemkerja_desktop.exporters.files import atomic_output, check_output_path
from sistemkerja_desktop.exporters.xlsx.roster import sheet_title, skala_cetak
from sistemkerja_desktop.exporters.xlsx.simpan import simpan

JUDUL = "MATRIKS PERAN HASIL"
JUDUL_TIM = "MATRIKS PERAN HASIL TIM KERJA"
HEADER_ROW = 5
TETAP = ("No", "Nama / NIP", "Jabatan", "Peran")
LEBAR_TETAP = (5, 28, 24, 13)
LEBAR_MIN, LEBAR_MAKS, MIN_SKALA = 18, 34, 0.8
BODY_PT, TITLE_PT = 9, 14
LAINNYA = "Belum ditautkan ke indikator"
TANPA_PERAN = "Tanpa Peran Hasil"
_LINE_PT = 12.0  # one line of 9 pt Arial, with leading
_FORMULA_START = ("=", "+", "-", "@")


def lebar_kolom(n: int) -> float:
    """The width of each of `n` result columns: as wide as fits the page at MIN_SKALA, between
    LEBAR_MIN and LEBAR_MAKS."""
    if n <= 0:
        return LEBAR_MAKS
    lo, hi = LEBAR_MIN, LEBAR_MAKS
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        if skala_cetak((*LEBAR_TETAP, *([mid] * n))) >= MIN_SKALA:
            lo = mid
        else:
            hi = mid
    return round(lo, 1)


def _clean(value: object) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", str(value)) if value is not None else ""


class _Gaya:
    def __init__(self) -> None:
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.head_font = Font(name="Arial", bold=True, color="FFFFFF", size=BODY_PT)
        self.head_fill = PatternFill("solid", fgColor="1F4E78")
        self.head_align = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.body_font = Font(name="Arial", size=BODY_PT)
        self.bold_font = Font(name="Arial", size=BODY_PT, bold=True)
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self.centre = Alignment(horizontal="center", vertical="top")
        self.title = Font(name="Arial", bold=True, size=TITLE_PT)
        self.sub = Font(name="Arial", bold=True, size=BODY_PT + 2)
        self.peran_fill = {"Ketua": PatternFill("solid", fgColor="E2EFDA"),
                           "Mandiri": PatternFill("solid", fgColor="FFF2CC")}


def _put(ws: Worksheet, row: int, col: int, value: object, **style: Any) -> None:
    text = _clean(value)
    cell = ws.cell(row=row, column=col)
    if isinstance(value, int) and not isinstance(value, bool):
        cell.value = value
    else:
        cell.value = text or None
        if text.startswith(_FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True
    for key, v in style.items():
        setattr(cell, key, v)


def _lines(text: str, width: float) -> int:
    per_line = max(4, math.floor(width * 1.25) - 1)
    return max(1, sum(len(textwrap.wrap(part, per_line, break_long_words=True)) or 1
                      for part in text.splitlines() or [""]))


def _height(values: Sequence[str], widths: Sequence[float]) -> float:
    return round(max(_lines(v, w) for v, w in zip(values, widths, strict=True)) * _LINE_PT
                 + 4, 2)


def _sheet(ws: Worksheet, judul: Sequence[str], header: Sequence[str],
           widths: Sequence[float], rows: Sequence[Sequence[object]], g: _Gaya,
           kosong: str) -> None:
    """Title rows 1–3, the header on row 5, the body from row 6; borders, wrap, heights,
    frozen panes and the print set-up."""
    for k, text in enumerate(judul):
        _put(ws, k + 1, 1, text, font=g.title if k == 0 else g.sub)
    for c, h in enumerate(header, start=1):
        _put(ws, HEADER_ROW, c, h, font=g.head_font, fill=g.head_fill,
             alignment=g.head_align, border=g.border)
    ws.row_dimensions[HEADER_ROW].height = _height([str(h) for h in header], widths)
    if not rows:
        rows = [["", kosong, *([""] * (len(header) - 2))]]
    for r, values in enumerate(rows, start=HEADER_ROW + 1):
        texts = [_clean(v) for v in values]
        ws.row_dimensions[r].height = _height(texts, widths)
        for c, v in enumerate(values, start=1):
            fill = None
            peran = c == 4 and str(header[3]).startswith("Peran")
            if peran and isinstance(v, str):
                fill = next((f for key, f in g.peran_fill.items() if v.startswith(key)), None)
            _put(ws, r, c, v, font=g.bold_font if peran and v else g.body_font,
                 alignment=g.centre if c == 1 else g.wrap, border=g.border,
                 **({"fill": fill} if fill else {}))
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.right.text = "Halaman &P dari &N"
    ws.oddFooter.left.text = _clean(judul[0]).replace("&", "&&")


def _nama_nip(nama: str, nip: str) -> str:
    if not nip:
        return nama
    shown = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}" if len(nip) == 18 else nip
    return f"{nama}\nNIP. {shown}"


def _kolom_label(k: Any) -> str:
    ukuran = " ".join(x for x in (k.target.strip(), k.satuan.strip()) if x)
    text = f"{k.kode} {k.indikator}".strip()
    return text + (f"\n(target {ukuran})" if ukuran else "")


def build_workbook(data: Any) -> openpyxl.Workbook:
    """`data`: a `services.kinerja_dto.Mph` (duck-typed: exporters sit below services)."""
    g = _Gaya()
    wb = openpyxl.Workbook()
    ws = wb.active
    main = f"MPH {data.tahun}"
    ws.title = main
    used = {main.lower(), TANPA_PERAN.lower()}
    kolom = [_kolom_label(k) for k in data.kolom]
    lainnya = data.ada_lainnya
    n = len(kolom) + (1 if lainnya else 0)
    w = lebar_kolom(n)
    header = [*TETAP, *kolom, *([LAINNYA] if lainnya else [])]
    if not kolom and not lainnya:
        header.append("IKI pimpinan (belum ada indikator tahun ini)")
        n = 1
    rows = [[b.no, _nama_nip(b.nama, b.nip), b.jabatan, b.peran, *b.sel,
             *([b.lainnya] if lainnya else [])] for b in data.baris]
    rows = [r + [""] * (len(header) - len(r)) for r in rows]
    _sheet(ws, [JUDUL, f"Unit Kerja: {data.judul_unit}", f"Tahun: {data.tahun}"], header,
           [*LEBAR_TETAP, *([w] * n)], rows, g, "Belum ada pegawai dengan peran hasil")
    for t in data.tim:
        tw = wb.create_sheet(sheet_title(t.nama, used))
        tn = len(t.kolom)
        trows = [[b.no, _nama_nip(b.nama, b.nip), b.jabatan, b.peran, *b.sel]
                 for b in t.baris]
        _sheet(tw, [JUDUL_TIM, f"{t.nama} — Ketua: {t.ketua or '—'}", f"Tahun: {data.tahun}"],
               [*TETAP[:3], "Peran dalam Tim", *t.kolom],
               [*LEBAR_TETAP, *([lebar_kolom(tn)] * tn)], trows, g,
               "Belum ada anggota yang disetujui")
    if data.tanpa_peran:
        xw = wb.create_sheet(TANPA_PERAN)
        _sheet(xw, ["PEGAWAI TANPA PERAN HASIL", f"Unit Kerja: {data.judul_unit}",
                    f"Tahun: {data.tahun}"], ["No", "Nama / NIP", "Jabatan", "Unit Kerja"],
               (5, 34, 36, 44),
               [[b.no, _nama_nip(b.nama, b.nip), b.jabatan, b.unit] for b in data.tanpa_peran],
               g, "")
    return wb


def write_mph_xlsx(data: Any, path: Path, *, protected: tuple[Path, ...] = ()) -> None:
    """Write atomically (temporary file, then rename); a data file (or one of `protected`,
    the open database) is refused before the workbook is built."""
    path = Path(path)
    check_output_path(path, protected=protected)
    with atomic_output(path, ".xlsx", protected=protected) as tmp:
        simpan(build_workbook(data), tmp)
