"""Citations: which seed file and which Pasal/Lampiran a profile rule comes from."""

from __future__ import annotations

import re
from dataclasses import dataclass

SEED_KAPUAS_HULU = "000_60b25756ef894e0e.txt"
SEED_BARITO_TIMUR = "001_1a2e31f50464c37d.txt"
SEED_PEKALONGAN = "002_e3a7b70935bfd12c.txt"
SEED_BUNGO = "003_1e57fa4463b1ba41.txt"
SEED_PASURUAN = "004_6d93bed8f30a722f.txt"

SEED_SINGKAT: dict[str, str] = {
    SEED_KAPUAS_HULU: "Perbup Kapuas Hulu 36/2023",
    SEED_BARITO_TIMUR: "Perbup Barito Timur 11/2024",
    SEED_PEKALONGAN: "Perbup Pekalongan 52/2024",
    SEED_BUNGO: "Perbup Bungo 15/2024",
    SEED_PASURUAN: "Perbup Pasuruan 217/2023",
}

_TOKEN = re.compile(r"\s+(?:huruf|angka|nomor|butir)\s+(\S+?)\)?(?=\s|$)")
_AYAT = re.compile(r"\s+ayat\s+\((\w+)\)")
_LAMPIRAN = re.compile(
    r"(Lampiran(?: BAB)? [IVX]+)((?:\s+(?:huruf|angka|nomor|butir)\s+\S+)+)(.*)$")


def singkat_pasal(pasal: str) -> str:
    """Short form: 'Lampiran I huruf B angka 1 huruf g' → 'Lampiran I B.1.g',
    'Pasal 10 ayat (3)' → 'Pasal 10(3)'. Several references may be separated by ';'.
    """
    out: list[str] = []
    for part in (p.strip() for p in pasal.split(";")):
        m = _LAMPIRAN.match(part)
        if m:
            items = [t.rstrip(")") for t in _TOKEN.findall(m.group(2))]
            part = f"{m.group(1)} {'.'.join(items)}{m.group(3)}"
        out.append(_AYAT.sub(r"(\1)", part))
    return "; ".join(out)


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a rule comes from: a seed file and its Pasal/Lampiran reference.

    `sumber` overrides the regulation name (used by the generic profile and for data checks
    that are not a Perbup rule).
    """

    seed: str | None
    pasal: str
    sumber: str = ""

    @property
    def regulasi(self) -> str:
        if self.sumber:
            return self.sumber
        return SEED_SINGKAT.get(self.seed or "", self.seed or "")

    def __str__(self) -> str:
        short = singkat_pasal(self.pasal) if self.pasal else ""
        return f"{self.regulasi}, {short}" if short else self.regulasi

    @property
    def lengkap(self) -> str:
        """With the seed file, for reports that must be traceable to the text."""
        return f"{self} (seed {self.seed})" if self.seed else str(self)


def umum(pasal: str) -> Citation:
    """A citation of the common core shared by the five Perbup (generic profile)."""
    return Citation(None, pasal,
                    sumber="Ketentuan bersama Perbup Sistem Kerja (PermenPANRB 7/2022)")


VALIDASI_DATA = Citation(None, "", sumber="Validasi data aplikasi (bukan ketentuan Perbup)")
KEPPRES_87_1999 = Citation(None, "Pasal 5", sumber="Keppres 87/1999")
