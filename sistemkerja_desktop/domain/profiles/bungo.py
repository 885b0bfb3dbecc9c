"""Perbup Bungo No. 15 Tahun 2024 (seed 003; seeds_B.md PART A).

Distinctive: ketua of a cross-unit team must come from the unit pemilik kinerja (hard); a
Pengawas may be ketua (and is ketua in 2-level units); Kepala Subbagian/Kepala Seksi may assess
JF and Pelaksana under their coordination; Ahli Madya sits under the Level-I head (Setda, Setwan,
Inspektorat, Dinas/Badan — the only PD the Perbup regulates; not in an RSUD).
"""

from __future__ import annotations

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit
from sistemkerja_desktop.domain.profiles.base import (
    JPT,
    MADYA_KE_ATAS,
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
    RegulationProfile,
    aturan_dasar,
)
from sistemkerja_desktop.domain.profiles.citation import SEED_BUNGO
from sistemkerja_desktop.domain.profiles.citation import Citation as C

S = SEED_BUNGO

PROFILE = RegulationProfile(
    kode="bungo",
    nama="Perbup Bungo No. 15 Tahun 2024 tentang Sistem Kerja untuk Penyederhanaan Birokrasi",
    singkat="Perbup Bungo 15/2024",
    kabupaten="Kabupaten Bungo",
    provinsi="Jambi",
    seed=S,
    aturan_dasar=aturan_dasar(tunggal=C(S, "Pasal 4 ayat (2)–(3)"),
                              penilai=C(S, "Pasal 1 angka 19")),
    aturan_kedudukan=(
        # Sekda / Sekretaris DPRD / Inspektur / Kepala Dinas-Badan (Level I). Ahli Utama is not
        # named in the Perbup; a fortiori it sits no lower than Ahli Madya. The Perbup regulates
        # Setda, Setwan, Inspektorat and Dinas/Badan only (BAB III–VI, Pasal 16, 19, 22, 25):
        # no row in an RSUD (nearest unit kerja, or an RSUD set up as its own PD).
        AturanKedudukan(
            "JF_MADYA_UTAMA_BUKAN_JPT",
            "JF Ahli Madya berkedudukan di bawah pimpinan tertinggi Perangkat Daerah "
            "(Sekretaris Daerah/Sekretaris DPRD/Inspektur/Kepala Dinas/Badan)",
            MADYA_KE_ATAS, JPT, Tingkat.PERINGATAN,
            C(S, "Pasal 16 ayat (2) huruf a; Pasal 19 ayat (2) huruf a; Pasal 22 ayat (2) huruf a; "
                 "Pasal 25 ayat (2) huruf a"),
            kecuali_unit=frozenset({JenisUnit.RSUD})),
        # Kepala Subbagian/Kepala Seksi "memberikan penilaian kinerja … bagi JF dan Pelaksana
        # yang berada di bawah koordinasinya" (Pasal 17(2)c, 20(2)c, 23(2)d, 27–29): allowed.
    ),
    ketua=AturanKetua(
        kategori=frozenset({Kategori.PENGAWAS, Kategori.FUNGSIONAL, Kategori.PELAKSANA}),
        kategori_dasar=C(S, "Pasal 1 angka 20; Pasal 9 ayat (1)–(2)"),
        dari_pemilik_kinerja=Tingkat.GALAT,  # "berasal dari Organisasi pemilik kinerja"
        dari_pemilik_kinerja_dasar=C(S, "Pasal 9 ayat (3)"),
        satu_ketua_dasar=C(S, "Pasal 9 ayat (1)"),
        tanpa_ketua=Tingkat.PERINGATAN,  # "pimpinan unit organisasi menunjuk … sebagai ketua"
        tanpa_ketua_dasar=C(S, "Pasal 9 ayat (1)"),
        pengawas_ketua=C(S, "Pasal 9 ayat (2)"),
        persetujuan_dasar=C(S, "Pasal 6 ayat (3) huruf c–d; Pasal 6 ayat (4) huruf c–e"),
        # Bungo has no "setelah penetapan kedudukan" sentence: the kedudukan under a PPK is
        # the basis of every penugasan (Pasal 4 ayat (2)–(3)).
        kedudukan_dasar=C(S, "Pasal 4 ayat (2)–(3)"),
    ),
    jenis_tim=(
        JenisTim("tim-kerja", "Tim Kerja", C(S, "Pasal 9 ayat (4)"),
                 dokumen=JenisDokumen.SURAT_TUGAS, alias=("kelompok-kerja",)),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.BERKALA, None, True,
                          C(S, "Pasal 8 ayat (2) huruf b angka 4; Pasal 12")),
    dokumen=(
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN, (Peran.PPK_PEGAWAI, Peran.PUO_PEGAWAI),
                      C(S, "Pasal 6 ayat (3) huruf c; Pasal 7 ayat (2) huruf c"),
                      bentuk=Bentuk.INDIVIDU),
        AturanDokumen(JenisDokumen.SURAT_TUGAS, (Peran.KEPALA_PD, Peran.PUO_PEMILIK_KINERJA),
                      C(S, "Pasal 9 ayat (4)"), bentuk=Bentuk.TIM,
                      catatan="ketua dan anggota ditetapkan dengan [surat] tugas Kepala Perangkat "
                              "Daerah/Unit Kerja"),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT}),
    sukarela_lingkup_dasar=C(S, "Pasal 7 ayat (1)"),
)
