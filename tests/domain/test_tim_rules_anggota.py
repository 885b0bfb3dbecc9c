"""Issue #9, all profiles: only approved people are assigned, a refused member is never a
member, and members need a kedudukan on the team's start date (contract 1 of the issue)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from tim_uji import JENIS, KODES, A, Agensi, K, cek, dengan, putuskan, tim

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.organisasi import Kedudukan
from sistemkerja_desktop.domain.tim import (
    AsalAnggota,
    Persetujuan,
    StatusTim,
    anggota_naskah,
    lingkup_tim,
    sidik_roster,
)

G, W = Tingkat.GALAT, Tingkat.PERINGATAN

# Where each Perbup says an outside member is assigned after approval, a refusal with reason.
PERSETUJUAN_DASAR = {
    "kapuas-hulu": "Perbup Kapuas Hulu 36/2023, Lampiran I B.2.a.2.c–d",
    "barito-timur": "Perbup Barito Timur 11/2024, Lampiran II C.1.3.c–d",
    "pekalongan": "Perbup Pekalongan 52/2024, Pasal 15(3)–(4); Lampiran IV 4.1.b.2",
    "bungo": "Perbup Bungo 15/2024, Pasal 6(3) huruf c–d",
    "pasuruan": "Perbup Pasuruan 217/2023, Lampiran BAB II B.2.a.2.c–d",
    "generic": "Ketentuan bersama Perbup Sistem Kerja (PermenPANRB 7/2022), KH Lampiran I",
}
# "Penugasan dilakukan setelah penetapan kedudukan" and its equivalents.
KEDUDUKAN_DASAR = {
    "kapuas-hulu": "Perbup Kapuas Hulu 36/2023, Lampiran I B.2",
    "barito-timur": "Perbup Barito Timur 11/2024, Lampiran II A.2",
    "pekalongan": "Perbup Pekalongan 52/2024, Lampiran IV",
    "bungo": "Perbup Bungo 15/2024, Pasal 4(2)–(3)",
    "pasuruan": "Perbup Pasuruan 217/2023, Lampiran BAB II B.2.a",
    "generic": "KH Lampiran I huruf B angka 2; BT Lampiran II huruf A angka 2; Pekalongan "
               "Lampiran IV",
}


@pytest.fixture(scope="module")
def ag() -> Agensi:
    return Agensi()


def _lintas(ag: Agensi, profil: str, **kw):
    """Ani (ketua) and Budi from the Bidang, Eka from the Sekretariat (lintas unit)."""
    s = ag.struktur(profil)
    return s, tim(s, [(ag.ani, K), (ag.budi, A), (ag.eka, A)], unit=ag.bidang,
                  jenis=JENIS.get(profil, "tim-kerja"), **kw)


@pytest.mark.parametrize("profil", KODES)
def test_pending_outsider_warns_on_a_draft_and_blocks_the_final_instrument(ag, profil):
    """KH Lamp I B.2.a.2 c–d; BT Lamp II C.1)(3) c–d; Bungo Ps.6(3) c–d; PS Lamp II.B.2.a 2
    c–d; PK Lamp IV 4.1 b.2: assigned only once the request is approved."""
    s, t = _lintas(ag, profil)
    assert t.anggota[2].persetujuan is Persetujuan.MENUNGGU
    draf = dengan(cek(s, t), "ANGGOTA_MENUNGGU_PERSETUJUAN")
    assert [f.tingkat for f in draf] == [W] and draf[0].pegawai_id == ag.eka
    assert draf[0].pesan.startswith("Eka masih menunggu persetujuan")
    assert draf[0].dasar.startswith(PERSETUJUAN_DASAR[profil])
    final = dengan(cek(s, t, final=True), "ANGGOTA_MENUNGGU_PERSETUJUAN")
    assert [f.tingkat for f in final] == [G] and "final" in final[0].pesan
    disetujui = putuskan(t, ag.eka, Persetujuan.DISETUJUI)
    assert not dengan(cek(s, disetujui, final=True), "ANGGOTA_MENUNGGU_PERSETUJUAN")


@pytest.mark.parametrize("profil", KODES)
def test_refused_member_is_reported_never_counted(ag, profil):
    """A refusal comes with its reason (KH Lamp I B.2.a.2 d; Bungo Ps.6(3) d; …); the refused
    person is no member: neither printed nor judged by the other rules."""
    s, t = _lintas(ag, profil)
    t = putuskan(t, ag.eka, Persetujuan.DITOLAK, "beban kerja Sekretariat penuh")
    f = cek(s, t, final=True)
    ditolak = dengan(f, "ANGGOTA_DITOLAK", W)
    assert len(ditolak) == 1 and ditolak[0].pesan == (
        "Eka ditolak: beban kerja Sekretariat penuh; tidak dicantumkan dalam naskah")
    assert ditolak[0].dasar.startswith(PERSETUJUAN_DASAR[profil])
    assert not dengan(f, "ANGGOTA_MENUNGGU_PERSETUJUAN")
    assert [a.pegawai_id for a in anggota_naskah(t)] == [ag.ani, ag.budi]
    assert lingkup_tim(t) is AsalAnggota.DALAM_UNIT  # the refused outsider does not widen it


def test_refused_ketua_leaves_the_team_without_ketua(ag):
    """Bungo Pasal 9(1), 9(3): a refused outside ketua is no ketua, and no longer judged as the
    ketua of a cross-unit team."""
    s = ag.struktur("bungo")
    t = tim(s, [(ag.eka, K), (ag.fani, A)], unit=ag.p2p)
    before = {f.kode for f in cek(s, t)}
    assert "KETUA_BUKAN_DARI_PEMILIK_KINERJA" in before and "KETUA_BELUM_ADA" not in before
    after = {f.kode for f in cek(s, putuskan(t, ag.eka, Persetujuan.DITOLAK, "tidak disetujui"))}
    assert "KETUA_BELUM_ADA" in after and "KETUA_BUKAN_DARI_PEMILIK_KINERJA" not in after


def test_pekalongan_tematik_with_only_refused_outsiders_is_not_cross_unit(ag):
    """Pekalongan Pasal 12(4) huruf a: a refused outsider does not make the team lintas unit."""
    s = ag.struktur("pekalongan")
    t = tim(s, [(ag.ani, K), (ag.eka, A)], unit=ag.bidang, jenis="tim-kerja-tematik",
            status=StatusTim.AKTIF)
    assert not dengan(cek(s, t), "TIM_HARUS_LINTAS_UNIT")
    ditolak = putuskan(t, ag.eka, Persetujuan.DITOLAK, "ditolak PPK")
    assert dengan(cek(s, ditolak), "TIM_HARUS_LINTAS_UNIT", G)


def test_anggota_naskah_keeps_pending_drops_refused_and_the_fingerprint_follows(ag):
    s, t = _lintas(ag, "generic")
    nip = {p.id: p.nip for p in s.pegawai}
    assert [a.pegawai_id for a in anggota_naskah(t)] == [ag.ani, ag.budi, ag.eka]
    ditolak = putuskan(t, ag.eka, Persetujuan.DITOLAK, "x")
    assert [a.pegawai_id for a in anggota_naskah(ditolak)] == [ag.ani, ag.budi]
    assert sidik_roster(ditolak, nip) != sidik_roster(t, nip)
    # the approval decision itself is not in the document: same fingerprint
    assert sidik_roster(putuskan(t, ag.eka, Persetujuan.DISETUJUI), nip) == sidik_roster(t, nip)


@pytest.mark.parametrize("profil", KODES)
def test_member_without_kedudukan_on_the_start_date(ag, profil):
    """KH Lamp I B angka 2 / BT Lamp II A(2) "setelah penetapan kedudukan"; PK Lamp IV; PS Lamp
    BAB II B.2.a; Bungo Pasal 4(2)–(3): no PPK on the start date → peringatan on a draft, galat
    for the final instrument and for an active team."""
    s = ag.struktur(profil)
    t = tim(s, [(ag.ani, K), (ag.tanpa_kedudukan, A), (ag.tamu, A), (ag.holder(ag.kasi_pos), A)],
            unit=ag.bidang, jenis=JENIS.get(profil, "tim-kerja"))
    draf = dengan(cek(s, t), "ANGGOTA_TANPA_KEDUDUKAN")
    # the external member and the structural official need no kedudukan as JF/Pelaksana
    assert [(f.pegawai_id, f.tingkat) for f in draf] == [(ag.tanpa_kedudukan, W)]
    assert "Hadi belum memiliki kedudukan" in draf[0].pesan and "1 Januari 2026" in draf[0].pesan
    assert "sebagai anggota" in draf[0].pesan
    assert KEDUDUKAN_DASAR[profil] in draf[0].dasar
    assert dengan(cek(s, t, final=True), "ANGGOTA_TANPA_KEDUDUKAN", G)
    aktif = dataclasses.replace(t, status=StatusTim.AKTIF)
    assert dengan(cek(s, aktif), "ANGGOTA_TANPA_KEDUDUKAN", G)


def test_kedudukan_is_judged_on_the_team_start_not_today(ag):
    """A kedudukan that ended before the team starts, or begins after, does not count."""
    s = ag.struktur("kapuas-hulu")
    ked = [k for k in s.kedudukan if k.pegawai_id == ag.budi]
    lama = dataclasses.replace(ked[0], tmt_selesai=dt.date(2025, 12, 31))
    s2 = dataclasses.replace(s, kedudukan=tuple(lama if k is ked[0] else k for k in s.kedudukan))
    t = tim(s2, [(ag.budi, K)], unit=ag.bidang)
    f = dengan(cek(s2, t, final=True), "ANGGOTA_TANPA_KEDUDUKAN", G)
    assert [x.pegawai_id for x in f] == [ag.budi] and "sebagai ketua" in f[0].pesan
    baru = Kedudukan(999, ag.budi, ag.kabid_pos, dt.date(2026, 1, 1))
    s3 = dataclasses.replace(s2, kedudukan=(*s2.kedudukan, baru))
    assert not dengan(cek(s3, t, final=True), "ANGGOTA_TANPA_KEDUDUKAN")


def test_refused_member_without_kedudukan_is_not_judged(ag):
    s = ag.struktur("barito-timur")
    t = tim(s, [(ag.fani, K), (ag.tanpa_kedudukan, A)], unit=ag.p2p)
    assert dengan(cek(s, t), "ANGGOTA_TANPA_KEDUDUKAN")
    ditolak = putuskan(t, ag.tanpa_kedudukan, Persetujuan.DITOLAK, "belum berkedudukan")
    assert not dengan(cek(s, ditolak, final=True), "ANGGOTA_TANPA_KEDUDUKAN")
