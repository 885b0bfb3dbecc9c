"""Who holds a `Peran` of a permohonan penugasan on a date.

The roles of a chain (`domain.penugasan_alur`) are seen from the pegawai being assigned:

- `PEGAWAI`: the (first) pegawai of the request;
- `PUO_PEGAWAI`: the Pimpinan Unit Organisasi where the pegawai sits — the head of the unit
  organisasi of the pegawai's unit (`unit_organisasi`: the nearest of the unit and its ancestors
  that is a unit kerja mandiri or a unit kerja such as a Puskesmas/RSUD/UPTD, else the unit one
  level under the Perangkat Daerah, else the PD's top unit);
- `PPK_PEGAWAI`: the pegawai's Pejabat Penilai Kinerja on that date (`Struktur.ppk_of`);
- `PUO_PEMILIK_KINERJA`: the head of the unit organisasi that owns the work — the team's unit
  pemilik kinerja when the request staffs a team, else the requesting unit for a penunjukan
  (the pemohon asks for someone else's pegawai) and the target unit for a pengajuan sukarela
  (the pegawai asks to join the target's work);
- `KEPALA_PD`: the head of the PD's top unit;
- `SEKDA`, `PYB_PEMOHON`, `PYB_TUJUAN`: outside this PD's data unless a position named
  "Sekretaris Daerah" exists in it; otherwise the step is the other side's (`Pihak.MEREKA`)
  with its jabatan as text, recorded here from its letter.

A step of the other instansi is `Pihak.MEREKA` with `pegawai_id` None and the jabatan naming the
instansi. A vacant position of ours: `pegawai_id` None with the position's name as jabatan (the
service refuses to submit such a chain, naming the position).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sistemkerja_desktop.domain.organisasi import Position, Struktur, Unit
from sistemkerja_desktop.domain.penugasan import Arah, JenisPenugasan, Pihak
from sistemkerja_desktop.domain.pola_unit import UNIT_KERJA, PetaUnit, nama_jabatan_cocok
from sistemkerja_desktop.domain.profiles.base import NAMA_SEKDA, Peran

SEKDA_AN_BUPATI = "Sekretaris Daerah a.n. Bupati"


@dataclass(frozen=True, slots=True)
class KonteksPeran:
    """A request as far as role resolution needs it."""

    jenis: JenisPenugasan
    arah: Arah
    pegawai_ids: tuple[int, ...]
    oleh_id: int
    unit_tujuan_id: int | None = None
    unit_pemilik_id: int | None = None  # the team's unit pemilik kinerja (when tim_id given)
    instansi: str = ""  # the other instansi (lintas instansi)
    pyb_kita: str = ""  # our Pejabat yang Berwenang as text ("" → "… <pemda>")


@dataclass(frozen=True, slots=True)
class Pemegang:
    """The holder of a role on a date (pegawai_id None: the other side, or vacant)."""

    pegawai_id: int | None
    nip: str
    nama: str
    jabatan: str
    pihak: Pihak = Pihak.KITA
    position_id: int | None = None

    @property
    def kosong(self) -> bool:
        """A position of ours that nobody holds."""
        return self.pihak is Pihak.KITA and self.pegawai_id is None


def unit_puncak(struktur: Struktur) -> Unit | None:
    """The PD's top unit (the head's office)."""
    return next((u for u in struktur.units if u.parent_id is None), None)


def unit_organisasi(struktur: Struktur, unit_id: int | None) -> Unit | None:
    """The unit organisasi `unit_id` belongs to (see the module doc)."""
    if unit_id is None or unit_id not in struktur.unit_by_id:
        return None
    chain = list(struktur.ancestors(unit_id))
    for unit in chain:
        if unit.mandiri or unit.jenis in UNIT_KERJA:
            return unit
    if len(chain) >= 2:
        return chain[-2]  # the ancestor one level under the top unit
    return chain[-1]


def kepala_unit_organisasi(struktur: Struktur, unit_id: int | None,
                           peta: PetaUnit | None = None) -> Position | None:
    """The leading position of the unit organisasi of `unit_id` (a filled one preferred)."""
    unit = unit_organisasi(struktur, unit_id)
    if unit is None:
        return None
    return (peta or PetaUnit(struktur)).kepala(unit.id) or struktur.pimpinan_of(unit.id)


def kepala_pd(struktur: Struktur, peta: PetaUnit | None = None) -> Position | None:
    top = unit_puncak(struktur)
    if top is None:
        return None
    return (peta or PetaUnit(struktur)).kepala(top.id) or struktur.pimpinan_of(top.id)


def jabatan_posisi(pos: Position) -> str:
    """'Plt. Kepala Bidang …' — the position as it is filled."""
    prefix = pos.pengisian.value
    return f"{prefix} {pos.nama}" if prefix in ("Plt.", "Plh.") else pos.nama


def dari_posisi(struktur: Struktur, pos: Position) -> Pemegang:
    holder = struktur.holder(pos.id)
    if holder is None:
        return Pemegang(None, "", "", pos.nama, Pihak.KITA, pos.id)
    return Pemegang(holder.id, holder.nip, holder.nama_lengkap, jabatan_posisi(pos), Pihak.KITA,
                    pos.id)


def unit_pemilik_kinerja(struktur: Struktur, k: KonteksPeran) -> int | None:
    """The unit whose work the request serves (see the module doc)."""
    if k.unit_pemilik_id is not None:
        return k.unit_pemilik_id
    if k.jenis is JenisPenugasan.SUKARELA:
        return k.unit_tujuan_id if k.unit_tujuan_id is not None else _unit_of(struktur, k.oleh_id)
    return _unit_of(struktur, k.oleh_id)


def _unit_of(struktur: Struktur, pegawai_id: int | None) -> int | None:
    p = struktur.pegawai_by_id.get(pegawai_id) if pegawai_id is not None else None
    return p.unit_id if p is not None else None


def _luar(jabatan: str) -> Pemegang:
    return Pemegang(None, "", "", jabatan, Pihak.MEREKA)


def _posisi_sekda(struktur: Struktur) -> Position | None:
    return next((p for p in struktur.positions if nama_jabatan_cocok(p.nama, NAMA_SEKDA)), None)


def _pyb_kita(struktur: Struktur, k: KonteksPeran) -> Pemegang:
    pos = _posisi_sekda(struktur) if k.pyb_kita == SEKDA_AN_BUPATI else None
    if pos is not None:
        return dari_posisi(struktur, pos)
    pemda = struktur.pd.pemda.strip()
    return _luar(k.pyb_kita or f"Pejabat yang Berwenang {pemda}".strip())


def _pyb_mereka(k: KonteksPeran) -> Pemegang:
    return _luar(f"Pejabat yang Berwenang {k.instansi.strip() or 'instansi lain'}".strip())


def pemegang_peran(peran: Peran, pihak: Pihak, struktur: Struktur, k: KonteksPeran,
                   tanggal: dt.date, peta: PetaUnit | None = None) -> Pemegang:
    """Who acts as `peran` for the request `k` on `tanggal`. `pihak`: the side the chain puts
    the step on (the other instansi's steps are never looked up in our data). A role nobody
    holds (a vacant position, a pegawai without PPK on `tanggal`): `pegawai_id` None on our
    side, the jabatan naming it."""
    instansi = k.instansi.strip() or "instansi lain"
    if peran is Peran.PYB_PEMOHON:
        return _pyb_kita(struktur, k) if k.arah is not Arah.MASUK else _pyb_mereka(k)
    if peran is Peran.PYB_TUJUAN:
        return _pyb_kita(struktur, k) if k.arah is Arah.MASUK else _pyb_mereka(k)
    if pihak is Pihak.MEREKA:
        return _luar(f"{peran.value} ({instansi})")
    peta = peta or PetaUnit(struktur)
    pos: Position | None = None
    if peran is Peran.SEKDA:
        pos = _posisi_sekda(struktur)
        if pos is None:
            return _luar(SEKDA_AN_BUPATI)
    elif peran is Peran.KEPALA_PD:
        pos = kepala_pd(struktur, peta)
    elif peran is Peran.PEGAWAI:
        p = struktur.pegawai_by_id.get(k.pegawai_ids[0]) if k.pegawai_ids else None
        if p is None:
            return Pemegang(None, "", "", peran.value)
        jab = p.jabatan.nama if p.jabatan else peran.value
        return Pemegang(p.id, p.nip, p.nama_lengkap, jab)
    elif peran is Peran.PUO_PEGAWAI:
        pos = kepala_unit_organisasi(struktur, _unit_of(struktur, _first(k)), peta)
    elif peran is Peran.PUO_PEMILIK_KINERJA:
        pos = kepala_unit_organisasi(struktur, unit_pemilik_kinerja(struktur, k), peta)
    elif peran is Peran.PPK_PEGAWAI:
        pos = ppk_pegawai(struktur, _first(k), tanggal)
        if pos is None:
            return Pemegang(None, "", "", f"{peran.value} (belum ditetapkan)")
    if pos is None:
        return Pemegang(None, "", "", peran.value)
    return dari_posisi(struktur, pos)


def _first(k: KonteksPeran) -> int | None:
    return k.pegawai_ids[0] if k.pegawai_ids else None


def ppk_pegawai(struktur: Struktur, pegawai_id: int | None, tanggal: dt.date) -> Position | None:
    """The pegawai's PPK position on `tanggal` (None: no kedudukan in force)."""
    if pegawai_id is None:
        return None
    found = struktur.ppk_of(pegawai_id, tanggal)
    return found[0] if found else None
