"""Pangkat/golongan (PNS) and golongan (PPPK I–XVII); pendidikan ordering.

Tables: domain_conventions.md §2.3–2.4. The orderings are needed by rules such as Kapuas Hulu's
replacement ketua (≥ D3 and ≥ III/b, Lampiran I B.3.f).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sistemkerja_desktop.domain.errors import ValidationError

PANGKAT_PNS: dict[str, str] = {
    "I/a": "Juru Muda",
    "I/b": "Juru Muda Tingkat I",
    "I/c": "Juru",
    "I/d": "Juru Tingkat I",
    "II/a": "Pengatur Muda",
    "II/b": "Pengatur Muda Tingkat I",
    "II/c": "Pengatur",
    "II/d": "Pengatur Tingkat I",
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tingkat I",
    "III/c": "Penata",
    "III/d": "Penata Tingkat I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tingkat I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}
GOLONGAN_PNS: tuple[str, ...] = tuple(PANGKAT_PNS)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
         "XV", "XVI", "XVII")
GOLONGAN_PPPK: tuple[str, ...] = ROMAN

_PANGKAT_TO_GOL = {v.lower(): k for k, v in PANGKAT_PNS.items()}


@dataclass(frozen=True, slots=True, order=True)
class Golongan:
    """A PNS golongan/ruang ('III/b') or a PPPK golongan ('IX')."""

    pppk: bool
    index: int  # position in GOLONGAN_PNS or GOLONGAN_PPPK

    @property
    def kode(self) -> str:
        return GOLONGAN_PPPK[self.index] if self.pppk else GOLONGAN_PNS[self.index]

    @property
    def pangkat(self) -> str | None:
        return None if self.pppk else PANGKAT_PNS[self.kode]

    @property
    def tampil(self) -> str:
        """'Penata Muda Tingkat I (III/b)' or 'Golongan IX'."""
        if self.pppk:
            return f"Golongan {self.kode}"
        return f"{self.pangkat} ({self.kode})"

    @classmethod
    def pns(cls, kode: str) -> Golongan:
        return cls(False, GOLONGAN_PNS.index(kode))


def _normalize_pangkat_name(text: str) -> str:
    t = re.sub(r"\btk\.?\s*", "tingkat ", text.lower())
    return re.sub(r"\s+", " ", t).strip(" -/,.")


def parse_golongan(raw: object, *, pppk: bool | None = None) -> Golongan:
    """Read the many written forms: 'III/b', 'III.b', 'iiib', 'Penata Muda Tk. I (III/b)',
    'III/b - Penata Muda Tk. I', 'Penata', 'Golongan IX', 'IX'."""
    if raw is None or str(raw).strip() == "":
        raise ValidationError("pangkat/golongan kosong", field="golongan", code="golongan_kosong")
    text = str(raw).strip()
    m = re.search(r"\b(IV|III|II|I)\s*[/.\-]?\s*([a-eA-E])\b", text, flags=re.IGNORECASE)
    if m and pppk is not True:
        kode = f"{m.group(1).upper()}/{m.group(2).lower()}"
        if kode in PANGKAT_PNS:
            return Golongan.pns(kode)
    m = re.fullmatch(r"(?:gol(?:ongan)?\.?\s*)?([IVX]+)(?:\s*\(?PPPK\)?)?", text, flags=re.I)
    if m and pppk is not False:
        roman = m.group(1).upper()
        if roman in GOLONGAN_PPPK:
            return Golongan(True, GOLONGAN_PPPK.index(roman))
    if pppk is not True:
        name = _normalize_pangkat_name(re.sub(r"\(.*?\)", "", text))
        if name in _PANGKAT_TO_GOL:
            return Golongan.pns(_PANGKAT_TO_GOL[name])
    raise ValidationError(f"pangkat/golongan '{text}' tidak dikenal (contoh: III/b, "
                          "Penata Muda Tingkat I, atau Golongan IX untuk PPPK)",
                          field="golongan", code="golongan_tidak_dikenal")


# Pendidikan ordering (seeds_A.md C.1, inference from general practice).
_PENDIDIKAN_LEVELS: tuple[tuple[str, int], ...] = (
    ("S3", 90), ("DOKTOR", 90), ("S2", 80), ("MAGISTER", 80), ("SPESIALIS", 80),
    ("PROFESI", 72), ("S1", 70), ("D4", 70), ("D-IV", 70), ("DIV", 70), ("SARJANA", 70),
    ("D3", 60), ("D-III", 60), ("DIII", 60), ("DIPLOMA III", 60), ("D2", 50), ("D-II", 50),
    ("D1", 40), ("D-I", 40), ("SMA", 30), ("SMK", 30), ("SLTA", 30), ("MA", 30), ("SMEA", 30),
    ("STM", 30), ("SMP", 20), ("SLTP", 20), ("MTS", 20), ("SD", 10),
)
PENDIDIKAN_D3 = 60


def pendidikan_level(text: str | None) -> int | None:
    """A comparable rank for a pendidikan string such as 'S1 Ekonomi' or 'D3 Kebidanan'."""
    if not text:
        return None
    upper = text.upper().replace(".", "").strip()
    for key, level in _PENDIDIKAN_LEVELS:
        if re.match(rf"{re.escape(key)}\b", upper):
            return level
    return None
