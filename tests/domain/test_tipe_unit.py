"""The RSUD/UPTD Kelas/Tipe read from a unit's name (PK Tabel 3.8, 3.9, 3.12; BT Lampiran I angka 3)."""

import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.tipe_unit import normalisasi_tipe, tebak_tipe, tipe_efektif


@pytest.mark.parametrize(("nama", "tipe"), [
    ("RSUD Kelas C", "C"),
    ("RSUD Tipe C", "C"),
    ("Rumah Sakit Umum Daerah dr. Soedarso Kelas B", "B"),
    ("RSUD Tipe D Pratama", "D"),
    ("UPTD Tipe A", "A"),
    ("UPT Pengelolaan Pendapatan Daerah Kelas B", "B"),
    ("rsud kelas c", "C"),
    ("UPTD LABORATORIUM KESEHATAN TIPE B", "B"),
])
def test_tebak_tipe_reads_kelas_or_tipe(nama, tipe):
    assert tebak_tipe(nama) == tipe


@pytest.mark.parametrize("nama", [
    "", "RSUD dr. Doris Sylvanus", "UPTD Puskesmas Sukamaju", "Bidang Pelayanan Kesehatan",
    "SD Negeri 1 Kelas A",  # a school class, not a unit type
    "RSUD Tipe E", "RSUD Kelas Cempaka", "Subbagian Tipe A",
])
def test_tebak_tipe_empty_when_the_name_tells_no_type(nama):
    assert tebak_tipe(nama) == ""


def test_tipe_efektif_prefers_the_type_set_on_the_unit():
    assert tipe_efektif("RSUD Kelas C", "B") == "B"
    assert tipe_efektif("RSUD Kelas C", "") == "C"


@pytest.mark.parametrize(("tipe", "jenis", "nama", "hasil"), [
    (None, "RSUD", "RSUD Kelas C", "C"),  # not given: the name tells
    (None, "UPTD", "UPTD Tipe A", "A"),
    (None, "Seksi", "Seksi Kelas A", ""),  # not an RSUD/UPTD: no type
    ("", "RSUD", "RSUD Kelas C", ""),  # given empty: none (the user cleared it)
    ("—", "RSUD", "RSUD", ""),
    (" b ", "RSUD", "RSUD", "B"),
    ("Kelas D", "RSUD", "RSUD", "D"),
    ("Tipe B", "UPTD", "UPTD X", "B"),
])
def test_normalisasi_tipe(tipe, jenis, nama, hasil):
    assert normalisasi_tipe(tipe, jenis, nama) == hasil


@pytest.mark.parametrize(("tipe", "jenis"), [("E", "RSUD"), ("Kelas 1", "UPTD"), ("C", "Seksi"),
                                              ("A", "Puskesmas")])
def test_normalisasi_tipe_refuses_unknown_types_and_types_on_other_units(tipe, jenis):
    with pytest.raises(ValidationError) as err:
        normalisasi_tipe(tipe, jenis)
    assert err.value.field == "tipe"
