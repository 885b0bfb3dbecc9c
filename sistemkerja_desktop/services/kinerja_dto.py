"""Frozen read models of the Perjanjian Kinerja indicators and the Matriks Peran Hasil (issue
#11). `as_json()` gives the CLI's `--json` shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class IndikatorInfo:
    """One indicator of a year's Perjanjian Kinerja. `pemilik`: the owner position's name
    (pemilik kinerja), `pemilik_nama` its holder; `induk`: the text of the indicator it is
    cascaded from; `tim`: (tim_id, nama) of the teams serving it; `permohonan_ids`: the
    individual assignments serving it; `tingkat`: 0 for a top-level indicator, 1 for one
    cascaded from it, …"""

    id: int
    tahun: int
    urut: int
    kode: str
    sasaran: str
    indikator: str
    target: str
    satuan: str
    position_id: int | None
    pemilik: str
    pemilik_nama: str
    induk_id: int | None
    induk: str
    penanggung_jawab_nip: str
    penanggung_jawab_nama: str
    tim: tuple[tuple[int, str], ...]
    permohonan_ids: tuple[int, ...]
    versi: int
    tingkat: int = 0

    @property
    def label(self) -> str:
        """"IKU.1 Prevalensi stunting" — the code (if any) and the indicator."""
        return f"{self.kode} {self.indikator}".strip()

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "tahun": self.tahun, "urut": self.urut, "kode": self.kode,
                "sasaran": self.sasaran, "indikator": self.indikator, "target": self.target,
                "satuan": self.satuan, "pemilik_position_id": self.position_id,
                "pemilik": self.pemilik or None, "pemilik_nama": self.pemilik_nama or None,
                "induk_id": self.induk_id, "induk": self.induk or None,
                "penanggung_jawab_nip": self.penanggung_jawab_nip or None,
                "penanggung_jawab_nama": self.penanggung_jawab_nama or None,
                "tim": [{"id": i, "nama": n} for i, n in self.tim],
                "permohonan_ids": list(self.permohonan_ids), "tingkat": self.tingkat,
                "versi": self.versi}


@dataclass(frozen=True, slots=True)
class MphBaris:
    """One pegawai's row: `peran` "Ketua Tim", "Anggota Tim", "Mandiri", "Pemilik Kinerja"
    (several joined by ", "); `sel` the peran hasil per column (lines joined by "\\n", "" for
    none); `lainnya` contributions to no indicator (a team not linked to one)."""

    no: int
    nip: str
    nama: str
    jabatan: str
    peran: str
    sel: tuple[str, ...]
    lainnya: str = ""
    unit: str = ""

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"no": self.no, "nip": self.nip, "nama": self.nama,
                               "jabatan": self.jabatan, "peran": self.peran,
                               "sel": list(self.sel)}
        if self.lainnya:
            out["lainnya"] = self.lainnya
        return out


@dataclass(frozen=True, slots=True)
class MphTim:
    """The second-level matrix of one team: columns the ketua's hasil kerja, rows the other
    members."""

    tim_id: int
    nama: str
    ketua: str  # "Nama (NIP …)" or ""
    kolom: tuple[str, ...]
    baris: tuple[MphBaris, ...]

    def as_json(self) -> dict[str, Any]:
        return {"tim_id": self.tim_id, "nama": self.nama, "ketua": self.ketua or None,
                "kolom": list(self.kolom), "baris": [b.as_json() for b in self.baris]}


@dataclass(frozen=True, slots=True)
class Mph:
    """The Matriks Peran Hasil of a year. `tanpa_peran`: active pegawai with no peran hasil
    in the year (the Kepala PD, whose IKI are the columns, left out)."""

    tahun: int
    judul_unit: str  # "Dinas Kesehatan Kabupaten Contoh"
    kolom: tuple[IndikatorInfo, ...]
    baris: tuple[MphBaris, ...]
    tim: tuple[MphTim, ...]
    tanpa_peran: tuple[MphBaris, ...] = ()

    @property
    def ada_lainnya(self) -> bool:
        return any(b.lainnya for b in self.baris)

    def as_json(self) -> dict[str, Any]:
        return {"tahun": self.tahun, "unit_kerja": self.judul_unit,
                "kolom": [{"id": k.id, "kode": k.kode, "indikator": k.indikator,
                           "target": k.target, "satuan": k.satuan,
                           "pemilik": k.pemilik or None} for k in self.kolom],
                "baris": [b.as_json() for b in self.baris],
                "tim": [t.as_json() for t in self.tim],
                "tanpa_peran": [{"nip": b.nip, "nama": b.nama, "jabatan": b.jabatan}
                                for b in self.tanpa_peran]}
