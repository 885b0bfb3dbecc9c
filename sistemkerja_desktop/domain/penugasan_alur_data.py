"""The chains of a permohonan penugasan per profile, as data (see `domain.penugasan_alur`).

Each chain is written as the requesting side sees it (arah DALAM inside the PD, arah KELUAR when
we ask another instansi): `Pihak.KITA` for our steps, `Pihak.MEREKA` for the other instansi's.
The submission itself is not a step: the pemohon (`Permohonan.oleh_id`) submits, and the first
step is the first decision on it. A penunjukan that leaves the unit starts with the requesting
Pimpinan Unit Organisasi signing the surat permohonan (a request drafted by a ketua tim or staff
needs the PUO's signature; when the PUO himself submits, he signs it as the first action).
A pengajuan sukarela is the pegawai's own letter: its first step is the first official who
answers it.

Source: /work/shared/spec/penugasan_laporan.md §1 and the seed texts (the Pasal cited per row).
"""

from __future__ import annotations

from dataclasses import dataclass

from sistemkerja_desktop.domain.penugasan import (
    Aksi,
    JenisPenugasan,
    JenisSurat,
    LangkahAlur,
    LingkupPenugasan,
    Pihak,
)
from sistemkerja_desktop.domain.penugasan_peran import SEKDA_AN_BUPATI
from sistemkerja_desktop.domain.profiles import (
    barito_timur,
    bungo,
    kapuas_hulu,
    pasuruan,
    pekalongan,
)
from sistemkerja_desktop.domain.profiles.base import Peran
from sistemkerja_desktop.domain.profiles.citation import Citation, umum


@dataclass(frozen=True, slots=True)
class AlurPenugasan:
    """The chain a profile prescribes for one kind of request.

    `lisan`: a sukarela dalam unit is said orally and only logged; `beban_kerja`: the approvers
    weigh the workload (Pasuruan); `alamat`: the addressee line of the surat permohonan."""

    jenis: JenisPenugasan
    lingkup: LingkupPenugasan
    langkah: tuple[LangkahAlur, ...]
    dasar: Citation
    lisan: bool = False
    beban_kerja: bool = False
    alamat: str = ""
    catatan: str = ""


@dataclass(frozen=True, slots=True)
class Larangan:
    """A kind of request the profile forbids."""

    pesan: str
    dasar: Citation


P, S = JenisPenugasan.PENUNJUKAN, JenisPenugasan.SUKARELA
DU, LU, LI = (LingkupPenugasan.DALAM_UNIT, LingkupPenugasan.LINTAS_UNIT,
              LingkupPenugasan.LINTAS_INSTANSI)
KITA, MEREKA = Pihak.KITA, Pihak.MEREKA
PUO_PK, PUO_PG, PPK = Peran.PUO_PEMILIK_KINERJA, Peran.PUO_PEGAWAI, Peran.PPK_PEGAWAI
KPD, SEKDA, PYB_P, PYB_T = Peran.KEPALA_PD, Peran.SEKDA, Peran.PYB_PEMOHON, Peran.PYB_TUJUAN
PERMOHONAN, JAWABAN, PENUGASAN = JenisSurat.PERMOHONAN, JenisSurat.JAWABAN, JenisSurat.PENUGASAN
Tabel = dict[tuple[JenisPenugasan, LingkupPenugasan], AlurPenugasan | Larangan]

_PUTUS = frozenset({Aksi.SETUJUI, Aksi.TOLAK})
_REKOM = frozenset({Aksi.REKOMENDASI, Aksi.TOLAK})
_TERUS = frozenset({Aksi.TERUSKAN, Aksi.TOLAK})
_TERIMA = frozenset({Aksi.TERUSKAN})  # receives an answer and passes it on: nothing to decide


def putus(peran: Peran, ket: str, *, pihak: Pihak = KITA, surat: JenisSurat | None = None,
          tembusan: tuple[Peran, ...] = ()) -> LangkahAlur:
    """A deciding step: approve or refuse (with alasan)."""
    return LangkahAlur(peran, _PUTUS, pihak, tembusan, surat, ket)


def rekom(peran: Peran, ket: str, *, pihak: Pihak = KITA,
          tembusan: tuple[Peran, ...] = ()) -> LangkahAlur:
    """A recommendation before the deciding step (or a refusal)."""
    return LangkahAlur(peran, _REKOM, pihak, tembusan, None, ket)


def terus(peran: Peran, ket: str, *, pihak: Pihak = KITA, surat: JenisSurat | None = None,
          tembusan: tuple[Peran, ...] = (), terima: bool = False) -> LangkahAlur:
    """A forwarding step (a PyB passing the letter on; `terima`: only passes an answer on)."""
    return LangkahAlur(peran, _TERIMA if terima else _TERUS, pihak, tembusan, surat, ket)


def _lintas_instansi_kh() -> tuple[LangkahAlur, ...]:
    """Penunjukan lintas instansi as Kapuas Hulu, Bungo and Pasuruan write it: PUO pemilik
    kinerja → PyB → PyB tujuan → (rekomendasi PUO) PPK answers with the list → PyB tujuan
    sends the surat jawaban → PyB pemohon → the PUO where the pegawai sit issues the surat
    penugasan, tembusan PyB of both instansi and the PPK."""
    return (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan kepada Pejabat yang Berwenang",
              surat=PERMOHONAN, tembusan=(PPK,)),
        terus(PYB_P, "menyetujui dan mengirimkan surat permohonan kepada Pejabat yang "
                     "Berwenang instansi dituju"),
        terus(PYB_T, "menyetujui dan menginstruksikan Pejabat Penilai Kinerja menugaskan",
              pihak=MEREKA),
        rekom(PUO_PG, "memberikan rekomendasi kepada Pejabat Penilai Kinerja", pihak=MEREKA),
        putus(PPK, "menjawab ketersediaan beserta daftar pegawai yang ditugaskan",
              pihak=MEREKA),
        terus(PYB_T, "menyetujui surat jawaban dan mengirimkannya kepada Pejabat yang "
                     "Berwenang pemohon", pihak=MEREKA, surat=JAWABAN),
        terus(PYB_P, "menerima surat jawaban permohonan", terima=True),
        putus(PUO_PG, "memberikan surat penugasan kepada pegawai yang ditugaskan",
              pihak=MEREKA, surat=PENUGASAN, tembusan=(PYB_T, PPK, PYB_P)),
    )


# ---- Kapuas Hulu 36/2023, Lampiran I huruf B angka 2 -----------------------------------------

_KH = kapuas_hulu.S
_KH_B2 = "Lampiran I huruf B angka 2"
KAPUAS_HULU: Tabel = {
    (P, DU): AlurPenugasan(P, DU, (
        putus(PUO_PG, "menugaskan langsung Pejabat Fungsional/Pelaksana di unit organisasinya",
              surat=PENUGASAN),
    ), Citation(_KH, f"{_KH_B2} huruf a angka 1; Pasal 10 ayat (3)")),
    (P, LU): AlurPenugasan(P, LU, (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan kepada Pejabat Penilai Kinerja "
                      "dituju", surat=PERMOHONAN, tembusan=(PPK,)),
        rekom(PUO_PG, "memberikan rekomendasi kepada Pejabat Penilai Kinerja dituju"),
        putus(PPK, "menyetujui dan menyusun surat penugasan, atau menjawab dengan alasan "
                   "penolakan", surat=PENUGASAN),
    ), Citation(_KH, f"{_KH_B2} huruf a angka 2 huruf a–e; Pasal 10 ayat (2)"),
        alamat="Pejabat Penilai Kinerja dituju"),
    (P, LI): AlurPenugasan(P, LI, _lintas_instansi_kh(), Citation(
        _KH, f"{_KH_B2} huruf a angka 3 huruf a–e; Pasal 10 ayat (1)"),
        alamat="Pejabat yang Berwenang"),
    (S, DU): AlurPenugasan(S, DU, (
        putus(PUO_PG, "menerima keinginan yang disampaikan secara lisan dan menugaskan",
              surat=PENUGASAN),
    ), Citation(_KH, f"{_KH_B2} huruf b angka 1"), lisan=True),
    (S, LU): AlurPenugasan(S, LU, (
        putus(PUO_PK, "Pimpinan Unit Organisasi dituju menyetujui surat permohonan",
              surat=PERMOHONAN, tembusan=(PPK, PUO_PG)),
        putus(PPK, "menyetujui dan menyusun surat penugasan", surat=PENUGASAN,
              tembusan=(PUO_PG,)),
    ), Citation(_KH, f"{_KH_B2} huruf b angka 2"), alamat="Pimpinan Unit Organisasi dituju"),
    (S, LI): Larangan("Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi dan "
                      "lintas unit organisasi di dalam instansi pemerintah bersangkutan",
                      Citation(_KH, f"{_KH_B2} huruf b")),
}


# ---- Barito Timur 11/2024, Lampiran II huruf C ------------------------------------------------

_BT = barito_timur.S
_BT_C = "Lampiran II huruf C"
BARITO_TIMUR: Tabel = {
    (P, DU): AlurPenugasan(P, DU, (
        putus(PUO_PG, "Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi menugaskan "
                      "secara langsung", surat=PENUGASAN),
    ), Citation(_BT, f"{_BT_C} angka 1 nomor 2; {_BT_C} angka 4; Pasal 12 ayat (4)")),
    (P, LU): AlurPenugasan(P, LU, (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan kepada Kepala Perangkat Daerah "
                      "dan/atau Pimpinan Unit Organisasi dituju", surat=PERMOHONAN),
        putus(PUO_PG, "menyetujui dan menyusun surat penugasan, atau menjawab dengan alasan "
                      "penolakan", surat=PENUGASAN),
        putus(PUO_PK, "menetapkan dengan Surat Keputusan Tim Kerja"),
    ), Citation(_BT, f"{_BT_C} angka 1 nomor 3 huruf a–e"),
        alamat="Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju"),
    (P, LI): AlurPenugasan(P, LI, (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan kepada Pejabat yang Berwenang",
              surat=PERMOHONAN, tembusan=(PUO_PG,)),
        terus(PYB_P, "menyetujui dan mengirimkan surat pelibatan kepada Pimpinan Unit "
                     "Organisasi instansi dituju"),
        putus(PUO_PG, "membuat surat persetujuan sesuai kriteria, atau menjawab dengan alasan "
                      "penolakan, kepada Pejabat yang Berwenang", pihak=MEREKA, surat=JAWABAN),
        terus(PYB_P, "menyampaikan surat pelibatan kepada Pimpinan Unit Organisasi pemilik "
                     "kinerja", terima=True),
        putus(PUO_PK, "menetapkan dengan Surat Keputusan Tim Kerja"),
    ), Citation(_BT, f"{_BT_C} angka 1 nomor 4 huruf a–g"), alamat="Pejabat yang Berwenang"),
    (S, DU): AlurPenugasan(S, DU, (
        putus(PUO_PG, "Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi menerima "
                      "keinginan yang disampaikan secara lisan dan menugaskan", surat=PENUGASAN),
    ), Citation(_BT, f"{_BT_C} angka 2 nomor 2"), lisan=True),
    (S, LU): AlurPenugasan(S, LU, (
        putus(PUO_PG, "Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi bersangkutan "
                      "menyetujui surat permohonan", surat=PERMOHONAN),
        putus(PUO_PK, "Pimpinan Unit Organisasi dituju menyetujui permohonan, atau menolak "
                      "dengan alasan"),
        putus(PUO_PG, "membuat surat penugasan untuk melaksanakan kinerja pada pemilik kinerja",
              surat=PENUGASAN),
    ), Citation(_BT, f"{_BT_C} angka 2 nomor 3"),
        alamat="Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi dituju"),
    (S, LI): Larangan("Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi atau "
                      "lintas unit organisasi", Citation(_BT, f"{_BT_C} angka 2 nomor 1")),
}


# ---- Pekalongan 52/2024, Pasal 15–16 and Lampiran IV -----------------------------------------

_PK = pekalongan.S
PEKALONGAN: Tabel = {
    (P, DU): AlurPenugasan(P, DU, (
        rekom(PPK, "Pejabat Penilai Kinerja mengusulkan penunjukan"),
        putus(PUO_PG, "menunjuk secara langsung atas usulan Pejabat Penilai Kinerja",
              surat=PENUGASAN),
    ), Citation(_PK, "Pasal 15 ayat (2); Lampiran IV angka 4.1 huruf a; Pasal 17 ayat (3)"),
        catatan="Penugasan melalui penunjukan ditetapkan dengan Keputusan Kepala Perangkat "
                "Daerah (Pasal 10 ayat (4)); surat penugasan menurut Pasal 17 ayat (3)"),
    (P, LU): AlurPenugasan(P, LU, (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan kepada Pimpinan Unit Organisasi "
                      "mitra kerja", surat=PERMOHONAN, tembusan=(PPK,)),
        rekom(PPK, "memberikan rekomendasi kepada Pimpinan Unit Organisasi dituju"),
        putus(PUO_PG, "memberikan surat balasan berisi persetujuan dan rekomendasi pegawai "
                      "beserta surat penugasan, atau penolakan disertai alasan",
              surat=PENUGASAN),
    ), Citation(_PK, "Pasal 15 ayat (3)–(4); Lampiran IV angka 4.1 huruf b; Lampiran IV angka "
                     "4.1.3"),
        alamat="Pimpinan Unit Organisasi mitra kerja",
        catatan="Penugasan melalui penunjukan ditetapkan dengan Keputusan Kepala Perangkat "
                "Daerah (Pasal 10 ayat (4))"),
    (P, LI): AlurPenugasan(P, LI, (
        putus(PUO_PK, "menyampaikan surat permohonan pelibatan kepada Bupati u.p. Sekretaris "
                      "Daerah", surat=PERMOHONAN, tembusan=(PPK,)),
        terus(SEKDA, "Sekretaris Daerah atas nama Bupati menyampaikan surat permohonan kepada "
                     "Pejabat yang Berwenang instansi dituju"),
        putus(PYB_T, "memberikan surat balasan berisi persetujuan dan rekomendasi pegawai, atau "
                     "penolakan disertai alasan", pihak=MEREKA, surat=JAWABAN),
        terus(SEKDA, "Bupati menerima surat balasan dari instansi dituju", terima=True),
    ), Citation(_PK, "Pasal 15 ayat (5); Lampiran IV angka 4.1 huruf c; Pasal 1 angka 5"),
        alamat="Bupati u.p. Sekretaris Daerah"),
    (S, DU): AlurPenugasan(S, DU, (
        putus(PUO_PG, "menerima pengajuan yang disampaikan secara lisan atau tertulis dan "
                      "memberikan surat penugasan", surat=PENUGASAN),
    ), Citation(_PK, "Pasal 16 ayat (2); Lampiran IV angka 4.2.1"), lisan=True,
        catatan="Pengajuan dapat disampaikan secara lisan atau tertulis (Pasal 16 ayat (2) "
                "huruf a)"),
    (S, LU): AlurPenugasan(S, LU, (
        putus(PUO_PG, "Pimpinan Unit Organisasi bersangkutan menyetujui surat pengajuan",
              surat=PERMOHONAN, tembusan=(PPK,)),
        putus(PUO_PK, "Pimpinan Unit Organisasi pemilik kinerja menyetujui pengajuan, atau "
                      "menolak secara tertulis disertai alasan"),
        putus(PUO_PG, "memberikan surat penugasan untuk melaksanakan kinerja di unit "
                      "organisasi pemilik kinerja", surat=PENUGASAN),
    ), Citation(_PK, "Pasal 16 ayat (3); Lampiran IV angka 4.2.2"),
        alamat="Pimpinan Unit Organisasi pemilik kinerja"),
    (S, LI): Larangan("Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi atau "
                      "lintas unit organisasi di dalam Pemerintah Daerah",
                      Citation(_PK, "Pasal 16 ayat (1); Lampiran IV angka 4.2")),
}


# ---- Bungo 15/2024, Pasal 6–7 ----------------------------------------------------------------

_BG = bungo.S
BUNGO: Tabel = {
    (P, DU): AlurPenugasan(P, DU, (
        putus(PUO_PG, "menugaskan secara langsung", surat=PENUGASAN),
    ), Citation(_BG, "Pasal 6 ayat (2); Pasal 5 ayat (6)")),
    (P, LU): AlurPenugasan(P, LU, (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan kepada Pejabat Penilai Kinerja "
                      "dituju", surat=PERMOHONAN, tembusan=(PPK,)),
        rekom(PUO_PG, "memberikan rekomendasi kepada Pejabat Penilai Kinerja dituju"),
        putus(PPK, "menyetujui dan menyusun surat penugasan, atau menjawab dengan alasan "
                   "penolakan", surat=PENUGASAN),
    ), Citation(_BG, "Pasal 6 ayat (3)"), alamat="Pejabat Penilai Kinerja dituju"),
    (P, LI): AlurPenugasan(P, LI, _lintas_instansi_kh(), Citation(_BG, "Pasal 6 ayat (4)"),
                           alamat="Pejabat yang Berwenang"),
    (S, DU): AlurPenugasan(S, DU, (
        putus(PUO_PG, "menerima keinginan yang disampaikan secara lisan dan menugaskan",
              surat=PENUGASAN),
    ), Citation(_BG, "Pasal 7 ayat (2)"), lisan=True),
    (S, LU): AlurPenugasan(S, LU, (
        putus(PPK, "Pejabat Penilai Kinerja bersangkutan menyetujui surat permohonan",
              surat=PERMOHONAN),
        putus(PUO_PG, "Pimpinan Unit Organisasi bersangkutan menyetujui surat permohonan"),
        putus(PUO_PK, "Pimpinan Unit Organisasi dituju menyetujui permohonan, atau menolak "
                      "dengan alasan"),
        putus(PUO_PG, "menyusun surat penugasan untuk melaksanakan kinerja di unit "
                      "organisasi dituju", surat=PENUGASAN),
    ), Citation(_BG, "Pasal 7 ayat (3)"), alamat="Pimpinan Unit Organisasi dituju"),
    (S, LI): Larangan("Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi atau "
                      "lintas unit organisasi", Citation(_BG, "Pasal 7 ayat (1)")),
}


# ---- Pasuruan 217/2023, Lampiran BAB II huruf B angka 2: as KH, weighing the workload ---------

_PS = pasuruan.S
_PS_B2 = "Lampiran BAB II huruf B angka 2"
_BEBAN = "mempertimbangkan beban kerja yang telah diemban pegawai"
PASURUAN: Tabel = {
    (P, DU): AlurPenugasan(P, DU, (
        putus(PUO_PG, f"menugaskan langsung dengan {_BEBAN}", surat=PENUGASAN),
    ), Citation(_PS, f"{_PS_B2} huruf a butir 1"), beban_kerja=True),
    (P, LU): AlurPenugasan(P, LU, (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan kepada Pejabat Penilai Kinerja "
                      "dituju", surat=PERMOHONAN, tembusan=(PPK,)),
        rekom(PUO_PG, "memberikan rekomendasi kepada Pejabat Penilai Kinerja dituju"),
        putus(PPK, f"menyetujui dan menyusun surat penugasan dengan {_BEBAN}, atau menjawab "
                   "dengan alasan penolakan", surat=PENUGASAN),
    ), Citation(_PS, f"{_PS_B2} huruf a butir 2"), beban_kerja=True,
        alamat="Pejabat Penilai Kinerja dituju"),
    (P, LI): AlurPenugasan(P, LI, _lintas_instansi_kh(),
                           Citation(_PS, f"{_PS_B2} huruf a butir 3"), beban_kerja=True,
                           alamat="Pejabat yang Berwenang"),
    (S, DU): AlurPenugasan(S, DU, (
        putus(PUO_PG, f"menerima keinginan yang disampaikan secara lisan dan menugaskan dengan "
                      f"{_BEBAN}", surat=PENUGASAN),
    ), Citation(_PS, f"{_PS_B2} huruf b butir 1"), lisan=True, beban_kerja=True),
    (S, LU): AlurPenugasan(S, LU, (
        putus(PUO_PK, "Pimpinan Unit Organisasi dituju menyetujui surat permohonan",
              surat=PERMOHONAN, tembusan=(PPK, PUO_PG)),
        putus(PPK, f"menyetujui dan menyusun surat penugasan dengan {_BEBAN}",
              surat=PENUGASAN, tembusan=(PUO_PG,)),
    ), Citation(_PS, f"{_PS_B2} huruf b butir 2"), beban_kerja=True,
        alamat="Pimpinan Unit Organisasi dituju"),
    (S, LI): Larangan("Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi dan "
                      "lintas unit organisasi di Lingkungan Pemerintah Kabupaten Pasuruan",
                      Citation(_PS, f"{_PS_B2} huruf b")),
}


# ---- generic: the common core (PermenPANRB 7/2022) -------------------------------------------

GENERIC: Tabel = {
    (P, DU): AlurPenugasan(P, DU, (
        putus(PUO_PG, "menugaskan langsung", surat=PENUGASAN),
    ), umum("KH Lampiran I huruf B angka 2 huruf a angka 1; BT Lampiran II huruf C angka 1 "
            "nomor 2; Bungo Pasal 6 ayat (2); Pasuruan Lampiran BAB II huruf B angka 2 huruf a "
            "butir 1")),
    (P, LU): AlurPenugasan(P, LU, (
        putus(PUO_PK, "mengirimkan surat permohonan pelibatan", surat=PERMOHONAN,
              tembusan=(PPK,)),
        putus(PUO_PG, "menyetujui dan menugaskan, atau menjawab dengan alasan penolakan",
              surat=PENUGASAN),
    ), umum("KH Lampiran I huruf B angka 2 huruf a angka 2; BT Lampiran II huruf C angka 1 "
            "nomor 3; Bungo Pasal 6 ayat (3); Pekalongan Pasal 15 ayat (3)–(4)"),
        alamat="Pimpinan Unit Organisasi dituju"),
    (P, LI): AlurPenugasan(P, LI, (
        putus(KPD, "mengirimkan surat permohonan pelibatan", surat=PERMOHONAN),
        terus(PYB_T, "meneruskan permohonan kepada unit tempat pegawai berada", pihak=MEREKA),
        putus(PUO_PG, "menjawab ketersediaan beserta daftar pegawai, atau menolak dengan alasan",
              pihak=MEREKA, surat=JAWABAN),
    ), umum("KH Lampiran I huruf B angka 2 huruf a angka 3; BT Lampiran II huruf C angka 1 "
            "nomor 4; Bungo Pasal 6 ayat (4); Pekalongan Pasal 15 ayat (5)"),
        alamat="Pejabat yang Berwenang instansi dituju"),
    (S, DU): AlurPenugasan(S, DU, (
        putus(PUO_PG, "menerima keinginan yang disampaikan secara lisan dan menugaskan",
              surat=PENUGASAN),
    ), umum("KH Lampiran I huruf B angka 2 huruf b angka 1; BT Lampiran II huruf C angka 2 "
            "nomor 2; Bungo Pasal 7 ayat (2); Pekalongan Pasal 16 ayat (2)"), lisan=True),
    (S, LU): AlurPenugasan(S, LU, (
        putus(PUO_PG, "Pimpinan Unit Organisasi bersangkutan menyetujui surat permohonan",
              surat=PERMOHONAN, tembusan=(PPK,)),
        putus(PUO_PK, "Pimpinan Unit Organisasi dituju menyetujui dan menugaskan, atau menolak "
                      "dengan alasan", surat=PENUGASAN),
    ), umum("BT Lampiran II huruf C angka 2 nomor 3; Bungo Pasal 7 ayat (3); Pekalongan Pasal 16 "
            "ayat (3)"), alamat="Pimpinan Unit Organisasi dituju",
        catatan="urutan berbeda di Kapuas Hulu dan Pasuruan (unit dituju lebih dahulu)"),
    (S, LI): Larangan("Pengajuan sukarela hanya dapat dilakukan di dalam unit organisasi dan "
                      "lintas unit organisasi di dalam instansi pemerintah bersangkutan",
                      umum("KH Lampiran I huruf B angka 2 huruf b; BT Lampiran II huruf C "
                           "angka 2 nomor 1; Bungo Pasal 7 ayat (1); Pekalongan Pasal 16 ayat "
                           "(1); Pasuruan Lampiran BAB II huruf B angka 2 huruf b")),
}

# Who is "our" Pejabat yang Berwenang when a profile names it (Pekalongan Pasal 1 angka 5: the
# Sekretaris Daerah); other profiles: "Pejabat yang Berwenang <pemda>".
PYB_KITA: dict[str, str] = {"pekalongan": SEKDA_AN_BUPATI}

ALUR: dict[str, Tabel] = {
    "generic": GENERIC,
    "kapuas-hulu": KAPUAS_HULU,
    "barito-timur": BARITO_TIMUR,
    "pekalongan": PEKALONGAN,
    "bungo": BUNGO,
    "pasuruan": PASURUAN,
}
