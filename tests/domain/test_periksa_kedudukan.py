"""Kedudukan rows per profile, each test naming the Pasal/Lampiran it checks (issue #9 §2).

BT Lampiran I; PK Lampiran III Tabel 3.2, 3.3, 3.7–3.15; BG Pasal 16, 19, 22, 25; PS Lampiran
BAB II huruf D (pola 5–8); KH Pasal 1 angka 16.
"""

from __future__ import annotations

import dataclasses

import pytest
from struktur_uji import TANGGAL, Builder, Dinas

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Struktur
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.profiles import get_profile

G, W = Tingkat.GALAT, Tingkat.PERINGATAN
UTAMA, MADYA, MUDA, PERTAMA = (Jenjang.AHLI_UTAMA, Jenjang.AHLI_MADYA, Jenjang.AHLI_MUDA,
                               Jenjang.AHLI_PERTAMA)


def run(s: Struktur, kode: str) -> list[Finding]:
    return periksa(s, get_profile(kode), TANGGAL)


def per_orang(s: Struktur, kode: str) -> dict[str, tuple[str, Tingkat]]:
    """pegawai nama → (kode, tingkat) of his finding."""
    nama = {p.id: p.nama for p in s.pegawai}
    out: dict[str, tuple[str, Tingkat]] = {}
    for f in run(s, kode):
        assert f.pegawai_id is not None, f
        assert nama[f.pegawai_id] not in out, f
        out[nama[f.pegawai_id]] = (f.kode, f.tingkat)
    return out


# ---- Barito Timur: Lampiran I ---------------------------------------------------------------

def test_bt_jf_and_pelaksana_directly_under_kepala_dinas_lampiran_i_2_2_b(dinas: Dinas) -> None:
    """Lampiran I angka 2 nomor 2 huruf b): Ahli Muda, Ahli Pertama, Keterampilan and Pelaksana sit
    under Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris — not under the Kepala Dinas;
    the Ahli Madya (huruf a) does."""
    b = dinas.b
    b.ppk(b.jf("Muda", MUDA, dinas.dinas), dinas.kadis)
    b.ppk(b.jf("Prima", PERTAMA, dinas.dinas), dinas.kadis)
    b.ppk(b.jf("Terampil", Jenjang.TERAMPIL, dinas.dinas, jf="Perawat"), dinas.kadis)
    b.ppk(b.pelaksana("Pela", dinas.dinas), dinas.kadis)
    b.ppk(b.jf("Mada", MADYA, dinas.dinas), dinas.kadis)
    s = b.build()
    assert per_orang(s, "barito-timur") == {n: ("JF_DI_BAWAH_JPT", W)
                                            for n in ("Muda", "Prima", "Terampil", "Pela")}
    f = next(f for f in run(s, "barito-timur") if f.pegawai_id == b.pegawai[-5].id)
    assert f.dasar.startswith("Perbup Barito Timur 11/2024, Lampiran I 2.2.b")
    assert "Kepala Dinas (JPT Pratama)" in f.pesan and "Analis Ahli Muda" in f.pesan
    assert run(s, "kapuas-hulu") == []  # KH places by leader type, not by jenjang


def test_bt_pengawas_only_for_pertama_keterampilan_pelaksana_lampiran_i_2bis(
        dinas: Dinas) -> None:
    """Lampiran I angka 2-bis nomor 2 huruf e): a Kepala Seksi for Ahli Pertama, Keterampilan and
    Pelaksana; the Ahli Muda stays under the Administrator (angka 2 nomor 2 huruf b)."""
    b = dinas.b
    b.ppk(b.jf("Prima", PERTAMA, dinas.seksi), dinas.kasi)
    b.ppk(b.jf("Penyelia", Jenjang.PENYELIA, dinas.seksi, jf="Perawat"), dinas.kasi)
    b.ppk(b.pelaksana("Pela", dinas.seksi), dinas.kasi)
    b.ppk(b.jf("Muda", MUDA, dinas.seksi), dinas.kasi)
    b.ppk(b.jf("Muda Bidang", MUDA, dinas.bidang), dinas.kabid)
    assert per_orang(b.build(), "barito-timur") == {"Muda": ("JF_DI_BAWAH_PENGAWAS", W)}


def _rsud(b: Builder, nama: str, tipe: str, direktur: Kategori, induk: int | None = None):
    rs = b.unit(nama, JenisUnit.RSUD, induk, tipe=tipe)
    d = b.pejabat(f"Dir {nama}", "Direktur", direktur, rs)
    bidang = b.unit(f"Bidang Pelayanan {nama}", JenisUnit.BIDANG, rs)
    kabid = b.pejabat(f"Kabid {nama}", "Kepala Bidang Pelayanan", Kategori.ADMINISTRATOR, bidang)
    seksi = b.unit(f"Seksi Keperawatan {nama}", JenisUnit.SEKSI, bidang)
    kasi = b.pejabat(f"Kasi {nama}", "Kepala Seksi Keperawatan", Kategori.PENGAWAS, seksi)
    return rs, d, bidang, kabid, seksi, kasi


@pytest.mark.parametrize(("nama", "tipe"), [
    ("RSUD Tamiang Layang", "C"),  # type set on the unit
    ("RSUD Tamiang Layang Kelas C", ""),  # type read from its name
])
def test_bt_no_jenjang_rows_in_rsud_kelas_c_lampiran_i_3(b: Builder, nama: str, tipe: str) -> None:
    """Lampiran I angka 3 (RSUD Kelas C): Kepala Bagian/Bidang lead "Pejabat Fungsional dan/atau
    Pelaksana" of every jenjang: no Lampiran I jenjang row fires there (a Kelas B one still)."""
    rs, direktur, bidang, kabid, seksi, kasi = _rsud(b, nama, tipe, Kategori.JPT_PRATAMA)
    b.ppk(b.jf("Mada", MADYA, bidang, jf="Dokter"), kabid)
    b.ppk(b.jf("Muda", MUDA, seksi, jf="Perawat"), kasi)
    b.ppk(b.pelaksana("Pela", rs), direktur)
    assert run(b.build(), "barito-timur") == []
    _, _, bidang_b, kabid_b, _, _ = _rsud(b, "RSUD Lain Kelas B", "", Kategori.JPT_PRATAMA)
    b.ppk(b.jf("Mada B", MADYA, bidang_b, jf="Dokter"), kabid_b)
    assert per_orang(b.build(), "barito-timur") == {"Mada B": ("JF_MADYA_UTAMA_BUKAN_JPT", W)}


def test_bt_rsud_kelas_c_set_up_as_its_own_pd_lampiran_i_3(b: Builder) -> None:
    top = b.unit("RSUD Tamiang Layang", JenisUnit.PIMPINAN)
    direktur = b.pejabat("Dir", "Direktur", Kategori.JPT_PRATAMA, top)
    b.ppk(b.jf("Muda", MUDA, top, jf="Dokter"), direktur)
    assert run(b.build("barito-timur", nama_pd="RSUD Tamiang Layang Kelas C", jenis_pd="RSUD"),
               "barito-timur") == []
    assert per_orang(b.build(nama_pd="Dinas Kesehatan"), "barito-timur") == {
        "Muda": ("JF_DI_BAWAH_JPT", W)}


# ---- Pekalongan: Lampiran III ---------------------------------------------------------------

def _uptd(d: Dinas, tipe: str = "A") -> tuple[int, int]:
    uptd = d.b.unit(f"UPTD Laboratorium Kesehatan Tipe {tipe}", JenisUnit.UPTD, d.dinas, tipe=tipe)
    return uptd, d.b.pejabat("Ka UPTD", "Kepala UPTD", Kategori.PENGAWAS, uptd)


@pytest.mark.parametrize("tipe", ["A", "B"])
def test_pk_ahli_madya_under_kepala_uptd_tabel_3_3_3_12_3_14(dinas: Dinas, tipe: str) -> None:
    """Tabel 3.3: the Kepala Dinas assesses the Kepala UPTD and the JF Ahli Madya; Tabel 3.12
    (UPTD Tipe A) / 3.14 (Tipe B): the Kepala UPTD only Ahli Pertama/Muda, Keterampilan."""
    b = dinas.b
    uptd, ka = _uptd(dinas, tipe)
    b.ppk(b.jf("Mada", MADYA, uptd), ka)
    b.ppk(b.jf("Mada Kadis", MADYA, uptd), dinas.kadis)
    b.ppk(b.jf("Muda", MUDA, uptd), ka)
    b.ppk(b.jf("Prima", PERTAMA, uptd), ka)
    b.ppk(b.jf("Terampil", Jenjang.TERAMPIL, uptd, jf="Pranata Lab"), ka)
    s = b.build()
    assert per_orang(s, "pekalongan") == {"Mada": ("JF_MADYA_UTAMA_BUKAN_JPT", W)}
    f = next(f for f in run(s, "pekalongan"))
    assert "Tabel 3.3, 3.8, 3.9, 3.12, 3.14" in f.dasar and "Kepala UPTD (Pengawas)" in f.pesan


@pytest.mark.parametrize(("tipe", "direktur"), [("B", Kategori.JPT_PRATAMA),
                                                 ("C", Kategori.ADMINISTRATOR),
                                                 ("", Kategori.ADMINISTRATOR)])
def test_pk_rsud_tipe_b_c_ahli_madya_assessed_by_direktur_tabel_3_8_3_9(
        dinas: Dinas, tipe: str, direktur: Kategori) -> None:
    """Tabel 3.8 (Tipe B) / 3.9 (Tipe C): the Direktur assesses JF Madya and Utama — whatever his
    kategori — Kepala Bagian/Bidang the JF Pertama/Muda. A type not known is judged as B/C."""
    b = dinas.b
    _, dir_pos, bidang, kabid, _, _ = _rsud(b, "RSUD Kajen", tipe, direktur, dinas.dinas)
    b.ppk(b.jf("Mada Kabid", MADYA, bidang, jf="Dokter"), kabid)
    b.ppk(b.jf("Mada Direktur", MADYA, bidang, jf="Dokter"), dir_pos)
    b.ppk(b.jf("Muda", MUDA, bidang, jf="Dokter"), kabid)
    b.ppk(b.jf("Prima", PERTAMA, bidang, jf="Dokter"), kabid)
    assert per_orang(b.build(), "pekalongan") == {"Mada Kabid": ("JF_MADYA_UTAMA_BUKAN_JPT", W)}


def test_pk_rsud_tipe_d_puskesmas_and_school_are_exempt_tabel_3_10_3_11_3_15(b: Builder) -> None:
    """Tabel 3.10 (RSUD Tipe D): the Direktur assesses every JF Keahlian; Tabel "3.8" [3.11]
    (Puskesmas) and 3.15 (Satuan Pendidikan): the head assesses every JF — no Madya row there."""
    d = Dinas(b)
    _, _, bidang, kabid, _, _ = _rsud(b, "RSUD Kesesi Tipe D", "", Kategori.ADMINISTRATOR, d.dinas)
    b.ppk(b.jf("Mada RS", MADYA, bidang, jf="Dokter"), kabid)
    sekolah = b.unit("SD Negeri 1 Kajen", JenisUnit.SATUAN_PENDIDIKAN, d.dinas)
    kepsek = b.pejabat("Kepsek", "Kepala Sekolah", Kategori.PENGAWAS, sekolah)
    b.ppk(b.jf("Mada Guru", MADYA, sekolah, jf="Guru"), kepsek)
    pkm = b.unit("UPTD Puskesmas Kajen", JenisUnit.PUSKESMAS, d.dinas)
    kapus = b.pejabat("Kapus", "Kepala Puskesmas", Kategori.PENGAWAS, pkm)
    b.ppk(b.jf("Mada Pkm", MADYA, pkm, jf="Dokter"), kapus)
    assert run(b.build(), "pekalongan") == []


def _inspektorat(b: Builder) -> tuple[int, int, int, int]:
    ins = b.unit("Inspektorat", JenisUnit.PIMPINAN)
    inspektur = b.pejabat("Inspektur", "Inspektur", Kategori.JPT_PRATAMA, ins)
    sekr = b.unit("Sekretariat", JenisUnit.SEKRETARIAT, ins)
    sekretaris = b.pejabat("Sekretaris", "Sekretaris Inspektorat", Kategori.ADMINISTRATOR, sekr)
    irban_u = b.unit("Inspektur Pembantu Wilayah I", JenisUnit.INSPEKTUR_PEMBANTU, ins)
    irban = b.pejabat("Irban", "Inspektur Pembantu Wilayah I", Kategori.ADMINISTRATOR, irban_u)
    return inspektur, sekretaris, irban_u, irban


def test_pk_inspektur_pembantu_assesses_ahli_pertama_and_muda_only_tabel_3_2(b: Builder) -> None:
    """Tabel 3.2: Inspektur Pembantu → "JF Keahlian (Pertama dan Muda)"; the Sekretaris → JF
    Keterampilan and Pelaksana; the Inspektur → JF Madya."""
    inspektur, sekretaris, irban_u, irban = _inspektorat(b)
    b.ppk(b.jf("Prima", PERTAMA, irban_u, jf="Auditor"), irban)
    b.ppk(b.jf("Muda", MUDA, irban_u, jf="Auditor"), irban)
    b.ppk(b.jf("Penyelia", Jenjang.PENYELIA, irban_u, jf="Auditor"), irban)
    b.ppk(b.pelaksana("Pela", irban_u), irban)
    b.ppk(b.jf("Mada", MADYA, irban_u, jf="Auditor"), irban)
    b.ppk(b.jf("Penyelia Sekr", Jenjang.PENYELIA, irban_u, jf="Auditor"), sekretaris)
    b.ppk(b.pelaksana("Pela Sekr", irban_u), sekretaris)
    b.ppk(b.jf("Mada Inspektur", MADYA, irban_u, jf="Auditor"), inspektur)
    s = b.build()
    assert per_orang(s, "pekalongan") == {
        "Penyelia": ("PPK_INSPEKTUR_PEMBANTU", G), "Pela": ("PPK_INSPEKTUR_PEMBANTU", G),
        "Mada": ("JF_MADYA_UTAMA_BUKAN_JPT", W)}
    f = next(f for f in run(s, "pekalongan") if f.kode == "PPK_INSPEKTUR_PEMBANTU")
    assert f.dasar == "Perbup Pekalongan 52/2024, Lampiran III Tabel 3.2"
    for kode in ("generic", "barito-timur", "bungo", "pasuruan", "kapuas-hulu"):
        assert "PPK_INSPEKTUR_PEMBANTU" not in {f.kode for f in run(s, kode)}, kode


@pytest.mark.parametrize("sekretariat_unit", [True, False])
def test_pk_sekretaris_kelurahan_assesses_pelaksana_only_tabel_3_7(
        b: Builder, sekretariat_unit: bool) -> None:
    """Tabel 3.7: Lurah → Sekretaris Kelurahan, Kepala Seksi Kelurahan; Sekretaris Kelurahan →
    Pelaksana. The Sekretaris may sit in a Sekretariat unit or be a seat in the Kelurahan."""
    kec = b.unit("Kecamatan Kajen", JenisUnit.KECAMATAN)
    b.pejabat("Camat", "Camat Kajen", Kategori.ADMINISTRATOR, kec)
    kel = b.unit("Kelurahan Kajen", JenisUnit.KELURAHAN, kec)
    b.pejabat("Lurah", "Lurah Kajen", Kategori.PENGAWAS, kel)
    if sekretariat_unit:
        sek_u = b.unit("Sekretariat Kelurahan", JenisUnit.SEKRETARIAT, kel)
        sekkel = b.pejabat("Sekkel", "Sekretaris Kelurahan", Kategori.PENGAWAS, sek_u)
    else:
        orang = b.orang("Sekkel", Jabatan("Sekretaris Kelurahan", Kategori.PENGAWAS), kel)
        sekkel = b.posisi("Sekretaris Kelurahan", Kategori.PENGAWAS, kel, pemangku=orang,
                          pimpinan=False)
    b.ppk(b.pelaksana("Pela", kel), sekkel)
    b.ppk(b.jf("Terampil", Jenjang.TERAMPIL, kel, jf="Pranata Komputer"), sekkel)
    s = b.build()
    assert per_orang(s, "pekalongan") == {"Terampil": ("PPK_PENGAWAS_BAWAHAN", G)}
    assert "Tabel 3.7" in run(s, "pekalongan")[0].dasar


def test_pk_sekretaris_dinas_is_not_a_sekretaris_kelurahan_tabel_3_3(dinas: Dinas) -> None:
    b = dinas.b
    sekr = b.unit("Sekretariat", JenisUnit.SEKRETARIAT, dinas.dinas)
    sekretaris = b.pejabat("Sekdin", "Sekretaris", Kategori.ADMINISTRATOR, sekr)
    b.ppk(b.jf("Terampil", Jenjang.TERAMPIL, sekr, jf="Arsiparis"), sekretaris)
    b.ppk(b.jf("Prima", PERTAMA, sekr), sekretaris)
    assert run(b.build(), "pekalongan") == []


# ---- Bungo: Pasal 16, 19, 22, 25 ------------------------------------------------------------

def test_bg_madya_row_does_not_fire_in_rsud_pasal_16_19_22_25(dinas: Dinas) -> None:
    """The Perbup regulates Setda (Pasal 16), Setwan (19), Inspektorat (22), Dinas/Badan (25):
    an RSUD's Ahli Madya under a Kepala Bidang gets no Pasal 25 finding; the Dinas' one does."""
    b = dinas.b
    _, _, bidang_rs, kabid_rs, _, _ = _rsud(b, "RSUD H. Hanafie", "C", Kategori.ADMINISTRATOR,
                                            dinas.dinas)
    b.ppk(b.jf("Mada RS", MADYA, bidang_rs, jf="Dokter"), kabid_rs)
    b.ppk(b.jf("Mada Dinas", MADYA, dinas.bidang), dinas.kabid)
    s = b.build()
    assert per_orang(s, "bungo") == {"Mada Dinas": ("JF_MADYA_UTAMA_BUKAN_JPT", W)}
    assert "Pasal 25(2) huruf a" in run(s, "bungo")[0].dasar


def test_bg_rsud_set_up_as_its_own_pd_pasal_25(b: Builder) -> None:
    top = b.unit("RSUD H. Hanafie", JenisUnit.PIMPINAN)
    b.pejabat("Dir", "Direktur", Kategori.ADMINISTRATOR, top)
    bidang = b.unit("Bidang Pelayanan", JenisUnit.BIDANG, top)
    kabid = b.pejabat("Kabid", "Kepala Bidang Pelayanan", Kategori.ADMINISTRATOR, bidang)
    b.ppk(b.jf("Mada", MADYA, bidang, jf="Dokter"), kabid)
    assert run(b.build(nama_pd="RSUD H. Hanafie Muara Bungo", jenis_pd="RSUD"), "bungo") == []
    assert per_orang(b.build(nama_pd="Dinas Kesehatan"), "bungo") == {
        "Mada": ("JF_MADYA_UTAMA_BUKAN_JPT", W)}


# ---- Pasuruan: Lampiran BAB II huruf D --------------------------------------------------------

def test_ps_kelurahan_under_its_kecamatan_is_pola_8_d8b_c_e(b: Builder) -> None:
    """Pola 7 (Kecamatan, D.7.b b–c): the Kepala Seksi is PPK. Pola 8 (Kelurahan, D.8.b c–e): the
    Lurah is PPK of Level II, JF and Pelaksana — a Kelurahan's Kepala Seksi or Sekretaris is not,
    although the Kelurahan sits under its Kecamatan."""
    kec = b.unit("Kecamatan Bangil", JenisUnit.KECAMATAN)
    b.pejabat("Camat", "Camat Bangil", Kategori.ADMINISTRATOR, kec)
    seksi_kec = b.unit("Seksi Pemerintahan", JenisUnit.SEKSI, kec)
    kasi_kec = b.pejabat("Kasi Kec", "Kepala Seksi Pemerintahan", Kategori.PENGAWAS, seksi_kec)
    kel = b.unit("Kelurahan Kidul", JenisUnit.KELURAHAN, kec)
    lurah = b.pejabat("Lurah", "Lurah Kidul", Kategori.PENGAWAS, kel)
    seksi_kel = b.unit("Seksi Ketertiban", JenisUnit.SEKSI, kel)
    kasi_kel = b.pejabat("Kasi Kel", "Kepala Seksi Ketertiban", Kategori.PENGAWAS, seksi_kel)
    orang = b.orang("Sekkel", Jabatan("Sekretaris Kelurahan", Kategori.PENGAWAS), kel)
    sekkel = b.posisi("Sekretaris Kelurahan", Kategori.PENGAWAS, kel, pemangku=orang,
                      pimpinan=False)
    b.ppk(b.pelaksana("Pela Kec", seksi_kec), kasi_kec)
    b.ppk(b.jf("Prima Kec", PERTAMA, seksi_kec), kasi_kec)
    b.ppk(b.pelaksana("Pela Lurah", seksi_kel), lurah)
    b.ppk(b.jf("Prima Lurah", PERTAMA, kel), lurah)
    b.ppk(b.pelaksana("Pela Kasi Kel", seksi_kel), kasi_kel)
    b.ppk(b.jf("Prima Sekkel", PERTAMA, kel), sekkel)
    s = b.build()
    assert per_orang(s, "pasuruan") == {"Pela Kasi Kel": ("PPK_PENGAWAS_BAWAHAN", G),
                                        "Prima Sekkel": ("PPK_PENGAWAS_BAWAHAN", G)}
    assert all("D.8.b.c–e" in f.dasar for f in run(s, "pasuruan"))


def test_ps_uptd_tipe_a_kasubbag_tu_is_no_ppk_d8b_c_e(dinas: Dinas) -> None:
    b = dinas.b
    uptd, ka = _uptd(dinas, "A")
    tu = b.unit("Subbagian Tata Usaha", JenisUnit.SUBBAGIAN, uptd)
    kasubbag = b.pejabat("Kasubbag", "Kepala Subbagian Tata Usaha", Kategori.PENGAWAS, tu)
    b.ppk(b.pelaksana("Pela TU", tu), kasubbag)
    b.ppk(b.pelaksana("Pela", tu), ka)
    assert per_orang(b.build(), "pasuruan") == {"Pela TU": ("PPK_PENGAWAS_BAWAHAN", G)}


def _rs_pasuruan(dinas: Dinas, direktur: Kategori):
    return _rsud(dinas.b, "RSUD Bangil" if direktur is Kategori.JPT_PRATAMA else "RSUD Grati",
                 "", direktur, dinas.dinas)


def test_ps_rsud_pola_5_kabag_kabid_are_ppk_not_the_pengawas_d5b_e_f(dinas: Dinas) -> None:
    """Pola 5 (Direktur JPT Pratama, RSUD Bangil): Kepala Bagian/Bidang are PPK and PUO (D.5.b e–f);
    a Pengawas there is no PPK. The Ahli Madya goes to the Direktur (D.5.b g)."""
    b = dinas.b
    _, direktur, bidang, kabid, seksi, kasi = _rs_pasuruan(dinas, Kategori.JPT_PRATAMA)
    b.ppk(b.pelaksana("Pela Kabid", bidang), kabid)
    b.ppk(b.jf("Muda Kabid", MUDA, bidang, jf="Perawat"), kabid)
    b.ppk(b.pelaksana("Pela Kasi", seksi), kasi)
    b.ppk(b.jf("Mada Kabid", MADYA, bidang, jf="Dokter"), kabid)
    b.ppk(b.jf("Mada Direktur", MADYA, bidang, jf="Dokter"), direktur)
    s = b.build()
    assert per_orang(s, "pasuruan") == {"Pela Kasi": ("PPK_PENGAWAS_BAWAHAN", G),
                                        "Mada Kabid": ("JF_MADYA_UTAMA_BUKAN_JPT", G)}
    pengawas = next(f for f in run(s, "pasuruan") if f.kode == "PPK_PENGAWAS_BAWAHAN")
    assert "D.5.b.e–f" in pengawas.dasar


def test_ps_rsud_pola_6_pengawas_is_ppk_but_not_of_muda_or_madya_d6b_g_l(dinas: Dinas) -> None:
    """Pola 6 (Direktur Administrator, RSUD Grati): the Pengawas is PPK (D.6.b e–f) except for the
    Ahli Muda (Kepala Bidang, g–h) and the Ahli Madya (Kepala Dinas, k) — a delegation of the
    pengelolaan kinerja to the Pengawas (l, n) does not make him PPK."""
    b = dinas.b
    _, direktur, _, kabid, seksi, kasi = _rs_pasuruan(dinas, Kategori.ADMINISTRATOR)
    b.ppk(b.pelaksana("Pela", seksi), kasi)
    b.ppk(b.jf("Prima", PERTAMA, seksi, jf="Perawat"), kasi)
    b.ppk(b.jf("Muda Kasi", MUDA, seksi, jf="Perawat"), kasi)
    b.ppk(b.jf("Muda Kabid", MUDA, seksi, jf="Perawat"), kabid)
    b.ppk(b.jf("Mada Kasi", MADYA, seksi, jf="Dokter"), kasi, delegasi=True)
    b.ppk(b.jf("Mada Direktur", MADYA, seksi, jf="Dokter"), direktur)
    b.ppk(b.jf("Mada Kadinkes", MADYA, seksi, jf="Dokter"), dinas.kadis)
    s = b.build()
    assert per_orang(s, "pasuruan") == {"Muda Kasi": ("JF_DI_BAWAH_PENGAWAS", G),
                                        "Mada Kasi": ("JF_MADYA_UTAMA_BUKAN_JPT", G),
                                        "Mada Direktur": ("JF_MADYA_UTAMA_BUKAN_JPT", G)}


def test_ps_ahli_utama_in_rsud_is_assessed_by_the_sekretaris_daerah_d5b_j_k(dinas: Dinas) -> None:
    """D.5.b j)–k): the Ahli Utama in an RSUD is assessed by the Sekretaris Daerah; l) the Sekda
    may delegate only the pengelolaan kinerja to the Direktur."""
    b = dinas.b
    setda = b.unit("Sekretariat Daerah", JenisUnit.LAINNYA)
    sekda = b.pejabat("Sekda", "Sekretaris Daerah", Kategori.JPT_MADYA, setda)
    plt = b.posisi("Plt. Sekretaris Daerah Kabupaten Pasuruan", Kategori.JPT_PRATAMA, setda,
                   pemangku=b.orang("Plt", Jabatan("Asisten", Kategori.JPT_PRATAMA), setda,
                                    golongan="IV/c"))
    asisten = b.pejabat("Asisten", "Asisten Pemerintahan Sekretaris Daerah",
                        Kategori.JPT_PRATAMA, setda)
    _, direktur, bidang, kabid, _, _ = _rs_pasuruan(dinas, Kategori.JPT_PRATAMA)
    for nama, ppk, delegasi in (("Utama Kabid", kabid, False), ("Utama Dir", direktur, True),
                                ("Utama Asisten", asisten, False), ("Utama Sekda", sekda, False),
                                ("Utama Plt", plt, False)):
        b.ppk(b.jf(nama, UTAMA, bidang, jf="Dokter"), ppk, delegasi=delegasi)
    b.ppk(b.jf("Utama Dinas", UTAMA, dinas.bidang), dinas.kadis)  # outside an RSUD: JPT
    s = b.build()
    got = per_orang(s, "pasuruan")
    assert got == {n: ("JF_UTAMA_BUKAN_SEKDA", G)
                   for n in ("Utama Kabid", "Utama Dir", "Utama Asisten")}
    assert all("D.5.b.j–l" in f.dasar for f in run(s, "pasuruan"))


# ---- citations (issue #9 §2 "Citations") ----------------------------------------------------

def test_kh_ppk_bukan_pejabat_penilai_cites_the_pasal_1_angka_16_definition(dinas: Dinas) -> None:
    """KH Pasal 1 angka 16: "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan
    paling rendah pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan"."""
    b = dinas.b
    analis = b.jf("Analis", MUDA, dinas.bidang)
    b.ppk(analis, dinas.kabid)
    seat = b.posisi("Analis Ahli Muda", Kategori.FUNGSIONAL, dinas.bidang, pemangku=analis,
                    pimpinan=False)
    b.ppk(b.pelaksana("Pela", dinas.bidang), seat)
    f = next(f for f in run(b.build(), "kapuas-hulu") if f.kode == "PPK_BUKAN_PEJABAT_PENILAI")
    assert f.dasar.startswith("Perbup Kapuas Hulu 36/2023, Pasal 1 angka 16; Pasal 6; Pasal 7")


def test_ps_ahli_madya_cites_d2b_e_not_the_delegation_butir(dinas: Dinas) -> None:
    b = dinas.b
    b.ppk(b.jf("Mada", MADYA, dinas.bidang), dinas.kabid)
    f = run(b.build(), "pasuruan")[0]
    assert f.dasar.startswith("Perbup Pasuruan 217/2023, Lampiran BAB II D.2.b.e;")
    assert "D.6.b.l" not in f.dasar and "D.6.b.k–l" not in f.dasar


def test_delegation_flag_keeps_other_profiles_exempt(dinas: Dinas) -> None:
    """BT Pasal 6 ayat (3): an official delegated by the JPT may hold the JF; likewise BG, PK."""
    b = dinas.b
    kid = b.ppk(b.jf("Muda", MUDA, dinas.dinas), dinas.kadis)
    assert [f.kode for f in run(b.build(), "barito-timur")] == ["JF_DI_BAWAH_JPT"]
    b.kedudukan[-1] = dataclasses.replace(b.kedudukan[-1], delegasi=True)
    assert b.kedudukan[-1].id == kid and run(b.build(), "barito-timur") == []
