"""The PostgreSQL side of the service and fault tests (issue #12).

`SISTEMKERJA_PG_URL` names a server where the tests may create databases, e.g.
`postgresql://postgres@127.0.0.1:5432/postgres` (.ci/run starts one and sets it). Once per run a
template database is migrated to head; each test gets its own copy (`CREATE DATABASE … TEMPLATE`,
a file copy on the server: milliseconds), dropped afterwards. Databases are made with the C
collation, so text sorts as in SQLite.

Without the variable the PostgreSQL variants skip, saying so — except under `CI=true`, where
they fail: CI must never lose them silently.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

PG_URL_ENV = "SISTEMKERJA_PG_URL"
ENGINES = ("sqlite", "postgresql")
NOT_CONFIGURED = (f"PostgreSQL tidak diuji: ${PG_URL_ENV} kosong (mis. postgresql://postgres@"
                  "127.0.0.1/postgres; .ci/run menjalankan server sendiri)")


def _ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_server() -> str:
    """The maintenance address, or skip (locally) / fail (CI) the test."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        if _ci():
            pytest.fail(f"{NOT_CONFIGURED} — di CI varian PostgreSQL wajib berjalan.")
        pytest.skip(NOT_CONFIGURED)
    return url


class Server:
    """Databases of one test run on the server at `url`."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import make_url

        self.url = make_url(url)
        self.prefix = f"sk_uji_{os.getpid()}"
        self.template = f"{self.prefix}_templat"
        self._count = itertools.count(1)
        self._template_ready = False

    @contextmanager
    def _admin(self) -> Iterator[Any]:
        import psycopg

        conn = psycopg.connect(self.url.set(drivername="postgresql").render_as_string(
            hide_password=False), autocommit=True)
        try:
            yield conn
        finally:
            conn.close()

    def address(self, name: str) -> str:
        return self.url.set(drivername="postgresql", database=name).render_as_string(
            hide_password=False)

    def create(self, *, empty: bool = False) -> str:
        """A new database (at head, unless `empty`); returns its address."""
        if not empty:
            self._ensure_template()
        name = f"{self.prefix}_{next(self._count)}"
        template = "template0" if empty else self.template
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\' '
                         "LC_COLLATE 'C' LC_CTYPE 'C'")
        return self.address(name)

    def copy(self, address: str) -> str:
        """A new database holding what the database at `address` holds (nobody may be connected
        to it meanwhile)."""
        from sqlalchemy import make_url

        source = make_url(address).database
        name = f"{self.prefix}_{next(self._count)}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        return self.address(name)

    def drop(self, address: str) -> None:
        from sqlalchemy import make_url

        name = make_url(address).database
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from sistemkerja_desktop.db.engine import open_database

        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{self.template}" TEMPLATE template0 ENCODING '
                         "'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")
        open_database(self.address(self.template)).dispose()
        self._template_ready = True

    def close(self) -> None:
        with self._admin() as conn:
            names = [r[0] for r in conn.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE %s",
                (f"{self.prefix}%",))]
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def is_server(db: object) -> bool:
    return isinstance(db, str) and "://" in db


def address(services: Any) -> Path | str:
    """Where `services` keep their data, for `query`/`execute`/the CLI: the SQLite file's path,
    or the server database's libpq address (with its password, if any)."""
    if not services.ctx.db.server:
        return services.db_path
    return services.db_path.url.set(drivername="postgresql").render_as_string(
        hide_password=False)


def query(db: Path | str, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Rows of `sql` (written with `?` parameters) read straight from the database — with the
    `sqlite3` module or psycopg, never through the code under test. Dates, times and booleans
    come back as SQLite gives them (ISO text, 0/1)."""
    if not is_server(db):
        import sqlite3

        conn = sqlite3.connect(str(db))
        try:
            return conn.execute(sql, tuple(params)).fetchall()
        finally:
            conn.close()
    import psycopg

    from sistemkerja_desktop.db.raw import _sqlite_loaders, pg_sql

    with psycopg.connect(str(db)) as conn, conn.cursor() as cur:
        _sqlite_loaders(cur)
        return cur.execute(pg_sql(sql), tuple(params)).fetchall()


def execute(db: Path | str, sql: str, params: Sequence[Any] = ()) -> None:
    """Run `sql` (`?` parameters) as an outside tool would, and commit."""
    if not is_server(db):
        import sqlite3

        conn = sqlite3.connect(str(db))
        try:
            conn.execute(sql, tuple(params))
            conn.commit()
        finally:
            conn.close()
        return
    import psycopg

    from sistemkerja_desktop.db.raw import pg_sql

    with psycopg.connect(str(db)) as conn:
        conn.execute(pg_sql(sql), tuple(params))
