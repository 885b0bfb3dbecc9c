"""`sistemkerja tim …`: create teams, add members, approve or refuse outside members, check a
team as for its final instrument, list, roster to Excel (README "CLI")."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sistemkerja_desktop.cli import tim_persetujuan
from sistemkerja_desktop.cli.common import EXIT_OK, record_id, tanggal
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.tim import Anggota, PeranTim, StatusTim, Tim
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import TimDetail


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    tim = sub.add_parser("tim", help="Tim Kerja / Kelompok Kerja")
    tsub = tim.add_subparsers(dest="aksi", metavar="AKSI", parser_class=parser_class)
    tsub.required = True
    buat = tsub.add_parser("buat", help="buat tim baru (status aktif)")
    buat.add_argument("--nama", required=True)
    buat.add_argument("--jenis", required=True,
                      help="tim-kerja, kelompok-kerja, atau jenis lain dari profil peraturan")
    buat.add_argument("--unit-pemilik", required=True, metavar="NAMA UNIT",
                      help="unit pemilik kinerja (nama, jalur 'Bidang X / Seksi Y', atau kode)")
    buat.add_argument("--mulai", required=True, type=tanggal, metavar="YYYY-MM-DD")
    buat.add_argument("--selesai", required=True, type=tanggal, metavar="YYYY-MM-DD")
    buat.add_argument("--ketua", required=True, metavar="NIP")
    buat.add_argument("--anggota", default="", metavar="NIP,NIP,…")
    buat.add_argument("--tugas", action="append", default=[], metavar="TEKS",
                      help="uraian tugas (diktum KEDUA); boleh diulang")
    buat.add_argument("--sasaran", default="", help="target/output/indikator yang dilayani")
    buat.add_argument("--draf", action="store_true", help="simpan sebagai draf, bukan aktif")
    buat.add_argument("--json", action="store_true", help='keluaran JSON {"id", "uuid"}')
    ang = tsub.add_parser("anggota", help="kelola anggota tim")
    asub = ang.add_subparsers(dest="aksi_anggota", metavar="AKSI", parser_class=parser_class)
    asub.required = True
    tambah = asub.add_parser("tambah", help="tambah anggota")
    tambah.add_argument("tim_id", type=record_id, metavar="TIM_ID")
    tambah.add_argument("nip", metavar="NIP")
    tambah.add_argument("--peran", default="Anggota",
                        help='Ketua, Anggota, atau jabatan dalam tim (mis. "Sekretaris")')
    setujui = asub.add_parser(
        "setujui", help="catat persetujuan anggota dari luar unit pemilik kinerja")
    setujui.add_argument("tim_id", type=record_id, metavar="TIM_ID")
    setujui.add_argument("nip", metavar="NIP")
    setujui.add_argument("--dasar", default="", metavar="TEKS",
                         help='dasar persetujuan, mis. nomor surat persetujuan atasannya')
    setujui.add_argument("--json", action="store_true", help="keluaran JSON")
    tolak = asub.add_parser(
        "tolak", help="catat penolakan anggota dari luar unit pemilik kinerja (dengan alasan); "
                      "anggota yang ditolak tidak dicantumkan dalam naskah")
    tolak.add_argument("tim_id", type=record_id, metavar="TIM_ID")
    tolak.add_argument("nip", metavar="NIP")
    tolak.add_argument("--alasan", default=None, metavar="TEKS",
                       help="alasan penolakan (wajib)")
    tolak.add_argument("--json", action="store_true", help="keluaran JSON")
    per = tsub.add_parser("periksa", help="periksa tim seperti untuk naskah finalnya "
                                          "(kode keluar 1 bila ada galat)")
    per.add_argument("tim_id", type=record_id, metavar="TIM_ID")
    per.add_argument("--json", action="store_true",
                     help='keluaran JSON: daftar {"kode", "tingkat", "pesan", "dasar"}')
    daf = tsub.add_parser("daftar", help="daftar tim")
    daf.add_argument("--json", action="store_true", help="keluaran JSON")
    ros = tsub.add_parser("roster", help="ekspor susunan tim ke .xlsx")
    ros.add_argument("tim_id", type=record_id, nargs="?", metavar="TIM_ID")
    ros.add_argument("--semua", action="store_true", help="semua tim")
    ros.add_argument("-o", "--output", required=True, type=Path, metavar="BERKAS.xlsx")


def _warn(detail: TimDetail) -> None:
    for f in detail.findings:
        if f.tingkat is Tingkat.PERINGATAN:
            print(f"peringatan: {f.pesan} (dasar: {f.dasar})", file=sys.stderr)


def _cmd_buat(svc: Services, a: argparse.Namespace) -> int:
    unit = svc.teams.unit_by_name(a.unit_pemilik)
    ketua = svc.teams.pegawai_by_nip(a.ketua)
    members = [Anggota(ketua.id, PeranTim.KETUA)]
    for nip in (x.strip() for x in a.anggota.split(",") if x.strip()):
        p = svc.teams.pegawai_by_nip(nip)
        if any(m.pegawai_id == p.id for m in members):
            raise ValidationError(f"NIP {nip} disebut lebih dari sekali", field="anggota")
        members.append(Anggota(p.id))
    detail, _ = svc.teams.save(Tim(
        nama=a.nama, jenis=a.jenis, unit_pemilik_id=unit.id, mulai=a.mulai, selesai=a.selesai,
        sasaran=a.sasaran, tahun_anggaran=a.mulai.year, tugas=tuple(a.tugas),
        anggota=tuple(members), status=StatusTim.DRAF if a.draf else StatusTim.AKTIF))
    _warn(detail)
    if a.json:
        _emit({"id": detail.tim.id, "uuid": detail.tim.uuid})
    else:
        print(f"Tim #{detail.tim.id} dibuat: {detail.tim.nama} ({len(detail.anggota)} anggota)")
    return EXIT_OK


def _cmd_anggota(svc: Services, a: argparse.Namespace) -> int:
    if a.aksi_anggota in ("setujui", "tolak"):
        return tim_persetujuan.cmd_persetujuan(svc, a)
    p = svc.teams.pegawai_by_nip(a.nip)
    peran_text = a.peran.strip()
    if peran_text.lower() == "ketua":
        peran, jabatan = PeranTim.KETUA, ""
    elif peran_text.lower() in ("anggota", ""):
        peran, jabatan = PeranTim.ANGGOTA, ""
    else:
        peran, jabatan = PeranTim.ANGGOTA, peran_text
    detail, _ = svc.teams.add_member(a.tim_id, p.id, peran, jabatan)
    _warn(detail)
    row = next(r for r in detail.anggota if r.pegawai_id == p.id)
    status = f" — {row.persetujuan.value}" if row.asal.luar else ""
    print(f"{row.nama} ditambahkan ke {detail.tim.nama} sebagai {row.label_peran}{status}")
    return EXIT_OK


def _cmd_daftar(svc: Services, a: argparse.Namespace) -> int:
    rows = svc.teams.teams()
    if a.json:
        _emit([{"id": r.id, "uuid": r.uuid, "nama": r.nama, "jenis": r.jenis,
                "unit_pemilik": r.unit_pemilik, "mulai": r.mulai.isoformat(),
                "selesai": r.selesai.isoformat(), "status": r.status.value, "ketua": r.ketua_nip,
                "anggota": list(r.anggota_nip), "nomor_dokumen": r.nomor_dokumen or None}
               for r in rows])
    else:
        for r in rows:
            print(f"#{r.id:<4} {r.nama:<50.50} {r.status.value:<10} {r.jumlah_anggota:>3} anggota"
                  f"  {r.mulai.isoformat()} s.d. {r.selesai.isoformat()}  {r.unit_pemilik}")
    return EXIT_OK


def _cmd_roster(svc: Services, a: argparse.Namespace) -> int:
    if a.semua == (a.tim_id is not None):
        raise ValidationError("sebutkan TIM_ID atau --semua (salah satu)", field="tim")
    n = svc.dokumen.ekspor_roster(None if a.semua else [a.tim_id], a.output)
    print(f"Susunan {n} tim diekspor ke {a.output}")
    return EXIT_OK


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("tim", "buat"): _cmd_buat, ("tim", "anggota"): _cmd_anggota, ("tim", "daftar"): _cmd_daftar,
    ("tim", "roster"): _cmd_roster, ("tim", "periksa"): tim_persetujuan.cmd_periksa,
}
