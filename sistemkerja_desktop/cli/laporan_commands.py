"""`sistemkerja laporan …` (issue #11): what teams and individuals owe (the schedule computed
from the profile and the team), sending reports, their review along the chain the profile
prescribes, ad-hoc requests, the team's closing, and the ketua's report of each member's
results for the PPK (`services.laporan`, `services.laporan_dokumen`).

Every command prints one JSON document with `--json`; exit 0 on success, 2 on bad input with an
Indonesian message on stderr naming the option. `--oleh` that does not hold the waiting step, or
`--kembalikan` without `--catatan`, says who may act. Nothing is written when a command fails.
Text output: `cli.laporan_tampil`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sistemkerja_desktop.cli import laporan_tampil as tampil
from sistemkerja_desktop.cli.common import EXIT_OK, record_id, tanggal
from sistemkerja_desktop.domain.errors import PermissionDenied, SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.laporan import IsiLaporan, JenisLaporan, StatusLaporan
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.services.container import Services

_T = TypeVar("_T")
_STATUS = [*(s.value for s in StatusLaporan), "terlambat"]  # terlambat: late at --tanggal
_JENIS = [j.value for j in JenisLaporan]
_TGL = "YYYY-MM-DD"


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    lap = sub.add_parser(
        "laporan", help="jadwal, pengiriman dan tinjauan laporan tim kerja dan penugasan "
                        "individu menurut profil peraturan",
        description="Laporan pelaksanaan tugas: jadwal periode dihitung dari profil dan tim, "
                    "laporan dikirim lalu ditinjau menurut rantai profil. Kode keluar 0 "
                    "berhasil, 2 masukan salah (tidak ada yang ditulis).")
    lsub = lap.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    lsub.required = True
    jad = lsub.add_parser("jadwal", help="periode laporan tim dan jatuh temponya")
    jad.add_argument("tim", type=record_id, metavar="TIM_ID", help="nomor tim")
    _json(jad)
    _register_kirim(lsub)
    tin = lsub.add_parser("tinjau", help="terima atau kembalikan laporan pada langkah yang "
                                         "menunggu")
    tin.add_argument("id", type=record_id, metavar="LAPORAN_ID", help="nomor laporan")
    _oleh(tin, "NIP peninjau (pemegang langkah yang menunggu)")
    aksi = tin.add_mutually_exclusive_group(required=True)
    aksi.add_argument("--terima", action="store_true",
                      help="terima (langkah terakhir) atau teruskan ke langkah berikutnya")
    aksi.add_argument("--kembalikan", action="store_true",
                      help="kembalikan untuk diperbaiki (wajib --catatan)")
    tin.add_argument("--catatan", default="", metavar="TEKS", help="catatan tinjauan")
    _tanggal(tin, "tanggal tinjauan")
    _json(tin)
    daf = lsub.add_parser("daftar", help="laporan terutang dan terkirim pada suatu tanggal")
    _tanggal(daf, "tanggal acuan keterlambatan")
    daf.add_argument("--tim", type=record_id, default=None, metavar="TIM_ID",
                     help="hanya tim ini (termasuk laporan anggota kepada ketua)")
    daf.add_argument("--status", choices=_STATUS, default=None,
                     help="hanya status ini (terlambat: melewati jatuh tempo pada --tanggal)")
    daf.add_argument("--pelapor", type=_nip, default=None, metavar="NIP",
                     help="hanya laporan pegawai ini")
    daf.add_argument("--jenis", choices=_JENIS, default=None, help="hanya jenis laporan ini")
    daf.add_argument("--anggota", action="store_true",
                     help="sertakan laporan anggota kepada ketua tim")
    daf.add_argument("--untuk", type=_nip, default=None, metavar="NIP",
                     help="yang perlu tindakan pegawai ini (tinjau, perbaikan, jatuh tempo)")
    _json(daf)
    det = lsub.add_parser("detail", help="isi, rantai tinjauan dan riwayat satu laporan")
    det.add_argument("id", type=record_id, metavar="LAPORAN_ID", help="nomor laporan")
    _tanggal(det, "tanggal acuan keterlambatan")
    _json(det)
    _register_lain(lsub)


def _register_kirim(lsub: Any) -> None:
    k = lsub.add_parser(
        "kirim", help="kirim (atau simpan sebagai draf) laporan suatu periode",
        description="Ketua tim mengirim laporan tim; anggota mengirim laporannya kepada ketua; "
                    "pegawai penugasan individu (--penugasan) mengirim laporannya. Laporan yang "
                    "dikembalikan atau diminta sewaktu-waktu: --laporan ID.")
    k.add_argument("tim", type=record_id, nargs="?", default=None, metavar="TIM_ID",
                   help="nomor tim (tidak perlu dengan --penugasan atau --laporan)")
    k.add_argument("--penugasan", type=record_id, default=None, metavar="PERMOHONAN_ID",
                   help="penugasan individu (permohonan disetujui tanpa tim)")
    k.add_argument("--laporan", type=record_id, default=None, metavar="LAPORAN_ID",
                   help="laporan yang sudah ada (dikembalikan, draf, atau permintaan "
                        "sewaktu-waktu)")
    k.add_argument("--periode", default=None, metavar="P",
                   help='periode: nomor urut, nama ("Maret 2026", "Triwulan I 2026") atau '
                        "tanggal di dalamnya")
    _oleh(k, "NIP pelapor")
    k.add_argument("--progres", type=_persen, default=None, metavar="N",
                   help="progres dalam persen (0–100)")
    k.add_argument("--isi", default="", metavar="TEKS", help="uraian pelaksanaan tugas")
    k.add_argument("--masalah", default="", metavar="TEKS", help="permasalahan dan kendala")
    k.add_argument("--rekomendasi", default="", metavar="TEKS",
                   help="alternatif rekomendasi (wajib bila ada --masalah)")
    k.add_argument("--capaian", action="append", default=[], metavar="INDIKATOR=CAPAIAN",
                   help="capaian per indikator; boleh diulang")
    k.add_argument("--lampiran", action="append", default=[], type=Path, metavar="BERKAS",
                   help="lampiran; boleh diulang")
    k.add_argument("--draf", action="store_true", help="simpan sebagai draf, belum dikirim")
    _tanggal(k, "tanggal pengiriman")
    _json(k)


def _register_lain(lsub: Any) -> None:
    m = lsub.add_parser("minta", help="minta laporan sewaktu-waktu kepada ketua atau anggota "
                                      "tim (hanya pejabat yang diizinkan profil)")
    m.add_argument("tim", type=record_id, metavar="TIM_ID", help="nomor tim")
    _oleh(m, "NIP pejabat yang meminta")
    dari = m.add_mutually_exclusive_group(required=True)
    dari.add_argument("--ketua", action="store_true", help="minta kepada ketua tim")
    dari.add_argument("--anggota", type=_nip, default=None, metavar="NIP",
                      help="minta kepada anggota tim ini")
    m.add_argument("--batas", type=tanggal, required=True, metavar=_TGL,
                   help="batas waktu penyampaian")
    m.add_argument("--catatan", default="", metavar="TEKS", help="hal yang diminta")
    _tanggal(m, "tanggal permintaan")
    _json(m)
    s = lsub.add_parser("selesai", help="nyatakan pekerjaan tim selesai (hanya pejabat "
                                        "penutup menurut profil)")
    s.add_argument("tim", type=record_id, metavar="TIM_ID", help="nomor tim")
    _oleh(s, "NIP pejabat yang menyatakan selesai")
    s.add_argument("--catatan", default="", metavar="TEKS", help="catatan penutupan")
    _tanggal(s, "tanggal penutupan")
    _json(s)
    h = lsub.add_parser("hasil-anggota", help="laporan ketua tim tentang hasil kerja tiap "
                                              "anggota kepada Pejabat Penilai Kinerja (PDF)")
    h.add_argument("tim", type=record_id, metavar="TIM_ID", help="nomor tim")
    h.add_argument("-o", "--keluaran", required=True, type=Path, metavar="BERKAS.pdf",
                   help="berkas PDF keluaran")
    _tanggal(h, "tanggal laporan (bawaan: hari ini); hasil kerja tahun tanggal itu")


def _oleh(p: argparse.ArgumentParser, help_text: str) -> None:
    p.add_argument("--oleh", required=True, type=_nip, metavar="NIP", help=help_text)


def _tanggal(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--tanggal", type=tanggal, default=None, metavar=_TGL,
                   help=f"{what} (bawaan: hari ini)")


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="keluaran JSON")


def _nip(text: str) -> str:
    try:
        return normalize_nip(text)
    except SistemKerjaError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _persen(text: str) -> int:
    value = text.strip().rstrip("%").strip()
    if not value.isdigit() or not 0 <= int(value) <= 100:
        raise argparse.ArgumentTypeError(f"progres '{text[:40]}' tidak sah (bilangan bulat "
                                         "0–100)")
    return int(value)


# ---- errors of the services, named by the option -------------------------------------------

_OPSI = {
    "periode": "--periode", "oleh": "--oleh", "oleh_nip": "--oleh", "progres": "--progres",
    "isi": "--isi", "narasi": "--isi", "permasalahan": "--masalah",
    "rekomendasi": "--rekomendasi", "capaian": "--capaian", "lampiran": "--lampiran",
    "catatan": "--catatan", "tanggal": "--tanggal", "batas": "--batas",
    "pelapor_nip": "--anggota", "permohonan_id": "--penugasan", "laporan_id": "--laporan",
    "berkas": "-o",
}


def _named(call: Callable[[], _T], **lain: str) -> _T:
    """Run a service call; a ValidationError names the command-line option of its field
    (`lain`: this command's own names, e.g. laporan_id="LAPORAN_ID")."""
    try:
        return call()
    except ValidationError as exc:
        opsi = {**_OPSI, **lain}.get(exc.field or "")
        if opsi is None or opsi in exc.message:
            raise
        raise ValidationError(f"{opsi}: {exc.message}", field=exc.field,
                              code=exc.code) from None


def _yang_dapat(svc: Services, laporan_id: int, pada: Any) -> str:
    """'Laporan #5 menunggu tinjauan <peran>: <nama> (NIP …)' or '' when nothing waits."""
    try:
        r = svc.laporan.detail(laporan_id, tanggal=pada).ringkas
    except SistemKerjaError:
        return ""
    if r.menunggu is None:
        return f"Laporan #{laporan_id} berstatus {r.status}; tidak ada tinjauan yang menunggu."
    return f"Laporan #{laporan_id} menunggu tinjauan {tampil.siapa(r.menunggu)}."


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# ---- commands ------------------------------------------------------------------------------

def _cmd_jadwal(svc: Services, a: argparse.Namespace) -> int:
    rows = _named(lambda: svc.laporan.jadwal(a.tim), tim_id="TIM_ID")
    if a.json:
        _emit([r.as_json() for r in rows])
    else:
        tampil.jadwal(a.tim, rows)
    return EXIT_OK


def _capaian(items: list[str]) -> list[tuple[int | None, str, str]]:
    out: list[tuple[int | None, str, str]] = []
    for item in items:
        indikator, sep, nilai = item.partition("=")
        if not sep or not indikator.strip() or not nilai.strip():
            raise ValidationError(f"--capaian: '{item[:60]}' tidak sah; tulis INDIKATOR=CAPAIAN "
                                  '(mis. --capaian "Balita ditimbang=92%")', field="capaian")
        key = indikator.strip()
        out.append((int(key) if key.isdigit() else None, "" if key.isdigit() else key,
                    nilai.strip()))
    return out


def _cmd_kirim(svc: Services, a: argparse.Namespace) -> int:
    if a.laporan is None:
        if (a.tim is None) == (a.penugasan is None):
            raise ValidationError("TIM_ID: sebutkan nomor tim, atau --penugasan untuk penugasan "
                                  "individu (salah satu). Tidak ada yang disimpan.", field="tim")
        if a.periode is None or not a.periode.strip():
            raise ValidationError("--periode: periode laporan wajib disebutkan (nomor urut, "
                                  'nama seperti "Maret 2026", atau tanggal di dalamnya; lihat '
                                  "`sistemkerja laporan jadwal TIM_ID`). Tidak ada yang "
                                  "disimpan.", field="periode")
    periode: str | int = a.periode.strip() if a.periode else ""
    if isinstance(periode, str) and periode.isdigit():
        periode = int(periode)
    isi = IsiLaporan(progres=a.progres, narasi=a.isi.strip(), permasalahan=a.masalah.strip(),
                     rekomendasi=a.rekomendasi.strip())
    ringkas, _ = _named(lambda: svc.laporan.simpan(
        a.tim, permohonan_id=a.penugasan, periode=periode, oleh_nip=a.oleh, isi=isi,
        capaian=_capaian(a.capaian), tanggal=a.tanggal, lampiran=tuple(a.lampiran),
        kirim=not a.draf, laporan_id=a.laporan))
    if a.json:
        _emit(ringkas.as_json())
    else:
        tampil.sesudah("draf" if a.draf else "kirim", ringkas)
    return EXIT_OK


def _cmd_tinjau(svc: Services, a: argparse.Namespace) -> int:
    catatan = " ".join(a.catatan.split())
    if a.kembalikan and not catatan:
        siapa = _yang_dapat(svc, a.id, a.tanggal)
        raise ValidationError(
            "--catatan: pengembalian laporan wajib disertai catatan perbaikan: sistemkerja "
            f'laporan tinjau {a.id} --oleh NIP --kembalikan --catatan "…". '
            f"{siapa + ' ' if siapa else ''}Tidak ada yang diubah.", field="catatan",
            code="catatan_kosong")
    try:
        ringkas, _ = _named(lambda: svc.laporan.tinjau(a.id, oleh_nip=a.oleh, terima=a.terima,
                                                       catatan=catatan, tanggal=a.tanggal),
                            laporan_id="LAPORAN_ID")
    except PermissionDenied as exc:
        siapa = _yang_dapat(svc, a.id, a.tanggal)
        if siapa and not _disebut(siapa, exc.message):
            raise PermissionDenied(f"--oleh: {exc.message} {siapa}") from None
        if not exc.message.startswith("--oleh"):
            raise PermissionDenied(f"--oleh: {exc.message}") from None
        raise
    if a.json:
        _emit(ringkas.as_json())
    else:
        tampil.sesudah("terima" if a.terima else "kembalikan", ringkas)
    return EXIT_OK


def _disebut(siapa: str, pesan: str) -> bool:
    """The service's message already names the holder (his NIP)."""
    nips = [w.strip("().,;") for w in siapa.split() if w.strip("().,;").isdigit()]
    return any(n in pesan for n in nips)


def _cmd_daftar(svc: Services, a: argparse.Namespace) -> int:
    if a.untuk:
        items = _named(lambda: svc.laporan.perlu_tindakan(a.untuk, tanggal=a.tanggal))
        if a.json:
            _emit([{**t.laporan.as_json(), "tindakan": t.jenis, "keterangan": t.keterangan}
                   for t in items])
        else:
            tampil.perlu_tindakan(a.untuk, items)
        return EXIT_OK
    rows = _named(lambda: svc.laporan.daftar(
        tanggal=a.tanggal, tim_id=a.tim, status=a.status, pelapor_nip=a.pelapor,
        jenis=a.jenis, anggota=a.anggota))
    if a.json:
        _emit([r.as_json() for r in rows])
    else:
        tampil.daftar(rows, a.tanggal or svc.ctx.today())
    return EXIT_OK


def _cmd_detail(svc: Services, a: argparse.Namespace) -> int:
    d = svc.laporan.detail(a.id, tanggal=a.tanggal)
    if a.json:
        _emit(d.as_json())
    else:
        tampil.detail(d)
    return EXIT_OK


def _cmd_minta(svc: Services, a: argparse.Namespace) -> int:
    dari = "ketua" if a.ketua else "anggota"
    ringkas, _ = _named(lambda: svc.laporan.minta(
        a.tim, oleh_nip=a.oleh, dari=dari, batas=a.batas, pelapor_nip=a.anggota,
        catatan=a.catatan.strip(), tanggal=a.tanggal))
    if a.json:
        _emit(ringkas.as_json())
    else:
        tampil.sesudah("minta", ringkas)
    return EXIT_OK


def _cmd_selesai(svc: Services, a: argparse.Namespace) -> int:
    info, _ = _named(lambda: svc.laporan.nyatakan_selesai(
        a.tim, oleh_nip=a.oleh, catatan=a.catatan.strip(), tanggal=a.tanggal))
    if a.json:
        _emit(tampil.penutupan_json(a.tim, info))
    else:
        tampil.penutupan(a.tim, info)
    return EXIT_OK


def _cmd_hasil_anggota(svc: Services, a: argparse.Namespace) -> int:
    path = _named(lambda: svc.laporan_dokumen.ekspor_hasil_anggota(a.tim, a.keluaran,
                                                                   tanggal=a.tanggal))
    print(f"Laporan hasil kerja anggota tim #{a.tim} ditulis ke {path}")
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("laporan", "jadwal"): _cmd_jadwal, ("laporan", "kirim"): _cmd_kirim,
    ("laporan", "tinjau"): _cmd_tinjau, ("laporan", "daftar"): _cmd_daftar,
    ("laporan", "detail"): _cmd_detail, ("laporan", "minta"): _cmd_minta,
    ("laporan", "selesai"): _cmd_selesai, ("laporan", "hasil-anggota"): _cmd_hasil_anggota,
}
