"""`benchmarks/laporan.py` runs (on a small N): it writes the teams and their reports and
reports a figure for each measured call, with row counts that agree with what it wrote. Its
speed is judged by the benchmark itself, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_benchmark_runs_on_a_small_agency(tmp_path):
    hasil = tmp_path / "laporan.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "laporan.py"), "--tim", "12", "--pegawai",
         "400", "--ulang", "1", "--profil", "bungo", "--hasil", str(hasil)],
        capture_output=True, text=True, timeout=300, check=False, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr  # 1: a figure over target (slow machine)
    assert "Traceback" not in done.stderr
    data = json.loads(hasil.read_text(encoding="utf-8"))
    assert data["profil"] == "bungo" and data["data"]["tim"] == 12
    assert data["data"]["periode"] == 12 and data["data"]["periode_jatuh_tempo"] == 10
    r = data["hasil"]
    # every team owes its ketua report for each of the 11 periods begun by the date
    assert r["daftar(tanggal)"]["baris"] == 12 * 11
    assert r["daftar(tim_id)"]["baris"] == 11 * 5  # the ketua's and four members' reports
    status = data["data"]["status"]
    assert r["daftar(status=dikirim)"]["baris"] == status.get("ketua dikirim", 0)
    assert r["pantauan()"]["baris"] >= 0 and r["perlu_tindakan (terbanyak)"]["baris"] > 0
    assert all(v["ms"] > 0 for v in r.values())
    assert "daftar(tanggal)" in done.stdout and "pantauan()" in done.stdout
