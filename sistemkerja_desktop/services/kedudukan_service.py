"""Changing kedudukan: move JF/Pelaksana to another Pejabat Penilai Kinerja, and reverse a move.

Every write is one transaction audited by the session hook (`keterangan` names the move). The
rules are `domain.pindah` (= `periksa`'s rules for the moved pegawai): a galat raises
`PindahDitolak` and nothing is written; peringatan are returned with the result.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models import KedudukanRow
from sistemkerja_desktop.domain.errors import NotFoundError, ValidationError
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.domain.organisasi import Kedudukan, Struktur
from sistemkerja_desktop.domain.pindah import (
    CatatanPindah,
    PindahDitolak,
    RencanaPindah,
    cek_pindah,
    galat,
    peringatan,
    sudah_di,
    terapkan,
)
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes

log = logging.getLogger(__name__)
_SEHARI = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class HasilPindah:
    catatan: tuple[CatatanPindah, ...]  # one per pegawai actually moved; for `batalkan`
    peringatan: tuple[Finding, ...]  # soft-rule findings the move went ahead with
    tidak_berubah: tuple[int, ...] = ()  # pegawai already (only) under that PPK


def _keterangan(r: RencanaPindah, nama_ppk: str) -> str:
    dasar = f", dasar {r.dasar}" if r.dasar else ""
    return (f"pindah kedudukan {len(r.pegawai_ids)} pegawai ke {nama_ppk}, TMT "
            f"{r.tmt.isoformat()}{dasar}")[:300]


def _tulis(s: Session, pegawai_id: int, r: RencanaPindah) -> CatatanPindah:
    """One pegawai's move in the database (the same effect as `domain.pindah.terapkan`)."""
    rows = s.scalars(select(KedudukanRow).where(
        KedudukanRow.pegawai_id == pegawai_id,
        KedudukanRow.tmt_selesai.is_(None) | (KedudukanRow.tmt_selesai >= r.tmt))
        .order_by(KedudukanRow.id)).all()
    diakhiri: list[tuple[int, dt.date | None]] = []
    dihapus: list[Kedudukan] = []
    for k in rows:
        if k.tmt_mulai >= r.tmt:
            dihapus.append(Kedudukan(
                id=k.id, pegawai_id=k.pegawai_id, ppk_position_id=k.ppk_position_id,
                tmt_mulai=k.tmt_mulai, tmt_selesai=k.tmt_selesai, dasar_nomor=k.dasar_nomor,
                dasar_tanggal=k.dasar_tanggal, delegasi=k.delegasi,
                delegasi_dasar=k.delegasi_dasar, uuid=k.uuid))
            s.delete(k)
        else:
            diakhiri.append((k.id, k.tmt_selesai))
            k.tmt_selesai = r.tmt - _SEHARI
    row = KedudukanRow(pegawai_id=pegawai_id, ppk_position_id=r.ppk_position_id,
                       tmt_mulai=r.tmt, dasar_nomor=r.dasar)
    s.add(row)
    s.flush()
    return CatatanPindah(pegawai_id, row.id, tuple(diakhiri), tuple(dihapus))


def _balik(s: Session, c: CatatanPindah) -> None:
    row = s.get(KedudukanRow, c.kedudukan_baru_id)
    if row is None:
        raise NotFoundError("Perpindahan yang akan dibatalkan sudah tidak ada di basis data "
                            "(diubah di tempat lain?)", code="pindah_hilang")
    s.delete(row)
    for kid, selesai in c.diakhiri:
        old = s.get(KedudukanRow, kid)
        if old is not None:
            old.tmt_selesai = selesai
    for k in c.dihapus:
        s.add(KedudukanRow(pegawai_id=k.pegawai_id, ppk_position_id=k.ppk_position_id,
                           tmt_mulai=k.tmt_mulai, tmt_selesai=k.tmt_selesai,
                           dasar_nomor=k.dasar_nomor, dasar_tanggal=k.dasar_tanggal,
                           delegasi=k.delegasi, delegasi_dasar=k.delegasi_dasar,
                           **({"uuid": k.uuid} if k.uuid else {})))
    s.flush()


class KedudukanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- look-ups ------------------------------------------------------------------------

    def pegawai_ids(self, nips: Sequence[str], struktur: Struktur | None = None) -> list[int]:
        struktur = struktur or self._struktur()
        by_nip = {p.nip: p.id for p in struktur.pegawai}
        out = []
        for raw in nips:
            nip = normalize_nip(raw)
            if nip not in by_nip:
                raise NotFoundError(f"Pegawai dengan NIP {raw} tidak ditemukan", code="nip")
            out.append(by_nip[nip])
        return out

    def ppk_position(self, nip_ppk: str, jabatan: str = "",
                     struktur: Struktur | None = None) -> int:
        """The PPK position held by the pegawai with this NIP (narrowed by `jabatan`, a part of
        the position's name, when they hold several)."""
        struktur = struktur or self._struktur()
        pid = self.pegawai_ids([nip_ppk], struktur)[0]
        held = [p for p in struktur.positions_held.get(pid, ())
                if jabatan.casefold() in p.nama.casefold()]
        if not held:
            holder = struktur.pegawai_by_id[pid]
            raise ValidationError(f"{holder.nama_lengkap} (NIP {holder.nip_tampil}) tidak "
                                  "memangku jabatan Pejabat Penilai Kinerja"
                                  + (f" yang memuat '{jabatan}'" if jabatan else ""),
                                  field="ppk", code="bukan_ppk")
        if len(held) > 1:
            names = "; ".join(p.nama for p in held)
            raise ValidationError(f"NIP {nip_ppk} memangku {len(held)} jabatan ({names}); "
                                  "sebutkan jabatannya (--ppk-jabatan)", field="ppk",
                                  code="ppk_ganda")
        return held[0].id

    # ---- checking and moving -------------------------------------------------------------

    def cek(self, pegawai_ids: Sequence[int], ppk_position_id: int, tmt: dt.date,
            struktur: Struktur | None = None) -> list[Finding]:
        struktur = struktur or self._struktur()
        return cek_pindah(struktur, get_profile(struktur.pd.profil), pegawai_ids,
                          ppk_position_id, tmt)

    def pindah(self, pegawai_ids: Sequence[int], ppk_position_id: int, *,
               tmt: dt.date | None = None, dasar: str = "") -> tuple[HasilPindah, Changes]:
        """Move now (the CLI). Raises `PindahDitolak` on a galat; nothing is written then."""
        r = RencanaPindah(tuple(dict.fromkeys(pegawai_ids)), ppk_position_id,
                          tmt or self._ctx.today(), dasar.strip())
        with self._ctx.session() as s:
            struktur = load_struktur(s)
            findings = self.cek(r.pegawai_ids, ppk_position_id, r.tmt, struktur)
            if galat(findings):
                raise PindahDitolak(galat(findings))
            same = tuple(p for p in r.pegawai_ids
                         if sudah_di(struktur, p, ppk_position_id, r.tmt))
            s.info["keterangan"] = _keterangan(
                r, struktur.position_by_id[ppk_position_id].nama)
            catatan = tuple(_tulis(s, p, r) for p in r.pegawai_ids if p not in same)
        log.info("Moved %d pegawai to position %d", len(catatan), ppk_position_id)
        return (HasilPindah(catatan, tuple(peringatan(findings)), same),
                Changes(kedudukan=bool(catatan)))

    def batalkan(self, catatan: Sequence[CatatanPindah]) -> Changes:
        """Reverse saved moves exactly (latest first), in one transaction."""
        with self._ctx.session("membatalkan pindah kedudukan") as s:
            for c in reversed(list(catatan)):
                _balik(s, c)
        return Changes(kedudukan=bool(catatan))

    def simpan(self, batal: Sequence[CatatanPindah], rencana: Sequence[RencanaPindah]
               ) -> tuple[tuple[tuple[CatatanPindah, ...], ...], Changes]:
        """The canvas's pending edits in one transaction: reverse `batal`, then apply each plan.

        Hard rules are checked again against the database (another window may have changed
        it); soft ones were confirmed on the canvas. Returns the record of each plan.
        """
        out: list[tuple[CatatanPindah, ...]] = []
        with self._ctx.session("menyimpan perubahan bagan kedudukan") as s:
            for c in reversed(list(batal)):
                _balik(s, c)
            struktur = load_struktur(s)
            profile = get_profile(struktur.pd.profil)
            for r in rencana:
                bad = galat(cek_pindah(struktur, profile, r.pegawai_ids, r.ppk_position_id,
                                       r.tmt))
                if bad:
                    raise PindahDitolak(bad)
                s.info["keterangan"] = _keterangan(
                    r, struktur.position_by_id[r.ppk_position_id].nama)
                out.append(tuple(_tulis(s, p, r) for p in dict.fromkeys(r.pegawai_ids)))
                struktur = terapkan(struktur, [r])
        return tuple(out), Changes(kedudukan=bool(batal or rencana))

    def _struktur(self) -> Struktur:
        with self._ctx.reading() as s:
            return load_struktur(s)

