"""Open the SQLite file: PRAGMAs, migrations (with backup and refusal of newer schemas), sessions.

Opening never changes a file it cannot vouch for: a file that is not SQLite, a file whose
`PRAGMA quick_check` fails, or a file written by a newer version is refused with a StorageError
(a damaged file can be opened read-only on request: `read_only_reason`). A file in a read-only
folder, or itself read-only, is opened read-only (`mode=ro`; `immutable=1` when the folder is
read-only and SQLite could not create its `-shm`) with `Database.read_only_reason` saying why.
The schema upgrade runs in ONE transaction (every migration, DDL included): killed half-way,
the file is left exactly as it was.

A `postgresql://…` address opens the office database on a server instead (db/server.py,
db/server_open.py): same migrations, same sessions, a write lock instead of BEGIN IMMEDIATE.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sistemkerja_desktop.db import audit, kedudukan_invarian
from sistemkerja_desktop.db.server import is_server, parse_target
from sistemkerja_desktop.domain.errors import SchemaTooNewError, SistemKerjaError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


# The newest revision in migrations/versions (tests/db/test_migrations.py keeps them equal).
# A database already at this revision opens without importing Alembic, which keeps start-up fast.
HEAD_REVISION = "0008_paket"

# StorageError codes of a failed open (the views and the CLI offer the backups for these).
CODE_NOT_FOUND = "berkas_tidak_ditemukan"
CODE_NOT_SQLITE = "bukan_sqlite"
CODE_DAMAGED = "berkas_rusak"
CODE_UPGRADE_FAILED = "pembaruan_gagal"
CODE_UNREADABLE = "tidak_dapat_dibuka"

READ_ONLY_FOLDER = "folder hanya-baca"
READ_ONLY_FILE = "berkas hanya-baca"
DAMAGED_REASON = "berkas rusak"

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # The driver's own implicit transactions leave DDL outside any transaction (a migration
    # killed half-way kept new tables with the old version stamp). We emit BEGIN ourselves
    # (`_begin`), so every migration and every write is one real transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _set_read_only_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # the journal mode is the file's own: no write here
    dbapi_conn.execute("PRAGMA foreign_keys=ON")


# Execution option of the connections of write sessions (`Database.write_factory`).
WRITE_OPTION = "sk_menulis"


def _begin(conn: Any) -> None:
    """A write transaction takes SQLite's write lock at its start (BEGIN IMMEDIATE), so its
    read-check-write cannot interleave with another process's; reads stay DEFERRED."""
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path, uri_query: str = "") -> Engine:
    """`uri_query` ("mode=ro", "mode=ro&immutable=1") opens the file read-only through an
    SQLite URI; "" opens it for writing."""
    # The default pool for a file database keeps connections per thread; that suits a desktop
    # app whose background tasks open their own sessions. `timeout`: a writer waits this many
    # seconds for another process's write to finish before "database is locked".
    if uri_query:
        url = URL.create("sqlite", database=f"{Path(path).resolve().as_uri()}?{uri_query}",
                         query={"uri": "true"})
        engine = create_engine(url, connect_args={"timeout": 10})
        event.listen(engine, "connect", _set_read_only_pragmas)
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})
        event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if has_table is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table'").scalar_one()
        return bool(rows)


def quick_check(engine: Engine) -> str:
    """"ok", or what SQLite's `PRAGMA quick_check` found (its first lines)."""
    try:
        with engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check(5)")]
    except DatabaseError as exc:
        if isinstance(exc, OperationalError) and not _is_corruption(exc.orig):
            raise  # locked, unreadable …: not a verdict on the file's contents
        return str(exc.orig)
    if rows == ["ok"]:
        return "ok"
    lines = [line.strip() for row in rows for line in row.splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    return found[0] + (" …" if len(found) > 1 else "") if found else "; ".join(lines)


def backup_path(path: Path, now: dt.datetime) -> Path:
    return path.with_name(f"{path.stem}.cadangan-{now:%Y%m%d-%H%M%S}{path.suffix}")


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]  # reading sessions (BEGIN DEFERRED)
    write_factory: sessionmaker[Session]  # write sessions (BEGIN IMMEDIATE)
    backup: Path | None = None  # the copy made before an upgrade, if any
    # Why the file is open read-only ("" = writable): a read-only folder, a damaged file, or
    # another window holding it. Write sessions are refused with this reason.
    read_only_reason: str = ""
    damaged: bool = False  # quick_check failed, or a query met a damaged page

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    @property
    def server(self) -> bool:
        """A database on a PostgreSQL server (`path` is then a `server.ServerPath`)."""
        return is_server(self.path)

    @property
    def label(self) -> str:
        """"berkas data NAMA.sqlite" or "basis data NAMA di server HOST", for messages."""
        return self.path.label if is_server(self.path) else f"berkas data {self.path.name}"

    def dispose(self) -> None:
        self.engine.dispose()


def unwritable_reason(path: Path) -> str:
    """Why `path` (an existing database) cannot be written here, or ""."""
    if not os.access(path.parent, os.W_OK):
        return READ_ONLY_FOLDER
    if path.exists() and not os.access(path, os.W_OK):
        return READ_ONLY_FILE
    return ""


def _read_only_query(path: Path) -> str:
    """mode=ro, unless the folder is read-only and SQLite could not make the `-shm` it needs
    for a WAL file: then immutable=1 (nobody can be writing into a read-only folder, except
    when a -wal with content and its -shm are there, which `mode=ro` reads)."""
    if not os.access(path.parent, os.W_OK):
        wal = path.with_name(path.name + "-wal")
        shm = path.with_name(path.name + "-shm")
        if not (wal.exists() and wal.stat().st_size > 0 and shm.exists()):
            return "mode=ro&immutable=1"
    return "mode=ro"


def open_database(path: Path | str, *, now: dt.datetime | None = None, create: bool = True,
                  read_only_reason: str = "") -> Database:
    """Open and migrate (creating the file only with `create`). A newer schema, a damaged or
    foreign file is refused and left untouched; an existing database is copied to a
    timestamped backup before any upgrade. `read_only_reason` opens read-only on purpose
    (another window holds the file; the user chose to read a damaged file). `path` may be a
    server address (`postgresql://…`, see db/server.py) or `sqlite:///FILE`."""
    path = parse_target(path)
    if is_server(path):
        from sistemkerja_desktop.db.server_open import open_server

        return open_server(path, read_only_reason=read_only_reason)
    if not path.exists():
        if not create or read_only_reason:
            raise StorageError(f"Berkas data {path} tidak ditemukan; tidak ada berkas yang "
                               "dibuat. Periksa nama dan foldernya.", code=CODE_NOT_FOUND)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Folder basis data {path.parent} tidak dapat dibuat: {exc}",
                               code=CODE_UNREADABLE) from exc
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_sqlite_header(path)
    reason = read_only_reason or (unwritable_reason(path) if existed else "")
    if not existed and unwritable_reason(path) == READ_ONLY_FOLDER:
        raise StorageError(f"Berkas data {path} tidak dapat dibuat: folder {path.parent} "
                           "hanya-baca.", code=CODE_UNREADABLE)
    engine = make_engine(path, _read_only_query(path) if reason else "")
    damaged = False
    try:
        if existed:
            verdict = quick_check(engine)
            if verdict != "ok":
                log.info("quick_check failed: %s", verdict)  # said in the StorageError
                if not read_only_reason:
                    raise StorageError(
                        f"Berkas data {path} rusak (pemeriksaan SQLite: {verdict}). Berkas "
                        "tidak diubah.", code=CODE_DAMAGED)
                damaged = True
        current = _current_revision(engine) if existed else None
        if current == HEAD_REVISION:  # the usual case: nothing to migrate
            return _database(path, engine, None, reason, damaged)
        backup = _upgrade(path, engine, current, existed, reason, now)
    except SistemKerjaError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        code = CODE_DAMAGED if _is_corruption(exc.orig) else CODE_UNREADABLE
        raise StorageError(f"Berkas basis data {path} tidak dapat dibuka: {exc.orig}",
                           code=code) from exc
    return _database(path, engine, backup, reason, damaged)


def _upgrade(path: Path, engine: Engine, current: str | None, existed: bool, reason: str,
             now: dt.datetime | None) -> Path | None:
    """Bring the file to the head revision in one transaction; returns the backup made."""
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    if current == head:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None:
        try:
            script.get_revision(current)
        except Exception:  # noqa: BLE001 - a revision this version does not know
            raise SchemaTooNewError(
                f"Berkas {path} dibuat oleh versi Sistem Kerja Desktop yang lebih baru "
                f"(skema {current}). Perbarui aplikasi; berkas tidak diubah.") from None
    if reason:
        raise StorageError(
            f"Berkas data {path} dari versi aplikasi yang lebih lama perlu diperbarui, tetapi "
            f"dibuka hanya-baca ({reason}). Salin berkas ke folder yang dapat ditulis, lalu "
            "buka salinannya. Berkas tidak diubah.", code=CODE_UPGRADE_FAILED)
    backup = None
    if existed and _has_tables(engine):
        engine.dispose()
        backup = backup_path(path, now or dt.datetime.now())
        try:
            shutil.copy2(path, backup)
        except OSError as exc:
            raise StorageError(f"Cadangan sebelum pembaruan skema ({backup.name}) tidak dapat "
                               f"dibuat: {exc}. Berkas tidak diubah.",
                               code=CODE_UPGRADE_FAILED) from exc
        log.info("Backup before upgrade: %s", backup)
    cfg = alembic_config()
    try:
        # One transaction for every pending migration: the BEGIN of `_begin` makes SQLite's
        # DDL transactional, and Alembic sees an external transaction (env.py), so a kill or
        # a failure anywhere leaves the file at its old revision with its old tables.
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, DatabaseError):
        raise
    except Exception as exc:  # any failed migration (logged): nothing was changed
        log.exception("Schema upgrade failed")
        kept = f" Cadangan sebelum pembaruan: {backup.name}." if backup else ""
        raise StorageError(f"Pembaruan skema berkas data {path} gagal ({exc}). Berkas tidak "
                           f"diubah.{kept}", code=CODE_UPGRADE_FAILED) from exc
    return backup


def _is_corruption(orig: BaseException | None) -> bool:
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(orig).lower()
    return "malformed" in text or "not a database" in text


def _database(path: Path, engine: Engine, backup: Path | None, reason: str = "",
              damaged: bool = False) -> Database:
    # A reading session sees one snapshot of the data for all its queries: SQLite's read
    # transaction does; on a server that is REPEATABLE READ (the default would be a snapshot
    # per query).
    reader = (engine.execution_options(isolation_level="REPEATABLE READ") if is_server(path)
              else engine)
    factory = sessionmaker(reader, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}),
                          expire_on_commit=False)
    audit.install(factory)
    audit.install(writer)
    kedudukan_invarian.install(writer)  # one kedudukan per person per date, in the transaction
    db = Database(path=path, engine=engine, session_factory=factory, write_factory=writer,
                  backup=backup, read_only_reason=reason, damaged=damaged)
    if is_server(path):
        return db  # no damaged pages to watch for: the server checks its own storage

    def damaged(exc: BaseException) -> None:
        """A damaged page met after the open check: an Indonesian StorageError instead of
        sqlite3's "database disk image is malformed", and no more writes into this file."""
        if not _is_corruption(exc):
            return
        db.damaged = True
        if not db.read_only_reason:
            db.read_only_reason = DAMAGED_REASON
        log.info("Damaged database page: %s", exc)
        raise StorageError(
            f"Berkas data {path.name} rusak ({exc}). Berkas kini hanya dibaca; pulihkan dari "
            "cadangan (Berkas › Pulihkan dari cadangan…).", code=CODE_DAMAGED) from exc

    def on_error(context: ExceptionContext) -> None:
        damaged(context.original_exception)

    event.listen(engine, "handle_error", on_error)
    _DAMAGE_HANDLERS[engine.pool] = damaged
    return db


# pool → the check above, for SQL run on the bare DBAPI cursor (`db.raw`), which the engine's
# handle_error hook does not see. Keyed by the pool: the writer's option engine shares it.
_DAMAGE_HANDLERS: weakref.WeakKeyDictionary[Any, Callable[[BaseException], None]] = \
    weakref.WeakKeyDictionary()


def check_damage(engine: Any, exc: BaseException) -> None:
    """Raise the Indonesian StorageError (and mark the file damaged) when `exc`, raised by the
    bare DBAPI cursor of `engine`, is a damaged page; else return (the caller re-raises)."""
    handler = _DAMAGE_HANDLERS.get(engine.pool)
    if handler is not None:
        handler(exc)


def _check_sqlite_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StorageError(f"Berkas {path} tidak dapat dibaca: {exc}",
                           code=CODE_UNREADABLE) from exc
    if header != b"SQLite format 3\x00":
        raise StorageError(f"Berkas {path} bukan basis data Sistem Kerja (SQLite); berkas tidak "
                           "diubah.", code=CODE_NOT_SQLITE)
