"""Who receives, reviews, requests and closes reports, per profile, as data (see
`domain.laporan`).

Per profile: the chain of an individual report, of a member's report to the ketua and of the
ketua's report of the team; who may ask for a report at any time (permintaan sewaktu-waktu) and
from whom; who declares the results selesai. A team's report goes to the Pimpinan Unit
Organisasi of the unit pemilik kinerja (the team's PUO); an individual report to the PUO / PPK of
the pegawai.

Source: /work/shared/spec/penugasan_laporan.md §2 and the seed texts (the Pasal cited per row).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sistemkerja_desktop.domain.errors import PermissionDenied
from sistemkerja_desktop.domain.laporan import (
    JenisLaporan,
    LangkahLaporan,
    Laporan,
    PeranLaporan,
    Periode,
)
from sistemkerja_desktop.domain.profiles import (
    barito_timur,
    bungo,
    kapuas_hulu,
    pasuruan,
    pekalongan,
)
from sistemkerja_desktop.domain.profiles.base import RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import Citation, umum

PPK, PUO, PUO_PK = PeranLaporan.PPK, PeranLaporan.PUO, PeranLaporan.PUO_PEMILIK_KINERJA
KETUA, PUK, KPD = PeranLaporan.KETUA_TIM, PeranLaporan.PIMPINAN_UNIT_KERJA, PeranLaporan.KEPALA_PD
IND, ANG, KET = JenisLaporan.INDIVIDU, JenisLaporan.ANGGOTA, JenisLaporan.KETUA


def langkah(*peran: PeranLaporan, ket: str, dasar: Citation) -> LangkahLaporan:
    return LangkahLaporan(frozenset(peran), ket, dasar)


@dataclass(frozen=True, slots=True)
class Permintaan:
    """Who may ask for a report at any time, and from whom (ketua and/or anggota)."""

    peminta: frozenset[PeranLaporan]
    dari: frozenset[JenisLaporan]
    dasar: Citation


@dataclass(frozen=True, slots=True)
class Penutupan:
    """Who declares the results of a kegiatan selesai (the top acceptor of the chain)."""

    peran: PeranLaporan
    sebutan: str  # as the regulation names the official
    dasar: Citation


@dataclass(frozen=True, slots=True)
class AlurLaporan:
    profil: str  # RegulationProfile.kode
    rute: dict[JenisLaporan, tuple[LangkahLaporan, ...]]
    permintaan: Permintaan
    penutupan: Penutupan
    catatan: tuple[str, ...] = ()


def _anggota(seed: str | None, pasal: str) -> tuple[LangkahLaporan, ...]:
    return (langkah(KETUA, ket="anggota tim melaporkan pelaksanaan tugas kepada Ketua Tim Kerja",
                    dasar=Citation(seed, pasal)),)


_KET_BERKALA = "Ketua Tim Kerja melaporkan pelaksanaan tugas tim kerja secara berkala"


def _ke_puo_tim(dasar: Citation, ket: str = _KET_BERKALA) -> tuple[LangkahLaporan, ...]:
    return (langkah(PUO_PK, ket=ket, dasar=dasar),)


_KH, _BT, _PK, _BG, _PS = kapuas_hulu.S, barito_timur.S, pekalongan.S, bungo.S, pasuruan.S

KAPUAS_HULU = AlurLaporan(
    "kapuas-hulu",
    {IND: (langkah(PUO, ket="melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit "
                            "Organisasi", dasar=Citation(_KH, "Pasal 12; Lampiran I huruf B "
                                                              "angka 4 huruf a")),),
     ANG: _anggota(_KH, "Pasal 13 ayat (1)"),
     KET: _ke_puo_tim(Citation(_KH, "Pasal 13 ayat (2)"))},
    Permintaan(frozenset({PUO}), frozenset({KET, ANG}), Citation(_KH, "Pasal 13 ayat (4)")),
    Penutupan(KPD, "Pejabat Level 1", Citation(_KH, "Lampiran I huruf A angka 3")),
)

BARITO_TIMUR = AlurLaporan(
    "barito-timur",
    {IND: (langkah(PUO, PPK, ket="melaporkan pelaksanaan tugas secara langsung kepada Pimpinan "
                                 "Unit Organisasi dan/atau Pejabat Penilai Kinerja",
                   dasar=Citation(_BT, "Pasal 15")),),
     ANG: _anggota(_BT, "Pasal 16 ayat (1)"),
     KET: (langkah(PUO_PK, PPK, ket="Ketua Tim Kerja melaporkan pelaksanaan tugas tim kerja "
                                    "kepada Pimpinan Unit Organisasi dan/atau Pejabat Penilai "
                                    "Kinerja secara berkala",
                   dasar=Citation(_BT, "Pasal 16 ayat (2)")),)},
    Permintaan(frozenset({PUO}), frozenset({KET, ANG}), Citation(_BT, "Pasal 16 ayat (3)")),
    Penutupan(KPD, "Sekretaris Daerah / pimpinan Perangkat Daerah / Direktur sesuai jenis "
                   "Perangkat Daerah", Citation(_BT, "Lampiran I")),
    catatan=("Tim Kerja melaporkan hasil tugas secara berkala sebagaimana perjanjian tim kerja "
             "dengan pejabat pemilik kinerja (Lampiran II huruf B angka 6).",),
)

PEKALONGAN = AlurLaporan(
    "pekalongan",
    {IND: (langkah(PPK, ket="Pejabat Penilai Kinerja mengevaluasi dan meneruskan kepada Pimpinan "
                            "Unit Organisasi",
                   dasar=Citation(_PK, "Lampiran VI angka 1 huruf a; Lampiran IV angka 4.1.1 "
                                       "angka 4 huruf a")),
           langkah(PUO, ket="Pimpinan Unit Organisasi menerima laporan",
                   dasar=Citation(_PK, "Pasal 24; Lampiran VI angka 1 huruf a"))),
     ANG: _anggota(_PK, "Pasal 25 ayat (1)"),
     KET: (langkah(PUK, ket="Pimpinan Unit Kerja meneruskan laporan tim kerja kepada Pimpinan "
                            "Unit Organisasi", dasar=Citation(_PK, "Pasal 25 ayat (2)")),
           langkah(PUO_PK, ket="Pimpinan Unit Organisasi menerima laporan tim kerja",
                   dasar=Citation(_PK, "Pasal 25 ayat (2)")))},
    Permintaan(frozenset({PUO, PUK}), frozenset({KET, ANG}), Citation(_PK, "Pasal 25 ayat (3)")),
    Penutupan(PUO, "Pimpinan Unit Organisasi",
              Citation(_PK, "Lampiran IV angka 4.1.1 angka 4; Lampiran IV angka 4.1.3")),
    catatan=("Lampiran VI angka 2 huruf b menyebut laporan Ketua Tim Kerja disampaikan melalui "
             "Pejabat Penilai Kinerja, sedangkan Pasal 25 ayat (2) melalui Pimpinan Unit Kerja; "
             "aplikasi mengikuti Pasal 25 ayat (2).",
             "Khusus Sekretariat Daerah, Pejabat Fungsional Madya melapor melalui Pejabat Penilai "
             "Kinerja dan Kepala Bagian (Lampiran VI angka 1 huruf b)."),
)

BUNGO = AlurLaporan(
    "bungo",
    {IND: (langkah(PPK, ket="melaporkan pelaksanaan tugas secara langsung kepada Pejabat Penilai "
                            "Kinerja sebagai atasan langsung", dasar=Citation(_BG, "Pasal 11")),),
     ANG: _anggota(_BG, "Pasal 12 ayat (1) huruf a"),
     KET: _ke_puo_tim(Citation(_BG, "Pasal 12 ayat (1) huruf b"),
                      "Ketua Tim Kerja melaporkan pelaksanaan tugas tim kerja kepada Pimpinan "
                      "Unit Organisasi selaku pemilik kinerja")},
    Permintaan(frozenset({PUO}), frozenset({KET}), Citation(_BG, "Pasal 12 ayat (2)")),
    Penutupan(KPD, "Sekretaris Daerah / Kepala Perangkat Daerah sesuai rantai penerimaan hasil",
              Citation(_BG, "Pasal 18; Pasal 21; Pasal 24; Pasal 30")),
)

PASURUAN = AlurLaporan(
    "pasuruan",
    {IND: (langkah(PUO, ket="melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit "
                            "Organisasi", dasar=Citation(_PS, "Pasal 12")),),
     ANG: _anggota(_PS, "Pasal 13 ayat (1)"),
     KET: _ke_puo_tim(Citation(_PS, "Pasal 13 ayat (2)"))},
    Permintaan(frozenset({PUO}), frozenset({KET, ANG}), Citation(_PS, "Pasal 13 ayat (3)")),
    Penutupan(KPD, "pejabat tertinggi rantai reviu (dikembalikan secara berjenjang)",
              Citation(_PS, "Lampiran II huruf A angka 3; Lampiran II huruf D")),
)

_UMUM = "KH Pasal 12–13; BT Pasal 15–16; Pasuruan Pasal 12–13"
GENERIC = AlurLaporan(
    "generic",
    {IND: (langkah(PUO, ket="melaporkan pelaksanaan tugas secara langsung kepada Pimpinan Unit "
                            "Organisasi", dasar=umum("KH Pasal 12; Pasuruan Pasal 12")),),
     ANG: (langkah(KETUA, ket="anggota tim melaporkan pelaksanaan tugas kepada Ketua Tim Kerja",
                   dasar=umum("KH Pasal 13 ayat (1); Pasuruan Pasal 13 ayat (1)")),),
     KET: _ke_puo_tim(umum("KH Pasal 13 ayat (2); Pasuruan Pasal 13 ayat (2)"))},
    Permintaan(frozenset({PUO}), frozenset({KET, ANG}),
               umum("KH Pasal 13 ayat (4); Pasuruan Pasal 13 ayat (3)")),
    Penutupan(PUO, "Pimpinan Unit Organisasi", umum(_UMUM)),
)

ALUR: dict[str, AlurLaporan] = {a.profil: a for a in (
    GENERIC, KAPUAS_HULU, BARITO_TIMUR, PEKALONGAN, BUNGO, PASURUAN)}


def alur_laporan(profile: RegulationProfile | str) -> AlurLaporan:
    """The profile's report data (the generic profile's for an unknown code)."""
    kode = profile if isinstance(profile, str) else profile.kode
    return ALUR.get(kode, GENERIC)


def rute(profile: RegulationProfile | str, jenis: JenisLaporan) -> tuple[LangkahLaporan, ...]:
    return alur_laporan(profile).rute[jenis]


def penerima(profile: RegulationProfile | str, jenis: JenisLaporan) -> LangkahLaporan:
    """The first receiver of a report of this kind."""
    return rute(profile, jenis)[0]


def periksa_permintaan(profile: RegulationProfile | str, peminta: PeranLaporan,
                       dari: JenisLaporan) -> None:
    """Raise PermissionDenied unless `peminta` may ask `dari` (ketua/anggota) for a report at
    any time."""
    p = alur_laporan(profile).permintaan
    if peminta not in p.peminta:
        boleh = " dan ".join(sorted(x.value for x in p.peminta))
        raise PermissionDenied(f"{peminta.value} tidak berwenang meminta laporan sewaktu-waktu; "
                               f"yang berwenang: {boleh} (dasar: {p.dasar})")
    if dari not in p.dari:
        kepada = " dan/atau ".join("Ketua Tim Kerja" if j is KET else "anggota tim"
                                   for j in (KET, ANG) if j in p.dari)
        raise PermissionDenied(f"Laporan sewaktu-waktu hanya dapat diminta kepada {kepada} "
                               f"(dasar: {p.dasar})")


def buat_laporan(profile: RegulationProfile | str, jenis: JenisLaporan, pelapor_id: int,
                 periode: Periode | None, *, tim_id: int | None = None) -> Laporan:
    """A new (belum) report of a period, with the profile's review chain."""
    return Laporan(jenis, pelapor_id, rute(profile, jenis), periode, tim_id=tim_id)


def minta_laporan(profile: RegulationProfile | str, peminta: PeranLaporan, dari: JenisLaporan,
                  pelapor_id: int, batas: dt.date, *, tim_id: int | None = None) -> Laporan:
    """An ad-hoc report asked for by `peminta` (checked), due on `batas`; it goes to the one
    who asked for it."""
    periksa_permintaan(profile, peminta, dari)
    dasar = alur_laporan(profile).permintaan.dasar
    tujuan = (langkah(peminta, ket=f"{peminta.value} menerima laporan yang dimintanya",
                      dasar=dasar),)
    return Laporan(dari, pelapor_id, tujuan, None, tim_id=tim_id, batas=batas,
                   diminta_oleh=peminta)
