"""`sistemkerja salin` under faults (issue #12): a copy killed half-way (SIGKILL, after some
tables were sent) leaves a target without any of the office's rows — a new file at most holds
the empty schema — and the same copy run again succeeds; the source is never changed."""

from __future__ import annotations

import sqlite3
import textwrap
from pathlib import Path

import pytest
from gangguan import cli, digest, python

pytestmark = pytest.mark.slow

_BUNUH = textwrap.dedent("""
    import os
    from sistemkerja_desktop.services import salin_service as ss
    real = ss._copy_table
    def copy_table(src, dst, table, progress):
        n = real(src, dst, table, progress)
        if table.name == "pegawai":  # units and people sent, the transaction still open
            os.kill(os.getpid(), 9)
        return n
    ss._copy_table = copy_table
    ss.salin({dari!r}, {ke!r})
    print("SELESAI TANPA DIBUNUH")
""")


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    con.close()
    return n


def test_a_copy_killed_half_way_leaves_no_rows_and_can_be_run_again(tmp_path):
    source = tmp_path / "kantor.sqlite"
    assert cli(source, "demo").returncode == 0
    before = digest(source)
    target = tmp_path / "salinan.sqlite"
    proc = python(_BUNUH.format(dari=str(source), ke=str(target)))
    assert proc.returncode == -9, (proc.stdout, proc.stderr)
    if target.exists():  # the schema may be there; none of the office's rows are
        assert _count(target, "pegawai") == 0 and _count(target, "audit_log") == 0
    assert digest(source) == before
    proc = cli(source, "salin", "--dari", str(source), "--ke", str(target))
    assert proc.returncode == 0, proc.stderr
    assert _count(target, "pegawai") == _count(source, "pegawai") > 0
    assert cli(target, "periksa-berkas").returncode == 0  # the copied audit chain is whole
