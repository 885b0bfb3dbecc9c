"""Moving an office's data between a SQLite file and a PostgreSQL server, either way (issue #12):
`sistemkerja salin --dari A --ke B`, and *Simpan salinan* of a server database.

Every table is copied row by row as stored — ids, uuids, versions, the audit log with its hashes
and the audit anchor (`PRAGMA user_version` on a file, `meta_berkas.jangkar_audit` on a
server) — with SQLAlchemy Core, so no session hook adds audit rows of its own. Rules:

- the target must be EMPTY (a new file, or a database the server's administrator has just made)
  and both are brought to this version's schema first; a target holding any data is refused;
- the source's audit chain must be whole (a broken one is named, as `periksa-berkas` does);
- the source is read in one snapshot (one read transaction) and the target written in ONE
  transaction: a failure or a kill leaves it empty;
- before that transaction commits, the rows of every table are counted on both sides and the
  target's audit chain is verified; any difference rolls it back.

Rows of a table referring to itself (`unit.parent_id`, `indikator_kinerja.induk_id`) go in with
that column empty and get it in a second pass, since neither engine can defer the check here.
On a server the id sequences are moved past the copied ids afterwards.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select
from sqlalchemy.exc import DBAPIError

from sistemkerja_desktop.db import audit
from sistemkerja_desktop.db.engine import Database, open_database
from sistemkerja_desktop.db.models import Base
from sistemkerja_desktop.db.server import is_server, lock_writes, parse_target
from sistemkerja_desktop.domain.audit_chain import verify_chain
from sistemkerja_desktop.domain.errors import StorageError, ValidationError

log = logging.getLogger(__name__)

BATCH = 500
CODE_NOT_EMPTY = "tujuan_berisi"
CODE_SAME = "tujuan_sama"
CODE_CHAIN = "rantai_audit_rusak"
CODE_MISMATCH = "salinan_berbeda"

Progress = Callable[[str, int], None]  # (table, rows copied so far in it)


@dataclass(frozen=True)
class HasilSalin:
    dari: str
    ke: str
    baris: dict[str, int] = field(default_factory=dict)  # table → rows copied
    audit: int = 0  # audit rows, chain verified on the target
    jangkar: int = 0

    @property
    def jumlah(self) -> int:
        return sum(self.baris.values())


def _label(db: Database) -> str:
    return db.label


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def _count(conn: Connection, table: Table) -> int:
    n = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
    if table.name == "meta_berkas":  # the server's anchor row is the anchor, not data
        n -= int(conn.execute(select(func.count()).select_from(table).where(
            table.c.kunci == audit.ANCHOR_KEY)).scalar_one())
    return n


def _refuse_non_empty(db: Database, conn: Connection) -> None:
    for table in _tables():
        n = _count(conn, table)
        if n:
            raise ValidationError(
                f"{_label(db)[0].upper()}{_label(db)[1:]} sudah berisi data (tabel "
                f"{table.name}: {n} baris). Salin hanya ke basis data kosong: berkas baru, "
                "atau basis data baru di server. Tidak ada yang diubah.", field="ke",
                code=CODE_NOT_EMPTY)


def _check_chain(db: Database, conn: Connection, what: str) -> tuple[int, int]:
    anchor = audit.read_anchor(conn)
    report = verify_chain(audit.chain_rows(conn), anchor)
    if report.first is not None:
        raise StorageError(
            f"Log audit {what} ({_label(db)}) tidak utuh: {report.first.pesan()} Periksa dengan "
            "`sistemkerja periksa-berkas`; tidak ada yang disalin.", code=CODE_CHAIN)
    return report.rows, anchor


def _rows(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns) or list(table.columns)[:1]
    result = conn.execution_options(stream_results=True).execute(
        select(table).order_by(*order))
    for part in result.mappings().partitions(BATCH):
        yield [dict(r) for r in part]


def _copy_table(src: Connection, dst: Connection, table: Table,
                progress: Progress | None) -> int:
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    # the second pass sets these as stored too (else `updated_at`'s onupdate would stamp now)
    kept = own + [c.name for c in table.columns if c.onupdate is not None]
    later: list[dict[str, Any]] = []
    n = 0
    for batch in _rows(src, table):
        if table.name == "meta_berkas":
            batch = [r for r in batch if r["kunci"] != audit.ANCHOR_KEY]
        if own:
            later += [{"_id": r["id"], **{c: r[c] for c in kept}} for r in batch
                      if any(r[c] is not None for c in own)]
            batch = [{**r, **dict.fromkeys(own)} for r in batch]
        if batch:
            dst.execute(table.insert(), batch)
        n += len(batch)
        if progress:
            progress(table.name, n)
    if later:
        stmt = table.update().where(table.c.id == bindparam("_id")).values(
            **{c: bindparam(c) for c in kept})
        for i in range(0, len(later), BATCH):
            dst.execute(stmt, later[i:i + BATCH])
    return n


def _advance_sequences(conn: Connection) -> None:
    """A server's id sequences past the copied ids (a file's next id is max + 1 anyway)."""
    for table in _tables():
        for column in table.primary_key.columns:
            seq = conn.exec_driver_sql(
                f"SELECT pg_get_serial_sequence('{table.name}', '{column.name}')").scalar()
            if seq is None:
                continue
            conn.exec_driver_sql(
                f"SELECT setval('{seq}', COALESCE((SELECT max({column.name}) FROM "
                f"{table.name}), 0) + 1, false)")


def _same(a: Path, b: Path) -> bool:
    if is_server(a) or is_server(b):
        return is_server(a) and is_server(b) and str(a) == str(b)
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def salin(dari: str | os.PathLike[str], ke: str | os.PathLike[str], *,
          progress: Progress | None = None) -> HasilSalin:
    """Copy everything from `dari` into the empty `ke` (files or `postgresql://…`)."""
    source, target = parse_target(dari), parse_target(ke)
    if _same(source, target):
        raise ValidationError(f"Sumber dan tujuan sama ({source}); tidak ada yang disalin.",
                              field="ke", code=CODE_SAME)
    if not is_server(source) and not source.exists():
        raise StorageError(f"Berkas sumber {source} tidak ditemukan; tidak ada yang disalin.",
                           code="berkas_tidak_ditemukan")
    created = not is_server(target) and not target.exists()
    src = open_database(source, create=False)
    dst: Database | None = None
    try:
        dst = open_database(target, create=True)
        if dst.read_only:
            raise StorageError(f"{_label(dst)[0].upper()}{_label(dst)[1:]} tidak dapat ditulis "
                               f"({dst.read_only_reason}); tidak ada yang disalin.")
        hasil = _copy(src, dst, progress)
    except BaseException:
        if dst is not None:
            dst.dispose()
            dst = None
        if created:
            _remove_file(target)
        raise
    finally:
        src.dispose()
        if dst is not None:
            dst.dispose()
    log.info("Copied %d rows (%d audit) from %s to %s", hasil.jumlah, hasil.audit, source,
             target)
    return hasil


def _copy(src: Database, dst: Database, progress: Progress | None) -> HasilSalin:
    try:
        with src.session_factory() as s, dst.engine.begin() as out:
            conn = s.connection()
            audit_rows, anchor = _check_chain(src, conn, "sumber")
            if dst.server:
                lock_writes(out)
            _refuse_non_empty(dst, out)
            copied = {t.name: _copy_table(conn, out, t, progress) for t in _tables()}
            audit.write_anchor(out, anchor)
            if dst.server:
                _advance_sequences(out)
            for table in _tables():
                have, want = _count(out, table), _count(conn, table)
                if have != want:
                    raise StorageError(
                        f"Salinan berbeda dari sumber (tabel {table.name}: {have} baris, "
                        f"sumber {want}); tidak ada yang disalin.", code=CODE_MISMATCH)
            copied_audit, copied_anchor = _check_chain(dst, out, "salinan")
            if (copied_audit, copied_anchor) != (audit_rows, anchor):
                raise StorageError("Log audit salinan berbeda dari sumber; tidak ada yang "
                                   "disalin.", code=CODE_MISMATCH)
    except DBAPIError as exc:
        raise StorageError(f"Penyalinan ke {_label(dst)} gagal ({_first_line(exc)}). Tidak ada "
                           "yang disalin.") from exc
    return HasilSalin(dari=str(src.path), ke=str(dst.path), baris=copied, audit=audit_rows,
                      jangkar=anchor)


def _first_line(exc: DBAPIError) -> str:
    lines = str(exc.orig).strip().splitlines()
    return lines[0] if lines else type(exc.orig).__name__


def _remove_file(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"),
                      path.with_name(path.name + "-shm"),
                      path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()


def salin_ke_berkas(server: Path, target: Path) -> Path:
    """*Simpan salinan* of a server database: its data in a new SQLite file at `target`
    (written beside it under a temporary name, then renamed over it: an older copy there is
    replaced only by a whole one)."""
    from sistemkerja_desktop.exporters.files import check_output_path

    target = Path(target)
    check_output_path(target, allow_database=True)
    tmp = target.with_name(f".{target.name}.salin.tmp")
    _remove_file(tmp)
    try:
        salin(server, tmp)
        with contextlib.closing(sqlite3.connect(tmp)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        os.replace(tmp, target)
    except OSError as exc:
        raise StorageError(f"Salinan {target} tidak dapat ditulis: {exc.strerror or exc}. "
                           "Tidak ada yang diubah.") from exc
    finally:
        _remove_file(tmp)
    return target
