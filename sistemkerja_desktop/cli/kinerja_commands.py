"""`sistemkerja indikator …` and `sistemkerja mph …` (issue #11): the Perjanjian Kinerja
indicators of a year (cascaded, with a penanggung jawab, linked to the team or individual
assignment serving each) and the Matriks Peran Hasil built from them (PermenPANRB 6/2022).

`--tahun` defaults to the current year. Every command prints one JSON document with `--json`;
exit 0 on success, 2 on bad input with an Indonesian message on stderr naming the option (an
output file over the open data file included). Nothing is written when a command fails."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sistemkerja_desktop.cli.common import EXIT_OK, record_id
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.kinerja_dto import IndikatorInfo, Mph

_T = TypeVar("_T")


def _tahun(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 2000 <= int(value) <= 2100:
        raise argparse.ArgumentTypeError(f"tahun '{text[:40]}' tidak sah (YYYY, 2000–2100)")
    return int(value)


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="keluaran JSON")


def _isi(p: argparse.ArgumentParser, *, tambah: bool) -> None:
    p.add_argument("--tahun", type=_tahun, default=None, metavar="YYYY",
                   help="tahun Perjanjian Kinerja" + (" (bawaan: tahun ini)" if tambah else ""))
    p.add_argument("--indikator", required=tambah, default=None, metavar="TEKS",
                   help="indikator kinerja")
    p.add_argument("--target", default=None, metavar="TEKS", help="target, mis. 14")
    p.add_argument("--satuan", default=None, metavar="TEKS", help="satuan, mis. %%")
    p.add_argument("--kode", default=None, metavar="TEKS", help="kode, mis. IKU.1")
    p.add_argument("--sasaran", default=None, metavar="TEKS", help="sasaran strategis/hasil")
    p.add_argument("--pemilik", default=None, metavar="POSISI",
                   help="pemilik kinerja: nomor atau nama jabatan (bawaan indikator teratas: "
                        "Kepala Perangkat Daerah)" if tambah else
                   "pemilik kinerja: nomor atau nama jabatan")
    p.add_argument("--induk", type=record_id, default=None, metavar="ID",
                   help="indikator induk (cascading; tahun yang sama)")
    p.add_argument("--pj", default=None, metavar="NIP", help="NIP penanggung jawab")
    _json(p)


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    ind = sub.add_parser(
        "indikator", help="indikator Perjanjian Kinerja per tahun (cascading, penanggung "
                          "jawab, tim/penugasan yang mendukung)",
        description="Indikator Perjanjian Kinerja Perangkat Daerah. Kode keluar 0 berhasil, 2 "
                    "masukan salah (tidak ada yang ditulis).")
    isub = ind.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    isub.required = True
    _isi(isub.add_parser("tambah", help="tambah indikator"), tambah=True)
    daf = isub.add_parser("daftar", help="daftar indikator satu tahun")
    daf.add_argument("--tahun", type=_tahun, default=None, metavar="YYYY",
                     help="tahun (bawaan: tahun ini)")
    _json(daf)
    ubah = isub.add_parser("ubah", help="ubah indikator (hanya opsi yang disebut)")
    ubah.add_argument("id", type=record_id, metavar="ID", help="nomor indikator")
    _isi(ubah, tambah=False)
    for opsi, teks in (("--tanpa-induk", "lepaskan dari induknya"),
                       ("--tanpa-pj", "hapus penanggung jawab"),
                       ("--tanpa-pemilik", "hapus pemilik kinerja")):
        ubah.add_argument(opsi, action="store_true", help=teks)
    ubah.add_argument("--versi", type=record_id, default=None, metavar="N",
                      help="versi yang terakhir dilihat (ditolak bila sudah diubah di tempat "
                           "lain)")
    hapus = isub.add_parser("hapus", help="hapus indikator (yang tidak punya turunan)")
    hapus.add_argument("id", type=record_id, metavar="ID", help="nomor indikator")
    _json(hapus)
    tau = isub.add_parser("tautkan", help="tautkan tim atau penugasan individu ke indikator "
                                          "yang didukungnya")
    tau.add_argument("id", type=record_id, nargs="?", default=None, metavar="ID",
                     help="nomor indikator (tanpa ID bersama --lepas)")
    which = tau.add_mutually_exclusive_group(required=True)
    which.add_argument("--tim", type=record_id, default=None, metavar="TIM_ID")
    which.add_argument("--penugasan", type=record_id, default=None, metavar="PERMOHONAN_ID")
    tau.add_argument("--lepas", action="store_true", help="lepaskan tautannya")
    _json(tau)

    mph = sub.add_parser("mph", help="Matriks Peran Hasil (PermenPANRB 6/2022)",
                         description="Matriks Peran Hasil dari indikator, tim dan penugasan.")
    msub = mph.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    msub.required = True
    eks = msub.add_parser("ekspor", help="ekspor ke .xlsx")
    eks.add_argument("-o", "--keluaran", required=True, type=Path, metavar="BERKAS.xlsx")
    eks.add_argument("--tahun", type=_tahun, default=None, metavar="YYYY",
                     help="tahun (bawaan: tahun ini)")
    tam = msub.add_parser("tampil", help="tampilkan matriks")
    tam.add_argument("--tahun", type=_tahun, default=None, metavar="YYYY",
                     help="tahun (bawaan: tahun ini)")
    _json(tam)


# ValidationError.field of the service → the option that carries it.
_OPSI = {"tahun": "--tahun", "indikator": "--indikator", "target": "--target",
         "satuan": "--satuan", "kode": "--kode", "pemilik": "--pemilik", "induk": "--induk",
         "penanggung_jawab": "--pj", "tim": "--tim", "permohonan": "--penugasan",
         "berkas": "-o"}


def _named(call: Callable[[], _T]) -> _T:
    try:
        return call()
    except ValidationError as exc:
        opsi = _OPSI.get(exc.field or "")
        if opsi is None or exc.message.startswith(opsi):
            raise
        raise ValidationError(f"{opsi}: {exc.message}", field=exc.field,
                              code=exc.code) from None


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _fields(svc: Services, a: argparse.Namespace) -> dict[str, Any]:
    """The options given, as the service's keyword arguments."""
    out: dict[str, Any] = {}
    for opsi, key in (("tahun", "tahun"), ("indikator", "indikator"), ("target", "target"),
                      ("satuan", "satuan"), ("kode", "kode"), ("sasaran", "sasaran"),
                      ("induk", "induk_id"), ("pj", "penanggung_jawab_nip")):
        if getattr(a, opsi) is not None:
            out[key] = getattr(a, opsi)
    if a.pemilik is not None:
        out["pemilik_position_id"] = _named(lambda: svc.kinerja.cari_pemilik(a.pemilik))
    return out


def _satu(info: IndikatorInfo, kata: str) -> None:
    print(f"Indikator #{info.id} {kata}: {info.label} ({info.tahun})"
          + (f", target {info.target} {info.satuan}".rstrip() if info.target else ""))


def _cmd_tambah(svc: Services, a: argparse.Namespace) -> int:
    f = _fields(svc, a)
    f.setdefault("tahun", svc.ctx.today().year)
    info, _ = _named(lambda: svc.kinerja.tambah(**f))
    _emit(info.as_json()) if a.json else _satu(info, "ditambahkan")
    return EXIT_OK


def _cmd_ubah(svc: Services, a: argparse.Namespace) -> int:
    f = _fields(svc, a)
    for flag, key, opsi in ((a.tanpa_induk, "induk_id", "--induk"),
                            (a.tanpa_pj, "penanggung_jawab_nip", "--pj"),
                            (a.tanpa_pemilik, "pemilik_position_id", "--pemilik")):
        if flag:
            if key in f:
                raise ValidationError(f"{opsi} tidak boleh bersama --tanpa-{opsi[2:]}.",
                                      field=key)
            f[key] = None
    if not f:
        raise ValidationError("Tidak ada yang diubah: sebutkan sedikitnya satu opsi (mis. "
                              "--target).", field="id")
    info, _ = _named(lambda: svc.kinerja.ubah(a.id, versi=a.versi, **f))
    _emit(info.as_json()) if a.json else _satu(info, "diubah")
    return EXIT_OK


def _cmd_hapus(svc: Services, a: argparse.Namespace) -> int:
    _named(lambda: svc.kinerja.hapus(a.id))
    _emit({"id": a.id, "dihapus": True}) if a.json else print(f"Indikator #{a.id} dihapus.")
    return EXIT_OK


def _cmd_tautkan(svc: Services, a: argparse.Namespace) -> int:
    if a.lepas and a.id is not None:
        raise ValidationError("--lepas: jangan sebutkan ID indikator (tautan tim/penugasan itu "
                              "dilepas).", field="id")
    if not a.lepas and a.id is None:
        raise ValidationError("Sebutkan ID indikator, atau --lepas untuk melepas tautannya.",
                              field="id")
    _named(lambda: svc.kinerja.tautkan(a.id, tim_id=a.tim, permohonan_id=a.penugasan))
    info = (svc.kinerja.indikator_tim(a.tim) if a.tim is not None
            else svc.kinerja.indikator_penugasan(a.penugasan))
    siapa = f"Tim #{a.tim}" if a.tim is not None else f"Penugasan #{a.penugasan}"
    if a.json:
        _emit({"tim_id": a.tim, "permohonan_id": a.penugasan,
               "indikator": info.as_json() if info else None})
    else:
        print(f"{siapa} mendukung indikator #{info.id}: {info.label}" if info
              else f"{siapa} tidak lagi ditautkan ke indikator.")
    return EXIT_OK


def _cmd_daftar(svc: Services, a: argparse.Namespace) -> int:
    tahun = a.tahun or svc.ctx.today().year
    rows = svc.kinerja.daftar(tahun)
    if a.json:
        _emit([r.as_json() for r in rows])
        return EXIT_OK
    if not rows:
        print(f"Belum ada indikator tahun {tahun}. Tambahkan dengan `sistemkerja indikator "
              "tambah --indikator \"…\"`.")
        return EXIT_OK
    print(f"{'ID':>4}  {'INDIKATOR':<60}  {'TARGET':<12}  {'PEMILIK / PJ':<40}  TIM")
    for r in rows:
        teks = "  " * r.tingkat + r.label
        target = f"{r.target} {r.satuan}".strip()
        siapa = r.penanggung_jawab_nama or r.pemilik
        tim = "; ".join(n for _, n in r.tim) + "".join(f" penugasan #{p}"
                                                       for p in r.permohonan_ids)
        print(f"{r.id:>4}  {_cut(teks, 60)}  {_cut(target, 12)}  {_cut(siapa, 40)}  {tim}")
    return EXIT_OK


def _cut(text: str, width: int) -> str:
    return f"{text:<{width}}" if len(text) <= width else text[:width - 1] + "…"


def _cmd_ekspor(svc: Services, a: argparse.Namespace) -> int:
    path = _named(lambda: svc.kinerja.ekspor_mph(a.keluaran, a.tahun))
    print(f"Matriks Peran Hasil tahun {a.tahun or svc.ctx.today().year} diekspor ke {path}")
    return EXIT_OK


def _cmd_tampil(svc: Services, a: argparse.Namespace) -> int:
    m = svc.kinerja.mph(a.tahun)
    if a.json:
        _emit(m.as_json())
    else:
        _tampil(m)
    return EXIT_OK


def _tampil(m: Mph) -> None:
    print(f"MATRIKS PERAN HASIL — {m.judul_unit} — Tahun {m.tahun}")
    if not m.kolom:
        print("Belum ada indikator tahun ini.")
    for k, kol in enumerate(m.kolom):
        print(f"\n[{k + 1}] {kol.label}" + (f" (target {kol.target} {kol.satuan})".rstrip()
                                           if kol.target else ""))
        for b in m.baris:
            if b.sel[k]:
                print(f"    {b.nama} ({b.peran}): " + b.sel[k].replace("\n", "; "))
    lain = [b for b in m.baris if b.lainnya]
    if lain:
        print("\n[Belum ditautkan ke indikator]")
        for b in lain:
            print(f"    {b.nama} ({b.peran}): " + b.lainnya.replace("\n", "; "))
    print(f"\n{len(m.baris)} pegawai dengan peran hasil, {len(m.tanpa_peran)} tanpa peran "
          f"hasil, {len(m.tim)} tim kerja.")


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("indikator", "tambah"): _cmd_tambah, ("indikator", "daftar"): _cmd_daftar,
    ("indikator", "ubah"): _cmd_ubah, ("indikator", "hapus"): _cmd_hapus,
    ("indikator", "tautkan"): _cmd_tautkan, ("mph", "ekspor"): _cmd_ekspor,
    ("mph", "tampil"): _cmd_tampil,
}
