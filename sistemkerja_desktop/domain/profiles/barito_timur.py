"""Perbup Barito Timur No. 11 Tahun 2024 (seed 001; seeds_A.md PART B).

Distinctive: kedudukan by JF jenjang (Lampiran I: Ahli Utama/Madya under the JPT head, Ahli
Muda/Pertama/Keterampilan/Pelaksana under Kabag/Irban/Kabid/Sekretaris, a Pengawas only for
Ahli Pertama/Keterampilan/Pelaksana; none in RSUD Kelas C, angka 3), SK Tim Kerja for every
team, and the "is a team needed?" test (Lampiran II huruf B).
"""

from __future__ import annotations

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit
from sistemkerja_desktop.domain.profiles.base import (
    ADMINISTRATOR_KE_ATAS,
    JPT,
    MADYA_KE_ATAS,
    SEMUA_JENJANG,
    AturanDokumen,
    AturanKedudukan,
    AturanKetua,
    Bentuk,
    JenisDokumen,
    JenisTim,
    Lingkup,
    Pemantauan,
    Peran,
    PeriodePemantauan,
    PertanyaanTim,
    RegulationProfile,
    UnitKerja,
    aturan_dasar,
)
from sistemkerja_desktop.domain.profiles.citation import SEED_BARITO_TIMUR
from sistemkerja_desktop.domain.profiles.citation import Citation as C

S = SEED_BARITO_TIMUR
W = Tingkat.PERINGATAN  # Lampiran I placement: warn (seeds_A.md B.4 BT-R5, C.4 V-04)
_RSUD_KELAS_C = frozenset({UnitKerja(JenisUnit.RSUD, frozenset({"C"}))})  # Lampiran I angka 3

PROFILE = RegulationProfile(
    kode="barito-timur",
    nama="Perbup Barito Timur No. 11 Tahun 2024 tentang Sistem Kerja di Lingkungan Pemerintah "
         "Kabupaten Barito Timur",
    singkat="Perbup Barito Timur 11/2024",
    kabupaten="Kabupaten Barito Timur",
    provinsi="Kalimantan Tengah",
    seed=S,
    aturan_dasar=aturan_dasar(tunggal=C(S, "Pasal 6 ayat (1); Pasal 7"),
                              penilai=C(S, "Pasal 1 angka 20; Pasal 6 ayat (1)–(3)")),
    # Lampiran I angka 3 (RSUD Kelas C) sets no jenjang placement: Kepala Bagian/Bidang assess
    # "Pejabat Fungsional dan/atau Pelaksana" of every jenjang, so no row fires there.
    aturan_kedudukan=(
        # Setda: Ahli Utama → Sekda, Ahli Madya → Kepala Biro; Inspektorat/Setwan/Dinas/Badan:
        # Ahli Utama & Madya → the JPT head. Pasal 6(3): or an official delegated by the JPT.
        AturanKedudukan(
            "JF_MADYA_UTAMA_BUKAN_JPT",
            "JF Ahli Utama dan Ahli Madya berkedudukan di bawah Pejabat Pimpinan Tinggi "
            "(Sekretaris Daerah/Kepala Biro/Sekretaris DPRD/Inspektur/Kepala Dinas/Badan)",
            MADYA_KE_ATAS, JPT, W,
            C(S, "Lampiran I angka 1 nomor 2; Lampiran I angka 2 nomor 2 huruf a"),
            kecuali_unit=_RSUD_KELAS_C),
        # Ahli Muda, Ahli Pertama, Keterampilan, Pelaksana → Kabag/Irban/Kabid/Sekretaris
        # (Administrator), not straight under the JPT head (Lampiran I angka 1 nomor 3, angka 2
        # nomor 2 huruf b); a Pengawas for Ahli Pertama, Keterampilan, Pelaksana (angka 2-bis).
        AturanKedudukan(
            "JF_DI_BAWAH_JPT",
            "JF Ahli Muda, Ahli Pertama, JF Keterampilan dan Pelaksana berkedudukan di bawah "
            "Kepala Bagian/Inspektur Pembantu/Kepala Bidang/Sekretaris (Pejabat Administrator; "
            "Pejabat Pengawas bagi JF Ahli Pertama, JF Keterampilan dan Pelaksana), bukan "
            "langsung di bawah Pejabat Pimpinan Tinggi",
            SEMUA_JENJANG - MADYA_KE_ATAS, frozenset({Kategori.ADMINISTRATOR, Kategori.PENGAWAS}),
            W, C(S, "Lampiran I angka 2 nomor 2 huruf b; Lampiran I angka 1 nomor 3; "
                    "Lampiran I angka 2-bis nomor 2 huruf e"),
            pelaksana=True, kecuali_unit=_RSUD_KELAS_C),
        AturanKedudukan(
            "JF_DI_BAWAH_PENGAWAS",
            "JF Ahli Muda berkedudukan di bawah Pejabat Administrator (Kepala Bagian/Inspektur "
            "Pembantu/Kepala Bidang/Sekretaris); Pejabat Pengawas hanya bagi JF Ahli Pertama, "
            "JF Keterampilan dan Pelaksana",
            frozenset({Jenjang.AHLI_MUDA}), ADMINISTRATOR_KE_ATAS, W,
            C(S, "Lampiran I angka 1 nomor 3; Lampiran I angka 2 nomor 2 huruf b; "
                 "Lampiran I angka 2-bis nomor 2 huruf e"),
            kecuali_unit=_RSUD_KELAS_C),
    ),
    ketua=AturanKetua(
        kategori=frozenset({Kategori.FUNGSIONAL, Kategori.PELAKSANA}),
        kategori_dasar=C(S, "Pasal 11 ayat (3)"),
        dari_pemilik_kinerja=Tingkat.PERINGATAN,
        dari_pemilik_kinerja_dasar=C(S, "Pasal 11 ayat (3); Lampiran II huruf A angka 9"),
        satu_ketua_dasar=C(S, "Lampiran II huruf B angka 4"),
        tanpa_ketua=Tingkat.PERINGATAN,  # Pemilik Kinerja "menunjuk Ketua Tim dan anggota"
        tanpa_ketua_dasar=C(S, "Lampiran II huruf B angka 4"),
        persetujuan_dasar=C(S, "Lampiran II huruf C angka 1 nomor 3 huruf c–d; "
                               "Lampiran II huruf C angka 1 nomor 4 huruf c–f"),
        kedudukan_dasar=C(S, "Lampiran II huruf A angka 2"),
    ),
    jenis_tim=(
        JenisTim("tim-kerja", "Tim Kerja", C(S, "Lampiran II huruf A angka 7; Lampiran II huruf B"),
                 dokumen=JenisDokumen.SK_TIM_KERJA, alias=("kelompok-kerja",)),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.BERKALA, None, True,
                          C(S, "Pasal 16 ayat (2); Lampiran II huruf B angka 5–6")),
    dokumen=(
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN,
                      (Peran.PPK_PEGAWAI, Peran.KEPALA_PD, Peran.PUO_PEGAWAI),
                      C(S, "Lampiran II huruf A angka 7"), bentuk=Bentuk.INDIVIDU),
        AturanDokumen(JenisDokumen.SK_TIM_KERJA, (Peran.KEPALA_PD, Peran.PUO_PEMILIK_KINERJA),
                      C(S, "Lampiran II huruf A angka 7; Lampiran II huruf C angka 1 nomor 3"),
                      bentuk=Bentuk.TIM),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT}),
    sukarela_lingkup_dasar=C(S, "Lampiran II huruf C angka 2 nomor 1"),
    pertanyaan_kebutuhan_tim=(
        PertanyaanTim("target-1-tahun", "Apakah rencana hasil kerja memiliki target hasil kerja "
                      "selama 1 (satu) tahun (Renstra dan Perjanjian Kinerja)?",
                      C(S, "Lampiran II huruf B angka 1")),
        PertanyaanTim("sifat-lintas", "Apakah substansi/sifat pekerjaan bersifat lintas bagian, "
                      "lintas OPD dan/atau lintas instansi?", C(S, "Lampiran II huruf B angka 2")),
        PertanyaanTim("teknis-lintas", "Apakah teknis pelaksanaan tugas bersifat lintas bagian, "
                      "lintas OPD dan/atau lintas instansi?", C(S, "Lampiran II huruf B angka 3")),
    ),
    catatan=("Bila syarat Lampiran II huruf B angka 1–3 tidak terpenuhi, Pejabat Pemilik Kinerja "
             "melakukan penunjukan langsung individual (Lampiran II huruf B angka 7).",),
)
