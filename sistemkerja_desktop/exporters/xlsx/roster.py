"""Team rosters as .xlsx: a summary sheet plus one sheet per team, legible when printed.

A team sheet opens with the team's title block — jenis/status, unit pemilik kinerja, PERIODE and
NOMOR SK/ST once, not on every row — then the table NO | NAMA | NIP | JABATAN DALAM TIM | JABATAN
DALAM DINAS | PANGKAT/GOL | UNIT/ASAL | PERSETUJUAN (the KH SK susunan order: NAMA, JABATAN DALAM
TIM, JABATAN DALAM DINAS). A member waiting for approval is marked ("Menunggu persetujuan", tinted);
a refused one is not in the table (no SK or Surat Tugas lists them) but named in a clearly marked
note above it, with the reason.

Print set-up: A4 landscape, fit to one page wide, title rows repeated, the period and number in
the printed page header, page numbers in the footer. Column widths are fixed and wrapped (row
heights set from the wrapped line count), so fitting to the width never scales the 10 pt text
below 8 pt (`skala_cetak`). NIP is text, never a number; text starting with = + - @ is written as
a plain string cell (quote prefix), so Excel and LibreOffice never evaluate it.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sistemkerja_desktop.exporters.files import atomic_output, check_output_path
from sistemkerja_desktop.exporters.xlsx.simpan import simpan

KOLOM = ("NO", "NAMA", "NIP", "JABATAN DALAM TIM", "JABATAN DALAM DINAS", "PANGKAT/GOL",
         "UNIT/ASAL", "PERSETUJUAN")
RINGKASAN_KOLOM = ("NO", "NAMA TIM", "JENIS", "UNIT PEMILIK KINERJA", "PERIODE", "STATUS",
                   "KETUA", "JUMLAH ANGGOTA", "NOMOR SK/ST", "CATATAN")
# Widths in Excel units (the width of "0" in the default 11 pt font, 7 px): each sheet's sum
# keeps the fit-to-width scale at or above MIN_PT / BODY_PT on A4 landscape (see skala_cetak).
LEBAR = (5, 30, 21, 20, 32, 18, 30, 15)
LEBAR_RINGKASAN = (5, 28, 16, 24, 20, 9, 24, 9, 24, 18)
BODY_PT, HEAD_PT, TITLE_PT, MIN_PT = 10.0, 10.0, 14.0, 8.0
A4_LANDSCAPE_MM, MARGIN_INCH = 297.0, 0.4
_FORMULA_START = ("=", "+", "-", "@")
_LINE_PT = 12.75  # the height of one line of 10 pt Arial
MENUNGGU = "Menunggu persetujuan"


@dataclass(frozen=True, slots=True)
class RosterBaris:
    nama: str
    nip: str  # 18 digits, written as text
    pangkat: str
    jabatan_dinas: str
    jabatan_tim: str
    unit_asal: str
    periode: str = ""  # not printed per row: the team's period is in the sheet header
    nomor_dokumen: str = ""  # not printed per row: the team's SK/ST number is in the header
    persetujuan: str = ""  # "Disetujui", MENUNGGU, "" (none needed)


@dataclass(frozen=True, slots=True)
class RosterTim:
    nama: str
    jenis: str
    unit_pemilik: str
    periode: str
    status: str
    ketua: str
    nomor_dokumen: str
    baris: tuple[RosterBaris, ...]  # the members a naskah lists (never a refused one)
    ditolak: tuple[str, ...] = ()  # "Nama (NIP): alasan" of each refused member

    @property
    def menunggu(self) -> int:
        return sum(b.persetujuan == MENUNGGU for b in self.baris)

    @property
    def catatan(self) -> str:
        parts = []
        if self.menunggu:
            parts.append(f"{self.menunggu} menunggu persetujuan")
        if self.ditolak:
            parts.append(f"{len(self.ditolak)} ditolak (tidak dicantumkan)")
        return "; ".join(parts)


def lebar_px(width: float) -> float:
    """A column's width on screen and paper in pixels at 96 dpi (7 px a unit plus padding)."""
    return 7 * width + 5


def skala_cetak(widths: Sequence[float], *, margin_inch: float = MARGIN_INCH) -> float:
    """The scale "fit to 1 page wide" prints at on A4 landscape (1.0 when the sheet fits)."""
    printable_px = (A4_LANDSCAPE_MM / 25.4 - 2 * margin_inch) * 96
    return min(1.0, printable_px / sum(lebar_px(w) for w in widths))


assert BODY_PT * skala_cetak(LEBAR) >= MIN_PT, "roster columns too wide to print legibly"
assert BODY_PT * skala_cetak(LEBAR_RINGKASAN) >= MIN_PT, "summary columns too wide"


def _clean(value: object) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", str(value)) if value is not None else ""


def _text_cell(ws: Worksheet, value: object, **style: object) -> WriteOnlyCell:
    """A string cell that is never a formula (leading =, +, -, @ kept as typed)."""
    text = _clean(value)
    cell = WriteOnlyCell(ws, value=text or None)
    for key, v in style.items():
        setattr(cell, key, v)
    if text.startswith(_FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


class _Proto:
    """Styles resolved once and copied into each cell (setting Font/Border per cell is slow)."""

    def __init__(self, ws: Worksheet, **style: object) -> None:
        self._plain = _text_cell(ws, "x", **style)._style
        self._quoted = _text_cell(ws, "=x", **style)._style

    def cell(self, ws: Worksheet, value: object) -> WriteOnlyCell:
        text = _clean(value)
        cell = WriteOnlyCell(ws, value=text or None)
        if text.startswith(_FORMULA_START):
            cell.data_type = "s"
            cell._style = copy(self._quoted)
        else:
            cell._style = copy(self._plain)
        return cell


def sheet_title(name: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\']", " ", name).strip() or "Tim"
    base = " ".join(base.split())[:28]
    title, n = base, 2
    while title.lower() in used or title.lower() == "ringkasan":
        title = f"{base[:24]} ({n})"
        n += 1
    used.add(title.lower())
    return title


def _lines(text: str, width: float) -> int:
    """Lines `text` wraps to in a column `width` wide (Arial 10: about 1.3 characters a unit;
    counted low, 1.2, so a row is never too short)."""
    per_line = max(4, math.floor(width * 1.2) - 1)
    return max(1, sum(len(textwrap.wrap(part, per_line, break_long_words=True)) or 1
                      for part in text.splitlines() or [""]))


def _row_height(values: Sequence[str], widths: Sequence[float]) -> float:
    return round(max(_lines(v, w) for v, w in zip(values, widths, strict=True)) * _LINE_PT + 3, 2)


def _hf(text: str) -> str:
    """Text for a page header/footer ('&' is its control character)."""
    return _clean(text).replace("&", "&&")


def _page_setup(ws: Worksheet, widths: Sequence[float], header_row: int, *, kiri: str,
                tengah: str, kanan: str, kaki: str) -> None:
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    ws.freeze_panes = f"C{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = MARGIN_INCH
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    hf = ws.HeaderFooter
    hf.scaleWithDoc = False  # the header keeps its size when the sheet is fitted
    for part, text, bold in ((hf.oddHeader.left, _hf(kiri), False),
                             (hf.oddHeader.center, _hf(tengah), True),
                             (hf.oddHeader.right, _hf(kanan), False),
                             (hf.oddFooter.left, _hf(kaki), False),
                             (hf.oddFooter.right, "Halaman &P dari &N", False)):
        if text:
            part.text, part.size = text, 9
            part.font = "Arial,Bold" if bold else "Arial,Regular"


class _Styles:
    def __init__(self) -> None:
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.head = dict(font=Font(name="Arial", bold=True, color="FFFFFF", size=HEAD_PT),
                         fill=PatternFill("solid", fgColor="1F4E78"), border=self.border,
                         alignment=Alignment(horizontal="center", vertical="center",
                                             wrap_text=True))
        wrap = Alignment(vertical="top", wrap_text=True)
        self.body = dict(font=Font(name="Arial", size=BODY_PT), border=self.border,
                         alignment=wrap)
        self.waiting = dict(self.body, font=Font(name="Arial", size=BODY_PT, bold=True,
                                                 color="9A5B00"),
                            fill=PatternFill("solid", fgColor="FFF3DC"))
        self.centre = dict(font=Font(name="Arial", size=BODY_PT), border=self.border,
                           alignment=Alignment(horizontal="center", vertical="top"))
        self.title = Font(name="Arial", bold=True, size=TITLE_PT)
        self.label = Font(name="Arial", bold=True, size=BODY_PT)
        self.value = Font(name="Arial", size=BODY_PT)
        self.note = Font(name="Arial", bold=True, size=BODY_PT, color="9B1C1C")


def write_roster_xlsx(tims: Sequence[RosterTim], path: Path, *, judul: str,
                      protected: tuple[Path, ...] = ()) -> None:
    """Write atomically (temp file, then rename). A path that is a data file (or one of
    `protected`, the open database) is refused before the workbook is built."""
    path = Path(path)
    check_output_path(path, protected=protected)
    # the temporary file first: a folder that cannot be written stops us before the workbook
    # exists (an unsaved write-only workbook prints "Exception ignored" noise when collected)
    with atomic_output(path, ".xlsx", protected=protected) as tmp:  # old roster kept until whole
        simpan(_workbook(tims, judul), tmp)


def _workbook(tims: Sequence[RosterTim], judul: str) -> openpyxl.Workbook:
    wb = openpyxl.Workbook(write_only=True)
    st = _Styles()
    _summary(wb, tims, judul, st)
    used: set[str] = set()
    for t in tims:
        _team_sheet(wb, t, sheet_title(t.nama, used), judul, st)
    return wb


def _summary(wb: openpyxl.Workbook, tims: Sequence[RosterTim], judul: str, st: _Styles) -> None:
    ws = wb.create_sheet("Ringkasan")
    _page_setup(ws, LEBAR_RINGKASAN, 3, kiri="", tengah=judul, kanan="", kaki="Ringkasan")
    ws.append([_text_cell(ws, judul, font=st.title)])
    ws.append([])
    ws.row_dimensions[3].height = _row_height(RINGKASAN_KOLOM, LEBAR_RINGKASAN)
    ws.append([_text_cell(ws, h, **st.head) for h in RINGKASAN_KOLOM])
    p_body = _Proto(ws, **st.body)
    for i, t in enumerate(tims):
        row = [str(i + 1), t.nama, t.jenis, t.unit_pemilik, t.periode, t.status, t.ketua,
               str(len(t.baris)), t.nomor_dokumen or "—", t.catatan]
        ws.row_dimensions[4 + i].height = _row_height(row, LEBAR_RINGKASAN)
        cells = [p_body.cell(ws, v) for v in row]
        for k in (0, 7):
            cells[k] = WriteOnlyCell(ws, value=int(row[k]))
            cells[k].font, cells[k].border = st.centre["font"], st.border
            cells[k].alignment = st.centre["alignment"]
        ws.append(cells)


def _team_sheet(wb: openpyxl.Workbook, t: RosterTim, title: str, judul: str,
                st: _Styles) -> None:
    ws = wb.create_sheet(title)
    nomor = t.nomor_dokumen or "belum diterbitkan"
    info = [("Jenis / status", f"{t.jenis} — {t.status}"),
            ("Unit pemilik kinerja", t.unit_pemilik),
            ("PERIODE", t.periode or "—"),
            ("NOMOR SK/ST", nomor)]
    notes = []
    if t.menunggu:
        notes.append(f"{t.menunggu} anggota menunggu persetujuan (ditandai di tabel); SK/Surat "
                     "Tugas final belum dapat diterbitkan.")
    notes.extend(f"Tidak dicantumkan — persetujuan ditolak: {d}" for d in t.ditolak)
    header_row = 1 + len(info) + len(notes) + 2
    _page_setup(ws, LEBAR, header_row, kiri=f"Periode: {t.periode or '—'}", tengah=t.nama,
                kanan=f"Nomor SK/ST: {nomor}", kaki=judul)
    ws.append([_text_cell(ws, t.nama, font=st.title)])
    for label, value in info:
        ws.append([None, _text_cell(ws, label, font=st.label),
                   _text_cell(ws, value, font=st.value)])
    span = sum(LEBAR[1:])
    for k, note in enumerate(notes):  # across NAMA … PERSETUJUAN, wrapped
        row = 2 + len(info) + k
        ws.merged_cells.add(f"B{row}:{get_column_letter(len(KOLOM))}{row}")
        ws.row_dimensions[row].height = _row_height([note], [span])
        ws.append([None, _text_cell(ws, note, font=st.note,
                                    alignment=Alignment(vertical="top", wrap_text=True))])
    ws.append([])
    ws.row_dimensions[header_row].height = _row_height(KOLOM, LEBAR)
    ws.append([_text_cell(ws, h, **st.head) for h in KOLOM])
    p_body, p_wait = _Proto(ws, **st.body), _Proto(ws, **st.waiting)
    p_nip = _Proto(ws, **dict(st.body, number_format="@"))
    p_no = _Proto(ws, **st.centre)
    for i, b in enumerate(t.baris):
        row = [str(i + 1), b.nama, b.nip, b.jabatan_tim, b.jabatan_dinas, b.pangkat,
               b.unit_asal, b.persetujuan]
        ws.row_dimensions[header_row + 1 + i].height = _row_height(row, LEBAR)
        no = WriteOnlyCell(ws, value=i + 1)
        no._style = copy(p_no._plain)
        last = (p_wait if b.persetujuan == MENUNGGU else p_body).cell(ws, b.persetujuan)
        ws.append([no, *((p_nip if k == 2 else p_body).cell(ws, v)
                         for k, v in enumerate(row[1:-1], start=1)), last])
