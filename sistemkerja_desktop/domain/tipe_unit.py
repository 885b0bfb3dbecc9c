"""The Kelas/Tipe of an RSUD or a UPTD read from its name.

The Perbup tell some units apart by their type: Pekalongan's Ahli Madya rule applies in RSUD Tipe B/C
but not in RSUD Tipe D (Tabel 3.8, 3.9, 3.12), Barito Timur sets no jenjang rows in RSUD Kelas C
(Lampiran I angka 3), UPTD come as Tipe A/B. A unit's effective type is `unit.tipe or tebak_tipe(unit.nama)`.
"""

from __future__ import annotations

import re

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.organisasi import JenisUnit

TIPE_UNIT = ("A", "B", "C", "D")
# The jenis whose Kelas/Tipe a Perbup reads: RSUD (Kelas A–D) and UPTD (Tipe A/B).
JENIS_BERTIPE = (JenisUnit.RSUD, JenisUnit.UPTD)

# Only hospitals and technical units carry a Kelas/Tipe in their name.
_PEMILIK_TIPE = re.compile(r"\b(rsud|rsu|rs|rumah\s+sakit|uptd|upt)\b", re.IGNORECASE)
_TIPE = re.compile(r"\b(?:kelas|tipe|type|klas)\s+([a-d])\b", re.IGNORECASE)


def tebak_tipe(nama: str) -> str:
    """'RSUD Kelas C' → 'C'; 'Rumah Sakit Umum Daerah dr. X Kelas B' → 'B'; 'UPTD Tipe A' → 'A'; else ''."""
    if not nama or not _PEMILIK_TIPE.search(nama):
        return ""
    found = _TIPE.search(nama)
    return found.group(1).upper() if found else ""


def tipe_efektif(nama: str, tipe: str) -> str:
    """The type set on the unit, else the one its name tells."""
    return tipe or tebak_tipe(nama)


def label_tipe(jenis: JenisUnit | str) -> str:
    """'Kelas' for an RSUD (Kelas A–D), 'Tipe' for a UPTD."""
    return "Kelas" if jenis == JenisUnit.RSUD else "Tipe"


def normalisasi_tipe(tipe: str | None, jenis: JenisUnit | str, nama: str = "") -> str:
    """The Kelas/Tipe to store for a unit of `jenis`.

    None (not given): the one its name tells ('RSUD Kelas C' → 'C'), '' for other jenis.
    '', '-' or '—': none. 'c', 'Kelas C', 'Tipe C' → 'C'. Anything else, or a type on a unit
    that is neither RSUD nor UPTD, is a ValidationError (field 'tipe')."""
    bertipe = jenis in JENIS_BERTIPE
    if tipe is None:
        return tebak_tipe(nama) if bertipe else ""
    text = " ".join(tipe.split()).upper()
    for prefix in ("KELAS ", "TIPE ", "TYPE "):
        text = text.removeprefix(prefix)
    if text in ("", "-", "—"):
        return ""
    if text not in TIPE_UNIT:
        raise ValidationError(f"Kelas/Tipe unit '{tipe}' tidak dikenal (pilihan: A, B, C, D, "
                              "atau kosong)", field="tipe")
    if not bertipe:
        raise ValidationError(f"Kelas/Tipe hanya untuk unit berjenis RSUD atau UPTD, bukan "
                              f"{JenisUnit(jenis).value}", field="tipe")
    return text
