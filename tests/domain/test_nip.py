import datetime as dt

import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.nip import StatusKepegawaian, format_nip, normalize_nip, parse_nip


def test_pns_nip_parsed_and_printed():
    info = parse_nip("196804111993031009")
    assert info.status is StatusKepegawaian.PNS
    assert info.tanggal_lahir == dt.date(1968, 4, 11)
    assert info.tmt == dt.date(1993, 3, 1)
    assert info.jenis_kelamin == "L"
    assert info.urut == "009"
    assert info.tampil == "19680411 199303 1 009"


def test_pppk_layout_detected():
    info = parse_nip("19930609 202521 1 068")
    assert info.status is StatusKepegawaian.PPPK
    assert info.tmt == dt.date(2025, 1, 1)
    assert info.tampil == "19930609 202521 1 068"


@pytest.mark.parametrize("raw", ["19680411 199303 1 009", "'196804111993031009",
                                 196804111993031009, " 19680411.199303.1.009 "])
def test_accepted_forms(raw):
    assert normalize_nip(raw) == "196804111993031009"


@pytest.mark.parametrize(("raw", "code"), [
    (1.96804111993031e17, "nip_presisi_hilang"),
    ("1.96804E+17", "nip_presisi_hilang"),
    ("1968041119930310", "nip_panjang"),
    ("19680411199303100X", "nip_bukan_angka"),
    ("", "nip_kosong"),
    (None, "nip_kosong"),
])
def test_rejected_forms(raw, code):
    with pytest.raises(ValidationError) as err:
        normalize_nip(raw)
    assert err.value.code == code
    assert err.value.field == "nip"


@pytest.mark.parametrize(("raw", "code"), [
    ("196802301993031009", "nip_tanggal_lahir"),  # 30 Februari
    ("196804111993001009", "nip_tmt"),  # bulan 00
    ("196804111960031009", "nip_tmt"),  # TMT sebelum lahir
    ("196804111993033009", "nip_jenis_kelamin"),
    ("196804112025301009", "nip_tmt"),  # neither month nor PPPK code
])
def test_semantic_errors(raw, code):
    with pytest.raises(ValidationError) as err:
        parse_nip(raw)
    assert err.value.code == code


def test_format_leaves_non_nip_alone():
    assert format_nip("123") == "123"
