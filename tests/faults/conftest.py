"""Fixtures of the fault tests; the tools themselves are in gangguan.py
(`from gangguan import cli, python, disk_full, as_other_user, digest`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from gangguan import DEMO_SNAPSHOT, cli


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    """A copy of the released demo database (0003 schema, with issued documents): the next
    open upgrades it."""
    path = tmp_path / "kantor.sqlite"
    shutil.copy(DEMO_SNAPSHOT, path)
    return path


@pytest.fixture
def head_db(tmp_path: Path) -> Path:
    """A demo database at the current schema, made by the CLI as a user would."""
    path = tmp_path / "kantor.sqlite"
    proc = cli(path, "demo")
    assert proc.returncode == 0, proc.stderr
    return path
