"""Fill the roster Excel DTOs from teams.

The table lists the members a naskah lists (`anggota_naskah`): a refused (DITOLAK) member never —
they are named with the reason in the sheet's note instead; a pending (MENUNGGU) one is marked
(KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d; BT Lampiran II C.1)(3) d; PS II.B.2.a a)2 d).
"""

from __future__ import annotations

from collections.abc import Sequence

from sistemkerja_desktop.domain.naskah import tanggal_id
from sistemkerja_desktop.domain.nip import format_nip
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.tim import (
    PeranTim,
    Persetujuan,
    Tim,
    anggota_naskah,
    lengkapi_anggota,
)
from sistemkerja_desktop.domain.tim_rules import jenis_tim
from sistemkerja_desktop.exporters.xlsx.roster import MENUNGGU, RosterBaris, RosterTim
from sistemkerja_desktop.services.team_dto import DokumenRow

_PERSETUJUAN = {Persetujuan.MENUNGGU: MENUNGGU, Persetujuan.DISETUJUI: "Disetujui"}


def roster_tims(tims: Sequence[Tim], struktur: Struktur, profile: RegulationProfile,
                docs: dict[int, list[DokumenRow]]) -> list[RosterTim]:
    out = []
    for t in tims:
        t = lengkapi_anggota(t, struktur)  # origin and approval derived where not stored
        periode = f"{tanggal_id(t.mulai)} s.d. {tanggal_id(t.selesai)}" if t.mulai and \
            t.selesai else ""
        current = [d for d in docs.get(t.id, []) if not d.kedaluwarsa]
        nomor = "; ".join(f"{d.jenis_label} {d.nomor}" for d in current)
        rows = []
        ketua = ""
        for a in sorted(anggota_naskah(t), key=lambda a: a.peran is not PeranTim.KETUA):
            p = struktur.pegawai_by_id.get(a.pegawai_id)
            if p is None:
                continue
            if a.peran is PeranTim.KETUA and not ketua:
                ketua = p.nama_lengkap
            asal = p.instansi_asal if p.eksternal else struktur.unit_path(p.unit_id)
            if a.asal is not None and a.asal.luar:
                asal = f"{asal} ({a.asal.value.lower()})"
            rows.append(RosterBaris(
                p.nama_lengkap, p.nip, p.golongan.tampil if p.golongan else "",
                p.jabatan.nama if p.jabatan else "", a.label_peran, asal,
                persetujuan=_PERSETUJUAN.get(a.persetujuan, "") if a.persetujuan else ""))
        ditolak = []
        for a in t.anggota:
            p = struktur.pegawai_by_id.get(a.pegawai_id)
            if a.ditolak and p is not None:
                nip = f" (NIP {format_nip(p.nip)})" if p.nip else ""
                ditolak.append(f"{p.nama_lengkap}{nip}: "
                               f"{a.alasan_persetujuan or 'alasan tidak dicatat'}")
        jenis = jenis_tim(profile, t.jenis)
        out.append(RosterTim(t.nama, jenis.nama if jenis else t.jenis,
                             struktur.unit_path(t.unit_pemilik_id), periode, t.status.value,
                             ketua, nomor, tuple(rows), tuple(ditolak)))
    return out
