"""A small agency for the team-rule tests (issue #9), built with `struktur_uji.Builder`.

    Dinas Kesehatan (Kepala Dinas, JPT Pratama)
    ├── Sekretariat (Sekretaris, Administrator) ── Subbagian Umum (Kasubbag, Pengawas)
    ├── Bidang Pelayanan (Kabid, Administrator) ── Seksi Rujukan (Kasi, Pengawas)
    └── Bidang P2P (Kabid P2P, Administrator; no sub-unit: one structural level)

JF/Pelaksana have a kedudukan from 2024 except `tanpa_kedudukan`; `tamu` is from another
instansi (external, no kedudukan needed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from struktur_uji import Builder

from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import JenisUnit, Struktur
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import Anggota, PeranTim, Persetujuan, Tim, lengkapi_anggota
from sistemkerja_desktop.domain.tim_rules import cek_tim

KODES = ("generic", "kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan")
# a kind of team each profile knows, free of duration limits for a calendar year
JENIS = {"pekalongan": "kelompok-kerja"}
MULAI, SELESAI = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
K, A = PeranTim.KETUA, PeranTim.ANGGOTA


class Agensi:
    def __init__(self) -> None:
        b = self.b = Builder()
        self.dinas = b.unit("Dinas Kesehatan", JenisUnit.PIMPINAN)
        self.kadis_pos = b.pejabat("Kadis", "Kepala Dinas", Kategori.JPT_PRATAMA, self.dinas)
        self.sek = b.unit("Sekretariat", JenisUnit.SEKRETARIAT, self.dinas)
        self.sekretaris_pos = b.pejabat("Sekretaris", "Sekretaris", Kategori.ADMINISTRATOR,
                                        self.sek)
        self.umum = b.unit("Subbagian Umum", JenisUnit.SUBBAGIAN, self.sek)
        self.kasubbag_pos = b.pejabat("Kasubbag", "Kepala Subbagian Umum", Kategori.PENGAWAS,
                                      self.umum)
        self.bidang = b.unit("Bidang Pelayanan", JenisUnit.BIDANG, self.dinas)
        self.kabid_pos = b.pejabat("Kabid", "Kepala Bidang Pelayanan", Kategori.ADMINISTRATOR,
                                   self.bidang)
        self.seksi = b.unit("Seksi Rujukan", JenisUnit.SEKSI, self.bidang)
        self.kasi_pos = b.pejabat("Kasi", "Kepala Seksi Rujukan", Kategori.PENGAWAS, self.seksi)
        self.p2p = b.unit("Bidang P2P", JenisUnit.BIDANG, self.dinas)
        self.kabid_p2p_pos = b.pejabat("Kabid P2P", "Kepala Bidang P2P", Kategori.ADMINISTRATOR,
                                       self.p2p)
        self.ani = self._jf("Ani", Jenjang.AHLI_MUDA, self.bidang, self.kabid_pos)
        self.budi = self._jf("Budi", Jenjang.AHLI_PERTAMA, self.bidang, self.kabid_pos)
        self.citra = self._jf("Citra", Jenjang.AHLI_MADYA, self.bidang, self.kadis_pos)
        self.dedi = b.pelaksana("Dedi", self.seksi)
        b.ppk(self.dedi, self.kasi_pos)
        self.eka = self._jf("Eka", Jenjang.AHLI_PERTAMA, self.sek, self.sekretaris_pos)
        self.fani = self._jf("Fani", Jenjang.AHLI_MUDA, self.p2p, self.kabid_p2p_pos)
        self.gita = self._jf("Gita", Jenjang.AHLI_MUDA, self.umum, self.sekretaris_pos)
        self.tanpa_kedudukan = b.jf("Hadi", Jenjang.AHLI_PERTAMA, self.bidang)
        self.tamu = b.jf("Tamu", Jenjang.AHLI_MUDA, None, eksternal=True)

    def _jf(self, nama: str, jenjang: Jenjang, unit: int, ppk_pos: int) -> int:
        pid = self.b.jf(nama, jenjang, unit)
        self.b.ppk(pid, ppk_pos)
        return pid

    def holder(self, pos: int) -> int:
        return next(p.pemangku_id for p in self.b.positions if p.id == pos)

    def struktur(self, profil: str) -> Struktur:
        s = self.b.build(profil)
        tamu = next(p for p in s.pegawai if p.id == self.tamu)
        pegawai = tuple(dataclasses.replace(p, instansi_asal="Kementerian Kesehatan")
                        if p is tamu else p for p in s.pegawai)
        return dataclasses.replace(s, pegawai=pegawai)


def tim(s: Struktur, members, *, unit: int, jenis: str = "tim-kerja", mulai=MULAI,
        selesai=SELESAI, **kw) -> Tim:
    """`members`: (pegawai_id, peran) or ready `Anggota`; origin and approval derived."""
    anggota = tuple(m if isinstance(m, Anggota) else Anggota(m[0], m[1]) for m in members)
    return lengkapi_anggota(Tim(nama="Tim Uji", jenis=jenis, unit_pemilik_id=unit, mulai=mulai,
                                selesai=selesai, anggota=anggota, **kw), s)


def putuskan(t: Tim, pegawai_id: int, persetujuan: Persetujuan, alasan: str = "") -> Tim:
    return dataclasses.replace(t, anggota=tuple(
        dataclasses.replace(a, persetujuan=persetujuan, alasan_persetujuan=alasan)
        if a.pegawai_id == pegawai_id else a for a in t.anggota))


def cek(s: Struktur, t: Tim, **kw) -> list[Finding]:
    return cek_tim(t, s, get_profile(s.pd.profil), **kw)


def dengan(findings, kode: str, tingkat: Tingkat | None = None) -> list[Finding]:
    return [f for f in findings if f.kode == kode and (tingkat is None or f.tingkat is tingkat)]
