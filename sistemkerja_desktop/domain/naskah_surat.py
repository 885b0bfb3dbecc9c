"""What the letters of a penugasan chain contain — the input of the surat dinas writer.

The *surat permohonan* (pelibatan / penugasan) and the *surat jawaban* (setuju with the list
of names, or tolak with the reasons) are surat dinas (naskah dinas korespondensi, Permendagri
1/2023): kop, place and date, Nomor / Sifat / Lampiran / Hal, the addressee (Yth. …, di …),
the body, the signature (name with gelar, pangkat, NIP — Pasal 44 ayat (2)–(3)) and the
tembusan. The individual *surat penugasan* is a Surat Tugas (naskah dinas penugasan) and uses
`naskah_dok.SuratTugasNaskah` (judul "Surat Penugasan").

The body is a sequence of blocks: paragraphs, `a. label : text` rows (the four contents of a
surat permohonan), a table of names and a numbered list (the reasons of a refusal). Services
fill these with final text; the writer only lays them out."""

from __future__ import annotations

from dataclasses import dataclass

from sistemkerja_desktop.domain.naskah import TataLetak
from sistemkerja_desktop.domain.naskah_dok import Kop, Orang, Pengesahan, SuratTugasNaskah

__all__ = ["Blok", "DaftarNama", "Paragraf", "Rincian", "Butiran", "SuratDinasNaskah",
           "SuratPenugasanNaskah"]

# The individual surat penugasan is laid out as a Surat Tugas (exporters.pdf.surat_tugas).
SuratPenugasanNaskah = SuratTugasNaskah


@dataclass(frozen=True, slots=True)
class Paragraf:
    """A body paragraph; `menjorok`: first line indented (a new thought), else flush."""

    teks: str
    menjorok: bool = True


@dataclass(frozen=True, slots=True)
class Rincian:
    """`a. Maksud dan tujuan : …` rows, lettered in order (`huruf` False: `Nama : …` rows of
    an identity, indented as a list)."""

    baris: tuple[tuple[str, str], ...]
    huruf: bool = True


@dataclass(frozen=True, slots=True)
class DaftarNama:
    """A bordered table of the people concerned: No | Nama / NIP | Pangkat/Gol. | Jabatan |
    Unit kerja (the unit shown when `kolom_unit`)."""

    orang: tuple[Orang, ...]
    kolom_unit: bool = True
    unit: tuple[str, ...] = ()  # one per person when kolom_unit


@dataclass(frozen=True, slots=True)
class Butiran:
    """A numbered list (1., 2., …), e.g. the reasons of a refusal; one item is printed
    without a number."""

    butir: tuple[str, ...]


Blok = Paragraf | Rincian | DaftarNama | Butiran


@dataclass(frozen=True)
class SuratDinasNaskah:
    kop: Kop
    tata_letak: TataLetak
    judul_dokumen: str  # the PDF title: "Surat Permohonan Pelibatan", "Surat Jawaban"
    nomor: str | None  # "" = not numbered yet (a draft prints dots); None = no Nomor line
    # (a pegawai's own letter)
    hal: str
    kepada: tuple[str, ...]  # the addressee lines; the first one is printed after "Yth."
    isi: tuple[Blok, ...]
    pengesahan: Pengesahan  # place and date (printed at the top right) and the signer
    sifat: str = "Biasa"  # "" = no Sifat line
    lampiran: str = "-"
    di: str = "Tempat"  # the line under "di"
    tembusan: tuple[str, ...] = ()
    paraf: tuple[str, ...] = ()  # rows of the PARAF table (paraf koordinasi); () = none
    catatan_draf: str = ""  # a note printed on a draft only
