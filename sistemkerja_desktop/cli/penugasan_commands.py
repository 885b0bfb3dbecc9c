"""`sistemkerja penugasan …` (issue #10): permohonan penugasan — penunjukan or pengajuan
sukarela, dalam unit, lintas unit or lintas instansi — submitted, then answered step by step
along the chain its profile prescribes (`services.penugasan`).

Every command prints one JSON document with `--json`; exit 0 on success, 2 on bad input with an
Indonesian message on stderr naming the option (`--oleh` that is not the person the step waits
for names who it waits for; a request the profile forbids cites its Pasal). Nothing is written
when a command fails. Text output: `cli.penugasan_tampil`."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sistemkerja_desktop.cli import penugasan_tampil as tampil
from sistemkerja_desktop.cli.common import EXIT_OK, record_id, tanggal
from sistemkerja_desktop.domain.errors import SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.domain.penugasan import (
    Arah,
    JenisPenugasan,
    LingkupPenugasan,
    StatusPermohonan,
)
from sistemkerja_desktop.services.container import Services

_T = TypeVar("_T")

_JENIS = [j.value for j in JenisPenugasan]
_LINGKUP = [x.value for x in LingkupPenugasan]
_STATUS = [s.value for s in StatusPermohonan]
_ARAH = [a.value for a in Arah]


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    pen = sub.add_parser(
        "penugasan", help="permohonan penugasan (penunjukan / pengajuan sukarela) dan "
                          "persetujuannya menurut profil peraturan",
        description="Permohonan penugasan JF/Pelaksana: diajukan, lalu dijawab langkah demi "
                    "langkah menurut alur profil peraturan. Kode keluar 0 berhasil, 2 masukan "
                    "salah (tidak ada yang ditulis).")
    psub = pen.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    psub.required = True
    _register_ajukan(psub)
    for name, help_text in (
            ("setujui", "setujui langkah yang menunggu (langkah terakhir: permohonan disetujui)"),
            ("rekomendasi", "beri rekomendasi pada langkah yang menunggu"),
            ("teruskan", "teruskan permohonan ke langkah berikutnya")):
        p = psub.add_parser(name, help=help_text)
        p.add_argument("id", type=record_id, metavar="ID", help="nomor permohonan")
        _oleh(p)
        p.add_argument("--catatan", default="", metavar="TEKS", help="catatan langkah ini")
        if name == "setujui":
            p.add_argument("--nomor-surat", default="", metavar="NOMOR",
                           help="nomor surat yang dihasilkan langkah ini (mis. surat jawaban)")
        p.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                       help="tanggal keputusan (bawaan: hari ini)")
        _json(p)
    tolak = psub.add_parser("tolak", help="tolak permohonan pada langkah yang menunggu "
                                          "(alasan wajib)")
    tolak.add_argument("id", type=record_id, metavar="ID", help="nomor permohonan")
    _oleh(tolak)
    tolak.add_argument("--alasan", default=None, metavar="TEKS", help="alasan penolakan (wajib)")
    tolak.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                       help="tanggal keputusan (bawaan: hari ini)")
    _json(tolak)
    batal = psub.add_parser("batalkan", help="batalkan permohonan yang masih menunggu (hanya "
                                             "pemohon)")
    batal.add_argument("id", type=record_id, metavar="ID", help="nomor permohonan")
    _oleh(batal, "NIP pemohon")
    batal.add_argument("--alasan", default="", metavar="TEKS", help="alasan pembatalan")
    _json(batal)
    daf = psub.add_parser("daftar", help="daftar permohonan penugasan (register)")
    daf.add_argument("--status", choices=_STATUS, default=None, help="hanya status ini")
    daf.add_argument("--untuk", default=None, type=_nip, metavar="NIP",
                     help="hanya yang menunggu tindakan pegawai ini (perlu tindakan), terlama "
                          "lebih dulu")
    daf.add_argument("--jenis", choices=_JENIS, default=None, help="hanya jenis ini")
    daf.add_argument("--lingkup", choices=_LINGKUP, default=None, help="hanya lingkup ini")
    daf.add_argument("--arah", choices=_ARAH, default=None,
                     help="dalam (di dalam Perangkat Daerah), keluar (ke instansi lain) atau "
                          "masuk (dari instansi lain)")
    daf.add_argument("--cari", default="", metavar="TEKS", help="cari nama atau NIP pegawai")
    daf.add_argument("--umur-min", type=_hari, default=None, metavar="HARI",
                     help="hanya yang berumur sedikitnya sekian hari")
    daf.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                     help="tanggal acuan umur (bawaan: hari ini)")
    _json(daf)
    riw = psub.add_parser("riwayat", help="langkah-langkah satu permohonan, termasuk yang belum")
    riw.add_argument("id", type=record_id, metavar="ID", help="nomor permohonan")
    _json(riw)


def _register_ajukan(psub: Any) -> None:
    aj = psub.add_parser(
        "ajukan", help="ajukan permohonan penugasan",
        description="Ajukan permohonan penugasan. Alur persetujuannya (dengan nama pejabat yang "
                    "akan bertindak) ditentukan profil peraturan; permohonan yang dilarang "
                    "profil (mis. sukarela lintas instansi) ditolak dengan Pasalnya.")
    aj.add_argument("--jenis", required=True, choices=_JENIS,
                    help="penunjukan (oleh atasan) atau sukarela (pengajuan pegawai sendiri)")
    aj.add_argument("--lingkup", required=True, choices=_LINGKUP)
    aj.add_argument("--pegawai", required=True, metavar="NIP[,NIP…]",
                    help="pegawai yang ditugaskan; untuk permohonan dari instansi lain "
                         "(--dari-instansi): pegawai kita yang diminta")
    _oleh(aj, "NIP pemohon")
    tujuan = aj.add_mutually_exclusive_group()
    tujuan.add_argument("--unit-tujuan", default=None, metavar="JALUR UNIT",
                        help="unit tujuan (lintas unit): nama, jalur 'Bidang X / Seksi Y' atau "
                             "kode")
    tujuan.add_argument("--instansi-tujuan", default=None, metavar="NAMA",
                        help="instansi tujuan (lintas instansi, permohonan keluar)")
    tujuan.add_argument("--dari-instansi", default=None, metavar="NAMA",
                        help="instansi pemohon: permohonan lintas instansi yang masuk, dicatat "
                             "dari suratnya")
    aj.add_argument("--tim", type=record_id, default=None, metavar="TIM_ID",
                    help="tim yang anggotanya diminta")
    aj.add_argument("--maksud", required=True, metavar="TEKS", help="maksud dan tujuan")
    aj.add_argument("--kompetensi", required=True, metavar="TEKS",
                    help="kompetensi yang dibutuhkan")
    aj.add_argument("--target", required=True, metavar="TEKS",
                    help="ekspektasi/target kinerja")
    aj.add_argument("--mulai", required=True, type=tanggal, metavar="YYYY-MM-DD",
                    help="durasi: tanggal mulai")
    aj.add_argument("--selesai", required=True, type=tanggal, metavar="YYYY-MM-DD",
                    help="durasi: tanggal selesai")
    aj.add_argument("--lampiran", action="append", default=[], type=Path, metavar="BERKAS",
                    help="lampiran (mis. pindaian surat masuk); boleh diulang")
    aj.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                    help="tanggal pengajuan (bawaan: hari ini)")
    _json(aj)


def _oleh(p: argparse.ArgumentParser, help_text: str = "NIP pegawai yang bertindak") -> None:
    p.add_argument("--oleh", required=True, type=_nip, metavar="NIP", help=help_text)


def _nip(text: str) -> str:
    """argparse type: a NIP (spaces allowed), checked before the data file is opened."""
    try:
        return normalize_nip(text)
    except SistemKerjaError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="keluaran JSON")


def _hari(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or len(value) > 5:
        raise argparse.ArgumentTypeError(f"jumlah hari '{text[:40]}' tidak sah (bilangan bulat "
                                         "0 atau lebih)")
    return int(value)


# ---- errors of the services, named by the option -------------------------------------------

# ValidationError.field of the service → the option that carries it.
_OPSI = {
    "jenis": "--jenis", "lingkup": "--lingkup", "arah": "--dari-instansi",
    "pegawai": "--pegawai", "pegawai_nip": "--pegawai", "pegawai_ids": "--pegawai",
    "oleh": "--oleh", "oleh_nip": "--oleh", "oleh_id": "--oleh",
    "unit_tujuan": "--unit-tujuan", "unit_tujuan_id": "--unit-tujuan",
    "instansi": "--instansi-tujuan/--dari-instansi", "tim": "--tim", "tim_id": "--tim",
    "maksud": "--maksud", "kompetensi": "--kompetensi", "target": "--target",
    "mulai": "--mulai", "selesai": "--selesai", "durasi": "--mulai/--selesai",
    "tanggal": "--tanggal", "alasan": "--alasan", "catatan": "--catatan",
    "nomor_surat": "--nomor-surat", "surat_nomor": "--nomor-surat", "lampiran": "--lampiran",
}


def _named(call: Callable[[], _T]) -> _T:
    """Run a service call; a ValidationError names the command-line option of its field."""
    try:
        return call()
    except ValidationError as exc:
        opsi = _OPSI.get(exc.field or "")
        if opsi is None or any(o in exc.message for o in opsi.split("/")):
            raise
        raise ValidationError(f"{opsi}: {exc.message}", field=exc.field,
                              code=exc.code) from None


# A comma starts the next NIP only before a digit: "NIP:dr. Nama, M.Kes." (a pegawai of the
# other instansi, named on a lintas-instansi request) keeps the comma of its gelar.
_NIP_SEP = re.compile(r",\s*(?=[0-9])")


def _nips(text: str) -> list[str]:
    nips = [x.strip().rstrip(",").strip() for x in _NIP_SEP.split(text)]
    nips = [x for x in nips if x]
    if not nips:
        raise ValidationError("--pegawai: sebutkan sedikitnya satu NIP (NIP,NIP,…)",
                              field="pegawai")
    return nips


def _cek_isi(a: argparse.Namespace) -> None:
    """The four contents of the surat permohonan, named by their options."""
    for opsi, label, value in (("--maksud", "maksud dan tujuan", a.maksud),
                               ("--kompetensi", "kompetensi yang dibutuhkan", a.kompetensi),
                               ("--target", "ekspektasi/target kinerja", a.target)):
        if not value.strip():
            raise ValidationError(f"{opsi}: {label} wajib diisi. Tidak ada yang disimpan.",
                                  field=opsi[2:])
    if a.selesai < a.mulai:
        raise ValidationError(f"--selesai: tanggal selesai {a.selesai.isoformat()} sebelum "
                              f"tanggal mulai {a.mulai.isoformat()}. Tidak ada yang disimpan.",
                              field="selesai")


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# ---- commands ------------------------------------------------------------------------------

def _cmd_ajukan(svc: Services, a: argparse.Namespace) -> int:
    instansi = a.instansi_tujuan if a.instansi_tujuan is not None else a.dari_instansi
    if instansi is not None and a.lingkup != LingkupPenugasan.LINTAS_INSTANSI.value:
        opsi = "--instansi-tujuan" if a.instansi_tujuan is not None else "--dari-instansi"
        raise ValidationError(f"{opsi} hanya untuk --lingkup lintas-instansi (lingkup ini: "
                              f"{a.lingkup})", field="instansi")
    _cek_isi(a)
    arah = Arah.MASUK.value if a.dari_instansi is not None else None
    ringkas, _ = _named(lambda: svc.penugasan.ajukan(
        jenis=a.jenis, lingkup=a.lingkup, pegawai_nip=_nips(a.pegawai), oleh_nip=a.oleh,
        unit_tujuan=a.unit_tujuan, instansi=(instansi or "").strip(), arah=arah, tim_id=a.tim,
        maksud=a.maksud, kompetensi=a.kompetensi, target=a.target, mulai=a.mulai,
        selesai=a.selesai, tanggal=a.tanggal, lampiran=tuple(a.lampiran)))
    detail = svc.penugasan.detail(ringkas.id)
    if a.json:
        _emit(ringkas.as_json())
    else:
        tampil.diajukan(ringkas, detail)
    tampil.peringatan(detail)
    return EXIT_OK


def _cmd_langkah(svc: Services, a: argparse.Namespace) -> int:
    """setujui / rekomendasi / teruskan / tolak / batalkan: one step of the chain."""
    pen = svc.penugasan
    if a.aksi == "tolak":
        alasan = " ".join((a.alasan or "").split())
        if not alasan:
            raise ValidationError(
                "--alasan: alasan penolakan wajib disebutkan: sistemkerja penugasan tolak ID "
                '--oleh NIP --alasan "…". Tidak ada yang diubah.', field="alasan",
                code="alasan_kosong")
        call: Callable[[], Any] = partial(pen.tolak, a.id, oleh_nip=a.oleh, alasan=alasan,
                                          tanggal=a.tanggal)
    elif a.aksi == "batalkan":
        call = partial(pen.batalkan, a.id, oleh_nip=a.oleh, alasan=a.alasan.strip())
    elif a.aksi == "setujui":
        call = partial(pen.setujui, a.id, oleh_nip=a.oleh, catatan=a.catatan.strip(),
                       nomor_surat=a.nomor_surat.strip(), tanggal=a.tanggal)
    else:
        method = pen.rekomendasi if a.aksi == "rekomendasi" else pen.teruskan
        call = partial(method, a.id, oleh_nip=a.oleh, catatan=a.catatan.strip(),
                       tanggal=a.tanggal)
    ringkas, _ = _named(call)
    if a.json:
        _emit(ringkas.as_json())
    else:
        tampil.sesudah_aksi(a.aksi, ringkas)
    return EXIT_OK


def _cmd_daftar(svc: Services, a: argparse.Namespace) -> int:
    rows = _named(lambda: svc.penugasan.daftar(
        status=a.status, untuk_nip=a.untuk, arah=a.arah, lingkup=a.lingkup, jenis=a.jenis,
        teks=a.cari.strip(), umur_min=a.umur_min, tanggal=a.tanggal))
    if a.json:
        _emit([r.as_json() for r in rows])
    else:
        tampil.daftar(rows, untuk=a.untuk)
    return EXIT_OK


def _cmd_riwayat(svc: Services, a: argparse.Namespace) -> int:
    rows = svc.penugasan.riwayat(a.id)
    if a.json:
        _emit([r.as_json() for r in rows])
    else:
        tampil.riwayat(svc.penugasan.detail(a.id), rows)
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("penugasan", "ajukan"): _cmd_ajukan,
    **{("penugasan", aksi): _cmd_langkah
       for aksi in ("setujui", "rekomendasi", "teruskan", "tolak", "batalkan")},
    ("penugasan", "daftar"): _cmd_daftar, ("penugasan", "riwayat"): _cmd_riwayat,
}
