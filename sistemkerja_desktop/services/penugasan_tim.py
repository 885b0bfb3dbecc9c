"""What a permohonan penugasan does to the team it staffs, and the workload lines Pasuruan asks
for (issue #10). Everything runs inside the caller's write transaction, through the team
service's own session-level save (the team rules apply; a galat rolls the whole use case back).

- On submission an outside pegawai (lintas unit / PD / instansi, seen from the team's unit
  pemilik kinerja) not yet on the team joins it as *menunggu persetujuan*; one refused earlier is
  reopened. A pegawai from within the unit pemilik needs no approval and joins on approval only.
- On approval the waiting members become *disetujui* with the approving letter as dasar; on a
  refusal or a cancellation they become *ditolak* with the reason (kept on the member)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from sistemkerja_desktop.db.tim_mapping import load_tim, load_tims
from sistemkerja_desktop.domain.beban_kerja import maks_serentak
from sistemkerja_desktop.domain.naskah import tanggal_id
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.penugasan import Permohonan
from sistemkerja_desktop.domain.tim import Anggota, Persetujuan, Tim, asal_anggota
from sistemkerja_desktop.services.team_rows import active_memberships
from sistemkerja_desktop.services.team_service import TeamService


def alasan_menunggu(permohonan_id: int) -> str:
    return f"menunggu Permohonan penugasan #{permohonan_id}"


def dasar_persetujuan(p: Permohonan, tanggal: dt.date) -> str:
    """The approving letter (the last step that recorded a number), else the request itself."""
    surat = [x for x in p.langkah if x.surat_nomor]
    if surat:
        x = surat[-1]
        on = x.surat_tanggal or x.tanggal or tanggal
        return f"Surat nomor {x.surat_nomor} tanggal {tanggal_id(on)}"
    return f"Permohonan penugasan #{p.id} tanggal {tanggal_id(tanggal)}"


def saat_diajukan(teams: TeamService, s: Session, tim: Tim, pegawai_ids: Sequence[int],
                  permohonan_id: int, struktur: Struktur) -> bool:
    """Outside pegawai join the team waiting for this request. Returns whether it changed."""
    members = {a.pegawai_id: a for a in tim.anggota}
    alasan = alasan_menunggu(permohonan_id)
    baru, buka = [], []
    for pid in pegawai_ids:
        asal = asal_anggota(struktur.pegawai_by_id[pid], tim.unit_pemilik_id, struktur)
        a = members.get(pid)
        if a is None and asal.luar:
            baru.append(Anggota(pid, asal=asal, persetujuan=Persetujuan.MENUNGGU,
                                alasan_persetujuan=alasan))
        elif a is not None and a.ditolak and (a.asal or asal).luar:
            buka.append(pid)
    if baru:
        teams.ubah_dalam_sesi(s, tim.id, lambda t: dataclasses.replace(
            t, anggota=(*t.anggota, *baru)))
    for pid in buka:
        teams.persetujuan_dalam_sesi(s, tim.id, pid, Persetujuan.MENUNGGU, alasan)
    return bool(baru or buka)


def saat_diputus(teams: TeamService, s: Session, p: Permohonan, persetujuan: Persetujuan,
                 alasan: str, struktur: Struktur) -> bool:
    """The request's decision on its team's members (DISETUJUI with the letter as `alasan`,
    DITOLAK with the reason). Returns whether the team changed."""
    assert p.tim_id is not None
    tim = load_tim(s, p.tim_id)
    members = {a.pegawai_id: a for a in tim.anggota}
    tambah: list[Anggota] = []
    ubah: list[int] = []
    for pid in p.pegawai_ids:
        a = members.get(pid)
        if a is None:
            if persetujuan is Persetujuan.DISETUJUI:  # an insider, or removed meanwhile
                asal = asal_anggota(struktur.pegawai_by_id[pid], tim.unit_pemilik_id, struktur)
                tambah.append(Anggota(pid, asal=asal, persetujuan=Persetujuan.DISETUJUI,
                                      alasan_persetujuan=alasan) if asal.luar else Anggota(pid))
        elif a.menunggu and a.asal is not None and a.asal.luar:
            ubah.append(pid)
    if tambah:
        teams.ubah_dalam_sesi(s, tim.id, lambda t: dataclasses.replace(
            t, anggota=(*t.anggota, *tambah)))
    for pid in ubah:
        teams.persetujuan_dalam_sesi(s, tim.id, pid, persetujuan, alasan)
    return bool(tambah or ubah)


def beban_kerja(s: Session, p: Permohonan, struktur: Struktur, ambang: int) -> tuple[str, ...]:
    """Per pegawai: the active teams overlapping the request's durasi (its own team left out),
    the most running at once in it, and whether this assignment would pass the PD's threshold
    (Pasuruan Lampiran BAB II huruf B angka 2: "mempertimbangkan beban kerja")."""
    mulai, selesai = p.isi.mulai, p.isi.selesai
    ms = [k for k in active_memberships(load_tims(s))
          if k.tim_id != p.tim_id and k.mulai <= selesai and k.selesai >= mulai]
    out = []
    for pid in p.pegawai_ids:
        peg = struktur.pegawai_by_id.get(pid)
        if peg is None:
            continue
        mine = sorted((k for k in ms if k.pegawai_id == pid), key=lambda k: (k.mulai, k.tim_nama))
        puncak = maks_serentak((max(k.mulai, mulai), min(k.selesai, selesai)) for k in mine)
        tim = f" ({'; '.join(k.tim_nama for k in mine)})" if mine else ""
        lebih = (f" — melebihi ambang beban kerja {ambang} tim serentak"
                 if puncak + 1 > ambang else "")
        out.append(f"{peg.nama_lengkap} (NIP {peg.nip}): {len(mine)} tim aktif dalam durasi "
                   f"{tanggal_id(mulai)} s.d. {tanggal_id(selesai)}{tim}; paling banyak "
                   f"{puncak} serentak, {puncak + 1} bersama penugasan ini{lebih}")
    return tuple(out)
