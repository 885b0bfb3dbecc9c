"""Pantauan (issue #11): the monitoring dashboard's figures and chart series, aggregated from
the report tracker's rows at a date — pure, no storage.

Definitions (the figures a pimpinan reads at the meeting, evaluated at `tanggal`):
- *tim aktif*: teams with status aktif whose period runs on `tanggal`;
- *laporan jatuh tempo*: reports not yet sent (belum / draf) due today or within 7 days;
- *laporan terlambat*: reports not yet sent (belum / draf) past their due date;
- *menunggu tinjauan*: reports sent and waiting along their review chain;
- *permasalahan terbuka*: reports carrying permasalahan & kendala not yet accepted;
- *beban*: active teams per pegawai (JF/Pelaksana), with a histogram 0 / 1 / 2 / 3 / ≥ 4;
- *progres per tim*: the progres of each running team's latest sent report (0 when none);
- *terlambat per unit*: the overdue reports by the top unit (first segment of the unit path);
- *per bulan*: reports sent in each of the 12 months up to `tanggal`, on time or late.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

JATUH_TEMPO_HARI = 7  # "jatuh tempo": due today or within this many days
BULAN_PENDEK = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                "Des")
BELUM_DIKIRIM = frozenset({"belum", "draf"})
HISTOGRAM_LABEL = ("0 tim", "1 tim", "2 tim", "3 tim", "≥ 4 tim")


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


class BarisLaporan(Protocol):
    """What the aggregation reads of a report row (services.laporan_dto.LaporanRingkas)."""

    id: int | None
    tim_id: int | None
    tim_nama: str
    unit: str
    pelapor_nip: str
    pelapor_nama: str
    periode: str
    jatuh_tempo: dt.date
    status: str
    terlambat: bool
    hari_terlambat: int
    dikirim: dt.date | None
    progres: int | None
    ada_permasalahan: bool
    periode_urut: int | None


class TimPantau(NamedTuple):
    id: int
    nama: str
    mulai: dt.date
    selesai: dt.date
    status: str


@dataclass(frozen=True, slots=True)
class BebanRingkas:
    pegawai: int  # JF/Pelaksana counted (with or without a team)
    rata_rata: float  # active teams per pegawai
    maksimum: int  # the most active teams of one pegawai
    tanpa_tim: int  # pegawai without an active team
    histogram: tuple[tuple[str, int], ...]  # ("0 tim", n) … ("≥ 4 tim", n)
    ambang: int = 0  # the PD's workload threshold (Pengaturan)
    melebihi_ambang: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"pegawai": self.pegawai, "rata_rata": self.rata_rata,
                "maksimum": self.maksimum, "tanpa_tim": self.tanpa_tim,
                "ambang": self.ambang, "melebihi_ambang": self.melebihi_ambang,
                "histogram": [{"label": label, "jumlah": n} for label, n in self.histogram]}


@dataclass(frozen=True, slots=True)
class Tunggakan:
    """An overdue report (not sent, past due) for the dashboard's table."""

    laporan_id: int | None
    tim: str  # "" for an individual assignment
    pelapor_nip: str
    pelapor: str
    unit: str
    periode: str
    jatuh_tempo: dt.date
    hari_terlambat: int
    status: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.laporan_id, "tim": self.tim, "pelapor_nip": self.pelapor_nip,
                "pelapor": self.pelapor, "unit": self.unit, "periode": self.periode,
                "jatuh_tempo": _iso(self.jatuh_tempo), "hari_terlambat": self.hari_terlambat,
                "status": self.status}


@dataclass(frozen=True, slots=True)
class Pantauan:
    tanggal: dt.date
    tim_aktif: int
    laporan_jatuh_tempo: int
    laporan_terlambat: int
    menunggu_tinjauan: int
    permohonan_menunggu: int
    permasalahan_terbuka: int
    beban: BebanRingkas
    progres_tim: tuple[tuple[str, int], ...]  # (tim, progres 0–100), by team name
    terlambat_per_unit: tuple[tuple[str, int], ...]  # most first
    per_bulan: tuple[tuple[str, int, int, int], ...]  # ("Jan 2026", dikirim, tepat, terlambat)
    terlambat_daftar: tuple[Tunggakan, ...] = ()  # the most days late first
    laporan_diterima: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"tanggal": self.tanggal.isoformat(), "tim_aktif": self.tim_aktif,
                "laporan_jatuh_tempo": self.laporan_jatuh_tempo,
                "laporan_terlambat": self.laporan_terlambat,
                "menunggu_tinjauan": self.menunggu_tinjauan,
                "permohonan_menunggu": self.permohonan_menunggu,
                "permasalahan_terbuka": self.permasalahan_terbuka,
                "laporan_diterima": self.laporan_diterima,
                "beban": self.beban.as_json(),
                "progres_tim": [{"tim": t, "progres": p} for t, p in self.progres_tim],
                "terlambat_per_unit": [{"unit": u, "jumlah": n}
                                       for u, n in self.terlambat_per_unit],
                "per_bulan": [{"bulan": b, "dikirim": d, "tepat_waktu": t, "terlambat": x}
                              for b, d, t, x in self.per_bulan],
                "terlambat": [t.as_json() for t in self.terlambat_daftar]}


# ---- aggregation -----------------------------------------------------------------------------

def label_bulan(tahun: int, bulan: int) -> str:
    return f"{BULAN_PENDEK[bulan - 1]} {tahun}"


def dua_belas_bulan(tanggal: dt.date) -> list[tuple[int, int]]:
    """(tahun, bulan) of the 12 months ending with `tanggal`'s month, oldest first."""
    out = []
    tahun, bulan = tanggal.year, tanggal.month
    for _ in range(12):
        out.append((tahun, bulan))
        tahun, bulan = (tahun, bulan - 1) if bulan > 1 else (tahun - 1, 12)
    return out[::-1]


def unit_atas(unit: str) -> str:
    """The top unit of a unit path ("Bidang P2P / Seksi Surveilans" → "Bidang P2P")."""
    head = unit.split(" / ")[0].strip()
    return head or "(tanpa unit)"


def terkirim(r: BarisLaporan, tanggal: dt.date) -> bool:
    return r.dikirim is not None and r.dikirim <= tanggal and r.status not in BELUM_DIKIRIM


def tertunggak(r: BarisLaporan, tanggal: dt.date) -> bool:
    """Not sent by `tanggal` and past due."""
    return r.status in BELUM_DIKIRIM and r.jatuh_tempo < tanggal


def segera(r: BarisLaporan, tanggal: dt.date) -> bool:
    """Not sent, due today or within JATUH_TEMPO_HARI days."""
    return (r.status in BELUM_DIKIRIM
            and 0 <= (r.jatuh_tempo - tanggal).days <= JATUH_TEMPO_HARI)


def ringkas_beban(jumlah_tim: Iterable[int], *, ambang: int = 0,
                  melebihi: int = 0) -> BebanRingkas:
    """`jumlah_tim`: active teams of each pegawai counted (0 for those without)."""
    counts = list(jumlah_tim)
    hist = Counter(min(n, 4) for n in counts)
    n = len(counts)
    return BebanRingkas(n, round(sum(counts) / n, 2) if n else 0.0, max(counts, default=0),
                        hist.get(0, 0), tuple((HISTOGRAM_LABEL[i], hist.get(i, 0))
                                              for i in range(5)), ambang, melebihi)


def progres_tim(tim: Sequence[TimPantau], laporan: Sequence[BarisLaporan],
                tanggal: dt.date) -> tuple[tuple[str, int], ...]:
    """Each team's latest reported progres by `tanggal` (0 when nothing was sent yet)."""
    latest: dict[int, tuple[tuple[int, dt.date], int]] = {}
    for r in laporan:
        if r.tim_id is None or r.progres is None or not terkirim(r, tanggal):
            continue
        key = (r.periode_urut or 0, r.dikirim or tanggal)
        old = latest.get(r.tim_id)
        if old is None or key >= old[0]:
            latest[r.tim_id] = (key, max(0, min(100, r.progres)))
    return tuple(sorted(((t.nama, latest[t.id][1] if t.id in latest else 0) for t in tim),
                        key=lambda x: x[0].casefold()))


def per_bulan(laporan: Sequence[BarisLaporan], tanggal: dt.date
              ) -> tuple[tuple[str, int, int, int], ...]:
    months = dua_belas_bulan(tanggal)
    sent: Counter[tuple[int, int]] = Counter()
    late: Counter[tuple[int, int]] = Counter()
    for r in laporan:
        if not terkirim(r, tanggal):
            continue
        assert r.dikirim is not None
        key = (r.dikirim.year, r.dikirim.month)
        sent[key] += 1
        if r.dikirim > r.jatuh_tempo:
            late[key] += 1
    return tuple((label_bulan(y, m), sent[(y, m)], sent[(y, m)] - late[(y, m)], late[(y, m)])
                 for y, m in months)


def hitung(tanggal: dt.date, tim: Sequence[TimPantau], laporan: Sequence[BarisLaporan], *,
           permohonan_menunggu: int, jumlah_tim: Iterable[int], ambang: int = 0,
           melebihi_ambang: int = 0) -> Pantauan:
    """The dashboard at `tanggal` (see the module doc)."""
    berjalan = [t for t in tim if t.status == "aktif" and t.mulai <= tanggal <= t.selesai]
    telat = [r for r in laporan if tertunggak(r, tanggal)]
    telat.sort(key=lambda r: (-(tanggal - r.jatuh_tempo).days, r.tim_nama, r.pelapor_nama))
    per_unit = Counter(unit_atas(r.unit) for r in telat)
    return Pantauan(
        tanggal=tanggal, tim_aktif=len(berjalan),
        laporan_jatuh_tempo=sum(segera(r, tanggal) for r in laporan),
        laporan_terlambat=len(telat),
        menunggu_tinjauan=sum(r.status == "dikirim" for r in laporan),
        permohonan_menunggu=permohonan_menunggu,
        permasalahan_terbuka=sum(r.ada_permasalahan and r.status != "diterima"
                                 and r.status not in BELUM_DIKIRIM for r in laporan),
        beban=ringkas_beban(jumlah_tim, ambang=ambang, melebihi=melebihi_ambang),
        progres_tim=progres_tim(berjalan, laporan, tanggal),
        terlambat_per_unit=tuple(sorted(per_unit.items(), key=lambda x: (-x[1], x[0]))),
        per_bulan=per_bulan(laporan, tanggal),
        terlambat_daftar=tuple(
            Tunggakan(r.id, r.tim_nama, r.pelapor_nip, r.pelapor_nama, r.unit, r.periode,
                      r.jatuh_tempo, max(0, (tanggal - r.jatuh_tempo).days), r.status)
            for r in telat),
        laporan_diterima=sum(r.status == "diterima" for r in laporan))
