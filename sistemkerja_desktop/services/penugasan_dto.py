"""Frozen read models of the permohonan penugasan (issue #10): the register/inbox row, a step of
the chain, the request's page. `as_json()` gives the CLI's `--json` shape (keys the issue names,
plus a few extras); dates as ISO text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from sistemkerja_desktop.domain.penugasan import IsiPermohonan


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


@dataclass(frozen=True, slots=True)
class MenungguRow:
    """The step a waiting request is at: its role and holder, and who records it (the holder
    for a step of ours; for a step of the other instansi the pemohon or our next holder, who
    enters the answer from its letter — `domain.penugasan.pencatat_id`)."""

    urut: int
    peran: str  # Peran value
    pihak: str  # "kita" / "mereka"
    nip: str  # the holder's NIP ("" for the other instansi)
    nama: str
    jabatan: str
    pencatat_id: int | None  # who may act on it in the app
    pencatat_nip: str
    pencatat_nama: str

    def as_json(self) -> dict[str, Any]:
        return {"peran": self.peran, "nip": self.nip, "jabatan": self.jabatan,
                "nama": self.nama, "pihak": self.pihak, "urut": self.urut,
                "pencatat_nip": self.pencatat_nip}


@dataclass(frozen=True, slots=True)
class PermohonanRingkas:
    id: int
    jenis: str  # JenisPenugasan value
    lingkup: str  # LingkupPenugasan value
    arah: str  # Arah value
    status: str  # StatusPermohonan value
    pegawai: tuple[str, ...]  # NIPs, in the request's order
    pegawai_nama: str  # their names with gelar, joined with ", "
    oleh_nip: str
    oleh_nama: str
    unit_pemohon: str  # unit path ("" when none)
    tujuan: str  # the target unit's path, or the other instansi
    tim_id: int | None
    tanggal: dt.date
    umur_hari: int  # days since submission (a closed request: until its last decision)
    menunggu: MenungguRow | None
    maksud: str
    versi: int = 0  # the record's version (pass it back to act: ConflictError if it changed)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "jenis": self.jenis, "lingkup": self.lingkup,
                "status": self.status, "pegawai": list(self.pegawai),
                "menunggu": self.menunggu.as_json() if self.menunggu else None,
                "umur_hari": self.umur_hari, "arah": self.arah, "tanggal": _iso(self.tanggal),
                "oleh": self.oleh_nip, "tujuan": self.tujuan, "tim_id": self.tim_id,
                "maksud": self.maksud}


@dataclass(frozen=True, slots=True)
class LangkahRow:
    urut: int
    peran: str  # Peran value
    nip: str  # the holder on the request's date ("" for the other instansi / a vacancy)
    nama: str
    jabatan: str
    keputusan: str  # menunggu / setuju / tolak / rekomendasi / diteruskan
    tanggal: dt.date | None
    catatan: str
    pihak: str  # kita / mereka
    surat: str  # JenisSurat value of the letter the step produces, or ""
    surat_nomor: str
    surat_tanggal: dt.date | None
    aksi: tuple[str, ...] = ()  # what the step may do (Aksi values)
    tembusan: tuple[str, ...] = ()  # Peran values receiving a copy
    dicatat_oleh: str = ""  # who entered it when not the holder ("nama (NIP …)")
    sekarang: bool = False  # the step the request waits at

    def as_json(self) -> dict[str, Any]:
        return {"urut": self.urut, "peran": self.peran, "nip": self.nip,
                "jabatan": self.jabatan, "keputusan": self.keputusan,
                "tanggal": _iso(self.tanggal), "catatan": self.catatan, "nama": self.nama,
                "pihak": self.pihak, "surat": self.surat or None,
                "surat_nomor": self.surat_nomor, "surat_tanggal": _iso(self.surat_tanggal),
                "dicatat_oleh": self.dicatat_oleh, "sekarang": self.sekarang}


@dataclass(frozen=True, slots=True)
class PegawaiRingkas:
    nip: str
    nama: str  # with gelar
    jabatan: str
    pangkat: str  # "Penata (III/c)" or ""
    unit: str  # unit path, or the instansi of an external pegawai

    def as_json(self) -> dict[str, Any]:
        return {"nip": self.nip, "nama": self.nama, "jabatan": self.jabatan,
                "pangkat": self.pangkat, "unit": self.unit}


class LampiranRingkas(NamedTuple):
    """An attachment as listed: the contract's `(id, nama, ukuran)` tuple, fields named."""

    id: int
    nama: str
    ukuran: int  # bytes


@dataclass(frozen=True, slots=True)
class PermohonanDetail:
    ringkas: PermohonanRingkas
    isi: IsiPermohonan
    langkah: tuple[LangkahRow, ...]  # the whole chain, steps still to come included
    dasar: str  # the Pasal of the chain
    alamat: str  # addressee line of the surat permohonan ("" = the profile's usual one)
    tembusan: tuple[str, ...]  # every role copied along the chain (Peran values), in order
    pegawai: tuple[PegawaiRingkas, ...]
    lampiran: tuple[LampiranRingkas, ...]
    lisan: bool  # sukarela dalam unit: oral, only logged
    beban_kerja: tuple[str, ...]  # PS: one line per pegawai on their concurrent team load
    catatan_alur: str = ""

    def as_json(self) -> dict[str, Any]:
        return {**self.ringkas.as_json(),
                "isi": {"maksud": self.isi.maksud, "kompetensi": self.isi.kompetensi,
                        "target": self.isi.target, "mulai": _iso(self.isi.mulai),
                        "selesai": _iso(self.isi.selesai)},
                "langkah": [x.as_json() for x in self.langkah], "dasar": self.dasar,
                "alamat": self.alamat, "tembusan": list(self.tembusan),
                "pegawai_detail": [p.as_json() for p in self.pegawai],
                "lampiran": [{"id": a.id, "nama": a.nama, "ukuran": a.ukuran}
                             for a in self.lampiran],
                "lisan": self.lisan, "beban_kerja": list(self.beban_kerja)}
