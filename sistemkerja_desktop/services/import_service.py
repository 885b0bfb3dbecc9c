"""Import pegawai from the agency's own Excel list (all or nothing by default) and export them.

The exporters (openpyxl) are imported inside the methods that use them: start-up stays fast.

Rows are parsed by `domain.impor`; `domain.impor_unit` builds the unit tree (paths, the
agency's own name as the root, parents inferred through NIP ATASAN); this service checks atasan
against the database and `ImportWriter` writes everything in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import get_pd_row, load_struktur
from sistemkerja_desktop.db.models import PegawaiRow, UnitRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.impor import (
    HeaderGuess,
    ImportPlan,
    Kolom,
    RowError,
    detect_header,
    parse_table,
)
from sistemkerja_desktop.domain.impor_unit import UnitTreePlan, plan_units
from sistemkerja_desktop.domain.nip import format_nip, normalize_nip
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.import_writer import ImportWriter, find_root

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
    peringatan: list[str] = field(default_factory=list)  # units hung under the root

    def as_json(self) -> dict[str, object]:
        return {"ditambah": self.ditambah, "diperbarui": self.diperbarui, "ditolak": self.ditolak,
                "galat": [{"baris": e.baris, "kolom": e.kolom, "pesan": e.pesan}
                          for e in self.galat]}


class ImportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def preview(self, path: Path, *, progress: Progress | None = None) -> ImportPreview:
        """The sheet read (bounded: a hostile or huge file is refused with the limit it hit);
        `progress(rows_read, rows_declared)` every few thousand rows; an exception it raises
        (a cancel) ends the reading."""
        from sistemkerja_desktop.exporters.xlsx.pegawai_xlsx import read_table

        table, sheet = read_table(Path(path), progress=progress)
        with _naming(path):
            return ImportPreview(Path(path), sheet, table, detect_header(table))

    def plan(self, preview: ImportPreview, header: HeaderGuess | None = None) -> ImportPlan:
        """Every row checked, and the unit tree the import would build (`plan.units`)."""
        with _naming(preview.path):
            plan = parse_table(preview.table, header or preview.header)
        with self._ctx.reading() as s:
            known = {nip: uid for nip, uid in s.execute(select(PegawaiRow.nip, PegawaiRow.unit_id))}
            units = _plan_units(s, plan, known)
        extra = _atasan_errors(plan, set(known), preview.table) + list(units.errors)
        return replace(plan, errors=sorted(plan.errors + extra, key=lambda e: (e.baris, e.kolom)),
                       units=units)

    def run(self, path: Path, *, header: HeaderGuess | None = None, skip_invalid: bool = False,
            dry_run: bool = False, progress: Progress | None = None,
            preview: ImportPreview | None = None, read_progress: Progress | None = None
            ) -> tuple[ImportResult, Changes]:
        """`progress` reports the writing, `read_progress` the reading of the sheet (see
        `preview`). Nothing is written unless the whole file was read and checked."""
        with self._ctx.reading() as s:
            pd_nama = get_pd_row(s).nama  # NotFoundError: create the Perangkat Daerah first
        preview = preview or self.preview(path, progress=read_progress)
        plan = self.plan(preview, header)
        assert plan.units is not None
        bad = {e.baris for e in plan.errors}
        valid = [r for r in plan.records if r.baris not in bad]
        result = ImportResult(ditolak=len(bad), galat=plan.errors)
        if bad and not skip_invalid:
            return result, Changes()
        with self._ctx.reading() as s:
            existing = set(s.scalars(select(PegawaiRow.nip)))
        result.diperbarui = sum(1 for r in valid if r.nip in existing)
        result.ditambah = len(valid) - result.diperbarui
        used = {plan.units.paths[r.baris] for r in valid if r.baris in plan.units.paths}
        result.peringatan = [plan.units.pesan_tidak_diketahui(p)
                             for p in sorted(plan.units.tidak_diketahui) if p in used]
        if dry_run or not valid:
            return result, Changes()
        with self._ctx.session(f"impor pegawai dari {Path(path).name}") as s:
            ImportWriter(s, self._ctx.today(), progress, pd_nama=pd_nama,
                         root_nama=plan.units.root_nama, paths=plan.units.paths,
                         unknown=plan.units.tidak_diketahui).write(valid)
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
        write_pegawai_xlsx(rows, Path(path), title=title, protected=(self._ctx.db.path,))
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


def _plan_units(s: Session, plan: ImportPlan, unit_of: dict[str, int | None]) -> UnitTreePlan:
    """The unit tree for `plan` against the stored units: paths are names from the root's
    child down (the root, the agency's own unit, is left out as in `Struktur.unit_path`)."""
    pd = get_pd_row(s)
    rows = list(s.execute(select(UnitRow.id, UnitRow.nama, UnitRow.jenis, UnitRow.parent_id)))
    root = find_root(rows, pd.nama)
    by_id = {u.id: u for u in rows}
    paths: dict[int, tuple[str, ...]] = {}
    for u in rows:
        names: list[str] = []
        current, seen = u, set()
        while current is not None and current is not root and current.id not in seen:
            seen.add(current.id)
            names.append(current.nama)
            current = by_id.get(current.parent_id) if current.parent_id else None
        paths[u.id] = tuple(reversed(names))
    known = {nip: paths[uid] for nip, uid in unit_of.items() if uid in paths}
    return plan_units(
        plan.records, root_nama=root.nama if root else pd.nama,
        root_names=(pd.nama, f"{pd.nama} {pd.pemda}"),
        existing=[p for p in paths.values() if p], known=known, root_exists=root is not None,
        label=plan.header.label(Kolom.UNIT))


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


