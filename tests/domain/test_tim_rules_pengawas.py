"""Issue #9: where a Pejabat Pengawas leads a team — Bungo Pasal 9(2) (2-level units) and the
Pasuruan Tim Kerja Substansi (Lampiran BAB II huruf D angka 1 huruf b butir 13)."""

from __future__ import annotations

import dataclasses

import pytest
from struktur_uji import Builder
from tim_uji import KODES, A, Agensi, K, cek, dengan, tim

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import PeranTim
from sistemkerja_desktop.domain.tim_rules import jenis_tim
from sistemkerja_desktop.domain.tim_rules_pengawas import (
    isi_ketua_otomatis,
    pengawas_dua_level,
    pengawas_level3,
)

G, W = Tingkat.GALAT, Tingkat.PERINGATAN
BG_9_2 = "Perbup Bungo 15/2024, Pasal 9(2)"
PS_D1_13 = "Perbup Pasuruan 217/2023, Lampiran BAB II D.1.b.13"


@pytest.fixture(scope="module")
def ag() -> Agensi:
    return Agensi()


# ---- Bungo Pasal 9(2) ----------------------------------------------------------------------

def test_two_level_units_of_the_test_agency(ag):
    s = ag.struktur("bungo")
    assert [p.id for p in pengawas_dua_level(s, ag.bidang)] == [ag.kasi_pos]
    assert [p.id for p in pengawas_dua_level(s, ag.sek)] == [ag.kasubbag_pos]
    assert [p.id for p in pengawas_dua_level(s, ag.seksi)] == [ag.kasi_pos]  # led by a Pengawas
    assert pengawas_dua_level(s, ag.p2p) == []  # one level: no Pengawas to appoint
    assert pengawas_dua_level(s, ag.dinas) == []  # more than two levels


def test_bungo_pengawas_is_ketua_in_a_two_level_unit_pasal_9_2(ag):
    """Bungo Pasal 9(2): in a unit with a 2-level structure the Pejabat Pengawas is appointed
    ketua tim (galat when another ketua is set)."""
    s = ag.struktur("bungo")
    f = dengan(cek(s, tim(s, [(ag.ani, K), (ag.budi, A)], unit=ag.bidang)),
               "KETUA_BUKAN_PENGAWAS")
    assert [x.tingkat for x in f] == [G] and f[0].dasar == BG_9_2
    assert "Kasi (Kepala Seksi Rujukan)" in f[0].pesan and "Ani bukan Pejabat Pengawas" in f[0].pesan
    ok = cek(s, tim(s, [(ag.holder(ag.kasi_pos), K), (ag.ani, A)], unit=ag.bidang))
    assert not {x.kode for x in ok} & {"KETUA_BUKAN_PENGAWAS", "KETUA_KATEGORI"}
    seksi = cek(s, tim(s, [(ag.dedi, K)], unit=ag.seksi))
    assert dengan(seksi, "KETUA_BUKAN_PENGAWAS", G)


def test_bungo_two_level_unit_without_ketua(ag):
    s = ag.struktur("bungo")
    t = tim(s, [(ag.ani, A)], unit=ag.bidang)
    assert dengan(cek(s, t), "KETUA_PENGAWAS_BELUM_DITUNJUK", W)
    assert dengan(cek(s, t, final=True), "KETUA_PENGAWAS_BELUM_DITUNJUK", G)


def test_bungo_rule_needs_two_levels_and_a_pengawas_in_office(ag):
    s = ag.struktur("bungo")
    assert not dengan(cek(s, tim(s, [(ag.fani, K)], unit=ag.p2p)), "KETUA_BUKAN_PENGAWAS")
    assert not dengan(cek(s, tim(s, [(ag.ani, K)], unit=ag.dinas)), "KETUA_BUKAN_PENGAWAS")
    kosong = dataclasses.replace(s, positions=tuple(
        dataclasses.replace(p, pemangku_id=None) if p.id == ag.kasi_pos else p
        for p in s.positions))
    assert not dengan(cek(kosong, tim(kosong, [(ag.ani, K)], unit=ag.bidang)),
                      "KETUA_BUKAN_PENGAWAS")


@pytest.mark.parametrize("profil", [k for k in KODES if k != "bungo"])
def test_pengawas_ketua_rule_is_bungo_only(ag, profil):
    s = ag.struktur(profil)
    jenis = "kelompok-kerja" if profil == "pekalongan" else "tim-kerja"
    f = cek(s, tim(s, [(ag.ani, K)], unit=ag.bidang, jenis=jenis))
    assert not {x.kode for x in f} & {"KETUA_BUKAN_PENGAWAS", "KETUA_PENGAWAS_BELUM_DITUNJUK"}


# ---- Pasuruan: Tim Kerja Substansi ---------------------------------------------------------

def _ps(ag):
    s = ag.struktur("pasuruan")
    return s, get_profile("pasuruan"), jenis_tim(get_profile("pasuruan"), "tim-kerja-substansi")


def test_pasuruan_substansi_led_by_its_pengawas_automatically_d_1_b_13(ag):
    """Pasuruan Lampiran BAB II D.1.b butir 13 (D.2.b l, D.8.b j): the Level-III Pengawas
    "secara otomatis menjadi Ketua Tim Kerja Substansi"."""
    s, p, jenis = _ps(ag)
    kasubbag = ag.holder(ag.kasubbag_pos)
    t = tim(s, [(ag.gita, A)], unit=ag.umum, jenis="tim-kerja-substansi")
    f = dengan(cek(s, t), "KETUA_SUBSTANSI_OTOMATIS", W)
    assert f and f[0].pegawai_id == kasubbag and f[0].dasar.startswith(PS_D1_13)
    assert "Kepala Subbagian Umum" in f[0].pesan
    diisi = isi_ketua_otomatis(t, s, p, jenis)
    assert [(a.pegawai_id, a.peran) for a in diisi.anggota] == [
        (kasubbag, PeranTim.KETUA), (ag.gita, PeranTim.ANGGOTA)]
    assert cek(s, diisi) == []  # his kategori (Pengawas) is right for this team
    assert isi_ketua_otomatis(diisi, s, p, jenis) == diisi
    biasa = tim(s, [(ag.gita, A)], unit=ag.umum)
    assert isi_ketua_otomatis(biasa, s, p, jenis_tim(p, "tim-kerja")) == biasa


def test_pasuruan_substansi_ketua_is_no_one_else_and_needs_a_level_iii_unit(ag):
    s, _, _ = _ps(ag)
    lain = cek(s, tim(s, [(ag.gita, K)], unit=ag.umum, jenis="tim-kerja-substansi"))
    f = dengan(lain, "KETUA_SUBSTANSI_BUKAN_PENGAWAS", G)
    assert f and "Gita tidak dapat menjadi ketuanya" in f[0].pesan
    bidang = cek(s, tim(s, [(ag.ani, K)], unit=ag.bidang, jenis="tim-kerja-substansi"))
    assert dengan(bidang, "TIM_SUBSTANSI_TANPA_PENGAWAS", G)


def test_pasuruan_level_iii_pengawas_cannot_lead_or_form_another_tim_kerja_d_1_b_13(ag):
    """Pasuruan D.1.b butir 13: the Level-III Pengawas "tidak dapat membentuk Tim Kerja"."""
    s, _, _ = _ps(ag)
    kasi = ag.holder(ag.kasi_pos)
    f = cek(s, tim(s, [(kasi, K), (ag.ani, A)], unit=ag.bidang))
    lead = dengan(f, "KETUA_PENGAWAS_SUBSTANSI", G)
    assert lead and lead[0].pegawai_id == kasi and lead[0].dasar.startswith(PS_D1_13)
    assert not dengan(f, "KETUA_KATEGORI")  # said once, by the specific rule
    dibentuk = cek(s, tim(s, [(ag.ani, K)], unit=ag.bidang,
                          pemilik_kinerja_position_id=ag.kasi_pos))
    assert dengan(dibentuk, "TIM_DIBENTUK_PENGAWAS_SUBSTANSI", G)
    oleh_kabid = cek(s, tim(s, [(ag.ani, K)], unit=ag.bidang,
                            pemilik_kinerja_position_id=ag.kabid_pos))
    assert not dengan(oleh_kabid, "TIM_DIBENTUK_PENGAWAS_SUBSTANSI")


def test_pasuruan_level_iii_follows_the_pola():
    """Pola 6–7 (RSUD Grati, Kecamatan): the Pengawas is the PPK, no substansi clause; pola 8
    (Kelurahan, UPTD Tipe A): the Kepala Subbagian Tata Usaha is (butir j)."""
    b = Builder()
    kec = b.unit("Kecamatan Uji", JenisUnit.KECAMATAN)
    b.pejabat("Camat", "Camat", Kategori.ADMINISTRATOR, kec)
    seksi_kec = b.unit("Seksi Pemerintahan", JenisUnit.SEKSI, kec)
    b.pejabat("Kasi Pem", "Kepala Seksi Pemerintahan", Kategori.PENGAWAS, seksi_kec)
    kel = b.unit("Kelurahan Uji", JenisUnit.KELURAHAN, kec)
    b.pejabat("Lurah", "Lurah", Kategori.PENGAWAS, kel)
    tu = b.unit("Subbagian Tata Usaha", JenisUnit.SUBBAGIAN, kel)
    tu_pos = b.pejabat("Kasubbag TU", "Kepala Subbagian Tata Usaha", Kategori.PENGAWAS, tu)
    rsud = b.unit("RSUD Grati", JenisUnit.RSUD)
    b.pejabat("Direktur", "Direktur", Kategori.ADMINISTRATOR, rsud)
    seksi_rs = b.unit("Seksi Pelayanan", JenisUnit.SEKSI, rsud)
    b.pejabat("Kasi Yan", "Kepala Seksi Pelayanan", Kategori.PENGAWAS, seksi_rs)
    b.jf("Jaya", Jenjang.AHLI_PERTAMA, tu)
    s = b.build("pasuruan")
    assert pengawas_level3(s, seksi_kec) is None and pengawas_level3(s, seksi_rs) is None
    assert pengawas_level3(s, kel) is None  # the Lurah is Level I of pola 8
    pos = pengawas_level3(s, tu)
    assert pos is not None and pos.id == tu_pos


@pytest.mark.parametrize("profil", [k for k in KODES if k != "pasuruan"])
def test_substansi_rules_are_pasuruan_only(ag, profil):
    s = ag.struktur(profil)
    assert jenis_tim(get_profile(profil), "tim-kerja-substansi") is None
    jenis = "kelompok-kerja" if profil == "pekalongan" else "tim-kerja"
    f = cek(s, tim(s, [(ag.holder(ag.kasi_pos), K)], unit=ag.bidang, jenis=jenis,
                   pemilik_kinerja_position_id=ag.kasi_pos))
    assert not {x.kode for x in f} & {"KETUA_PENGAWAS_SUBSTANSI",
                                       "TIM_DIBENTUK_PENGAWAS_SUBSTANSI"}
