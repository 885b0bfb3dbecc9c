"""`sistemkerja dokumen …`: SK pembentukan tim and Surat Tugas as PDF (README "CLI").

Without --draf the readiness check must pass (else exit 2 listing what is missing); the number
is reserved in the register (or --nomor) before the PDF is written and marked issued after it.
With --draf a watermarked draft is written and nothing is recorded. A final of another instrument
than the profile prescribes for the team is refused (exit 2, citing the Pasal); its draft is
marked. `sk-ketua`: the Keputusan appointing a Kelompok Kerja (squad) ketua, Pekalongan Pasal
13(2) only. `register` lists the numbers with their status; an interrupted issuance (*belum
selesai*) is finished with `lanjutkan` or voided with `batalkan --alasan`.

`surat-permohonan` / `surat-jawaban` / `surat-penugasan ID`: the letters of a permohonan
penugasan (issue #10, services.penugasan_dokumen), with the same conventions; the number is
recorded on the step that produced the letter, and a letter already issued is reprinted with
its own number (an interrupted issuance of a letter is finished by printing it again)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_INPUT, EXIT_OK, record_id, tanggal
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.document_service import HasilCetak, NaskahBelumSiap
from sistemkerja_desktop.services.naskah_settings import RegisterRow
from sistemkerja_desktop.services.penugasan_dokumen import HasilSurat

SURAT = {"surat-permohonan": "surat permohonan pelibatan/penugasan dari permohonan penugasan",
         "surat-jawaban": "surat jawaban permohonan penugasan (setuju dengan daftar nama, atau "
                          "tolak dengan alasan)",
         "surat-penugasan": "surat penugasan (Surat Tugas) bagi pegawai yang ditugaskan"}


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    dok = sub.add_parser("dokumen", help="SK pembentukan tim dan Surat Tugas (PDF)")
    dsub = dok.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    dsub.required = True
    for name, help_text in (("sk-tim", "Keputusan pembentukan tim dengan Lampiran Susunan Tim"),
                            ("surat-tugas", "Surat Tugas tim (Lampiran II.3 Kapuas Hulu)"),
                            ("sk-ketua", "Keputusan Kepala Unit Organisasi Pemilik Kinerja "
                                         "tentang penunjukan Ketua Kelompok Kerja (squad), "
                                         "Perbup Pekalongan 52/2024 Pasal 13 ayat (2)")):
        p = dsub.add_parser(name, help=help_text)
        p.add_argument("tim_id", type=record_id, metavar="TIM_ID")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="BERKAS.pdf")
        p.add_argument("--draf", action="store_true",
                       help="cetak draf bertanda air DRAF (tanpa nomor, tidak dicatat)")
        p.add_argument("--nomor", default=None,
                       help="nomor naskah (bawaan: nomor berikut dari register; Keputusan "
                            "Sekretaris Daerah: wajib, nomor dari register Sekretariat Daerah)")
        p.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                       help="tanggal penetapan (bawaan: hari ini)")
    for name, help_text in SURAT.items():
        p = dsub.add_parser(name, help=help_text)
        p.add_argument("permohonan_id", type=record_id, metavar="ID",
                       help="nomor permohonan penugasan (lihat `penugasan daftar`)")
        p.add_argument("-o", "--output", required=True, type=Path, metavar="BERKAS.pdf")
        p.add_argument("--draf", action="store_true",
                       help="cetak draf bertanda air DRAF (tanpa nomor, tidak dicatat)")
        p.add_argument("--nomor", default=None,
                       help="nomor surat (bawaan: nomor berikut dari register; cetak ulang: "
                            "nomor surat itu sendiri)")
        p.add_argument("--tanggal", type=tanggal, default=None, metavar="YYYY-MM-DD",
                       help="tanggal surat (bawaan: hari ini)")
        p.add_argument("--langkah", type=record_id, default=None, metavar="URUT",
                       help="langkah alur yang menghasilkan surat ini (bawaan: menurut alur)")
    reg = dsub.add_parser("register", help="register nomor naskah beserta statusnya")
    reg.add_argument("--tahun", type=_tahun, default=None, help="hanya tahun ini")
    reg.add_argument("--jenis", choices=[j.value for j in JenisNaskah], default=None,
                     help="hanya jenis naskah ini")
    reg.add_argument("--json", action="store_true", help="keluaran JSON")
    lanjut = dsub.add_parser("lanjutkan", help="selesaikan penerbitan yang terputus (nomor dan "
                                               "tanggal yang sama)")
    lanjut.add_argument("nomor", metavar="NOMOR", help="nomor naskah berstatus belum selesai")
    lanjut.add_argument("-o", "--output", required=True, type=Path, metavar="BERKAS.pdf")
    batal = dsub.add_parser("batalkan", help="batalkan nomor yang penerbitannya terputus (nomor "
                                             "tidak dipakai lagi)")
    batal.add_argument("nomor", metavar="NOMOR")
    batal.add_argument("--alasan", required=True, help="alasan pembatalan (wajib)")


def _tahun(text: str) -> int:
    if not text.strip().isdigit() or not 1900 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"tahun '{text[:40]}' tidak sah (1900 sampai 2100)")
    return int(text)


def _report(h: HasilCetak) -> int:
    for w in h.kesiapan.peringatan:
        print(f"peringatan: {w}", file=sys.stderr)
    if h.draf:
        if h.catatan_draf:
            print(f"catatan draf: {h.catatan_draf}", file=sys.stderr)
        for k in h.kesiapan.kurang:
            print(f"belum siap: {k}", file=sys.stderr)
        print(f"Draf {h.jenis.label} ditulis ke {h.berkas} ({h.halaman} halaman)")
    else:
        what = "diterbitkan" if h.dokumen_baru else "dicetak ulang"
        print(f"{h.jenis.label} nomor {h.nomor} {what}: {h.berkas} ({h.halaman} halaman)")
    return EXIT_OK


def _cetak(work: Callable[[], HasilCetak]) -> int:
    try:
        return _report(work())
    except NaskahBelumSiap as exc:
        print(f"sistemkerja: {exc.message}", file=sys.stderr)
        for nomor in exc.tertunda:
            print(f"Selesaikan: sistemkerja dokumen lanjutkan \"{nomor}\" -o BERKAS.pdf\n"
                  f"atau batalkan: sistemkerja dokumen batalkan \"{nomor}\" --alasan \"…\"",
                  file=sys.stderr)
        return EXIT_INPUT


def _cmd_sk(svc: Services, a: argparse.Namespace) -> int:
    return _cetak(lambda: svc.dokumen.cetak_sk_tim(a.tim_id, a.output, draf=a.draf,
                                                   nomor=a.nomor, tanggal=a.tanggal))


def _cmd_st(svc: Services, a: argparse.Namespace) -> int:
    return _cetak(lambda: svc.dokumen.cetak_surat_tugas(a.tim_id, a.output, draf=a.draf,
                                                        nomor=a.nomor, tanggal=a.tanggal))


def _cmd_sk_ketua(svc: Services, a: argparse.Namespace) -> int:
    return _cetak(lambda: svc.dokumen.cetak_sk_ketua(a.tim_id, a.output, draf=a.draf,
                                                     nomor=a.nomor, tanggal=a.tanggal))


def _report_surat(h: HasilSurat) -> int:
    if h.draf:
        if h.catatan_draf:
            print(f"catatan draf: {h.catatan_draf}", file=sys.stderr)
        for k in h.kesiapan.kurang:
            print(f"belum siap: {k}", file=sys.stderr)
        print(f"Draf {h.jenis.label} (langkah {h.langkah}) ditulis ke {h.berkas} "
              f"({h.halaman} halaman)")
        return EXIT_OK
    what = "diterbitkan" if h.dokumen_baru else "dicetak ulang"
    nomor = f" nomor {h.nomor}" if h.nomor else ""
    print(f"{h.jenis.label}{nomor} (langkah {h.langkah}) {what}: {h.berkas} "
          f"({h.halaman} halaman)")
    return EXIT_OK


def _cmd_surat(svc: Services, a: argparse.Namespace) -> int:
    dok = svc.penugasan_dokumen
    try:
        return _report_surat(dok.cetak(a.permohonan_id, a.aksi, a.output, draf=a.draf,
                                       nomor=a.nomor, tanggal=a.tanggal, langkah=a.langkah))
    except NaskahBelumSiap as exc:
        print(f"sistemkerja: {exc.message}", file=sys.stderr)
        return EXIT_INPUT


def _json(r: RegisterRow) -> dict[str, object]:
    return {"nomor": r.nomor, "jenis": r.jenis.value, "tanggal": r.tanggal.isoformat(),
            "perihal": r.perihal, "status": r.status.value, "alasan": r.alasan_batal,
            "berkas": r.berkas}


def _cmd_register(svc: Services, a: argparse.Namespace) -> int:
    rows = svc.naskah.register(JenisNaskah(a.jenis) if a.jenis else None, a.tahun)
    if a.json:
        json.dump([_json(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for r in rows:
        alasan = f" — {r.alasan_batal}" if r.alasan_batal else ""
        print(f"{r.nomor}\t{r.tanggal.isoformat()}\t{r.status.label}\t{r.jenis.label}\t"
              f"{r.perihal}{alasan}")
    tertunda = sum(r.status.value == "belum_selesai" for r in rows)
    print(f"{len(rows)} nomor" + (f", {tertunda} belum selesai (lanjutkan atau batalkan)"
                                  if tertunda else "") + ".")
    return EXIT_OK


def _cmd_lanjutkan(svc: Services, a: argparse.Namespace) -> int:
    return _report(svc.dokumen.lanjutkan(a.nomor, a.output))


def _cmd_batalkan(svc: Services, a: argparse.Namespace) -> int:
    row, _ = svc.naskah.batalkan_nomor(a.nomor, a.alasan)
    print(f"Nomor {row.nomor} dibatalkan ({row.alasan_batal}); nomor ini tidak akan dipakai "
          "lagi.")
    if row.berkas and Path(row.berkas).exists():
        print(f"peringatan: berkas {row.berkas} memuat nomor yang dibatalkan; jangan "
              "dipakai.", file=sys.stderr)
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("dokumen", "sk-tim"): _cmd_sk, ("dokumen", "surat-tugas"): _cmd_st,
    ("dokumen", "sk-ketua"): _cmd_sk_ketua,
    ("dokumen", "register"): _cmd_register, ("dokumen", "lanjutkan"): _cmd_lanjutkan,
    ("dokumen", "batalkan"): _cmd_batalkan,
    **{("dokumen", name): _cmd_surat for name in SURAT},
}
