"""Membership rules of a team: approval of outside members and kedudukan before assignment.

- An outside member is assigned only once the request is approved, and a refusal comes with
  its reason (KH Lampiran I B.2.a.2 c–d; BT Lampiran II C.1)(3) c–d; Bungo Pasal 6(3) c–d;
  Pasuruan Lampiran BAB II B.2.a 2 c–d; Pekalongan Lampiran IV 4.1 b.2): a pending member warns
  on a draft and blocks a final SK/Surat Tugas (ANGGOTA_MENUNGGU_PERSETUJUAN); a refused one is
  reported (ANGGOTA_DITOLAK), never printed, and left out of every other rule.
- Penugasan "dilakukan setelah penetapan kedudukan" (KH Lampiran I B angka 2; BT Lampiran II
  A(2); Pekalongan Lampiran IV; Pasuruan Lampiran BAB II B.2.a): a JF/Pelaksana of this
  agency without a PPK on the team's start date (ANGGOTA_TANPA_KEDUDUKAN).
"""

from __future__ import annotations

import datetime as dt

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.profiles.citation import Citation, umum
from sistemkerja_desktop.domain.tim import PeranTim, StatusTim, Tim

G, W = Tingkat.GALAT, Tingkat.PERINGATAN
PERSETUJUAN_UMUM = umum("KH Lampiran I huruf B angka 2; BT Lampiran II huruf C angka 1; Bungo "
                        "Pasal 6; Pasuruan Lampiran BAB II huruf B angka 2")
KEDUDUKAN_UMUM = umum("KH Lampiran I huruf B angka 2; BT Lampiran II huruf A angka 2; "
                      "Pekalongan Lampiran IV")
_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")


def _f(kode: str, tingkat: Tingkat, pesan: str, dasar: Citation | str,
       p: Pegawai | None = None) -> Finding:
    return Finding(kode=kode, tingkat=tingkat, pesan=pesan, dasar=str(dasar),
                   pegawai_id=p.id if p else None, nip=p.nip if p else None,
                   unit_id=p.unit_id if p else None)


temuan = _f  # the finding helper of the team-rule modules


def tanggal(d: dt.date) -> str:
    return f"{d.day} {_BULAN[d.month - 1]} {d.year}"


def cek_persetujuan(tim: Tim, struktur: Struktur, profile: RegulationProfile, *,
                    final: bool) -> list[Finding]:
    """One finding per refused member and per member still waiting for approval."""
    dasar = profile.ketua.persetujuan_dasar or PERSETUJUAN_UMUM
    out: list[Finding] = []
    for a in tim.anggota:
        p = struktur.pegawai_by_id.get(a.pegawai_id)
        if p is None:
            continue
        alasan = a.alasan_persetujuan.strip()
        if a.ditolak:
            out.append(_f(
                "ANGGOTA_DITOLAK", W,
                f"{p.nama_lengkap} ditolak: {alasan or 'alasan penolakan belum dicatat'}; "
                "tidak dicantumkan dalam naskah", dasar, p))
        elif a.menunggu:
            asal = f" ({alasan})" if alasan else ""
            if final:
                pesan = (f"{p.nama_lengkap} masih menunggu persetujuan{asal}: SK/Surat Tugas "
                         "final tidak dapat diterbitkan sebelum pelibatannya disetujui")
            else:
                pesan = (f"{p.nama_lengkap} masih menunggu persetujuan{asal}; ditugaskan setelah "
                         "disetujui (draf menandainya)")
            out.append(_f("ANGGOTA_MENUNGGU_PERSETUJUAN", G if final else W, pesan, dasar, p))
    return out


def cek_kedudukan(tim: Tim, struktur: Struktur, profile: RegulationProfile, *,
                  final: bool) -> list[Finding]:
    """JF/Pelaksana of this agency (not external) assigned without a kedudukan (a PPK) on the
    team's start date: galat for a final instrument or an active team, else peringatan.
    `tim` holds the counted members only (refused ones left out)."""
    if tim.mulai is None:
        return []
    dasar = profile.ketua.kedudukan_dasar or KEDUDUKAN_UMUM
    tingkat = G if final or tim.status is StatusTim.AKTIF else W
    berlaku = struktur.kedudukan_on(tim.mulai)
    out: list[Finding] = []
    for a in tim.anggota:
        p = struktur.pegawai_by_id.get(a.pegawai_id)
        if (p is None or p.eksternal or p.jabatan is None or not p.jabatan.is_jf_or_pelaksana
                or berlaku.get(p.id)):
            continue
        peran = "ketua" if a.peran is PeranTim.KETUA or a.sementara else "anggota"
        out.append(_f(
            "ANGGOTA_TANPA_KEDUDUKAN", tingkat,
            f"{p.nama_lengkap} belum memiliki kedudukan (Pejabat Penilai Kinerja) pada "
            f"{tanggal(tim.mulai)}: penugasan sebagai {peran} tim dilakukan setelah penetapan "
            "kedudukan", dasar, p))
    return out
