"""Team rules per regulation profile (seeds_B.md D.4 V-30..V-43; seeds_A.md A.4)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sistemkerja_desktop.domain.demo import build_demo_struktur
from sistemkerja_desktop.domain.errors import InvalidTransition
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import (
    Anggota,
    AsalAnggota,
    PeranTim,
    StatusTim,
    Tim,
    lengkapi_anggota,
    transition,
)
from sistemkerja_desktop.domain.tim_rules import cek_tim, dokumen_tim, jenis_tim

TODAY = dt.date(2026, 11, 27)
YULIANA, FAJAR, SITI, KADIS = ("199103032017122909", "198708182013121910", "199007252018032908",
                               "197103141999031901")
HARTINI, ANDI = "197909232005012917", "199503162022081918"  # III/a SMA; III/a S1


@pytest.fixture(scope="module")
def struktur():
    s = build_demo_struktur(TODAY)
    return dataclasses.replace(s, pd=dataclasses.replace(s.pd))


def _pid(struktur, nip):
    return next(p.id for p in struktur.pegawai if p.nip == nip)


def _unit(struktur, kode):
    return next(u.id for u in struktur.units if u.kode == kode)


def _tim(struktur, members, *, jenis="tim-kerja", unit="KESMAS", mulai=dt.date(2026, 1, 1),
         selesai=dt.date(2026, 12, 31), **kw):
    tim = Tim(nama="Tim Uji", jenis=jenis, unit_pemilik_id=_unit(struktur, unit), mulai=mulai,
              selesai=selesai, anggota=tuple(Anggota(_pid(struktur, n), r) for n, r in members),
              **kw)
    return lengkapi_anggota(tim, struktur)


def _codes(findings, tingkat=None):
    return {f.kode for f in findings if tingkat is None or f.tingkat is tingkat}


def _check(struktur, profil, tim, **kw):
    s = dataclasses.replace(struktur, pd=dataclasses.replace(struktur.pd, profil=profil))
    return cek_tim(tim, s, get_profile(profil), **kw)


K, A = PeranTim.KETUA, PeranTim.ANGGOTA


def test_clean_team_has_no_findings(struktur):
    tim = _tim(struktur, [(YULIANA, K), (FAJAR, A)])
    assert _check(struktur, "generic", tim) == []


def test_origin_and_approval_derived(struktur):
    tim = _tim(struktur, [(YULIANA, K), (SITI, A)])
    assert tim.anggota[0].asal is AsalAnggota.DALAM_UNIT
    assert tim.anggota[1].asal is AsalAnggota.LINTAS_UNIT
    assert tim.anggota[1].persetujuan.value == "menunggu persetujuan"
    assert "persetujuan" in tim.anggota[1].alasan_persetujuan


def test_period_required_and_two_ketua_refused(struktur):
    tim = _tim(struktur, [(YULIANA, K), (FAJAR, K)], selesai=None)
    codes = _codes(_check(struktur, "generic", tim), Tingkat.GALAT)
    assert {"TIM_PERIODE_KOSONG", "KETUA_LEBIH_DARI_SATU"} <= codes


@pytest.mark.parametrize("profil", ["generic", "kapuas-hulu", "pekalongan", "pasuruan",
                                    "barito-timur"])
def test_structural_official_cannot_be_ketua(struktur, profil):
    findings = _check(struktur, profil, _tim(struktur, [(KADIS, K), (YULIANA, A)]))
    ketua = [f for f in findings if f.kode == "KETUA_KATEGORI"]
    assert ketua and ketua[0].tingkat is Tingkat.GALAT
    assert "Pasal" in ketua[0].dasar


def test_pekalongan_kelompok_kerja_at_most_one_year(struktur):
    long = _tim(struktur, [(YULIANA, K)], jenis="kelompok-kerja", mulai=dt.date(2026, 1, 1),
                selesai=dt.date(2027, 1, 1))
    f = [x for x in _check(struktur, "pekalongan", long) if x.kode == "TIM_DURASI"]
    assert f and f[0].tingkat is Tingkat.GALAT and "1 tahun" in f[0].pesan
    assert "Pekalongan 52/2024" in f[0].dasar and "Pasal 1 angka 31" in f[0].dasar
    ok = dataclasses.replace(long, selesai=dt.date(2026, 12, 31))
    assert "TIM_DURASI" not in _codes(_check(struktur, "pekalongan", ok))


def test_pekalongan_thematic_between_one_month_and_one_year(struktur):
    short = _tim(struktur, [(YULIANA, K), (SITI, A)], jenis="tim-kerja-tematik",
                 mulai=dt.date(2026, 1, 1), selesai=dt.date(2026, 1, 20))
    f = [x for x in _check(struktur, "pekalongan", short) if x.kode == "TIM_DURASI"]
    assert f and "paling singkat 1 bulan" in f[0].pesan
    # the CLI's --jenis tim-kerja is the thematic team's alias in the Pekalongan profile
    assert jenis_tim(get_profile("pekalongan"), "tim-kerja").kode == "tim-kerja-tematik"


def test_pekalongan_thematic_needs_outside_members_when_active(struktur):
    tim = _tim(struktur, [(YULIANA, K), (FAJAR, A)], jenis="tim-kerja-tematik")
    assert _codes(_check(struktur, "pekalongan", tim), Tingkat.PERINGATAN) >= {
        "TIM_HARUS_LINTAS_UNIT"}
    active = dataclasses.replace(tim, status=StatusTim.AKTIF)
    assert "TIM_HARUS_LINTAS_UNIT" in _codes(_check(struktur, "pekalongan", active), Tingkat.GALAT)


def test_bungo_ketua_of_cross_unit_team_must_come_from_owner_unit(struktur):
    tim = _tim(struktur, [(SITI, K), (YULIANA, A)])  # Siti: Sekretariat; owner: Kesmas
    bungo = [f for f in _check(struktur, "bungo", tim) if f.kode == "KETUA_BUKAN_DARI_PEMILIK_KINERJA"]
    assert bungo[0].tingkat is Tingkat.GALAT and "harus" in bungo[0].pesan
    assert "Bungo 15/2024, Pasal 9(3)" in bungo[0].dasar
    kh = [f for f in _check(struktur, "kapuas-hulu", tim) if f.kode == "KETUA_BUKAN_DARI_PEMILIK_KINERJA"]
    assert kh[0].tingkat is Tingkat.PERINGATAN and "diutamakan" in kh[0].pesan


def test_kapuas_hulu_replacement_ketua_needs_d3_and_iii_b(struktur):
    def pengganti(nip):
        tim = _tim(struktur, [(nip, K)], unit="SEK")
        ketua = dataclasses.replace(tim.anggota[0], pengganti=True,
                                    alasan_pengganti="kekosongan jabatan")
        return _codes(_check(struktur, "kapuas-hulu", dataclasses.replace(tim, anggota=(ketua,))),
                      Tingkat.GALAT)
    assert {"KETUA_PENGGANTI_PENDIDIKAN", "KETUA_PENGGANTI_GOLONGAN"} <= pengganti(HARTINI)
    assert pengganti(ANDI) == {"KETUA_PENGGANTI_GOLONGAN"}  # S1 but III/a
    assert pengganti(SITI) == set()  # S1, III/b


def test_barito_timur_team_need_questions(struktur):
    tim = _tim(struktur, [(YULIANA, K)])
    assert "KEBUTUHAN_TIM_BELUM_DIJAWAB" in _codes(_check(struktur, "barito-timur", tim),
                                                   Tingkat.PERINGATAN)
    no = dataclasses.replace(tim, kebutuhan=(("target-1-tahun", True), ("sifat-lintas", False),
                                             ("teknis-lintas", True)))
    f = [x for x in _check(struktur, "barito-timur", no) if x.kode == "KEBUTUHAN_TIM_TIDAK_TERPENUHI"]
    assert f and f[0].tingkat is Tingkat.GALAT and "individual" in f[0].pesan
    yes = dataclasses.replace(no, kebutuhan=tuple((k, True) for k, _ in no.kebutuhan))
    assert not _codes(_check(struktur, "barito-timur", yes)) & {"KEBUTUHAN_TIM_TIDAK_TERPENUHI",
                                                              "KEBUTUHAN_TIM_BELUM_DIJAWAB"}


def test_workload_warning_beyond_threshold(struktur):
    tim = _tim(struktur, [(YULIANA, K), (FAJAR, A)])
    other = {_pid(struktur, FAJAR): [("A", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
                                     ("B", dt.date(2026, 3, 1), dt.date(2026, 9, 30))]}
    f = _check(struktur, "generic", tim, periode_lain=other, ambang_beban=2)
    warn = [x for x in f if x.kode == "BEBAN_KERJA_TINGGI"]
    assert len(warn) == 1 and warn[0].tingkat is Tingkat.PERINGATAN and "3 tim" in warn[0].pesan
    assert not [x for x in _check(struktur, "generic", tim, periode_lain=other, ambang_beban=3)
                if x.kode == "BEBAN_KERJA_TINGGI"]


def test_document_per_profile_and_scope(struktur):
    kh = get_profile("kapuas-hulu")
    j = jenis_tim(kh, "tim-kerja")
    assert dokumen_tim(kh, j, AsalAnggota.DALAM_UNIT)[0] is JenisNaskah.SURAT_TUGAS
    assert dokumen_tim(kh, j, AsalAnggota.LINTAS_UNIT)[0] is JenisNaskah.SK_KEPALA_PD
    assert dokumen_tim(kh, j, AsalAnggota.LINTAS_INSTANSI)[0] is JenisNaskah.SK_SEKDA


def test_status_machine():
    assert transition(StatusTim.DRAF, StatusTim.AKTIF) is StatusTim.AKTIF
    with pytest.raises(InvalidTransition):
        transition(StatusTim.SELESAI, StatusTim.AKTIF)
    with pytest.raises(InvalidTransition):
        transition(StatusTim.DIBATALKAN, StatusTim.DRAF)
