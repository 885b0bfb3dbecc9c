"""Text output of `sistemkerja penugasan …` (without `--json`): readable Indonesian lines and
tables. The JSON output is the DTOs' own `as_json()`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from sistemkerja_desktop.services.penugasan_dto import (
    LangkahRow,
    MenungguRow,
    PermohonanDetail,
    PermohonanRingkas,
)

_KEPUTUSAN = {"setujui": "setuju", "rekomendasi": "rekomendasi", "teruskan": "diteruskan",
              "tolak": "tolak"}


def _cut(text: str, width: int) -> str:
    return f"{text:<{width}}" if len(text) <= width else text[:width - 1] + "…"


def _siapa(peran: str, jabatan: str, nama: str, nip: str, pihak: str) -> str:
    """'peran: jabatan — nama, NIP …' without saying the role twice; a step of the other side
    has no name here (its answer is entered from its letter)."""
    siapa = nama or ("dicatat dari surat" if pihak == "mereka" else "jabatan kosong")
    nip_text = f", NIP {nip}" if nip else ""
    head = jabatan if jabatan.startswith(peran) else f"{peran}: {jabatan}"
    return f"{head} — {siapa}{nip_text}"


def _menunggu(m: MenungguRow) -> str:
    text = f"langkah {m.urut}, {_siapa(m.peran, m.jabatan, m.nama, m.nip, m.pihak)}"
    if m.pencatat_nip and m.pencatat_nip != m.nip:
        text += f" (dicatat oleh {m.pencatat_nama}, NIP {m.pencatat_nip})"
    return text


def _pegawai(d: PermohonanDetail) -> str:
    return "; ".join(f"{p.nama} ({', '.join(x for x in (f'NIP {p.nip}', p.jabatan, p.unit) if x)})"
                     for p in d.pegawai)


def _judul(r: PermohonanRingkas) -> str:
    return (f"Permohonan #{r.id}: {r.jenis} {r.lingkup} ({r.arah}), {r.status}, "
            f"diajukan {r.tanggal.isoformat()}")


def diajukan(r: PermohonanRingkas, d: PermohonanDetail) -> None:
    print(f"{_judul(r)} oleh {r.oleh_nama} ({r.oleh_nip})")
    print(f"  Pegawai: {_pegawai(d)}")
    if r.tujuan:
        print(f"  Tujuan: {r.tujuan}")
    print(f"  Dasar alur: {d.dasar}")
    if d.lisan:
        print("  Pengajuan lisan: hanya dicatat.")
    for row in d.langkah:
        print(f"  {_langkah(row)}")


def peringatan(d: PermohonanDetail) -> None:
    """What the approvers are asked to weigh (Pasuruan: the pegawai's concurrent teams), on
    stderr with or without --json."""
    for pesan in d.beban_kerja:
        print(f"peringatan: beban kerja: {pesan}", file=sys.stderr)


def sesudah_aksi(aksi: str, r: PermohonanRingkas) -> None:
    if aksi == "batalkan":
        print(f"Permohonan #{r.id} dibatalkan; status: {r.status}.")
    else:
        print(f"Permohonan #{r.id}: keputusan '{_KEPUTUSAN[aksi]}' dicatat; status permohonan: "
              f"{r.status}.")
    if r.menunggu is not None:
        print(f"  Berikutnya menunggu {_menunggu(r.menunggu)}")


def daftar(rows: Sequence[PermohonanRingkas], *, untuk: str | None) -> None:
    print(f"{'ID':>5}  {'STATUS':<10}  {'JENIS':<10}  {'LINGKUP':<15}  {'ARAH':<6}  "
          f"{'UMUR':>4}  {'PEGAWAI':<34}  MENUNGGU")
    for r in rows:
        pegawai = r.pegawai_nama if len(r.pegawai) < 2 else f"{len(r.pegawai)} pegawai"
        m = r.menunggu
        menunggu = "—" if m is None else (
            f"{m.jabatan} — {m.nama}" if m.nama else f"{m.jabatan} (dicatat {m.pencatat_nama})")
        print(f"{r.id:>5}  {r.status:<10}  {r.jenis:<10}  {r.lingkup:<15}  {r.arah:<6}  "
              f"{r.umur_hari:>4}  {_cut(pegawai, 34)}  {menunggu}")
    siapa = f" menunggu tindakan NIP {untuk}" if untuk else ""
    print(f"{len(rows)} permohonan{siapa}.")


def _langkah(row: LangkahRow) -> str:
    when = f" {row.tanggal.isoformat()}" if row.tanggal else ""
    mark = " ← menunggu" if row.sekarang else ""
    text = (f"{row.urut}. [{row.keputusan}]{when} "
            f"{_siapa(row.peran, row.jabatan, row.nama, row.nip, row.pihak)}{mark}")
    if row.dicatat_oleh:
        text += f"\n       dicatat oleh {row.dicatat_oleh}"
    if row.catatan:
        text += f"\n       catatan: {row.catatan}"
    if row.surat_nomor:
        tgl = f" tanggal {row.surat_tanggal.isoformat()}" if row.surat_tanggal else ""
        text += f"\n       surat: {row.surat or ''} nomor {row.surat_nomor}{tgl}"
    return text


def riwayat(d: PermohonanDetail, rows: Sequence[LangkahRow]) -> None:
    r = d.ringkas
    print(_judul(r))
    print(f"  Pegawai: {_pegawai(d)}")
    print(f"  Dasar alur: {d.dasar}")
    for row in rows:
        print(f"  {_langkah(row)}")
