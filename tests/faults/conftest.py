"""Fixtures of the fault tests; the tools themselves are in gangguan.py
(`from gangguan import cli, python, disk_full, as_other_user, digest, query`).

Every test using `head_db` (or `engine_name`) runs twice: on a SQLite file and on a database
on a PostgreSQL server (issue #12; tests/server_uji.py — skipped locally without
$SISTEMKERJA_PG_URL, never under CI). Tests about the SQLite file itself (damage, -wal,
read-only folders, backups, the lock file, upgrading a released file) use `demo_db` or their own
file and run on SQLite only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gangguan import DEMO_SNAPSHOT, cli


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def engine_name(request):
    return request.param


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A copy of the released demo database (0003 schema, with issued documents): the next
    open upgrades it. SQLite only: a server database is never at an old revision."""
    path = tmp_path / "kantor.sqlite"
    shutil.copy(DEMO_SNAPSHOT, path)
    return path


@pytest.fixture(scope="module")
def demo_template(engine_name, tmp_path_factory, request):
    """The demo made by the CLI once per module (a file, or a database on the test server);
    tests take a copy (`demo_copy`)."""
    if engine_name == "sqlite":
        path = tmp_path_factory.mktemp("demo") / "kantor.sqlite"
        proc = cli(path, "demo")
        assert proc.returncode == 0, proc.stderr
        yield path
        return
    server = request.getfixturevalue("pg_server")
    address = server.create()
    proc = cli(address, "demo")
    assert proc.returncode == 0, proc.stderr
    yield address
    server.drop(address)


@pytest.fixture
def demo_copy(demo_template, tmp_path: Path, request):
    """A copy of the module's demo database, for one test."""
    if isinstance(demo_template, Path):
        path = tmp_path / "kantor.sqlite"
        shutil.copy(demo_template, path)
        yield path
        return
    server = request.getfixturevalue("pg_server")
    address = server.copy(demo_template)
    yield address
    server.drop(address)


@pytest.fixture
def head_db(engine_name, tmp_path: Path, request):
    """A demo database at the current schema, made by the CLI as a user would: a SQLite file,
    or (a copy of the module's demo) on the test server."""
    if engine_name == "sqlite":
        path = tmp_path / "kantor.sqlite"
        proc = cli(path, "demo")
        assert proc.returncode == 0, proc.stderr
        return path
    return request.getfixturevalue("demo_copy")
