"""Findings of the kedudukan check (`periksa`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Tingkat(StrEnum):
    GALAT = "galat"
    PERINGATAN = "peringatan"


@dataclass(frozen=True, slots=True)
class Finding:
    kode: str  # stable machine code, e.g. "PPK_TIDAK_ADA"
    tingkat: Tingkat
    pesan: str  # Indonesian, names the pegawai/unit concerned
    dasar: str  # citation: "Perbup Kapuas Hulu 36/2023 Pasal 7 (seed 000_…)"
    pegawai_id: int | None = None
    nip: str | None = None
    unit_id: int | None = None
