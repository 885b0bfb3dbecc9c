"""Wording of the SK Tim / Surat Tugas that follows the regulation profile: the reporting clause
(to whom, how often), the team type a Keputusan states, the tahun anggaran of a team, and the
instrument's own name (Surat Tugas / Surat Penugasan).

Sources (seeds): reporting — KH Pasal 13 ayat (2) and Lampiran II.3; BT Pasal 16 ayat (2);
PK Pasal 25 ayat (2), Pasal 1 angka 28, Lampiran IV angka 4.1.3 angka 2 huruf d (triwulanan);
BG Pasal 12 ayat (1) huruf b; PS Pasal 13 ayat (2). Team type — PK Pasal 12 ayat (1).
Instrument — BT Lampiran II huruf A angka 7; PK Pasal 15 ayat (4), Pasal 17 ayat (3);
BG Pasal 6 ayat (3) huruf c; PS Lampiran BAB II huruf B angka 2."""

from __future__ import annotations

from dataclasses import dataclass

from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.profiles.base import (
    Bentuk,
    JenisDokumen,
    Lingkup,
    PeriodePemantauan,
)
from sistemkerja_desktop.domain.tim import AsalAnggota, FrekuensiLaporan, Tim, lingkup_tim
from sistemkerja_desktop.domain.tim_instrumen import instrumen_tim
from sistemkerja_desktop.domain.tim_rules import jenis_tim

KAPUAS_HULU, BARITO_TIMUR, PEKALONGAN, BUNGO, PASURUAN = (
    "kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan")

FREKUENSI = {FrekuensiLaporan.BULANAN: "setiap bulan",
             FrekuensiLaporan.TRIWULANAN: "setiap triwulan",
             FrekuensiLaporan.SEMESTERAN: "setiap semester",
             FrekuensiLaporan.TAHUNAN: "setiap tahun", FrekuensiLaporan.BERKALA: "secara berkala"}
_PERIODE = {PeriodePemantauan.BULANAN: "setiap bulan",
            PeriodePemantauan.TRIWULANAN: "setiap triwulan",
            PeriodePemantauan.SEMESTERAN: "setiap semester",
            PeriodePemantauan.BERKALA: "secara berkala"}


@dataclass(frozen=True, slots=True)
class Pelaporan:
    """Who receives the ketua's report, in what capacity, how often, and on what basis."""

    kepada: str  # "Kepala Bidang Kesehatan Masyarakat"
    selaku: str  # "Pimpinan Unit Organisasi pemilik kinerja"
    frekuensi: str  # "setiap triwulan" / "secara berkala"
    dasar: str  # "Pasal 12 ayat (1) huruf b"


# profile → (selaku, dasar). The recipient is always the Pimpinan Unit Organisasi of the team
# (its pejabat pemilik kinerja); BT adds the Pejabat Penilai Kinerja.
_SELAKU = {
    KAPUAS_HULU: ("Pimpinan Unit Organisasi", "Pasal 13 ayat (2)"),
    BARITO_TIMUR: ("Pimpinan Unit Organisasi dan/atau Pejabat Penilai Kinerja",
                   "Pasal 16 ayat (2)"),
    PEKALONGAN: ("Pimpinan Unit Organisasi Pemilik Kinerja",
                 "Pasal 25 ayat (2); Lampiran IV angka 4.1.3 angka 2 huruf d"),
    BUNGO: ("Pimpinan Unit Organisasi pemilik kinerja", "Pasal 12 ayat (1) huruf b"),
    PASURUAN: ("Pimpinan Unit Organisasi", "Pasal 13 ayat (2)"),
}


def peraturan(profile: RegulationProfile) -> str:
    """'Peraturan Bupati Pekalongan Nomor 52 Tahun 2024 tentang …' (a seed profile)."""
    return profile.nama.replace("Perbup ", "Peraturan Bupati ").replace(" No. ", " Nomor ")


def tahun_anggaran(tim: Tim) -> int | None:
    """The team's tahun anggaran, else the year its period lies in — never today's year."""
    if tim.tahun_anggaran:
        return tim.tahun_anggaran
    if tim.mulai and tim.selesai and tim.mulai.year == tim.selesai.year:
        return tim.mulai.year
    return None


def pimpinan_unit_organisasi(tim: Tim, struktur: Struktur) -> str:
    """'Kepala Bidang Kesehatan Masyarakat' — the pejabat pemilik kinerja of the team, else the
    head of the unit pemilik kinerja, else the head of the PD."""
    pos = struktur.position_by_id.get(tim.pemilik_kinerja_position_id or -1)
    if pos is None and tim.unit_pemilik_id is not None:
        pos = struktur.pimpinan_of(tim.unit_pemilik_id)
    return pos.nama if pos else f"Kepala {struktur.pd.nama}"


def frekuensi(tim: Tim, profile: RegulationProfile) -> str:
    """The profile's fixed monitoring period (PK: triwulanan), else the team's own frequency
    (the Perbup says 'secara berkala' and leaves it to the perjanjian tim kerja)."""
    pem = profile.pemantauan
    if not pem.dapat_diubah:
        return _PERIODE.get(pem.periode, "secara berkala")
    return FREKUENSI[tim.frekuensi_laporan]


def pelaporan(tim: Tim, struktur: Struktur, profile: RegulationProfile) -> Pelaporan:
    selaku, dasar = _SELAKU.get(profile.kode, ("Pimpinan Unit Organisasi pemilik kinerja",
                                               str(profile.pemantauan.dasar)))
    return Pelaporan(pimpinan_unit_organisasi(tim, struktur), selaku, frekuensi(tim, profile),
                     dasar)


def klausul_laporan_sk(tim: Tim, struktur: Struktur, profile: RegulationProfile) -> str:
    """The SK diktum on reporting: members to the ketua, the ketua to the profile's recipient."""
    lap = pelaporan(tim, struktur, profile)
    ketua = "Ketua Kelompok Kerja" if _squad(tim, profile) else "Ketua Tim"
    return (f"Dalam melaksanakan tugas, anggota melaporkan pelaksanaan tugas kepada {ketua}, dan "
            f"{ketua} melaporkan pelaksanaan tugas {tim.nama.strip()} {lap.frekuensi} kepada "
            f"{lap.kepada} selaku {lap.selaku}.")


def klausul_laporan_kh(tim: Tim, struktur: Struktur, profile: RegulationProfile) -> str:
    """Kapuas Hulu: the reporting duty as the last task of Diktum KEDUA (Lampiran II.1 has four
    diktum; Pasal 13 ayat (2))."""
    lap = pelaporan(tim, struktur, profile)
    return (f"melaporkan pelaksanaan tugas tim kerja {lap.frekuensi} kepada {lap.kepada} selaku "
            f"{lap.selaku}.")


def klausul_laporan_st(tim: Tim, struktur: Struktur, profile: RegulationProfile) -> str:
    """Item 3 of 'Untuk': Kapuas Hulu Lampiran II.3 verbatim ('… sebagai Pejabat Penilai
    Kinerja'); elsewhere the profile's recipient and frequency."""
    lap = pelaporan(tim, struktur, profile)
    if profile.kode == KAPUAS_HULU:
        return f"Melaporkan hasilnya kepada {lap.kepada} sebagai Pejabat Penilai Kinerja."
    return (f"Melaporkan hasil pelaksanaan tugas {lap.frekuensi} kepada {lap.kepada} selaku "
            f"{lap.selaku}.")


def _squad(tim: Tim, profile: RegulationProfile) -> bool:
    jenis = jenis_tim(profile, tim.jenis)
    return jenis is not None and jenis.kode == "kelompok-kerja" and profile.kode == PEKALONGAN


_BENTUK_PK = {"kelompok-kerja": "Kelompok Kerja (squad) berbasis layanan utama Unit Organisasi "
                                "sesuai dengan tugas dan fungsi",
              "tim-kerja-tematik": "Tim Kerja berbasis tematik yang bersifat sementara (ad hoc)"}


def bentuk_tim(tim: Tim, profile: RegulationProfile) -> str:
    """What the SK says the team is, where the Perbup knows several kinds (PK Pasal 12 ayat
    (1): Kelompok Kerja (squad) / Tim Kerja tematik); '' where it knows one."""
    jenis = jenis_tim(profile, tim.jenis)
    if jenis is None or len(profile.jenis_tim) < 2 or jenis.kode == "tim-kerja":
        return ""
    if profile.kode == PEKALONGAN:
        return _BENTUK_PK.get(jenis.kode, jenis.nama)
    return jenis.nama


_LINGKUP = {AsalAnggota.DALAM_UNIT: Lingkup.DALAM_UNIT, AsalAnggota.LINTAS_UNIT: Lingkup.LINTAS_UNIT,
            AsalAnggota.LINTAS_PD: Lingkup.LINTAS_PD,
            AsalAnggota.LINTAS_INSTANSI: Lingkup.LINTAS_INSTANSI}


def instrumen(tim: Tim, profile: RegulationProfile, *, individu: bool = False) -> JenisDokumen | None:
    """The instrument the profile prescribes for this team (`tim_instrumen.instrumen_tim`), or,
    `individu`, for one person (the profile's row for that scope and the individual form)."""
    jenis = jenis_tim(profile, tim.jenis)
    if not individu:
        return instrumen_tim(profile, jenis, lingkup_tim(tim)).dokumen
    try:
        return profile.dokumen_untuk(_LINGKUP[lingkup_tim(tim)], Bentuk.INDIVIDU).dokumen
    except KeyError:
        return None


def judul_penugasan(tims: tuple[Tim, ...] | list[Tim], profile: RegulationProfile, *,
                    individu: bool) -> str:
    """'Surat Penugasan' where the Perbup calls the instrument so (PS teams; the personal
    instrument of BT, PK, BG, PS), else 'Surat Tugas'."""
    docs = {instrumen(t, profile, individu=individu) for t in tims}
    return "Surat Penugasan" if docs == {JenisDokumen.SURAT_PENUGASAN} else "Surat Tugas"
