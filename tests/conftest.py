"""Shared fixtures. Qt runs offscreen; `qtbot` is requested only by the tests that need Qt."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from sistemkerja_desktop import paths

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(autouse=True)
def user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test out of the real user data/log directories and away from $SISTEMKERJA_DB."""
    base = tmp_path_factory.mktemp("pengguna")
    monkeypatch.setattr(paths, "data_dir", lambda: base / "data")
    monkeypatch.setattr(paths, "log_dir", lambda: base / "log")
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    monkeypatch.delenv("SISTEMKERJA_PENGGUNA", raising=False)  # a developer's name stays out
    return base


def pytest_configure(config):
    config.addinivalue_line("markers", "postgresql: runs on a PostgreSQL server "
                                       "($SISTEMKERJA_PG_URL; tests/server_uji.py)")
    config.addinivalue_line("markers", "sqlite_only(reason): about the SQLite file itself; "
                                       "not run on a server")


def pytest_collection_modifyitems(items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("engine_name") == "postgresql":
            item.add_marker(pytest.mark.postgresql)
            only = item.get_closest_marker("sqlite_only")
            if only is not None:
                why = only.kwargs.get("reason") or (only.args[0] if only.args else "")
                item.add_marker(pytest.mark.skip(reason=f"hanya SQLite: {why}"))


@pytest.fixture(scope="session")
def pg_server():
    """The PostgreSQL server of this run (tests/server_uji.py); skips without one."""
    from server_uji import Server, require_server

    server = Server(require_server())
    yield server
    server.close()


@pytest.fixture
def engine_name():
    """Which engine the database fixtures make. "sqlite" here; tests/services and tests/faults
    override it with both ("sqlite", "postgresql")."""
    return "sqlite"


@pytest.fixture
def db_target(engine_name, tmp_path, request):
    """A fresh, empty database: the SQLite file `t.sqlite` in tmp_path, or (engine
    "postgresql") a new database on the test server, at head, dropped afterwards."""
    if engine_name == "sqlite":
        yield tmp_path / "t.sqlite"
        return
    server = request.getfixturevalue("pg_server")
    address = server.create()
    yield address
    server.drop(address)


@pytest.fixture
def services(db_target):
    """Services exactly as app.py builds them, on a fresh database (a SQLite file; in
    tests/services and tests/faults also a PostgreSQL database), with a fixed today."""
    from sistemkerja_desktop.services.container import build_services

    built = build_services(db_target, today=lambda: TODAY)
    yield built
    built.close()


@pytest.fixture
def demo_services(services):
    services.demo.create_demo()
    return services


@pytest.fixture
def make_xlsx(tmp_path):
    """`make_xlsx(rows, name="pegawai.xlsx") -> Path`: a one-sheet workbook with `rows`."""
    import openpyxl

    def build(rows, name="pegawai.xlsx"):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "DUK"
        for row in rows:
            ws.append(row)
        path = tmp_path / name
        wb.save(path)
        return path

    return build
