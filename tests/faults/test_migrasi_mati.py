"""Issue #8 item 2: a schema upgrade (and `init`/`demo` of a new file) killed with SIGKILL
half-way leaves a file that opens — at its old revision with every row, or not at all —
never "table tim already exists".

The child process replaces one Alembic operation (`op.add_column`, `op.create_table`) or the
end of `command.upgrade` by a `kill -9` of itself after N calls, then opens the file as the app
does. (Checked: with the driver's implicit transactions back — `isolation_level` left at its
default and no explicit BEGIN in db/engine.py — these tests fail: the killed upgrade keeps the
new columns with the old stamp.)
"""

from __future__ import annotations

import signal
import sqlite3
from pathlib import Path

import pytest
from gangguan import cli, integrity, is_server, python, query

from sistemkerja_desktop.db.engine import HEAD_REVISION, open_database

pytestmark = pytest.mark.slow

_KILL_AFTER = """
import os, sys
from pathlib import Path
import {module} as target
calls = 0
real = target.{name}

def killing(*args, **kwargs):
    global calls
    calls += 1
    if calls > {after} and not {after_real}:
        os.kill(os.getpid(), 9)
    result = real(*args, **kwargs)
    if calls > {after} and {after_real}:
        os.kill(os.getpid(), 9)
    return result

target.{name} = killing
{run}
"""

_OPEN = ("from sistemkerja_desktop.db.engine import open_database\n"
         "open_database(Path(sys.argv[-1]))")


def _killed(path: Path | str, module: str, name: str, after: int, *, after_real: bool = False,
            run: str = _OPEN) -> None:
    code = _KILL_AFTER.format(module=module, name=name, after=after, after_real=after_real,
                              run=run)
    proc = python(code.replace("Path(sys.argv[-1])", "sys.argv[-1]").replace(
        "sys.argv[-1]", repr(str(path))))
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr[-2000:])


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _revision_and_columns(path: Path) -> tuple[str, list[str]]:
    conn = sqlite3.connect(path)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(pegawai)")]
        return revision, columns
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(("name", "after", "after_real"), [
    ("add_column", 0, False),  # before the first change of 0004
    ("add_column", 5, False),  # half-way through 0004's columns
    ("upgrade", 0, True),  # every migration ran, the stamp moved, nothing committed yet
], ids=["awal", "tengah", "sebelum-commit"])
def test_upgrade_killed_leaves_the_old_file_which_then_upgrades(demo_db, name, after,
                                                                 after_real):
    before = _counts(demo_db)
    old_revision, old_columns = _revision_and_columns(demo_db)
    module = "alembic.command" if name == "upgrade" else "alembic.op"
    _killed(demo_db, module, name, after, after_real=after_real)

    # the killed upgrade changed nothing: same revision, same columns, same rows
    assert _revision_and_columns(demo_db) == (old_revision, old_columns)
    assert "versi" not in old_columns
    assert _counts(demo_db) == before
    assert _integrity(demo_db) == "ok"

    db = open_database(demo_db)  # opens (no "duplicate column name: versi")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar_one() == HEAD_REVISION
    finally:
        db.dispose()
    after_counts = _counts(demo_db)
    assert {t: after_counts[t] for t in before} == before
    assert _integrity(demo_db) == "ok"
    assert cli(demo_db, "pegawai", "daftar", "--json").returncode == 0


_CLI = ("from sistemkerja_desktop.cli.main import main\n"
        "main(['--db', sys.argv[-1], {args}])")


@pytest.mark.parametrize(("module", "name", "after", "args"), [
    ("alembic.op", "create_table", 3, "'demo'"),  # inside the first migration of a new file
    ("alembic.op", "add_column", 2, "'demo'"),  # inside the last one
    ("alembic.op", "create_table", 1,
     "'init', '--pd', 'Dinas Uji', '--pemda', 'Kabupaten Uji', '--profil', 'generic'"),
    ("sqlalchemy.orm", "Session.flush", 2, "'demo'"),  # writing the demo agency
], ids=["demo-0001", "demo-0004", "init-0001", "demo-isi"])
def test_new_file_killed_is_absent_or_opens_cleanly(new_db, module, name, after, args):
    """Also on a PostgreSQL server (issue #12): the empty database the admin made, killed while
    the app fills it, is still empty — or whole — and the command given again finishes."""
    path = new_db
    _killed(path, module, name, after, run=_CLI.format(args=args))
    if is_server(path):
        [(tables,)] = query(path, "SELECT count(*) FROM information_schema.tables WHERE "
                                  "table_schema = current_schema()")
        revision = query(path, "SELECT version_num FROM alembic_version") if tables else []
        assert tables == 0 or revision == [(HEAD_REVISION,)], (tables, revision)
    if is_server(path) or path.exists() and path.stat().st_size > 0:
        assert integrity(path) == "ok"
        open_database(path).dispose()  # no "table ... already exists"
        proc = cli(path, "pegawai", "daftar", "--json")  # 2: "Belum ada Perangkat Daerah"
        assert proc.returncode in (0, 2), proc.stderr
        assert "Traceback" not in proc.stderr and "already exists" not in proc.stderr
    # and the command given again finishes the job
    proc = cli(path, *[a.strip(" '") for a in args.split(",")])
    assert proc.returncode == 0, proc.stderr
    assert integrity(path) == "ok"


@pytest.fixture
def new_db(engine_name, tmp_path, request):
    """Where a new office's data goes: a file not yet there, or an empty database the server's
    administrator has just made."""
    if engine_name == "sqlite":
        yield tmp_path / "baru.sqlite"
        return
    server = request.getfixturevalue("pg_server")
    address = server.create(empty=True)
    yield address
    server.drop(address)
