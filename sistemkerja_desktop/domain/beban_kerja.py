"""Workload (beban kerja): each pegawai's current/upcoming active teams, how many of them run at
the same time, and who has no assignment at all.

The Perbup set no limit ("seorang dapat terlibat lebih dari 1 target kinerja" — KH Pasal 8(4),
BT Lampiran II A(5)); they only ask that assignments consider the workload. The threshold is
therefore a setting of the PD, and exceeding it is a warning, never a block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sistemkerja_desktop.domain.organisasi import Pegawai


@dataclass(frozen=True, slots=True)
class Keanggotaan:
    """One membership of a pegawai in an active team."""

    pegawai_id: int
    tim_id: int
    tim_nama: str
    mulai: dt.date
    selesai: dt.date
    peran: str = "Anggota"


@dataclass(frozen=True, slots=True)
class BebanPegawai:
    pegawai_id: int
    tim: tuple[Keanggotaan, ...]  # active or upcoming (selesai ≥ tanggal), by start date
    tumpang_tindih: tuple[tuple[int, int], ...]  # pairs of tim_id whose periods overlap
    maks_serentak: int  # the most teams running on one day
    melebihi_ambang: bool

    @property
    def jumlah(self) -> int:
        return len(self.tim)


def maks_serentak(periode: Iterable[tuple[dt.date, dt.date]]) -> int:
    """The largest number of periods (inclusive) covering one day."""
    events: list[tuple[dt.date, int]] = []
    for mulai, selesai in periode:
        events.append((mulai, 1))
        events.append((selesai + dt.timedelta(days=1), -1))
    best = current = 0
    for _, delta in sorted(events, key=lambda e: (e[0], e[1])):
        current += delta
        best = max(best, current)
    return best


def hitung_beban(keanggotaan: Iterable[Keanggotaan], tanggal: dt.date,
                 ambang: int) -> dict[int, BebanPegawai]:
    """pegawai_id → workload, counting memberships that have not ended by `tanggal`."""
    per: dict[int, list[Keanggotaan]] = {}
    for k in keanggotaan:
        if k.selesai >= tanggal:
            per.setdefault(k.pegawai_id, []).append(k)
    out: dict[int, BebanPegawai] = {}
    for pid, items in per.items():
        items.sort(key=lambda k: (k.mulai, k.tim_nama))
        pairs = tuple((a.tim_id, b.tim_id) for i, a in enumerate(items) for b in items[i + 1:]
                      if a.mulai <= b.selesai and b.mulai <= a.selesai)
        peak = maks_serentak((k.mulai, k.selesai) for k in items)
        out[pid] = BebanPegawai(pid, tuple(items), pairs, peak, peak > ambang)
    return out


def tanpa_penugasan(pegawai: Iterable[Pegawai], beban: dict[int, BebanPegawai]) -> list[Pegawai]:
    """Active, internal JF and Pelaksana without any team in `beban` (see `hitung_beban`)."""
    return [p for p in pegawai
            if p.aktif and not p.eksternal and p.jabatan is not None
            and p.jabatan.is_jf_or_pelaksana and p.id not in beban]
