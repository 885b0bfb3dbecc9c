"""Pegawai lists as .xlsx: read a user's workbook into raw cell values; write the pegawai export.

Reading keeps values as openpyxl gives them (int, float, str, datetime, None); all
interpretation happens in `domain.impor`. The export uses the canonical `Kolom` headers so that
export → `read_table` → `detect_header` → `parse_table` gives back the same pegawai.

Reading is bounded (`xlsx_batas`, issue #8): the zip is inspected before openpyxl opens it, the
sheet streams in read-only mode, only the columns under the header are kept, and a damaged file
is one Indonesian message, never openpyxl's own warnings or a traceback.
"""

from __future__ import annotations

import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree.ElementTree import ParseError

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.domain.impor import Kolom, detect_header
from sistemkerja_desktop.exporters.files import atomic_output, check_output_path
from sistemkerja_desktop.exporters.xlsx.simpan import simpan
from sistemkerja_desktop.exporters.xlsx.xlsx_batas import (
    SheetBudget,
    check_archive,
    check_dimension,
)

Progress = Callable[[int, int], None]  # (rows read, rows declared by the sheet or 0)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, or an encrypted (password) .xlsx
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_HEADER_SCAN = 30
_PROGRESS_EVERY = 1000  # rows between progress reports (and chances to cancel)
_MERGE_TAIL_MAX = 8 * 1024 * 1024  # merge list bytes scanned after </sheetData>
# What a damaged workbook makes openpyxl / zipfile / the XML parser raise.
_DAMAGE = (zipfile.BadZipFile, zlib.error, InvalidFileException, KeyError, ValueError, TypeError,
           IndexError, AttributeError, ParseError, EOFError)
# openpyxl reads a date-formatted cell whose serial is no date as '#VALUE!' and warns; the
# serial is put back so the importer can say which date is wrong.
_BAD_DATE = re.compile(r"Cell ([A-Z]+)(\d+) is marked as a date but the serial value (\S+) is")


def read_table(path: Path, *, progress: Progress | None = None
               ) -> tuple[list[list[object]], str]:
    """Cell values of the first sheet holding a pegawai header (visible sheets first), and its
    name. table[0] is Excel row 1; rows are padded with None to equal length and trailing empty
    rows dropped; merged cells give the top-left value only; columns right of the header rows
    are not kept. `progress(rows, declared_rows)` is called every few thousand rows; an
    exception it raises (a cancel) ends the reading.
    Raises ValidationError naming the file when it cannot be read as .xlsx or is beyond the
    limits of `xlsx_batas`."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise ValidationError(f"berkas '{name}' tidak ditemukan", code="berkas_tidak_ada")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            if head.startswith(_OLE_MAGIC):
                _raise_ole(name, head + fh.read(4 * 1024 * 1024))
            if not head.startswith(b"PK"):
                raise ValidationError(
                    f"berkas '{name}' bukan berkas Excel .xlsx (isinya teks, CSV atau HTML); "
                    "buka di Excel lalu simpan sebagai 'Excel Workbook (*.xlsx)'",
                    code="bukan_xlsx")
            fh.seek(0)
            return _read_workbook(fh, name, progress)
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


@contextmanager
def _damaged(name: str) -> Iterator[None]:
    """openpyxl's and the XML parser's errors on a damaged file, as one Indonesian message."""
    try:
        yield
    except _DAMAGE as exc:
        if _entities(exc):
            raise ValidationError(
                f"berkas '{name}' berisi deklarasi entitas XML yang tidak pernah ditulis Excel "
                "(dapat menghabiskan memori); berkas tidak dibaca. Tidak ada yang diimpor.",
                code="xlsx_entitas") from None
        raise ValidationError(f"berkas '{name}' rusak atau bukan berkas .xlsx yang sah; buka dan "
                              "simpan ulang di Excel", code="xlsx_rusak") from None


def _entities(exc: BaseException | None) -> bool:
    """defusedxml refused a DTD/entity (openpyxl re-raises it as a ValueError)."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _read_workbook(fh: BinaryIO, name: str, progress: Progress | None
                   ) -> tuple[list[list[object]], str]:
    with _damaged(name):
        check_archive(fh, name)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # openpyxl's notes about unsupported extensions
                wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
        except OSError as exc:  # openpyxl: "File contains no valid workbook part"
            raise zipfile.BadZipFile(str(exc)) from None
    titles: list[str] = []
    try:
        with _damaged(name):
            sheets = sorted(wb.worksheets,
                            key=lambda ws: getattr(ws, "sheet_state", "visible") != "visible")
            for ws in sheets:
                titles.append(ws.title)
                table = _read_sheet(ws, name, progress)
                if table is not None:
                    return table, ws.title
    finally:
        wb.close()
    raise ValidationError(
        f"berkas '{name}': tidak menemukan baris judul kolom (perlu NIP dan NAMA) pada lembar "
        f"{', '.join(titles) or '-'}", code="judul_kolom_tidak_ada")


def _read_sheet(ws: Any, name: str, progress: Progress | None) -> list[list[object]] | None:
    """The sheet's table, or None when it has no header row. Streams; never more than the
    header rows plus the kept columns of the data rows in memory."""
    declared_rows = ws.max_row or 0  # from <dimension ref>, read by openpyxl when opening
    check_dimension(name, ws.title, ws.max_row, ws.max_column)
    ws.reset_dimensions()  # trust the cells, not a stale <dimension> tag
    budget = SheetBudget(name, ws.title)
    rows = ws.iter_rows(values_only=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            table = _scan(rows, budget, caught)
            try:
                header = detect_header(table, max_scan=_HEADER_SCAN)
            except ValidationError:
                return None
            width = max(map(len, table), default=0)  # the columns of the header rows
            _read_data(rows, table, width, budget, caught, progress, declared_rows)
        finally:
            rows.close()
    _fill_merged_data_cells(ws, table, below=header.row_index)
    while table and not table[-1]:
        table.pop()
    for row in table:
        row.extend([None] * (width - len(row)))
    return table


def _trimmed(values: tuple[object, ...], budget: SheetBudget) -> list[object]:
    row = list(values)
    while row and (row[-1] is None or row[-1] == ""):
        row.pop()
    budget.row(len(row), len(row) - row.count(None))
    return row


def _restore_bad_dates(row: list[object], caught: list[warnings.WarningMessage]) -> None:
    for warning in caught:
        m = _BAD_DATE.match(str(warning.message))
        if m:
            col = _col_index(m.group(1))
            if col < len(row) and row[col] == "#VALUE!":
                try:
                    row[col] = float(m.group(3))
                except ValueError:
                    pass
    caught.clear()


def _scan(rows: Iterator[tuple[object, ...]], budget: SheetBudget,
          caught: list[warnings.WarningMessage]) -> list[list[object]]:
    table: list[list[object]] = []
    for values in rows:
        row = _trimmed(values, budget)
        _restore_bad_dates(row, caught)
        table.append(row)
        if len(table) == _HEADER_SCAN:
            break
    return table


def _read_data(rows: Iterator[tuple[object, ...]], table: list[list[object]], width: int,
               budget: SheetBudget, caught: list[warnings.WarningMessage],
               progress: Progress | None, declared_rows: int) -> None:
    """The rest of the sheet to its real end: blank rows are kept as row numbers (materialised
    only when a filled row follows), never a reason to stop."""
    blank = 0
    for values in rows:
        row = _trimmed(values, budget)
        if caught:
            _restore_bad_dates(row, caught)
        if progress is not None and budget.rows % _PROGRESS_EVERY == 0:
            # the total only when the sheet declares one that is still ahead (else: unknown)
            progress(budget.rows, declared_rows if declared_rows > budget.rows else 0)
        del row[width:]
        if not row:
            blank += 1
            continue
        budget.table(len(table) + blank + 1, width)
        if blank:
            table.extend([] for _ in range(blank))
            blank = 0
        table.append(row)
    if progress is not None:
        progress(budget.rows, budget.rows)


_MERGE = re.compile(r'<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _merge_tail(ws: Any) -> str:
    """The sheet XML after </sheetData> (where the merges are), streamed: never the whole part
    in memory."""
    path = getattr(ws, "_worksheet_path", None)
    archive = getattr(getattr(ws, "parent", None), "_archive", None)
    if path is None or archive is None:
        return ""
    marker = b"</sheetData>"
    tail, carry, started = bytearray(), b"", False
    with archive.open(path) as src:
        while chunk := src.read(1024 * 1024):
            if started:
                tail += chunk
            else:
                buf = carry + chunk
                at = buf.find(marker)
                if at >= 0:
                    started = True
                    tail += buf[at:]
                else:
                    carry = buf[-len(marker):]
            if len(tail) > _MERGE_TAIL_MAX:
                break
    return tail.decode("utf-8", "replace")


def _fill_merged_data_cells(ws: Any, table: list[list[object]], *, below: int) -> None:
    """Hand-made lists merge a cell down over several staff rows (one UNIT KERJA or NIP ATASAN
    for a whole group). Read-only mode sees only the top cell, so the value is filled down
    here: within one column, below the header row (0-based index `below`)."""
    for c1, r1, c2, r2 in _MERGE.findall(_merge_tail(ws)):
        first, last, col = int(r1) - 1, int(r2) - 1, _col_index(c1)
        if c1 != c2 or last <= first or first <= below or first >= len(table):
            continue
        value = table[first][col] if col < len(table[first]) else None
        if value is None:
            continue
        for idx in range(first + 1, min(last, len(table) - 1) + 1):
            row = table[idx]
            if len(row) <= col:
                row.extend([None] * (col + 1 - len(row)))
            if row[col] is None:
                row[col] = value


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


def write_pegawai_xlsx(rows: Iterable[PegawaiExportRow], path: Path, *, title: str,
                       protected: tuple[Path, ...] = ()) -> None:
    """Write the pegawai list: merged title row, bold header with autofilter and frozen panes,
    NIP/NIP ATASAN/TELEPON as text cells. Written through `atomic_output` (a temporary file
    beside `path`, renamed only when whole): a failed export leaves the previous file as it was.
    A path that is a data file (or one of `protected`, the open database) is refused."""
    path = Path(path)
    check_output_path(path, protected=protected)
    if not path.parent.is_dir():
        raise StorageError(f"Folder {path.parent} tidak ada; berkas {path.name} tidak dapat "
                           "ditulis. Tidak ada berkas yang ditulis.", code="tidak_dapat_ditulis")
    data = [[_clean(getattr(r, f)) for f, _, _ in _FIELD_KOLOM] for r in rows]
    # the temporary file first: a folder that cannot be written stops us before the workbook
    # exists (an unsaved write-only workbook prints "Exception ignored" noise when collected)
    with atomic_output(path, ".xlsx", protected=protected) as tmp:
        simpan(_workbook(data, title), tmp)


def _workbook(data: list[list[str | None]], title: str) -> openpyxl.Workbook:
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
    header_style = {"font": Font(bold=True, color="FFFFFF"),
                    "fill": PatternFill("solid", fgColor="1F4E78"),
                    "alignment": Alignment(horizontal="center", vertical="center", wrap_text=True),
                    "border": Border(left=thin, right=thin, top=thin, bottom=thin)}
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
    return wb


def _text_cell(ws: object, value: str, number_format: str | None = "@") -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"  # '=…' stays text, never a formula
    if number_format:
        cell.number_format = number_format
    return cell
