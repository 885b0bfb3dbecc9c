"""The service tests run on both engines: every test using `services` (or `db_target`) runs once
on a SQLite file and once on a PostgreSQL database (tests/server_uji.py; skipped locally
without $SISTEMKERJA_PG_URL, never under CI)."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request):
    return request.param
