"""`sistemkerja paket ekspor|periksa|impor` (issue #12): exchange packages between laptops.

    paket ekspor -o BERKAS.skp [--unit JALUR] [--tim ID] [--sejak YYYY-MM-DD] [--kunci TEKS]
                 [--surel]
    paket periksa BERKAS.skp [--json] [--kunci TEKS]        (nothing is written)
    paket impor BERKAS.skp [--coba] [--pilih kita|mereka] [--json] [--kunci TEKS]

An import with conflicts and no `--pilih` is refused (exit 2) listing them: conflicts are never
settled silently. The office key may also come from $SISTEMKERJA_KUNCI_PAKET."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_INPUT, EXIT_OK, record_id, tanggal
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.paket_gabung import Pilihan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.paket_service import Pratinjau

KUNCI_ENV = "SISTEMKERJA_KUNCI_PAKET"


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "paket", help="paket pertukaran data antarlaptop (ekspor, periksa, impor dengan "
                      "penggabungan)",
        description="Kirim perubahan ke kantor/laptop lain lewat berkas .skp (lampirkan ke "
                    "surel), periksa paket yang diterima, lalu impor dengan penggabungan per "
                    "kolom. Konflik tidak pernah diputuskan diam-diam.")
    psub = p.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    psub.required = True
    eks = psub.add_parser("ekspor", help="tulis paket data ke BERKAS.skp")
    eks.add_argument("-o", "--keluaran", required=True, type=Path, metavar="BERKAS.skp")
    eks.add_argument("--unit", default=None, metavar="JALUR",
                     help="hanya unit ini beserta isinya (nama, jalur 'Bidang X / Seksi Y' "
                          "atau kode)")
    eks.add_argument("--tim", type=record_id, default=None, metavar="ID",
                     help="hanya tim ini beserta anggota, naskah dan laporannya")
    eks.add_argument("--sejak", type=tanggal, default=None, metavar="YYYY-MM-DD",
                     help="hanya yang berubah sejak tanggal ini")
    eks.add_argument("--surel", action="store_true",
                     help="tulis juga draf surel BERKAS.eml dengan paket terlampir")
    _kunci(eks)
    per = psub.add_parser("periksa", help="tampilkan isi paket dan akibatnya tanpa menulis")
    per.add_argument("berkas", type=Path, metavar="BERKAS.skp")
    per.add_argument("--json", action="store_true", help="keluaran JSON")
    _kunci(per)
    imp = psub.add_parser("impor", help="gabungkan paket ke berkas data (satu transaksi)")
    imp.add_argument("berkas", type=Path, metavar="BERKAS.skp")
    imp.add_argument("--coba", action="store_true",
                     help="jalankan penggabungan lalu batalkan: tidak ada yang disimpan")
    imp.add_argument("--pilih", choices=("kita", "mereka"), default=None,
                     help="putuskan setiap konflik: milik kita atau milik mereka")
    imp.add_argument("--json", action="store_true", help="keluaran JSON")
    _kunci(imp)


def _kunci(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kunci", default=None, metavar="TEKS",
                   help=f"kunci kantor untuk menandai/memeriksa paket (atau ${KUNCI_ENV})")


def _key(a: argparse.Namespace) -> str | None:
    return a.kunci or os.environ.get(KUNCI_ENV) or None


def _cmd_ekspor(svc: Services, a: argparse.Namespace) -> int:
    h = svc.paket.ekspor(a.keluaran, unit=a.unit, tim_id=a.tim, sejak=a.sejak, kunci=_key(a))
    print(f"Paket ditulis ke {h.path}: {h.total} rekaman, {h.ukuran / 1024:.0f} KB"
          + (" (ditandai kunci kantor)" if _key(a) else "") + ".")
    if a.surel:
        print(f"Draf surel dengan paket terlampir: {svc.paket.draf_surel(h)}")
    return EXIT_OK


def _cmd_periksa(svc: Services, a: argparse.Namespace) -> int:
    pra = svc.paket.periksa(a.berkas, kunci=_key(a))
    if a.json:
        _json(pra.as_json())
    else:
        _tampil(pra)
    return EXIT_OK


def _cmd_impor(svc: Services, a: argparse.Namespace) -> int:
    bawaan = Pilihan(a.pilih) if a.pilih else None
    try:
        hasil = svc.paket.impor(a.berkas, bawaan=bawaan, coba=a.coba, kunci=_key(a))
    except ValidationError as exc:
        if exc.code != "paket_konflik":
            raise
        pra = svc.paket.periksa(a.berkas, kunci=_key(a))
        if a.json:
            _json({**pra.as_json(), "diterapkan": False, "galat": exc.message})
        else:
            _tampil(pra)
        print(f"sistemkerja: {exc.message}", file=sys.stderr)
        return EXIT_INPUT
    if a.json:
        _json(hasil.as_json())
        return EXIT_OK
    if hasil.sudah_diimpor:
        print(f"Paket {a.berkas.name} sudah diimpor pada "
              f"{hasil.pratinjau.sudah_diimpor:%d-%m-%Y %H.%M}; tidak ada yang berubah.")
        return EXIT_OK
    kata = "Percobaan (tidak disimpan)" if hasil.coba else "Diimpor"
    print(f"{kata} dari {hasil.pratinjau.asal}: {hasil.ditambah} ditambah, {hasil.diubah} "
          f"diubah, {hasil.dihapus} dihapus, {len(hasil.pratinjau.konflik)} konflik diputuskan "
          f"({a.pilih or '-'}).")
    return EXIT_OK


def _json(data: dict[str, Any]) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _tampil(p: Pratinjau) -> None:
    print(f"Paket {p.nama} dari {p.asal}, dibuat {p.dibuat:%d-%m-%Y %H.%M} UTC"
          + (", bertanda kunci kantor" if p.bertanda else ", tanpa tanda kunci") + ".")
    if p.sudah_diimpor:
        print(f"Sudah diimpor pada {p.sudah_diimpor:%d-%m-%Y %H.%M}: mengimpornya lagi tidak "
              "mengubah apa pun.")
    print(f"Akibatnya di sini: {p.jumlah('tambah')} ditambah, {p.jumlah('ubah')} diubah, "
          f"{p.jumlah('hapus')} dihapus, {len(p.konflik)} konflik.")
    for x in p.perubahan[:50]:
        kolom = f" [{', '.join(x.kolom)}]" if x.aksi == "ubah" else ""
        print(f"  {x.aksi:6} {x.label}{kolom}")
    if len(p.perubahan) > 50:
        print(f"  … dan {len(p.perubahan) - 50} lagi (--json untuk semuanya)")
    for k in p.konflik:
        print(f"  KONFLIK {p.label_konflik.get(k.kunci, k.tabel)} — {k.kolom}: kita "
              f"{k.milik_kita!r} / mereka {k.milik_mereka!r}")
    for m in p.masalah:
        print(f"  MASALAH {m}")


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("paket", "ekspor"): _cmd_ekspor, ("paket", "periksa"): _cmd_periksa,
    ("paket", "impor"): _cmd_impor,
}
