"""`sistemkerja pantau [--tanggal D] [--json]` and `sistemkerja pantau ekspor -o FILE.pdf
[--tanggal D]` (issue #11): the monitoring dashboard — active teams, reports due / overdue /
waiting for review, pending penugasan requests, workload, the chart series — and its PDF for
the pimpinan's meeting (`services.pantauan`). Read-only on the data file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sistemkerja_desktop.cli import laporan_tampil as tampil
from sistemkerja_desktop.cli.common import EXIT_OK, tanggal
from sistemkerja_desktop.services.container import Services


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "pantau", help="pantauan: tim aktif, laporan jatuh tempo/terlambat/menunggu tinjauan, "
                       "permohonan menunggu, beban kerja",
        description="Pantauan sistem kerja pada suatu tanggal; `pantau ekspor -o BERKAS.pdf` "
                    "mencetaknya (A4 mendatar, dengan grafik) untuk rapat pimpinan.")
    p.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                   help="tanggal acuan (bawaan: hari ini)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    psub = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    psub.required = False
    eks = psub.add_parser("ekspor", help="cetak pantauan ke PDF")
    eks.add_argument("-o", "--keluaran", required=True, type=Path, metavar="BERKAS.pdf",
                     help="berkas PDF keluaran")
    # SUPPRESS: `pantau --tanggal D ekspor -o f` keeps the date given before `ekspor`
    eks.add_argument("--tanggal", type=tanggal, default=argparse.SUPPRESS, metavar="YYYY-MM-DD",
                     help="tanggal acuan (bawaan: hari ini)")


def _cmd_pantau(svc: Services, a: argparse.Namespace) -> int:
    data = svc.pantauan.pantauan(a.tanggal)
    if a.json:
        json.dump(data.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        tampil.pantauan(data)
    return EXIT_OK


def _cmd_ekspor(svc: Services, a: argparse.Namespace) -> int:
    path = svc.pantauan.ekspor_pdf(a.keluaran, a.tanggal)
    print(f"Pantauan per {(a.tanggal or svc.ctx.today()).isoformat()} ditulis ke {path}")
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("pantau", None): _cmd_pantau, ("pantau", "ekspor"): _cmd_ekspor,
}
