"""What a generated naskah contains — the input of the PDF exporters (SK Tim, Surat Tugas,
Keputusan penunjukan Ketua Kelompok Kerja).

Services fill these from the database; exporters only lay them out. Everything is already final
text (names with or without gelar, NIP in 8-6-1-3 form, dates in Indonesian)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from sistemkerja_desktop.domain.naskah import Penandatangan, TataLetak


class GarisKop(StrEnum):
    GANDA = "ganda"  # thick + thin
    TUNGGAL = "tunggal"
    TIDAK = "tidak"


@dataclass(frozen=True, slots=True)
class Kop:
    """Kop lines as printed: [0] PEMERINTAH …, [1] the PD name (largest, bold), then address and
    contact lines. `logo_path` is a PNG/JPG the user supplied (never a bundled crest)."""

    baris: tuple[str, ...]
    logo_path: str = ""
    garis: GarisKop = GarisKop.GANDA


@dataclass(frozen=True, slots=True)
class Butir:
    """A numbered item with optional sub-items (a., b., …)."""

    teks: str
    sub: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Orang:
    nama: str
    nip: str = ""  # display form
    pangkat: str = ""
    jabatan: str = ""  # jabatan dalam dinas
    peran: str = ""  # jabatan dalam tim
    keterangan: str = ""  # printed "(…)" after the name, e.g. "menunggu persetujuan" on a draft


@dataclass(frozen=True, slots=True)
class Pengesahan:
    """Place, date and signer of a naskah."""

    tempat: str
    tanggal: dt.date | None
    penandatangan: Penandatangan | None
    nama_bergelar: bool  # Surat Tugas yes, Keputusan no (Permendagri 1/2023 Pasal 44)
    tampilkan_pangkat: bool = True
    tampilkan_nip: bool = True
    gaya_tanggal: str = "ditetapkan"  # "ditetapkan": Ditetapkan di / pada tanggal; "tempat": X, tgl


@dataclass(frozen=True)
class SkTimNaskah:
    kop: Kop
    tata_letak: TataLetak
    penetap: str  # "KEPALA DINAS KESEHATAN KABUPATEN CONTOH"
    penetap_singkat: str  # "KEPALA DINAS KESEHATAN" (Menetapkan line)
    nomor: str
    tentang: str  # "PEMBENTUKAN TIM KERJA … TAHUN 2024"
    menimbang: tuple[str, ...]
    mengingat: tuple[str, ...]
    diktum: tuple[Butir, ...]  # KESATU, KEDUA, … assigned in order
    pengesahan: Pengesahan
    tembusan: tuple[str, ...]
    judul_susunan: str  # "SUSUNAN KEANGGOTAAN TIM KERJA …"
    susunan: tuple[Orang, ...]
    judul_dokumen: str = "Keputusan"
    nomor_label: str = "NOMOR"  # Kapuas Hulu Lampiran II.1: "NOMOR :"
    kolom_nip: bool = True  # False: NOMOR | NAMA | JABATAN DALAM TIM | JABATAN DALAM DINAS
    # (Kapuas Hulu Lampiran II.1), the NIP printed under the name
    lampiran: bool = True  # False: no Lampiran susunan (Keputusan penunjukan ketua)
    paraf: tuple[str, ...] = ()  # rows of the PARAF table (paraf koordinasi); () = none
    catatan_draf: str = ""  # a note printed on a draft only


@dataclass(frozen=True, slots=True)
class TimTugas:
    """A team in the Lampiran Surat Tugas: Ketua Tim, other named roles, numbered anggota."""

    nama: str
    ketua: Orang | None
    lain: tuple[Orang, ...] = ()
    anggota: tuple[Orang, ...] = ()

    @property
    def semua(self) -> tuple[Orang, ...]:
        return (*((self.ketua,) if self.ketua else ()), *self.lain, *self.anggota)


@dataclass(frozen=True)
class SuratTugasNaskah:
    kop: Kop
    tata_letak: TataLetak
    nomor: str
    dasar: tuple[str, ...]
    kata_perintah: str  # "MEMBERI TUGAS" / Kapuas Hulu "MEMERINTAHKAN"
    untuk: tuple[Butir, ...]
    tim: tuple[TimTugas, ...]
    lampiran: bool  # True: "Kepada: Nama-nama … sebagaimana terlampir" + Lampiran
    penanggung_jawab: str
    pengesahan: Pengesahan
    tembusan: tuple[str, ...] = ()
    judul_dokumen: str = "Surat Tugas"  # or "Surat Penugasan" where the Perbup says so
    kepada: tuple[Orang, ...] = field(default=())  # body list when not lampiran (all teams')
    kepada_teks: str = ""  # "Kepada :" text when lampiran; "" = the default wording
    paraf: tuple[str, ...] = ()  # rows of the PARAF table (paraf koordinasi); () = none
    catatan_draf: str = ""  # a note printed on a draft only
