"""Opening (and creating the schema of) an office database on a PostgreSQL server.

As for the file (db/engine.py): a database of a newer version is refused and left untouched; a
pending upgrade runs every migration in ONE transaction (PostgreSQL's DDL is transactional), so
a failure or a kill leaves the old revision. It runs under the write lock, and the revision is
read again inside it: two users opening a new database at once upgrade it once. There is no
copy before an upgrade (the server's administrator backs the database up); an empty database
made by the administrator (`createdb`) gets the whole schema. A database holding other tables
but none of ours is refused rather than mixed into.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from sistemkerja_desktop.db.engine import (
    CODE_UPGRADE_FAILED,
    HEAD_REVISION,
    WRITE_OPTION,
    Database,
    _database,
    alembic_config,
)
from sistemkerja_desktop.db.server import (
    CODE_SERVER,
    ServerPath,
    connection_message,
    current_revision,
    lock_writes,
    make_server_engine,
)
from sistemkerja_desktop.domain.errors import SchemaTooNewError, SistemKerjaError, StorageError

log = logging.getLogger(__name__)

CODE_FOREIGN = "basis_data_asing"


def open_server(target: ServerPath, *, read_only_reason: str = "") -> Database:
    engine = make_server_engine(target, WRITE_OPTION)
    try:
        with engine.connect() as conn:
            current = current_revision(conn)
        if current != HEAD_REVISION:
            _upgrade(target, engine, current, read_only_reason)
    except SistemKerjaError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise StorageError(connection_message(target, exc), code=CODE_SERVER) from exc
    log.info("Server database open: %s", target)
    return _database(target, engine, None, read_only_reason)


def _known(revision: str | None, target: ServerPath) -> None:
    from alembic.script import ScriptDirectory

    if revision is None:
        return
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception:  # noqa: BLE001 - a revision this version does not know
        raise SchemaTooNewError(
            f"{target.label[0].upper()}{target.label[1:]} dibuat oleh versi Sistem Kerja Desktop "
            f"yang lebih baru (skema {revision}). Perbarui aplikasi; basis data tidak "
            "diubah.") from None


def _foreign_tables(conn: Connection) -> int:
    return int(conn.exec_driver_sql(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
    ).scalar_one())


def _upgrade(target: ServerPath, engine: Engine, current: str | None, reason: str) -> None:
    from alembic import command

    _known(current, target)
    if reason:
        raise StorageError(
            f"{target.label[0].upper()}{target.label[1:]} dari versi aplikasi yang lebih lama "
            f"perlu diperbarui, tetapi dibuka hanya-baca ({reason}). Basis data tidak diubah.",
            code=CODE_UPGRADE_FAILED)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            lock_writes(conn)  # another user may be upgrading it right now: wait, then re-read
            current = current_revision(conn)
            _known(current, target)
            if current == HEAD_REVISION:
                return
            if current is None and _foreign_tables(conn):
                raise StorageError(
                    f"{target.label[0].upper()}{target.label[1:]} sudah berisi tabel lain, "
                    "bukan data Sistem Kerja. Pakai basis data kosong (minta admin server "
                    "membuatnya); basis data ini tidak diubah.", code=CODE_FOREIGN)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except SistemKerjaError:
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise
        log.exception("Schema upgrade failed on the server")
        raise StorageError(
            f"Pembaruan skema {target.label} gagal ({str(exc.orig).strip().splitlines()[0]}). "
            "Basis data tidak diubah.", code=CODE_UPGRADE_FAILED) from exc
    except Exception as exc:  # any failed migration (logged): nothing was changed
        log.exception("Schema upgrade failed on the server")
        raise StorageError(f"Pembaruan skema {target.label} gagal ({exc}). Basis data tidak "
                           "diubah.", code=CODE_UPGRADE_FAILED) from exc
    log.info("Server database upgraded from %s to %s", current, HEAD_REVISION)
