"""Unit paths as written in pegawai lists: splitting, comparing names, the agency's own name.

`Sekretariat / Subbagian Umum`, `Sekretariat/Subbagian Umum`, `Bidang X > Seksi Y` and
`Bidang X\\Seksi Y` are paths. A slash *without* spaces is a separator only when the part after it
starts like a unit name ("Subbagian …", "Seksi …", "Bidang …"): "Subbagian Umum/Kepegawaian" is
one unit whose name reads "Umum dan Kepegawaian".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sistemkerja_desktop.domain.organisasi import JenisUnit, guess_jenis_unit

# Always separators: a slash with a space on either side, a backslash, '>' and '»'.
_HARD_SEP = re.compile(r"\s*/\s+|\s+/\s*|\s*\\\s*|\s*[>»]\s*")
# Words a unit name starts with; after a bare '/', they make it a path separator.
_UNIT_START = re.compile(
    r"(sub\s?bag(ian)?|sub\s?bid(ang)?|subseksi|seksi|bidang|bagian|sekretariat|upt|uptd|"
    r"puskesmas|pustu|instalasi|unit|kelompok|sekolah|sd|smp|sma|smk|tk|paud|kecamatan|"
    r"kelurahan|desa|rsud|rumah sakit|balai|laboratorium|labkesda|cabang|irban|"
    r"inspektur|inspektorat|satuan|kantor|dinas|badan|bappeda|pimpinan)\b",
    re.IGNORECASE)

# The conventional name of the head's own office (the root unit of the demo and of our export).
PIMPINAN = "Pimpinan"


def _clean(text: str) -> str:
    return " ".join(text.split())


def split_unit_path(text: str) -> tuple[str, ...]:
    """'Bidang X / Seksi Y', 'Bidang X > Seksi Y', 'Bidang X\\Seksi Y' and
    'Sekretariat/Subbagian Umum' → the names from the top down; blank parts are dropped."""
    out: list[str] = []
    for part in _HARD_SEP.split(text or ""):
        pieces = part.split("/")
        current = pieces[0]
        for piece in pieces[1:]:
            if _UNIT_START.match(piece.strip()) and current.strip():
                out.append(current)
                current = piece
            else:
                current = f"{current}/{piece}"
        out.append(current)
    return tuple(p for p in (_clean(s).strip("/ ") for s in out) if p)


def name_key(name: str) -> str:
    """Names compared without case and spaces: 'DINAS  Pekerjaan Umum' == 'dinas pekerjaanumum'."""
    return "".join(name.split()).casefold()


def strip_root(path: tuple[str, ...], root_keys: Iterable[str]) -> tuple[str, ...]:
    """Drop a leading agency/root name: ('Dinas PU', 'Bidang X') → ('Bidang X'); a path that is
    only the agency's name becomes () — the root unit itself."""
    keys = set(root_keys)
    while path and name_key(path[0]) in keys:
        path = path[1:]
    return path


def root_keys(*names: str) -> frozenset[str]:
    """The keys that name the root: the agency's names given, plus 'Pimpinan'."""
    return frozenset(name_key(n) for n in (*names, PIMPINAN) if n and n.strip())


# How deep a kind of unit usually sits (0 the agency itself); None: unknown (Lainnya).
_LEVEL: dict[JenisUnit, int] = {
    JenisUnit.PIMPINAN: 0, JenisUnit.SEKRETARIAT: 1, JenisUnit.BIDANG: 1, JenisUnit.BAGIAN: 1,
    JenisUnit.INSPEKTUR_PEMBANTU: 1, JenisUnit.UPTD: 1, JenisUnit.RSUD: 1,
    JenisUnit.PUSKESMAS: 1, JenisUnit.KECAMATAN: 1, JenisUnit.SUBBAGIAN: 2,
    JenisUnit.SUBBIDANG: 2, JenisUnit.SEKSI: 2, JenisUnit.KELURAHAN: 2,
    JenisUnit.SATUAN_PENDIDIKAN: 2}
_USUAL_PARENT: dict[JenisUnit, frozenset[JenisUnit]] = {
    JenisUnit.SEKSI: frozenset({JenisUnit.BIDANG, JenisUnit.UPTD, JenisUnit.RSUD,
                                JenisUnit.PUSKESMAS, JenisUnit.KECAMATAN}),
    JenisUnit.SUBBAGIAN: frozenset({JenisUnit.SEKRETARIAT, JenisUnit.BAGIAN, JenisUnit.UPTD,
                                    JenisUnit.RSUD, JenisUnit.PUSKESMAS, JenisUnit.KECAMATAN}),
    JenisUnit.SUBBIDANG: frozenset({JenisUnit.BIDANG}),
}


def jenis_of_path(path: tuple[str, ...]) -> JenisUnit:
    return guess_jenis_unit(path[-1]) if path else JenisUnit.PIMPINAN


def fit(child: JenisUnit, parent: JenisUnit) -> int:
    """How well a unit of kind `child` sits under one of kind `parent`: 3 usual (a Seksi under a
    Bidang), 2 plausible, 1 unknown kinds, 0 implausible (a Bidang under a Sekretariat)."""
    lc, lp = _LEVEL.get(child), _LEVEL.get(parent)
    if lc is None or lp is None:
        return 1
    if lp >= lc:
        return 0
    usual = _USUAL_PARENT.get(child)
    if usual is None or parent in usual:
        return 3 if usual else 2
    return 2 if parent is JenisUnit.PIMPINAN else 1


_KEPALA = re.compile(r"\b(kepala|plt\.?\s+kepala|pimpinan)\b.*", re.IGNORECASE)


def judul_kepala(jabatan: str, unit_nama: str) -> str:
    """The seat title of a JF who leads a unit through a tugas tambahan: the 'Kepala …' part of
    the jabatan when it names one ('Guru Ahli Madya (Kepala Sekolah)' → 'Kepala Sekolah'),
    else 'Kepala <unit>' with the unit's own name, never a path."""
    m = _KEPALA.search(jabatan or "")
    if m:
        title = _clean(re.split(r"[)\]]", m.group(0))[0]).strip(" -/,;")
        if len(title.split()) >= 2:
            return title[:1].upper() + title[1:]
    name = split_unit_path(unit_nama)[-1] if split_unit_path(unit_nama) else unit_nama
    return f"Kepala {name}".strip()
