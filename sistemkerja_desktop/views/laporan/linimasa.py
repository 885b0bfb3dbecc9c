"""The timeline of a team or a person as a grid: one lane (*lajur*) per author and what he
reports on — the ketua's team report first, then each member, or each team / assignment of one
person — and one column per period (the schedule's periods, begun or not, then the ad-hoc
requests by due date). A cell holds the report of that lane and period (`LaporanRingkas` as the
service evaluated it at the chosen date), or only the period when nothing was written yet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from sistemkerja_desktop.services.laporan_dto import LaporanRingkas, PeriodeRow
from sistemkerja_desktop.views.laporan.labels import periode_singkat
from sistemkerja_desktop.views.penugasan.labels import tanggal


@dataclass(frozen=True, slots=True)
class Lajur:
    """One lane: an author reporting on one team (or one individual assignment)."""

    kunci: Hashable
    label: str  # the lane's head ("Laporan tim\nYuliana Safitri, S.Gz.")
    pelapor_nip: str
    pelapor_nama: str
    jenis: str  # JenisLaporan value
    tim_id: int | None = None
    permohonan_id: int | None = None
    jadwal: tuple[PeriodeRow, ...] = ()


@dataclass(frozen=True, slots=True)
class Kolom:
    kunci: str  # the period label, or "sewaktu:<id>"
    head: str  # the column head (short, two lines at most)
    judul: str  # the full label
    mulai: dt.date | None
    selesai: dt.date | None
    jatuh_tempo: dt.date | None

    def memuat(self, d: dt.date) -> bool:
        return self.mulai is not None and self.selesai is not None and (
            self.mulai <= d <= self.selesai)


@dataclass(frozen=True, slots=True)
class Sel:
    lajur: Lajur
    kolom: Kolom
    ringkas: LaporanRingkas | None = None
    periode: PeriodeRow | None = None

    @property
    def dimulai_pada(self) -> dt.date | None:
        return self.periode.mulai if self.periode is not None else None


@dataclass
class Linimasa:
    lajur: list[Lajur] = field(default_factory=list)
    kolom: list[Kolom] = field(default_factory=list)
    sel: dict[tuple[int, int], Sel] = field(default_factory=dict)

    def cari(self, laporan_id: int) -> tuple[int, int] | None:
        return next((rc for rc, s in self.sel.items()
                     if s.ringkas is not None and s.ringkas.id == laporan_id), None)

    def kolom_pada(self, d: dt.date) -> int | None:
        """The column of the period running on `d` (else the last one due by `d`)."""
        hit = next((i for i, k in enumerate(self.kolom) if k.memuat(d)), None)
        if hit is not None:
            return hit
        due = [i for i, k in enumerate(self.kolom) if k.jatuh_tempo and k.jatuh_tempo <= d]
        return due[-1] if due else None


def _kolom_periode(p: PeriodeRow) -> Kolom:
    return Kolom(p.label, periode_singkat(p.label), p.label, p.mulai, p.selesai, p.jatuh_tempo)


def _kolom_ringkas(r: LaporanRingkas) -> Kolom:
    if r.periode_urut is None:  # an ad-hoc request
        return Kolom(f"sewaktu:{r.id}", "Sewaktu-waktu\ns.d. " + tanggal(r.jatuh_tempo),
                     r.periode, None, None, r.jatuh_tempo)
    return Kolom(r.periode, periode_singkat(r.periode), r.periode, r.mulai, r.selesai,
                 r.jatuh_tempo)


def _urutan(k: Kolom) -> tuple:
    adhoc = k.kunci.startswith("sewaktu:")
    return (adhoc, k.mulai or k.jatuh_tempo or dt.date.max, k.selesai or dt.date.max, k.kunci)


def susun(lajur: Sequence[Lajur], rows: Iterable[LaporanRingkas],
          kunci_of: Callable[[LaporanRingkas], Hashable],
          lajur_baru: Callable[[LaporanRingkas], Lajur]) -> Linimasa:
    """The grid: `lajur` seeded (with their schedules), the rows placed by `kunci_of` (a row
    of an unseeded lane opens one with `lajur_baru`)."""
    lanes = list(lajur)
    index = {lane.kunci: i for i, lane in enumerate(lanes)}
    kolom: dict[str, Kolom] = {}
    placed: list[tuple[int, str, LaporanRingkas]] = []
    for r in rows:
        key = kunci_of(r)
        if key not in index:
            index[key] = len(lanes)
            lanes.append(lajur_baru(r))
        k = _kolom_ringkas(r)
        kolom.setdefault(k.kunci, k)
        placed.append((index[key], k.kunci, r))
    for lane in lanes:  # seeded or opened by a row: every period of its schedule
        for p in lane.jadwal:
            kolom.setdefault(p.label, _kolom_periode(p))
    cols = sorted(kolom.values(), key=_urutan)
    col_of = {k.kunci: i for i, k in enumerate(cols)}
    out = Linimasa(lanes, cols)
    for r_i, lane in enumerate(lanes):
        for p in lane.jadwal:
            c = col_of[p.label]
            out.sel[(r_i, c)] = Sel(lane, cols[c], periode=p)
    for r_i, key, r in placed:
        c = col_of[key]
        before = out.sel.get((r_i, c))
        out.sel[(r_i, c)] = Sel(lanes[r_i], cols[c], r, before.periode if before else None)
    return out


def cari_periode(linimasa: Linimasa, pelapor_nip: str, periode: str) -> tuple[int, int] | None:
    """The cell of `pelapor_nip`'s lane in the column of `periode` (a report not started)."""
    return next((rc for rc, s in linimasa.sel.items()
                 if s.lajur.pelapor_nip == pelapor_nip and s.kolom.judul == periode), None)
