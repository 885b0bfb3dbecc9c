"""The `generic` profile: what the five Perbup share; soft (peringatan) where they disagree.

Citations name the Perbup that carry each point (KH = Kapuas Hulu 36/2023, BT = Barito Timur
11/2024, Pekalongan 52/2024, Bungo 15/2024, Pasuruan 217/2023).
"""

from __future__ import annotations

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.profiles.base import (
    ADMINISTRATOR_KE_ATAS,
    JPT,
    MADYA_KE_ATAS,
    MUDA_KE_ATAS,
    SEMUA_JENJANG,
    UNIT_PENGAWAS_BAWAH,
    AturanDokumen,
    AturanKedudukan,
    AturanKetua,
    AturanPimpinanJF,
    Bentuk,
    JenisDokumen,
    JenisTim,
    Lingkup,
    Pemantauan,
    Peran,
    PeriodePemantauan,
    RegulationProfile,
    aturan_dasar,
)
from sistemkerja_desktop.domain.profiles.citation import umum

W = Tingkat.PERINGATAN

PROFILE = RegulationProfile(
    kode="generic",
    nama="Profil umum — ketentuan bersama Perbup Sistem Kerja untuk Penyederhanaan Birokrasi "
         "(PermenPANRB No. 7 Tahun 2022)",
    singkat="Profil umum",
    kabupaten="",
    provinsi="",
    seed=None,
    aturan_dasar=aturan_dasar(
        tunggal=umum("KH Pasal 6; BT Pasal 6 ayat (1); Bungo Pasal 4 ayat (3); "
                     "Pasuruan Pasal 8 ayat (1); Pekalongan Pasal 7 ayat (3)"),
        penilai=umum("KH Pasal 7; BT Pasal 1 angka 20; Bungo Pasal 1 angka 19; "
                     "Pasuruan Pasal 1 angka 23; Pekalongan Pasal 1 angka 26")),
    aturan_kedudukan=(
        AturanKedudukan(
            "PPK_PENGAWAS_BAWAHAN",
            "sebagian Perbup menetapkan Kepala Subbagian/Kepala Subbidang/Kepala Seksi hanya "
            "menilai Pelaksana atau hanya memberi rekomendasi penilaian",
            SEMUA_JENJANG, ADMINISTRATOR_KE_ATAS, W,
            umum("Pekalongan Lampiran III Tabel 3.1–3.15; Pasuruan Lampiran BAB II huruf D "
                 "pola 1–4"),
            ppk_jenis_unit=UNIT_PENGAWAS_BAWAH),
        AturanKedudukan(
            "JF_MADYA_UTAMA_BUKAN_JPT",
            "JF Ahli Utama dan Ahli Madya umumnya berkedudukan di bawah atau dinilai oleh "
            "Pejabat Pimpinan Tinggi",
            MADYA_KE_ATAS, JPT, W,
            umum("BT Lampiran I; Bungo Pasal 25 ayat (2); Pasuruan Lampiran BAB II huruf D; "
                 "Pekalongan Lampiran III angka 3.1")),
        AturanKedudukan(
            "JF_DI_BAWAH_PENGAWAS",
            "JF Ahli Muda ke atas umumnya berkedudukan di bawah atau dinilai oleh Pejabat "
            "Administrator ke atas",
            MUDA_KE_ATAS, ADMINISTRATOR_KE_ATAS, W,
            umum("BT Lampiran I angka 2; Pasuruan Lampiran BAB II huruf D angka 7–8; "
                 "Pekalongan Lampiran III angka 3.1")),
    ),
    aturan_pimpinan_jf=AturanPimpinanJF(
        "JF_SETARA_PIMPINAN_JF",
        "menurut Perbup Pasuruan JF dengan jenjang yang sama dengan JF pimpinan unit kerja "
        "mandiri dinilai oleh Kepala Dinas (Perbup Pekalongan Pasal 8 membolehkan)",
        W, umum("Pasuruan Lampiran BAB II huruf D angka 9; Pekalongan Pasal 8")),
    ketua=AturanKetua(
        kategori=frozenset({Kategori.FUNGSIONAL, Kategori.PELAKSANA}),
        kategori_dasar=umum("KH Pasal 8 ayat (3); BT Pasal 11 ayat (3); Pasuruan Pasal 9 ayat (3);"
                            " Pekalongan Pasal 1 angka 33"),
        dari_pemilik_kinerja=W,
        dari_pemilik_kinerja_dasar=umum("KH Pasal 8 ayat (3); BT Pasal 11 ayat (3); Bungo Pasal 9 "
                                        "ayat (3); Pasuruan Pasal 9 ayat (3); Pekalongan Pasal 13 "
                                        "ayat (4)"),
        satu_ketua_dasar=umum("KH Lampiran I huruf B angka 3; Bungo Pasal 9 ayat (1); "
                              "Pekalongan Pasal 13 ayat (1)"),
        tanpa_ketua=None,
        tanpa_ketua_dasar=umum("KH Lampiran I huruf B angka 3"),
        persetujuan_dasar=umum("KH Lampiran I huruf B angka 2 huruf a angka 2 huruf c–d; BT "
                               "Lampiran II huruf C angka 1 nomor 3 huruf c–d; Bungo Pasal 6 "
                               "ayat (3) huruf c–d; Pasuruan Lampiran BAB II huruf B angka 2 "
                               "huruf a butir 2 huruf c–d; Pekalongan Lampiran IV angka 4.1"),
        kedudukan_dasar=umum("KH Lampiran I huruf B angka 2; BT Lampiran II huruf A angka 2; "
                             "Pekalongan Lampiran IV; Pasuruan Lampiran BAB II huruf B angka 2 "
                             "huruf a"),
    ),
    jenis_tim=(
        JenisTim("tim-kerja", "Tim Kerja", umum("KH Pasal 8; BT Pasal 11; Bungo Pasal 9; "
                                                "Pasuruan Pasal 9; Pekalongan Pasal 12")),
        JenisTim("kelompok-kerja", "Kelompok Kerja", umum("Pekalongan Pasal 12 ayat (1)"),
                 alias=("squad",)),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.BERKALA, None, True,
                          umum("KH Pasal 13 ayat (2); BT Pasal 16 ayat (2); Pasuruan Pasal 13 "
                               "ayat (2)")),
    dokumen=(
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN, (Peran.PPK_PEGAWAI, Peran.PUO_PEGAWAI),
                      umum("BT Lampiran II huruf A angka 7; Pasuruan Lampiran BAB II huruf B "
                           "angka 2; Pekalongan Pasal 17 ayat (3)"), bentuk=Bentuk.INDIVIDU),
        AturanDokumen(JenisDokumen.SURAT_TUGAS, (Peran.PPK_PEGAWAI, Peran.PUO_PEGAWAI),
                      umum("KH Pasal 10 ayat (3)"), lingkup=Lingkup.DALAM_UNIT,
                      bentuk=Bentuk.TIM),
        AturanDokumen(JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,),
                      umum("KH Pasal 10 ayat (2); Pekalongan Pasal 12 ayat (3); Bungo Pasal 9 "
                           "ayat (4)"), bentuk=Bentuk.TIM,
                      catatan="Perbup berbeda: KH lintas instansi dengan Keputusan Sekretaris "
                              "Daerah; BT SK Tim Kerja; Pasuruan surat penugasan"),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT}),
    sukarela_lingkup_dasar=umum("KH Lampiran I huruf B angka 2 huruf b; BT Lampiran II huruf C "
                                "angka 2; Bungo Pasal 7 ayat (1); Pekalongan Pasal 16 ayat (1)"),
)
