"""The unit kerja a unit belongs to — what decides which of a Perbup's patterns (pola) applies.

The Perbup set kedudukan rules per kind of unit kerja: Pasuruan's ten pola (Lampiran BAB II
huruf D: a Kelurahan is pola 8 even though it sits under its Kecamatan, pola 7), Pekalongan's
tables per RSUD Tipe B/C/D, UPTD and Puskesmas (Lampiran III Tabel 3.8–3.15), Barito Timur's
RSUD Kelas C (Lampiran I angka 3). A unit's `Lingkungan` is the NEAREST of itself and its
ancestors whose jenis is a unit kerja (`UNIT_KERJA`); without one, the Perangkat Daerah itself
when it is such a unit (an RSUD or a Kecamatan set up as its own PD), else the PD proper.

`PetaUnit` resolves it once per unit (memoised; each unit is visited once), so `periksa` stays
O(n) on agencies of 5,000+ pegawai.
"""

from __future__ import annotations

from dataclasses import dataclass

from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.domain.organisasi import (
    JenisUnit,
    Position,
    Struktur,
    Unit,
)
from sistemkerja_desktop.domain.tipe_unit import tebak_tipe

# The jenis whose pattern a Perbup sets apart from the Perangkat Daerah they sit in.
UNIT_KERJA: frozenset[JenisUnit] = frozenset({
    JenisUnit.KELURAHAN, JenisUnit.KECAMATAN, JenisUnit.RSUD, JenisUnit.UPTD,
    JenisUnit.PUSKESMAS, JenisUnit.SATUAN_PENDIDIKAN})

# PerangkatDaerah.jenis values (views/common/widgets.JENIS_PD) — and the start of a PD's name —
# that make the PD itself a unit kerja (an RSUD or a Kecamatan set up as its own PD).
_JENIS_PD: dict[str, JenisUnit] = {
    "rsud": JenisUnit.RSUD, "rumah sakit": JenisUnit.RSUD, "uobk": JenisUnit.RSUD,
    "kecamatan": JenisUnit.KECAMATAN, "kelurahan": JenisUnit.KELURAHAN,
    "puskesmas": JenisUnit.PUSKESMAS, "uptd puskesmas": JenisUnit.PUSKESMAS,
    "uptd": JenisUnit.UPTD, "upt": JenisUnit.UPTD, "satuan pendidikan": JenisUnit.SATUAN_PENDIDIKAN,
    "upt satuan pendidikan": JenisUnit.SATUAN_PENDIDIKAN,
    "uptd satuan pendidikan": JenisUnit.SATUAN_PENDIDIKAN,
}
_JPT = frozenset({Kategori.JPT_MADYA, Kategori.JPT_PRATAMA})


@dataclass(frozen=True, slots=True)
class Lingkungan:
    """The unit kerja of a unit. `jenis` None: the Perangkat Daerah proper (Setda, Dinas, …)."""

    jenis: JenisUnit | None = None
    tipe: str = ""  # RSUD Kelas / UPTD Tipe "A"–"D", "" when not known
    unit_id: int | None = None  # the unit kerja (or the PD's top unit)
    kepala: Kategori | None = None  # kategori of its head's position (Direktur, Camat, Lurah…)

    @property
    def dipimpin_jpt(self) -> bool:
        return self.kepala in _JPT

    def dipimpin_oleh(self, pos: Position) -> bool:
        """Whether `pos` is the head of this unit kerja (Direktur of the RSUD, the Lurah…)."""
        return pos.pimpinan_unit and pos.unit_id is not None and pos.unit_id == self.unit_id


@dataclass(frozen=True, slots=True)
class UnitKerja:
    """A unit-kerja filter of a kedudukan row (profiles.base.AturanKedudukan): its jenis, and
    optionally its Kelas/Tipe and whether a JPT heads it (Pasuruan pola 5, an UOBK led by a JPT,
    vs pola 6, by an Administrator)."""

    jenis: JenisUnit
    tipe: frozenset[str] = frozenset()  # empty: any; "" matches a unit whose type is not known
    dipimpin_jpt: bool | None = None  # None: either

    def cocok(self, lingkungan: Lingkungan) -> bool:
        return (lingkungan.jenis is self.jenis
                and (not self.tipe or lingkungan.tipe in self.tipe)
                and (self.dipimpin_jpt is None or lingkungan.dipimpin_jpt is self.dipimpin_jpt))


def cocok_unit_kerja(filters: frozenset[JenisUnit | UnitKerja], lingkungan: Lingkungan) -> bool:
    """Whether the unit kerja matches any filter (a bare JenisUnit: any unit kerja of that jenis)."""
    return any(f.cocok(lingkungan) if isinstance(f, UnitKerja) else f is lingkungan.jenis
               for f in filters)


_AWALAN_PEJABAT = ("plt.", "plt", "plh.", "plh", "pj.", "pj", "penjabat")


def nama_jabatan_cocok(nama: str, awalan: tuple[str, ...]) -> bool:
    """'Plt. Sekretaris Daerah Kabupaten X' starts with 'Sekretaris Daerah' (case-insensitive,
    after a Plt./Plh./Pj. prefix)."""
    teks = " ".join(nama.split()).casefold()
    for prefix in _AWALAN_PEJABAT:
        if teks.startswith(prefix + " "):
            teks = teks[len(prefix) + 1:]
            break
    return any(teks == a.casefold() or teks.startswith(a.casefold() + " ") for a in awalan)


class PetaUnit:
    """unit id → `Lingkungan` for one `Struktur` (memoised; build once per check)."""

    def __init__(self, s: Struktur) -> None:
        self.s = s
        self._memo: dict[int | None, Lingkungan] = {None: Lingkungan()}
        self._kepala: dict[int, Position] = {}
        for pos in s.positions:
            if pos.pimpinan_unit and pos.unit_id is not None:
                held = self._kepala.get(pos.unit_id)
                if held is None or (held.pemangku_id is None and pos.pemangku_id is not None):
                    self._kepala[pos.unit_id] = pos
        self._jenis_pd = _JENIS_PD.get(" ".join(s.pd.jenis.split()).casefold()) \
            or _jenis_dari_nama(s.pd.nama)

    def kepala(self, unit_id: int | None) -> Position | None:
        """The leading position of a unit (a filled one preferred)."""
        return self._kepala.get(unit_id) if unit_id is not None else None

    def lingkungan(self, unit_id: int | None) -> Lingkungan:
        if unit_id in self._memo:
            return self._memo[unit_id]
        units = self.s.unit_by_id
        chain: list[int] = []
        seen: set[int] = set()
        found: Lingkungan | None = None
        cur: int | None = unit_id
        while cur is not None and cur in units and cur not in seen:
            if cur in self._memo:
                found = self._memo[cur]
                break
            seen.add(cur)
            chain.append(cur)
            unit = units[cur]
            if unit.jenis in UNIT_KERJA:
                found = self._dari_unit(unit)
                break
            cur = unit.parent_id
        if found is None:
            found = self._dari_pd(chain[-1] if chain else None)
        for uid in chain:
            self._memo[uid] = found
        self._memo.setdefault(unit_id, found)
        return found

    def _dari_unit(self, unit: Unit) -> Lingkungan:
        head = self._kepala.get(unit.id)
        return Lingkungan(unit.jenis, unit.tipe or tebak_tipe(unit.nama), unit.id,
                          head.kategori if head else None)

    def _dari_pd(self, top: int | None) -> Lingkungan:
        """The PD proper — or, for a PD that is itself an RSUD/Kecamatan/…, that unit kerja."""
        if self._jenis_pd is None:
            return Lingkungan()
        head = self._kepala.get(top) if top is not None else None
        root = self.s.unit_by_id.get(top) if top is not None else None
        tipe = tebak_tipe(self.s.pd.nama) or (tebak_tipe(root.nama) if root else "")
        return Lingkungan(self._jenis_pd, tipe, top, head.kategori if head else None)


def _jenis_dari_nama(nama: str) -> JenisUnit | None:
    """'RSUD Bangil' → RSUD, 'UPTD Puskesmas Kajen' → PUSKESMAS, 'Dinas Kesehatan' → None (by
    the start of the name, as guess_jenis_pd does: a Dinas naming its RSUD stays a Dinas)."""
    teks = " ".join(nama.split()).casefold()
    for awal in sorted(_JENIS_PD, key=len, reverse=True):
        if teks == awal or teks.startswith(awal + " "):
            return _JENIS_PD[awal]
    return None
