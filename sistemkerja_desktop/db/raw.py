"""Plain SQL on the DBAPI cursor for the hot read paths (registers, the report tracker): the
ORM's per-row machinery (and even SQLAlchemy's Row objects) would double their time at
thousands of rows. Each statement is read in full inside `execute`, so a damaged page met while
reading still becomes the engine's Indonesian StorageError (`engine.check_damage`) and turns
the file read-only, as it does for every ORM read.

The statements are written for SQLite: `?` parameters, `WHERE 0`, dates read as ISO text,
booleans as 0/1. On a PostgreSQL server (issue #12) `Kursor` keeps that contract: the
statement's placeholders and bare 0/1 conditions are put in PostgreSQL's words (`pg_sql`), and
the cursor reads dates, times and booleans as SQLite gives them (`_sqlite_loaders`), so the
read paths need no second version."""

from __future__ import annotations

import functools
import gc
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from sistemkerja_desktop.db.engine import check_damage


class Baris(list[tuple[Any, ...]]):
    """The rows of one statement (a list that also answers `fetchall()`)."""

    def fetchall(self) -> Baris:
        return self


class Kursor:
    """The part of a DBAPI cursor the read paths use: `execute(sql, params)` → rows."""

    def __init__(self, session: Session) -> None:
        conn = session.connection()
        self._engine = conn.engine
        self._cur = conn.connection.cursor()
        self._server = conn.dialect.name != "sqlite"
        if self._server:
            _sqlite_loaders(self._cur)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Baris:
        if self._server:
            return Baris(self._cur.execute(pg_sql(sql), tuple(params)).fetchall())
        try:
            return Baris(self._cur.execute(sql, tuple(params)).fetchall())
        except sqlite3.DatabaseError as exc:
            check_damage(self._engine, exc)
            raise

    def close(self) -> None:
        self._cur.close()


def kursor(session: Session) -> Kursor:
    return Kursor(session)


# ---- the same statements on a PostgreSQL server ---------------------------------------------

_BOOLEAN_LITERAL = re.compile(r"\b(WHERE|AND|OR)\s+([01])\b(?!\s*[=<>!+\-*/.])")


@functools.lru_cache(maxsize=256)
def pg_sql(sql: str) -> str:
    """A statement of the read paths in PostgreSQL's words: `%` doubled, `?` → `%s`, a bare
    `WHERE 0` / `AND 1` condition → FALSE / TRUE. (No `?` or bare 0/1 occurs in their string
    literals.)"""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return _BOOLEAN_LITERAL.sub(lambda m: f"{m[1]} {'TRUE' if m[2] == '1' else 'FALSE'}", sql)


def _sqlite_loaders(cur: Any) -> None:
    """Read dates as ISO text, timestamps as SQLAlchemy's SQLite text (microseconds always
    written) and booleans as 0/1 on this cursor — what the read paths get from SQLite."""
    for type_name, loader in _loaders().items():
        cur.adapters.register_loader(type_name, loader)


@functools.cache
def _loaders() -> dict[str, type]:
    from psycopg.adapt import Loader
    from psycopg.types.string import TextLoader

    class Waktu(Loader):
        def load(self, data: Any) -> str:
            head, _, frac = bytes(data).decode().partition(".")
            return f"{head}.{frac.ljust(6, '0')}"

    class Bit(Loader):
        def load(self, data: Any) -> int:
            return 1 if bytes(data) == b"t" else 0

    return {"date": TextLoader, "timestamp": Waktu, "bool": Bit}


@contextmanager
def tanpa_gc() -> Iterator[None]:
    """Build thousands of small acyclic rows without the cyclic garbage collector running
    between them (it re-scans every young object on each pass: a third of the tracker's time
    at 500 teams × 12 periods); the previous state is restored, a collection runs as usual
    afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
