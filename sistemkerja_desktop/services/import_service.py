"""Import pegawai from the agency's own Excel list (all or nothing by default) and export them.

The exporters (openpyxl) are imported inside the methods that use them: start-up stays fast.

Rows are parsed by `domain.impor`; this service resolves units, atasan and positions against the
database and writes everything in one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import get_pd_row, load_struktur
from sistemkerja_desktop.db.models import KedudukanRow, PegawaiRow, PositionRow, UnitRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.impor import (
    HeaderGuess,
    ImportPlan,
    Kolom,
    PegawaiRecord,
    RowError,
    detect_header,
    parse_table,
)
from sistemkerja_desktop.domain.nip import format_nip, normalize_nip
from sistemkerja_desktop.domain.organisasi import guess_jenis_unit
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    sheet: str
    table: list[list[object]]
    header: HeaderGuess


@dataclass
class ImportResult:
    ditambah: int = 0
    diperbarui: int = 0
    ditolak: int = 0
    galat: list[RowError] = field(default_factory=list)
    ditulis: bool = False

    def as_json(self) -> dict[str, object]:
        return {"ditambah": self.ditambah, "diperbarui": self.diperbarui, "ditolak": self.ditolak,
                "galat": [{"baris": e.baris, "kolom": e.kolom, "pesan": e.pesan}
                          for e in self.galat]}


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def preview(self, path: Path) -> ImportPreview:
        from sistemkerja_desktop.exporters.xlsx.pegawai_xlsx import read_table

        table, sheet = read_table(Path(path))
        with _naming(path):
            return ImportPreview(Path(path), sheet, table, detect_header(table))

    def plan(self, preview: ImportPreview, header: HeaderGuess | None = None) -> ImportPlan:
        with _naming(preview.path):
            plan = parse_table(preview.table, header or preview.header)
        with self._ctx.reading() as s:
            known = set(s.scalars(select(PegawaiRow.nip)))
            units = list(s.execute(select(UnitRow.nama, UnitRow.parent_id)))
        extra = _atasan_errors(plan, known, preview.table) + _unit_errors(plan, units)
        return ImportPlan(records=plan.records, errors=sorted(
            plan.errors + extra, key=lambda e: (e.baris, e.kolom)), header=plan.header,
            total_rows=plan.total_rows)

    def run(self, path: Path, *, header: HeaderGuess | None = None, skip_invalid: bool = False,
            dry_run: bool = False, progress: Progress | None = None,
            preview: ImportPreview | None = None) -> tuple[ImportResult, Changes]:
        with self._ctx.reading() as s:
            get_pd_row(s)  # NotFoundError: create the Perangkat Daerah first
        preview = preview or self.preview(path)
        plan = self.plan(preview, header)
        bad = {e.baris for e in plan.errors}
        valid = [r for r in plan.records if r.baris not in bad]
        result = ImportResult(ditolak=len(bad), galat=plan.errors)
        if bad and not skip_invalid:
            return result, Changes()
        with self._ctx.reading() as s:
            existing = set(s.scalars(select(PegawaiRow.nip)))
        result.diperbarui = sum(1 for r in valid if r.nip in existing)
        result.ditambah = len(valid) - result.diperbarui
        if dry_run or not valid:
            return result, Changes()
        with self._ctx.session(f"impor pegawai dari {Path(path).name}") as s:
            _Writer(s, self._ctx.today(), progress).write(valid)
        result.ditulis = True
        return result, Changes(units=True, pegawai=True, kedudukan=True)

    def export(self, path: Path) -> int:
        from sistemkerja_desktop.exporters.xlsx.pegawai_xlsx import (
            PegawaiExportRow,
            write_pegawai_xlsx,
        )

        with self._ctx.reading() as s:
            struktur = load_struktur(s)
        today = self._ctx.today()
        active = struktur.kedudukan_on(today)
        rows = []
        for p in struktur.pegawai:
            ked = active.get(p.id, [])
            holder = struktur.holder(ked[0].ppk_position_id) if len(ked) == 1 else None
            j = p.jabatan
            rows.append(PegawaiExportRow(
                nip=p.nip, nama=p.nama, gelar_depan=p.gelar_depan,
                gelar_belakang=p.gelar_belakang,
                pangkat=(p.golongan.pangkat or "") if p.golongan else "",
                golongan=p.golongan.kode if p.golongan else "", jabatan=j.nama if j else "",
                jenis_jabatan=j.kategori.value if j else "",
                jenjang=j.jenjang.value if j and j.jenjang else "",
                unit=struktur.unit_path(p.unit_id), nip_atasan=holder.nip if holder else "",
                status=p.status.value, pendidikan=p.pendidikan, email=p.email,
                telepon=p.telepon, kompetensi=", ".join(p.kompetensi)))
        title = f"DAFTAR PEGAWAI {struktur.pd.nama.upper()} {struktur.pd.pemda.upper()}"
        write_pegawai_xlsx(rows, Path(path), title=title)
        return len(rows)


@contextmanager
def _naming(path: Path) -> Iterator[None]:
    """File-level problems (no header row, a required column missing) name the file."""
    try:
        yield
    except ValidationError as exc:
        if Path(path).name in exc.message:
            raise
        raise ValidationError(f"{Path(path).name}: {exc.message}", field=exc.field,
                              code=exc.code) from exc


def _unit_errors(plan: ImportPlan, units: list[Any]) -> list[RowError]:
    """A path's first name must name one unit: a top-level one, or the only unit so named
    ("Subbagian Tata Usaha" in two UPTD needs "UPTD X / Subbagian Tata Usaha")."""
    top = {u.nama.casefold() for u in units if u.parent_id is None}
    count: dict[str, int] = {}
    for u in units:
        count[u.nama.casefold()] = count.get(u.nama.casefold(), 0) + 1
    label = plan.header.label(Kolom.UNIT)
    return [RowError(r.baris, label, f"unit '{r.unit_path[0]}' ada di {count[name]} tempat; "
                                     "tulis jalurnya, mis. 'UPTD X / Subbagian Tata Usaha'")
            for r in plan.records if r.unit_path
            for name in [r.unit_path[0].casefold()]
            if name not in top and count.get(name, 0) > 1]


def _nips_in_rows(table: list[list[object]], header: HeaderGuess,
                  rows: set[int]) -> dict[str, int]:
    """NIP → Excel row for rows that did not parse (so messages can point at them)."""
    col = header.mapping.get(Kolom.NIP)
    out: dict[str, int] = {}
    if col is None:
        return out
    for baris in rows:
        cells = table[baris - 1] if 0 < baris <= len(table) else []
        try:
            out.setdefault(normalize_nip(cells[col] if col < len(cells) else None), baris)
        except ValidationError:
            continue
    return out


def _atasan_errors(plan: ImportPlan, known_nips: set[str],
                   table: list[list[object]]) -> list[RowError]:
    """NIP ATASAN must name a pegawai in the file or already in the database, in a row that is
    itself accepted — repeated until stable, so a whole chain under a rejected row is rejected
    (and `--lewati-tidak-valid` never writes a pegawai whose atasan was not written)."""
    rejected = set(plan.invalid_rows)
    in_file = _nips_in_rows(table, plan.header, rejected)
    in_file.update({r.nip: r.baris for r in plan.records})
    label = plan.header.label(Kolom.NIP_ATASAN)
    errors: list[RowError] = []
    changed = True
    while changed:
        changed = False
        for r in plan.records:
            if not r.nip_atasan or r.baris in rejected:
                continue
            if r.nip_atasan in in_file:
                row = in_file[r.nip_atasan]
                if row not in rejected:
                    continue
                pesan = f"atasan {format_nip(r.nip_atasan)} ada di baris {row} yang tidak valid"
            elif r.nip_atasan in known_nips:
                continue
            else:
                pesan = (f"NIP atasan {format_nip(r.nip_atasan)} tidak ada di berkas maupun di "
                         "data pegawai")
            errors.append(RowError(r.baris, label, pesan))
            rejected.add(r.baris)
            changed = True
    return errors


class _Writer:
    """Applies valid records inside one session."""

    def __init__(self, s: Session, today: dt.date, progress: Progress | None) -> None:
        self.s = s
        self.today = today
        self.progress = progress
        self.units: dict[tuple[int | None, str], UnitRow] = {
            (u.parent_id, u.nama.casefold()): u for u in s.scalars(select(UnitRow))}
        self.pegawai: dict[str, PegawaiRow] = {p.nip: p for p in s.scalars(select(PegawaiRow))}
        self.positions: list[PositionRow] = list(s.scalars(select(PositionRow)))
        self.by_path: dict[tuple[str, ...], UnitRow | None] = {}
        self.held: dict[int, list[PositionRow]] = {}

    def write(self, records: list[PegawaiRecord]) -> None:
        total = len(records) * 2
        # Units first, while the session is small: each new unit needs a flush for its id.
        for path in dict.fromkeys(r.unit_path for r in records):
            self._unit(path)
        rows: dict[str, PegawaiRow] = {}
        for i, r in enumerate(records):
            rows[r.nip] = self._upsert(r)
            if self.progress and i % 200 == 0:
                self.progress(i, total)
        self.s.flush()
        for r in records:
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

    def _unit(self, path: tuple[str, ...]) -> UnitRow | None:
        if path in self.by_path:
            return self.by_path[path]
        parent: UnitRow | None = None
        for name in path:
            key = (parent.id if parent else None, name.casefold())
            unit = self.units.get(key)
            if unit is None and parent is None:  # a bare name may be a known unit anywhere
                unit = next((u for (_, n), u in self.units.items() if n == key[1]), None)
            if unit is None:
                unit = UnitRow(nama=name, jenis=guess_jenis_unit(name).value,
                               parent_id=parent.id if parent else None)
                self.s.add(unit)
                self.s.flush()
                self.units[key] = unit
            parent = unit
        self.by_path[path] = parent
        return parent

    def _upsert(self, r: PegawaiRecord) -> PegawaiRow:
        unit = self._unit(r.unit_path)
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
        pos = PositionRow(nama=f"Kepala {unit.nama}", kategori=atasan.jabatan_kategori,
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
        for k in mine:
            if k.tmt_mulai >= tmt:
                self.s.delete(k)
            else:
                k.tmt_selesai = tmt - dt.timedelta(days=1)
        new = KedudukanRow(pegawai_id=peg.id, ppk_position_id=pos.id, tmt_mulai=tmt,
                           dasar_nomor=r.dasar_kedudukan)
        self.s.add(new)
        current[peg.id] = [new]
