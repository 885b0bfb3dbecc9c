"""Issue #9, ketua rules per profile: KH replacement ketua education (Lampiran I B.3.f),
Pekalongan acting ketua (Pasal 29) and squad within one tahun anggaran (Pasal 11(2))."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from tim_uji import KODES, A, Agensi, K, cek, dengan, tim

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.pangkat import Golongan
from sistemkerja_desktop.domain.tim import Anggota, PeranTim

G, W = Tingkat.GALAT, Tingkat.PERINGATAN


@pytest.fixture(scope="module")
def ag() -> Agensi:
    return Agensi()


def _ubah(s, pid, **kw):
    return dataclasses.replace(s, pegawai=tuple(
        dataclasses.replace(p, **kw) if p.id == pid else p for p in s.pegawai))


# ---- Kapuas Hulu: replacement ketua ≥ D3 and ≥ III/b ---------------------------------------

@pytest.mark.parametrize(("pendidikan", "cukup"), [
    ("D-3 Akuntansi", True), ("DIPLOMA 3", True), ("D III", True), ("D.III", True),
    ("Diploma IV", True), ("S-1 Ekonomi", True), ("Strata 1", True), ("Sarjana Ekonomi", True),
    ("S.Kep, Ners", True), ("Ahli Madya Keperawatan", True), ("A.Md.Kep", True),
    ("Magister", True), ("SMA", False), ("SLTA", False), ("D-1", False), ("", False),
])
def test_kapuas_hulu_replacement_ketua_education_lampiran_i_b_3_f(ag, pendidikan, cukup):
    """KH Lampiran I huruf B angka 3 huruf f: "Pendidikan minimal D3" read from real strings."""
    s = _ubah(ag.struktur("kapuas-hulu"), ag.fani, pendidikan=pendidikan,
              golongan=Golongan.pns("III/b"))
    ketua = Anggota(ag.fani, PeranTim.KETUA, pengganti=True, alasan_pengganti="perpindahan")
    f = cek(s, tim(s, [ketua], unit=ag.p2p))
    found = dengan(f, "KETUA_PENGGANTI_PENDIDIKAN", G)
    assert bool(found) is not cukup
    if found:
        assert found[0].dasar == "Perbup Kapuas Hulu 36/2023, Lampiran I B.3.f"
    assert not dengan(f, "KETUA_PENGGANTI_GOLONGAN")  # III/b is enough


# ---- Pekalongan Pasal 29: Ketua Tim Kerja sementara -----------------------------------------

def _squad(ag, s, *members, jenis="kelompok-kerja"):
    return tim(s, list(members), unit=ag.bidang, jenis=jenis)


def _sementara(pid, dasar="Keputusan Kepala Bidang Pelayanan Nomor 800/12/2026"):
    return Anggota(pid, PeranTim.ANGGOTA, sementara=True, dasar_sementara=dasar)


@pytest.mark.parametrize(("jenjang", "boleh"), [
    (Jenjang.AHLI_PERTAMA, True), (Jenjang.AHLI_MUDA, True), (Jenjang.AHLI_MADYA, True),
    (Jenjang.AHLI_UTAMA, False), (Jenjang.TERAMPIL, False), (Jenjang.PENYELIA, True),
])
def test_pekalongan_acting_ketua_one_jenjang_below_above_or_equal_pasal_29(ag, jenjang, boleh):
    """Pekalongan Pasal 29 ayat (2): the acting ketua is "satu jenjang di bawah atau di atasnya
    atau yang setara" the ketua (Ani, Ahli Muda)."""
    s = _ubah(ag.struktur("pekalongan"), ag.budi,
              jabatan=Jabatan(f"Analis {jenjang.value}", Kategori.FUNGSIONAL, jenjang))
    f = cek(s, _squad(ag, s, (ag.ani, K), _sementara(ag.budi)))
    jenjang_f = dengan(f, "KETUA_SEMENTARA_JENJANG")
    assert bool(jenjang_f) is not boleh
    if jenjang_f:
        assert jenjang_f[0].tingkat is G and jenjang_f[0].dasar == (
            "Perbup Pekalongan 52/2024, Pasal 29(1)–(2)")
        assert "Ahli Muda" in jenjang_f[0].pesan
    assert not {x.kode for x in f} & {"KETUA_SEMENTARA_TANPA_KETUA",
                                       "KETUA_SEMENTARA_LEBIH_DARI_SATU", "KETUA_LEBIH_DARI_SATU"}


def test_pekalongan_acting_ketua_needs_the_ketua_one_only_and_its_appointment(ag):
    """Pasal 29 ayat (1): appointed while the ketua is temporarily absent (so the team has its
    ketua), by the Kepala Unit Organisasi Pemilik Kinerja (the appointment is recorded)."""
    s = ag.struktur("pekalongan")
    tanpa_ketua = cek(s, _squad(ag, s, _sementara(ag.budi), (ag.ani, A)))
    assert dengan(tanpa_ketua, "KETUA_SEMENTARA_TANPA_KETUA", G)
    dua = cek(s, _squad(ag, s, (ag.ani, K), _sementara(ag.budi), _sementara(ag.citra)))
    assert dengan(dua, "KETUA_SEMENTARA_LEBIH_DARI_SATU", G)
    tanpa_dasar = _squad(ag, s, (ag.ani, K), _sementara(ag.budi, dasar=" "))
    assert dengan(cek(s, tanpa_dasar), "KETUA_SEMENTARA_TANPA_DASAR", W)
    assert dengan(cek(s, tanpa_dasar, final=True), "KETUA_SEMENTARA_TANPA_DASAR", G)


def test_pekalongan_acting_ketua_pelaksana_has_no_jenjang(ag):
    """Pasal 29(2) compares jenjang: a Pelaksana has none — checked by hand (peringatan)."""
    s = ag.struktur("pekalongan")
    t = tim(s, [(ag.dedi, K), _sementara(ag.budi)], unit=ag.bidang, jenis="kelompok-kerja")
    f = dengan(cek(s, t), "KETUA_SEMENTARA_JENJANG")
    assert [x.tingkat for x in f] == [W] and "Dedi" in f[0].pesan


def test_pekalongan_acting_ketua_label(ag):
    """Pasal 29: "Ketua Kelompok Kerja (squad) sementara" (ayat 2), "Ketua Tim Kerja
    sementara" (ayat 1); a free-text jabatan dalam tim still wins."""
    a = _sementara(ag.budi)
    assert a.label_peran == "Ketua Tim Kerja sementara"
    assert a.label_peran_untuk("Kelompok Kerja (squad)") == "Ketua Kelompok Kerja (squad) sementara"
    assert a.label_peran_untuk("Tim Kerja tematik (ad hoc)") == "Ketua Tim Kerja sementara"
    assert dataclasses.replace(a, jabatan_dalam_tim="Plh. Ketua").label_peran == "Plh. Ketua"
    t = _squad(ag, ag.struktur("pekalongan"), (ag.ani, K), a)
    assert [x.pegawai_id for x in t.ketua] == [ag.ani]
    assert [x.pegawai_id for x in t.ketua_sementara] == [ag.budi]


@pytest.mark.parametrize("profil", [k for k in KODES if k != "pekalongan"])
def test_acting_ketua_unknown_outside_pekalongan(ag, profil):
    """Only Pekalongan (Pasal 29) knows the Ketua Tim Kerja sementara."""
    s = ag.struktur(profil)
    f = cek(s, tim(s, [(ag.fani, K), _sementara(ag.budi)], unit=ag.p2p))
    found = dengan(f, "KETUA_SEMENTARA_TIDAK_DIKENAL")
    assert [x.tingkat for x in found] == [W] and "tidak mengenal" in found[0].pesan
    assert not dengan(f, "KETUA_SEMENTARA_JENJANG")


# ---- Pekalongan Pasal 11(2): one tahun anggaran -------------------------------------------

def test_pekalongan_squad_within_one_tahun_anggaran_pasal_11_2(ag):
    """Pekalongan Pasal 11(2): a penugasan "dalam satu tahun anggaran" — a squad running across
    the year end, or outside its tahun anggaran, cannot be saved (galat)."""
    s = ag.struktur("pekalongan")
    lintas = tim(s, [(ag.ani, K)], unit=ag.bidang, jenis="kelompok-kerja",
                 mulai=dt.date(2026, 7, 1), selesai=dt.date(2027, 6, 30))
    f = dengan(cek(s, lintas), "TIM_LINTAS_TAHUN_ANGGARAN")
    assert [x.tingkat for x in f] == [G]
    assert f[0].dasar == "Perbup Pekalongan 52/2024, Pasal 11(2)"
    assert "1 Juli 2026 s.d. 30 Juni 2027" in f[0].pesan
    assert not dengan(cek(s, dataclasses.replace(lintas, selesai=dt.date(2026, 12, 31))),
                      "TIM_LINTAS_TAHUN_ANGGARAN")
    salah_ta = dataclasses.replace(lintas, selesai=dt.date(2026, 12, 31), tahun_anggaran=2025)
    f = dengan(cek(s, salah_ta), "TIM_LINTAS_TAHUN_ANGGARAN", G)
    assert f and "Tahun Anggaran 2025" in f[0].pesan
    benar_ta = dataclasses.replace(salah_ta, tahun_anggaran=2026)
    assert not dengan(cek(s, benar_ta), "TIM_LINTAS_TAHUN_ANGGARAN")


@pytest.mark.parametrize("profil", KODES)
def test_tahun_anggaran_rule_only_for_the_pekalongan_squad(ag, profil):
    s = ag.struktur(profil)
    jenis = "tim-kerja-tematik" if profil == "pekalongan" else "tim-kerja"
    t = tim(s, [(ag.ani, K), (ag.eka, A)], unit=ag.bidang, jenis=jenis,
            mulai=dt.date(2026, 7, 1), selesai=dt.date(2027, 5, 31))
    assert not dengan(cek(s, t), "TIM_LINTAS_TAHUN_ANGGARAN")
