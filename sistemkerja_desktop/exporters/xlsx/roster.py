"""Team rosters as .xlsx: a summary sheet plus one sheet per team.

Columns NO, NAMA (with gelar), NIP (text, never a number), PANGKAT/GOL, JABATAN DALAM DINAS,
JABATAN DALAM TIM, UNIT/ASAL, PERIODE, NOMOR SK/ST. Styled header, frozen panes, fitted widths,
print set-up (landscape, fit to width, header row repeated). Text starting with = + - @ is
written as a plain string cell (quote prefix), so Excel and LibreOffice never evaluate it.
"""

from __future__ import annotations

import re
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

KOLOM = ("NO", "NAMA", "NIP", "PANGKAT/GOL", "JABATAN DALAM DINAS", "JABATAN DALAM TIM",
         "UNIT/ASAL", "PERIODE", "NOMOR SK/ST")
RINGKASAN_KOLOM = ("NO", "NAMA TIM", "JENIS", "UNIT PEMILIK KINERJA", "PERIODE", "STATUS",
                   "KETUA", "JUMLAH ANGGOTA", "NOMOR SK/ST")
_MAX_W = (6, 40, 23, 30, 50, 22, 56, 40, 60)  # no wrapping: LibreOffice keeps row heights
_MAX_W_RINGKASAN = (6, 56, 24, 50, 40, 12, 40, 10, 60)
_HEADER_ROW = 6  # team sheets: title, 3 info rows, blank, header
_FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True, slots=True)
class RosterBaris:
    nama: str
    nip: str  # 18 digits, written as text
    pangkat: str
    jabatan_dinas: str
    jabatan_tim: str
    unit_asal: str
    periode: str
    nomor_dokumen: str


@dataclass(frozen=True, slots=True)
class RosterTim:
    nama: str
    jenis: str
    unit_pemilik: str
    periode: str
    status: str
    ketua: str
    nomor_dokumen: str
    baris: tuple[RosterBaris, ...]


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


def _widths(ws: Worksheet, rows: Sequence[Sequence[str]], heads: Sequence[str],
            caps: Sequence[int]) -> None:
    for i, (head, cap) in enumerate(zip(heads, caps, strict=True)):
        longest = max((len(r[i]) for r in rows[:3000]), default=0)
        ws.column_dimensions[get_column_letter(i + 1)].width = min(cap, max(len(head) + 3,
                                                                             longest + 2))


def _print_setup(ws: Worksheet, header_row: int) -> None:
    ws.freeze_panes = f"C{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4


def write_roster_xlsx(tims: Sequence[RosterTim], path: Path, *, judul: str,
                      protected: tuple[Path, ...] = ()) -> None:
    """Write atomically (temp file, then rename). A path that is a data file (or one of
    `protected`, the open database) is refused before the workbook is built."""
    path = Path(path)
    check_output_path(path, protected=protected)
    # the temporary file first: a folder that cannot be written stops us before the workbook
    # exists (an unsaved write-only workbook prints "Exception ignored" noise when collected)
    with atomic_output(path, ".xlsx", protected=protected) as tmp:  # old roster kept until whole
        _workbook(tims, judul).save(tmp)


def _workbook(tims: Sequence[RosterTim], judul: str) -> openpyxl.Workbook:
    wb = openpyxl.Workbook(write_only=True)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = dict(font=Font(name="Arial", bold=True, color="FFFFFF", size=10),
                fill=PatternFill("solid", fgColor="1F4E78"), border=border,
                alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    body = dict(font=Font(name="Arial", size=10), border=border,
                alignment=Alignment(vertical="top"))
    nip_style = dict(body, number_format="@")
    title_font = Font(name="Arial", bold=True, size=13)

    ws = wb.create_sheet("Ringkasan")
    summary = [[str(i + 1), t.nama, t.jenis, t.unit_pemilik, t.periode, t.status, t.ketua,
                str(len(t.baris)), t.nomor_dokumen] for i, t in enumerate(tims)]
    _widths(ws, summary, RINGKASAN_KOLOM, _MAX_W_RINGKASAN)
    _print_setup(ws, 3)
    ws.append([_text_cell(ws, judul, font=title_font)])
    ws.append([])
    ws.append([_text_cell(ws, h, **head) for h in RINGKASAN_KOLOM])
    for row in summary:
        cells = [_text_cell(ws, v, **body) for v in row]
        cells[0] = WriteOnlyCell(ws, value=int(row[0]))
        cells[7] = WriteOnlyCell(ws, value=int(row[7]))
        for c in (cells[0], cells[7]):
            c.font, c.border = body["font"], border
            c.alignment = Alignment(horizontal="center", vertical="top")
        ws.append(cells)

    used: set[str] = set()
    for t in tims:
        ws = wb.create_sheet(sheet_title(t.nama, used))
        data = [[str(i + 1), b.nama, b.nip, b.pangkat, b.jabatan_dinas, b.jabatan_tim,
                 b.unit_asal, b.periode, b.nomor_dokumen] for i, b in enumerate(t.baris)]
        _widths(ws, data, KOLOM, _MAX_W)
        _print_setup(ws, _HEADER_ROW)
        ws.append([_text_cell(ws, t.nama, font=title_font)])
        for label, value in (("Jenis / status", f"{t.jenis} — {t.status}"),
                             ("Unit pemilik kinerja", t.unit_pemilik),
                             ("Periode / Nomor SK/ST", f"{t.periode}   {t.nomor_dokumen}".strip())):
            ws.append([None, _text_cell(ws, label, font=Font(name="Arial", bold=True, size=10)),
                       _text_cell(ws, value, font=Font(name="Arial", size=10))])
        ws.append([])
        ws.append([_text_cell(ws, h, **head) for h in KOLOM])
        p_body, p_nip = _Proto(ws, **body), _Proto(ws, **nip_style)
        p_no = _Proto(ws, font=body["font"], border=border,
                      alignment=Alignment(horizontal="center", vertical="top"))
        for row in data:
            no = WriteOnlyCell(ws, value=int(row[0]))
            no._style = copy(p_no._plain)
            ws.append([no, *((p_nip if i == 1 else p_body).cell(ws, v)
                             for i, v in enumerate(row[1:]))])
    return wb
