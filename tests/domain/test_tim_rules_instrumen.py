"""Issue #9, the profile's instrument: which document fixes a team, its title as the Perbup
names it, who signs it and the Pasal (`instrumen_tim`, `dokumen_tim`, `instrumen_ketua`)."""

from __future__ import annotations

import pytest
from tim_uji import KODES, A, Agensi, K, cek, dengan, putuskan, tim

from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.profiles import JenisDokumen, Peran, get_profile
from sistemkerja_desktop.domain.tim import AsalAnggota, Persetujuan, lingkup_tim
from sistemkerja_desktop.domain.tim_rules import (
    dokumen_tim,
    instrumen_ketua,
    instrumen_tim,
    jenis_tim,
)

ST, SK, SEKDA = JenisNaskah.SURAT_TUGAS, JenisNaskah.SK_KEPALA_PD, JenisNaskah.SK_SEKDA


def _instrumen(profil: str, jenis: str, lingkup: AsalAnggota):
    p = get_profile(profil)
    return instrumen_tim(p, jenis_tim(p, jenis), lingkup)


@pytest.mark.parametrize(("lingkup", "naskah", "judul", "penanda", "pasal"), [
    (AsalAnggota.DALAM_UNIT, ST, "Surat Tugas", Peran.PUO_PEMILIK_KINERJA, "Pasal 10(3)"),
    (AsalAnggota.LINTAS_UNIT, SK, "Keputusan Kepala Perangkat Daerah", Peran.KEPALA_PD,
     "Pasal 10(2)"),
    (AsalAnggota.LINTAS_PD, SK, "Keputusan Kepala Perangkat Daerah", Peran.KEPALA_PD,
     "Pasal 10(2)"),
    (AsalAnggota.LINTAS_INSTANSI, SEKDA, "Keputusan Sekretaris Daerah", Peran.SEKDA,
     "Pasal 10(1)"),
])
def test_kapuas_hulu_instrument_by_scope_pasal_10(lingkup, naskah, judul, penanda, pasal):
    """KH Pasal 10(1)–(3): SK Sekda lintas instansi, SK Kepala PD antar unit, surat tugas by the
    PPK or Pimpinan Unit Organisasi within the unit."""
    i = _instrumen("kapuas-hulu", "tim-kerja", lingkup)
    assert (i.naskah, i.judul, i.penandatangan[0]) == (naskah, judul, penanda)
    assert i.dasar == f"Perbup Kapuas Hulu 36/2023, {pasal}"
    if lingkup is AsalAnggota.DALAM_UNIT:
        assert i.penandatangan == (Peran.PUO_PEMILIK_KINERJA, Peran.PPK_PEGAWAI)


@pytest.mark.parametrize("lingkup", list(AsalAnggota))
def test_barito_timur_sk_tim_kerja_lampiran_ii_a_7(lingkup):
    """BT Lampiran II huruf A angka 7: a team is given a Surat Keputusan Tim Kerja, set by the
    Kepala PD and/or the Pimpinan Unit Organisasi pemilik kinerja (Lampiran II C.1)(3) c)."""
    i = _instrumen("barito-timur", "tim-kerja", lingkup)
    assert (i.naskah, i.dokumen, i.judul) == (SK, JenisDokumen.SK_TIM_KERJA,
                                              "Surat Keputusan Tim Kerja")
    assert i.penandatangan == (Peran.KEPALA_PD, Peran.PUO_PEMILIK_KINERJA)
    assert i.dasar.startswith("Perbup Barito Timur 11/2024, Lampiran II A.7")


@pytest.mark.parametrize(("jenis", "pasal"), [("kelompok-kerja", "Pasal 12(3)"),
                                              ("squad", "Pasal 12(3)"),
                                              ("tim-kerja-tematik", "Pasal 12(5)")])
def test_pekalongan_keputusan_kepala_pd_pasal_12_3_and_5(jenis, pasal):
    """Pekalongan Pasal 12(3) (squad) and 12(5) (tematik): Keputusan Kepala Perangkat Daerah."""
    for lingkup in AsalAnggota:
        i = _instrumen("pekalongan", jenis, lingkup)
        assert (i.naskah, i.judul, i.penandatangan) == (
            SK, "Keputusan Kepala Perangkat Daerah", (Peran.KEPALA_PD,))
        assert i.dasar == f"Perbup Pekalongan 52/2024, {pasal}"


def test_pekalongan_squad_ketua_appointed_by_keputusan_kepala_unit_pasal_13_2():
    """Pekalongan Pasal 13(2): the Ketua Kelompok Kerja (squad) is appointed by Keputusan Kepala
    Unit Organisasi Pemilik Kinerja; the tematik team and other Perbup have no such act."""
    p = get_profile("pekalongan")
    i = instrumen_ketua(jenis_tim(p, "kelompok-kerja"))
    assert i is not None and i.naskah is JenisNaskah.SK_KEPALA_UNIT
    assert i.judul == "Keputusan Kepala Unit Organisasi Pemilik Kinerja"
    assert i.penandatangan == (Peran.PUO_PEMILIK_KINERJA,)
    assert i.dasar == "Perbup Pekalongan 52/2024, Pasal 13(2)"
    assert instrumen_ketua(jenis_tim(p, "tim-kerja-tematik")) is None
    for kode in ("kapuas-hulu", "barito-timur", "bungo", "pasuruan", "generic"):
        q = get_profile(kode)
        assert all(instrumen_ketua(j) is None for j in q.jenis_tim)


@pytest.mark.parametrize("lingkup", list(AsalAnggota))
def test_bungo_surat_tugas_pasal_9_4(lingkup):
    """Bungo Pasal 9(4): ketua and members "ditetapkan dengan [surat] tugas Kepala Perangkat
    Daerah/Unit Kerja"."""
    i = _instrumen("bungo", "tim-kerja", lingkup)
    assert (i.naskah, i.judul) == (ST, "Surat Tugas")
    assert i.penandatangan == (Peran.KEPALA_PD, Peran.PUO_PEMILIK_KINERJA)
    assert i.dasar == "Perbup Bungo 15/2024, Pasal 9(4)"


@pytest.mark.parametrize("jenis", ["tim-kerja", "tim-kerja-substansi"])
@pytest.mark.parametrize("lingkup", list(AsalAnggota))
def test_pasuruan_surat_penugasan_no_sk_tim_lampiran_ii_b_2(jenis, lingkup):
    """Pasuruan Pasal 10(4), Lampiran BAB II huruf B angka 2: surat penugasan by the PPK or the
    Pimpinan Unit Organisasi — there is no SK Tim. Printed in the Surat Tugas layout, titled
    "Surat Penugasan"."""
    i = _instrumen("pasuruan", jenis, lingkup)
    assert (i.naskah, i.dokumen, i.judul) == (ST, JenisDokumen.SURAT_PENUGASAN,
                                              "Surat Penugasan")
    assert i.penandatangan == (Peran.PUO_PEMILIK_KINERJA, Peran.PPK_PEGAWAI)
    assert i.dasar == ("Perbup Pasuruan 217/2023, Pasal 10(4); Lampiran BAB II B.2.a")
    assert "tidak ada SK Tim" in i.catatan


def test_generic_surat_tugas_within_the_unit_keputusan_across():
    assert _instrumen("generic", "tim-kerja", AsalAnggota.DALAM_UNIT).naskah is ST
    for lingkup in (AsalAnggota.LINTAS_UNIT, AsalAnggota.LINTAS_PD, AsalAnggota.LINTAS_INSTANSI):
        assert _instrumen("generic", "tim-kerja", lingkup).naskah is SK


@pytest.mark.parametrize("profil", KODES)
def test_dokumen_tim_is_the_instrument_kind_and_citation(profil):
    p = get_profile(profil)
    for j in p.jenis_tim:
        for lingkup in AsalAnggota:
            i = instrumen_tim(p, j, lingkup)
            assert dokumen_tim(p, j, lingkup) == (i.naskah, i.dasar)
            assert i.penandatangan and i.dasar.startswith(p.singkat if p.seed else "Ketentuan")


def test_kapuas_hulu_refused_outsider_does_not_make_an_sk_sekda():
    """KH Pasal 10(1) applies to a team that involves another instansi: a refused person from
    there is not involved."""
    ag = Agensi()
    s = ag.struktur("kapuas-hulu")
    t = tim(s, [(ag.ani, K), (ag.budi, A), (ag.tamu, A)], unit=ag.bidang)
    assert lingkup_tim(t) is AsalAnggota.LINTAS_INSTANSI
    ditolak = putuskan(t, ag.tamu, Persetujuan.DITOLAK, "tidak diizinkan instansi asal")
    p = get_profile("kapuas-hulu")
    assert dokumen_tim(p, jenis_tim(p, "tim-kerja"), lingkup_tim(ditolak))[0] is ST


def test_pekalongan_tematik_ketua_cites_pasal_12_4_squad_pasal_13_4():
    """Pekalongan Pasal 13(4) speaks of the Ketua Kelompok Kerja (squad); the tematik team is
    lintas unit by Pasal 12(4) huruf a, its ketua preferred from the owner unit (Lampiran V d)."""
    ag = Agensi()
    s = ag.struktur("pekalongan")
    members = [(ag.eka, K), (ag.ani, A)]  # Eka (Sekretariat) leads a Bidang team
    tematik = dengan(cek(s, tim(s, members, unit=ag.bidang, jenis="tim-kerja-tematik")),
                     "KETUA_BUKAN_DARI_PEMILIK_KINERJA")
    assert tematik[0].dasar == "Perbup Pekalongan 52/2024, Pasal 12(4) huruf a; Lampiran V d"
    squad = dengan(cek(s, tim(s, members, unit=ag.bidang, jenis="kelompok-kerja")),
                   "KETUA_BUKAN_DARI_PEMILIK_KINERJA")
    assert squad[0].dasar == "Perbup Pekalongan 52/2024, Pasal 13(4)"
