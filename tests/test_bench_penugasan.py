"""`benchmarks/penugasan.py` runs (on a small N): it writes the requests on real chains and
reports a figure for every filter of the register and the inbox, with row counts that agree with
what it wrote. Its speed is judged by the benchmark itself, not here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_benchmark_runs_on_a_small_agency(tmp_path):
    hasil = tmp_path / "penugasan.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "penugasan.py"), "--permohonan", "60",
         "--pegawai", "400", "--ulang", "1", "--profil", "pasuruan", "--hasil", str(hasil)],
        capture_output=True, text=True, timeout=300, check=False, cwd=ROOT)
    assert done.returncode in (0, 1), done.stderr  # 1: a figure over target (slow machine)
    assert "Traceback" not in done.stderr
    data = json.loads(hasil.read_text(encoding="utf-8"))
    assert data["profil"] == "pasuruan" and data["data"]["permohonan"] == 60
    status = data["data"]["status"]
    assert sum(status.values()) == 60 and status.get("menunggu", 0) > 0
    assert data["data"]["langkah"] > 60  # chains of more than one step among them
    kinds = data["data"]["jenis_lingkup_arah"]
    assert any(k.startswith("sukarela lintas-unit") for k in kinds)
    assert any(k.endswith("lintas-instansi masuk") for k in kinds)
    r = data["hasil"]
    assert r["daftar tanpa filter"]["baris"] == 60
    for s in ("menunggu", "disetujui", "ditolak"):
        assert r[f"daftar status={s}"]["baris"] == status.get(s, 0)
    assert r["daftar untuk_nip (terbanyak)"]["baris"] == r["perlu_tindakan (terbanyak)"]["baris"]
    assert r["jumlah_perlu_tindakan"]["baris"] == r["perlu_tindakan (terbanyak)"]["baris"] > 0
    assert r["daftar teks=NIP"]["baris"] >= 1
    assert r["tabel register tanpa filter"]["baris"] == 60  # the area's table, same rows
    assert r["tabel register status=menunggu"]["baris"] == status.get("menunggu", 0)
    assert data["baca_pertama"]["baris"] == 60
    assert all(v["ms"] > 0 for v in r.values())
    assert "daftar status=menunggu" in done.stdout and " ms " in done.stdout
