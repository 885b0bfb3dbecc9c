"""Switching the agency's regulation profile (issue #9): the Perangkat Daerah settings, the legal
basis that still holds the old profile's default, and what changes in `periksa`.

One use case for the CLI (`sistemkerja profil pakai KODE`) and the GUI (Pengaturan Perangkat
Daerah): the naskah settings' Mengingat / Dasar Surat Tugas lists and each team's own
`mengingat` / `dasar` that still hold the OLD default (`mengingat_bawaan` / `dasar_st_bawaan` of
the old Perangkat Daerah) get the NEW default; a stored-empty list follows the profile by itself;
an edited list is kept as it is and reported ("disimpan apa adanya, periksa manual") unless the
caller asks to replace it too. Everything in one audited transaction.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.mapping import get_pd_row, load_struktur, pd_from_row, pd_to_row
from sistemkerja_desktop.db.models_tim import TimRow
from sistemkerja_desktop.db.tim_mapping import join_lines, lines
from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import StatusTim
from sistemkerja_desktop.services.agency_service import validate_pd
from sistemkerja_desktop.services.base import ServiceContext
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.naskah_bawaan import (
    PERMENPANRB_7_2022,
    dasar_st_bawaan,
    mengingat_bawaan,
)
from sistemkerja_desktop.services.naskah_settings import pengaturan_row


class KeadaanDasar(StrEnum):
    """What a profile change does to one legal-basis list."""

    DIGANTI = "diganti"  # held the old profile's default: now the new profile's default
    OTOMATIS = "otomatis"  # stored empty: follows the profile by itself
    DISIMPAN = "disimpan"  # edited text, kept as it is: check it by hand
    DITIMPA = "ditimpa"  # edited text, replaced with the new default on request

    @property
    def label(self) -> str:
        return {
            KeadaanDasar.DIGANTI: "diganti dengan bawaan profil baru",
            KeadaanDasar.OTOMATIS: "mengikuti profil secara otomatis",
            KeadaanDasar.DISIMPAN: "disimpan apa adanya, periksa manual",
            KeadaanDasar.DITIMPA: "teks ubahan diganti dengan bawaan profil baru",
        }[self]


@dataclass(frozen=True, slots=True)
class DasarHukum:
    """One legal-basis list touched by the change: the naskah settings' `mengingat` /
    `dasar_st`, or a team's own `mengingat` / `dasar` (`tim_id` set)."""

    daftar: str  # "mengingat" | "dasar_st" (settings) | "dasar" (a team's Surat Tugas)
    label: str  # "Pengaturan naskah — Mengingat (SK)", "Tim #3 Tim X — Dasar Surat Tugas"
    keadaan: KeadaanDasar
    tim_id: int | None = None


def _key(f: Finding) -> tuple[object, ...]:
    """The same finding before and after: code, level and whom it concerns (its citation is
    the profile's and may differ)."""
    who = "" if f.pegawai_id is not None or f.unit_id is not None else f.pesan
    return (f.kode, f.tingkat, f.pegawai_id, f.unit_id, who)


def _minus(a: Iterable[Finding], b: Iterable[Finding]) -> tuple[Finding, ...]:
    """The findings of `a` not in `b` (a multiset difference, `a`'s order kept)."""
    left = Counter(_key(f) for f in b)
    out = []
    for f in a:
        k = _key(f)
        if left[k]:
            left[k] -= 1
        else:
            out.append(f)
    return tuple(out)


def per_kode(findings: Iterable[Finding]) -> tuple[tuple[str, int], ...]:
    """(kode, count), most frequent first, then by kode."""
    counts = Counter(f.kode for f in findings)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


@dataclass(frozen=True, slots=True)
class PerubahanPeriksa:
    """`periksa` (the kedudukan check) on the same data under the old and the new profile."""

    sebelum: tuple[Finding, ...]
    sesudah: tuple[Finding, ...]

    @property
    def muncul(self) -> tuple[Finding, ...]:
        return _minus(self.sesudah, self.sebelum)

    @property
    def hilang(self) -> tuple[Finding, ...]:
        return _minus(self.sebelum, self.sesudah)

    @staticmethod
    def jumlah(findings: Iterable[Finding]) -> tuple[int, int]:
        """(galat, peringatan)."""
        items = list(findings)
        galat = sum(f.tingkat is Tingkat.GALAT for f in items)
        return galat, len(items) - galat


@dataclass(frozen=True, slots=True)
class GantiProfil:
    lama: PerangkatDaerah
    baru: PerangkatDaerah
    dasar_hukum: tuple[DasarHukum, ...]
    periksa: PerubahanPeriksa
    disimpan: bool  # False: a preview (`rencana`), nothing written

    @property
    def profil_berubah(self) -> bool:
        return self.lama.profil != self.baru.profil

    @property
    def teks_diubah(self) -> tuple[DasarHukum, ...]:
        """Edited lists whose text is not the old default (kept unless asked otherwise)."""
        return tuple(d for d in self.dasar_hukum
                     if d.keadaan in (KeadaanDasar.DISIMPAN, KeadaanDasar.DITIMPA))


_LABEL_DAFTAR = {"mengingat": "Mengingat (SK)", "dasar_st": "Dasar Surat Tugas",
                 "dasar": "Dasar Surat Tugas"}
_BAWAAN: dict[str, Callable[[PerangkatDaerah], tuple[str, ...]]] = {
    "mengingat": mengingat_bawaan, "dasar_st": dasar_st_bawaan, "dasar": dasar_st_bawaan}


def _dasar_st_sebelum_isu9(pd: PerangkatDaerah) -> tuple[str, ...]:
    """The Dasar Surat Tugas default written into data files before issue #9 (the SOTK Perbup
    without its number, then the Perbup Sistem Kerja): a list still holding it is a default
    too, not text the user edited."""
    prof = get_profile(pd.profil)
    sistem_kerja = (prof.nama.replace("Perbup ", "Peraturan Bupati ").replace(" No. ", " Nomor ")
                    if prof.seed else PERMENPANRB_7_2022)
    sotk = f"Peraturan Bupati tentang Susunan Organisasi dan Tata Kerja {pd.nama} {pd.pemda}"
    return (sotk, sistem_kerja)


# Earlier defaults of each list, recognised as "still the old profile's default".
_BAWAAN_TERDAHULU: dict[str, tuple[Callable[[PerangkatDaerah], tuple[str, ...]], ...]] = {
    "mengingat": (), "dasar_st": (_dasar_st_sebelum_isu9,), "dasar": (_dasar_st_sebelum_isu9,)}


def _masih_bawaan(stored: tuple[str, ...], daftar: str, pd: PerangkatDaerah) -> bool:
    return any(_same(stored, f(pd)) for f in (_BAWAAN[daftar], *_BAWAAN_TERDAHULU[daftar]))


def _same(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two lists with the same entries (spacing inside an entry does not count)."""
    return [" ".join(x.split()) for x in a] == [" ".join(x.split()) for x in b]


class ProfilService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def rencana(self, pd: PerangkatDaerah) -> GantiProfil:
        """What saving `pd` would do (nothing is written): which lists get the new default,
        which edited ones would be kept, and the change in `periksa`."""
        pd = validate_pd(pd)
        with self._ctx.reading() as s:
            return self._jalankan(s, pd, ganti_diubah=False, tulis=False)

    def simpan(self, pd: PerangkatDaerah, *,
               ganti_diubah: bool = False) -> tuple[GantiProfil, Changes]:
        """Save the Perangkat Daerah settings (as `AgencyService.update_agency`) and refresh
        the legal basis that still holds the old default, in one transaction. `ganti_diubah`:
        replace edited lists with the new default too (the GUI asks)."""
        pd = validate_pd(pd)
        with self._ctx.session(self._keterangan(pd)) as s:
            hasil = self._jalankan(s, pd, ganti_diubah=ganti_diubah, tulis=True)
        ditulis = [d for d in hasil.dasar_hukum
                   if d.keadaan in (KeadaanDasar.DIGANTI, KeadaanDasar.DITIMPA)]
        profil = hasil.profil_berubah
        return hasil, Changes(
            agency=True, kedudukan=profil,
            teams=profil or any(d.tim_id is not None for d in ditulis),
            dokumen=profil or any(d.tim_id is None for d in ditulis))

    def pakai(self, kode: str) -> tuple[GantiProfil, Changes]:
        """`sistemkerja profil pakai KODE`: only the profile changes; edited lists are kept."""
        get_profile(kode)  # NotFoundError listing the codes
        with self._ctx.reading() as s:
            pd = pd_from_row(get_pd_row(s))
        return self.simpan(dataclasses.replace(pd, profil=kode))

    # ---- internals -----------------------------------------------------------------------
    def _keterangan(self, pd: PerangkatDaerah) -> str:
        with self._ctx.reading() as s:
            lama = get_pd_row(s).profil
        if lama != pd.profil:
            return f"mengganti profil peraturan {lama} → {pd.profil}"
        return "mengubah pengaturan Perangkat Daerah"

    def _jalankan(self, s: Session, baru: PerangkatDaerah, *, ganti_diubah: bool,
                  tulis: bool) -> GantiProfil:
        row = get_pd_row(s)
        lama = pd_from_row(row)
        baru = dataclasses.replace(baru, uuid=lama.uuid)
        struktur = load_struktur(s)
        today = self._ctx.today()
        sebelum = periksa(struktur, get_profile(lama.profil), today)
        sesudah = periksa(dataclasses.replace(struktur, pd=baru), get_profile(baru.profil), today)

        def refresh(owner: object, kolom: str, daftar: str, label: str,
                    tim_id: int | None) -> DasarHukum | None:
            old, new = _BAWAAN[daftar](lama), _BAWAAN[daftar](baru)
            if _same(old, new):
                return None  # this list's default does not change
            stored = lines(getattr(owner, kolom))
            if not stored:
                keadaan = KeadaanDasar.OTOMATIS
            elif _masih_bawaan(stored, daftar, lama):
                keadaan = KeadaanDasar.DIGANTI
            else:
                keadaan = KeadaanDasar.DITIMPA if ganti_diubah else KeadaanDasar.DISIMPAN
            if tulis and keadaan in (KeadaanDasar.DIGANTI, KeadaanDasar.DITIMPA):
                setattr(owner, kolom, join_lines(new))
            return DasarHukum(daftar, f"{label} — {_LABEL_DAFTAR[daftar]}", keadaan, tim_id)

        found: list[DasarHukum | None] = []
        settings = pengaturan_row(s)
        for daftar in ("mengingat", "dasar_st"):
            if settings is None:
                if not _same(_BAWAAN[daftar](lama), _BAWAAN[daftar](baru)):
                    found.append(DasarHukum(daftar, f"Pengaturan naskah — "
                                            f"{_LABEL_DAFTAR[daftar]}", KeadaanDasar.OTOMATIS))
            else:
                found.append(refresh(settings, daftar, daftar, "Pengaturan naskah", None))
        # A finished or cancelled team keeps the legal basis it was issued under.
        selesai = (StatusTim.SELESAI.value, StatusTim.DIBATALKAN.value)
        for t in s.scalars(select(TimRow).where(TimRow.status.not_in(selesai))
                           .order_by(TimRow.id)):
            for daftar in ("mengingat", "dasar"):
                if lines(getattr(t, daftar)):  # an empty team list follows the settings
                    found.append(refresh(t, daftar, daftar, f"Tim #{t.id} {t.nama}", t.id))
        if tulis:
            pd_to_row(baru, row)
            s.flush()
            baru = pd_from_row(row)
        return GantiProfil(lama, baru, tuple(d for d in found if d is not None),
                           PerubahanPeriksa(tuple(sebelum), tuple(sesudah)), tulis)
