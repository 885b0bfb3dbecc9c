"""Report routing per profile: receivers, chains, ad-hoc requests, closing official."""

from __future__ import annotations

import datetime as dt

import pytest

from sistemkerja_desktop.domain.errors import PermissionDenied
from sistemkerja_desktop.domain.laporan import (
    PERAN_UMUM,
    AksiLaporan,
    IsiLaporan,
    JenisLaporan,
    PeranLaporan,
    StatusLaporan,
    jadwal,
    tinjau,
)
from sistemkerja_desktop.domain.laporan_alur import (
    ALUR,
    alur_laporan,
    buat_laporan,
    minta_laporan,
    penerima,
    periksa_permintaan,
    rute,
)
from sistemkerja_desktop.domain.profiles import PROFILES, get_profile

D = dt.date
IND, ANG, KET = JenisLaporan.INDIVIDU, JenisLaporan.ANGGOTA, JenisLaporan.KETUA
PPK, PUO, PUO_PK = PeranLaporan.PPK, PeranLaporan.PUO, PeranLaporan.PUO_PEMILIK_KINERJA
PUK, KETUA, PEL = PeranLaporan.PIMPINAN_UNIT_KERJA, PeranLaporan.KETUA_TIM, PeranLaporan.PELAPOR
ISI = IsiLaporan(progres=100, narasi="selesai")


def peran(kode, jenis):
    return [step.peran for step in rute(kode, jenis)]


def test_every_profile_has_data_with_citations():
    assert set(ALUR) == set(PROFILES)
    for alur in ALUR.values():
        assert set(alur.rute) == set(JenisLaporan)
        for steps in alur.rute.values():
            assert steps and all(s.dasar.pasal and s.keterangan for s in steps)
        assert alur.permintaan.dasar.pasal and alur.penutupan.dasar.pasal
    assert alur_laporan("tidak-ada") is ALUR["generic"]
    assert alur_laporan(get_profile("bungo")) is ALUR["bungo"]


@pytest.mark.parametrize(("kode", "expected", "pasal"), [
    ("bungo", [{PPK}], "Pasal 11"),
    ("kapuas-hulu", [{PUO}], "Pasal 12"),
    ("pasuruan", [{PUO}], "Pasal 12"),
    ("barito-timur", [{PUO, PPK}], "Pasal 15"),
    ("pekalongan", [{PPK}, {PUO}], "Lampiran VI"),
    ("generic", [{PUO}], "Pasal 12"),
])
def test_individual_report_routing(kode, expected, pasal):
    assert peran(kode, IND) == expected
    assert pasal in penerima(kode, IND).dasar.pasal


@pytest.mark.parametrize(("kode", "expected", "pasal"), [
    ("kapuas-hulu", [{PUO_PK}], "Pasal 13 ayat (2)"),
    ("barito-timur", [{PUO_PK, PPK}], "Pasal 16 ayat (2)"),
    ("pekalongan", [{PUK}, {PUO_PK}], "Pasal 25 ayat (2)"),
    ("bungo", [{PUO_PK}], "Pasal 12 ayat (1) huruf b"),
    ("pasuruan", [{PUO_PK}], "Pasal 13 ayat (2)"),
])
def test_ketua_report_routing(kode, expected, pasal):
    assert peran(kode, KET) == expected
    assert rute(kode, KET)[0].dasar.pasal == pasal
    assert peran(kode, ANG) == [{KETUA}]


def test_bungo_individual_report_goes_to_the_ppk_and_is_accepted_there():
    periode = jadwal(get_profile("bungo"), D(2026, 1, 1), D(2026, 1, 31))[0]
    lap = buat_laporan("bungo", IND, 5, periode)
    lap = tinjau(lap, AksiLaporan.KIRIM, PEL, D(2026, 2, 2), isi=ISI)
    with pytest.raises(PermissionDenied, match="Pasal 11"):
        tinjau(lap, AksiLaporan.TERIMA, PUO, D(2026, 2, 3))
    lap = tinjau(lap, AksiLaporan.TERIMA, PPK, D(2026, 2, 3))
    assert lap.status is StatusLaporan.DITERIMA


def test_pekalongan_individual_report_reaches_the_puo_via_the_ppk():
    periode = jadwal(get_profile("pekalongan"), D(2026, 1, 1), D(2026, 12, 31))[0]
    lap = tinjau(buat_laporan("pekalongan", IND, 5, periode), AksiLaporan.KIRIM, PEL,
                 D(2026, 4, 1), isi=ISI)
    with pytest.raises(PermissionDenied):
        tinjau(lap, AksiLaporan.TERIMA, PUO, D(2026, 4, 2))
    lap = tinjau(lap, AksiLaporan.TERIMA, PPK, D(2026, 4, 2))
    assert lap.status is StatusLaporan.DIKIRIM and lap.menunggu.peran == {PUO}
    lap = tinjau(lap, AksiLaporan.TERIMA, PUO, D(2026, 4, 3))
    assert lap.status is StatusLaporan.DITERIMA


def test_barito_timur_either_puo_or_ppk_accepts():
    for who in (PUO, PPK):
        lap = tinjau(buat_laporan("barito-timur", IND, 5, None), AksiLaporan.KIRIM, PEL,
                     D(2026, 4, 1), isi=ISI)
        assert tinjau(lap, AksiLaporan.TERIMA, who, D(2026, 4, 2)).status is \
            StatusLaporan.DITERIMA


def test_adhoc_requests():
    # Bungo: the PUO, from the ketua only (Pasal 12(2)).
    periksa_permintaan("bungo", PUO, KET)
    with pytest.raises(PermissionDenied, match="Ketua Tim Kerja"):
        periksa_permintaan("bungo", PUO, ANG)
    with pytest.raises(PermissionDenied, match="Pasal 12"):
        periksa_permintaan("bungo", PUK, KET)
    # Pekalongan: also the Pimpinan Unit Kerja (Pasal 25(3)).
    periksa_permintaan("pekalongan", PUK, ANG)
    for kode in ("kapuas-hulu", "barito-timur", "pasuruan"):
        periksa_permintaan(kode, PUO, ANG)
        with pytest.raises(PermissionDenied):
            periksa_permintaan(kode, PUK, KET)
    lap = minta_laporan("pekalongan", PUK, KET, 9, D(2026, 5, 8), tim_id=3)
    assert lap.jatuh_tempo == D(2026, 5, 8) and lap.diminta_oleh is PUK
    assert lap.menunggu is None and lap.rute[0].peran == {PUK}
    assert lap.keterlambatan(D(2026, 5, 11)) == (True, 3)
    lap = tinjau(lap, AksiLaporan.KIRIM, PEL, D(2026, 5, 7), isi=ISI)
    assert tinjau(lap, AksiLaporan.TERIMA, PUK, D(2026, 5, 7)).status is StatusLaporan.DITERIMA


def test_closing_official():
    assert ALUR["pekalongan"].penutupan.peran is PUO
    assert ALUR["kapuas-hulu"].penutupan.sebutan == "Pejabat Level 1"
    assert "Pasal 18" in ALUR["bungo"].penutupan.dasar.pasal


def test_roles_map_to_general_roles_where_they_exist():
    assert PERAN_UMUM[PPK].name == "PPK_PEGAWAI"
    assert PERAN_UMUM[PUO_PK].name == "PUO_PEMILIK_KINERJA"
