#!/usr/bin/env python3
"""Benchmark for issue #12: exchange packages of a large office. One command:

    .venv/bin/python benchmarks/paket.py [--pegawai 5000] [--ubah 200] [--ulang 3]
                                         [--hasil BERKAS.json]

Builds a generated agency (`DemoService.create_generated`), copies the file (laptop B), changes
`--ubah` pegawai on each side (a tenth of them the same field differently: conflicts), then times
(median of runs, seconds) B's whole-office `paket ekspor`, A's `periksa` and A's `impor --coba`
(the whole merge, rolled back), and the package size. Targets (application rules): ekspor and
periksa ≤ 5 s, impor ≤ 10 s at 5,000 pegawai on an office laptop. Results are printed and
written to benchmarks/out/paket.json (or --hasil); exit 1 when a figure is over its target.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from _common import median_time  # noqa: E402 - benchmarks/ is on sys.path as a script
from sqlalchemy import select  # noqa: E402

from sistemkerja_desktop.db.models import PegawaiRow  # noqa: E402
from sistemkerja_desktop.domain.paket_gabung import Pilihan  # noqa: E402
from sistemkerja_desktop.services.container import build_services  # noqa: E402

TARGET = {"ekspor": 5.0, "periksa": 5.0, "impor_coba": 10.0}


def _ubah(svc, indexes, field, value) -> None:
    with svc.ctx.session("benchmark") as s:
        rows = s.scalars(select(PegawaiRow).order_by(PegawaiRow.nip)).all()
        for i in indexes:
            setattr(rows[i], field, f"{value}-{i}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pegawai", type=int, default=5000)
    ap.add_argument("--ubah", type=int, default=200)
    ap.add_argument("--ulang", type=int, default=3)
    ap.add_argument("--hasil", type=Path, default=ROOT / "benchmarks" / "out" / "paket.json")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-paket-"))
    try:
        svc_a = build_services(work / "a.sqlite")
        svc_a.demo.create_generated(a.pegawai)
        svc_a.close()
        shutil.copy(work / "a.sqlite", work / "b.sqlite")
        svc_a, svc_b = build_services(work / "a.sqlite"), build_services(work / "b.sqlite")
        n = min(a.ubah, a.pegawai // 3)
        _ubah(svc_a, range(0, n), "telepon", "A")
        _ubah(svc_b, range(n, 2 * n), "email", "B")
        konflik = range(2 * n, 2 * n + max(1, n // 10))
        _ubah(svc_a, konflik, "kompetensi", "A")
        _ubah(svc_b, konflik, "kompetensi", "B")
        paket = work / "b.skp"
        hasil = {
            "ekspor": median_time(lambda: svc_b.paket.ekspor(paket), a.ulang),
            "periksa": median_time(lambda: svc_a.paket.periksa(paket), a.ulang),
            "impor_coba": median_time(lambda: svc_a.paket.impor(
                paket, bawaan=Pilihan.MEREKA, coba=True), a.ulang),
        }
        pra = svc_a.paket.periksa(paket)
        data = {"pegawai": a.pegawai, "ubah_per_sisi": n, "rekaman": sum(
            json.loads(json.dumps(svc_b.paket.ekspor(paket).jumlah)).values()),
            "ukuran_kb": round(paket.stat().st_size / 1024), "diubah": pra.jumlah("ubah"),
            "konflik": len(pra.konflik)}
        svc_a.close()
        svc_b.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    out = {"data": data, "hasil_detik": {k: round(v, 3) for k, v in hasil.items()},
           "target_detik": TARGET}
    a.hasil.parent.mkdir(parents=True, exist_ok=True)
    a.hasil.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(json.dumps(out, indent=2))
    return 1 if any(hasil[k] > TARGET[k] for k in TARGET) else 0


if __name__ == "__main__":
    raise SystemExit(main())
