"""`sistemkerja dokumen …`: SK pembentukan tim and Surat Tugas as PDF (README "CLI").

Without --draf the readiness check must pass (else exit 2 listing what is missing); the number
is taken from the register (or --nomor) and the issue is recorded. With --draf a watermarked
draft is written and nothing is recorded."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_OK, tanggal
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.document_service import HasilCetak


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    dok = sub.add_parser("dokumen", help="SK pembentukan tim dan Surat Tugas (PDF)")
    dsub = dok.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    dsub.required = True
    for name, help_text in (("sk-tim", "Keputusan pembentukan tim dengan Lampiran Susunan Tim"),
                            ("surat-tugas", "Surat Tugas tim (Lampiran II.3 Kapuas Hulu)")):
        p = dsub.add_parser(name, help=help_text)
        p.add_argument("tim_id", type=int, metavar="TIM_ID")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="BERKAS.pdf")
        p.add_argument("--draf", action="store_true",
                       help="cetak draf bertanda air DRAF (tanpa nomor, tidak dicatat)")
        p.add_argument("--nomor", default=None, help="nomor naskah (bawaan: nomor berikut dari "
                                                     "register)")
        p.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                       help="tanggal penetapan (bawaan: hari ini)")


def _report(h: HasilCetak) -> int:
    for w in h.kesiapan.peringatan:
        print(f"peringatan: {w}", file=sys.stderr)
    if h.draf:
        for k in h.kesiapan.kurang:
            print(f"belum siap: {k}", file=sys.stderr)
        print(f"Draf {h.jenis.label} ditulis ke {h.berkas} ({h.halaman} halaman)")
    else:
        what = "diterbitkan" if h.dokumen_baru else "dicetak ulang"
        print(f"{h.jenis.label} nomor {h.nomor} {what}: {h.berkas} ({h.halaman} halaman)")
    return EXIT_OK


def _cmd_sk(svc: Services, a: argparse.Namespace) -> int:
    return _report(svc.dokumen.cetak_sk_tim(a.tim_id, a.output, draf=a.draf, nomor=a.nomor,
                                            tanggal=a.tanggal))


def _cmd_st(svc: Services, a: argparse.Namespace) -> int:
    return _report(svc.dokumen.cetak_surat_tugas(a.tim_id, a.output, draf=a.draf, nomor=a.nomor,
                                                 tanggal=a.tanggal))


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("dokumen", "sk-tim"): _cmd_sk, ("dokumen", "surat-tugas"): _cmd_st,
}
