"""Issue #11 write paths under faults: a report sent or reviewed by a process killed inside its
transaction changes nothing (and can be done again); two processes sending the same period at
once record one report (`laporan.kunci` is unique) and the other gets a clear Indonesian
refusal, no traceback."""

from __future__ import annotations

import json
import subprocess
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gangguan import cli, integrity, python, query

pytestmark = pytest.mark.slow

KETUA = "199103032017122909"  # Yuliana Safitri, ketua of demo team 1 (stunting)


@pytest.fixture
def db(demo_copy) -> Path | str:
    """A copy of the demo (a SQLite file, or a database on the PostgreSQL test server)."""
    return demo_copy


def _daftar(db: Path | str) -> list[dict]:
    proc = cli(db, "laporan", "daftar", "--tim", "1", "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _belum(db: Path | str) -> dict:
    """The ketua's report of the current period: begun, not due, nobody has started it (the
    demo sends only the periods already due)."""
    return next(r for r in _daftar(db) if r["jenis"] == "ketua" and r["id"] is None)


def _tabel(db: Path | str, sql: str) -> list[tuple]:
    return query(db, sql)


def _whole(db: Path | str) -> None:
    assert integrity(db) == "ok"
    proc = cli(db, "periksa-berkas")
    assert proc.returncode == 0, proc.stdout + proc.stderr  # the audit chain is whole


def _kirim(db: Path | str, urut: int) -> subprocess.CompletedProcess[str]:
    return cli(db, "laporan", "kirim", "1", "--periode", str(urut), "--oleh", KETUA,
               "--progres", "50", "--isi", "Kegiatan berjalan sesuai rencana", "--json")


_BUNUH = textwrap.dedent("""
    import os
    from pathlib import Path
    from sistemkerja_desktop.services import laporan_tulis as lt
    from sistemkerja_desktop.services.container import build_services
    real = lt.lm.add_riwayat
    def add(s, *a, **kw):
        real(s, *a, **kw)
        s.flush()  # the report's INSERT/UPDATE and its history are sent; no commit comes
        os.kill(os.getpid(), 9)
    lt.lm.add_riwayat = add
    svc = build_services({db!r}, create=False)
    {call}
    print("SELESAI TANPA DIBUNUH")
""")


def test_a_send_killed_inside_its_transaction_changes_nothing(db):
    target = _belum(db)
    before = _tabel(db, "SELECT count(*) FROM laporan")
    call = ("from sistemkerja_desktop.domain.laporan import IsiLaporan\n"
            f"svc.laporan.simpan(1, periode={target['periode_urut']}, oleh_nip={KETUA!r}, "
            "isi=IsiLaporan(progres=50, narasi='x'))")
    proc = python(_BUNUH.format(db=str(db), call=call))
    assert proc.returncode == -9, (proc.stdout, proc.stderr)
    assert _tabel(db, "SELECT count(*) FROM laporan") == before
    assert _belum(db)["periode"] == target["periode"]  # still not started
    _whole(db)
    proc = _kirim(db, target["periode_urut"])
    assert proc.returncode == 0, proc.stderr
    sent = next(r for r in _daftar(db) if r["periode"] == target["periode"]
                and r["jenis"] == "ketua")
    assert sent["status"] == "dikirim" and sent["id"] is not None


def test_a_review_killed_inside_its_transaction_changes_nothing(db):
    target = _belum(db)
    assert _kirim(db, target["periode_urut"]).returncode == 0
    sent = next(r for r in _daftar(db) if r["periode"] == target["periode"]
                and r["jenis"] == "ketua")
    reviewer = sent["menunggu"]["nip"]
    riwayat = _tabel(db, f"SELECT count(*) FROM riwayat_laporan WHERE laporan_id = {sent['id']}")
    call = f"svc.laporan.tinjau({sent['id']}, oleh_nip={reviewer!r}, terima=True)"
    proc = python(_BUNUH.format(db=str(db), call=call))
    assert proc.returncode == -9, (proc.stdout, proc.stderr)
    again = next(r for r in _daftar(db) if r["id"] == sent["id"])
    assert again == sent  # still waiting for the same reviewer, nothing half-recorded
    assert _tabel(db, "SELECT count(*) FROM riwayat_laporan WHERE laporan_id = "
                      f"{sent['id']}") == riwayat
    _whole(db)
    proc = cli(db, "laporan", "tinjau", str(sent["id"]), "--oleh", reviewer, "--terima")
    assert proc.returncode == 0, proc.stderr
    assert next(r for r in _daftar(db) if r["id"] == sent["id"])["status"] == "diterima"


def test_two_processes_sending_one_period_record_one_report(db, tmp_path):
    target = _belum(db)
    barrier = tmp_path / "mulai"
    code = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from sistemkerja_desktop.cli.main import main
        while not Path({barrier!r}).exists():
            time.sleep(0.005)
        sys.exit(main(["--db", {db!r}, "laporan", "kirim", "1", "--periode", {urut!r},
                       "--oleh", {nip!r}, "--progres", {progres!r}, "--isi", "uraian"]))
    """)
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(python, code.format(
            barrier=str(barrier), db=str(db), urut=str(target["periode_urut"]), nip=KETUA,
            progres=progres)) for progres in ("40", "60")]
        barrier.touch()
        procs = [f.result() for f in futures]
    assert sorted(p.returncode for p in procs) == [0, 2], [p.stderr for p in procs]
    loser = next(p for p in procs if p.returncode == 2)
    assert "Traceback" not in loser.stderr and "sudah dikirim" in loser.stderr, loser.stderr
    kunci = _tabel(db, "SELECT kunci, progres FROM laporan WHERE tim_id = 1 AND jenis = 'ketua' "
                       f"AND periode_urut = {target['periode_urut']}")
    assert len(kunci) == 1 and kunci[0][1] in (40, 60)
    assert _tabel(db, "SELECT count(*) FROM riwayat_laporan r JOIN laporan l ON l.id = "
                      "r.laporan_id WHERE l.kunci = ?".replace("?", repr(kunci[0][0]))) == [(1,)]
    _whole(db)


_BUNUH_SEBELUM_COMMIT = textwrap.dedent("""
    import os
    from pathlib import Path
    from sqlalchemy.orm.session import SessionTransaction
    real = SessionTransaction.commit
    def commit(self, _to_root=False):
        if self._parent is not None:  # a flush's own subtransaction
            return real(self, _to_root)
        self.session.flush()  # every row of the use case is sent; the commit never comes
        os.kill(os.getpid(), 9)
    SessionTransaction.commit = commit
    from sistemkerja_desktop.services.container import build_services
    svc = build_services({db!r}, create=False)
    {call}
    print("SELESAI TANPA DIBUNUH")
""")

PUO = "197508222000032902"  # Sri Rahayuningsih, Plt. Kepala Bidang Kesehatan Masyarakat

_TULIS = {
    "indikator tambah": ("svc.kinerja.tambah(tahun=2026, indikator='Cakupan imunisasi dasar', "
                         "target='95', satuan='%')",
                         "SELECT count(*) FROM indikator_kinerja"),
    "indikator tautkan": ("svc.kinerja.tautkan(None, tim_id=1)",
                          "SELECT count(*) FROM dukungan_indikator"),
    "laporan minta": ("import datetime as dt\n"
                      f"svc.laporan.minta(1, oleh_nip={PUO!r}, dari='ketua', "
                      "batas=dt.date(2026, 12, 20))",
                      "SELECT count(*) FROM laporan"),
}


@pytest.mark.parametrize("name", list(_TULIS))
def test_other_laporan_writes_killed_inside_their_transaction_change_nothing(db, name):
    call, count = _TULIS[name]
    before = (_tabel(db, count), _tabel(db, "SELECT count(*) FROM audit_log"))
    proc = python(_BUNUH_SEBELUM_COMMIT.format(db=str(db), call=call))
    assert proc.returncode == -9, (proc.stdout, proc.stderr)
    assert (_tabel(db, count), _tabel(db, "SELECT count(*) FROM audit_log")) == before
    _whole(db)
