"""Perbup Pekalongan No. 52 Tahun 2024 (seed 002; seeds_B.md PART C).

Distinctive: Kelompok Kerja (squad) ≤ 1 year and thematic Tim Kerja 1 month–1 year; ketua ≤ 1
year; acting ketua ±1 jenjang; quarterly monitoring; per-unit-type kedudukan tables (Lampiran
III Tabel 3.1–3.15) where a Kepala Subbagian/Subbidang/Seksi and the Sekretaris Kelurahan assess
Pelaksana only, an Inspektur Pembantu JF Ahli Pertama/Muda only, and the Ahli Madya rule holds
in a UPTD and an RSUD Tipe B/C (Direktur) but not in a Puskesmas, RSUD Tipe D or school.
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
    UNIT_KERJA_KHUSUS,
    UNIT_PENGAWAS_BAWAH,
    AturanDokumen,
    AturanKedudukan,
    AturanKetua,
    Bentuk,
    JenisDokumen,
    JenisTim,
    KetuaSementara,
    Lingkup,
    Pemantauan,
    Peran,
    PeriodePemantauan,
    RegulationProfile,
    UnitKerja,
    aturan_dasar,
)
from sistemkerja_desktop.domain.profiles.citation import SEED_PEKALONGAN
from sistemkerja_desktop.domain.profiles.citation import Citation as C

S = SEED_PEKALONGAN
W = Tingkat.PERINGATAN

PROFILE = RegulationProfile(
    kode="pekalongan",
    nama="Perbup Pekalongan No. 52 Tahun 2024 tentang Sistem Kerja di Lingkungan Pemerintah "
         "Daerah",
    singkat="Perbup Pekalongan 52/2024",
    kabupaten="Kabupaten Pekalongan",
    provinsi="Jawa Tengah",
    seed=S,
    aturan_dasar=aturan_dasar(tunggal=C(S, "Pasal 7 ayat (3)"),
                              penilai=C(S, "Pasal 1 angka 26; Pasal 7 ayat (1); Pasal 8")),
    aturan_kedudukan=(
        # Tabel 3.1–3.15: "Kepala Sub Bagian / Kepala Seksi → Pelaksana" in every unit type;
        # Tabel 3.6–3.7: in a Kelurahan the Sekretaris Kelurahan and the Kepala Seksi Kelurahan
        # assess Pelaksana only (the Lurah assesses them) — any PPK there but the Lurah.
        AturanKedudukan(
            "PPK_PENGAWAS_BAWAHAN",
            "Kepala Subbagian/Kepala Subbidang/Kepala Seksi dan Sekretaris Kelurahan hanya "
            "menjadi Penilai Kinerja bagi Pelaksana",
            SEMUA_JENJANG, ADMINISTRATOR_KE_ATAS, Tingkat.GALAT,
            C(S, "Lampiran III Tabel 3.1–3.15; Lampiran III Tabel 3.7"),
            ppk_jenis_unit=UNIT_PENGAWAS_BAWAH,
            ppk_bawahan_di=frozenset({JenisUnit.KELURAHAN})),
        # Lampiran III 3.1: Ahli Utama & Madya under JPT Pratama — also in a UPTD (the Kepala
        # Dinas assesses them, Tabel 3.3; the Kepala UPTD only Pertama/Muda, Tabel 3.12, 3.14);
        # in an RSUD Tipe B/C the Direktur (Tabel 3.8, 3.9). Exempt: Puskesmas (Tabel "3.8" [3.11]:
        # the Kepala Puskesmas assesses every JF), RSUD Tipe D (Tabel 3.10: the Direktur assesses
        # every JF, whatever his kategori) and Satuan Pendidikan (Tabel 3.15).
        AturanKedudukan(
            "JF_MADYA_UTAMA_BUKAN_JPT",
            "JF Ahli Utama dan Ahli Madya berkedudukan di bawah Jabatan Pimpinan Tinggi Pratama "
            "(pada UPTD dinilai Kepala Dinas, pada RSUD Tipe B/C oleh Direktur); JF Madya dinilai "
            "oleh Pimpinan Unit Organisasi (di Sekretariat Daerah oleh Asisten)",
            MADYA_KE_ATAS, JPT, W,
            C(S, "Lampiran III angka 3.1 huruf a; Lampiran III Tabel 3.3, 3.8, 3.9, 3.12, 3.14; "
                 "Pasal 27 ayat (3)–(4)"),
            kecuali_unit=frozenset({JenisUnit.PUSKESMAS, JenisUnit.SATUAN_PENDIDIKAN,
                                    UnitKerja(JenisUnit.RSUD, frozenset({"D"}))}),
            ppk_kepala_unit_kerja=frozenset({JenisUnit.RSUD})),
        AturanKedudukan(
            "JF_DI_BAWAH_PENGAWAS",
            "JF Ahli Muda dan Ahli Pertama berkedudukan di bawah Jabatan Administrator",
            frozenset({Jenjang.AHLI_MUDA, Jenjang.AHLI_PERTAMA}), ADMINISTRATOR_KE_ATAS, W,
            C(S, "Lampiran III angka 3.1 huruf b"), kecuali_unit=UNIT_KERJA_KHUSUS),
        # Tabel 3.2: the Inspektur Pembantu assesses "JF Keahlian (Pertama dan Muda)" only; JF
        # Keterampilan and Pelaksana go to the Sekretaris, JF Madya to the Inspektur.
        AturanKedudukan(
            "PPK_INSPEKTUR_PEMBANTU",
            "Inspektur Pembantu hanya menjadi Penilai Kinerja bagi JF Keahlian jenjang Ahli "
            "Pertama dan Ahli Muda (JF Keterampilan dan Pelaksana dinilai Sekretaris, JF Ahli "
            "Madya dinilai Inspektur)",
            SEMUA_JENJANG - {Jenjang.AHLI_PERTAMA, Jenjang.AHLI_MUDA}, frozenset(), Tingkat.GALAT,
            C(S, "Lampiran III Tabel 3.2"), pelaksana=True,
            ppk_jenis_unit=frozenset({JenisUnit.INSPEKTUR_PEMBANTU})),
    ),
    # Pasal 8: a JF leading a unit kerja mandiri may lead JF of higher, equal or lower jenjang.
    aturan_pimpinan_jf=None,
    ketua=AturanKetua(
        kategori=frozenset({Kategori.FUNGSIONAL, Kategori.PELAKSANA}),
        kategori_dasar=C(S, "Pasal 1 angka 33"),
        dari_pemilik_kinerja=Tingkat.PERINGATAN,
        dari_pemilik_kinerja_dasar=C(S, "Pasal 13 ayat (4)"),
        satu_ketua_dasar=C(S, "Pasal 13 ayat (1)"),
        tanpa_ketua=Tingkat.PERINGATAN,
        tanpa_ketua_dasar=C(S, "Pasal 13 ayat (1)"),
        sementara=KetuaSementara(1, C(S, "Pasal 29 ayat (1)–(2)")),
        maks_bulan=12,
        maks_bulan_dasar=C(S, "Pasal 1 angka 33"),
        persetujuan_dasar=C(S, "Pasal 15 ayat (3)–(4); Lampiran IV angka 4.1 huruf b angka 2; "
                               "Lampiran IV angka 4.1 huruf c angka 3"),
        # "Sebelum memperoleh penugasan, … wajib mengetahui kedudukan penempatan …"
        kedudukan_dasar=C(S, "Lampiran IV"),
    ),
    jenis_tim=(
        JenisTim("kelompok-kerja", "Kelompok Kerja (squad)",
                 C(S, "Pasal 1 angka 31; Pasal 12 ayat (1)–(3)"), maks_bulan=12,
                 dokumen=JenisDokumen.SK_KEPALA_PD, alias=("squad",),
                 satu_tahun_anggaran=C(S, "Pasal 11 ayat (2)"),
                 penunjukan_ketua=AturanDokumen(
                     JenisDokumen.SK_KEPALA_UNIT, (Peran.PUO_PEMILIK_KINERJA,),
                     C(S, "Pasal 13 ayat (2)"), bentuk=Bentuk.TIM,
                     catatan="penunjukan Ketua Kelompok Kerja (squad)")),
        JenisTim("tim-kerja-tematik", "Tim Kerja tematik (ad hoc)",
                 C(S, "Pasal 1 angka 32; Pasal 12 ayat (4)–(5)"), min_bulan=1, maks_bulan=12,
                 dokumen=JenisDokumen.SK_KEPALA_PD, lintas_unit_wajib=True,
                 alias=("tim-kerja",),
                 # Pasal 13(4) speaks of the Ketua Kelompok Kerja (squad) only.
                 ketua_dari_pemilik_dasar=C(S, "Pasal 12 ayat (4) huruf a; Lampiran V huruf d")),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.TRIWULANAN, 3, False,
                          C(S, "Lampiran IV angka 4.1.3 angka 2 huruf d; Lampiran V huruf a "
                               "angka 4")),
    dokumen=(
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN, (Peran.PUO_PEGAWAI, Peran.PPK_PEGAWAI),
                      C(S, "Pasal 15 ayat (4); Pasal 17 ayat (3)"), bentuk=Bentuk.INDIVIDU),
        AturanDokumen(JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,), C(S, "Pasal 12 ayat (3)"),
                      bentuk=Bentuk.TIM, jenis_tim=("kelompok-kerja",),
                      catatan="Keputusan Kepala Perangkat Daerah tentang Kelompok Kerja (squad)"),
        AturanDokumen(JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,), C(S, "Pasal 12 ayat (5)"),
                      bentuk=Bentuk.TIM, jenis_tim=("tim-kerja-tematik",),
                      catatan="Kepala Perangkat Daerah sebagai Pimpinan Unit Organisasi sekaligus "
                              "Pejabat Pemilik Kinerja"),
        AturanDokumen(JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,),
                      C(S, "Pasal 10 ayat (4); Pasal 12 ayat (3); Pasal 12 ayat (5)"),
                      bentuk=Bentuk.TIM),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT}),
    sukarela_lingkup_dasar=C(S, "Pasal 16 ayat (1)"),
    catatan=("Pengajuan sukarela dalam unit dapat lisan atau tertulis (Pasal 16 ayat (2)).",
             "Penugasan untuk satu keluaran dalam satu tahun anggaran (Pasal 11 ayat (2))."),
)
