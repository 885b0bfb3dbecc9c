"""Changing kedudukan (pindah): the move as data, applied to a snapshot, and judged by the active
regulation profile with `periksa`'s own rules.

A move of pegawai P to PPK position X with TMT t ends P's kedudukan in force on t the day
before t and adds P → X from t. A move never deletes a record (issue #8 item 7: a TMT typo
deleted two kedudukan with their SK numbers): a TMT before the start of a kedudukan already
recorded is refused (`cek_tmt`), unless the move is an explicit *koreksi riwayat*; then the
kedudukan starting on or after t are *dibatalkan* — kept with their SK, ended the day before
they start, so they are never in force — and the audit log says so. (A kedudukan starting on t
itself is replaced the same way: dibatalkan, not deleted.) The canvas, the CLI and the service
all use these functions, so they agree on what a move does and which rule blocks it: galat =
hard (refused, citing the Pasal), peringatan = soft (asked).
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
    koreksi: bool = False  # koreksi riwayat: a TMT before a recorded kedudukan is allowed


@dataclass(frozen=True, slots=True)
class CatatanPindah:
    """What saving one pegawai's move changed, enough to reverse it exactly. Nothing is ever
    deleted by a move: every kedudukan it touched was ended (or dibatalkan) and is listed."""

    pegawai_id: int
    kedudukan_baru_id: int
    diakhiri: tuple[tuple[int, dt.date | None], ...]  # (kedudukan id, tmt_selesai before)


class PindahDitolak(RuleViolation):
    """A hard rule of the profile blocks the move; `temuan` lists every galat."""

    def __init__(self, temuan: Sequence[Finding]) -> None:
        first = temuan[0]
        more = f" (dan {len(temuan) - 1} alasan lain)" if len(temuan) > 1 else ""
        super().__init__(f"{first.pesan}{more}", citation=first.dasar, code=first.kode)
        self.temuan = tuple(temuan)


def dibatalkan(mulai: dt.date, selesai: dt.date | None) -> bool:
    """A kedudukan ended before it started: annulled by a koreksi riwayat, never in force, kept
    for the record."""
    return selesai is not None and selesai < mulai


def _dipotong(k: Kedudukan, tmt: dt.date) -> bool:
    """Is `k` affected by a move with this TMT (in force on or after it)?"""
    return (k.tmt_selesai is None or k.tmt_selesai >= tmt) and not dibatalkan(
        k.tmt_mulai, k.tmt_selesai)


def selesai_baru(mulai: dt.date, tmt: dt.date) -> dt.date:
    """The tmt_selesai a move with this TMT gives a kedudukan it cuts: the day before the TMT,
    or — for one starting on/after it (koreksi riwayat) — the day before its own start."""
    return tmt - _SEHARI if mulai < tmt else mulai - _SEHARI


def tanggal_pendek(tanggal: dt.date) -> str:
    return f"{tanggal:%d-%m-%Y}"


def pesan_tmt_terlalu_awal(nama: str, tmt: dt.date, mulai: dt.date, dasar: str) -> str:
    sk = f" (SK {dasar})" if dasar else " (tanpa nomor SK)"
    return (f"TMT {tanggal_pendek(tmt)} sebelum awal kedudukan sekarang {tanggal_pendek(mulai)}"
            f"{sk} untuk {nama}. Perpindahan tidak menghapus riwayat: periksa TMT-nya; bila "
            "riwayat memang hendak dikoreksi, pilih Koreksi riwayat (CLI: --koreksi). Tidak ada "
            "yang diubah.")


def cek_tmt(struktur: Struktur, pegawai_ids: Sequence[int], tmt: dt.date,
            koreksi: bool = False) -> None:
    """Refuse a TMT before the start of a kedudukan already recorded (a typo would otherwise
    rewrite history), unless `koreksi`."""
    if koreksi:
        return
    for pid in dict.fromkeys(pegawai_ids):
        later = [k for k in struktur.kedudukan if k.pegawai_id == pid and k.tmt_mulai > tmt
                 and not dibatalkan(k.tmt_mulai, k.tmt_selesai)]
        if later:
            k = max(later, key=lambda x: (x.tmt_mulai, x.id))
            p = struktur.pegawai_by_id.get(pid)
            raise ValidationError(
                pesan_tmt_terlalu_awal(siapa(p) if p else f"pegawai #{pid}", tmt, k.tmt_mulai,
                                       k.dasar_nomor), field="tmt", code="tmt_sebelum_kedudukan")


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
                k = dataclasses.replace(k, tmt_selesai=selesai_baru(k.tmt_mulai, r.tmt))
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
               ppk_position_id: int, tanggal: dt.date, koreksi: bool = False) -> list[Finding]:
    """Findings the profile raises about the moved pegawai if they sat under the position from
    `tanggal` (galat first). Their findings unrelated to kedudukan are not included. Input
    errors, a TMT before a recorded kedudukan among them (`cek_tmt`), raise ValidationError."""
    validasi_pindah(struktur, pegawai_ids, ppk_position_id)
    cek_tmt(struktur, pegawai_ids, tanggal, koreksi)
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


# ---- the invariant: one kedudukan per pegawai per date -----------------------------------------

Rentang = tuple[dt.date, dt.date]  # inclusive; date.max = still open


def _rentang(mulai: dt.date, selesai: dt.date | None) -> Rentang:
    return mulai, selesai if selesai is not None else dt.date.max


def tanggal_ganda(kedudukan: Iterable[tuple[dt.date, dt.date | None]]) -> list[Rentang]:
    """The dates (merged ranges, inclusive) on which two or more of these (tmt_mulai,
    tmt_selesai) intervals are in force. Dibatalkan intervals (ended before they start) are
    never in force."""
    events: list[tuple[dt.date, int]] = []
    for mulai, selesai in kedudukan:
        if dibatalkan(mulai, selesai):
            continue
        a, b = _rentang(mulai, selesai)
        events.append((a, 1))
        if b != dt.date.max:
            events.append((b + _SEHARI, -1))
    events.sort()
    out: list[Rentang] = []
    count, start = 0, None
    for i, (day, delta) in enumerate(events):
        count += delta
        if i + 1 < len(events) and events[i + 1][0] == day:
            continue  # apply every change of that day first
        if count >= 2 and start is None:
            start = day
        elif count < 2 and start is not None:
            out.append((start, day - _SEHARI))
            start = None
    if start is not None:
        out.append((start, dt.date.max))
    return out


def _kurangi(a: Rentang, bs: Sequence[Rentang]) -> list[Rentang]:
    pieces = [a]
    for b0, b1 in bs:
        nxt: list[Rentang] = []
        for p0, p1 in pieces:
            if b1 < p0 or b0 > p1:
                nxt.append((p0, p1))
                continue
            if p0 < b0:
                nxt.append((p0, b0 - _SEHARI))
            if b1 < p1:
                nxt.append((b1 + _SEHARI, p1))
        pieces = nxt
    return pieces


def ganda_baru(sebelum: Iterable[tuple[dt.date, dt.date | None]],
               sesudah: Iterable[tuple[dt.date, dt.date | None]],
               diizinkan: Sequence[Rentang] = ()) -> list[Rentang]:
    """Dates with two kedudukan after a change that did not have two before it. A double
    kedudukan already recorded (legacy data `periksa` reports) is not the change's fault: only
    what the change adds counts, so a move can repair it and unrelated saves still work.
    `diizinkan`: ranges an exact reversal restores (the state before a saved move)."""
    lama = [*tanggal_ganda(sebelum), *diizinkan]
    return [piece for r in tanggal_ganda(sesudah) for piece in _kurangi(r, lama)]


def uraian_rentang(rentang: Sequence[Rentang]) -> str:
    """'01-01-2026 s.d. 31-01-2026, sejak 01-03-2026'."""
    parts = []
    for a, b in rentang[:3]:
        if b == dt.date.max:
            parts.append(f"sejak {tanggal_pendek(a)}")
        elif a == b:
            parts.append(tanggal_pendek(a))
        else:
            parts.append(f"{tanggal_pendek(a)} s.d. {tanggal_pendek(b)}")
    more = f" dan {len(rentang) - 3} rentang lain" if len(rentang) > 3 else ""
    return ", ".join(parts) + more
