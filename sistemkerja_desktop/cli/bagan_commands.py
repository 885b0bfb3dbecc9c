"""`sistemkerja bagan ekspor …` and `sistemkerja kedudukan pindah …` (README "CLI").

Exit codes as in `cli.main`: 0 success; 2 bad input, or a move refused by a hard rule of the
profile (the reason and its Pasal on stderr; nothing changed), or a TMT before the start of a
recorded kedudukan without `--koreksi` (a move never deletes history). Soft-rule warnings go to stderr
and the move proceeds. PNG output paints with QtGui (offscreen), imported only for
PNG; the CLI never imports the views.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_INPUT, EXIT_OK, tanggal
from sistemkerja_desktop.domain.bagan_layout import Arah
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.domain.pindah import PindahDitolak
from sistemkerja_desktop.services.container import Services


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    bagan = sub.add_parser("bagan", help="bagan organisasi dan kedudukan")
    bsub = bagan.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    bsub.required = True
    eks = bsub.add_parser("ekspor", help="ekspor bagan ke PDF (berhalaman, A4/F4) atau PNG")
    eks.add_argument("-o", "--output", required=True, type=Path, metavar="BERKAS.pdf|BERKAS.png")
    eks.add_argument("--kertas", choices=("a4", "f4"), default="a4",
                     help="ukuran kertas PDF: a4 atau f4 (215 × 330 mm)")
    eks.add_argument("--orientasi", choices=("otomatis", "tegak", "mendatar"),
                     default="otomatis", help="orientasi PDF (bawaan: halaman paling sedikit)")
    eks.add_argument("--arah", choices=[a.value for a in Arah], default=Arah.ATAS_BAWAH.value,
                     help="arah susunan bagan")
    eks.add_argument("--unit", metavar='"NAMA UNIT"', help="hanya cabang unit ini")
    eks.add_argument("--tanggal", type=tanggal, metavar="YYYY-MM-DD",
                     help="keadaan kedudukan pada tanggal ini (bawaan: hari ini)")
    ked = sub.add_parser("kedudukan", help="ubah kedudukan JF/Pelaksana")
    ksub = ked.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    ksub.required = True
    pin = ksub.add_parser("pindah", help="pindahkan pegawai ke Pejabat Penilai Kinerja lain")
    pin.add_argument("nip", nargs="+", metavar="NIP")
    pin.add_argument("--ppk", required=True, metavar="NIP_PPK",
                     help="NIP pejabat yang memangku jabatan Pejabat Penilai Kinerja tujuan")
    pin.add_argument("--ppk-jabatan", default="", metavar="TEKS",
                     help="bagian nama jabatan PPK, bila NIP_PPK memangku lebih dari satu")
    pin.add_argument("--tmt", type=tanggal, metavar="YYYY-MM-DD",
                     help="berlaku mulai (bawaan: hari ini)")
    pin.add_argument("--dasar", default="", metavar='"nomor SK"', help="dasar penetapan")
    pin.add_argument("--koreksi", action="store_true",
                     help="koreksi riwayat: izinkan TMT sebelum awal kedudukan yang sudah "
                          "tercatat (kedudukan itu dibatalkan, tidak dihapus; dicatat di log "
                          "audit)")


def _png(svc: Services, a: argparse.Namespace, bagan: Any, fokus: str | None) -> float:
    """Paint the chart with QtGui only (`render.bagan_png`): a QGuiApplication for fonts, no
    widgets, no views."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from sistemkerja_desktop.render.bagan_png import render_bagan_png

    app = QGuiApplication.instance() or QGuiApplication(["sistemkerja"])  # alive while drawing
    letak = svc.bagan.tata_letak(bagan, arah=Arah(a.arah), fokus=fokus)
    keterangan = f"Cabang: {bagan.nodes[fokus].judul}" if fokus else ""
    skala = render_bagan_png(bagan, letak, a.output, keterangan=keterangan)
    app.processEvents()
    return skala


def _cmd_ekspor(svc: Services, a: argparse.Namespace) -> int:
    suffix = a.output.suffix.lower()
    if suffix not in (".pdf", ".png"):
        raise ValidationError(f"berkas keluaran {a.output.name} harus berakhiran .pdf atau .png",
                              field="output")
    bagan = svc.bagan.bagan(a.tanggal)
    fokus = svc.bagan.cari_unit(bagan, a.unit) if a.unit else None
    if suffix == ".pdf":
        hasil = svc.bagan.ekspor_pdf(a.output, bagan, kertas=a.kertas, orientasi=a.orientasi,
                                     arah=Arah(a.arah), fokus=fokus)
        print(f"{hasil.halaman} halaman PDF ({hasil.kertas.upper()} {hasil.orientasi}, "
              f"{hasil.baris} baris × {hasil.kolom} kolom) ditulis ke {a.output}")
        return EXIT_OK
    skala = _png(svc, a, bagan, fokus)
    print(f"Bagan per {tanggal_indonesia(bagan.tanggal)} ditulis ke {a.output} "
          f"(skala {round(skala * 100)}%)")
    if skala < 0.5:
        print("catatan: bagan sebesar ini terlalu kecil untuk dibaca dalam satu gambar; "
              "gunakan PDF (berhalaman) untuk mencetak", file=sys.stderr)
    return EXIT_OK


def _cmd_pindah(svc: Services, a: argparse.Namespace) -> int:
    try:  # looked up, checked and written in one transaction (another process may be moving)
        hasil, _changes = svc.kedudukan.pindah_nip(a.nip, a.ppk, a.ppk_jabatan, tmt=a.tmt,
                                                   dasar=a.dasar, koreksi=a.koreksi)
    except PindahDitolak as exc:
        print("sistemkerja: perpindahan ditolak; tidak ada yang diubah.", file=sys.stderr)
        for f in exc.temuan:
            print(f"[GALAT] {f.kode}: {f.pesan}\n    dasar: {f.dasar}", file=sys.stderr)
        return EXIT_INPUT
    for f in hasil.peringatan:
        print(f"[PERINGATAN] {f.kode}: {f.pesan}\n    dasar: {f.dasar}", file=sys.stderr)
    struktur = svc.agency.struktur()  # names for the report only
    ppk = struktur.position_by_id[svc.kedudukan.ppk_position(a.ppk, a.ppk_jabatan,
                                                             struktur)].nama
    tmt = tanggal_indonesia(a.tmt or svc.ctx.today())
    print(f"{len(hasil.catatan)} pegawai dipindahkan ke bawah {ppk} mulai {tmt}.")
    for pid in hasil.tidak_berubah:
        p = struktur.pegawai_by_id[pid]
        print(f"{p.nama_lengkap} (NIP {p.nip_tampil}) sudah berada di bawah {ppk}; tidak diubah.")
    return EXIT_OK


COMMANDS = {("bagan", "ekspor"): _cmd_ekspor, ("kedudukan", "pindah"): _cmd_pindah}
