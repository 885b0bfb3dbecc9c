"""Writes an import's valid rows inside one session: units (the tree planned by
`domain.impor_unit`), pegawai, the seats of structural officials and of JF unit heads, and
kedudukan under each row's NIP ATASAN."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.models import KedudukanRow, PegawaiRow, PositionRow, UnitRow
from sistemkerja_desktop.domain.impor import PegawaiRecord
from sistemkerja_desktop.domain.impor_jalur import judul_kepala, name_key
from sistemkerja_desktop.domain.organisasi import JenisUnit, guess_jenis_unit
from sistemkerja_desktop.domain.pindah import selesai_baru
from sistemkerja_desktop.domain.tipe_unit import normalisasi_tipe

Progress = Callable[[int, int], None]
UnitPath = tuple[str, ...]


def find_root(units: Sequence[Any], pd_nama: str) -> Any | None:
    """The root unit (the Perangkat Daerah itself): the top unit of jenis Pimpinan, else a top
    unit named like the agency. Works on rows or on (id, nama, jenis, parent_id) tuples."""
    tops = [u for u in units if u.parent_id is None]
    return (next((u for u in sorted(tops, key=lambda u: u.id)
                  if u.jenis == JenisUnit.PIMPINAN.value), None)
            or next((u for u in tops if name_key(u.nama) == name_key(pd_nama)), None))


class ImportWriter:
    """Applies valid records inside one session. `paths`: Excel row → resolved unit path;
    `unknown`: unit paths hung under the root for want of a parent."""

    def __init__(self, s: Session, today: dt.date, progress: Progress | None, *, pd_nama: str,
                 root_nama: str, paths: dict[int, UnitPath],
                 unknown: frozenset[UnitPath] = frozenset()) -> None:
        self.s = s
        self.today = today
        self.progress = progress
        self.pd_nama, self.root_nama = pd_nama, root_nama
        self.paths, self.unknown = paths, unknown
        self.root: UnitRow | None = None
        self.units: dict[tuple[int | None, str], UnitRow] = {}
        self.pegawai: dict[str, PegawaiRow] = {p.nip: p for p in s.scalars(select(PegawaiRow))}
        self.positions: list[PositionRow] = list(s.scalars(select(PositionRow)))
        self.by_path: dict[tuple[str, ...], UnitRow | None] = {}
        self._semua: dict[int, list[KedudukanRow]] | None = None  # see _riwayat
        self.held: dict[int, list[PositionRow]] = {}

    def write(self, records: list[PegawaiRecord]) -> None:
        total = len(records) * 2
        all_units = list(self.s.scalars(select(UnitRow)))
        self.root = find_root(all_units, self.pd_nama)  # type: ignore[assignment]
        if self.root is None and any(r.baris in self.paths for r in records):
            self.root = self._new_root(all_units)
        self.units = {(u.parent_id, u.nama.casefold()): u for u in all_units}
        # Units first, while the session is small: one flush per tree level gives the ids.
        self._create_units({self.paths[r.baris] for r in records if r.baris in self.paths})
        rows: dict[str, PegawaiRow] = {}
        for i, r in enumerate(records):
            rows[r.nip] = self._upsert(r)
            if self.progress and i % 200 == 0:
                self.progress(i, total)
        self.s.flush()
        # the most senior structural official of a unit takes its leader seat
        for r in sorted(records, key=lambda r: -r.jabatan.kategori.rank):
            if r.jabatan.kategori.struktural:
                self._hold_position(rows[r.nip])
        self.s.flush()
        held = self._held_index()
        for r in records:  # an atasan without a position (e.g. a JF head) gets one, once
            atasan = self.pegawai[r.nip_atasan] if r.nip_atasan else None
            if atasan is not None and atasan.id not in held:
                held[atasan.id] = [self._seat_for_atasan(atasan)]
        self.s.flush()
        self.held = self._held_index()
        current = self._current_kedudukan()
        for i, r in enumerate(records):
            if r.nip_atasan:
                self._place(rows[r.nip], self.pegawai[r.nip_atasan], r, current)
            if self.progress and i % 200 == 0:
                self.progress(len(records) + i, total)
        self.s.flush()
        if self.progress:
            self.progress(total, total)

    def _new_root(self, units: list[UnitRow]) -> UnitRow:
        """The agency's own unit, parent of every unit that had none (their paths do not
        change: a Pimpinan root is left out of paths)."""
        root = UnitRow(nama=self.root_nama or self.pd_nama, jenis=JenisUnit.PIMPINAN.value,
                       parent_id=None)
        self.s.add(root)
        self.s.flush()
        for u in units:
            if u.parent_id is None:
                u.parent_id = root.id
        units.append(root)
        return root

    def _create_units(self, paths: set[UnitPath]) -> None:
        self.by_path[()] = self.root
        prefixes = {p[:i] for p in paths for i in range(1, len(p) + 1)}
        for depth in range(1, max((len(p) for p in prefixes), default=0) + 1):
            for path in sorted(p for p in prefixes if len(p) == depth):
                parent = self.by_path[path[:-1]]
                name = path[-1]
                key = (parent.id if parent else None, name.casefold())
                unit = self.units.get(key)
                if unit is None and depth == 1:  # a top unit beside the root (older files)
                    unit = self.units.get((None, name.casefold()))
                if unit is None:
                    jenis = guess_jenis_unit(name)
                    unit = UnitRow(nama=name, jenis=jenis.value,
                                   tipe=normalisasi_tipe(None, jenis, name),  # "RSUD Kelas C"
                                   parent_id=parent.id if parent else None,
                                   induk_tidak_diketahui=path in self.unknown)
                    self.s.add(unit)
                    self.units[key] = unit
                self.by_path[path] = unit
            self.s.flush()  # the ids of this level, for the next

    def _unit(self, path: UnitPath) -> UnitRow | None:
        return self.by_path[path]

    def _upsert(self, r: PegawaiRecord) -> PegawaiRow:
        unit = self._unit(self.paths[r.baris]) if r.baris in self.paths else None
        row = self.pegawai.get(r.nip)
        if row is None:
            row = PegawaiRow(nip=r.nip)
            self.pegawai[r.nip] = row
        row.nama = r.nama
        row.gelar_depan = r.gelar_depan
        row.gelar_belakang = r.gelar_belakang
        row.status = r.status.value
        if r.golongan is not None:
            row.golongan = r.golongan.kode
        elif row.golongan is None:
            row.golongan = ""
        row.jabatan_nama = r.jabatan.nama
        row.jabatan_kategori = r.jabatan.kategori.value
        row.jenjang = r.jabatan.jenjang.value if r.jabatan.jenjang else ""
        if unit is not None:  # a blank UNIT KERJA keeps the unit already recorded
            row.unit_id = unit.id
        for attr in ("pendidikan", "email", "telepon"):
            value = getattr(r, attr)
            if value or getattr(row, attr) is None:
                setattr(row, attr, value)
        if r.kompetensi or row.kompetensi is None:
            row.kompetensi = ", ".join(r.kompetensi)
        if row.aktif is None:
            row.aktif, row.eksternal, row.instansi_asal = True, False, ""
        self.s.add(row)
        return row

    def _hold_position(self, peg: PegawaiRow) -> PositionRow:
        """The seat a struktural pegawai (or a JF atasan) holds: theirs already, else a vacant
        seat of that name in their unit, else a new one. Seats held by others are never taken
        (two 'Kepala Seksi' rows in one unit are two seats); a definitive seat of another name
        the pegawai held before (a promotion) is left vacant."""
        name = peg.jabatan_nama.casefold()
        held = [p for p in self.positions if p.pemangku_id == peg.id]
        mine = next((p for p in held if p.nama.casefold() == name), None)
        for pos in held:
            if pos is not mine and pos.pengisian == "Definitif" and peg.jabatan_kategori in (
                    "JPT Madya", "JPT Pratama", "Administrator", "Pengawas"):
                pos.pemangku_id = None
        if mine is not None:
            mine.kategori, mine.unit_id = peg.jabatan_kategori, peg.unit_id
            return mine
        vacant = next((p for p in self.positions if p.unit_id == peg.unit_id
                       and p.nama.casefold() == name and p.pemangku_id is None), None)
        if vacant is not None:
            vacant.pemangku_id, vacant.pengisian = peg.id, "Definitif"
            return vacant
        has_leader = any(p.unit_id == peg.unit_id and p.pimpinan_unit for p in self.positions)
        pos = PositionRow(nama=peg.jabatan_nama, kategori=peg.jabatan_kategori,
                          unit_id=peg.unit_id, pimpinan_unit=not has_leader,
                          pemangku_id=peg.id, pengisian="Definitif")
        self.s.add(pos)
        self.positions.append(pos)
        return pos

    def _riwayat(self) -> dict[int, list[KedudukanRow]]:
        """Every kedudukan row of every person, read once per import."""
        if self._semua is None:
            self._semua = {}
            for k in self.s.scalars(select(KedudukanRow)):
                self._semua.setdefault(k.pegawai_id, []).append(k)
        return self._semua

    def _current_kedudukan(self) -> dict[int, list[KedudukanRow]]:
        out: dict[int, list[KedudukanRow]] = {}
        for k in self.s.scalars(select(KedudukanRow)):
            if k.tmt_mulai <= self.today and (k.tmt_selesai is None or k.tmt_selesai >= self.today):
                out.setdefault(k.pegawai_id, []).append(k)
        return out

    def _seat_for_atasan(self, atasan: PegawaiRow) -> PositionRow:
        """A non-struktural atasan (a JF Kepala Puskesmas with tugas tambahan, a JF leading a
        small unit) heads their unit when it has no leader seat: the unit becomes a *unit kerja
        mandiri* (KH Pasal 7; BT Pasal 6(2)) led through a tugas-tambahan seat. Otherwise their
        own seat is created and `periksa` reports a JF acting as PPK without delegation."""
        unit = next((u for u in self.units.values() if u.id == atasan.unit_id), None)
        if unit is None or any(p.unit_id == unit.id and p.pimpinan_unit for p in self.positions):
            return self._hold_position(atasan)
        unit.mandiri = True
        pos = PositionRow(nama=judul_kepala(atasan.jabatan_nama, unit.nama),
                          kategori=atasan.jabatan_kategori,
                          unit_id=unit.id, pimpinan_unit=True, pemangku_id=atasan.id,
                          pengisian="Tugas tambahan")
        self.s.add(pos)
        self.positions.append(pos)
        return pos

    def _held_index(self) -> dict[int, list[PositionRow]]:
        held: dict[int, list[PositionRow]] = {}
        for p in self.positions:
            if p.pemangku_id is not None:
                held.setdefault(p.pemangku_id, []).append(p)
        return held

    def _position_for_atasan(self, atasan: PegawaiRow, current: list[KedudukanRow],
                             unit_id: int | None) -> PositionRow:
        held = self.held[atasan.id]  # every atasan holds one after write()'s second pass
        for k in current:  # keep the position the pegawai already sits under
            for p in held:
                if p.id == k.ppk_position_id:
                    return p
        if len(held) == 1:
            return held[0]
        ancestors = self._ancestors(unit_id)
        return min(held, key=lambda p: (p.unit_id not in ancestors, p.pengisian != "Definitif",
                                        p.id))

    def _ancestors(self, unit_id: int | None) -> set[int | None]:
        by_id = {u.id: u for u in self.units.values()}
        out: set[int | None] = set()
        while unit_id is not None and unit_id not in out:
            out.add(unit_id)
            unit_id = by_id[unit_id].parent_id if unit_id in by_id else None
        return out

    def _place(self, peg: PegawaiRow, atasan: PegawaiRow, r: PegawaiRecord,
               current: dict[int, list[KedudukanRow]]) -> None:
        mine = current.get(peg.id, [])
        pos = self._position_for_atasan(atasan, mine, peg.unit_id)
        if len(mine) == 1 and mine[0].ppk_position_id == pos.id:
            if r.dasar_kedudukan:
                mine[0].dasar_nomor = r.dasar_kedudukan
            return
        tmt = r.tmt_kedudukan or self.today
        # Every kedudukan still running on the TMT (also one dated in the future) is cut, never
        # deleted: one starting on/after the TMT ends the day before it starts (cancelled, with
        # its SK kept in the record and the audit log).
        for k in self._riwayat().get(peg.id, []):
            if k.tmt_selesai is None or k.tmt_selesai >= tmt:
                k.tmt_selesai = selesai_baru(k.tmt_mulai, tmt)
        new = KedudukanRow(pegawai_id=peg.id, ppk_position_id=pos.id, tmt_mulai=tmt,
                           dasar_nomor=r.dasar_kedudukan)
        self.s.add(new)
        current[peg.id] = [new]
        self._riwayat().setdefault(peg.id, []).append(new)
