#!/usr/bin/env python3
"""Benchmark for issue #8 item 5: reading a 100,000-row pegawai list. One command:

    .venv/bin/python benchmarks/bench_impor_besar.py [--baris 100000] [--ulang 3]

The list is the app's own export format (17 columns, 1.7 million cells: within the reader's
limits of 200 MB inflated / 2 million cells / 300 columns). Each run reads it in a fresh
process (`read_table` with a progress callback, then `parse_table`) and reports, median of runs:
  read_s        reading the sheet (streamed, read-only)
  parse_s       checking every row (domain.impor.parse_table)
  peak_rss_mb   peak resident memory of that process
  progress      how many progress calls the reader made; `cli_lines` how many lines the CLI's
                reporter (one per 3 s, none in the first 3 s) would have printed
and the file's size on disk, inflated, and its largest part's compression ratio (the zip-bomb
limit refuses a part over 5 MB that inflates more than 100 times).
Results are printed and written to benchmarks/out/impor_besar.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from sistemkerja_desktop.exporters.xlsx.pegawai_xlsx import (
    PegawaiExportRow,
    write_pegawai_xlsx,
)

_CHILD = r"""
import json, resource, sys, time
from sistemkerja_desktop.cli.impor_kemajuan import LaporanBaca
from sistemkerja_desktop.domain.impor import parse_table
from sistemkerja_desktop.exporters.xlsx.pegawai_xlsx import read_table

calls = []
class Diam:
    def write(self, text): pass
    def flush(self): pass
laporan = LaporanBaca("besar.xlsx", stream=Diam())
def progress(done, total):
    calls.append((done, total))
    laporan(done, total)
start = time.perf_counter()
table, _ = read_table(sys.argv[1], progress=progress)
read_s = time.perf_counter() - start
start = time.perf_counter()
plan = parse_table(table)
parse_s = time.perf_counter() - start
print(json.dumps({"read_s": read_s, "parse_s": parse_s, "rows": plan.total_rows,
                  "valid": len(plan.records), "progress": len(calls),
                  "last_progress": calls[-1], "cli_lines": laporan.lines,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_list(path: Path, n: int) -> None:
    rows = (PegawaiExportRow(
        nip=f"19{60 + i // 10_000 % 40:02d}{1 + i // 1000 % 10:02d}01199303{1 + i % 2}"
            f"{i % 1000:03d}",
        nama=f"Pegawai Nomor {i}", gelar_belakang="S.Kep.", pangkat="Penata", golongan="III/c",
        jabatan="Perawat Ahli Muda", jenis_jabatan="Fungsional", jenjang="Ahli Muda",
        unit=f"UPTD Puskesmas {i % 40} / Seksi Pelayanan", nip_atasan="", status="PNS",
        pendidikan="S1 Keperawatan", email=f"p{i}@dinkes.go.id", telepon="081234567890",
        kompetensi="Asuhan keperawatan") for i in range(n))
    write_pegawai_xlsx(rows, path, title="DAFTAR PEGAWAI UJI BEBAN")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baris", type=int, default=100_000)
    parser.add_argument("--ulang", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "besar.xlsx"
        make_list(path, args.baris)
        with zipfile.ZipFile(path) as z:
            parts = z.infolist()
        biggest = max(parts, key=lambda i: i.file_size)
        runs = []
        for _ in range(args.ulang):
            out = subprocess.run([sys.executable, "-c", _CHILD, str(path)], cwd=ROOT, check=True,
                                 capture_output=True, text=True).stdout
            runs.append(json.loads(out))
        result = {
            "baris": args.baris,
            "berkas_mb": round(path.stat().st_size / 2**20, 1),
            "dibuka_mb": round(sum(i.file_size for i in parts) / 2**20, 1),
            "rasio_bagian_terbesar": round(biggest.file_size / biggest.compress_size, 1),
            **{key: round(statistics.median(r[key] for r in runs), 2)
               for key in ("read_s", "parse_s", "peak_rss_mb")},
            "rows": runs[0]["rows"], "valid": runs[0]["valid"],
            "progress": runs[0]["progress"], "cli_lines": runs[0]["cli_lines"],
        }
    for key, value in result.items():
        print(f"{key:>22}: {value}")
    out_dir = ROOT / "benchmarks" / "out"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "impor_besar.json").write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
