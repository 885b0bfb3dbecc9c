"""`periksa`: the kedudukan check of a whole agency against a regulation profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from struktur_uji import TANGGAL, Builder, Dinas

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Struktur
from sistemkerja_desktop.domain.pangkat import Golongan
from sistemkerja_desktop.domain.periksa import periksa, tanggal_indonesia
from sistemkerja_desktop.domain.profiles import PROFILES, get_profile

KODES = list(PROFILES)
MUDA, MADYA, PERTAMA = Jenjang.AHLI_MUDA, Jenjang.AHLI_MADYA, Jenjang.AHLI_PERTAMA


def run(s: Struktur, kode: str = "generic", tanggal: dt.date = TANGGAL) -> list[Finding]:
    return periksa(s, get_profile(kode), tanggal)


def codes(findings: list[Finding]) -> list[str]:
    return [f.kode for f in findings]


def only(findings: list[Finding], kode: str) -> Finding:
    hits = [f for f in findings if f.kode == kode]
    assert len(hits) == 1, findings
    return hits[0]


def clean(dinas: Dinas) -> Builder:
    """A correct agency in every profile: Madya under Kadis, the rest under Kabid."""
    b = dinas.b
    b.ppk(b.jf("Mada", MADYA, dinas.dinas), dinas.kadis)
    b.ppk(b.jf("Muda", MUDA, dinas.bidang), dinas.kabid)
    b.ppk(b.jf("Prima", PERTAMA, dinas.bidang), dinas.kabid)
    b.ppk(b.pelaksana("Pela", dinas.bidang), dinas.kabid)
    return b


@pytest.mark.parametrize("kode", KODES)
def test_correct_agency_has_no_findings_in_any_profile(dinas: Dinas, kode: str) -> None:
    assert run(clean(dinas).build(), kode) == []


# ---- exactly one PPK -----------------------------------------------------------------------

def test_jf_without_ppk_is_galat_naming_pegawai_nip_and_unit(dinas: Dinas) -> None:
    b = dinas.b
    pid = b.jf("Siti Nurhaliza", MUDA, dinas.seksi)
    s = b.build()
    f = only(run(s, "kapuas-hulu"), "PPK_TIDAK_ADA")
    p = s.pegawai_by_id[pid]
    assert f.tingkat is Tingkat.GALAT
    assert (f.pegawai_id, f.nip, f.unit_id) == (pid, p.nip, dinas.seksi)
    assert p.nama_lengkap in f.pesan and p.nip_tampil in f.pesan
    assert "pada Bidang Pelayanan / Seksi Rujukan belum" in f.pesan  # top Pimpinan unit left out
    assert "1 Juni 2024" in f.pesan
    assert f.dasar == "Perbup Kapuas Hulu 36/2023, Pasal 6; Lampiran I B.1"


def test_kedudukan_outside_the_date_does_not_count(dinas: Dinas) -> None:
    b = dinas.b
    b.ppk(b.jf("Lama", MUDA, dinas.bidang), dinas.kabid, selesai=dt.date(2024, 5, 31))
    b.ppk(b.jf("Baru", MUDA, dinas.bidang), dinas.kabid, mulai=dt.date(2024, 6, 2))
    assert codes(run(b.build())) == ["PPK_TIDAK_ADA", "PPK_TIDAK_ADA"]
    b2 = Builder()
    d2 = Dinas(b2)
    b2.ppk(b2.jf("Pas", MUDA, d2.bidang), d2.kabid, mulai=TANGGAL, selesai=TANGGAL)
    assert run(b2.build()) == []


def test_inactive_external_and_structural_need_no_ppk(dinas: Dinas) -> None:
    b = dinas.b
    b.jf("Pensiun", MUDA, dinas.bidang, aktif=False)
    b.jf("Tamu", MUDA, None, eksternal=True)
    b.orang("Staf Ahli", Jabatan("Staf Ahli", Kategori.JPT_PRATAMA), dinas.dinas, golongan="IV/c")
    assert run(b.build()) == []


def test_two_ppk_on_the_same_day_is_galat(dinas: Dinas) -> None:
    b = dinas.b
    pid = b.jf("Ganda", PERTAMA, dinas.bidang)
    b.ppk(pid, dinas.kabid)
    b.ppk(pid, dinas.kasi)
    f = only(run(b.build(), "bungo"), "PPK_GANDA")
    assert f.tingkat is Tingkat.GALAT and f.pegawai_id == pid
    assert "Kepala Bidang" in f.pesan and "Kepala Seksi" in f.pesan
    assert f.dasar.startswith("Perbup Bungo 15/2024, Pasal 4")


def test_successive_ppk_are_not_double(dinas: Dinas) -> None:
    b = dinas.b
    pid = b.jf("Pindah", PERTAMA, dinas.bidang)
    b.ppk(pid, dinas.kasi, selesai=dt.date(2024, 3, 31))
    b.ppk(pid, dinas.kabid, mulai=dt.date(2024, 4, 1))
    assert run(b.build()) == []


# ---- PPK position --------------------------------------------------------------------------

def test_ppk_below_pengawas_without_delegation_is_galat(dinas: Dinas) -> None:
    b = dinas.b
    senior = b.jf("Senior", MADYA, dinas.bidang)
    koord = b.posisi("Koordinator Substansi", Kategori.FUNGSIONAL, dinas.bidang, pemangku=senior,
                     pimpinan=False)
    b.ppk(senior, dinas.kadis)
    pid = b.jf("Junior", PERTAMA, dinas.bidang)
    b.ppk(pid, koord)
    f = only(run(b.build(), "pasuruan"), "PPK_BUKAN_PEJABAT_PENILAI")
    assert f.tingkat is Tingkat.GALAT and f.pegawai_id == pid
    assert "Koordinator Substansi" in f.pesan
    assert f.dasar.startswith("Perbup Pasuruan 217/2023, Pasal 1 angka 23")


def test_ppk_below_pengawas_allowed_with_delegation_or_as_mandiri_leader(b: Builder) -> None:
    d = Dinas(b)
    sekolah = b.unit("SD Negeri 1", JenisUnit.SATUAN_PENDIDIKAN, d.dinas, mandiri=True)
    kepsek = b.jf("Kepsek", MADYA, sekolah, jf="Guru")
    b.ppk(kepsek, d.kadis)
    kepala = b.posisi("Kepala Sekolah", Kategori.FUNGSIONAL, sekolah, pemangku=kepsek)
    b.ppk(b.jf("Guru A", PERTAMA, sekolah, jf="Guru"), kepala)
    b.ppk(b.pelaksana("Penjaga", sekolah), kepala)
    ketua = b.jf("Ketua", MUDA, d.bidang)
    b.ppk(ketua, d.kabid)
    pos = b.posisi("Ketua Kelompok", Kategori.FUNGSIONAL, d.bidang, pemangku=ketua, pimpinan=False)
    b.ppk(b.pelaksana("Anggota", d.bidang), pos, delegasi=True)
    assert run(b.build(), "kapuas-hulu") == []
    # the same JF leader of a unit that is *not* mandiri is not a Pejabat Penilai Kinerja
    s = b.build()
    s = dataclasses.replace(s, units=tuple(dataclasses.replace(u, mandiri=False)
                                           for u in s.units))
    assert codes(run(s, "kapuas-hulu")) == ["PPK_BUKAN_PEJABAT_PENILAI"] * 2


def test_vacant_ppk_position_is_galat(dinas: Dinas) -> None:
    b = dinas.b
    kosong = b.posisi("Kepala Bidang Kosong", Kategori.ADMINISTRATOR, dinas.bidang)
    b.ppk(b.jf("Yatim", PERTAMA, dinas.bidang), kosong)
    f = only(run(b.build(), "barito-timur"), "PPK_KOSONG")
    assert f.tingkat is Tingkat.GALAT and "kosong" in f.pesan
    assert "Kepala Bidang Kosong" in f.pesan


def test_ppk_held_by_inactive_or_unknown_pegawai_is_vacant(dinas: Dinas) -> None:
    b = dinas.b
    pensiun = b.orang("Pensiun", Jabatan("Kepala Bidang", Kategori.ADMINISTRATOR), dinas.bidang,
                      aktif=False)
    p1 = b.posisi("Kabid Lama", Kategori.ADMINISTRATOR, dinas.bidang, pemangku=pensiun)
    p2 = b.posisi("Kabid Hantu", Kategori.ADMINISTRATOR, dinas.bidang, pemangku=99999)
    b.ppk(b.jf("A", PERTAMA, dinas.bidang), p1)
    b.ppk(b.jf("B", PERTAMA, dinas.bidang), p2)
    found = run(b.build())
    assert codes(found) == ["PPK_KOSONG", "PPK_KOSONG"]
    assert "tidak aktif" in found[0].pesan and "#99999" in found[1].pesan


def test_ppk_held_by_the_pegawai_themself_is_galat(b: Builder) -> None:
    d = Dinas(b)
    lab = b.unit("Laboratorium", JenisUnit.UPTD, d.dinas, mandiri=True)
    kepala = b.jf("Kalab", MUDA, lab)
    pos = b.posisi("Kepala Laboratorium", Kategori.FUNGSIONAL, lab, pemangku=kepala)
    b.ppk(kepala, pos)
    f = only(run(b.build()), "PPK_DIRI_SENDIRI")
    assert f.pegawai_id == kepala and "dirinya sendiri" in f.pesan


def test_unknown_position_and_unknown_pegawai_in_kedudukan(dinas: Dinas) -> None:
    b = dinas.b
    pid = b.jf("Salah", PERTAMA, dinas.bidang)
    b.ppk(pid, 424242)
    b.ppk(777777, dinas.kabid)
    found = run(b.build())
    assert sorted(codes(found)) == ["KEDUDUKAN_PEGAWAI_TIDAK_DIKENAL",
                                    "KEDUDUKAN_POSISI_TIDAK_DIKENAL"]
    assert all(f.tingkat is Tingkat.GALAT for f in found)
    assert only(found, "KEDUDUKAN_POSISI_TIDAK_DIKENAL").pegawai_id == pid
    assert "#777777" in only(found, "KEDUDUKAN_PEGAWAI_TIDAK_DIKENAL").pesan


# ---- cycles --------------------------------------------------------------------------------

def test_two_person_cycle_is_reported_for_both(dinas: Dinas) -> None:
    b = dinas.b
    # Kabid assessed by the Kasi, Kasi assessed by the Kabid.
    kabid_id = next(p.pemangku_id for p in b.positions if p.id == dinas.kabid)
    kasi_id = next(p.pemangku_id for p in b.positions if p.id == dinas.kasi)
    b.ppk(kabid_id, dinas.kasi)
    b.ppk(kasi_id, dinas.kabid)
    found = run(b.build())
    assert codes(found) == ["PPK_SIKLUS", "PPK_SIKLUS"]
    assert {f.pegawai_id for f in found} == {kabid_id, kasi_id}
    assert "Kabid → Kasi → Kabid" in " ".join(f.pesan for f in found)


def test_longer_cycle_and_a_chain_without_cycle(b: Builder) -> None:
    u = b.unit("Unit", JenisUnit.BIDANG)
    ids, posisi = [], []
    for i in range(4):
        pid = b.orang(f"P{i}", Jabatan(f"Kepala {i}", Kategori.ADMINISTRATOR), u, golongan="IV/a")
        ids.append(pid)
        posisi.append(b.posisi(f"Jabatan {i}", Kategori.ADMINISTRATOR, u, pemangku=pid))
    b.ppk(ids[0], posisi[1])
    b.ppk(ids[1], posisi[2])
    b.ppk(ids[2], posisi[3])
    assert run(b.build()) == []  # a chain is fine
    b.ppk(ids[3], posisi[1])  # P1 → P2 → P3 → P1; P0 hangs off the cycle
    found = run(b.build())
    assert codes(found) == ["PPK_SIKLUS"] * 3
    assert {f.pegawai_id for f in found} == set(ids[1:])
    assert any("P1 → P2 → P3 → P1" in f.pesan for f in found)


# ---- jenjang placement per profile ---------------------------------------------------------

def _madya_under_kabid(dinas: Dinas, **kw) -> Struktur:
    b = dinas.b
    b.ppk(b.jf("Mada", MADYA, dinas.bidang), dinas.kabid, **kw)
    return b.build()


@pytest.mark.parametrize(("kode", "tingkat", "regulasi"), [
    ("barito-timur", Tingkat.PERINGATAN, "Perbup Barito Timur 11/2024, Lampiran I 1.2"),
    ("pekalongan", Tingkat.PERINGATAN, "Perbup Pekalongan 52/2024, Lampiran III 3.1.a"),
    ("bungo", Tingkat.PERINGATAN, "Perbup Bungo 15/2024, Pasal 16(2) huruf a"),
    ("pasuruan", Tingkat.GALAT, "Perbup Pasuruan 217/2023, Lampiran BAB II D.2.b.e"),
    ("generic", Tingkat.PERINGATAN, "Ketentuan bersama Perbup Sistem Kerja"),
])
def test_ahli_madya_under_administrator(dinas: Dinas, kode: str, tingkat: Tingkat,
                                        regulasi: str) -> None:
    f = only(run(_madya_under_kabid(dinas), kode), "JF_MADYA_UTAMA_BUKAN_JPT")
    assert f.tingkat is tingkat
    assert f.dasar.startswith(regulasi)
    assert "Kepala Bidang (Administrator)" in f.pesan and "Analis Ahli Madya" in f.pesan
    rule = next(r for r in get_profile(kode).aturan_kedudukan if r.kode == f.kode)
    assert str(rule.dasar) == f.dasar
    assert rule.dasar.seed == get_profile(kode).seed


def test_ahli_madya_under_administrator_is_fine_in_kapuas_hulu(dinas: Dinas) -> None:
    assert run(_madya_under_kabid(dinas), "kapuas-hulu") == []


def test_delegation_exempts_madya_placement(dinas: Dinas) -> None:
    """BT Pasal 6 ayat (3) and the others accept an official the JPT delegated to; Pasuruan
    delegates only the *pengelolaan kinerja* (Lampiran BAB II D.2.b e): still a galat there."""
    s = _madya_under_kabid(dinas, delegasi=True)
    for kode in ("barito-timur", "pekalongan", "bungo", "generic"):
        assert run(s, kode) == [], kode
    f = only(run(s, "pasuruan"), "JF_MADYA_UTAMA_BUKAN_JPT")
    assert f.tingkat is Tingkat.GALAT and "D.2.b.e" in f.dasar


def test_pekalongan_madya_under_head_of_puskesmas_is_fine(b: Builder) -> None:
    d = Dinas(b)
    pkm = b.unit("UPTD Puskesmas Kajen", JenisUnit.PUSKESMAS, d.dinas)
    kapus = b.pejabat("Kapus", "Kepala Puskesmas", Kategori.PENGAWAS, pkm)
    b.ppk(b.jf("dr. Mada", MADYA, pkm, jf="Dokter"), kapus)
    b.ppk(b.jf("dr. Muda", MUDA, pkm, jf="Dokter"), kapus)
    assert run(b.build(), "pekalongan") == []
    assert codes(run(b.build(), "pasuruan")) == ["JF_MADYA_UTAMA_BUKAN_JPT", "JF_DI_BAWAH_PENGAWAS"]


@pytest.mark.parametrize(("kode", "expected"), [
    ("pasuruan", [("PPK_PENGAWAS_BAWAHAN", Tingkat.GALAT)]),
    ("pekalongan", [("PPK_PENGAWAS_BAWAHAN", Tingkat.GALAT)]),
    ("barito-timur", [("JF_DI_BAWAH_PENGAWAS", Tingkat.PERINGATAN)]),
    ("generic", [("PPK_PENGAWAS_BAWAHAN", Tingkat.PERINGATAN)]),
    ("bungo", []),
    ("kapuas-hulu", []),
])
def test_ahli_muda_under_kepala_seksi(dinas: Dinas, kode: str, expected: list) -> None:
    b = dinas.b
    b.ppk(b.jf("Muda", MUDA, dinas.seksi), dinas.kasi)
    assert [(f.kode, f.tingkat) for f in run(b.build(), kode)] == expected


@pytest.mark.parametrize(("kode", "jf_expected", "pelaksana_expected"), [
    ("pasuruan", ["PPK_PENGAWAS_BAWAHAN"], ["PPK_PENGAWAS_BAWAHAN"]),
    ("pekalongan", ["PPK_PENGAWAS_BAWAHAN"], []),  # Kasubbag/Kasi assesses Pelaksana only
    ("barito-timur", [], []),  # Lampiran I angka 2-bis: Ahli Pertama under Pengawas
    ("bungo", [], []),
])
def test_lower_pengawas_as_ppk_of_ahli_pertama_and_pelaksana(
        dinas: Dinas, kode: str, jf_expected: list[str], pelaksana_expected: list[str]) -> None:
    b = dinas.b
    b.ppk(b.jf("Prima", PERTAMA, dinas.seksi), dinas.kasi)
    assert codes(run(b.build(), kode)) == jf_expected
    b2 = Builder()
    d2 = Dinas(b2)
    b2.ppk(b2.pelaksana("Pela", d2.seksi), d2.kasi)
    assert codes(run(b2.build(), kode)) == pelaksana_expected


def test_pasuruan_kecamatan_pengawas_is_ppk_except_for_ahli_muda(b: Builder) -> None:
    kec = b.unit("Kecamatan Bangil", JenisUnit.KECAMATAN)
    b.pejabat("Camat", "Camat", Kategori.ADMINISTRATOR, kec)
    seksi = b.unit("Seksi Pemerintahan", JenisUnit.SEKSI, kec)
    kasi = b.pejabat("Kasi", "Kepala Seksi Pemerintahan", Kategori.PENGAWAS, seksi)
    b.ppk(b.jf("Prima", PERTAMA, seksi), kasi)
    b.ppk(b.pelaksana("Pela", seksi), kasi)
    assert run(b.build(), "pasuruan") == []
    muda = b.jf("Muda", MUDA, seksi)
    b.ppk(muda, kasi)
    f = only(run(b.build(), "pasuruan"), "JF_DI_BAWAH_PENGAWAS")
    assert f.tingkat is Tingkat.GALAT and f.pegawai_id == muda
    assert "D.7.b.d–e" in f.dasar
    # a delegation does not let a Pengawas assess Ahli Muda in Pasuruan
    b.kedudukan[-1] = dataclasses.replace(b.kedudukan[-1], delegasi=True)
    assert codes(run(b.build(), "pasuruan")) == ["JF_DI_BAWAH_PENGAWAS"]


def test_pasuruan_kelurahan_ahli_muda_goes_to_camat(b: Builder) -> None:
    kel = b.unit("Kelurahan Kidul", JenisUnit.KELURAHAN)
    lurah = b.pejabat("Lurah", "Lurah", Kategori.PENGAWAS, kel)
    b.ppk(b.jf("Prima", PERTAMA, kel), lurah)
    b.ppk(b.jf("Muda", MUDA, kel), lurah)
    found = run(b.build(), "pasuruan")
    assert [(f.kode, f.tingkat) for f in found] == [("JF_DI_BAWAH_PENGAWAS", Tingkat.GALAT)]


@pytest.mark.parametrize(("kode", "expected"), [
    ("pasuruan", {"Dokter Ahli Muda": Tingkat.GALAT, "Dokter Ahli Madya": Tingkat.GALAT}),
    ("generic", {"Dokter Ahli Muda": Tingkat.PERINGATAN, "Dokter Ahli Madya": Tingkat.PERINGATAN}),
    ("pekalongan", {}),  # Pasal 8: a JF leader may lead higher, equal or lower jenjang
    ("kapuas-hulu", {}),
])
def test_jf_same_or_higher_jenjang_than_jf_kepala_puskesmas(b: Builder, kode: str,
                                                            expected: dict) -> None:
    d = Dinas(b)
    pkm = b.unit("Puskesmas Gempol", JenisUnit.PUSKESMAS, d.dinas, mandiri=True)
    kapus = b.jf("Kapus", MUDA, pkm, jf="Dokter")
    b.ppk(kapus, d.kadis)
    kepala = b.posisi("Kepala Puskesmas", Kategori.FUNGSIONAL, pkm, pemangku=kapus)
    for jenjang in (PERTAMA, MUDA, MADYA):
        b.ppk(b.jf(f"dr. {jenjang}", jenjang, pkm, jf="Dokter"), kepala)
    b.ppk(b.jf("Ners Penyelia", Jenjang.PENYELIA, pkm, jf="Perawat"), kepala)  # keterampilan
    found = [f for f in run(b.build(), kode) if f.kode == "JF_SETARA_PIMPINAN_JF"]
    got = {next(p.jabatan.nama for p in b.pegawai if p.id == f.pegawai_id): f.tingkat
           for f in found}
    assert got == expected
    if found:
        assert "Kapus" in found[0].pesan and "Ahli Muda" in found[0].pesan


# ---- data checks ---------------------------------------------------------------------------

def test_duplicate_nip_is_galat_for_each_holder(dinas: Dinas) -> None:
    b = dinas.b
    nip = "198001012005011001"
    a = b.jf("Kembar A", PERTAMA, dinas.bidang, nip=nip)
    c = b.pelaksana("Kembar B", dinas.seksi, nip="19800101 200501 1 001", aktif=False)
    b.ppk(a, dinas.kabid)
    found = run(b.build())
    assert codes(found) == ["NIP_GANDA", "NIP_GANDA"]
    assert {f.pegawai_id for f in found} == {a, c}
    assert all(f.tingkat is Tingkat.GALAT and "19800101 200501 1 001" in f.pesan for f in found)


def test_pegawai_without_jabatan_or_unit(dinas: Dinas) -> None:
    b = dinas.b
    tanpa_jab = b.orang("Tanpa Jabatan", None, dinas.bidang)
    tanpa_unit = b.pelaksana("Tanpa Unit", None)
    salah_unit = b.pelaksana("Unit Salah", 5555)
    b.ppk(tanpa_unit, dinas.kabid)
    b.ppk(salah_unit, dinas.kabid)
    found = run(b.build())
    assert sorted((f.kode, f.pegawai_id) for f in found) == sorted([
        ("PEGAWAI_TANPA_JABATAN", tanpa_jab), ("PEGAWAI_TANPA_UNIT", tanpa_unit),
        ("PEGAWAI_TANPA_UNIT", salah_unit)])
    assert all(f.tingkat is Tingkat.GALAT for f in found)
    assert "#5555" in only([f for f in found if f.pegawai_id == salah_unit],
                           "PEGAWAI_TANPA_UNIT").pesan


def test_golongan_outside_jenjang_range_is_a_warning(dinas: Dinas) -> None:
    b = dinas.b
    rendah = b.jf("Rendah", MUDA, dinas.bidang, golongan="III/a")
    b.ppk(rendah, dinas.kabid)
    b.ppk(b.jf("Pas", MUDA, dinas.bidang, golongan="III/d"), dinas.kabid)
    b.ppk(b.jf("Tanpa", MUDA, dinas.bidang, golongan=None), dinas.kabid)
    found = run(b.build())
    f = only(found, "GOLONGAN_TIDAK_SESUAI_JENJANG")
    assert len(found) == 1 and f.pegawai_id == rendah
    assert f.tingkat is Tingkat.PERINGATAN
    assert "III/c–III/d" in f.pesan and "Penata Muda (III/a)" in f.pesan
    assert f.dasar == "Keppres 87/1999, Pasal 5"


def test_pppk_golongan_is_not_checked(dinas: Dinas) -> None:
    b = dinas.b
    pid = b.jf("PPPK", MUDA, dinas.bidang, golongan=None)
    b.pegawai[-1] = dataclasses.replace(b.pegawai[-1], golongan=Golongan(True, 8))
    b.ppk(pid, dinas.kabid)
    assert run(b.build()) == []


# ---- ordering, determinism, scale ----------------------------------------------------------

def test_findings_galat_first_then_unit_path_then_nama(b: Builder) -> None:
    d = Dinas(b)
    b.jf("Zaki", PERTAMA, d.seksi)  # PPK_TIDAK_ADA in .../Seksi Rujukan
    b.jf("Ani", PERTAMA, d.bidang)  # PPK_TIDAK_ADA in .../Bidang Pelayanan
    b.jf("Budi", PERTAMA, d.bidang)
    b.ppk(b.jf("Mada", MADYA, d.seksi), d.kabid)  # peringatan in generic
    found = run(b.build())
    assert [(f.kode, f.tingkat) for f in found][-1] == ("JF_MADYA_UTAMA_BUKAN_JPT",
                                                        Tingkat.PERINGATAN)
    names = [next(p.nama for p in b.pegawai if p.id == f.pegawai_id) for f in found[:-1]]
    assert names == ["Ani", "Budi", "Zaki"]


def test_result_independent_of_input_order(b: Builder) -> None:
    d = Dinas(b)
    for i in range(30):
        pid = b.jf(f"JF {i:02d}", (PERTAMA, MUDA, MADYA)[i % 3], (d.bidang, d.seksi)[i % 2])
        if i % 4:
            b.ppk(pid, (d.kabid, d.kasi)[i % 3 % 2])
    s = b.build()
    expected = run(s, "pasuruan")
    assert expected and expected == run(s, "pasuruan")
    rng = random.Random(7)
    for _ in range(5):
        shuffled = dataclasses.replace(
            s, pegawai=tuple(rng.sample(s.pegawai, len(s.pegawai))),
            kedudukan=tuple(rng.sample(s.kedudukan, len(s.kedudukan))),
            positions=tuple(rng.sample(s.positions, len(s.positions))))
        assert run(shuffled, "pasuruan") == expected


@pytest.mark.parametrize("kode", KODES)
def test_every_finding_is_well_formed(b: Builder, kode: str) -> None:
    d = Dinas(b)
    b.jf("Tanpa PPK", MUDA, d.bidang)
    b.ppk(b.jf("Mada", MADYA, d.seksi), d.kasi)
    b.ppk(b.jf("Muda", MUDA, d.seksi), d.kasi)
    b.orang("Kosong", None, None)
    for f in run(b.build(), kode):
        assert re.fullmatch(r"[A-Z]+(_[A-Z]+)*", f.kode)
        assert f.pesan and f.dasar and f.pesan.endswith(".")


def test_tanggal_indonesia() -> None:
    assert tanggal_indonesia(dt.date(2024, 8, 17)) == "17 Agustus 2024"


def test_five_thousand_pegawai_agency_completes(b: Builder) -> None:
    kadis_unit = b.unit("Dinas Besar", JenisUnit.PIMPINAN)
    kadis = b.pejabat("Kadis", "Kepala Dinas", Kategori.JPT_PRATAMA, kadis_unit)
    kabid = []
    for i in range(20):
        u = b.unit(f"Bidang {i:02d}", JenisUnit.BIDANG, kadis_unit)
        kabid.append((u, b.pejabat(f"Kabid {i}", "Kepala Bidang", Kategori.ADMINISTRATOR, u)))
    for i in range(5000):
        u, pos = kabid[i % 20]
        if i % 250 == 0:
            b.ppk(b.jf(f"Madya {i}", MADYA, kadis_unit), kadis)
        elif i % 3 == 0:
            b.ppk(b.pelaksana(f"Pelaksana {i}", u), pos)
        else:
            b.ppk(b.jf(f"JF {i}", (PERTAMA, MUDA)[i % 2], u), pos)
    s = b.build()
    assert len(s.pegawai) > 5000
    for kode in KODES:
        assert run(s, kode) == []


@settings(max_examples=60, deadline=None, database=None)
@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=14),
       st.lists(st.sampled_from(list(Kategori)), min_size=8, max_size=8),
       st.sampled_from(KODES))
def test_random_wiring_never_crashes_and_is_sorted(edges: list[tuple[int, int]],
                                                   kategori: list[Kategori], kode: str) -> None:
    b = Builder()
    u = b.unit("Unit", JenisUnit.BIDANG, mandiri=True)
    people, seats = [], []
    for i, kat in enumerate(kategori):
        if kat is Kategori.FUNGSIONAL:
            pid = b.jf(f"P{i}", list(Jenjang)[i % 8], u)
        elif kat is Kategori.PELAKSANA:
            pid = b.pelaksana(f"P{i}", u)
        else:
            pid = b.orang(f"P{i}", Jabatan(f"J{i}", kat), u, golongan="IV/a")
        people.append(pid)
        seats.append(b.posisi(f"Seat {i}", kat, u, pemangku=pid if i % 5 else None))
    for src, dst in edges:
        b.ppk(people[src], seats[dst])
    found = run(b.build(), kode)
    galat = [f.tingkat is Tingkat.GALAT for f in found]
    assert galat == sorted(galat, reverse=True)
    assert all(f.dasar for f in found)
