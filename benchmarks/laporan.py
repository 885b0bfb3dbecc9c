#!/usr/bin/env python3
"""Benchmark for issue #11: the report tracker and the monitoring dashboard at 500 active
teams × 12 monthly periods. One command:

    .venv/bin/python benchmarks/laporan.py [--tim 500] [--pegawai 3000] [--ulang 5]
                                           [--profil kapuas-hulu] [--hasil BERKAS.json]

Builds a generated agency (`DemoService.create_generated`), switches it to the profile, then
writes (direct bulk inserts, one transaction) `--tim` active teams running the whole year
(monthly reports: 12 periods), each with a ketua and four members, and a realistic share of
stored reports for the periods already due: the ketua's report for 85 % of them (mostly
accepted, some waiting for review or returned, a few sent late) and each member's report to the
ketua for half of them, on the chain the profile prescribes (`domain.laporan_alur.rute`).
Then times (median of runs, ms) `LaporanService.daftar(tanggal=…)`, `daftar(tim_id=…)`,
`perlu_tindakan` of the busiest reviewer and `PantauanService.pantauan()` — target < 200 ms
each. Results are printed and written to benchmarks/out/laporan.json (or --hasil).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from _common import median_time  # noqa: E402 - benchmarks/ is on sys.path as a script
from sqlalchemy import insert, select  # noqa: E402

from sistemkerja_desktop.db.laporan_mapping import kunci, rute_json  # noqa: E402
from sistemkerja_desktop.db.models_laporan import LaporanRow  # noqa: E402
from sistemkerja_desktop.db.models_tim import AnggotaTimRow, TimRow  # noqa: E402
from sistemkerja_desktop.domain.laporan import JenisLaporan, jadwal  # noqa: E402
from sistemkerja_desktop.domain.laporan_alur import rute  # noqa: E402
from sistemkerja_desktop.domain.profiles import get_profile  # noqa: E402
from sistemkerja_desktop.domain.tim import FrekuensiLaporan  # noqa: E402
from sistemkerja_desktop.services.container import Services, build_services  # noqa: E402

TODAY = dt.date(2026, 11, 27)
MULAI, SELESAI = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
TARGET_MS = 200.0
ANGGOTA = 4
TOPIK = ("Percepatan Penurunan Stunting", "Surveilans dan Respons KLB", "Akreditasi Puskesmas",
         "Penyusunan Renja", "Imunisasi Dasar Lengkap", "Sanitasi Total Berbasis Masyarakat",
         "Pengendalian TB", "Kesehatan Jiwa", "Pelayanan Lansia", "Gizi Masyarakat")


def _row(**values: object) -> dict[str, object]:
    return {"uuid": str(uuid.uuid4()), "versi": 1, **values}


def build(svc: Services, n_tim: int, profil: str, seed: int = 11) -> dict[str, object]:
    """Write `n_tim` teams and their reports; return what was written."""
    rng = random.Random(seed)
    profile = get_profile(profil)
    struktur = svc.agency.struktur()
    staff = [p for p in struktur.pegawai if p.jabatan and p.jabatan.is_jf_or_pelaksana
             and not p.eksternal and p.unit_id is not None]
    if len(staff) < ANGGOTA + 1:
        raise SystemExit("agensi terlalu kecil")
    periods = jadwal(profile, MULAI, SELESAI, FrekuensiLaporan.BULANAN)
    due = [p for p in periods if p.jatuh_tempo <= TODAY]
    rute_ketua = rute_json(rute(profile, JenisLaporan.KETUA))
    rute_anggota = rute_json(rute(profile, JenisLaporan.ANGGOTA))
    start = time.perf_counter()
    status: Counter[str] = Counter()
    with svc.ctx.session("tolok ukur: tim dan laporan") as s:
        first = (s.scalar(select(TimRow.id).order_by(TimRow.id.desc()).limit(1)) or 0) + 1
        tims, members, reports = [], [], []
        for i in range(n_tim):
            tim_id = first + i
            people = rng.sample(staff, ANGGOTA + 1)
            tims.append(_row(id=tim_id, nama=f"Tim Kerja {rng.choice(TOPIK)} {i + 1}",
                             jenis="tim-kerja", sasaran="", unit_pemilik_id=people[0].unit_id,
                             mulai=MULAI, selesai=SELESAI, frekuensi_laporan="bulanan",
                             status="aktif", kebutuhan="", menimbang="", mengingat="", dasar="",
                             tembusan="", sumber_biaya=""))
            for j, p in enumerate(people):
                members.append(_row(tim_id=tim_id, pegawai_id=p.id, urutan=j,
                                    peran="Ketua" if j == 0 else "Anggota", jabatan_dalam_tim="",
                                    asal="Dalam unit pemilik kinerja", persetujuan="tidak perlu",
                                    alasan_persetujuan="", pengganti=False, alasan_pengganti="",
                                    sementara=False, dasar_sementara=""))
            for per in due:
                if rng.random() < 0.85:
                    reports.append(_laporan(rng, JenisLaporan.KETUA, tim_id, people[0].id, per,
                                            rute_ketua, status))
                for p in people[1:]:
                    if rng.random() < 0.5:
                        reports.append(_laporan(rng, JenisLaporan.ANGGOTA, tim_id, p.id, per,
                                                rute_anggota, status))
        s.execute(insert(TimRow), tims)
        s.execute(insert(AnggotaTimRow), members)
        s.execute(insert(LaporanRow), reports)
    return {"tim": n_tim, "periode": len(periods), "periode_jatuh_tempo": len(due),
            "laporan_tersimpan": len(reports), "status": dict(status),
            "tulis_s": round(time.perf_counter() - start, 2)}


def _laporan(rng: random.Random, jenis: JenisLaporan, tim_id: int, pelapor_id: int, per,
             rute_text: str, status: Counter[str]) -> dict[str, object]:
    roll = rng.random()
    st = "diterima" if roll < 0.78 else "dikirim" if roll < 0.92 else "perlu-perbaikan"
    dikirim = per.jatuh_tempo + dt.timedelta(days=rng.randint(-6, 4))
    dikirim = min(max(dikirim, per.selesai), TODAY)
    status[f"{jenis.value} {st}"] += 1
    return _row(jenis=jenis.value, tim_id=tim_id, permohonan_id=None, pelapor_id=pelapor_id,
                kunci=kunci(jenis, tim_id, None, pelapor_id, per.urut), periode_urut=per.urut,
                periode_label=per.label, periode_mulai=per.mulai, periode_selesai=per.selesai,
                jatuh_tempo=per.jatuh_tempo, status=st, tahap=0, rute=rute_text,
                dikirim=dikirim, diterima=dikirim + dt.timedelta(days=2) if st == "diterima"
                else None, diminta_oleh="", diminta_oleh_id=None,
                progres=min(100, per.urut * 8 + rng.randint(0, 10)),
                narasi=f"Pelaksanaan tugas {per.label}", permasalahan="", rekomendasi="")


def measure(svc: Services, runs: int) -> dict[str, dict[str, float | int]]:
    lap, pan = svc.laporan, svc.pantauan
    semua = lap.daftar(tanggal=TODAY)
    busiest = Counter(r.menunggu.nip for r in semua if r.menunggu).most_common(1)
    nip = busiest[0][0] if busiest else ""
    tim_id = next(r.tim_id for r in semua if r.tim_id is not None)
    cases = {
        "daftar(tanggal)": lambda: lap.daftar(tanggal=TODAY),
        "daftar(tim_id)": lambda: lap.daftar(tanggal=TODAY, tim_id=tim_id),
        "daftar(status=dikirim)": lambda: lap.daftar(tanggal=TODAY, status="dikirim"),
        "perlu_tindakan (terbanyak)": lambda: lap.perlu_tindakan(nip, TODAY),
        "pantauan()": lambda: pan.pantauan(TODAY),
    }
    out: dict[str, dict[str, float | int]] = {}
    for label, fn in cases.items():
        result = fn()  # warm, and the count
        rows = (result.laporan_terlambat if label == "pantauan()" else len(result))
        out[label] = {"ms": round(median_time(fn, runs) * 1000, 2), "baris": rows}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tim", type=int, default=500)
    ap.add_argument("--pegawai", type=int, default=3000)
    ap.add_argument("--ulang", type=int, default=5)
    ap.add_argument("--profil", default="kapuas-hulu")
    ap.add_argument("--hasil", type=Path, default=ROOT / "benchmarks" / "out" / "laporan.json")
    a = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-laporan-"))
    try:
        svc = build_services(work / "laporan.sqlite", today=lambda: TODAY)
        try:
            svc.demo.create_generated(a.pegawai, seed=4)
            if a.profil != "generic":
                svc.profil.pakai(a.profil)
            data = build(svc, a.tim, a.profil)
            hasil = measure(svc, a.ulang)
        finally:
            svc.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    a.hasil.parent.mkdir(parents=True, exist_ok=True)
    a.hasil.write_text(json.dumps({"pegawai": a.pegawai, "profil": a.profil, "data": data,
                                   "target_ms": TARGET_MS, "hasil": hasil}, indent=2,
                                  ensure_ascii=False), encoding="utf-8")
    print(f"{data['tim']} tim × {data['periode']} periode ({data['periode_jatuh_tempo']} sudah "
          f"jatuh tempo), {data['laporan_tersimpan']} laporan tersimpan, ditulis dalam "
          f"{data['tulis_s']} s; profil {a.profil}, {a.pegawai} pegawai")
    print(f"  {'PENGUKURAN':<30} {'MS':>9}  {'BARIS':>6}")
    for label, v in hasil.items():
        verdict = "OK" if v["ms"] < TARGET_MS else "LAMBAT"
        print(f"  {label:<30} {v['ms']:9.2f}  {v['baris']:>6}  (target < {TARGET_MS:g} ms)  "
              f"{verdict}")
    print(f"Hasil di {a.hasil}")
    return 0 if all(v["ms"] < TARGET_MS for v in hasil.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
