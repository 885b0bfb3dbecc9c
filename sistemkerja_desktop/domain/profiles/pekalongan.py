"""Perbup Pekalongan No. 52 Tahun 2024 (seed 002; seeds_B.md PART C).

Distinctive: Kelompok Kerja (squad) ≤ 1 year and thematic Tim Kerja 1 month–1 year; ketua ≤ 1
year; acting ketua ±1 jenjang; quarterly monitoring; per-unit-type kedudukan tables where a
Kepala Subbagian/Subbidang/Seksi assesses Pelaksana only.
"""

from __future__ import annotations

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.profiles.base import (
    ADMINISTRATOR_KE_ATAS,
    JPT,
    MADYA_KE_ATAS,
    SEMUA_JENJANG,
    UNIT_KERJA_KHUSUS,
    UNIT_PENGAWAS_BAWAH,
    Alur,
    AlurPersetujuan,
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
        # Tabel 3.1–3.15: "Kepala Sub Bagian / Kepala Seksi → Pelaksana" in every unit type.
        AturanKedudukan(
            "PPK_PENGAWAS_BAWAHAN",
            "Kepala Subbagian/Kepala Subbidang/Kepala Seksi hanya menjadi Penilai Kinerja bagi "
            "Pelaksana",
            SEMUA_JENJANG, ADMINISTRATOR_KE_ATAS, Tingkat.GALAT,
            C(S, "Lampiran III Tabel 3.1–3.15"), ppk_jenis_unit=UNIT_PENGAWAS_BAWAH),
        # Lampiran III 3.1: Ahli Utama & Madya under JPT Pratama; in RSUD, Puskesmas, UPTD and
        # Satuan Pendidikan the head of the unit assesses them (Tabel 3.8–3.15).
        AturanKedudukan(
            "JF_MADYA_UTAMA_BUKAN_JPT",
            "JF Ahli Utama dan Ahli Madya berkedudukan di bawah Jabatan Pimpinan Tinggi Pratama; "
            "JF Madya dinilai oleh Pimpinan Unit Organisasi (di Sekretariat Daerah oleh Asisten)",
            MADYA_KE_ATAS, JPT, W,
            C(S, "Lampiran III angka 3.1 huruf a; Pasal 27 ayat (3)–(4)"),
            kecuali_unit=UNIT_KERJA_KHUSUS),
        AturanKedudukan(
            "JF_DI_BAWAH_PENGAWAS",
            "JF Ahli Muda dan Ahli Pertama berkedudukan di bawah Jabatan Administrator",
            frozenset({Jenjang.AHLI_MUDA, Jenjang.AHLI_PERTAMA}), ADMINISTRATOR_KE_ATAS, W,
            C(S, "Lampiran III angka 3.1 huruf b"), kecuali_unit=UNIT_KERJA_KHUSUS),
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
        sementara=KetuaSementara(1, C(S, "Pasal 29")),
        maks_bulan=12,
        maks_bulan_dasar=C(S, "Pasal 1 angka 33"),
    ),
    jenis_tim=(
        JenisTim("kelompok-kerja", "Kelompok Kerja (squad)",
                 C(S, "Pasal 1 angka 31; Pasal 12 ayat (1)–(3)"), maks_bulan=12,
                 dokumen=JenisDokumen.SK_KEPALA_PD, alias=("squad",)),
        JenisTim("tim-kerja-tematik", "Tim Kerja tematik (ad hoc)",
                 C(S, "Pasal 1 angka 32; Pasal 12 ayat (4)–(5)"), min_bulan=1, maks_bulan=12,
                 dokumen=JenisDokumen.SK_KEPALA_PD, lintas_unit_wajib=True,
                 alias=("tim-kerja",)),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.TRIWULANAN, 3, False,
                          C(S, "Lampiran IV angka 4.1.3 angka 2 huruf d; Lampiran V huruf a "
                               "angka 4")),
    dokumen=(
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN, (Peran.PUO_PEGAWAI, Peran.PPK_PEGAWAI),
                      C(S, "Pasal 15 ayat (4); Pasal 17 ayat (3)"), bentuk=Bentuk.INDIVIDU),
        AturanDokumen(JenisDokumen.SK_KEPALA_PD, (Peran.KEPALA_PD,),
                      C(S, "Pasal 10 ayat (4); Pasal 12 ayat (3); Pasal 12 ayat (5)"),
                      bentuk=Bentuk.TIM),
    ),
    alur=(
        AlurPersetujuan(Alur.PENUNJUKAN_LINTAS_UNIT,
                        (Peran.PUO_PEMILIK_KINERJA, Peran.PPK_PEGAWAI, Peran.PUO_PEGAWAI),
                        C(S, "Pasal 15 ayat (3)–(4); Lampiran IV angka 4.1.3"),
                        "PUO mitra kerja menjawab setelah rekomendasi PPK"),
        AlurPersetujuan(Alur.PENUNJUKAN_LINTAS_INSTANSI,
                        (Peran.PUO_PEMILIK_KINERJA, Peran.SEKDA, Peran.PYB_TUJUAN, Peran.SEKDA),
                        C(S, "Pasal 15 ayat (5); Lampiran IV angka 4.1 huruf c"),
                        "surat permohonan kepada Bupati u.p. Sekretaris Daerah (PyB = Sekretaris "
                        "Daerah, Pasal 1 angka 5)"),
        AlurPersetujuan(Alur.SUKARELA_LINTAS_UNIT,
                        (Peran.PEGAWAI, Peran.PUO_PEGAWAI, Peran.PUO_PEMILIK_KINERJA,
                         Peran.PUO_PEGAWAI),
                        C(S, "Pasal 16 ayat (3)"),
                        "atas persetujuan PUO sendiri (tembusan PPK); PUO sendiri memberi surat "
                        "penugasan"),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT}),
    sukarela_lingkup_dasar=C(S, "Pasal 16 ayat (1)"),
    catatan=("Pengajuan sukarela dalam unit dapat lisan atau tertulis (Pasal 16 ayat (2)).",
             "Penugasan untuk satu keluaran dalam satu tahun anggaran (Pasal 11 ayat (2))."),
)
