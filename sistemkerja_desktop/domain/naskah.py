"""Tata Naskah Dinas helpers: Indonesian dates, terbilang, diktum words, signature blocks,
paper/margins and the readiness check of a naskah before its final print.

Sources: domain_conventions.md §1.2 (paper, margins), §1.7 (dates, numbers), §1.8 (a.n., Plt.,
Plh.), §7 (helpers); Permendagri 1/2023 Pasal 44 (gelar on signatures).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.nip import parse_nip

BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
ROMAWI_BULAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_SATUAN = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
           "sembilan", "sepuluh", "sebelas")


def tanggal_id(tanggal: dt.date) -> str:
    """16 Juli 2024 — day without leading zero, month in full, no weekday."""
    return f"{tanggal.day} {BULAN[tanggal.month - 1]} {tanggal.year}"


def bulan_romawi(bulan: int) -> str:
    return ROMAWI_BULAN[bulan - 1]


def terbilang(n: int) -> str:
    """Indonesian words for a non-negative integer: 12 → 'dua belas', 1001 → 'seribu satu'."""
    if n < 0:
        return f"minus {terbilang(-n)}"
    if n < 12:
        return _SATUAN[n]
    if n < 20:
        return f"{_SATUAN[n - 10]} belas"
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"),
                       (1000, "ribu"), (100, "ratus"), (10, "puluh")):
        if n >= size:
            head, rest = divmod(n, size)
            if head == 1 and size in (1000, 100):
                text = "seribu" if size == 1000 else "seratus"
            else:
                text = f"{terbilang(head)} {word}"
            return f"{text} {terbilang(rest)}" if rest else text
    raise AssertionError(n)  # pragma: no cover


def angka_terbilang(n: int) -> str:
    """'3 (tiga)'."""
    return f"{n} ({terbilang(n)})"


def diktum(n: int) -> str:
    """KESATU, KEDUA, …, KESEBELAS, KEDUA BELAS (never PERTAMA)."""
    if n < 1:
        raise ValueError(n)
    return f"KE{terbilang(n).upper()}"


def huruf_urut(i: int) -> str:
    """0 → 'a', 25 → 'z', 26 → 'aa' (Menimbang items)."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("a") + r) + out
    return out


# ---- paper and margins -----------------------------------------------------------------------

class Kertas(StrEnum):
    A4 = "A4"
    F4 = "F4"  # 215 × 330 mm
    F4_210 = "F4 210"  # 210 × 330 mm, some printers/templates

    @property
    def ukuran_mm(self) -> tuple[float, float]:
        return {Kertas.A4: (210.0, 297.0), Kertas.F4: (215.0, 330.0),
                Kertas.F4_210: (210.0, 330.0)}[self]


@dataclass(frozen=True, slots=True)
class TataLetak:
    """Paper and margins in mm (defaults: national model 2 / 2,5 / 3 / 2 cm, §1.2)."""

    kertas: Kertas = Kertas.A4
    atas: float = 20.0
    bawah: float = 25.0
    kiri: float = 30.0
    kanan: float = 20.0
    ukuran_huruf: float = 12.0

    def validate(self) -> TataLetak:
        for name in ("atas", "bawah", "kiri", "kanan"):
            value = getattr(self, name)
            if not 5.0 <= value <= 60.0:
                raise ValidationError(f"Margin {name} harus 5–60 mm", field=f"margin_{name}")
        if not 9.0 <= self.ukuran_huruf <= 14.0:
            raise ValidationError("Ukuran huruf naskah harus 9–14 pt", field="ukuran_huruf")
        return self


# ---- signature blocks ------------------------------------------------------------------------

class BentukTtd(StrEnum):
    DEFINITIF = "definitif"
    AN = "a.n."
    PLT = "Plt."
    PLH = "Plh."


@dataclass(frozen=True, slots=True)
class Penandatangan:
    """A signer profile. `jabatan` may hold line breaks ('KEPALA DINAS KESEHATAN\\nKABUPATEN
    CONTOH'). For a.n., `jabatan_atas_nama` is the delegating office and `jabatan` the signer's
    own ('Sekretaris')."""

    jabatan: str
    nama: str  # with gelar (Surat Tugas, Pasal 44(2))
    nip: str = ""
    pangkat: str = ""  # 'Pembina Utama Muda (IV/c)'
    nama_tanpa_gelar: str = ""  # for Keputusan (Pasal 44(1)); derived from nama if empty
    bentuk: BentukTtd = BentukTtd.DEFINITIF
    jabatan_atas_nama: str = ""
    id: int = 0
    label: str = ""
    uuid: str = ""

    def baris_jabatan(self) -> tuple[str, ...]:
        """The jabatan lines above the signature space; the last one ends with a comma."""
        own = [x.strip() for x in self.jabatan.splitlines() if x.strip()]
        if self.bentuk is BentukTtd.AN:
            head = [x.strip() for x in self.jabatan_atas_nama.splitlines() if x.strip()]
            lines = [f"a.n. {head[0]}", *head[1:]] if head else []
            lines += own
        elif self.bentuk in (BentukTtd.PLT, BentukTtd.PLH) and own:
            lines = [f"{self.bentuk.value} {own[0]}", *own[1:]]
        else:
            lines = own
        if lines and not lines[-1].endswith(","):
            lines[-1] += ","
        return tuple(lines)

    def nama_untuk(self, *, bergelar: bool) -> str:
        if bergelar:
            return self.nama
        return self.nama_tanpa_gelar or hapus_gelar(self.nama)


_GELAR_DEPAN = ("dr.", "drg.", "apt.", "ns.", "ir.", "drs.", "dra.", "prof.", "h.", "hj.",
                "bd.", "dr", "drg")


def hapus_gelar(nama: str) -> str:
    """'dr. Hendra Wijayakusuma, M.Kes.' → 'Hendra Wijayakusuma' (best effort)."""
    name = nama.split(",")[0].strip()
    words = name.split()
    while words and words[0].lower() in _GELAR_DEPAN:
        words.pop(0)
    return " ".join(words) or name


# ---- readiness ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Kesiapan:
    """What blocks the final print (`kurang`) and what only deserves a look (`peringatan`)."""

    kurang: tuple[str, ...] = ()
    peringatan: tuple[str, ...] = ()

    @property
    def siap(self) -> bool:
        return not self.kurang


@dataclass(frozen=True, slots=True)
class CekOrang:
    """One person listed in a naskah, as the readiness check sees it. A member still waiting
    for approval is not judged here: `cek_tim(..., final=True)` reports it as a galat
    (ANGGOTA_MENUNGGU_PERSETUJUAN), passed in as a `pelanggaran`."""

    nama: str
    nip: str
    menunggu_persetujuan: bool = False  # informative only (a draft marks the person)


# "Nomor 7 Tahun 2022", "No. 36 Tahun 2023", "Nomor 800/12/2026 Tahun 2026"
_NOMOR_TAHUN = re.compile(r"\b(?:Nomor|No\.?)\s*[^\s,;]+\s+Tahun\s+\d{4}\b", re.IGNORECASE)
_TANPA_NOMOR = re.compile(r"Undang-Undang\s+Dasar", re.IGNORECASE)  # UUD 1945 has no number


def tanpa_nomor_tahun(entries: tuple[str, ...]) -> tuple[int, ...]:
    """1-based positions of Dasar/Mengingat entries that cite no "Nomor … Tahun …" (a
    regulation an official cannot look up). The 1945 Constitution is exempt."""
    return tuple(i for i, e in enumerate((x for x in entries if x.strip()), start=1)
                 if not _NOMOR_TAHUN.search(e) and not _TANPA_NOMOR.search(e))


_ALAMAT = re.compile(r"\b(?:Jalan|Jl|Jln|Komplek|Kompleks|Gedung|Kantor|Kawasan|Desa|Kelurahan|"
                     r"Kecamatan|Kode\s*Pos)\b|\b\d{5}\b", re.IGNORECASE)


def kop_beralamat(lines: tuple[str, ...]) -> bool:
    """True when a kop line (after the name lines) carries an address: a street/building word
    or a five-digit kode pos (domain_conventions.md §1.3: the kop ends with the address)."""
    rest = [x for x in lines[1:] if x.strip()] if len(lines) > 1 else []
    return any(_ALAMAT.search(x) for x in rest)


def periksa_kesiapan(*, nomor: str, penandatangan: Penandatangan | None,
                     orang: tuple[CekOrang, ...], dasar: tuple[str, ...], dasar_label: str,
                     tugas: tuple[str, ...], tanggal: dt.date | None,
                     pelanggaran: tuple[str, ...] = (), kop: tuple[str, ...] | None = None,
                     kop_label: str = "Kop naskah", nomor_kosong: str = "",
                     lain: tuple[str, ...] = ()) -> Kesiapan:
    """Readiness of a Surat Tugas or SK before the final PDF (issue #4 'Readiness check';
    issue #9: what an official would reject). `pelanggaran`: the team's hard findings as
    judged for a final print; `kop`: the kop lines the document carries (None: not checked);
    `nomor_kosong`: the message when the number is missing; `lain`: further blocking lines."""
    kurang: list[str] = []
    warn: list[str] = []
    if not nomor.strip():
        kurang.append(nomor_kosong or "Nomor naskah belum ada (isi pola dan kode unit di "
                      "pengaturan penomoran, atau masukkan nomor)")
    if tanggal is None:
        kurang.append("Tanggal penetapan belum diisi")
    if kop is not None:
        if not any(x.strip() for x in kop):
            kurang.append(f"{kop_label} belum diisi")
        elif not kop_beralamat(kop):
            kurang.append(f"{kop_label} belum memuat baris alamat (jalan, nomor, kode pos)")
    if penandatangan is None:
        kurang.append("Penandatangan belum dipilih")
    else:
        if not penandatangan.nama.strip():
            kurang.append("Nama penandatangan belum diisi")
        if not penandatangan.nip.strip():
            kurang.append(f"NIP penandatangan ({penandatangan.nama or 'tanpa nama'}) belum diisi")
        if not penandatangan.pangkat.strip():
            kurang.append(f"Pangkat/golongan penandatangan ({penandatangan.nama or 'tanpa nama'})"
                          " belum diisi")
        if not penandatangan.jabatan.strip():
            kurang.append("Jabatan penandatangan belum diisi")
    if not orang:
        kurang.append("Tim belum memiliki anggota")
    for o in orang:
        if not o.nip.strip():
            kurang.append(f"NIP anggota {o.nama} belum diisi")
        else:
            try:
                parse_nip(o.nip)
            except ValidationError as exc:
                kurang.append(f"NIP anggota {o.nama} tidak sah: {exc.message}")
    entries = tuple(d for d in dasar if d.strip())
    if not entries:
        kurang.append(f"{dasar_label} belum diisi")
    for i in tanpa_nomor_tahun(entries):
        text = " ".join(entries[i - 1].split())
        kurang.append(f"{dasar_label} butir {i} tidak menyebut nomor dan tahun peraturannya "
                      f"(mis. \u201cNomor 7 Tahun 2022\u201d): \u201c{_pendek(text)}\u201d")
    if not any(t.strip() for t in tugas):
        kurang.append("Uraian tugas tim belum diisi")
    kurang.extend(lain)
    kurang.extend(f"Aturan dilanggar: {p}" for p in pelanggaran)
    return Kesiapan(tuple(kurang), tuple(warn))


def _pendek(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"
