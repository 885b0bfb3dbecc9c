"""Perangkat Daerah settings, the structure snapshot, and the kedudukan check."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from sistemkerja_desktop.db.mapping import get_pd_row, load_struktur, pd_from_row, pd_to_row
from sistemkerja_desktop.db.models import PerangkatDaerahRow
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah, Struktur
from sistemkerja_desktop.domain.periksa import periksa
from sistemkerja_desktop.domain.profiles import RegulationProfile, get_profile, list_profiles
from sistemkerja_desktop.services.base import ServiceContext


def validate_pd(pd: PerangkatDaerah) -> PerangkatDaerah:
    pd = dataclasses.replace(pd, nama=pd.nama.strip(), pemda=pd.pemda.strip())
    if not pd.nama:
        raise ValidationError("Nama Perangkat Daerah wajib diisi", field="nama")
    if not pd.pemda:
        raise ValidationError("Pemerintah daerah wajib diisi (mis. 'Kabupaten Contoh')",
                              field="pemda")
    get_profile(pd.profil)  # raises NotFoundError naming the valid codes
    if pd.kode_pos and not (pd.kode_pos.isdigit() and len(pd.kode_pos) == 5):
        raise ValidationError("Kode pos harus 5 angka", field="kode_pos")
    if pd.email and "@" not in pd.email:
        raise ValidationError(f"Alamat pos-el '{pd.email}' tidak sah", field="email")
    return pd


class AgencyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def has_agency(self) -> bool:
        with self._ctx.reading() as s:
            return s.scalars(select(PerangkatDaerahRow.id).limit(1)).first() is not None

    def create_agency(self, pd: PerangkatDaerah) -> PerangkatDaerah:
        pd = validate_pd(pd)
        with self._ctx.session("membuat Perangkat Daerah") as s:
            if s.scalars(select(PerangkatDaerahRow.id).limit(1)).first() is not None:
                raise ValidationError("Berkas ini sudah berisi Perangkat Daerah; gunakan berkas "
                                      "lain (--db) atau ubah pengaturannya", code="sudah_ada")
            row = PerangkatDaerahRow()
            pd_to_row(pd, row)
            s.add(row)
            s.flush()
            return pd_from_row(row)

    def get_agency(self) -> PerangkatDaerah:
        with self._ctx.reading() as s:
            return pd_from_row(get_pd_row(s))

    def update_agency(self, pd: PerangkatDaerah) -> PerangkatDaerah:
        pd = validate_pd(pd)
        with self._ctx.session("mengubah pengaturan Perangkat Daerah") as s:
            row = get_pd_row(s)
            pd_to_row(pd, row)
            s.flush()
            return pd_from_row(row)

    def profile(self) -> RegulationProfile:
        return get_profile(self.get_agency().profil)

    @staticmethod
    def profiles() -> list[RegulationProfile]:
        return list_profiles()

    def struktur(self) -> Struktur:
        with self._ctx.reading() as s:
            return load_struktur(s)

    def periksa(self, tanggal: dt.date | None = None,
                struktur: Struktur | None = None) -> list[Finding]:
        struktur = struktur or self.struktur()
        return periksa(struktur, get_profile(struktur.pd.profil), tanggal or self._ctx.today())
