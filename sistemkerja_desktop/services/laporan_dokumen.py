"""The ketua's report of each member's results for the Pejabat Penilai Kinerja (issue #11; the
penilaian input of KH Lampiran I huruf A angka 3 huruf e, BT Lampiran II bagian I huruf B angka
(4) huruf e, PK Pasal 22 ayat (5) huruf e, BG Pasal 10 ayat (4) huruf e, PS Lampiran II huruf B
angka 3 huruf A — `domain.laporan_hasil`).

Per member (roster order, the ketua and refused members left out): name, NIP, pangkat,
jabatan, role in the team, his PPK on the date, and his results of the year from his member
reports to the ketua (progres, uraian, capaian per indicator); signed by the ketua, addressed to
the members' PPK(s) and the PUO of the unit pemilik kinerja (Barito Timur: also the Kepala
Perangkat Daerah). Read-only; the PDF is written atomically and never over the data file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.tim_mapping import load_tims
from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.laporan_hasil import (
    HasilAnggota,
    HasilAnggotaBaris,
    HasilPeriode,
    aturan_hasil,
)
from sistemkerja_desktop.domain.naskah import Penandatangan
from sistemkerja_desktop.domain.organisasi import Position, Struktur
from sistemkerja_desktop.domain.penugasan_peran import (
    jabatan_posisi,
    kepala_pd,
    kepala_unit_organisasi,
    ppk_pegawai,
)
from sistemkerja_desktop.domain.tim import PeranTim, Tim, anggota_naskah
from sistemkerja_desktop.exporters.files import check_output_path
from sistemkerja_desktop.exporters.pdf.hasil_anggota import write_hasil_anggota_pdf
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.laporan_service import LaporanService
from sistemkerja_desktop.services.naskah_builder import kop
from sistemkerja_desktop.services.naskah_settings import read_pengaturan
from sistemkerja_desktop.services.team_service import TeamService


class LaporanDokumenService:
    """`laporan`, `teams`: the services it reads (built over the context when not given)."""

    def __init__(self, ctx: ServiceContext, laporan: Any = None, teams: Any = None) -> None:
        self._ctx = ctx
        self._laporan = laporan
        self._teams = teams

    def _svc_laporan(self) -> Any:
        if self._laporan is None:
            self._laporan = LaporanService(self._ctx)
        return self._laporan

    def _svc_teams(self) -> Any:
        if self._teams is None:
            self._teams = TeamService(self._ctx)
        return self._teams

    def hasil_anggota(self, tim_id: int, tanggal: dt.date | None = None, *,
                      catatan: Mapping[str, str] | None = None) -> HasilAnggota:
        """The report's content at `tanggal` (default today): the results of the year of
        `tanggal`. `catatan`: the ketua's note per member NIP (blank: written by hand)."""
        tanggal = tanggal or self._ctx.today()
        with self._ctx.reading() as s:
            tims = load_tims(s, [tim_id])
            if not tims:
                raise NotFoundError(f"Tim #{tim_id} tidak ditemukan")
            struktur = load_struktur(s)
            pengaturan = read_pengaturan(s)
        tim = tims[0]
        detail = self._svc_teams().team(tim_id)
        rules = aturan_hasil(struktur.pd.profil)
        hasil = self._hasil(tim_id, tanggal)
        baris = []
        ppk_pos: list[Position] = []
        members = [a for a in anggota_naskah(tim)
                   if not (a.peran is PeranTim.KETUA and not a.sementara)]
        for no, a in enumerate(members, 1):
            p = struktur.pegawai_by_id.get(a.pegawai_id)
            if p is None:
                continue
            pos = ppk_pegawai(struktur, p.id, tanggal)
            if pos is not None and pos.id not in {x.id for x in ppk_pos}:
                ppk_pos.append(pos)
            baris.append(HasilAnggotaBaris(
                no=no, nama=p.nama_lengkap, nip=p.nip_tampil,
                pangkat=p.golongan.tampil if p.golongan else "",
                jabatan=(p.jabatan.nama if p.jabatan else "")
                + (f" ({p.instansi_asal})" if p.eksternal and p.instansi_asal else ""),
                peran=a.label_peran_untuk(detail.jenis_nama), ppk=_sebut(struktur, pos),
                ppk_nip=_nip(struktur, pos), hasil=hasil.get(p.id, ()),
                catatan=(catatan or {}).get(p.nip, "")))
        dokumen = sorted(detail.dokumen, key=lambda d: d.tanggal)
        sk = (f"{dokumen[-1].jenis_label} Nomor {dokumen[-1].nomor}"
              if dokumen and dokumen[-1].nomor else "")
        return HasilAnggota(
            tim_id=tim_id, tim_nama=tim.nama, jenis_tim=detail.jenis_nama,
            unit=detail.unit_pemilik, tahun=tanggal.year, tanggal=tanggal,
            tempat=struktur.pd.tempat_penetapan, dasar=str(rules.dasar), sk_nomor=sk,
            kepada=_kepada(struktur, tim, ppk_pos, kepala_pd_juga=rules.kepala_pd),
            ketua=_ketua(struktur, tim), anggota=tuple(baris), kop=kop(struktur, pengaturan),
            tata_letak=pengaturan.tata_letak)

    def ekspor_hasil_anggota(self, tim_id: int, path: Path, tanggal: dt.date | None = None, *,
                             catatan: Mapping[str, str] | None = None,
                             invariant: bool = False) -> Path:
        path = Path(path)
        check_output_path(path, protected=(self._ctx.db.path,))
        dto = self.hasil_anggota(tim_id, tanggal, catatan=catatan)
        write_hasil_anggota_pdf(dto, path, invariant=invariant)
        return path

    def _hasil(self, tim_id: int, tanggal: dt.date) -> dict[int, tuple[HasilPeriode, ...]]:
        """Each member's reports of the year (stored ones: sent, returned, accepted, drafts
        left out), by pegawai id, in period order."""
        lap = self._svc_laporan()
        out: dict[int, list[HasilPeriode]] = {}
        for r in lap.daftar(tanggal=tanggal, tim_id=tim_id, jenis="anggota"):
            if r.jenis != "anggota" or r.id is None or r.status in ("belum", "draf"):
                continue
            if (r.mulai or r.jatuh_tempo).year != tanggal.year:
                continue
            d = lap.detail(r.id, tanggal=tanggal)
            out.setdefault(r.pelapor_id, []).append(HasilPeriode(
                r.id, r.periode, r.status, r.progres, d.narasi,
                tuple((c.indikator, c.capaian) for c in d.capaian), r.dikirim, r.terlambat))
        return {k: tuple(v) for k, v in out.items()}


def _sebut(struktur: Struktur, pos: Position | None) -> str:
    if pos is None:
        return ""
    holder = struktur.holder(pos.id)
    jabatan = jabatan_posisi(pos)
    return f"{holder.nama_lengkap}, {jabatan}" if holder else f"{jabatan} (kosong)"


def _nip(struktur: Struktur, pos: Position | None) -> str:
    holder = struktur.holder(pos.id) if pos is not None else None
    return holder.nip if holder else ""


def _kepada(struktur: Struktur, tim: Tim, ppk: list[Position], *,
            kepala_pd_juga: bool) -> tuple[str, ...]:
    """The members' PPK(s), the PUO of the unit pemilik kinerja, (BT) the Kepala PD — by
    jabatan, as Tata Naskah addresses them, each once."""
    out: list[str] = []
    seen: set[int] = set()
    for pos in ppk:
        if pos.id not in seen:
            seen.add(pos.id)
            out.append(f"{jabatan_posisi(pos)} (Pejabat Penilai Kinerja)")
    puo = kepala_unit_organisasi(struktur, tim.unit_pemilik_id)
    if puo is not None:
        if puo.id in seen:
            i = next(i for i, p in enumerate(ppk) if p.id == puo.id)
            out[i] = f"{jabatan_posisi(puo)} (Pejabat Penilai Kinerja dan Pimpinan Unit " \
                     "Organisasi)"
        else:
            seen.add(puo.id)
            out.append(f"{jabatan_posisi(puo)} (Pimpinan Unit Organisasi)")
    if kepala_pd_juga:
        head = kepala_pd(struktur)
        if head is not None and head.id not in seen:
            out.append(f"{jabatan_posisi(head)} (Kepala Perangkat Daerah)")
    return tuple(out)


def _ketua(struktur: Struktur, tim: Tim) -> Penandatangan | None:
    ketua = tim.ketua or tim.ketua_sementara
    if not ketua:
        return None
    p = struktur.pegawai_by_id.get(ketua[0].pegawai_id)
    if p is None:
        return None
    sebutan = "Ketua" if not ketua[0].sementara else "Ketua sementara"
    return Penandatangan(jabatan=f"{sebutan} {tim.nama}", nama=p.nama_lengkap, nip=p.nip,
                         pangkat=p.golongan.tampil if p.golongan else "")
