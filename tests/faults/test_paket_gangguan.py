"""Issue #12 import under faults: a package import killed inside its transaction changes nothing
(and can be done again); two processes importing the same package at once apply it once (the
other says it was already imported); the package written on a full disk leaves no half file."""

from __future__ import annotations

import os
import shutil
import sqlite3
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gangguan import cli, disk_full, python

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, Path]:
    """Office A (the demo) and a package from its copy B with one new pegawai and one change."""
    base = tmp_path_factory.mktemp("paket")
    a = base / "a.sqlite"
    assert cli(a, "demo").returncode == 0
    shutil.copy(a, base / "b.sqlite")
    code = textwrap.dedent(f"""
        from pathlib import Path
        from sqlalchemy import select
        from sistemkerja_desktop.db.models import PegawaiRow
        from sistemkerja_desktop.services.container import build_services
        svc = build_services(Path({str(base / 'b.sqlite')!r}), create=False)
        with svc.ctx.session("uji") as s:
            first = s.scalars(select(PegawaiRow).order_by(PegawaiRow.nip)).first()
            first.telepon = "0811-000"
            s.add(PegawaiRow(nip="199001012020121001", nama="Pegawai Baru", unit_id=first.unit_id))
        svc.paket.ekspor(Path({str(base / 'b.skp')!r}))
    """)
    proc = python(code)
    assert proc.returncode == 0, proc.stderr
    return a, base / "b.skp"


@pytest.fixture
def db(template, tmp_path) -> Path:
    path = tmp_path / "a.sqlite"
    shutil.copy(template[0], path)
    return path


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as con:
        value = con.execute(sql).fetchone()[0]
    con.close()
    return value


_BUNUH = textwrap.dedent("""
    import os
    from pathlib import Path
    from sistemkerja_desktop.services import paket_service as ps
    from sistemkerja_desktop.services.container import build_services
    real = ps.terapkan
    def terapkan(s, *a, **kw):
        out = real(s, *a, **kw)
        s.flush()  # every row of the merge is sent; no commit comes
        os.kill(os.getpid(), 9)
    ps.terapkan = terapkan
    svc = build_services(Path({db!r}), create=False)
    svc.paket.impor(Path({paket!r}))
    print("SELESAI TANPA DIBUNUH")
""")


def test_an_import_killed_inside_its_transaction_changes_nothing(db, template):
    paket = template[1]
    before = [_count(db, f"SELECT count(*) FROM {t}")
              for t in ("pegawai", "audit_log", "paket_masuk", "asal_rekaman")]
    proc = python(_BUNUH.format(db=str(db), paket=str(paket)))
    assert proc.returncode == -9, (proc.stdout, proc.stderr)
    assert [_count(db, f"SELECT count(*) FROM {t}")
            for t in ("pegawai", "audit_log", "paket_masuk", "asal_rekaman")] == before
    assert cli(db, "periksa-berkas").returncode == 0  # the audit chain is whole
    proc = cli(db, "paket", "impor", str(paket))
    assert proc.returncode == 0, proc.stderr
    assert _count(db, "SELECT count(*) FROM pegawai") == before[0] + 1


def test_two_processes_importing_one_package_apply_it_once(db, template):
    paket = template[1]
    before = _count(db, "SELECT count(*) FROM pegawai")
    with ThreadPoolExecutor(2) as pool:
        procs = list(pool.map(lambda _: cli(db, "paket", "impor", str(paket)), range(2)))
    for proc in procs:
        assert proc.returncode in (0, 2), proc.stderr
        assert "Traceback" not in proc.stderr
    assert any(p.returncode == 0 and "Diimpor" in p.stdout for p in procs)
    assert _count(db, "SELECT count(*) FROM pegawai") == before + 1
    assert _count(db, "SELECT count(*) FROM paket_masuk") == 1


def test_a_package_on_a_full_disk_leaves_no_half_file(db, tmp_path):
    out = tmp_path / "keluar"
    out.mkdir()
    first = cli(db, "paket", "ekspor", "-o", str(tmp_path / "pertama.skp"))  # the file's id made
    assert first.returncode == 0 and (tmp_path / "pertama.skp").stat().st_size > 80_000
    proc = cli(db, "paket", "ekspor", "-o", str(out / "a.skp"), preexec_fn=disk_full(60_000))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "isk penuh" in proc.stderr
    assert os.listdir(out) == []
