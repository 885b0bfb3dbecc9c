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

from sistemkerja_desktop.db import kedudukan_invarian
from sistemkerja_desktop.db.mapping import load_struktur
from sistemkerja_desktop.db.models import KedudukanRow, PegawaiRow
from sistemkerja_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.nip import format_nip, normalize_nip
from sistemkerja_desktop.domain.organisasi import Kedudukan, Struktur
from sistemkerja_desktop.domain.pindah import (
    CatatanPindah,
    PindahDitolak,
    RencanaPindah,
    cek_pindah,
    dibatalkan,
    galat,
    peringatan,
    pesan_tmt_terlalu_awal,
    selesai_baru,
    sudah_di,
    tanggal_pendek,
    terapkan,
)
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.services.base import CONFLICT_MESSAGE, ServiceContext
from sistemkerja_desktop.services.changes import Changes

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HasilPindah:
    catatan: tuple[CatatanPindah, ...]  # one per pegawai actually moved; for `batalkan`
    peringatan: tuple[Finding, ...]  # soft-rule findings the move went ahead with
    tidak_berubah: tuple[int, ...] = ()  # pegawai already (only) under that PPK


def _keterangan(r: RencanaPindah, nama_ppk: str) -> str:
    dasar = f", dasar {r.dasar}" if r.dasar else ""
    koreksi = "koreksi riwayat: " if r.koreksi else ""
    return (f"{koreksi}pindah kedudukan {len(r.pegawai_ids)} pegawai ke {nama_ppk}, TMT "
            f"{r.tmt.isoformat()}{dasar}")[:300]


def _nama(s: Session, pegawai_id: int) -> str:
    row = s.get(PegawaiRow, pegawai_id)
    return f"{row.nama} (NIP {format_nip(row.nip)})" if row else f"pegawai #{pegawai_id}"


def tulis_pindah(s: Session, pegawai_id: int, r: RencanaPindah) -> CatatanPindah:
    """One pegawai's move in the database (the same effect as `domain.pindah.terapkan`), read,
    checked and written in the caller's write transaction. Never deletes: a TMT before the start
    of a recorded kedudukan is refused unless `r.koreksi`; then those kedudukan are dibatalkan
    (ended the day before they start, SK kept) and the audit keterangan says so."""
    rows = s.scalars(select(KedudukanRow).where(
        KedudukanRow.pegawai_id == pegawai_id,
        KedudukanRow.tmt_selesai.is_(None) | (KedudukanRow.tmt_selesai >= r.tmt))
        .order_by(KedudukanRow.id)).all()
    rows = [k for k in rows if not dibatalkan(k.tmt_mulai, k.tmt_selesai)]
    later = [k for k in rows if k.tmt_mulai > r.tmt]
    if later:
        k = max(later, key=lambda x: (x.tmt_mulai, x.id))
        if not r.koreksi:
            raise ValidationError(pesan_tmt_terlalu_awal(_nama(s, pegawai_id), r.tmt,
                                                         k.tmt_mulai, k.dasar_nomor),
                                  field="tmt", code="tmt_sebelum_kedudukan")
    batal = [k for k in rows if k.tmt_mulai >= r.tmt]
    if batal:  # koreksi riwayat (or a same-day replacement): said in the audit log
        daftar = "; ".join(f"mulai {tanggal_pendek(k.tmt_mulai)}"
                           + (f" SK {k.dasar_nomor}" if k.dasar_nomor else "") for k in batal)
        s.info["keterangan"] = (f"{s.info.get('keterangan', '')}; kedudukan dibatalkan (tidak "
                                f"dihapus): {daftar}")[:300]
    diakhiri: list[tuple[int, dt.date | None]] = []
    for k in rows:
        diakhiri.append((k.id, k.tmt_selesai))
        k.tmt_selesai = selesai_baru(k.tmt_mulai, r.tmt)
    row = KedudukanRow(pegawai_id=pegawai_id, ppk_position_id=r.ppk_position_id,
                       tmt_mulai=r.tmt, dasar_nomor=r.dasar)
    s.add(row)
    s.flush()
    return CatatanPindah(pegawai_id, row.id, tuple(diakhiri))


def _konflik(s: Session, pegawai_id: int) -> ConflictError:
    return ConflictError(f"Kedudukan {_nama(s, pegawai_id)}: {CONFLICT_MESSAGE} Tidak ada yang "
                         "disimpan.")


def _balik(s: Session, c: CatatanPindah) -> None:
    """Reverse one saved move, only if its rows are still as the move left them (the CLI or
    another window may have moved the pegawai since: reversing then would leave two open
    kedudukan)."""
    row = s.get(KedudukanRow, c.kedudukan_baru_id)
    if row is None or row.tmt_selesai is not None:
        raise _konflik(s, c.pegawai_id)
    olds = []
    for kid, _selesai in c.diakhiri:
        old = s.get(KedudukanRow, kid)
        if old is None or old.tmt_selesai != selesai_baru(old.tmt_mulai, row.tmt_mulai):
            raise _konflik(s, c.pegawai_id)
        olds.append(old)
    s.delete(row)  # the move's own row: it was not there before the move
    for old, (_kid, selesai) in zip(olds, c.diakhiri, strict=True):
        old.tmt_selesai = selesai
    kedudukan_invarian.izinkan_pemulihan(s, c.pegawai_id)  # the state before the move


def _periksa_versi(s: Session, dilihat: Sequence[Kedudukan], pegawai_ids: set[int]) -> None:
    """The canvas's kedudukan of these pegawai (ids and versions) must still be the database's:
    else another window or the CLI changed them since the chart was loaded."""
    shown: dict[int, set[tuple[int, int]]] = {pid: set() for pid in pegawai_ids}
    for k in dilihat:
        if k.pegawai_id in shown and k.id > 0:
            shown[k.pegawai_id].add((k.id, k.versi))
    now: dict[int, set[tuple[int, int]]] = {pid: set() for pid in pegawai_ids}
    for pid, kid, versi in s.execute(select(
            KedudukanRow.pegawai_id, KedudukanRow.id, KedudukanRow.versi).where(
            KedudukanRow.pegawai_id.in_(sorted(pegawai_ids)))):
        now[pid].add((kid, versi))
    for pid in sorted(pegawai_ids):
        if shown[pid] != now[pid]:
            raise _konflik(s, pid)


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
            struktur: Struktur | None = None, koreksi: bool = False) -> list[Finding]:
        struktur = struktur or self._struktur()
        return cek_pindah(struktur, get_profile(struktur.pd.profil), pegawai_ids,
                          ppk_position_id, tmt, koreksi)

    def pindah(self, pegawai_ids: Sequence[int], ppk_position_id: int, *,
               tmt: dt.date | None = None, dasar: str = "", koreksi: bool = False
               ) -> tuple[HasilPindah, Changes]:
        """Move now: read, checked and written in one write transaction, so two moves of one
        pegawai at once serialize. Raises `PindahDitolak` on a galat and ValidationError on a
        TMT before a recorded kedudukan (unless `koreksi`); nothing is written then."""
        with self._ctx.session() as s:
            hasil = self._pindah(s, load_struktur(s), pegawai_ids, ppk_position_id, tmt, dasar,
                                 koreksi)
        return hasil, Changes(kedudukan=bool(hasil.catatan))

    def pindah_nip(self, nips: Sequence[str], nip_ppk: str, ppk_jabatan: str = "", *,
                   tmt: dt.date | None = None, dasar: str = "", koreksi: bool = False
                   ) -> tuple[HasilPindah, Changes]:
        """`pindah` by NIP (the CLI): the NIPs and the PPK's seat are looked up in the same
        write transaction as the move, never in an earlier read whose result could be stale."""
        with self._ctx.session() as s:
            struktur = load_struktur(s)
            ids = self.pegawai_ids(nips, struktur)
            position_id = self.ppk_position(nip_ppk, ppk_jabatan, struktur)
            hasil = self._pindah(s, struktur, ids, position_id, tmt, dasar, koreksi)
        return hasil, Changes(kedudukan=bool(hasil.catatan))

    def _pindah(self, s: Session, struktur: Struktur, pegawai_ids: Sequence[int],
                ppk_position_id: int, tmt: dt.date | None, dasar: str, koreksi: bool
                ) -> HasilPindah:
        r = RencanaPindah(tuple(dict.fromkeys(pegawai_ids)), ppk_position_id,
                          tmt or self._ctx.today(), dasar.strip(), koreksi)
        same = tuple(p for p in r.pegawai_ids
                     if p in struktur.pegawai_by_id
                     and sudah_di(struktur, p, ppk_position_id, r.tmt))
        moving = tuple(p for p in r.pegawai_ids if p not in same)
        findings = self.cek(moving, ppk_position_id, r.tmt, struktur, koreksi) if moving else []
        if galat(findings):
            raise PindahDitolak(galat(findings))
        s.info["keterangan"] = _keterangan(r, struktur.position_by_id[ppk_position_id].nama)
        catatan = tuple(tulis_pindah(s, p, r) for p in moving)
        log.info("Moved %d pegawai to position %d", len(catatan), ppk_position_id)
        return HasilPindah(catatan, tuple(peringatan(findings)), same)

    def batalkan(self, catatan: Sequence[CatatanPindah]) -> Changes:
        """Reverse saved moves exactly (latest first), in one transaction; refused
        (ConflictError, nothing changed) when their rows changed since."""
        with self._ctx.session("membatalkan pindah kedudukan") as s:
            for c in reversed(list(catatan)):
                _balik(s, c)
        return Changes(kedudukan=bool(catatan))

    def simpan(self, batal: Sequence[CatatanPindah], rencana: Sequence[RencanaPindah], *,
               dilihat: Sequence[Kedudukan] | None = None
               ) -> tuple[tuple[tuple[CatatanPindah, ...], ...], Changes]:
        """The canvas's pending edits in one transaction: reverse `batal`, then apply each plan.

        `dilihat`: the kedudukan the canvas was showing (with their `versi`); when given, the
        kedudukan of every pegawai concerned must still be exactly those, else ConflictError
        ("diubah di tempat lain … muat ulang") and nothing is saved. Hard rules are checked
        again against the database; soft ones were confirmed on the canvas. Returns the record
        of each plan.
        """
        out: list[tuple[CatatanPindah, ...]] = []
        with self._ctx.session("menyimpan perubahan bagan kedudukan") as s:
            if dilihat is not None:
                concerned = {c.pegawai_id for c in batal} | {
                    p for r in rencana for p in r.pegawai_ids}
                _periksa_versi(s, dilihat, concerned)
            for c in reversed(list(batal)):
                _balik(s, c)
            struktur = load_struktur(s)
            profile = get_profile(struktur.pd.profil)
            for r in rencana:
                bad = galat(cek_pindah(struktur, profile, r.pegawai_ids, r.ppk_position_id,
                                       r.tmt, r.koreksi))
                if bad:
                    raise PindahDitolak(bad)
                s.info["keterangan"] = _keterangan(
                    r, struktur.position_by_id[r.ppk_position_id].nama)
                out.append(tuple(tulis_pindah(s, p, r) for p in dict.fromkeys(r.pegawai_ids)))
                struktur = terapkan(struktur, [r])
        return tuple(out), Changes(kedudukan=bool(batal or rencana))

    def _struktur(self) -> Struktur:
        with self._ctx.reading() as s:
            return load_struktur(s)

