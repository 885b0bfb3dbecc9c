"""Audit trail written by a session hook: every insert/update/delete of an audited model.

The actor comes from `session.info["actor"]` (the OS user, set by the service context) and
`session.info["pengguna"]` (the name chosen in the app); the reason from
`session.info.get("keterangan", "")`.

Tamper evidence (issue #8, `domain.audit_chain`): at flush time the new rows get explicit ids
after the last one in the file, each `hash` chained to the previous row's, and the id of the last
row is written to the file's anchor (`PRAGMA user_version`) in the same transaction. Writes run
in BEGIN IMMEDIATE transactions, so reading the last row here cannot race another writer.

On a PostgreSQL server (issue #12) the anchor is the row `meta_berkas.jangkar_audit`, and the
write transaction's lock (db/server.py `lock_writes`) is taken here again before the last row is
read: any session that flushes audited changes holds it, so two users never fork the chain.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.base import new_uuid, utcnow
from sistemkerja_desktop.db.models import AUDITED, AuditRow
from sistemkerja_desktop.db.server import lock_writes
from sistemkerja_desktop.domain.audit_chain import ChainRow, canonical_text, chain_hash

_SKIP = {"created_at", "updated_at", "versi"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


_KEYS: dict[type, tuple[str, ...]] = {}


def _keys(obj: Any) -> tuple[str, ...]:
    cls = type(obj)
    if cls not in _KEYS:
        _KEYS[cls] = tuple(a.key for a in inspect(cls).column_attrs if a.key not in _SKIP)
    return _KEYS[cls]


def _values(obj: Any, *, committed: bool) -> dict[str, Any]:
    if not committed:
        return {key: _jsonable(getattr(obj, key)) for key in _keys(obj)}
    attrs = inspect(obj).attrs
    out: dict[str, Any] = {}
    for key in _keys(obj):
        hist = attrs[key].history
        value = hist.deleted[0] if hist.deleted else (hist.unchanged[0] if hist.unchanged else None)
        out[key] = _jsonable(value)
    return out


def _dump(data: dict[str, Any] | None) -> str | None:
    return None if data is None else json.dumps(data, ensure_ascii=False, sort_keys=True)


def _on_before_flush(session: Session, _ctx: object, _instances: object) -> None:
    actor = str(session.info.get("actor", "sistem"))
    pengguna = str(session.info.get("pengguna", ""))
    note = str(session.info.get("keterangan", ""))
    now = utcnow()
    # Audit rows a service added itself (e.g. a noted correction) join the chain first.
    entries = sorted((obj for obj in session.new if isinstance(obj, AuditRow)),
                     key=lambda obj: inspect(obj).insert_order)
    for entry in entries:
        entry.waktu = entry.waktu or now
        entry.pelaku = entry.pelaku or actor
        entry.keterangan = entry.keterangan if entry.keterangan is not None else note
        entry.pengguna = entry.pengguna or pengguna
    own = len(entries)
    for obj in list(session.new):
        if isinstance(obj, AUDITED):
            if not obj.uuid:  # the column default would only apply at INSERT, after this hook
                obj.uuid = new_uuid()
            entries.append(AuditRow(waktu=now, pelaku=actor, tabel=obj.__tablename__,
                                    record_uuid=obj.uuid, aksi="tambah", sebelum=None,
                                    sesudah=_dump(_values(obj, committed=False)),
                                    keterangan=note))
    for obj in list(session.dirty):
        if isinstance(obj, AUDITED) and session.is_modified(obj, include_collections=False):
            before = _values(obj, committed=True)
            after = _values(obj, committed=False)
            changed = {k for k in after if after[k] != before.get(k)}
            if not changed:
                continue
            entries.append(AuditRow(waktu=now, pelaku=actor, tabel=obj.__tablename__,
                                    record_uuid=obj.uuid, aksi="ubah",
                                    sebelum=_dump({k: before[k] for k in changed}),
                                    sesudah=_dump({k: after[k] for k in changed}),
                                    keterangan=note))
    for obj in list(session.deleted):
        if isinstance(obj, AUDITED):
            entries.append(AuditRow(waktu=now, pelaku=actor, tabel=obj.__tablename__,
                                    record_uuid=obj.uuid, aksi="hapus",
                                    sebelum=_dump(_values(obj, committed=True)), sesudah=None,
                                    keterangan=note))
    if entries:
        for entry in entries[own:]:
            entry.pengguna = pengguna
        _chain(session.connection(), entries)
        session.add_all(entries[own:])


def _chain(conn: Connection, entries: list[AuditRow]) -> None:
    """Give `entries` the next ids and their chained hashes; move the file's anchor."""
    if conn.dialect.name != "sqlite":
        lock_writes(conn)  # held already by a write session; returns at once then
    last = conn.exec_driver_sql(
        "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").first()
    last_id, previous = (int(last[0]), str(last[1])) if last is not None else (0, "")
    for entry in entries:
        last_id += 1
        entry.id = last_id
        previous = entry.hash = chain_hash(previous, canonical_text(
            waktu=entry.waktu, pelaku=entry.pelaku, pengguna=entry.pengguna, tabel=entry.tabel,
            record_uuid=entry.record_uuid, aksi=entry.aksi, sebelum=entry.sebelum,
            sesudah=entry.sesudah, keterangan=entry.keterangan))
    write_anchor(conn, last_id)


# ---- reading the chain back (periksa-berkas) -------------------------------------------------

ANCHOR_KEY = "jangkar_audit"  # meta_berkas.kunci of the anchor on a server


def read_anchor(conn: Connection) -> int:
    """The id of the last audit row the application wrote (0: none)."""
    if conn.dialect.name == "sqlite":
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
    value = conn.execute(text("SELECT nilai FROM meta_berkas WHERE kunci = :k"),
                         {"k": ANCHOR_KEY}).scalar()
    return int(value) if value is not None else 0


def write_anchor(conn: Connection, last_id: int) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA user_version = {int(last_id)}")
        return
    conn.execute(text("INSERT INTO meta_berkas (kunci, nilai) VALUES (:k, :v) ON CONFLICT "
                      "(kunci) DO UPDATE SET nilai = excluded.nilai"),
                 {"k": ANCHOR_KEY, "v": str(int(last_id))})


CHAIN_COLUMNS = ("id, waktu, pelaku, pengguna, tabel, record_uuid, aksi, sebelum, sesudah, "
                 "keterangan, hash")


def chain_rows(conn: Connection, batch: int = 2000) -> Iterator[ChainRow]:
    """Every audit row as stored (raw text, not through the ORM types), in id order."""
    result = conn.exec_driver_sql(f"SELECT {CHAIN_COLUMNS} FROM audit_log ORDER BY id")
    while chunk := result.fetchmany(batch):
        for r in chunk:
            yield ChainRow(*r)


def install(session_class: type[Session] | Any) -> None:
    event.listen(session_class, "before_flush", _on_before_flush)
