"""Who holds a `PeranLaporan` for a report on a date (issue #11), and where a report's
permasalahan & kendala escalate.

Roles are seen from the report's author (the pelapor):

- `PELAPOR`: the author; `KETUA_TIM`: the team's ketua;
- `PPK`: the author's Pejabat Penilai Kinerja on the date (`Struktur.ppk_of`);
- `PUO`: the head of the unit organisasi of the author's unit
  (`penugasan_peran.kepala_unit_organisasi`); an author without a unit of ours falls back to
  the unit pemilik kinerja;
- `PUO_PEMILIK_KINERJA`: the head of the unit organisasi of the team's unit pemilik kinerja
  (an individual assignment: the author's PUO);
- `PIMPINAN_UNIT_KERJA`: the head of the author's own unit — the nearest unit up the tree with
  a filled leading position other than the author himself (Pekalongan Pasal 25);
- `KEPALA_PD`: the head of the PD (`penugasan_peran.kepala_pd`).

`PeranResolver` answers these for many reports on one date over one `Struktur` (kedudukan
indexed once, heads of units memoised): the report list resolves who each sent report waits
for without a query per report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sistemkerja_desktop.domain.laporan import JenisLaporan, LangkahLaporan, PeranLaporan
from sistemkerja_desktop.domain.organisasi import Position, Struktur
from sistemkerja_desktop.domain.penugasan_peran import (
    Pemegang,
    dari_posisi,
    kepala_pd,
    kepala_unit_organisasi,
)
from sistemkerja_desktop.domain.pola_unit import PetaUnit
from sistemkerja_desktop.domain.profiles import (
    barito_timur,
    bungo,
    kapuas_hulu,
    pasuruan,
    pekalongan,
)
from sistemkerja_desktop.domain.profiles.citation import Citation, umum


@dataclass(frozen=True, slots=True)
class KonteksLaporan:
    """A report as far as role resolution needs it."""

    jenis: JenisLaporan
    pelapor_id: int
    ketua_id: int | None = None  # the team's ketua (team reports)
    unit_pemilik_id: int | None = None  # the team's unit pemilik kinerja / the request's
    anggota_ids: tuple[int, ...] = ()  # the team's members (escalation, lintas unit)


class PeranResolver:
    """Role holders on one date over one `Struktur` (build once per use case)."""

    def __init__(self, struktur: Struktur, tanggal: dt.date) -> None:
        self.struktur = struktur
        self.tanggal = tanggal
        self.peta = PetaUnit(struktur)
        self._ppk: dict[int, Position] = {}
        for k in struktur.kedudukan:
            if k.berlaku_pada(tanggal) and k.pegawai_id not in self._ppk:
                pos = struktur.position_by_id.get(k.ppk_position_id)
                if pos is not None:
                    self._ppk[k.pegawai_id] = pos
        self._puo: dict[int | None, Position | None] = {}

    # ---- lookups ----------------------------------------------------------------------------
    def _unit_pelapor(self, k: KonteksLaporan) -> int | None:
        p = self.struktur.pegawai_by_id.get(k.pelapor_id)
        if p is not None and p.unit_id is not None:
            return p.unit_id
        return k.unit_pemilik_id

    def kepala_uo(self, unit_id: int | None) -> Position | None:
        if unit_id not in self._puo:
            self._puo[unit_id] = kepala_unit_organisasi(self.struktur, unit_id, self.peta)
        return self._puo[unit_id]

    def pimpinan_unit_kerja(self, pegawai_id: int, unit_id: int | None) -> Position | None:
        if unit_id is None or unit_id not in self.struktur.unit_by_id:
            return None
        for unit in self.struktur.ancestors(unit_id):
            pos = self.peta.kepala(unit.id)
            if pos is not None and pos.pemangku_id is not None and pos.pemangku_id != pegawai_id:
                return pos
        return None

    def orang(self, pegawai_id: int | None, sebutan: str) -> Pemegang:
        p = self.struktur.pegawai_by_id.get(pegawai_id) if pegawai_id is not None else None
        if p is None:
            return Pemegang(None, "", "", sebutan)
        return Pemegang(p.id, p.nip, p.nama_lengkap, p.jabatan.nama if p.jabatan else sebutan)

    def pemegang(self, peran: PeranLaporan, k: KonteksLaporan) -> Pemegang:
        """Who acts as `peran` for the report `k` (pegawai_id None: nobody holds it, the
        jabatan naming the role or the vacant position)."""
        if peran is PeranLaporan.PELAPOR:
            return self.orang(k.pelapor_id, peran.value)
        if peran is PeranLaporan.KETUA_TIM:
            return self.orang(k.ketua_id, peran.value)
        pos: Position | None
        if peran is PeranLaporan.PPK:
            pos = self._ppk.get(k.pelapor_id)
            if pos is None:
                return Pemegang(None, "", "", f"{peran.value} (belum ditetapkan)")
        elif peran is PeranLaporan.PUO:
            pos = self.kepala_uo(self._unit_pelapor(k))
        elif peran is PeranLaporan.PUO_PEMILIK_KINERJA:
            unit = (k.unit_pemilik_id if k.jenis is not JenisLaporan.INDIVIDU
                    and k.unit_pemilik_id is not None else self._unit_pelapor(k))
            pos = self.kepala_uo(unit)
        elif peran is PeranLaporan.PIMPINAN_UNIT_KERJA:
            pos = self.pimpinan_unit_kerja(k.pelapor_id, self._unit_pelapor(k))
        else:
            pos = kepala_pd(self.struktur, self.peta)
        if pos is None:
            return Pemegang(None, "", "", peran.value)
        return dari_posisi(self.struktur, pos)

    def pemegang_langkah(self, step: LangkahLaporan, k: KonteksLaporan
                         ) -> tuple[tuple[PeranLaporan, Pemegang], ...]:
        """Every role of a step (sorted as its label) with its holder."""
        return tuple((p, self.pemegang(p, k)) for p in urut_peran(step.peran))

    def peran_dari(self, pegawai_id: int, peran: Iterable[PeranLaporan],
                   k: KonteksLaporan) -> PeranLaporan | None:
        """The first of `peran` that `pegawai_id` holds for the report `k` (None: none)."""
        for p in urut_peran(peran):
            if self.pemegang(p, k).pegawai_id == pegawai_id:
                return p
        return None


def urut_peran(peran: Iterable[PeranLaporan]) -> list[PeranLaporan]:
    return sorted(peran, key=lambda p: p.value)


def sebut(peran: PeranLaporan | str, h: Pemegang) -> str:
    """'Pimpinan Unit Organisasi: Pejabat X, NIP …' (or the vacant role)."""
    label = peran.value if isinstance(peran, PeranLaporan) else peran
    if h.pegawai_id is None:
        return f"{label} ({h.jabatan or 'belum ada pemegangnya'})"
    return f"{label}: {h.nama}, NIP {h.nip} ({h.jabatan})"


# ---- escalation of permasalahan & kendala -------------------------------------------------

_KH, _BT, _PK, _BG, _PS = kapuas_hulu.S, barito_timur.S, pekalongan.S, bungo.S, pasuruan.S
DASAR_ESKALASI: dict[str, Citation] = {
    "kapuas-hulu": Citation(_KH, "Lampiran I huruf B angka 3 huruf A; Lampiran I huruf B "
                                 "angka 3 huruf C"),
    "barito-timur": Citation(_BT, "Lampiran I huruf A angka 3; Lampiran I huruf A angka 5"),
    "pekalongan": Citation(_PK, "Lampiran V"),
    "bungo": Citation(_BG, "Pasal 8 ayat (2); Pasal 8 ayat (4)"),
    "pasuruan": Citation(_PS, "Lampiran II huruf B angka 3 huruf A"),
}
_DASAR_UMUM = umum("KH Lampiran I huruf B angka 3; Pasuruan Lampiran II huruf B angka 3")


@dataclass(frozen=True, slots=True)
class Tujuan:
    peran: str
    pemegang: Pemegang
    dasar: Citation


def eskalasi(profil: str, r: PeranResolver, k: KonteksLaporan) -> tuple[Tujuan, ...]:
    """Where the permasalahan & kendala of report `k` go, in order: the PUO (Pekalongan: or
    the PPK); a team's: the PUO pemilik kinerja, then (lintas unit) the PUO of each member
    from another unit organisasi; Barito Timur adds the Kepala Perangkat Daerah."""
    dasar = DASAR_ESKALASI.get(profil, _DASAR_UMUM)
    out: list[Tujuan] = []
    seen: set[int | None] = set()

    def add(peran: str, h: Pemegang) -> None:
        key = (h.pegawai_id if h.pegawai_id is not None
               else h.position_id if h.position_id is not None else id(h))
        if key in seen:
            return
        seen.add(key)
        out.append(Tujuan(peran, h, dasar))

    if k.jenis is JenisLaporan.INDIVIDU:
        add(PeranLaporan.PUO.value, r.pemegang(PeranLaporan.PUO, k))
        if profil == "pekalongan":
            add(PeranLaporan.PPK.value, r.pemegang(PeranLaporan.PPK, k))
    else:
        add(PeranLaporan.PUO_PEMILIK_KINERJA.value,
            r.pemegang(PeranLaporan.PUO_PEMILIK_KINERJA, k))
        for pid in k.anggota_ids:
            p = r.struktur.pegawai_by_id.get(pid)
            if p is None or p.unit_id is None:
                continue
            pos = r.kepala_uo(p.unit_id)
            if pos is not None:
                add(f"{PeranLaporan.PUO.value} anggota ({p.nama_lengkap})",
                    dari_posisi(r.struktur, pos))
    if profil == "barito-timur":
        add(PeranLaporan.KEPALA_PD.value, r.pemegang(PeranLaporan.KEPALA_PD, k))
    return tuple(out)
