"""Issue #10 write paths under faults: a decision killed inside its transaction leaves the
request as it was (and it can be decided again); two processes deciding the same step at once
record it once (the other gets a clear Indonesian refusal, no traceback); two processes issuing
final letters at once get distinct numbers; a letter's output on the data file is refused."""

from __future__ import annotations

import json
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gangguan import cli, integrity, python

pytestmark = pytest.mark.slow

RATNA = "198001172006042904"  # Kepala Bidang Pelayanan Kesehatan (pemohon, step 1)
INTAN = "198702012015032919"  # Kepala UPTD Puskesmas Sukamaju (step 2 in the generic chain)
MAYA = "198808302014032921"  # Ns. Maya Sari, UPTD Puskesmas Sukamaju
ENDANG = "198305282008122923"  # Bidan Penyelia, UPTD Puskesmas Sukamaju
ISI = ("--maksud", "Pelibatan dalam percepatan penurunan stunting", "--kompetensi",
       "keperawatan komunitas", "--target", "laporan kunjungan bulanan", "--mulai", "2026-03-09",
       "--selesai", "2026-06-30", "--tanggal", "2026-03-02")


@pytest.fixture(scope="module")
def template(demo_template) -> Path | str:
    """The demo with two penunjukan lintas unit requests (generic chain: Kepala Bidang
    Pelayanan, then the Kepala UPTD) waiting at step 1 (a file, or on the PostgreSQL test
    server)."""
    for nip in (MAYA, ENDANG):
        proc = cli(demo_template, "penugasan", "ajukan", "--jenis", "penunjukan", "--lingkup",
                   "lintas-unit", "--pegawai", nip, "--oleh", RATNA, "--unit-tujuan",
                   "UPTD Puskesmas Sukamaju", *ISI, "--json")
        assert proc.returncode == 0, proc.stderr
    return demo_template


@pytest.fixture
def db(template, demo_copy) -> Path | str:
    return demo_copy


def _riwayat(db: Path | str, pid: int) -> list[dict]:
    proc = cli(db, "penugasan", "riwayat", str(pid), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _whole(db: Path | str) -> None:
    assert integrity(db) == "ok"
    proc = cli(db, "periksa-berkas")
    assert proc.returncode == 0, proc.stdout + proc.stderr  # the audit chain is whole


def test_a_decision_killed_inside_its_transaction_changes_nothing(db):
    code = textwrap.dedent("""
        import os
        from pathlib import Path
        from sistemkerja_desktop.services import penugasan_service as ps
        from sistemkerja_desktop.services.container import build_services
        real = ps.update_permohonan
        def update(s, *a, **kw):
            real(s, *a, **kw)
            s.flush()  # the step's UPDATE is sent; the commit never comes
            os.kill(os.getpid(), 9)
        ps.update_permohonan = update
        svc = build_services({db!r}, create=False)
        svc.penugasan.setujui(1, oleh_nip={nip!r}, nomor_surat="800/1/2026")
        print("SELESAI TANPA DIBUNUH")
    """).format(db=str(db), nip=RATNA)
    before = _riwayat(db, 1)
    proc = python(code)
    assert proc.returncode == -9, (proc.stdout, proc.stderr)
    assert _riwayat(db, 1) == before  # still waiting at step 1, nothing half-recorded
    _whole(db)
    proc = cli(db, "penugasan", "setujui", "1", "--oleh", RATNA, "--tanggal", "2026-03-03")
    assert proc.returncode == 0, proc.stderr
    assert [x["keputusan"] for x in _riwayat(db, 1)] == ["setuju", "menunggu"]


def test_two_processes_deciding_one_step_record_it_once(db, tmp_path):
    barrier = tmp_path / "mulai"
    code = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from sistemkerja_desktop.cli.main import main
        while not Path({barrier!r}).exists():
            time.sleep(0.005)
        sys.exit(main(["--db", {db!r}, "penugasan", {aksi!r}, "1", "--oleh", {nip!r},
                       *{extra!r}, "--tanggal", "2026-03-03"]))
    """)
    jobs = [("setujui", ()), ("tolak", ("--alasan", "beban kerja penuh"))]
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(python, code.format(barrier=str(barrier), db=str(db), aksi=aksi,
                                                   nip=RATNA, extra=list(extra)))
                   for aksi, extra in jobs]
        barrier.touch()
        procs = [f.result() for f in futures]
    assert sorted(p.returncode for p in procs) == [0, 2], [p.stderr for p in procs]
    loser = next(p for p in procs if p.returncode == 2)
    assert "Traceback" not in loser.stderr and loser.stderr.strip()
    steps = _riwayat(db, 1)
    assert [x["keputusan"] for x in steps].count("menunggu") in (0, 1)
    assert steps[0]["keputusan"] in ("setuju", "tolak")  # one decision, whichever came first
    _whole(db)


def test_two_processes_issuing_final_letters_get_distinct_numbers(db, tmp_path):
    barrier = tmp_path / "mulai"
    code = textwrap.dedent("""
        import time
        from pathlib import Path
        from sistemkerja_desktop.services.container import build_services
        svc = build_services({db!r}, create=False)
        svc.penugasan.detail({pid})  # opened and ready before the start signal
        while not Path({barrier!r}).exists():
            time.sleep(0.005)
        print(svc.penugasan_dokumen.cetak({pid}, "surat-permohonan", Path({out!r})).nomor)
    """)
    outs = {pid: tmp_path / f"permohonan-{pid}.pdf" for pid in (1, 2)}
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(python, code.format(db=str(db), pid=pid, barrier=str(barrier),
                                                   out=str(out)))
                   for pid, out in outs.items()]
        barrier.touch()
        procs = [f.result() for f in futures]
    assert all(p.returncode == 0 for p in procs), [p.stderr for p in procs]
    numbers = [p.stdout.strip() for p in procs]
    assert len(set(numbers)) == 2 and all(numbers)
    assert all(out.stat().st_size > 0 for out in outs.values())
    _whole(db)


@pytest.mark.sqlite_only(reason="keluaran di atas berkas data SQLite dan -wal-nya")
@pytest.mark.parametrize("target", ["{db}", "{db}-wal"])
def test_a_letter_written_over_the_data_file_is_refused(db, target):
    before = _riwayat(db, 1)
    proc = cli(db, "dokumen", "surat-permohonan", "1", "-o", target.format(db=db))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and proc.stderr.strip()
    assert _riwayat(db, 1) == before
    _whole(db)
    proc = cli(db, "dokumen", "register", "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout) == []  # no number used
