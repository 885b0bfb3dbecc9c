"""`sistemkerja profil …`: list the regulation profiles (no database needed) and switch the
agency's profile (`profil pakai KODE`, issue #9) as Pengaturan Perangkat Daerah does."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_OK
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.profiles import get_profile, list_profiles
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.profil_service import (
    GantiProfil,
    KeadaanDasar,
    PerubahanPeriksa,
    per_kode,
)


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    profil = sub.add_parser("profil", help="profil peraturan bupati")
    psub = profil.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    psub.required = True
    psub.add_parser("daftar", help="daftar profil yang tersedia (tanpa berkas data)")
    pakai = psub.add_parser(
        "pakai", help="ganti profil peraturan Perangkat Daerah (seperti Pengaturan Perangkat "
                      "Daerah): Mengingat/Dasar yang masih bawaan profil lama ikut diganti, lalu "
                      "perubahan hasil `periksa` dicetak")
    pakai.add_argument("kode", metavar="KODE", type=_kode,
                       help="kode profil (lihat `profil daftar`)")
    pakai.add_argument("--json", action="store_true", help="keluaran JSON")


def _kode(text: str) -> str:
    """argparse type: a known profile code, else the message listing the codes (exit 2)."""
    try:
        return get_profile(text.strip()).kode
    except SistemKerjaError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def cmd_daftar(_a: argparse.Namespace) -> int:
    """Needs no database: the profiles are part of the application."""
    for prof in list_profiles():
        print(f"{prof.kode:<14} {prof.nama}")
    return EXIT_OK


def _cmd_pakai(svc: Services, a: argparse.Namespace) -> int:
    kode = a.kode
    if svc.agency.get_agency().profil == kode:
        if a.json:
            _emit({"profil_lama": kode, "profil_baru": kode, "diubah": False,
                   "dasar_hukum": [], "periksa": {"muncul": [], "hilang": []}})
        else:
            print(f"Profil peraturan sudah {kode}; tidak ada yang diubah.")
        return EXIT_OK
    hasil, _ = svc.profil.pakai(kode)
    if a.json:
        _emit(_as_json(hasil))
    else:
        _print(hasil)
    return EXIT_OK


def _finding(f: Finding) -> dict[str, Any]:
    return {"kode": f.kode, "tingkat": f.tingkat.value, "pesan": f.pesan, "nip": f.nip,
            "dasar": f.dasar}


def _jumlah(findings: tuple[Finding, ...]) -> dict[str, int]:
    galat, peringatan = PerubahanPeriksa.jumlah(findings)
    return {"galat": galat, "peringatan": peringatan}


def _as_json(h: GantiProfil) -> dict[str, Any]:
    p = h.periksa
    return {
        "profil_lama": h.lama.profil, "profil_baru": h.baru.profil, "diubah": True,
        "dasar_hukum": [{"daftar": d.daftar, "tempat": d.label, "tim_id": d.tim_id,
                         "keadaan": d.keadaan.value} for d in h.dasar_hukum],
        "periksa": {"sebelum": _jumlah(p.sebelum), "sesudah": _jumlah(p.sesudah),
                    "muncul": [_finding(f) for f in p.muncul],
                    "hilang": [_finding(f) for f in p.hilang]},
    }


def _print(h: GantiProfil) -> None:
    print(f"Profil peraturan diganti: {h.lama.profil} → {h.baru.profil} "
          f"({get_profile(h.baru.profil).nama}).")
    if h.dasar_hukum:
        print("Dasar hukum (Mengingat / Dasar Surat Tugas):")
        for keadaan in KeadaanDasar:
            items = [d for d in h.dasar_hukum if d.keadaan is keadaan]
            if items:
                print(f"  {keadaan.label}:")
                for d in items:
                    print(f"    - {d.label}")
    diubah = [d for d in h.dasar_hukum if d.keadaan is KeadaanDasar.DISIMPAN]
    if diubah:
        print(f"peringatan: {len(diubah)} daftar dasar hukum berisi teks ubahan dan disimpan apa "
              "adanya; periksa manual apakah masih sesuai profil baru.", file=sys.stderr)
    p = h.periksa
    sg, sp = PerubahanPeriksa.jumlah(p.sebelum)
    dg, dp = PerubahanPeriksa.jumlah(p.sesudah)
    print(f"Periksa kedudukan: sebelum {sg} galat, {sp} peringatan; sesudah {dg} galat, "
          f"{dp} peringatan.")
    for judul, items in (("muncul", p.muncul), ("hilang", p.hilang)):
        if not items:
            print(f"Temuan yang {judul}: tidak ada.")
            continue
        ringkas = ", ".join(f"{kode} {n}" for kode, n in per_kode(items))
        print(f"Temuan yang {judul} ({len(items)}): {ringkas}")
        for f in items:
            print(f"  [{f.tingkat.value.upper()}] {f.kode}: {f.pesan}\n      dasar: {f.dasar}")


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# Commands that open no database (the profiles ship with the application).
NO_DATABASE: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("profil", "daftar"): cmd_daftar,
}
COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("profil", "pakai"): _cmd_pakai,
}
