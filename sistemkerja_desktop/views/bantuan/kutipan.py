"""Quoted text of the Perbup behind the findings, copied from the seed files.

Each passage is the seed text exactly as extracted from the published PDF — OCR slips included
("bertanggungawab", "IlIb") — with runs of whitespace (line breaks) read as one space;
tests/views/test_bantuan.py finds every passage in its seed file. A reference without a passage
here is shown with its Pasal only: nothing is paraphrased into quotation marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from sistemkerja_desktop.domain.profiles.citation import SEED_BARITO_TIMUR as BT
from sistemkerja_desktop.domain.profiles.citation import SEED_BUNGO as BG
from sistemkerja_desktop.domain.profiles.citation import SEED_KAPUAS_HULU as KH
from sistemkerja_desktop.domain.profiles.citation import SEED_PASURUAN as PS
from sistemkerja_desktop.domain.profiles.citation import SEED_PEKALONGAN as PK
from sistemkerja_desktop.domain.profiles.citation import Citation


@dataclass(frozen=True, slots=True)
class Kutipan:
    seed: str
    rujukan: str  # one reference of a Citation.pasal ("Pasal 6", "Pasal 9 ayat (2)")
    teks: tuple[str, ...]  # passages of the seed, in order


_PPK = ("Pejabat Penilai Kinerja adalah atasan langsung dengan ketentuan paling rendah pejabat "
        "pengawas atau pejabat lain yang diberi pendelegasian kewenangan.")
_KH_KETUA = ("c. dalam tim kerja, pimpinan unit organisasi dapat menunjuk salah satu Pejabat "
             "Fungsional dan pelaksana sebagai ketua tim kerja berdasarkan keahlian dan/atau "
             "keterampilan;")
_BT_PEMILIK = ("(4) Pejabat Pemilik Kinerja menetapkan Tim Kerja berdasarkan hasil identifikasi "
               "dari angka 1 sampai dengan angka 3 di atas dan menunjuk Ketua Tim dan anggota "
               "dalam pelaksanaannya.")
_PS_LEVEL3 = ("l) Pejabat Level III dalam pelaksanaan koordinasi pelaksanaan tugas substansi "
              "selayaknya Ketua Tim Kerja tidak dapat membentuk Tim Kerja, dikarenakan secara "
              "otomatis menjadi Ketua Tim Kerja Substansi.")
_PS_KETUA = ("3. Dalam tim kerja, pimpinan unit organisasi dapat menunjuk salah satu pejabat "
             "fungsional atau pelaksana sebagai ketua tim kerja berdasarkan keahlian dan/atau "
             "keterampilan;")
_PS_D = "Lampiran BAB II huruf D angka"

KUTIPAN: tuple[Kutipan, ...] = (
    # ---- Kapuas Hulu 36/2023 ---------------------------------------------------------------
    Kutipan(KH, "Pasal 1 angka 16", (_PPK,)),
    Kutipan(KH, "Pasal 6", (
        "Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggung jawab secara "
        "langsung kepada Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator atau Pejabat "
        "Pengawas.",)),
    Kutipan(KH, "Pasal 7", (
        "Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri "
        "berdasarkan ketentuan peraturan perundang-undangan, Pejabat Fungsional tersebut dapat "
        "membawahi Pejabat Fungsional dan pelaksana.",)),
    Kutipan(KH, "Pasal 8 ayat (3)", (
        "(3) Dalam tim kerja yang anggotanya berasal dari lintas Unit Organisasi dan/atau "
        "lintas Instansi Pemerintah, Pejabat Fungsional atau pelaksana yang berperan sebagai "
        "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja.",)),
    Kutipan(KH, "Pasal 8", (
        "(4) Pejabat Fungsional dan Pelaksana dapat terlibat untuk melaksanakan tugas lebih dari "
        "1 (satu) target kinerja, baik berupa tugas rutin atau tugas insidental yang "
        "dilaksanakan dalam waktu tertentu.",)),
    Kutipan(KH, "Pasal 10", (
        "(2) Penugasan Pejabat Fungsional dan pelaksana secara individu dan/atau tim kerja yang "
        "melibatkan Pejabat Fungsional dan pelaksana antar Unit Organisasi ditetapkan dengan "
        "Keputusan Kepala Perangkat Daerah.",)),
    Kutipan(KH, "Pasal 13 ayat (3)", (
        "(3) Ketua tim kerja sebagaimana dimaksud pada ayat (2) diutamakan berasal dari Unit "
        "Organisasi pemilik kinerja.",)),
    Kutipan(KH, "Lampiran I huruf B angka 1", (
        "Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggungawab kepada "
        "Pejabat Penilai Kinerja. Pejabat Penilai Kinerja merupakan atasan langsung dari Pejabat "
        "Fungsional dan pelaksana dengan ketentuan jabatan paling rendah adalah jabatan pengawas "
        "atau jabatan lain yang diberi pendelegasian wewenang.",)),
    Kutipan(KH, "Lampiran I huruf B angka 2", (
        "Penugasan tersebut dilakukan setelah penetapan kedudukan Pejabat Fungsional dan "
        "pelaksana.",)),
    Kutipan(KH, "Lampiran I huruf B angka 2 huruf a angka 2 huruf c–d", (
        "Apabila Pejabat Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud "
        "berada tidak menyetujui pelibatan Pejabat Fungsional atau pelaksana, maka Pejabat "
        "Penilai Kinerja dimana Pejabat Fungsional atau pelaksana dimaksud berada menjawab surat "
        "permohonan pelibatan tersebut dengan alasan mengapa tidak dapat menyetujui "
        "permohonan;",)),
    Kutipan(KH, "Lampiran I huruf B angka 3", (_KH_KETUA,)),
    Kutipan(KH, "Lampiran I huruf B angka 3 huruf c", (_KH_KETUA,)),
    Kutipan(KH, "Lampiran I huruf B angka 3 huruf f", (
        "f. dalam hal terjadi kekosongan jabatan, perpindahan ketua tim kerja, maka dapat "
        "ditunjuk pelaksana/ pejabat fungsional, dengan syarat: 1. Pendidikan minimal D3;dan 2. "
        "Mempunyai pangkat/ golongan minimal Penata Muda Tk. I/ IlIb.",)),
    # ---- Barito Timur 11/2024 --------------------------------------------------------------
    Kutipan(BT, "Pasal 1 angka 20", (_PPK,)),
    Kutipan(BT, "Pasal 6 ayat (1)", (
        "(1) Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggung jawab secara "
        "langsung kepada Pejabat Pimpinan Tinggi Madya, Pejabat Pimpinan Tinggi Pratama, Pejabat "
        "Administrator atau Pejabat Pengawas.",)),
    Kutipan(BT, "Pasal 6 ayat (1)–(3)", (
        "(2) Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri "
        "berdasarkan ketentuan peraturan perundang-undangan, Pejabat Fungsional tersebut dapat "
        "membawahi Pejabat Fungsional dan pelaksana.",
        "(3) Pejabat fungsional bertanggung jawab secara langsung kepada jabatan pimpinan tinggi "
        "pratama dan/atau pejabat yang memiliki keterkaitan dengan pelaksanaan tugas jabatan "
        "fungsional yang mendapat pendelegasian dari jabatan pimpinan tinggi pratama.")),
    Kutipan(BT, "Pasal 7", (
        "Kedudukan sebagaimana dimaksud dalam Pasal 6 ditetapkan oleh Pejabat Pembina "
        "Kepegawaian.",)),
    Kutipan(BT, "Pasal 11 ayat (3)", (
        "(3) Dalam tim kerja yang anggotanya berasal dari lintas unit organisasi, lintas "
        "Perangkat Daerah, dan/atau lintas Instansi pemerintah, Pejabat Fungsional atau "
        "pelaksana yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi "
        "pemilik kinerja.",)),
    Kutipan(BT, "Lampiran II huruf A angka 2", (
        "(2) Penugasan dilakukan setelah penetapan kedudukan Pejabat Fungsional dan "
        "Pelaksana.",)),
    Kutipan(BT, "Lampiran II huruf A angka 7", (
        "(7) Pejabat Fungsional dan/atau Pelaksana yang ditugaskan secara individu diberikan "
        "surat penugasan dan/atau bukti penugasan tertulis, sedangkan Pejabat Fungsional dan/atau "
        "Pelaksana yang ditugaskan secara Tim Kerja diberikan Surat Keputusan Tim Kerja dari "
        "instansi pemilik kinerja yang berbentuk fisik atau elektronik.",)),
    Kutipan(BT, "Lampiran II huruf A angka 9", (
        "(9) Dalam tim kerja yang anggotanya berasal dari lintas Unit Organisasi dan/atau lintas "
        "Instansi Pemerintah, Pejabat Fungsional dan/atau Pelaksana yang berperan sebagai ketua "
        "tim diutamakan berasal dari Unit Organisasi pemilik kinerja.",)),
    Kutipan(BT, "Lampiran II huruf B angka 1", (
        "(1) Melakukan identifikasi rencana hasil kerja dengan target hasil kerja selama 1 "
        "(satu) tahun (dokumen renstra dan Renjanian Kinerja).",)),
    Kutipan(BT, "Lampiran II huruf B angka 2", (
        "(2) Melakukan identifikasi substansi sifat pekerjaan (lintas bagian, lintas OPD dan/atau "
        "lintas instansi).",)),
    Kutipan(BT, "Lampiran II huruf B angka 3", (
        "(3) Melakukan identifikasi teknis pelaksanaan tugas (lintas bagian, lintas OPD dan/atau "
        "lintas instansi).",)),
    Kutipan(BT, "Lampiran II huruf B angka 4", (_BT_PEMILIK,)),
    Kutipan(BT, "Lampiran II huruf B", (_BT_PEMILIK,)),
    # ---- Pekalongan 52/2024 ----------------------------------------------------------------
    Kutipan(PK, "Pasal 1 angka 26", (_PPK,)),
    Kutipan(PK, "Pasal 1 angka 31", (
        "Kelompok Kerja (*squad*) adalah Tim kerja yang berbasis layanan utama Unit Organisasi "
        "(tugas dan fungsi) dibentuk dalam rangka mencapai indikator kinerja organisasi dalam "
        "jangka waktu maksimal 1 (satu) tahun penugasan yang dituangkan dalam bentuk Keputusan "
        "Kepala Perangkat Daerah atau Kepala Unit Organisasi.",)),
    Kutipan(PK, "Pasal 1 angka 32", (
        "Tim Kerja adalah tim kerja berbasis tematik/lintas Unit Organisasi/lintas Instansi "
        "Pemerintah dan bersifat sementara (*ad hoc*) dibentuk dalam jangka waktu lebih dari 1 "
        "(satu) bulan, tetapi kurang dari 1 (satu) tahun yang dituangkan dalam bentuk Keputusan "
        "Kepala Unit Organisasi Pemilik Kinerja.",)),
    Kutipan(PK, "Pasal 1 angka 33", (
        "Ketua Tim Kerja adalah Pejabat Fungsional atau Pelaksana yang ditunjuk sebagai ketua "
        "untuk melaksanakan mekanisme koordinasi dan pengelolaan sesuai dengan bidang tugas dan "
        "fungsi dalam rangka mencapai indikator kinerja organisasi dalam jangka waktu maksimal 1 "
        "(satu) tahun.",)),
    Kutipan(PK, "Pasal 7 ayat (1)", (
        "(1) Pejabat Penilai Kinerja merupakan Pejabat Pimpinan Tinggi Pratama, Pejabat "
        "Administrator, Pejabat Pengawas, atau Pejabat Fungsional yang diangkat untuk memimpin "
        "suatu Unit Kerja mandiri sesuai dengan ketentuan peraturan perundang-undangan.",)),
    Kutipan(PK, "Pasal 7 ayat (3)", (
        "(3) Pejabat Fungsional dan Pelaksana berkedudukan di bawah dan bertanggung jawab secara "
        "langsung kepada Pejabat Penilai Kinerja.",)),
    Kutipan(PK, "Pasal 8", (
        "Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu Unit Kerja mandiri sesuai "
        "dengan ketentuan peraturan perundangan-undangan, Pejabat Fungsional tersebut dapat "
        "membawahi Pejabat Fungsional dalam jenjang jabatan yang lebih tinggi, setara maupun "
        "lebih rendah dan Pelaksana.",)),
    Kutipan(PK, "Pasal 11 ayat (2)", (
        "(2) Penugasan sebagaimana dimaksud pada ayat (1) guna melaksanakan satu kinerja keluaran "
        "(*output*) pada kurun waktu tertentu dalam satu tahun anggaran.",)),
    Kutipan(PK, "Pasal 12 ayat (1)–(3)", (
        "(3) Penugasan dalam bentuk Kelompok Kerja (*squad*) sebagaimana dimaksud pada ayat (1) "
        "huruf a ditetapkan dengan Keputusan Kepala Perangkat Daerah.",)),
    Kutipan(PK, "Pasal 12 ayat (4)–(5)", (
        "(4) Penugasan dalam bentuk tim kerja berbasis tematik sebagaimana dimaksud pada ayat (1) "
        "huruf b dengan kriteria: - a. berasal dari lintas Unit Organisasi/lintas Pemerintah dan "
        "bersifat sementara (*ad hoc*); dan - b. berlaku dalam jangka waktu paling singkat 1 "
        "(satu) bulan, dan paling lama 1 (satu) tahun.",)),
    Kutipan(PK, "Pasal 13 ayat (1)", (
        "(1) Dalam hal mengelola Kelompok Kerja (*Squad*) sebagaimana pasal 12 ayat (1) huruf a "
        "dalam pelaksanaan tugas, ditunjuk Ketua Kelompok Kerja (*Squad*).",)),
    Kutipan(PK, "Pasal 13 ayat (4)", (
        "(4) Ketua Kelompok Kerja yang anggotanya berasal dari lintas Unit Organisasi dan/atau "
        "lintas Instansi Pemerintah, diutamakan berasal dari Unit Organisasi pemilik Kinerja.",)),
    Kutipan(PK, "Pasal 29 ayat (1)–(2)", (
        "(1) Apabila terdapat kekosongan sementara Ketua Tim (*squad*), dapat ditunjuk Ketua Tim "
        "Kerja sementara untuk melancarkan pelaksanaan tugas oleh Kepala Unit Organisasi Pemilik "
        "Kinerja.",
        "(2) Ketua Kelompok Kerja (*squad*) sementara yang ditunjuk sebagaimana dimaksud pada "
        "ayat (1) merupakan pegawai satu jenjang di bawah atau di atasnya atau yang setara Ketua "
        "Kelompok Kerja (*squad*).")),
    # ---- Bungo 15/2024 ---------------------------------------------------------------------
    Kutipan(BG, "Pasal 1 angka 19", (_PPK,)),
    Kutipan(BG, "Pasal 1 angka 20", (
        "Ketua Tim adalah Pejabat Pengawas/ Pejabat Fungsional/ Pelaksana yang ditunjuk sebagai "
        "ketua untuk melaksanakan mekanisme koordinasi dan pengelolaan kegiatan sesuai dengan "
        "bidang tugas.",)),
    Kutipan(BG, "Pasal 4 ayat (2)–(3)", (
        "(2) Kedudukan sebagaimana dimaksud pada ayat (1) disesuaikan dengan penempatan pejabat "
        "fungsional atau pelaksana yang tercantum dalam keputusan pejabat pembina kepegawaian.",
        "(3) Pejabat fungsional dan pelaksana berkedudukan di bawah dan bertanggung jawab secara "
        "langsung kepada pejabat penilai kinerja sebagai atasan langsung.")),
    Kutipan(BG, "Pasal 9 ayat (1)", (
        "(1) Dalam pelaksanaan tim kerja, pimpinan unit organisasi menunjuk salah satu Pejabat "
        "Fungsional atau Pelaksana dalam unit organisasi sebagai ketua tim berdasarkan "
        "keadanan/atau keterampilan;",)),
    Kutipan(BG, "Pasal 9 ayat (1)–(2)", (
        "(1) Dalam pelaksanaan tim kerja, pimpinan unit organisasi menunjuk salah satu Pejabat "
        "Fungsional atau Pelaksana dalam unit organisasi sebagai ketua tim berdasarkan "
        "keadanan/atau keterampilan;",
        "(2) Dalam hal Unit Organisasi mempunyai struktur organisasi dari 2 (dua) level, maka "
        "Pejabat Pengawas ditunjuk sebagai ketua tim sesuai dengan bidang tugas.")),
    Kutipan(BG, "Pasal 9 ayat (2)", (
        "(2) Dalam hal Unit Organisasi mempunyai struktur organisasi dari 2 (dua) level, maka "
        "Pejabat Pengawas ditunjuk sebagai ketua tim sesuai dengan bidang tugas.",)),
    Kutipan(BG, "Pasal 9 ayat (3)", (
        "(3) Apabila terdapat anggota yang berasal dari lintas unit organ dan/atau lintas "
        "Instansi Pemerintah, Pejabat Fungsional Pelaksana yang berperan sebagai ketua tim "
        "berasal dari Organisasi pemilik kinerja tersebut.",)),
    Kutipan(BG, "Pasal 9 ayat (4)", (
        "(4) Penunjukan ketua dan anggota tim ditetapkan dengan tugas Kepala Perangkat "
        "Daerah/Unit Kerja.",)),
    # ---- Pasuruan 217/2023 -----------------------------------------------------------------
    Kutipan(PS, "Pasal 1 angka 23", (
        "Pejabat Penilai Kinerja adalah atasan langsung dari pejabat yang dinilai kinerjnya "
        "dengan ketentuan paling rendah pejabat pengawas atau pejabat lain yang diberi "
        "pendelegasian kewenangan untuk menilai kinerja.",)),
    Kutipan(PS, "Pasal 8 ayat (1)", (
        "(1) Pejabat Fungsional dan pelaksana berkedudukan di bawah dan bertanggung jawab secara "
        "langsung kepada Pejabat Pimpinan Tinggi Madya, Pejabat Pimpinan Tinggi Pratama, Pejabat "
        "Administrator atau Pejabat Pengawas.",)),
    Kutipan(PS, "Pasal 8 ayat (2)", (
        "(2) Dalam hal Pejabat Fungsional diangkat untuk memimpin suatu unit kerja mandiri "
        "berdasarkan ketentuan peraturan perundang-undangan, Pejabat Fungsional tersebut dapat "
        "membawahi Pejabat Fungsional dan pelaksana.",)),
    Kutipan(PS, "Pasal 9 ayat (3)", (
        "(3) Dalam tim kerja yang anggotanya berasal dari lintas Unit Organisasi dan/atau lintas "
        "Instansi Pemerintah, Pejabat fungsional atau pelaksana yang berperan sebagai ketua tim "
        "diutamakan berasal dari Unit Organisasi pemilik kinerja.",)),
    Kutipan(PS, "Lampiran BAB II huruf B angka 3 huruf A butir 3", (_PS_KETUA,)),
    Kutipan(PS, f"{_PS_D} 1 huruf b butir 13", (
        "13. Pejabat Pengawas dalam pelaksanaan koordinasi, pelaksanaan tugas substansi "
        "selayaknya Ketua Tim Kerja tidak dapat membentuk Tim Kerja, dikarenakan secara otomatis "
        "menjadi Ketua Tim Kerja.",)),
    Kutipan(PS, f"{_PS_D} 2 huruf b butir l", (_PS_LEVEL3,)),
    Kutipan(PS, f"{_PS_D} 3 huruf b butir l", (_PS_LEVEL3,)),
    Kutipan(PS, f"{_PS_D} 4 huruf b butir b angka 8", (
        "8. Pejabat Level III dalam pelaksanaan koordinasi pelaksanaan tugas substansi "
        "selayaknya Ketua Tim Kerja tidak dapat membentuk Tim Kerja, dikarenakan secara otomatis "
        "menjadi Ketua Tim Kerja Substansi;",)),
    Kutipan(PS, f"{_PS_D} 8 huruf b butir j", (
        "j. Kepala Sub Bagian Tata Usaha dalam pelaksanaan tugas substansi Tata Usaha tidak "
        "dapat membentuk Tim Kerja dikarenakan secara otomatis menjadi Ketua Tim Kerja;",)),
)

_BY_KEY = {(k.seed, k.rujukan): k for k in KUTIPAN}


def rujukan(citation: Citation) -> list[str]:
    """The references of a citation ("Pasal 6; Pasal 7" → ["Pasal 6", "Pasal 7"])."""
    return [part.strip() for part in citation.pasal.split(";") if part.strip()]


def kutipan_untuk(citation: Citation | None) -> list[Kutipan]:
    """The quoted passages of a citation's references, in its order (those we have)."""
    if citation is None or citation.seed is None:
        return []
    found = (_BY_KEY.get((citation.seed, ref)) for ref in rujukan(citation))
    return [k for k in found if k is not None]
