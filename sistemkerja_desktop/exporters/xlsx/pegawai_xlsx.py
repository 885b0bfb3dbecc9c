"""Pegawai lists as .xlsx: read a user's workbook into raw cell values; write the pegawai export.

Reading keeps values as openpyxl gives them (int, float, str, datetime, None); all
interpretation happens in `domain.impor`. The export uses the canonical `Kolom` headers so that
export → `read_table` → `detect_header` → `parse_table` gives back the same pegawai.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from itertools import islice
from pathlib import Path
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.domain.impor import Kolom, detect_header
from sistemkerja_desktop.exporters.files import FILE_MODE

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted (password) .xlsx
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_HEADER_SCAN = 30
_MAX_PAD = 256  # rows are padded to a rectangle up to this many columns
_MAX_BLANK_RUN = 1000  # stop reading after this many empty rows (sheets formatted to row 1e6)


def read_table(path: Path) -> tuple[list[list[object]], str]:
    """Cell values of the first sheet holding a pegawai header (visible sheets first), and its
    name. table[0] is Excel row 1; rows are padded with None to equal length and trailing empty
    rows dropped; merged cells give the top-left value only.
    Raises ValidationError naming the file when it cannot be read as .xlsx."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ValidationError(f"berkas '{name}' tidak ditemukan", code="berkas_tidak_ada")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            if head.startswith(_OLE_MAGIC):
                _raise_ole(name, head + fh.read())
            if not head.startswith(b"PK"):
                raise ValidationError(
                    f"berkas '{name}' bukan berkas Excel .xlsx (isinya teks, CSV atau HTML); "
                    "buka di Excel lalu simpan sebagai 'Excel Workbook (*.xlsx)'",
                    code="bukan_xlsx")
            fh.seek(0)
            return _read_workbook(fh, name)
    except PermissionError:
        raise ValidationError(f"berkas '{name}' tidak dapat dibuka: akses ditolak atau sedang "
                              "dikunci aplikasi lain", code="berkas_terkunci") from None
    except OSError as exc:
        raise ValidationError(f"berkas '{name}' tidak dapat dibaca: {exc.strerror or exc}",
                              code="berkas_tidak_terbaca") from None


def _raise_ole(name: str, data: bytes) -> None:
    if _ENCRYPTED_MARK in data:
        raise ValidationError(
            f"berkas '{name}' dilindungi kata sandi; buka di Excel, hapus kata sandinya "
            "(File › Info › Protect Workbook), simpan, lalu impor lagi", code="xlsx_berkata_sandi")
    raise ValidationError(
        f"berkas '{name}' berformat Excel 97-2003 (.xls); buka di Excel lalu simpan sebagai "
        "'Excel Workbook (*.xlsx)'", code="format_xls")


def _read_workbook(fh: object, name: str) -> tuple[list[list[object]], str]:
    corrupt = ValidationError(f"berkas '{name}' rusak atau bukan berkas .xlsx yang sah; buka dan "
                              "simpan ulang di Excel", code="xlsx_rusak")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes about unsupported extensions
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except (zipfile.BadZipFile, zlib.error, InvalidFileException, KeyError, ValueError,
            TypeError, ParseError, EOFError):
        raise corrupt from None
    titles: list[str] = []
    try:
        sheets = sorted(wb.worksheets,
                        key=lambda ws: getattr(ws, "sheet_state", "visible") != "visible")
        for ws in sheets:
            titles.append(ws.title)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if hasattr(ws, "reset_dimensions"):
                    ws.reset_dimensions()  # trust the cells, not a stale <dimension> tag
                rows = _rows(ws)
                table = list(islice(rows, _HEADER_SCAN))
                try:
                    header = detect_header(table, max_scan=_HEADER_SCAN)
                except ValidationError:
                    continue
                table.extend(rows)
                _fill_merged_data_cells(ws, table, below=header.row_index)
            while table and not table[-1]:
                table.pop()
            width = min(_MAX_PAD, max(map(len, table), default=0))
            for row in table:
                row.extend([None] * (width - len(row)))
            return table, ws.title
    except (zipfile.BadZipFile, zlib.error, KeyError, ValueError, TypeError, ParseError,
            EOFError):
        raise corrupt from None
    finally:
        wb.close()
    raise ValidationError(
        f"berkas '{name}': tidak menemukan baris judul kolom (perlu NIP dan NAMA) pada lembar "
        f"{', '.join(titles) or '-'}", code="judul_kolom_tidak_ada")


_MERGE = re.compile(r'<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _fill_merged_data_cells(ws: object, table: list[list[object]], *, below: int) -> None:
    """Hand-made lists merge a cell down over several staff rows (one UNIT KERJA or NIP ATASAN
    for a whole group). Read-only mode sees only the top cell, so the value is filled down
    here: within one column, below the header row (0-based index `below`)."""
    path = getattr(ws, "_worksheet_path", None)
    archive = getattr(getattr(ws, "parent", None), "_archive", None)
    if path is None or archive is None:
        return
    try:
        xml = archive.read(path).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return
    tail = xml[xml.rfind("</sheetData>"):]  # merges follow the cell data
    for c1, r1, c2, r2 in _MERGE.findall(tail):
        first, last, col = int(r1) - 1, int(r2) - 1, _col_index(c1)
        if c1 != c2 or last <= first or first <= below or first >= len(table):
            continue
        value = table[first][col] if col < len(table[first]) else None
        for idx in range(first + 1, min(last, len(table) - 1) + 1):
            row = table[idx]
            if len(row) <= col:
                row.extend([None] * (col + 1 - len(row)))
            if row[col] is None:
                row[col] = value


def _rows(ws: object) -> Iterator[list[object]]:
    blank = 0
    for values in ws.iter_rows(values_only=True):  # type: ignore[attr-defined]
        row = list(values)
        while row and (row[-1] is None or row[-1] == ""):
            row.pop()
        blank = 0 if row else blank + 1
        if blank > _MAX_BLANK_RUN:
            return
        yield row


# --- export ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PegawaiExportRow:
    nip: str
    nama: str
    gelar_depan: str = ""
    gelar_belakang: str = ""
    pangkat: str = ""
    golongan: str = ""
    jabatan: str = ""
    jenis_jabatan: str = ""
    jenjang: str = ""
    unit: str = ""  # path text "Bidang X / Seksi Y"
    nip_atasan: str = ""
    status: str = ""
    pendidikan: str = ""
    email: str = ""
    telepon: str = ""
    kompetensi: str = ""  # comma-joined


_FIELD_KOLOM: tuple[tuple[str, Kolom, int], ...] = (  # field, header, maximum width
    ("nip", Kolom.NIP, 21), ("nama", Kolom.NAMA, 36), ("gelar_depan", Kolom.GELAR_DEPAN, 14),
    ("gelar_belakang", Kolom.GELAR_BELAKANG, 18), ("pangkat", Kolom.PANGKAT, 26),
    ("golongan", Kolom.GOLONGAN, 12), ("jabatan", Kolom.JABATAN, 40),
    ("jenis_jabatan", Kolom.JENIS_JABATAN, 16), ("jenjang", Kolom.JENJANG, 14),
    ("unit", Kolom.UNIT, 48), ("nip_atasan", Kolom.NIP_ATASAN, 21), ("status", Kolom.STATUS, 9),
    ("pendidikan", Kolom.PENDIDIKAN, 28), ("email", Kolom.EMAIL, 30),
    ("telepon", Kolom.TELEPON, 16), ("kompetensi", Kolom.KOMPETENSI, 40),
)
assert [f for f, _, _ in _FIELD_KOLOM] == [f.name for f in fields(PegawaiExportRow)]
_TEXT_FIELDS = frozenset({"nip", "nip_atasan", "telepon"})  # never numbers: "@" format
_HEADER_ROW = 3  # title, blank, header


def _clean(value: object) -> str | None:
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value)) if value is not None else ""
    return text or None


def write_pegawai_xlsx(rows: Iterable[PegawaiExportRow], path: Path, *, title: str) -> None:
    """Write the pegawai list: merged title row, bold header with autofilter and frozen panes,
    NIP/NIP ATASAN/TELEPON as text cells. Saved atomically (temp file, then rename)."""
    path = Path(path)
    if not path.parent.is_dir():  # before building: a write-only workbook cannot be abandoned
        raise StorageError(f"tidak dapat menyimpan '{path.name}': folder '{path.parent}' "
                           "tidak ada")
    data = [[_clean(getattr(r, f)) for f, _, _ in _FIELD_KOLOM] for r in rows]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Pegawai")
    ncols = len(_FIELD_KOLOM) + 1  # + NO
    last = get_column_letter(ncols)
    ws.column_dimensions["A"].width = 6
    for i, (_, kolom, cap) in enumerate(_FIELD_KOLOM):
        longest = max((len(row[i]) for row in data[:2000] if row[i]), default=0)
        width = min(cap, max(len(kolom.value) + 4, longest + 2))
        ws.column_dimensions[get_column_letter(i + 2)].width = width
    ws.freeze_panes = f"A{_HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{_HEADER_ROW}:{last}{_HEADER_ROW + len(data)}"
    ws.merged_cells.add(f"A1:{last}1")
    ws.print_title_rows = f"{_HEADER_ROW}:{_HEADER_ROW}"
    ws.page_setup.orientation = "landscape"

    title_cell = WriteOnlyCell(ws, _clean(title) or "DAFTAR PEGAWAI")
    title_cell.font = Font(bold=True, size=14)
    ws.append([title_cell])
    ws.append([])
    thin = Side(style="thin", color="808080")
    header_style = dict(font=Font(bold=True, color="FFFFFF"),
                        fill=PatternFill("solid", fgColor="1F4E78"),
                        alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
                        border=Border(left=thin, right=thin, top=thin, bottom=thin))
    header = []
    for text in ["NO", *(k.value for _, k, _ in _FIELD_KOLOM)]:
        cell = WriteOnlyCell(ws, text)
        for attr, value in header_style.items():
            setattr(cell, attr, value)
        header.append(cell)
    ws.append(header)

    text_cols = [i for i, (f, _, _) in enumerate(_FIELD_KOLOM) if f in _TEXT_FIELDS]
    for no, values in enumerate(data, 1):
        out: list[object] = [no, *values]
        for i in text_cols:
            if values[i] is not None:
                out[i + 1] = _text_cell(ws, values[i])
        for i, value in enumerate(values):
            if value is not None and value.startswith("=") and i not in text_cols:
                out[i + 1] = _text_cell(ws, value, number_format=None)
        ws.append(out)
    _save_atomic(wb, path)


def _text_cell(ws: object, value: str, number_format: str | None = "@") -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"  # '=…' stays text, never a formula
    if number_format:
        cell.number_format = number_format
    return cell


def _save_atomic(wb: openpyxl.Workbook, path: Path) -> None:
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=path.parent)
        os.close(fd)
        wb.save(tmp_name)
        os.chmod(tmp_name, FILE_MODE)  # mkstemp makes 0600; the file is for sharing
        os.replace(tmp_name, path)
        tmp_name = None
    except PermissionError:
        raise StorageError(f"tidak dapat menyimpan '{path.name}': berkas sedang dibuka di "
                           "aplikasi lain atau folder tidak boleh ditulisi") from None
    except OSError as exc:
        raise StorageError(f"tidak dapat menyimpan '{path.name}': {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
