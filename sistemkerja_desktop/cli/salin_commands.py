"""`sistemkerja salin --dari A --ke B` (issue #12): an office's data from a SQLite file to a
PostgreSQL server, or back (services/salin_service.py). Opens its own two databases, so `--db`
is not used. Exit 0 copied and verified; 2 refused or failed (nothing written to the target)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_INPUT, EXIT_OK
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.salin_service import salin


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "salin", help="salin seluruh data antara berkas SQLite dan server PostgreSQL",
        description="Menyalin semua data (nomor rekaman, UUID, log audit dengan rantai hash-"
                    "nya) dari --dari ke --ke yang masih KOSONG, dalam satu transaksi, lalu "
                    "mencocokkan jumlah baris tiap tabel dan rantai audit. Keduanya berupa "
                    "berkas (kantor.sqlite atau sqlite:///kantor.sqlite) atau server "
                    "(postgresql://pengguna@server/basisdata; kata sandi lewat $PGPASSWORD atau "
                    ".pgpass). Basis data di server dibuat dulu oleh admin server (createdb). "
                    "Berhenti memakai sumber selama penyalinan.")
    p.add_argument("--dari", required=True, metavar="SUMBER",
                   help="berkas .sqlite atau alamat postgresql:// sumber")
    p.add_argument("--ke", required=True, metavar="TUJUAN",
                   help="berkas .sqlite baru atau alamat postgresql:// basis data kosong")
    p.add_argument("--json", action="store_true", help="keluaran JSON")


def _cmd_salin(a: argparse.Namespace) -> int:
    def progress(tabel: str, n: int) -> None:
        if not a.json and n and n % 5000 == 0:
            print(f"  {tabel}: {n} baris…", file=sys.stderr)

    try:
        hasil = salin(a.dari, a.ke, progress=progress)
    except SistemKerjaError as exc:
        print(f"sistemkerja: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        from sistemkerja_desktop.cli.common import os_error_message

        print(f"sistemkerja: {os_error_message(exc)}", file=sys.stderr)
        return EXIT_INPUT
    if a.json:
        json.dump({"dari": hasil.dari, "ke": hasil.ke, "baris": hasil.baris,
                   "jumlah": hasil.jumlah, "audit": hasil.audit, "jangkar_audit": hasil.jangkar},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    tabel = sum(1 for n in hasil.baris.values() if n)
    print(f"{hasil.jumlah} baris dari {tabel} tabel disalin dari {hasil.dari} ke {hasil.ke}; "
          f"jumlah baris tiap tabel sama, rantai log audit ({hasil.audit} baris) utuh.")
    return EXIT_OK


# Commands that open their own databases (not --db).
NO_DATABASE = {("salin", None): _cmd_salin}
