"""`sistemkerja` — the command-line contract (README "CLI"). Exit codes: 0 success; 1 `periksa`
or `tim periksa` found a galat; 2 bad input or usage (Indonesian message on stderr; nothing
written)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from sistemkerja_desktop import __version__, paths
from sistemkerja_desktop.cli import (
    bagan_commands,
    cadangan_commands,
    common,
    dokumen_commands,
    impor_kemajuan,
    kinerja_commands,
    laporan_commands,
    paket_commands,
    pantau_commands,
    penugasan_commands,
    profil_commands,
    riwayat_commands,
    salin_commands,
    tim_commands,
    unit_commands,
)
from sistemkerja_desktop.cli.common import EXIT_GALAT, EXIT_INPUT, EXIT_OK
from sistemkerja_desktop.db.server import is_server, parse_target, refuse_file_operation
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.paths import default_db_path
from sistemkerja_desktop.services import open_recovery
from sistemkerja_desktop.services.container import Services, build_services


class _Parser(argparse.ArgumentParser):
    """argparse in Indonesian (usage, headings, -h, error messages); exit code 2 on usage
    errors. Subcommand parsers are of this class too (`parser_class=_Parser`)."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", common.HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = common.POSITIONALS_TITLE
        self._optionals.title = common.OPTIONALS_TITLE
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=common.HELP_HELP)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"{self.prog}: galat: {common.translate_error(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="sistemkerja", description="Sistem Kerja Desktop — baris perintah.",
                epilog="Kode keluar: 0 berhasil; 1 `periksa`/`tim periksa` menemukan galat; 2 "
                       "masukan atau penggunaan salah. Bantuan tiap perintah: sistemkerja "
                       "PERINTAH -h.")
    p.add_argument("--db", metavar="BERKAS",
                   help="berkas basis data SQLite, atau server PostgreSQL postgresql://"
                        "pengguna@server/basisdata (bawaan: $SISTEMKERJA_DB atau folder data "
                        "pengguna)")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                   help=common.VERSION_HELP)
    sub = p.add_subparsers(dest="perintah", metavar="PERINTAH", parser_class=_Parser)
    sub.required = True
    sub.add_parser("demo", help="buat agensi contoh Dinas Kesehatan Kabupaten Contoh (tanpa --db: "
                               "di berkas contoh.sqlite, bukan berkas data Anda)")
    init = sub.add_parser("init", help="buat Perangkat Daerah baru")
    init.add_argument("--pd", required=True, help='nama Perangkat Daerah, mis. "Dinas Kesehatan"')
    init.add_argument("--pemda", required=True, help='mis. "Kabupaten Contoh"')
    init.add_argument("--profil", required=True,
                      help="kode profil peraturan (lihat `profil daftar`)")
    init.add_argument("--tempat", default="", help="tempat penetapan naskah dinas")
    profil_commands.register(sub, _Parser)  # issue #9: daftar, pakai
    peg = sub.add_parser("pegawai", help="impor, ekspor dan daftar pegawai")
    gsub = peg.add_subparsers(dest="aksi", metavar="AKSI", parser_class=_Parser)
    gsub.required = True
    imp = gsub.add_parser("impor", help="impor pegawai dari berkas .xlsx")
    imp.add_argument("berkas", type=Path, metavar="BERKAS.xlsx")
    imp.add_argument("--lewati-tidak-valid", action="store_true",
                     help="impor baris yang valid, laporkan sisanya")
    imp.add_argument("--coba", action="store_true", help="periksa saja, tanpa menyimpan")
    imp.add_argument("--json", action="store_true", help="keluaran JSON")
    eks = gsub.add_parser("ekspor", help="ekspor pegawai ke berkas .xlsx")
    eks.add_argument("berkas", type=Path, metavar="BERKAS.xlsx")
    daf = gsub.add_parser("daftar", help="daftar pegawai")
    daf.add_argument("--json", action="store_true", help="keluaran JSON")
    per = sub.add_parser("periksa", help="periksa kedudukan menurut profil peraturan")
    per.add_argument("--json", action="store_true", help="keluaran JSON")
    tim_commands.register(sub, _Parser)  # issue #4
    dokumen_commands.register(sub, _Parser)  # issue #4
    bagan_commands.register(sub, _Parser)  # issue #3
    unit_commands.register(sub, _Parser)  # issue #7
    cadangan_commands.register(sub, _Parser)  # issue #8
    riwayat_commands.register(sub, _Parser)  # issue #8
    penugasan_commands.register(sub, _Parser)  # issue #10
    laporan_commands.register(sub, _Parser)  # issue #11
    pantau_commands.register(sub, _Parser)  # issue #11
    kinerja_commands.register(sub, _Parser)  # issue #11: indikator, mph
    salin_commands.register(sub, _Parser)  # issue #12: file ⇄ PostgreSQL server
    paket_commands.register(sub, _Parser)  # issue #12: exchange packages
    return p


def _emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_demo(svc: Services, _a: argparse.Namespace) -> int:
    svc.demo.create_demo()
    pd = svc.agency.get_agency()
    n = len(svc.pegawai.rows())
    print(f"Agensi contoh dibuat: {pd.nama} {pd.pemda}, {n} pegawai, di {svc.db_path}")
    return EXIT_OK


def _cmd_init(svc: Services, a: argparse.Namespace) -> int:
    pd = svc.agency.create_agency(PerangkatDaerah(nama=a.pd, pemda=a.pemda, profil=a.profil,
                                                  tempat_penetapan=a.tempat))
    print(f"Perangkat Daerah dibuat: {pd.nama} {pd.pemda} (profil {pd.profil}) di {svc.db_path}")
    return EXIT_OK


def _cmd_impor(svc: Services, a: argparse.Namespace) -> int:
    result, _ = svc.impor.run(a.berkas, skip_invalid=a.lewati_tidak_valid, dry_run=a.coba,
                              read_progress=impor_kemajuan.LaporanBaca(a.berkas.name))
    if a.json:
        _emit_json(result.as_json())
    for e in result.galat:
        print(f"{a.berkas.name}: baris {e.baris}, kolom {e.kolom}: {e.pesan}", file=sys.stderr)
    for pesan in result.peringatan:
        print(f"{a.berkas.name}: peringatan: {pesan}", file=sys.stderr)
    if not a.json:
        verb = "akan" if a.coba or not result.ditulis else "telah"
        if result.galat and not a.lewati_tidak_valid:
            print(f"Tidak ada yang disimpan: {result.ditolak} baris tidak valid.", file=sys.stderr)
        else:
            print(f"{result.ditambah} pegawai {verb} ditambah, {result.diperbarui} {verb} "
                  f"diperbarui, {result.ditolak} baris ditolak.")
    if result.galat and not a.lewati_tidak_valid:
        return EXIT_INPUT
    return EXIT_OK


def _cmd_ekspor(svc: Services, a: argparse.Namespace) -> int:
    n = svc.impor.export(a.berkas)
    print(f"{n} pegawai diekspor ke {a.berkas}")
    return EXIT_OK


def _cmd_daftar(svc: Services, a: argparse.Namespace) -> int:
    rows = svc.pegawai.rows()
    if a.json:
        _emit_json([{"nip": r.nip, "nama": r.nama, "jabatan": r.jabatan,
                     "jenis_jabatan": r.kategori, "jenjang": r.jenjang or None,
                     "golongan": r.golongan or None, "status": r.status, "unit": r.unit,
                     "nip_ppk": r.nip_ppk or None, "ppk": r.ppk, "aktif": r.aktif}
                    for r in rows])
    else:
        print(f"{'NIP':<21}  {'NAMA':<34}  {'JABATAN':<38}  {'UNIT KERJA':<38}  PPK")
        for r in rows:
            print(f"{r.nip_tampil:<21}  {_cut(r.nama, 34)}  {_cut(r.jabatan, 38)}  "
                  f"{_cut(r.unit, 38)}  {r.ppk}")
    return EXIT_OK


def _cut(text: str, width: int) -> str:
    return f"{text:<{width}}" if len(text) <= width else text[:width - 1] + "…"


def _cmd_periksa(svc: Services, a: argparse.Namespace) -> int:
    findings = svc.agency.periksa()
    if a.json:
        _emit_json([{"kode": f.kode, "tingkat": f.tingkat.value, "pesan": f.pesan,
                     "nip": f.nip, "dasar": f.dasar} for f in findings])
    else:
        for f in findings:
            print(f"[{f.tingkat.value.upper()}] {f.kode}: {f.pesan}\n    dasar: {f.dasar}")
        galat = sum(f.tingkat is Tingkat.GALAT for f in findings)
        print(f"{galat} galat, {len(findings) - galat} peringatan.")
    return EXIT_GALAT if any(f.tingkat is Tingkat.GALAT for f in findings) else EXIT_OK


_COMMANDS = {
    ("demo", None): _cmd_demo, ("init", None): _cmd_init,
    ("pegawai", "impor"): _cmd_impor, ("pegawai", "ekspor"): _cmd_ekspor,
    ("pegawai", "daftar"): _cmd_daftar, ("periksa", None): _cmd_periksa,
    **tim_commands.COMMANDS, **dokumen_commands.COMMANDS, **bagan_commands.COMMANDS,
    **unit_commands.COMMANDS, **cadangan_commands.COMMANDS, **riwayat_commands.COMMANDS,
    **profil_commands.COMMANDS, **penugasan_commands.COMMANDS,
    **laporan_commands.COMMANDS, **pantau_commands.COMMANDS,
    **kinerja_commands.COMMANDS, **paket_commands.COMMANDS,
}


# Only these may create the database file; every other command needs an existing one.
_CREATES_DATABASE = frozenset({"demo", "init"})


def main(argv: Sequence[str] | None = None) -> int:
    common.configure_console()
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # a closed pipe surfaces here, not in Python's final flush
    except BrokenPipeError:
        return common.stop_on_broken_pipe()


def _database_path(args: argparse.Namespace) -> Path:
    """`--db`, else $SISTEMKERJA_DB, else the user's data file; `demo` without either writes the
    demo agency to its own file (paths.demo_db_path), never into the user's real data. A
    `postgresql://…` address gives a `ServerPath` (db/server.py)."""
    if args.db:
        return parse_target(args.db)
    env = os.environ.get(paths.DB_ENV, "")
    if args.perintah == "demo" and not env:
        return paths.demo_db_path()
    return parse_target(env) if "://" in env else default_db_path()


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    key = (args.perintah, getattr(args, "aksi", None))
    if key in profil_commands.NO_DATABASE:
        return profil_commands.NO_DATABASE[key](args)
    if key in salin_commands.NO_DATABASE:
        return salin_commands.NO_DATABASE[key](args)
    try:
        db_path = _database_path(args)
    except SistemKerjaError as exc:
        print(f"sistemkerja: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    server = is_server(db_path)
    if key in cadangan_commands.FILE_COMMANDS:
        if server:
            print(f"sistemkerja: {refuse_file_operation(db_path, 'Cadangan').message}",
                  file=sys.stderr)
            return EXIT_INPUT
        if not db_path.exists():
            print(f"sistemkerja: berkas basis data {db_path} tidak ditemukan.", file=sys.stderr)
            return EXIT_INPUT
        try:
            return cadangan_commands.FILE_COMMANDS[key](db_path, args)
        except SistemKerjaError as exc:
            print(f"sistemkerja: {exc.message}", file=sys.stderr)
            return EXIT_INPUT
    handler = _COMMANDS[key]
    creates = args.perintah in _CREATES_DATABASE
    is_new = not server and not db_path.exists()
    if is_new and not creates:
        db = f"--db {args.db} " if args.db else ""
        print(f"sistemkerja: berkas basis data {db_path} tidak ada: berkas tidak ditemukan, "
              f"tidak ada berkas yang dibuat. Periksa nama dan foldernya; berkas baru dibuat "
              f"dengan `sistemkerja {db}init …` atau `sistemkerja {db}demo`.", file=sys.stderr)
        return EXIT_INPUT
    svc = _open(db_path, creates=creates, is_new=is_new)
    if svc is None:
        return EXIT_INPUT
    failed = True
    try:
        code = handler(svc, args)
        failed = code != EXIT_OK
        return code
    except SistemKerjaError as exc:
        print(f"sistemkerja: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:  # the work is done; only its report went unread
        failed = False
        raise
    except OSError as exc:  # a file the user named: too long, a folder, no permission …
        print(f"sistemkerja: {common.os_error_message(exc)}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        svc.close()
        if is_new and failed:  # a failed `init`/`demo` leaves no empty file behind
            common.remove_new_database(db_path)


def _open(db_path: Path, *, creates: bool, is_new: bool) -> Services | None:
    """The services over the file, or None after saying why not (with the newest automatic
    backup when one may help). A schema upgrade says where the copy made before it is."""
    try:
        svc = build_services(db_path, create=creates)
    except SistemKerjaError as exc:
        print(f"sistemkerja: {exc.message}", file=sys.stderr)
        for line in open_recovery.cli_hint(open_recovery.describe_failure(db_path, exc)):
            print(f"sistemkerja: {line}", file=sys.stderr)
        if is_new:
            common.remove_new_database(db_path)
        return None
    if svc.upgrade_backup is not None:
        print(f"sistemkerja: berkas data diperbarui ke versi aplikasi ini; salinan sebelum "
              f"pembaruan: {svc.upgrade_backup}", file=sys.stderr)
    return svc


if __name__ == "__main__":
    raise SystemExit(main())
