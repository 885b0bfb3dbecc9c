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


@pytest.fixture
def services(tmp_path):
    """Services exactly as app.py builds them, on a fresh SQLite file, with a fixed today."""
    from sistemkerja_desktop.services.container import build_services

    built = build_services(tmp_path / "t.sqlite", today=lambda: TODAY)
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
