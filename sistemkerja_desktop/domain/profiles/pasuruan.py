"""Perbup Pasuruan No. 217 Tahun 2023 (seed 004; seeds_B.md PART B).

Distinctive: ten unit patterns (Lampiran BAB II huruf D); a JF whose jenjang is too high for the
local head is assessed one level up (Ahli Madya → Level I, Ahli Muda → Administrator, same
jenjang as a JF Kepala → Kepala Dinas, Ahli Utama in an RSUD → Sekretaris Daerah); Level-III
Pengawas only coordinate ("Ketua Tim Kerja Substansi") and recommend, they are not PPK in
patterns 1–5 and 8 (a pegawai's pattern is that of his nearest unit kerja: a Kelurahan under its
Kecamatan is pattern 8); a delegasi delegates pengelolaan kinerja only.
"""

from __future__ import annotations

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit
from sistemkerja_desktop.domain.profiles.base import (
    ADMINISTRATOR_KE_ATAS,
    JPT,
    MADYA_KE_ATAS,
    MUDA_KE_ATAS,
    NAMA_SEKDA,
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
    UnitKerja,
    aturan_dasar,
)
from sistemkerja_desktop.domain.profiles.citation import SEED_PASURUAN
from sistemkerja_desktop.domain.profiles.citation import Citation as C

S = SEED_PASURUAN
E = Tingkat.GALAT
D = "Lampiran BAB II huruf D angka"
_RSUD_POLA_6 = UnitKerja(JenisUnit.RSUD, dipimpin_jpt=False)  # D.6: Direktur is Administrator

PROFILE = RegulationProfile(
    kode="pasuruan",
    nama="Perbup Pasuruan No. 217 Tahun 2023 tentang Sistem Kerja Aparatur Sipil Negara di "
         "Lingkungan Pemerintah Kabupaten Pasuruan untuk Penyederhanaan Birokrasi",
    singkat="Perbup Pasuruan 217/2023",
    kabupaten="Kabupaten Pasuruan",
    provinsi="Jawa Timur",
    seed=S,
    aturan_dasar=aturan_dasar(
        tunggal=C(S, "Pasal 8 ayat (1); Lampiran BAB II huruf B angka 1"),
        penilai=C(S, "Pasal 1 angka 23; Pasal 8 ayat (2); "
                     "Lampiran BAB II huruf B angka 1 huruf b")),
    # The pola is the subject's NEAREST unit kerja (domain.pola_unit): a Kelurahan under its
    # Kecamatan is pola 8, not 7; an RSUD is pola 5 when a JPT heads it (Direktur RSUD Bangil),
    # else pola 6 (RSUD Grati). A recorded delegasi delegates *pengelolaan kinerja* only
    # (D.2.b e; D.5.b l; D.6.b l, n): it never makes the delegate the PPK of these rows.
    aturan_kedudukan=(
        # Pola 1 (Setda), 2–3 (Inspektorat, Setwan, Dinas, Badan), 4 (DPMPTSP), 8 (Kelurahan,
        # UPTD Tipe A: the Lurah/Kepala UPTD is PPK of Level II, JF and Pelaksana, huruf c–e):
        # the Level-III Pengawas / Kasubbag TU coordinates "selayaknya Ketua Tim" and gives a
        # recommendation; the PPK is Level II/I. Pola 5 (RSUD led by a JPT): Kabag/Kabid are the
        # PPK (D.5.b e–f). Only pola 6 (RSUD led by an Administrator) and 7 (Kecamatan) make the
        # Pengawas the PPK.
        AturanKedudukan(
            "PPK_PENGAWAS_BAWAHAN",
            "Pejabat Pengawas (Kepala Subbagian/Kepala Seksi/Kepala Subbidang; pada Kelurahan dan "
            "UPTD selain Lurah/Kepala UPTD) hanya berperan sebagai koordinator pelaksanaan tugas "
            "substansi dan memberi rekomendasi penilaian; Pejabat Penilai Kinerja adalah Pejabat "
            "Level II atau Level I (pada RSUD yang dipimpin Pejabat Pimpinan Tinggi: Kepala "
            "Bagian/Kepala Bidang)",
            SEMUA_JENJANG, ADMINISTRATOR_KE_ATAS, E,
            C(S, f"{D} 1 huruf b butir 8–11; {D} 2 huruf b butir h–k; "
                 f"{D} 3 huruf b butir h–k; {D} 4 huruf b butir b angka 5–7; "
                 f"{D} 5 huruf b butir e–f; {D} 8 huruf b butir c–e"),
            pelaksana=True, ppk_jenis_unit=UNIT_PENGAWAS_BAWAH,
            ppk_bawahan_di=frozenset({JenisUnit.KELURAHAN, JenisUnit.UPTD}),
            kecuali_unit=frozenset({JenisUnit.KECAMATAN, _RSUD_POLA_6}),
            delegasi_membebaskan=False),
        # Pola 5 huruf b j)–l): an Ahli Utama in an RSUD is assessed by the Sekretaris Daerah;
        # the Sekda may delegate only the pengelolaan kinerja to the Direktur.
        AturanKedudukan(
            "JF_UTAMA_BUKAN_SEKDA",
            "penilaian kinerja JF Ahli Utama pada RSUD dilaksanakan oleh Sekretaris Daerah; "
            "Kepala Bagian/Kepala Bidang bukan Pejabat Penilai Kinerjanya dan Direktur hanya "
            "dapat diberi pendelegasian pengelolaan kinerja",
            frozenset({Jenjang.AHLI_UTAMA}), JPT, E, C(S, f"{D} 5 huruf b butir j–l"),
            hanya_unit=frozenset({JenisUnit.RSUD}), ppk_nama=NAMA_SEKDA,
            delegasi_membebaskan=False),
        AturanKedudukan(
            "JF_MADYA_UTAMA_BUKAN_JPT",
            "penilaian kinerja JF Ahli Madya dilaksanakan oleh Pejabat Level I (Pejabat Pimpinan "
            "Tinggi: Asisten pada Sekretariat Daerah, Kepala Dinas/Badan/Inspektur, Direktur RSUD "
            "yang dipimpin Pejabat Pimpinan Tinggi, Kepala Dinas pengampu urusan kesehatan pada "
            "RSUD yang dipimpin Pejabat Administrator); pejabat di bawahnya hanya memberi "
            "penugasan dan mengelola kinerja, juga dengan pendelegasian",
            MADYA_KE_ATAS, JPT, E,
            C(S, f"{D} 2 huruf b butir e; {D} 1 huruf b butir 4–5; {D} 3 huruf b butir e; "
                 f"{D} 4 huruf b butir b angka 9; {D} 5 huruf b butir g; {D} 6 huruf b butir k"),
            delegasi_membebaskan=False),
        AturanKedudukan(
            "JF_DI_BAWAH_PENGAWAS",
            "penilaian kinerja JF Ahli Muda dilaksanakan oleh Pejabat Administrator (Kepala "
            "Bagian/Bidang, Camat, Kepala Dinas atau Administrator yang diberi kewenangan); "
            "Pejabat Pengawas tidak menilai JF Ahli Muda ke atas",
            MUDA_KE_ATAS, ADMINISTRATOR_KE_ATAS, E,
            C(S, f"{D} 6 huruf b butir g–h; {D} 7 huruf b butir d–e; "
                 f"{D} 8 huruf b butir f–g; {D} 10 huruf b butir e–f"),
            delegasi_membebaskan=False),
    ),
    aturan_pimpinan_jf=AturanPimpinanJF(
        "JF_SETARA_PIMPINAN_JF",
        "JF dengan jenjang yang sama dengan Kepala Satuan Pendidikan/Kepala Puskesmas (JF "
        "dengan tugas tambahan) dinilai oleh Kepala Dinas atau Pejabat Administrator pada Dinas "
        "yang diberi pendelegasian kewenangan",
        E, C(S, f"{D} 9 huruf b butir f–g")),
    ketua=AturanKetua(
        kategori=frozenset({Kategori.FUNGSIONAL, Kategori.PELAKSANA}),
        kategori_dasar=C(S, "Pasal 9 ayat (3); Lampiran BAB II huruf B angka 3 huruf A butir 3"),
        dari_pemilik_kinerja=Tingkat.PERINGATAN,
        dari_pemilik_kinerja_dasar=C(S, "Pasal 9 ayat (3); "
                                        "Lampiran BAB II huruf B angka 3 huruf A butir 4"),
        satu_ketua_dasar=C(S, "Lampiran BAB II huruf B angka 3 huruf A butir 3"),
        tanpa_ketua=None,  # "dapat menunjuk"
        tanpa_ketua_dasar=C(S, "Lampiran BAB II huruf B angka 3 huruf A butir 3"),
        pengawas_ketua_substansi=C(S, f"{D} 1 huruf b butir 13; {D} 2 huruf b butir l; "
                                      f"{D} 3 huruf b butir l; {D} 4 huruf b butir b angka 8; "
                                      f"{D} 8 huruf b butir j"),
        persetujuan_dasar=C(S, "Lampiran BAB II huruf B angka 2 huruf a butir 2 huruf c–d; "
                               "Lampiran BAB II huruf B angka 2 huruf a butir 3"),
        # "Penugasan tersebut dilakukan setelah penetapan kedudukan"
        kedudukan_dasar=C(S, "Lampiran BAB II huruf B angka 2 huruf a"),
    ),
    jenis_tim=(
        JenisTim("tim-kerja", "Tim Kerja", C(S, "Pasal 9; Lampiran BAB II huruf B angka 3 huruf A"),
                 dokumen=JenisDokumen.SURAT_PENUGASAN, alias=("kelompok-kerja",)),
        JenisTim("tim-kerja-substansi", "Tim Kerja Substansi",
                 C(S, f"{D} 1 huruf b butir 8; {D} 1 huruf b butir 13"),
                 dokumen=JenisDokumen.SURAT_PENUGASAN, substansi=True),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.BERKALA, None, True, C(S, "Pasal 13 ayat (2)–(3)")),
    dokumen=(
        # Pasal 10(4): set by the PPK or the Pimpinan Unit Organisasi; no SK Tim.
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN, (Peran.PUO_PEMILIK_KINERJA, Peran.PPK_PEGAWAI),
                      C(S, "Pasal 10 ayat (4); Lampiran BAB II huruf B angka 2 huruf a"),
                      bentuk=Bentuk.TIM,
                      catatan="surat penugasan dan/atau bukti penugasan tertulis, fisik atau "
                              "elektronik; tidak ada SK Tim"),
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN, (Peran.PPK_PEGAWAI, Peran.PUO_PEGAWAI),
                      C(S, "Pasal 10 ayat (4); Lampiran BAB II huruf B angka 2"),
                      catatan="surat penugasan dan/atau bukti penugasan tertulis, fisik atau "
                              "elektronik; tidak ada SK Tim"),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT, Lingkup.LINTAS_PD}),
    sukarela_lingkup_dasar=C(S, "Lampiran BAB II huruf B angka 2 huruf b"),
    catatan=("Setiap penugasan mempertimbangkan beban kerja yang telah diemban (Lampiran BAB II "
             "huruf B angka 2).",),
)
