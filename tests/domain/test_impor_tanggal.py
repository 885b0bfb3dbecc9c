"""domain.impor_tanggal: date cells of an import, only 1900–2100 (issue #8)."""

from __future__ import annotations

import datetime as dt

import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.impor import parse_table
from sistemkerja_desktop.domain.impor_tanggal import excel_serial, tanggal_impor


@pytest.mark.parametrize(("raw", "date"), [
    (dt.datetime(2024, 1, 31, 8, 0), dt.date(2024, 1, 31)), (dt.date(1900, 1, 1),
                                                             dt.date(1900, 1, 1)),
    ("31-12-2100", dt.date(2100, 12, 31)), ("1 Agustus 2023", dt.date(2023, 8, 1)),
    (None, None), ("", None), ("-", None),
])
def test_dates_inside_the_range(raw: object, date: dt.date | None) -> None:
    assert tanggal_impor(raw) == date


@pytest.mark.parametrize(("raw", "message"), [
    (dt.datetime(2500, 1, 1), "tanggal 01-01-2500 di luar rentang tahun 1900–2100"),
    (dt.date(1, 1, 1), "tanggal 01-01-0001 di luar rentang tahun 1900–2100"),
    ("31-01-0024", "tanggal 31-01-0024 di luar rentang tahun 1900–2100"),
    ("1 Januari 1899", "tanggal 01-01-1899 di luar rentang tahun 1900–2100"),
    ("2101-01-01", "tanggal 01-01-2101 di luar rentang tahun 1900–2100"),
    (45000, ("angka 45000 bukan tanggal; bila maksudnya nomor seri tanggal Excel (15-03-2023), "
            "format sel sebagai Tanggal, atau tulis 15-03-2023")),
    (2024, "angka 2024 bukan tanggal; bila maksudnya nomor seri tanggal Excel (16-07-1905)"),
    (3_000_000.0, ("angka 3000000 bukan tanggal, dan sebagai nomor seri tanggal Excel pun di "
                  "luar rentang tahun 1900–2100")),
    (-1, "angka -1 bukan tanggal, dan sebagai nomor seri"),
    (float("nan"), "angka nan bukan tanggal, dan sebagai nomor seri"),
    (1e308, "angka 1e\\+308 bukan tanggal, dan sebagai nomor seri"),
    ("kemarin", "tanggal 'kemarin' tidak dikenal"),
])
def test_dates_refused(raw: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        tanggal_impor(raw)


def test_excel_serials() -> None:
    assert excel_serial(1) == dt.date(1900, 1, 1)
    assert excel_serial(59) == dt.date(1900, 2, 28)
    assert excel_serial(60) is None  # Excel's 29-02-1900, a day that never was
    assert excel_serial(61) == dt.date(1900, 3, 1)
    assert excel_serial(45000.75) == dt.date(2023, 3, 15)
    assert excel_serial(73415) == dt.date(2100, 12, 31)
    assert excel_serial(73416) is None and excel_serial(0) is None


def test_a_tmt_out_of_range_is_a_row_error_not_an_odd_year() -> None:
    table = [["NIP", "NAMA", "JABATAN", "UNIT KERJA", "TMT KEDUDUKAN"],
             ["198001012005011001", "Andi", "Pengadministrasi Umum", "Sekretariat",
              dt.datetime(3024, 1, 2)],
             ["198001012005011002", "Budi", "Pengadministrasi Umum", "Sekretariat",
              dt.datetime(2024, 1, 2)]]
    plan = parse_table(table)
    assert [r.nip for r in plan.records] == ["198001012005011002"]
    assert [str(e) for e in plan.errors] == [
        "baris 2, kolom TMT KEDUDUKAN: tanggal 02-01-3024 di luar rentang tahun 1900–2100"]
