"""`sistemkerja tim anggota setujui|tolak` and `sistemkerja tim periksa` (issue #9).

An outside member (lintas unit / Perangkat Daerah / instansi) is assigned only after the request
is approved, and a refusal comes with its reason (Kapuas Hulu Lampiran I B.2.a.2 d; Bungo Pasal
6(3) d; Barito Timur Lampiran II C.1)(3) d; Pasuruan Lampiran II.B.2.a a)2 d). `tim periksa`
judges the saved team as for its final SK / Surat Tugas (`TeamService.periksa`)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sistemkerja_desktop.cli.common import EXIT_GALAT, EXIT_OK
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import AnggotaRow, TimDetail


def _member(svc: Services, tim_id: int, nip: str) -> tuple[TimDetail, AnggotaRow]:
    """The team and the member named by NIP; exit 2 (ValidationError) naming the NIP when the
    pegawai is not a member, or when the member comes from within the unit pemilik kinerja."""
    detail = svc.teams.team(tim_id)  # NotFoundError "Tim #N tidak ditemukan"
    p = svc.teams.pegawai_by_nip(nip)  # NotFoundError naming the NIP
    row = next((r for r in detail.anggota if r.pegawai_id == p.id), None)
    if row is None:
        raise ValidationError(f"NIP {p.nip_tampil} ({p.nama_lengkap}) bukan anggota tim "
                              f"#{detail.tim.id} {detail.tim.nama}. Tidak ada yang diubah.",
                              field="nip", code="bukan_anggota")
    if not row.asal.luar:
        raise ValidationError(
            f"{row.nama} (NIP {row.nip_tampil}) berasal dari dalam unit pemilik kinerja "
            f"({row.unit}): anggota dalam unit tidak memerlukan persetujuan. Tidak ada yang "
            "diubah.", field="nip", code="tidak_perlu_persetujuan")
    return detail, row


def cmd_persetujuan(svc: Services, a: argparse.Namespace) -> int:
    tolak = a.aksi_anggota == "tolak"
    if tolak:
        keterangan = " ".join((a.alasan or "").split())
        if not keterangan:
            raise ValidationError(
                "Alasan penolakan wajib disebutkan: sistemkerja tim anggota tolak TIM_ID NIP "
                '--alasan "…". Penolakan anggota dari luar unit disertai alasannya. Tidak ada '
                "yang diubah.", field="alasan_persetujuan", code="alasan_kosong")
        tujuan = Persetujuan.DITOLAK
    else:
        keterangan = " ".join(a.dasar.split())
        tujuan = Persetujuan.DISETUJUI
    detail, row = _member(svc, a.tim_id, a.nip)
    after, _ = svc.teams.set_persetujuan(detail.tim.id, row.pegawai_id, tujuan, keterangan)
    now = next(r for r in after.anggota if r.pegawai_id == row.pegawai_id)
    if a.json:
        _emit({"tim_id": after.tim.id, "tim": after.tim.nama, "nip": now.nip, "nama": now.nama,
               "asal": now.asal.value, "sebelum": row.persetujuan.value,
               "persetujuan": now.persetujuan.value,
               ("alasan" if tolak else "dasar"): now.alasan_persetujuan})
    else:
        label = "alasan" if tolak else "dasar"
        isi = now.alasan_persetujuan or "(tidak disebutkan)"
        print(f"{now.nama} (NIP {now.nip_tampil}, {now.asal.value}) di tim #{after.tim.id} "
              f"{after.tim.nama}: {row.persetujuan.value} → {now.persetujuan.value}; "
              f"{label}: {isi}")
        if tolak:
            print("Anggota yang ditolak tidak dicantumkan dalam SK/Surat Tugas.")
    return EXIT_OK


def cmd_periksa(svc: Services, a: argparse.Namespace) -> int:
    findings = svc.teams.periksa(a.tim_id)
    if a.json:
        _emit([{"kode": f.kode, "tingkat": f.tingkat.value, "pesan": f.pesan, "dasar": f.dasar}
               for f in findings])
    else:
        for f in findings:
            print(f"[{f.tingkat.value.upper()}] {f.kode}: {f.pesan} (dasar: {f.dasar})")
        galat = sum(f.tingkat is Tingkat.GALAT for f in findings)
        print(f"{galat} galat, {len(findings) - galat} peringatan.")
    return EXIT_GALAT if any(f.tingkat is Tingkat.GALAT for f in findings) else EXIT_OK


def _emit(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
