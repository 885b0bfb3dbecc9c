"""`sistemkerja unit …`: the unit tree (README "CLI")."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_OK
from sistemkerja_desktop.domain.nip import format_nip
from sistemkerja_desktop.services.container import Services


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    unit = sub.add_parser("unit", help="unit kerja (struktur organisasi)")
    usub = unit.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    usub.required = True
    daf = usub.add_parser("daftar", help="daftar unit sebagai pohon")
    daf.add_argument("--json", action="store_true",
                     help="keluaran JSON: [{nama, jalur, induk, jenis, nip_kepala}]")


def _cmd_daftar(svc: Services, a: argparse.Namespace) -> int:
    rows = svc.units.daftar()
    if a.json:
        json.dump([r.as_json() for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not rows:
        print("Belum ada unit.")
        return EXIT_OK
    for r in rows:
        kepala = f"kepala {format_nip(r.nip_kepala)}" if r.nip_kepala else "tanpa kepala"
        tanda = "  [induk belum diketahui]" if r.induk_tidak_diketahui else ""
        print(f"{'    ' * (r.tingkat - 1)}{r.nama} ({r.jenis}; {kepala}){tanda}")
    print(f"{len(rows)} unit.")
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("unit", "daftar"): _cmd_daftar,
}
