"""Open the SQLite file: PRAGMAs, migrations (with backup and refusal of newer schemas), sessions."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from sistemkerja_desktop.db import audit
from sistemkerja_desktop.domain.errors import SchemaTooNewError, StorageError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


# The newest revision in migrations/versions (tests/db/test_migrations.py keeps them equal).
# A database already at this revision opens without importing Alembic, which keeps start-up fast.
HEAD_REVISION = "0004_keamanan_data"


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


# Execution option of the connections of write sessions (`Database.write_factory`).
WRITE_OPTION = "sk_menulis"


def _begin(conn: Any) -> None:
    """A write transaction takes SQLite's write lock at its start (BEGIN IMMEDIATE), so its
    read-check-write cannot interleave with another process's; reads stay DEFERRED."""
    immediate = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    # The default pool for a file database keeps connections per thread; that suits a desktop
    # app whose background tasks open their own sessions. `timeout`: a writer waits this many
    # seconds for another process's write to finish before "database is locked".
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

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, now: dt.datetime | None = None) -> Database:
    """Open (creating if needed) and migrate. A newer schema is refused and the file untouched;
    an existing database is copied to a timestamped backup before any upgrade."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Folder basis data {path.parent} tidak dapat dibuat: {exc}") from exc
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_sqlite_header(path)
    engine = make_engine(path)
    try:
        current = _current_revision(engine) if existed else None
        if current == HEAD_REVISION:  # the usual case: nothing to migrate
            return _database(path, engine, None)
        from alembic import command
        from alembic.script import ScriptDirectory

        head = head_revision()
        script = ScriptDirectory.from_config(alembic_config())
        if current is not None and current != head:
            try:
                script.get_revision(current)
            except Exception:
                engine.dispose()
                raise SchemaTooNewError(
                    f"Berkas {path} dibuat oleh versi Sistem Kerja Desktop yang lebih baru "
                    f"(skema {current}). Perbarui aplikasi; berkas tidak diubah.") from None
        backup = None
        if current != head:
            if existed and _has_tables(engine):
                engine.dispose()
                backup = backup_path(path, now or dt.datetime.now())
                shutil.copy2(path, backup)
                log.info("Backup before upgrade: %s", backup)
            cfg = alembic_config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise StorageError(f"Berkas basis data {path} tidak dapat dibuka: {exc.orig}") from exc
    return _database(path, engine, backup)


def _database(path: Path, engine: Engine, backup: Path | None) -> Database:
    factory = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}),
                          expire_on_commit=False)
    audit.install(factory)
    audit.install(writer)
    return Database(path=path, engine=engine, session_factory=factory, write_factory=writer,
                    backup=backup)


def _check_sqlite_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StorageError(f"Berkas {path} tidak dapat dibaca: {exc}") from exc
    if header != b"SQLite format 3\x00":
        raise StorageError(f"Berkas {path} bukan basis data Sistem Kerja (SQLite); berkas tidak "
                           "diubah.")
