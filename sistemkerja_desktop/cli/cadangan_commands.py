"""`sistemkerja cadangan …` (issue #8): copies of the open data file.

`cadangan buat -o FILE` writes a consistent copy through SQLite's online backup API: changes
another program has committed but SQLite still keeps in the `-wal` are in the copy (a file
manager's copy of the `.sqlite` alone would miss them). Without `-o` the copy is an automatic
backup beside the data file (`NAMA.cadangan-YYYYMMDD-HHMMSS.sqlite`). `cadangan daftar` lists
those backups, newest first. The data file itself, its -wal/-shm and its backups are never
overwritten (exit 2, nothing written). `cadangan daftar` and `cadangan pulihkan CADANGAN` work
on the file without opening it, so they also serve a file too damaged to open: `pulihkan` keeps
the current file (`NAMA.rusak-….sqlite`) before putting the backup in its place."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_INPUT, EXIT_OK
from sistemkerja_desktop.services import file_lock
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.data_file_service import list_backups
from sistemkerja_desktop.services.open_recovery import restore_after_failure


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    cad = sub.add_parser("cadangan", help="salinan dan cadangan berkas data")
    csub = cad.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    csub.required = True
    buat = csub.add_parser(
        "buat", help="buat salinan utuh berkas data yang sedang dipakai (aman walau aplikasi "
                     "sedang terbuka)",
        description="Salinan dibuat lewat API cadangan SQLite, sehingga perubahan terakhir "
                    "(yang masih di berkas -wal) ikut tersalin. Jangan menyalin berkas .sqlite "
                    "dengan tangan selagi aplikasi terbuka.")
    buat.add_argument("-o", "--output", type=Path, metavar="BERKAS.sqlite",
                      help="berkas salinan (bawaan: cadangan NAMA.cadangan-TANGGAL-JAM.sqlite "
                           "di samping berkas data)")
    daftar = csub.add_parser("daftar", help="daftar cadangan otomatis berkas data, terbaru dulu")
    daftar.add_argument("--json", action="store_true", help="keluaran JSON")
    pulih = csub.add_parser(
        "pulihkan", help="ganti berkas data dengan cadangan (juga bila berkas rusak)",
        description="Berkas data yang sekarang disimpan dulu sebagai NAMA.rusak-TANGGAL-JAM."
                    "sqlite (tidak ada yang dihapus), lalu cadangan dipasang. Tutup dulu aplikasi "
                    "yang membuka berkas ini.")
    pulih.add_argument("cadangan", type=Path, metavar="CADANGAN.sqlite",
                       help="berkas cadangan (lihat `cadangan daftar`)")


def _ukuran(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB".replace(".", ",")
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def _cmd_buat(svc: Services, a: argparse.Namespace) -> int:
    if a.output is None:
        path = svc.files.backup_now()
        what = "Cadangan dibuat"
    else:
        path = svc.files.save_copy(a.output)
        what = "Salinan berkas data dibuat"
    print(f"{what}: {path} ({_ukuran(path.stat().st_size)})")
    return EXIT_OK


def _cmd_daftar(db_path: Path, a: argparse.Namespace) -> int:
    backups = list_backups(db_path)
    if a.json:
        json.dump([{"berkas": str(b.path), "waktu": b.waktu.isoformat(), "ukuran": b.ukuran}
                   for b in backups], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not backups:
        print(f"Belum ada cadangan {db_path.name} di {db_path.parent}.")
        return EXIT_OK
    for b in backups:
        print(f"{b.waktu:%Y-%m-%d %H:%M:%S}  {_ukuran(b.ukuran):>9}  {b.path}")
    return EXIT_OK


def _cmd_pulihkan(db_path: Path, a: argparse.Namespace) -> int:
    holder = file_lock.read_lock(db_path)
    if holder is not None and not file_lock.is_stale(holder):
        print(f"sistemkerja: {db_path.name} sedang dibuka oleh {holder.name} di {holder.host}; "
              "tutup aplikasinya dulu. Tidak ada yang diubah.", file=sys.stderr)
        return EXIT_INPUT
    kept = restore_after_failure(db_path, a.cadangan)
    print(f"Berkas data {db_path.name} dipulihkan dari {a.cadangan.name}.")
    if kept is not None:
        print(f"Berkas sebelumnya disimpan sebagai {kept.name}.")
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[..., int]] = {
    ("cadangan", "buat"): _cmd_buat,
}
# Commands on the data file itself, without opening it (they serve a damaged file too).
FILE_COMMANDS: dict[tuple[str, str | None], Callable[[Path, argparse.Namespace], int]] = {
    ("cadangan", "daftar"): _cmd_daftar, ("cadangan", "pulihkan"): _cmd_pulihkan,
}
