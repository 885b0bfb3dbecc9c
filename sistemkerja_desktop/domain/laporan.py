"""Laporan (issue #11): the report model, the schedule of periods, lateness and the review
state machine.

What a team or an individual owes is computed, never typed: `jadwal` turns the profile and the
team's period and frequency into `Periode`s with a due date; `keterlambatan` says whether a
report is late at any given date; `tinjau` moves a report along its review chain (`rute`,
copied from the profile's data in `domain.laporan_alur` when the report is created, as a
`Permohonan` carries its `langkah`).

Sources: /work/shared/spec/penugasan_laporan.md §2 and the seed texts (Pasal per row in
`laporan_alur`). The grace period before a report is due is an application rule, not a Perbup
rule: no seed sets a deadline for reports (see `TENGGANG_HARI_KERJA`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from sistemkerja_desktop.domain.errors import InvalidTransition, PermissionDenied, ValidationError
from sistemkerja_desktop.domain.profiles.base import Peran, RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import Citation
from sistemkerja_desktop.domain.tim import FrekuensiLaporan


class StatusLaporan(StrEnum):
    BELUM = "belum"  # a period with no report yet
    DRAF = "draf"
    DIKIRIM = "dikirim"  # waiting along the review chain
    PERLU_PERBAIKAN = "perlu-perbaikan"  # returned with a note
    DITERIMA = "diterima"  # accepted at the last step of the chain


class JenisLaporan(StrEnum):
    INDIVIDU = "individu"  # a pegawai assigned individually
    ANGGOTA = "anggota"  # a team member to the ketua
    KETUA = "ketua"  # the ketua's report of the team


class PeranLaporan(StrEnum):
    """Who acts on a report. The service layer maps the acting pegawai to one of these for a
    given report (his PPK, the PUO of his unit, the unit pemilik kinerja of the team …)."""

    PELAPOR = "Pelapor"  # the author (pegawai, anggota or ketua)
    KETUA_TIM = "Ketua Tim Kerja"
    PPK = "Pejabat Penilai Kinerja"
    PUO = "Pimpinan Unit Organisasi"  # of the reporter's unit
    PUO_PEMILIK_KINERJA = "Pimpinan Unit Organisasi pemilik kinerja"  # of the team's owner unit
    PIMPINAN_UNIT_KERJA = "Pimpinan Unit Kerja"  # Pekalongan Pasal 25
    KEPALA_PD = "Kepala Perangkat Daerah"


# The general approval roles (profiles.base.Peran) a report role corresponds to.
PERAN_UMUM: dict[PeranLaporan, Peran] = {
    PeranLaporan.PELAPOR: Peran.PEGAWAI,
    PeranLaporan.PPK: Peran.PPK_PEGAWAI,
    PeranLaporan.PUO: Peran.PUO_PEGAWAI,
    PeranLaporan.PUO_PEMILIK_KINERJA: Peran.PUO_PEMILIK_KINERJA,
    PeranLaporan.KEPALA_PD: Peran.KEPALA_PD,
}


class AksiLaporan(StrEnum):
    KIRIM = "kirim"  # by the author: send (again, after a return)
    TERIMA = "terima"  # by the waiting step: accept (the last step) or pass on (earlier steps)
    KEMBALIKAN = "kembalikan"  # by the waiting step: return for repair, with a note


# ---- schedule --------------------------------------------------------------------------------

# Application rule, not a Perbup rule (no seed sets a deadline for reports): a period's report
# is due 5 working days (Monday–Friday; national holidays are not known to the domain) after
# the period's last day. The PD can change it here.
TENGGANG_HARI_KERJA = 5
TENGGANG_DASAR = Citation(None, "", sumber="Ketentuan aplikasi: 5 hari kerja setelah akhir "
                                           "periode (Perbup tidak menetapkan tenggat laporan)")

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
_ROMAWI = ("I", "II", "III", "IV")

# Months per period; BERKALA ("frequency set in the perjanjian tim kerja") without a number
# falls back to monthly, the default of the issue.
BULAN_PER_PERIODE: dict[FrekuensiLaporan, int] = {
    FrekuensiLaporan.BULANAN: 1,
    FrekuensiLaporan.TRIWULANAN: 3,
    FrekuensiLaporan.SEMESTERAN: 6,
    FrekuensiLaporan.TAHUNAN: 12,
    FrekuensiLaporan.BERKALA: 1,
}
_FREKUENSI_INTERVAL = {1: FrekuensiLaporan.BULANAN, 3: FrekuensiLaporan.TRIWULANAN,
                       6: FrekuensiLaporan.SEMESTERAN, 12: FrekuensiLaporan.TAHUNAN}


@dataclass(frozen=True, slots=True)
class Periode:
    urut: int  # 1-based
    label: str  # "Januari 2026", "Triwulan I 2026"
    mulai: dt.date
    selesai: dt.date
    jatuh_tempo: dt.date


def tambah_hari_kerja(tanggal: dt.date, hari: int) -> dt.date:
    """`tanggal` plus `hari` working days (Monday–Friday)."""
    out = tanggal
    while hari > 0:
        out += dt.timedelta(days=1)
        if out.weekday() < 5:
            hari -= 1
    return out


def jatuh_tempo(selesai: dt.date) -> dt.date:
    return tambah_hari_kerja(selesai, TENGGANG_HARI_KERJA)


def frekuensi_efektif(profile: RegulationProfile,
                      frekuensi: FrekuensiLaporan | None = None) -> FrekuensiLaporan:
    """The frequency that applies: the profile's when it fixes one (Pekalongan: triwulanan,
    Lampiran IV 4.1.3 2.d — `Pemantauan.dapat_diubah` False), else the team's (default
    bulanan)."""
    p = profile.pemantauan
    if not p.dapat_diubah and p.interval_bulan in _FREKUENSI_INTERVAL:
        return _FREKUENSI_INTERVAL[p.interval_bulan]
    return frekuensi or FrekuensiLaporan.BULANAN


def dasar_jadwal(profile: RegulationProfile) -> Citation:
    """Why the schedule has its frequency: the profile's monitoring rule."""
    return profile.pemantauan.dasar


def _label(frekuensi: FrekuensiLaporan, tahun: int, bulan: int) -> str:
    n = BULAN_PER_PERIODE[frekuensi]
    if n == 1:
        return f"{BULAN[bulan - 1]} {tahun}"
    if n == 3:
        return f"Triwulan {_ROMAWI[(bulan - 1) // 3]} {tahun}"
    if n == 6:
        return f"Semester {_ROMAWI[(bulan - 1) // 6]} {tahun}"
    return f"Tahun {tahun}"


def jadwal(profile: RegulationProfile, mulai: dt.date, selesai: dt.date,
           frekuensi: FrekuensiLaporan | None = None) -> tuple[Periode, ...]:
    """The reporting periods of a team (or an individual assignment) running mulai–selesai:
    calendar months / quarters / semesters / years (`frekuensi_efektif`), clipped to the
    period; each is due `TENGGANG_HARI_KERJA` working days after its (clipped) last day."""
    if selesai < mulai:
        raise ValidationError("Tanggal selesai lebih awal dari tanggal mulai", field="selesai")
    frek = frekuensi_efektif(profile, frekuensi)
    n = BULAN_PER_PERIODE[frek]
    tahun, bulan = mulai.year, (mulai.month - 1) // n * n + 1  # start of the calendar block
    out: list[Periode] = []
    while dt.date(tahun, bulan, 1) <= selesai:
        nt, nb = (tahun, bulan + n) if bulan + n <= 12 else (tahun + 1, bulan + n - 12)
        awal = max(dt.date(tahun, bulan, 1), mulai)
        akhir = min(dt.date(nt, nb, 1) - dt.timedelta(days=1), selesai)
        out.append(Periode(len(out) + 1, _label(frek, tahun, bulan), awal, akhir,
                           jatuh_tempo(akhir)))
        tahun, bulan = nt, nb
    return tuple(out)


# ---- lateness --------------------------------------------------------------------------------

class Keterlambatan(NamedTuple):
    terlambat: bool
    hari_terlambat: int  # calendar days past the due date (0 when not late)


def keterlambatan(jatuh_tempo: dt.date, dikirim: dt.date | None,
                  pada: dt.date) -> Keterlambatan:
    """Lateness evaluated at `pada`: a report sent (on or before `pada`) after its due date is
    late by sent − due; one not sent by `pada` is late by pada − due once past due. Sending on
    the due day is on time."""
    if dikirim is not None and dikirim <= pada:
        hari = (dikirim - jatuh_tempo).days
    else:
        hari = (pada - jatuh_tempo).days
    return Keterlambatan(hari > 0, max(0, hari))


# ---- report and review -----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LangkahLaporan:
    """One step of a review chain: who may act (several = "dan/atau"), what the step does."""

    peran: frozenset[PeranLaporan]
    keterangan: str
    dasar: Citation

    @property
    def label(self) -> str:
        return " dan/atau ".join(sorted(p.value for p in self.peran))


@dataclass(frozen=True, slots=True)
class IsiLaporan:
    progres: int | None = None  # percent
    narasi: str = ""
    permasalahan: str = ""  # permasalahan & kendala
    rekomendasi: str = ""  # alternatif rekomendasi
    capaian: tuple[tuple[str, str], ...] = ()  # (indikator, capaian)

    @property
    def kosong(self) -> bool:
        return (self.progres is None and not self.narasi.strip() and not self.capaian
                and not self.permasalahan.strip())

    def kurang(self) -> tuple[str, ...]:
        """What is wrong, in Indonesian (empty = fine)."""
        out = []
        if self.kosong:
            out.append("isi laporan masih kosong (progres, capaian atau uraian)")
        if self.progres is not None and not 0 <= self.progres <= 100:
            out.append("progres harus antara 0 dan 100 persen")
        if self.permasalahan.strip() and not self.rekomendasi.strip():
            out.append("permasalahan dan kendala disampaikan beserta alternatif rekomendasi")
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Riwayat:
    aksi: AksiLaporan
    peran: PeranLaporan
    tanggal: dt.date
    catatan: str = ""


@dataclass(frozen=True, slots=True)
class Laporan:
    jenis: JenisLaporan
    pelapor_id: int
    rute: tuple[LangkahLaporan, ...]  # the review chain, first receiver first
    periode: Periode | None  # None: an ad-hoc report (permintaan sewaktu-waktu)
    isi: IsiLaporan = IsiLaporan()
    tim_id: int | None = None
    status: StatusLaporan = StatusLaporan.BELUM
    tahap: int = 0  # index in `rute` of the waiting step while DIKIRIM
    dikirim: dt.date | None = None  # first submission (lateness counts from it)
    diterima: dt.date | None = None
    batas: dt.date | None = None  # due date of an ad-hoc report
    diminta_oleh: PeranLaporan | None = None
    riwayat: tuple[Riwayat, ...] = ()
    id: int | None = None
    versi: int = 0

    @property
    def jatuh_tempo(self) -> dt.date | None:
        return self.periode.jatuh_tempo if self.periode is not None else self.batas

    @property
    def menunggu(self) -> LangkahLaporan | None:
        """The step the report waits for (None unless DIKIRIM)."""
        if self.status is not StatusLaporan.DIKIRIM:
            return None
        return self.rute[self.tahap]

    @property
    def catatan_terakhir(self) -> str:
        return next((r.catatan for r in reversed(self.riwayat)
                     if r.aksi is AksiLaporan.KEMBALIKAN), "")

    def keterlambatan(self, pada: dt.date) -> Keterlambatan:
        if self.jatuh_tempo is None:
            return Keterlambatan(False, 0)
        return keterlambatan(self.jatuh_tempo, self.dikirim, pada)


def simpan_draf(laporan: Laporan, isi: IsiLaporan) -> Laporan:
    """Keep the author's work in progress (not sent, nothing checked)."""
    if laporan.status not in (StatusLaporan.BELUM, StatusLaporan.DRAF,
                              StatusLaporan.PERLU_PERBAIKAN):
        raise InvalidTransition(f"Laporan berstatus {laporan.status.value} tidak dapat diubah")
    status = (StatusLaporan.PERLU_PERBAIKAN if laporan.status is StatusLaporan.PERLU_PERBAIKAN
              else StatusLaporan.DRAF)
    return dataclasses.replace(laporan, isi=isi, status=status)


def tinjau(laporan: Laporan, aksi: AksiLaporan, actor_peran: PeranLaporan, pada: dt.date, *,
           catatan: str = "", isi: IsiLaporan | None = None) -> Laporan:
    """Apply `aksi` by someone acting as `actor_peran` on `pada`.

    kirim (the author; from belum/draf/perlu-perbaikan, optionally with new `isi`) → dikirim,
    waiting for the first step; terima (the waiting step) → the next step, or diterima at the
    last; kembalikan (the waiting step, `catatan` required) → perlu-perbaikan, the author sends
    again and the chain starts over."""
    if not laporan.rute:
        raise InvalidTransition("Laporan tidak memiliki rantai tinjauan")
    if aksi is AksiLaporan.KIRIM:
        return _kirim(laporan, actor_peran, pada, isi)
    if laporan.status is not StatusLaporan.DIKIRIM:
        raise InvalidTransition(f"Laporan berstatus {laporan.status.value}: tidak ada tinjauan "
                                "yang menunggu")
    step = laporan.rute[laporan.tahap]
    if actor_peran not in step.peran:
        raise PermissionDenied(f"Laporan menunggu tinjauan {step.label} (tahap "
                               f"{laporan.tahap + 1} dari {len(laporan.rute)}; dasar: "
                               f"{step.dasar}), bukan {actor_peran.value}")
    if laporan.dikirim is not None and pada < laporan.dikirim:
        raise ValidationError("Tanggal tinjauan lebih awal dari tanggal laporan dikirim",
                              field="tanggal")
    if aksi is AksiLaporan.KEMBALIKAN:
        if not catatan.strip():
            raise ValidationError("Pengembalian laporan wajib disertai catatan perbaikan",
                                  field="catatan")
        return dataclasses.replace(
            laporan, status=StatusLaporan.PERLU_PERBAIKAN, tahap=0,
            riwayat=(*laporan.riwayat, Riwayat(aksi, actor_peran, pada, catatan.strip())))
    riwayat = (*laporan.riwayat, Riwayat(aksi, actor_peran, pada, catatan.strip()))
    if laporan.tahap + 1 < len(laporan.rute):
        return dataclasses.replace(laporan, tahap=laporan.tahap + 1, riwayat=riwayat)
    return dataclasses.replace(laporan, status=StatusLaporan.DITERIMA, diterima=pada,
                               riwayat=riwayat)


def _kirim(laporan: Laporan, actor_peran: PeranLaporan, pada: dt.date,
           isi: IsiLaporan | None) -> Laporan:
    if actor_peran is not PeranLaporan.PELAPOR:
        raise PermissionDenied(f"Hanya pelapor yang dapat mengirim laporan, bukan "
                               f"{actor_peran.value}")
    if laporan.status not in (StatusLaporan.BELUM, StatusLaporan.DRAF,
                              StatusLaporan.PERLU_PERBAIKAN):
        raise InvalidTransition(f"Laporan berstatus {laporan.status.value} tidak dapat dikirim")
    isi = isi if isi is not None else laporan.isi
    kurang = isi.kurang()
    if kurang:
        raise ValidationError("Laporan belum dapat dikirim: " + "; ".join(kurang), field="isi")
    if laporan.periode is not None and pada < laporan.periode.mulai:
        raise ValidationError(f"Periode {laporan.periode.label} belum dimulai", field="tanggal")
    return dataclasses.replace(
        laporan, isi=isi, status=StatusLaporan.DIKIRIM, tahap=0,
        dikirim=laporan.dikirim or pada,
        riwayat=(*laporan.riwayat, Riwayat(AksiLaporan.KIRIM, actor_peran, pada)))
