"""Changing kedudukan (pindah): the move as data, applied to a snapshot, and judged by the active
regulation profile with `periksa`'s own rules.

A move of pegawai P to PPK position X with TMT t ends P's kedudukan in force on t the day
before t, drops kedudukan that would only start on or after t, and adds P → X from t. The
canvas, the CLI and the service all use these functions, so they agree on what a move does
and which rule blocks it: galat = hard (refused, citing the Pasal), peringatan = soft (asked).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sistemkerja_desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.organisasi import Kedudukan, Struktur
from sistemkerja_desktop.domain.periksa import periksa_pegawai, siapa
from sistemkerja_desktop.domain.profiles.base import RegulationProfile

_SEHARI = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class RencanaPindah:
    """Move `pegawai_ids` under PPK position `ppk_position_id` from `tmt` (one undo step)."""

    pegawai_ids: tuple[int, ...]
    ppk_position_id: int
    tmt: dt.date
    dasar: str = ""  # dasar penetapan: nomor SK/keputusan


@dataclass(frozen=True, slots=True)
class CatatanPindah:
    """What saving one pegawai's move changed, enough to reverse it exactly."""

    pegawai_id: int
    kedudukan_baru_id: int
    diakhiri: tuple[tuple[int, dt.date | None], ...]  # (kedudukan id, tmt_selesai before)
    dihapus: tuple[Kedudukan, ...]  # kedudukan starting on/after the TMT, removed


class PindahDitolak(RuleViolation):
    """A hard rule of the profile blocks the move; `temuan` lists every galat."""

    def __init__(self, temuan: Sequence[Finding]) -> None:
        first = temuan[0]
        more = f" (dan {len(temuan) - 1} alasan lain)" if len(temuan) > 1 else ""
        super().__init__(f"{first.pesan}{more}", citation=first.dasar, code=first.kode)
        self.temuan = tuple(temuan)


def _dipotong(k: Kedudukan, tmt: dt.date) -> bool:
    """Is `k` affected by a move with this TMT (in force on or after it)?"""
    return k.tmt_selesai is None or k.tmt_selesai >= tmt


def terapkan(struktur: Struktur, rencana: Iterable[RencanaPindah]) -> Struktur:
    """The snapshot after the moves, in order. New kedudukan get negative ids."""
    ked = list(struktur.kedudukan)
    next_id = min((k.id for k in ked), default=0)
    next_id = min(next_id, 0) - 1
    for r in rencana:
        ids = set(r.pegawai_ids)
        out: list[Kedudukan] = []
        for k in ked:
            if k.pegawai_id in ids and _dipotong(k, r.tmt):
                if k.tmt_mulai >= r.tmt:
                    continue
                k = dataclasses.replace(k, tmt_selesai=r.tmt - _SEHARI)
            out.append(k)
        for pid in dict.fromkeys(r.pegawai_ids):
            out.append(Kedudukan(id=next_id, pegawai_id=pid, ppk_position_id=r.ppk_position_id,
                                 tmt_mulai=r.tmt, dasar_nomor=r.dasar))
            next_id -= 1
        ked = out
    return dataclasses.replace(struktur, kedudukan=tuple(ked))


def balikkan(struktur: Struktur, catatan: Iterable[CatatanPindah]) -> Struktur:
    """The snapshot with saved moves reversed (latest first), as `KedudukanService.batalkan`
    does in the database."""
    ked = list(struktur.kedudukan)
    for c in reversed(list(catatan)):
        ended = dict(c.diakhiri)
        ked = [dataclasses.replace(k, tmt_selesai=ended[k.id]) if k.id in ended else k
               for k in ked if k.id != c.kedudukan_baru_id]
        ked += c.dihapus
    return dataclasses.replace(struktur, kedudukan=tuple(sorted(ked, key=lambda k: k.id)))


def sudah_di(struktur: Struktur, pegawai_id: int, ppk_position_id: int,
             tanggal: dt.date) -> bool:
    """True if the pegawai's only kedudukan on `tanggal` is under that PPK position."""
    ks = struktur.kedudukan_on(tanggal).get(pegawai_id, [])
    return len(ks) == 1 and ks[0].ppk_position_id == ppk_position_id


def validasi_pindah(struktur: Struktur, pegawai_ids: Sequence[int],
                    ppk_position_id: int) -> None:
    """Input errors (not regulation rules): unknown ids, people who have no kedudukan."""
    if not pegawai_ids:
        raise ValidationError("Pilih sedikitnya satu pegawai yang dipindahkan", field="pegawai")
    if ppk_position_id not in struktur.position_by_id:
        raise NotFoundError(f"Jabatan Pejabat Penilai Kinerja #{ppk_position_id} tidak ditemukan",
                            code="ppk_tidak_ditemukan")
    for pid in pegawai_ids:
        p = struktur.pegawai_by_id.get(pid)
        if p is None:
            raise NotFoundError(f"Pegawai #{pid} tidak ditemukan")
        if not p.aktif or p.eksternal:
            raise ValidationError(f"{siapa(p)} tidak aktif di Perangkat Daerah ini; "
                                  "kedudukannya tidak dapat diubah", field="pegawai",
                                  code="pegawai_tidak_aktif")
        if p.jabatan is not None and not p.jabatan.is_jf_or_pelaksana:
            raise ValidationError(
                f"{siapa(p)} memangku jabatan {p.jabatan.kategori} ({p.jabatan.nama}); "
                "kedudukan di bawah Pejabat Penilai Kinerja hanya untuk Pejabat Fungsional "
                "dan Pelaksana", field="pegawai", code="bukan_jf_pelaksana")


def cek_pindah(struktur: Struktur, profile: RegulationProfile, pegawai_ids: Sequence[int],
               ppk_position_id: int, tanggal: dt.date) -> list[Finding]:
    """Findings the profile raises about the moved pegawai if they sat under the position from
    `tanggal` (galat first). Their findings unrelated to kedudukan are not included."""
    validasi_pindah(struktur, pegawai_ids, ppk_position_id)
    after = terapkan(struktur, [RencanaPindah(tuple(pegawai_ids), ppk_position_id, tanggal)])
    return periksa_pegawai(after, profile, tanggal, pegawai_ids)


def galat(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.tingkat is Tingkat.GALAT]


def peringatan(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.tingkat is Tingkat.PERINGATAN]


def uraian_aturan(profile: RegulationProfile, kode: str) -> str:
    """The rule behind a finding code, in one Indonesian phrase (for short feedback)."""
    for rule in profile.aturan_dasar:
        if rule.kode == kode:
            return rule.uraian
    for row in profile.aturan_kedudukan:
        if row.kode == kode:
            return row.uraian
    if profile.aturan_pimpinan_jf is not None and profile.aturan_pimpinan_jf.kode == kode:
        return profile.aturan_pimpinan_jf.uraian
    return kode.replace("_", " ").lower()
