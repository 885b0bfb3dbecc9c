"""Perbup Kapuas Hulu No. 36 Tahun 2023 (seed 000; seeds_A.md PART A)."""

from __future__ import annotations

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.pangkat import PENDIDIKAN_D3, Golongan
from sistemkerja_desktop.domain.profiles.base import (
    AturanDokumen,
    AturanKetua,
    Bentuk,
    JenisDokumen,
    JenisTim,
    Lingkup,
    Pemantauan,
    Peran,
    PeriodePemantauan,
    RegulationProfile,
    SyaratKetuaPengganti,
    aturan_dasar,
)
from sistemkerja_desktop.domain.profiles.citation import SEED_KAPUAS_HULU
from sistemkerja_desktop.domain.profiles.citation import Citation as C

S = SEED_KAPUAS_HULU
# Pasal 1 angka 16: "Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah
# pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan".
_PPK = C(S, "Pasal 1 angka 16; Pasal 6; Pasal 7; Lampiran I huruf B angka 1")

PROFILE = RegulationProfile(
    kode="kapuas-hulu",
    nama="Perbup Kapuas Hulu No. 36 Tahun 2023 tentang Sistem Kerja untuk Penyederhanaan "
         "Birokrasi",
    singkat="Perbup Kapuas Hulu 36/2023",
    kabupaten="Kabupaten Kapuas Hulu",
    provinsi="Kalimantan Barat",
    seed=S,
    aturan_dasar=aturan_dasar(tunggal=C(S, "Pasal 6; Lampiran I huruf B angka 1"), penilai=_PPK),
    # KH places JF/Pelaksana by the type of unit leader (Lampiran I B.1.a–h), never by jenjang:
    # an Administrator is PPK of all JF (B.1.c), a JPT of all JF (B.1.d), a Pengawas (B.1.f),
    # a JF leading a unit kerja mandiri (B.1.g). No jenjang placement rows.
    aturan_kedudukan=(),
    ketua=AturanKetua(
        kategori=frozenset({Kategori.FUNGSIONAL, Kategori.PELAKSANA}),
        kategori_dasar=C(S, "Pasal 8 ayat (3); Lampiran I huruf B angka 3 huruf c"),
        dari_pemilik_kinerja=Tingkat.PERINGATAN,
        dari_pemilik_kinerja_dasar=C(S, "Pasal 8 ayat (3); Pasal 13 ayat (3)"),
        satu_ketua_dasar=C(S, "Lampiran I huruf B angka 3"),
        tanpa_ketua=None,  # "dapat ditunjuk seorang Ketua Tim"
        tanpa_ketua_dasar=C(S, "Lampiran I huruf B angka 3"),
        pengganti=SyaratKetuaPengganti(
            pendidikan_min=PENDIDIKAN_D3, pendidikan_label="D3",
            golongan_min=Golongan.pns("III/b"), tingkat=Tingkat.GALAT,
            dasar=C(S, "Lampiran I huruf B angka 3 huruf f")),
        persetujuan_dasar=C(S, "Lampiran I huruf B angka 2 huruf a angka 2 huruf c–d; "
                               "Lampiran I huruf B angka 2 huruf a angka 3"),
        # "Penugasan tersebut dilakukan setelah penetapan kedudukan" (Lampiran I huruf B,
        # penjelasan terperinci angka 2 Penugasan).
        kedudukan_dasar=C(S, "Lampiran I huruf B angka 2"),
    ),
    jenis_tim=(
        JenisTim("tim-kerja", "Tim Kerja", C(S, "Pasal 8; Pasal 10"),
                 alias=("kelompok-kerja",)),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.BERKALA, None, True,
                          C(S, "Pasal 13 ayat (2); Pasal 13 ayat (4)")),
    dokumen=(
        # Pasal 10(3): surat tugas "oleh Pejabat Penilai Kinerja atau Pimpinan Unit
        # Organisasi" — for a team, the PUO pemilik kinerja (the members' PPK for one person).
        AturanDokumen(JenisDokumen.SURAT_TUGAS, (Peran.PUO_PEMILIK_KINERJA, Peran.PPK_PEGAWAI),
                      C(S, "Pasal 10 ayat (3)"), lingkup=Lingkup.DALAM_UNIT, bentuk=Bentuk.TIM),
        AturanDokumen(JenisDokumen.SURAT_TUGAS, (Peran.PPK_PEGAWAI, Peran.PUO_PEGAWAI),
                      C(S, "Pasal 10 ayat (3)"), lingkup=Lingkup.DALAM_UNIT),
        AturanDokumen(JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,), C(S, "Pasal 10 ayat (2)"),
                      lingkup=Lingkup.LINTAS_UNIT),
        AturanDokumen(JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,), C(S, "Pasal 10 ayat (2)"),
                      lingkup=Lingkup.LINTAS_PD,
                      catatan="Perbup hanya menyebut antar Unit Organisasi dan lintas instansi; "
                              "lintas PD dipetakan ke Keputusan Kepala PD pemilik kinerja"),
        AturanDokumen(JenisDokumen.SK_SEKDA, (Peran.SEKDA,), C(S, "Pasal 10 ayat (1)"),
                      lingkup=Lingkup.LINTAS_INSTANSI),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT, Lingkup.LINTAS_PD}),
    sukarela_lingkup_dasar=C(S, "Lampiran I huruf B angka 2 huruf b"),
)
