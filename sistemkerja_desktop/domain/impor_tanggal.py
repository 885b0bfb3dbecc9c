"""Date cells of an imported list (TMT KEDUDUKAN): only dates an office can mean, 1900–2100.

A date cell reaches the importer as a `datetime` (a date-formatted cell), as text
('31-01-2024', '31 Januari 2024'), or as a number: a cell not formatted as a date, or a
date-formatted serial too large for any date (the reader puts the serial back). A number is
never taken silently as a date — 2024 would be 16 July 1905 — the message says what Excel
would show for it instead.
"""

from __future__ import annotations

import datetime as dt
import math

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.sel import cell_text, parse_tanggal

TAHUN_MIN, TAHUN_MAX = 1900, 2100
_RENTANG = f"rentang tahun {TAHUN_MIN}–{TAHUN_MAX}"
_EPOCH = dt.date(1899, 12, 30)  # Excel's 1900 system, past its phantom 29 February 1900
_LAST_SERIAL = (dt.date(TAHUN_MAX, 12, 31) - _EPOCH).days


def _tampil(d: dt.date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def excel_serial(value: float) -> dt.date | None:
    """The date Excel shows for serial `value` (1900 date system), or None when it is no date
    in 1900–2100 (Excel's own 29-02-1900, serial 60, included)."""
    if math.isnan(value) or not 1 <= value <= _LAST_SERIAL or int(value) == 60:
        return None
    days = int(value)
    return dt.date(1899, 12, 31) + dt.timedelta(days=days) if days < 60 else \
        _EPOCH + dt.timedelta(days=days)


def tanggal_impor(raw: object) -> dt.date | None:
    """A date cell of an imported list; empty → None. Raises ValidationError (Indonesian)
    for text that is no date, a number, or a date outside 1900–2100."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        teks = cell_text(raw)
        if len(teks) > 15:  # 1e308 is no 309-digit message
            teks = f"{raw:.6g}"
        seri = excel_serial(float(raw))
        if seri is None:
            raise ValidationError(
                f"angka {teks} bukan tanggal, dan sebagai nomor seri tanggal Excel pun di luar "
                f"{_RENTANG}; tulis tanggal seperti 31-01-2024", field="tanggal",
                code="tanggal_di_luar_rentang")
        raise ValidationError(
            f"angka {teks} bukan tanggal; bila maksudnya nomor seri tanggal Excel "
            f"({_tampil(seri)}), format sel sebagai Tanggal, atau tulis {_tampil(seri)}",
            field="tanggal", code="tanggal_berupa_angka")
    tanggal = parse_tanggal(raw)
    if tanggal is not None and not TAHUN_MIN <= tanggal.year <= TAHUN_MAX:
        raise ValidationError(f"tanggal {_tampil(tanggal)} di luar {_RENTANG}", field="tanggal",
                              code="tanggal_di_luar_rentang")
    return tanggal
