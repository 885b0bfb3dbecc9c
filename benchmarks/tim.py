#!/usr/bin/env python3
"""Benchmarks for issue #4 (team rosters and naskah). One command:

    .venv/bin/python benchmarks/tim.py [--ulang 5]

Measures (median of runs) and compares with the targets:
  roster of 50 teams / 5,000 memberships to .xlsx  ≤ 1.5 s  (DocumentService.ekspor_roster)
  SK with a 200-member Lampiran Susunan Tim        ≤ 0.5 s  (DocumentService.cetak_sk_tim, draf)
  Surat Tugas: ours vs LibreOffice                  report    (the same Surat Tugas written as a
      flat ODT (.fodt) and converted with `libreoffice --headless --convert-to pdf`, which is
      what offices do today from a Word template; ratio = our time / LibreOffice's)
Results are printed and written to benchmarks/out/tim.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from _common import median_time  # noqa: E402 - benchmarks/ is on sys.path as a script

from sistemkerja_desktop.domain.tim import Anggota, PeranTim, StatusTim, Tim  # noqa: E402
from sistemkerja_desktop.services.container import build_services  # noqa: E402

TODAY = dt.date(2026, 11, 27)
TARGETS = {"roster_s": 1.5, "sk200_s": 0.5}




def _big_agency(db: Path):
    """5,000 generated pegawai and 50 teams of 100 members (JF/Pelaksana ketua)."""
    svc = build_services(db, today=lambda: TODAY)
    svc.demo.create_generated(5000, seed=4)
    s = svc.agency.struktur()
    staff = [p for p in s.pegawai if p.jabatan and p.jabatan.is_jf_or_pelaksana]
    units = [u for u in s.units if u.parent_id is not None]
    for i in range(50):
        members = staff[(i * 97) % len(staff):] + staff
        ketua = members[0]
        team = [Anggota(ketua.id, PeranTim.KETUA)] + [
            Anggota(p.id) for p in members[1:100]]
        svc.teams.save(Tim(nama=f"Tim Kerja Benchmark {i + 1:02d}", jenis="tim-kerja",
                           unit_pemilik_id=ketua.unit_id or units[0].id,
                           mulai=dt.date(2026, 1, 1), selesai=dt.date(2026, 12, 31),
                           tugas=("menyusun laporan;",), anggota=tuple(team),
                           status=StatusTim.DRAF))
    return svc


def _fodt(text_lines: list[str]) -> str:
    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in text_lines)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            f"<office:body><office:text>{body}</office:text></office:body></office:document>")


def surat_tugas_side_by_side(runs: int, work: Path) -> dict[str, float | str]:
    svc = build_services(work / "demo.sqlite", today=lambda: TODAY)
    svc.demo.create_demo()
    ours = median_time(lambda: svc.dokumen.cetak_surat_tugas(2, work / "st.pdf", draf=True), runs)
    from pypdf import PdfReader

    lines = [x for p in PdfReader(work / "st.pdf").pages for x in p.extract_text().splitlines()]
    svc.close()
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if binary is None:
        return {"ours_s": ours, "libreoffice": "tidak terpasang"}
    src = work / "surat_tugas.fodt"
    src.write_text(_fodt(lines), encoding="utf-8")
    env = dict(os.environ, HOME=str(work / "lo-profile"))
    cmd = [binary, "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
           str(work / "lo"), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, env=env)  # warm the profile once
    lo = median_time(lambda: subprocess.run(cmd, check=True, capture_output=True, env=env), runs)
    return {"ours_s": ours, "libreoffice_s": lo, "ratio": ours / lo}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ulang", type=int, default=5)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-tim-"))
    results: dict[str, object] = {}
    svc = _big_agency(work / "besar.sqlite")
    teams = svc.teams.teams()
    assert len(teams) == 50 and sum(t.jumlah_anggota for t in teams) == 5000
    results["roster_s"] = median_time(lambda: svc.dokumen.ekspor_roster(None, work / "r.xlsx"),
                                  a.ulang)
    big = teams[0].id
    results["sk200_s"] = 0.0
    # grow one team to 200 members for the SK lampiran
    detail = svc.teams.team(big)
    have = {x.pegawai_id for x in detail.tim.anggota}
    extra = [p for p in svc.agency.struktur().pegawai if p.id not in have and p.jabatan
             and p.jabatan.is_jf_or_pelaksana][:100]
    import dataclasses

    svc.teams.save(dataclasses.replace(detail.tim, anggota=(
        *detail.tim.anggota, *(Anggota(p.id) for p in extra))))
    results["sk200_s"] = median_time(lambda: svc.dokumen.cetak_sk_tim(big, work / "sk.pdf",
                                                                  draf=True), a.ulang)
    svc.close()
    results["surat_tugas"] = surat_tugas_side_by_side(a.ulang, work)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "tim.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    for key, target in TARGETS.items():
        value = float(results[key])  # type: ignore[arg-type]
        print(f"{key:<12} {value:7.3f} s  (target ≤ {target} s)  {'OK' if value <= target else 'LAMBAT'}")
    st = results["surat_tugas"]
    print(f"Surat Tugas: kita {st['ours_s']:.3f} s, LibreOffice {st.get('libreoffice_s', '-')} s, "
          f"rasio {st.get('ratio', '-')}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
