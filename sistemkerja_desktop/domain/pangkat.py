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
    m = re.fullmatch(r"(?:gol(?:ongan)?\.?\s*)?([IVX]+)(?:\s*\(?PPPK\)?)?", text, flags=re.IGNORECASE)
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


# Pendidikan ordering (seeds_A.md C.1; KH Lampiran I huruf B angka 3 huruf f: "Pendidikan
# minimal D3"). Levels: SD 10, SMP 20, SMA 30, D1 40, D2 50, D3 60, D4/S1 70, profesi 72,
# S2/spesialis 80, S3 90.
PENDIDIKAN_D3 = 60
_ANGKA = {"1": 1, "I": 1, "SATU": 1, "2": 2, "II": 2, "DUA": 2, "3": 3, "III": 3, "TIGA": 3,
          "4": 4, "IV": 4, "EMPAT": 4}
_ANGKA_AKHIR = re.compile(r"(IV|III|II|I|[1-4]|SATU|DUA|TIGA|EMPAT)$")
_DIPLOMA = {1: 40, 2: 50, 3: 60, 4: 70}
_STRATA = {1: 70, 2: 80, 3: 90}
# Numbered forms (on the upper-cased text): the level follows the number.
_BERNOMOR: tuple[tuple[re.Pattern[str], dict[int, int]], ...] = (
    (re.compile(r"\bDIPLOMA[\s.\-]*(IV|III|II|I|[1-4]|SATU|DUA|TIGA|EMPAT)\b"), _DIPLOMA),
    # D3, D-3, D III, D.III, DIII, D-IV, DIV; a bare "DI" is the word "di": D I needs a separator
    (re.compile(r"\bD(?:[\s.\-]+(?:IV|III|II|I)|IV|III|II|[\s.\-]*[1-4])\b"), _DIPLOMA),
    (re.compile(r"\bSTRATA[\s.\-]*(III|II|I|[1-3]|SATU|DUA|TIGA)\b"), _STRATA),
    (re.compile(r"\bS(?:[\s.\-]*[1-3]|[\s.\-]+(?:III|II|I))\b"), _STRATA),
)
_TETAP: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:DOKTOR|PH\.?\s?D)\b"), 90),
    (re.compile(r"\b(?:MAGISTER|MASTER|PASCA\s?SARJANA|SPESIALIS)\b"), 80),
    (re.compile(r"\b(?:PROFESI|NERS|APOTEKER|DOKTER)\b"), 72),
    (re.compile(r"\bSARJANA\s+MUDA\b"), 60),
    (re.compile(r"\bSARJANA\b(?!\s+MUDA)"), 70),
    (re.compile(r"\bAHLI\s+MADYA\b"), 60),
    (re.compile(r"\bAHLI\s+MUDA\b"), 50),
    (re.compile(r"\bAHLI\s+PRATAMA\b"), 40),
    # degree abbreviations: A.Md.Kep (Ahli Madya), A.Ma. (Ahli Muda), Sp.A (spesialis),
    # M.Kes / M.M. (magister), S.E. / S.Kep / S.Tr.Kes (sarjana, sarjana terapan)
    (re.compile(r"\bA\.?\s?MD\b"), 60),
    (re.compile(r"\bA\.\s?MA\b"), 50),
    (re.compile(r"\bSP\.\s?[A-Z]"), 80),
    (re.compile(r"\bM\.\s?[A-Z]"), 80),
    (re.compile(r"\bS\.\s?[A-Z]"), 70),
    (re.compile(r"\b(?:SKM|SKEP|SPD|SKOM|SST|SE|SH)\b"), 70),
    (re.compile(r"\b(?:SMA|SMU|SMK|SLTA|SMEA|STM|SPK|MA|PAKET\s+C)\b"), 30),
    (re.compile(r"\b(?:SMP|SLTP|MTS|PAKET\s+B)\b"), 20),
    (re.compile(r"\b(?:SD|MI|PAKET\s+A)\b"), 10),
)


def pendidikan_level(text: str | None) -> int | None:
    """A comparable rank for a pendidikan string as written in personnel data: 'D-3 Akuntansi',
    'DIPLOMA 3', 'D.III', 'S-1 Ekonomi', 'Strata 1', 'Sarjana Ekonomi', 'S.Kep, Ners',
    'Ahli Madya Keperawatan', 'A.Md.Kep', 'Magister', 'SMA'. The highest level named wins;
    None when nothing is recognised. 'dr.' (dokter) is a profesi, 'Dr.' a doktor."""
    if not text or not text.strip():
        return None
    upper = " ".join(text.upper().split())
    found: list[int] = []
    if re.search(r"(?<![A-Za-z])dr\.", text):
        found.append(72)
    if re.search(r"(?<![A-Za-z])Dr\.", text):
        found.append(90)
    for pola, tabel in _BERNOMOR:
        for m in pola.finditer(upper):
            angka = _ANGKA_AKHIR.search(m.group(0))
            if angka and _ANGKA[angka.group(1)] in tabel:
                found.append(tabel[_ANGKA[angka.group(1)]])
    found += [level for pola, level in _TETAP if pola.search(upper)]
    return max(found) if found else None
