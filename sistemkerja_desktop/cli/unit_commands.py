"""`sistemkerja unit …`: the unit tree (README "CLI")."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_OK
from sistemkerja_desktop.domain.nip import format_nip
from sistemkerja_desktop.domain.organisasi import JenisUnit, Unit, guess_jenis_unit
from sistemkerja_desktop.domain.tipe_unit import label_tipe
from sistemkerja_desktop.services.container import Services


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    unit = sub.add_parser("unit", help="unit kerja (struktur organisasi)")
    usub = unit.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    usub.required = True
    daf = usub.add_parser("daftar", help="daftar unit sebagai pohon")
    daf.add_argument("--json", action="store_true",
                     help="keluaran JSON: [{nama, jalur, induk, jenis, tipe, nip_kepala}]")
    jenis_help = "jenis unit: " + ", ".join(j.value for j in JenisUnit)
    tipe_help = ("Kelas/Tipe RSUD atau UPTD: A, B, C, D, atau \"\" untuk kosong (tambah tanpa "
                 "--tipe: dibaca dari nama, mis. \"RSUD Kelas C\")")
    tambah = usub.add_parser("tambah", help="tambah unit kerja")
    tambah.add_argument("nama", metavar="NAMA")
    tambah.add_argument("--induk", metavar="NAMA UNIT", help="unit induk (nama, jalur, atau kode)")
    tambah.add_argument("--jenis", help=jenis_help + " (bawaan: dibaca dari nama)")
    tambah.add_argument("--tipe", metavar="A|B|C|D", help=tipe_help)
    tambah.add_argument("--kode", default="", help="kode unit (opsional)")
    tambah.add_argument("--mandiri", action="store_true",
                        help="unit kerja mandiri (dipimpin Pejabat Fungsional)")
    ubah = usub.add_parser("ubah", help="ubah unit kerja (yang tidak disebut tetap)")
    ubah.add_argument("unit", metavar="UNIT", help="nama, jalur, atau kode unit")
    ubah.add_argument("--nama")
    ubah.add_argument("--jenis", help=jenis_help)
    ubah.add_argument("--tipe", metavar="A|B|C|D", help=tipe_help)
    ubah.add_argument("--kode")


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
        jenis = f"{r.jenis} {label_tipe(r.jenis)} {r.tipe}" if r.tipe else r.jenis
        print(f"{'    ' * (r.tingkat - 1)}{r.nama} ({jenis}; {kepala}){tanda}")
    print(f"{len(rows)} unit.")
    return EXIT_OK


def _describe(unit: Unit) -> str:
    tipe = f" {label_tipe(unit.jenis)} {unit.tipe}" if unit.tipe else ""
    return f"{unit.nama} ({unit.jenis.value}{tipe})"


def _cmd_tambah(svc: Services, a: argparse.Namespace) -> int:
    induk = svc.teams.unit_by_name(a.induk).id if a.induk else None
    jenis = a.jenis or guess_jenis_unit(a.nama).value
    unit, _ = svc.units.add_unit(a.nama, jenis, induk, mandiri=a.mandiri, kode=a.kode,
                                 tipe=a.tipe)
    print(f"Unit #{unit.id} ditambahkan: {_describe(unit)}")
    return EXIT_OK


def _cmd_ubah(svc: Services, a: argparse.Namespace) -> int:
    unit = svc.teams.unit_by_name(a.unit)
    saved, _ = svc.units.update_unit(
        unit.id, a.nama if a.nama is not None else unit.nama, a.jenis or unit.jenis,
        unit.parent_id, unit.mandiri, a.kode if a.kode is not None else unit.kode,
        versi=unit.versi, tipe=a.tipe)
    print(f"Unit #{saved.id} diubah: {_describe(saved)}")
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("unit", "daftar"): _cmd_daftar,
    ("unit", "tambah"): _cmd_tambah,
    ("unit", "ubah"): _cmd_ubah,
}
