"""`sistemkerja riwayat` and `sistemkerja periksa-berkas` (issue #8): the audit log and the
file's integrity.

The name recorded beside the OS user in the audit log comes from $SISTEMKERJA_PENGGUNA (read by
`services.base.ServiceContext`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_GALAT, EXIT_OK, tanggal
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.riwayat_dto import TABEL_LABEL, RiwayatRow, tampil
from sistemkerja_desktop.services.riwayat_service import RiwayatFilter, RiwayatService


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    riw = sub.add_parser(
        "riwayat", help="riwayat perubahan (log audit), terbaru lebih dulu",
        description="Riwayat perubahan dari log audit: siapa (akun komputer dan nama pengguna "
                    "$SISTEMKERJA_PENGGUNA), kapan, data apa, sebelum dan sesudah.")
    riw.add_argument("--nip", default="", metavar="NIP",
                     help="hanya yang menyangkut pegawai ini: datanya, kedudukannya, "
                          "keanggotaan timnya, jabatan PPK yang dipangkunya")
    riw.add_argument("--tabel", choices=list(TABEL_LABEL), metavar="TABEL",
                     help=f"hanya satu tabel: {', '.join(TABEL_LABEL)}")
    riw.add_argument("--sejak", type=tanggal, metavar="YYYY-MM-DD",
                     help="sejak tanggal ini (waktu setempat)")
    riw.add_argument("--sampai", type=tanggal, metavar="YYYY-MM-DD",
                     help="sampai dengan tanggal ini (waktu setempat)")
    riw.add_argument("--json", action="store_true",
                     help="keluaran JSON: [{id, waktu, pelaku, pengguna, tabel, rujukan, nip, "
                          "aksi, sebelum, sesudah, keterangan}]")
    per = sub.add_parser(
        "periksa-berkas", help="periksa keutuhan berkas data dan rantai log audit",
        description="Menjalankan PRAGMA integrity_check SQLite dan memeriksa rantai hash log "
                    "audit (perubahan di luar aplikasi terlihat). Kode keluar 0 utuh, 1 ada "
                    "masalah, 2 masukan salah.")
    per.add_argument("--json", action="store_true", help="keluaran JSON")


def _emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_riwayat(svc: Services, a: argparse.Namespace) -> int:
    hasil = RiwayatService(svc.ctx).cari(RiwayatFilter(
        nip=a.nip, tabel=a.tabel or "", sejak=a.sejak, sampai=a.sampai))
    rows = hasil.semua()
    if a.json:
        _emit_json([r.as_json() for r in rows])
        return EXIT_OK
    for r in rows:
        print(f"{r.waktu:%Y-%m-%d %H:%M:%S}  {r.pelaku_tampil}  {r.tabel}  {r.aksi}  "
              f"{r.rujukan or r.record_uuid}")
        for line in _changes(r):
            print(f"    {line}")
    print(f"{len(rows)} catatan.")
    return EXIT_OK


def _changes(r: RiwayatRow) -> list[str]:
    lines = [f"keterangan: {r.keterangan}"] if r.keterangan else []
    before, after = r.sebelum or {}, r.sesudah or {}
    if r.aksi == "ubah":
        lines += [f"{k}: {tampil(before.get(k))} → {tampil(after.get(k))}"
                  for k in r.kolom_berubah()]
    else:
        values = after if r.aksi == "tambah" else before
        label = "sesudah" if r.aksi == "tambah" else "sebelum"
        shown = ", ".join(f"{k}={tampil(values[k])}" for k in r.kolom()
                          if values.get(k) not in (None, ""))
        lines.append(f"{label}: {shown}")
    return lines


def _cmd_periksa_berkas(svc: Services, a: argparse.Namespace) -> int:
    hasil = RiwayatService(svc.ctx).periksa_berkas()
    if a.json:
        _emit_json(hasil.as_json())
    else:
        for line in hasil.baris_laporan():
            print(line)
    return EXIT_OK if hasil.ok else EXIT_GALAT


COMMANDS: dict[tuple[str, str | None], Callable[..., int]] = {
    ("riwayat", None): _cmd_riwayat,
    ("periksa-berkas", None): _cmd_periksa_berkas,
}
