"""Perbup Pasuruan No. 217 Tahun 2023 (seed 004; seeds_B.md PART B).

Distinctive: ten unit patterns (Lampiran BAB II huruf D); a JF whose jenjang is too high for the
local head is assessed one level up (Ahli Madya → Level I, Ahli Muda → Administrator, same
jenjang as a JF Kepala → Kepala Dinas); Level-III Pengawas only coordinate ("Ketua Tim Kerja
Substansi") and recommend, they are not PPK in patterns 1–4 and 8.
"""

from __future__ import annotations

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit
from sistemkerja_desktop.domain.profiles.base import (
    ADMINISTRATOR_KE_ATAS,
    JPT,
    MADYA_KE_ATAS,
    MUDA_KE_ATAS,
    SEMUA_JENJANG,
    UNIT_PENGAWAS_BAWAH,
    Alur,
    AlurPersetujuan,
    AturanDokumen,
    AturanKedudukan,
    AturanKetua,
    AturanPimpinanJF,
    JenisDokumen,
    JenisTim,
    Lingkup,
    Pemantauan,
    Peran,
    PeriodePemantauan,
    RegulationProfile,
    aturan_dasar,
)
from sistemkerja_desktop.domain.profiles.citation import SEED_PASURUAN
from sistemkerja_desktop.domain.profiles.citation import Citation as C

S = SEED_PASURUAN
E = Tingkat.GALAT
D = "Lampiran BAB II huruf D angka"

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
    aturan_kedudukan=(
        # Pola 1 (Setda), 2–3 (Inspektorat, Setwan, Dinas, Badan), 4 (DPMPTSP), 8 (Kelurahan,
        # UPTD Tipe A): the Level-III Pengawas / Kasubbag TU coordinates "selayaknya Ketua Tim"
        # and gives a recommendation; the PPK is Level II/I. Pola 6 (RSUD Grati) and 7
        # (Kecamatan) make the Pengawas the PPK.
        AturanKedudukan(
            "PPK_PENGAWAS_BAWAHAN",
            "Pejabat Pengawas (Kepala Subbagian/Kepala Seksi/Kepala Subbidang) hanya berperan "
            "sebagai koordinator pelaksanaan tugas substansi dan memberi rekomendasi penilaian; "
            "Pejabat Penilai Kinerja adalah Pejabat Level II atau Level I",
            SEMUA_JENJANG, ADMINISTRATOR_KE_ATAS, E,
            C(S, f"{D} 1 huruf b butir 8–11; {D} 2 huruf b butir h–k; "
                 f"{D} 3 huruf b butir h–k; {D} 8 huruf b butir c–e"),
            pelaksana=True, ppk_jenis_unit=UNIT_PENGAWAS_BAWAH,
            kecuali_unit=frozenset({JenisUnit.RSUD, JenisUnit.KECAMATAN}),
            delegasi_membebaskan=False),
        AturanKedudukan(
            "JF_MADYA_UTAMA_BUKAN_JPT",
            "penilaian kinerja JF Ahli Madya dilaksanakan oleh Pejabat Level I (Asisten pada "
            "Sekretariat Daerah, Direktur/Kepala Dinas pada RSUD); Pejabat Administrator tidak "
            "menilai JF Ahli Madya ke atas",
            MADYA_KE_ATAS, JPT, E,
            C(S, f"{D} 1 huruf b butir 4–5; {D} 2 huruf b butir e; {D} 3 huruf b butir e; "
                 f"{D} 5 huruf b butir g–h; {D} 6 huruf b butir k–l")),
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
                                      f"{D} 8 huruf b butir j"),
    ),
    jenis_tim=(
        JenisTim("tim-kerja", "Tim Kerja", C(S, "Pasal 9; Lampiran BAB II huruf B angka 3 huruf A"),
                 dokumen=JenisDokumen.SURAT_PENUGASAN, alias=("kelompok-kerja",)),
        JenisTim("tim-kerja-substansi", "Tim Kerja Substansi",
                 C(S, f"{D} 1 huruf b butir 8; {D} 1 huruf b butir 13")),
    ),
    pemantauan=Pemantauan(PeriodePemantauan.BERKALA, None, True, C(S, "Pasal 13 ayat (2)–(3)")),
    dokumen=(
        AturanDokumen(JenisDokumen.SURAT_PENUGASAN, (Peran.PPK_PEGAWAI, Peran.PUO_PEGAWAI),
                      C(S, "Pasal 10 ayat (4); Lampiran BAB II huruf B angka 2"),
                      catatan="surat penugasan dan/atau bukti penugasan tertulis, fisik atau "
                              "elektronik; tidak ada SK Tim"),
    ),
    alur=(
        AlurPersetujuan(Alur.PENUNJUKAN_LINTAS_UNIT,
                        (Peran.PUO_PEMILIK_KINERJA, Peran.PUO_PEGAWAI, Peran.PPK_PEGAWAI),
                        C(S, "Lampiran BAB II huruf B angka 2 huruf a butir 2"),
                        "permohonan ke PPK dituju (tembusan PPK bersangkutan); PPK dituju "
                        "menyetujui dengan rekomendasi Pimpinan Unit Organisasi"),
        AlurPersetujuan(Alur.PENUNJUKAN_LINTAS_INSTANSI,
                        (Peran.PUO_PEMILIK_KINERJA, Peran.PYB_PEMOHON, Peran.PYB_TUJUAN,
                         Peran.PUO_PEGAWAI, Peran.PPK_PEGAWAI, Peran.PYB_TUJUAN,
                         Peran.PYB_PEMOHON),
                        C(S, "Lampiran BAB II huruf B angka 2 huruf a butir 3")),
        AlurPersetujuan(Alur.SUKARELA_LINTAS_UNIT,
                        (Peran.PEGAWAI, Peran.PUO_PEMILIK_KINERJA, Peran.PPK_PEGAWAI),
                        C(S, "Lampiran BAB II huruf B angka 2 huruf b butir 2"),
                        "Pimpinan Unit dituju lebih dahulu, kemudian PPK sendiri yang menyusun "
                        "surat penugasan"),
    ),
    sukarela_lingkup=frozenset({Lingkup.DALAM_UNIT, Lingkup.LINTAS_UNIT, Lingkup.LINTAS_PD}),
    sukarela_lingkup_dasar=C(S, "Lampiran BAB II huruf B angka 2 huruf b"),
    catatan=("Setiap penugasan mempertimbangkan beban kerja yang telah diemban (Lampiran BAB II "
             "huruf B angka 2).",),
)
