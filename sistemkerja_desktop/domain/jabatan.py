"""Jabatan: kategori, JF kategori and jenjang (UU 5/2014 Pasal 18; seeds_A.md C.1; BT Pasal 4–5)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.pangkat import Golongan


class Kategori(StrEnum):
    JPT_MADYA = "JPT Madya"
    JPT_PRATAMA = "JPT Pratama"
    ADMINISTRATOR = "Administrator"
    PENGAWAS = "Pengawas"
    FUNGSIONAL = "Fungsional"
    PELAKSANA = "Pelaksana"

    @property
    def rank(self) -> int:
        """Higher is more senior. JF and Pelaksana share the lowest structural rank."""
        return _KATEGORI_RANK[self]

    @property
    def struktural(self) -> bool:
        return self.rank >= 2


_KATEGORI_RANK = {
    Kategori.JPT_MADYA: 5,
    Kategori.JPT_PRATAMA: 4,
    Kategori.ADMINISTRATOR: 3,
    Kategori.PENGAWAS: 2,
    Kategori.FUNGSIONAL: 1,
    Kategori.PELAKSANA: 0,
}


class JFKategori(StrEnum):
    KEAHLIAN = "Keahlian"
    KETERAMPILAN = "Keterampilan"


class Jenjang(StrEnum):
    AHLI_UTAMA = "Ahli Utama"
    AHLI_MADYA = "Ahli Madya"
    AHLI_MUDA = "Ahli Muda"
    AHLI_PERTAMA = "Ahli Pertama"
    PENYELIA = "Penyelia"
    MAHIR = "Mahir"
    TERAMPIL = "Terampil"
    PEMULA = "Pemula"

    @property
    def kategori(self) -> JFKategori:
        return JFKategori.KEAHLIAN if self.name.startswith("AHLI") else JFKategori.KETERAMPILAN

    @property
    def rank(self) -> int:
        """Comparable seniority across both kategori (Ahli Pertama ≈ Mahir, Ahli Muda ≈ Penyelia)."""
        return _JENJANG_RANK[self]

    @property
    def pangkat_range(self) -> tuple[str, str]:
        return JENJANG_PANGKAT[self]


_JENJANG_RANK = {
    Jenjang.PEMULA: 1,
    Jenjang.TERAMPIL: 2,
    Jenjang.MAHIR: 3,
    Jenjang.AHLI_PERTAMA: 3,
    Jenjang.PENYELIA: 4,
    Jenjang.AHLI_MUDA: 4,
    Jenjang.AHLI_MADYA: 5,
    Jenjang.AHLI_UTAMA: 6,
}

# Keppres 87/1999 Pasal 5 (domain_conventions.md §3.1).
JENJANG_PANGKAT: dict[Jenjang, tuple[str, str]] = {
    Jenjang.AHLI_PERTAMA: ("III/a", "III/b"),
    Jenjang.AHLI_MUDA: ("III/c", "III/d"),
    Jenjang.AHLI_MADYA: ("IV/a", "IV/c"),
    Jenjang.AHLI_UTAMA: ("IV/d", "IV/e"),
    Jenjang.PEMULA: ("II/a", "II/a"),
    Jenjang.TERAMPIL: ("II/b", "II/d"),
    Jenjang.MAHIR: ("III/a", "III/b"),
    Jenjang.PENYELIA: ("III/c", "III/d"),
}


def golongan_fits_jenjang(golongan: Golongan, jenjang: Jenjang) -> bool:
    """PPPK golongan are not checked (no pangkat range published per jenjang)."""
    if golongan.pppk:
        return True
    low, high = (Golongan.pns(k) for k in JENJANG_PANGKAT[jenjang])
    return low <= golongan <= high


@dataclass(frozen=True, slots=True)
class Jabatan:
    """The jabatan a pegawai holds: 'Perawat Ahli Muda' → FUNGSIONAL / KEAHLIAN / AHLI_MUDA."""

    nama: str
    kategori: Kategori
    jenjang: Jenjang | None = None

    @property
    def jf_kategori(self) -> JFKategori | None:
        return self.jenjang.kategori if self.jenjang else None

    @property
    def is_jf_or_pelaksana(self) -> bool:
        return self.kategori in (Kategori.FUNGSIONAL, Kategori.PELAKSANA)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


# Old and short names still found in data (domain_conventions.md §3.1).
_JENJANG_ALIASES: dict[str, Jenjang] = {
    "ahli utama": Jenjang.AHLI_UTAMA, "utama": Jenjang.AHLI_UTAMA,
    "ahli madya": Jenjang.AHLI_MADYA, "madya": Jenjang.AHLI_MADYA,
    "ahli muda": Jenjang.AHLI_MUDA, "muda": Jenjang.AHLI_MUDA,
    "ahli pertama": Jenjang.AHLI_PERTAMA, "pertama": Jenjang.AHLI_PERTAMA,
    "penyelia": Jenjang.PENYELIA, "mahir": Jenjang.MAHIR, "pelaksana lanjutan": Jenjang.MAHIR,
    "terampil": Jenjang.TERAMPIL,
    "pemula": Jenjang.PEMULA, "pelaksana pemula": Jenjang.PEMULA,
}


def parse_jenjang(raw: object) -> Jenjang | None:
    if raw is None or str(raw).strip() == "":
        return None
    key = _key(str(raw))
    if key in _JENJANG_ALIASES:
        return _JENJANG_ALIASES[key]
    raise ValidationError(f"jenjang '{raw}' tidak dikenal (Ahli Utama/Madya/Muda/Pertama, "
                          "Penyelia, Mahir, Terampil, Pemula)", field="jenjang",
                          code="jenjang_tidak_dikenal")


def jenjang_from_nama(nama: str) -> Jenjang | None:
    """'Perawat Ahli Muda' → AHLI_MUDA; 'AHLI PERTAMA - APOTEKER' → AHLI_PERTAMA; 'Sanitarian Muda'."""
    key = f" {_key(nama)} "
    for words, jenjang in (
        ("ahli utama", Jenjang.AHLI_UTAMA), ("ahli madya", Jenjang.AHLI_MADYA),
        ("ahli muda", Jenjang.AHLI_MUDA), ("ahli pertama", Jenjang.AHLI_PERTAMA),
        ("penyelia", Jenjang.PENYELIA), ("mahir", Jenjang.MAHIR),
        ("pelaksana lanjutan", Jenjang.MAHIR), ("pelaksana pemula", Jenjang.PEMULA),
        ("terampil", Jenjang.TERAMPIL), ("pemula", Jenjang.PEMULA),
    ):
        if f" {words} " in key:
            return jenjang
    for words, jenjang in (("utama", Jenjang.AHLI_UTAMA), ("madya", Jenjang.AHLI_MADYA),
                           ("muda", Jenjang.AHLI_MUDA), ("pertama", Jenjang.AHLI_PERTAMA)):
        if key.rstrip().endswith(f" {words}"):
            return jenjang
    return None


_KATEGORI_PATTERNS: tuple[tuple[str, Kategori], ...] = (
    # "Fungsional Umum"/JFU is the old name of jabatan pelaksana: checked before "fungsional".
    (r"\bjfu\b|fungsional umum|\bpelaksana\b|\bumum\b", Kategori.PELAKSANA),
    (r"jpt madya|pimpinan tinggi madya|\beselon (i|1)([ .]?[ab])?$", Kategori.JPT_MADYA),
    (r"\bjpt\b|pimpinan tinggi|\beselon (ii|2)([ .]?[ab])?$", Kategori.JPT_PRATAMA),
    (r"administrator|\beselon (iii|3)([ .]?[ab])?$", Kategori.ADMINISTRATOR),
    (r"pengawas|\beselon (iv|4)([ .]?[ab])?$", Kategori.PENGAWAS),
    (r"fungsional|\bjf\b|keahlian|keterampilan|\bjft\b", Kategori.FUNGSIONAL),
)


def parse_kategori(raw: object) -> Kategori | None:
    """'Struktural (JPT Pratama)', 'JF Keahlian', 'Pelaksana (PPPK)', 'Eselon IV' …"""
    if raw is None or str(raw).strip() == "":
        return None
    text = _key(str(raw))
    for value in Kategori:
        if text == _key(value.value):
            return value
    for pattern, kategori in _KATEGORI_PATTERNS:
        if re.search(pattern, text):
            return kategori
    raise ValidationError(f"jenis jabatan '{raw}' tidak dikenal (JPT, Administrator, Pengawas, "
                          "Fungsional, Pelaksana)", field="jenis_jabatan",
                          code="jenis_jabatan_tidak_dikenal")


# Leadership titles whose level is standard in a kabupaten SOTK (PP 18/2016 eselon ladder).
# Leadership titles whose level is standard in a kabupaten SOTK (PP 18/2016 eselon ladder),
# with the abbreviations found in DUK files (Kabid, Kasubbag, Kasi, Sekdis …).
_TITLE_KATEGORI: tuple[tuple[str, Kategori], ...] = (
    (r"^(sekretaris daerah|sekda|asisten|staf ahli|kepala (dinas|badan|satuan polisi pamong "
     r"praja)|kadis|kaban|inspektur( daerah| kabupaten| kota)?$|sekretaris dprd|sekwan"
     r"|sekretaris dewan|direktur (rsud|rumah sakit))\b", Kategori.JPT_PRATAMA),
    (r"^(kepala (bidang|bagian)|kabid|kabag|sekretaris (dinas|badan|inspektorat|kecamatan|camat)"
     r"|sekdis|sekban|sekcam|inspektur pembantu|irban|camat|wakil direktur|wadir)\b",
     Kategori.ADMINISTRATOR),
    (r"^(kepala (seksi|subbagian|sub bagian|subbidang|sub bidang)|kasi|kasubag|kasubbag|kasubid"
     r"|kasubbid|lurah|sekretaris (kelurahan|lurah)|seklur)\b", Kategori.PENGAWAS),
)
# Heads whose level varies between agencies: a Kepala Puskesmas/UPTD/Sekolah may be a JF with
# tugas tambahan, a Pengawas or an Administrator — the file must say which.
_VARIES = re.compile(r"^kepala (uptd|upt|puskesmas|sekolah|sd|smp|tk|rsud|rumah sakit)\b")
_STRUKTURAL_NAME = re.compile(
    r"^(kepala|sekretaris|inspektur|camat|lurah|direktur|wakil direktur|asisten|staf ahli)\b", re.I)
_ACTING = re.compile(r"^(plt|plh|pj|pjs)\.?\s+", re.I)


def guess_kategori(nama: str, jenjang: Jenjang | None) -> Kategori:
    """When no JENIS JABATAN column is given: JF by jenjang in the name, standard leadership
    titles by their usual level ('Kepala Bidang …' → Administrator), else Pelaksana.

    Titles whose level varies (e.g. 'Kepala Puskesmas', a JF with tugas tambahan) raise:
    callers must ask for a jenis jabatan for those.
    """
    if jenjang is not None:
        return Kategori.FUNGSIONAL
    bare = _ACTING.sub("", nama.strip())
    key = _key(bare)
    if not _VARIES.search(key):
        for pattern, kategori in _TITLE_KATEGORI:
            if re.search(pattern, key):
                return kategori
    if _STRUKTURAL_NAME.match(bare) or _VARIES.search(key):
        raise ValidationError(f"jabatan '{nama}' tampak struktural; isi kolom JENIS JABATAN "
                              "(JPT Pratama/Administrator/Pengawas)", field="jenis_jabatan",
                              code="jenis_jabatan_kosong")
    return Kategori.PELAKSANA
