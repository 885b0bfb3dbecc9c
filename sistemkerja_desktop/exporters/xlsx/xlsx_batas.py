"""Limits that keep a hostile or huge .xlsx from exhausting the machine (issue #8).

An .xlsx is a zip of XML parts. A 2 MB e-mail attachment can inflate to gigabytes (a zip bomb),
declare a sheet of 17 billion cells, or put data in column 16,384. Before openpyxl reads
anything, `check_archive` looks at the zip's own directory (sizes as declared: Python's zipfile
never inflates a part past its declared size); while the sheet streams, `SheetBudget` counts
rows, columns and cells. Every refusal is a ValidationError that names the file and the limit
that was hit; nothing is imported.
"""

from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.impor import col_letter

MB = 1024 * 1024
BATAS_MB = 200  # all parts together, after inflating
BATAS_BAGIAN = 10_000  # parts in the zip (a real workbook has tens)
BATAS_RASIO = 100  # inflation of one part …
RASIO_MULAI = 5 * MB  # … once it is this large (small parts of repeated XML inflate a lot)
BATAS_KOLOM = 300
BATAS_SEL = 2_000_000  # a 100,000-row list in the export's 17 columns is 1.7 million
BATAS_BARIS = 1_048_576  # Excel's own maximum
_NOT_IMPORTED = "Tidak ada yang diimpor."


def angka(n: int) -> str:
    """1048576 → '1.048.576' (Indonesian thousands separator)."""
    return f"{n:,}".replace(",", ".")


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",")


def _refuse(message: str, code: str) -> ValidationError:
    return ValidationError(f"{message} {_NOT_IMPORTED}", field="berkas", code=code)


def _declared_entries(fh: BinaryIO) -> int | None:
    """The number of parts the zip's end record declares (read before zipfile builds one object
    per part), or None when there is no plain end record (zipfile then decides)."""
    try:
        fh.seek(0, 2)
        size = fh.tell()
        tail_len = min(size, 65_536 + 22)
        fh.seek(size - tail_len)
        tail = fh.read(tail_len)
    except OSError:
        return None
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    entries = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if entries == 0xFFFF:  # zip64: the count is in the zip64 end record before it
        z64 = tail.rfind(b"PK\x06\x06", 0, at)
        if z64 >= 0 and z64 + 40 <= len(tail):
            return int(struct.unpack("<Q", tail[z64 + 32:z64 + 40])[0])
        return None
    return int(entries)


def check_archive(fh: BinaryIO, name: str) -> None:
    """Refuse a workbook whose parts inflate past BATAS_MB together, one part that inflates
    more than BATAS_RASIO times (a zip bomb), or an absurd number of parts. Raises
    zipfile.BadZipFile for a file that is no zip at all (the caller says 'rusak')."""
    entries = _declared_entries(fh)
    if entries is not None and entries > BATAS_BAGIAN:
        raise _refuse(f"berkas '{name}' berisi {angka(entries)} bagian, melebihi batas "
                      f"{angka(BATAS_BAGIAN)} bagian untuk buku kerja Excel.", "xlsx_terlalu_besar")
    fh.seek(0)
    with zipfile.ZipFile(fh) as zf:
        infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    if total > BATAS_MB * MB:
        raise _refuse(f"berkas '{name}' berukuran {angka(round(total / MB))} MB setelah dibuka, "
                      f"melebihi batas {BATAS_MB} MB setelah dibuka.", "xlsx_terlalu_besar")
    for info in infos:
        if info.file_size > RASIO_MULAI and \
                info.file_size > BATAS_RASIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise _refuse(
                f"berkas '{name}': bagian {info.filename} mengembang {angka(ratio)} kali saat "
                f"dibuka ({_mb(info.compress_size)} MB menjadi {_mb(info.file_size)} MB)"
                f", melebihi batas {BATAS_RASIO} kali; berkas seperti ini biasanya dibuat untuk "
                "menghabiskan memori (bom zip).", "xlsx_bom_zip")
    fh.seek(0)


def check_dimension(name: str, sheet: str, max_row: int | None, max_col: int | None) -> None:
    """Refuse a sheet whose declared range (`<dimension ref>`) is beyond the limits."""
    if not max_row or not max_col:
        return
    rentang = f"A1:{col_letter(max_col - 1)}{max_row}"
    if max_col > BATAS_KOLOM:
        raise _refuse(f"berkas '{name}': lembar '{sheet}' menyatakan rentang {rentang} "
                      f"({angka(max_col)} kolom), melebihi batas {BATAS_KOLOM} kolom. Hapus "
                      "kolom kosong di kanan tabel di Excel, simpan, lalu impor lagi.",
                      "xlsx_terlalu_lebar")
    if max_row * max_col > BATAS_SEL:
        raise _refuse(f"berkas '{name}': lembar '{sheet}' menyatakan rentang {rentang} "
                      f"({angka(max_row * max_col)} sel), melebihi batas {angka(BATAS_SEL)} sel. "
                      "Hapus baris dan kolom kosong di luar tabel di Excel, simpan, lalu impor "
                      "lagi.", "xlsx_terlalu_besar")


class SheetBudget:
    """Counts what one sheet really holds while it streams; raises at the first row past a
    limit, so a hostile sheet is never read to its end."""

    def __init__(self, name: str, sheet: str) -> None:
        self._where = f"berkas '{name}', lembar '{sheet}'"
        self.rows = 0
        self.cells = 0  # non-empty cells in every column

    def row(self, length: int, filled: int) -> None:
        """One more row: `length` is its width up to the last non-empty cell."""
        self.rows += 1
        if self.rows > BATAS_BARIS:
            raise _refuse(f"{self._where}: lebih dari {angka(BATAS_BARIS)} baris, batas "
                          "lembar Excel.", "xlsx_terlalu_besar")
        if length > BATAS_KOLOM:
            raise _refuse(f"{self._where}, baris {self.rows}: berisi data sampai kolom "
                          f"{col_letter(length - 1)} (kolom ke-{angka(length)}), melebihi batas "
                          f"{BATAS_KOLOM} kolom. Hapus isi di kanan tabel di Excel, simpan, lalu "
                          "impor lagi.", "xlsx_terlalu_lebar")
        self.cells += filled
        if self.cells > BATAS_SEL:
            raise _refuse(f"{self._where}: lebih dari {angka(BATAS_SEL)} sel terisi (sampai "
                          f"baris {angka(self.rows)}), melebihi batas {angka(BATAS_SEL)} sel.",
                          "xlsx_terlalu_besar")

    def table(self, rows: int, width: int) -> None:
        """The table kept in memory: `rows` × `width` cells (columns under a header only)."""
        if rows * width > BATAS_SEL:
            raise _refuse(f"{self._where}: tabel {angka(rows)} baris × {width} kolom "
                          f"({angka(rows * width)} sel) melebihi batas {angka(BATAS_SEL)} sel. "
                          "Hapus baris kosong di bawah tabel di Excel, simpan, lalu impor lagi.",
                          "xlsx_terlalu_besar")
