"""Plain SQL on the DBAPI cursor for the hot read paths (registers, the report tracker): the
ORM's per-row machinery (and even SQLAlchemy's Row objects) would double their time at
thousands of rows. Each statement is read in full inside `execute`, so a damaged page met while
reading still becomes the engine's Indonesian StorageError (`engine.check_damage`) and turns
the file read-only, as it does for every ORM read."""

from __future__ import annotations

import gc
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

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Baris:
        try:
            return Baris(self._cur.execute(sql, tuple(params)).fetchall())
        except sqlite3.DatabaseError as exc:
            check_damage(self._engine, exc)
            raise

    def close(self) -> None:
        self._cur.close()


def kursor(session: Session) -> Kursor:
    return Kursor(session)


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
