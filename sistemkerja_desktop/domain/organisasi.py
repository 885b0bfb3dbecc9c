"""The agency's structure as pure data: Perangkat Daerah, units, positions, pegawai, kedudukan.

These frozen dataclasses are also the DTOs services hand to the views and exporters.
`Struktur` is a whole-agency snapshot answering "who is where, under whom, as of date D".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from sistemkerja_desktop.domain.jabatan import Jabatan, Kategori
from sistemkerja_desktop.domain.nip import StatusKepegawaian, format_nip
from sistemkerja_desktop.domain.pangkat import Golongan


class JenisUnit(StrEnum):
    PIMPINAN = "Pimpinan"
    SEKRETARIAT = "Sekretariat"
    BIDANG = "Bidang"
    BAGIAN = "Bagian"
    SUBBAGIAN = "Subbagian"
    SUBBIDANG = "Subbidang"
    SEKSI = "Seksi"
    INSPEKTUR_PEMBANTU = "Inspektur Pembantu"
    UPTD = "UPTD"
    PUSKESMAS = "Puskesmas"
    RSUD = "RSUD"
    KECAMATAN = "Kecamatan"
    KELURAHAN = "Kelurahan"
    SATUAN_PENDIDIKAN = "Satuan Pendidikan"
    LAINNYA = "Lainnya"


def guess_jenis_unit(nama: str) -> JenisUnit:
    """'UPTD Puskesmas Sukamaju' → PUSKESMAS; 'Subbagian Keuangan' → SUBBAGIAN."""
    low = nama.lower()
    for needle, jenis in (
        ("puskesmas", JenisUnit.PUSKESMAS), ("rsud", JenisUnit.RSUD),
        ("rumah sakit", JenisUnit.RSUD), ("inspektur pembantu", JenisUnit.INSPEKTUR_PEMBANTU),
        ("irban", JenisUnit.INSPEKTUR_PEMBANTU), ("uptd", JenisUnit.UPTD), ("upt ", JenisUnit.UPTD),
        ("subbagian", JenisUnit.SUBBAGIAN), ("sub bagian", JenisUnit.SUBBAGIAN),
        ("subbidang", JenisUnit.SUBBIDANG), ("sub bidang", JenisUnit.SUBBIDANG),
        ("sekretariat", JenisUnit.SEKRETARIAT), ("bidang", JenisUnit.BIDANG),
        ("bagian", JenisUnit.BAGIAN), ("seksi", JenisUnit.SEKSI),
        ("kecamatan", JenisUnit.KECAMATAN), ("kelurahan", JenisUnit.KELURAHAN),
        ("sekolah", JenisUnit.SATUAN_PENDIDIKAN), ("sd negeri", JenisUnit.SATUAN_PENDIDIKAN),
        ("smp", JenisUnit.SATUAN_PENDIDIKAN), ("pimpinan", JenisUnit.PIMPINAN),
    ):
        if needle in low + " ":
            return jenis
    return JenisUnit.LAINNYA


class Pengisian(StrEnum):
    """How a position is filled."""

    DEFINITIF = "Definitif"
    PLT = "Plt."
    PLH = "Plh."
    TUGAS_TAMBAHAN = "Tugas tambahan"


@dataclass(frozen=True, slots=True)
class PerangkatDaerah:
    nama: str
    pemda: str
    profil: str = "generic"
    jenis: str = "Dinas"
    alamat: str = ""
    telepon: str = ""
    kode_pos: str = ""
    email: str = ""
    laman: str = ""
    tempat_penetapan: str = ""
    kop: tuple[str, ...] = ()
    logo_path: str = ""
    uuid: str = ""

    def kop_lines(self) -> tuple[str, ...]:
        """The kop as configured, or the standard one derived from the fields."""
        if self.kop:
            return self.kop
        contact = ", ".join(p for p in (
            f"Telepon {self.telepon}" if self.telepon else "",
            f"Laman {self.laman}" if self.laman else "",
            f"Pos-el {self.email}" if self.email else "") if p)
        address = ", ".join(p for p in (self.alamat, self.kode_pos) if p)
        return tuple(x for x in (f"PEMERINTAH {self.pemda.upper()}", self.nama.upper(),
                                 address, contact) if x)


@dataclass(frozen=True, slots=True)
class Unit:
    id: int
    nama: str
    jenis: JenisUnit
    parent_id: int | None = None
    mandiri: bool = False  # unit kerja mandiri: led by a JF (KH Pasal 7; BT Pasal 6(2))
    kode: str = ""
    uuid: str = ""
    induk_tidak_diketahui: bool = False  # imported without a known parent (periksa warns)
    versi: int = 0  # the record's version when loaded (0: not from the database)
    tipe: str = ""  # RSUD Kelas/Tipe "A"–"D", UPTD Tipe "A"/"B" where the Perbup tells them apart


@dataclass(frozen=True, slots=True)
class Position:
    """A seat that can be a Pejabat Penilai Kinerja: 'Kepala Bidang Pelayanan Kesehatan'.

    Kedudukan points at the position, not the person, so a Plt. or a new official inherits it.
    """

    id: int
    nama: str
    kategori: Kategori
    unit_id: int | None
    pimpinan_unit: bool = True
    pemangku_id: int | None = None
    pengisian: Pengisian = Pengisian.DEFINITIF
    uuid: str = ""

    @property
    def kosong(self) -> bool:
        return self.pemangku_id is None


@dataclass(frozen=True, slots=True)
class Pegawai:
    id: int
    nip: str
    nama: str
    jabatan: Jabatan | None
    unit_id: int | None
    status: StatusKepegawaian = StatusKepegawaian.PNS
    gelar_depan: str = ""
    gelar_belakang: str = ""
    golongan: Golongan | None = None
    pendidikan: str = ""
    email: str = ""
    telepon: str = ""
    kompetensi: tuple[str, ...] = ()
    aktif: bool = True
    eksternal: bool = False
    instansi_asal: str = ""
    uuid: str = ""
    versi: int = 0  # the record's version when loaded; a save of an older one is refused

    @property
    def nama_lengkap(self) -> str:
        """'dr. Intan Permatasari' / 'Siti Nurhaliza, S.E.'"""
        name = f"{self.gelar_depan} {self.nama}".strip() if self.gelar_depan else self.nama
        return f"{name}, {self.gelar_belakang}" if self.gelar_belakang else name

    @property
    def nip_tampil(self) -> str:
        return format_nip(self.nip)


@dataclass(frozen=True, slots=True)
class Kedudukan:
    """Pegawai → PPK position, effective from tmt_mulai up to and including tmt_selesai."""

    id: int
    pegawai_id: int
    ppk_position_id: int
    tmt_mulai: dt.date
    tmt_selesai: dt.date | None = None
    dasar_nomor: str = ""
    dasar_tanggal: dt.date | None = None
    delegasi: bool = False
    delegasi_dasar: str = ""
    uuid: str = ""
    versi: int = 0  # the record's version when loaded (0: new on the canvas)

    def berlaku_pada(self, tanggal: dt.date) -> bool:
        return self.tmt_mulai <= tanggal and (self.tmt_selesai is None or tanggal <= self.tmt_selesai)


@dataclass(frozen=True)
class Struktur:
    """A whole-agency snapshot. Indexes are built lazily and cached (the object is immutable)."""

    pd: PerangkatDaerah
    units: tuple[Unit, ...] = ()
    positions: tuple[Position, ...] = ()
    pegawai: tuple[Pegawai, ...] = ()
    kedudukan: tuple[Kedudukan, ...] = ()

    @cached_property
    def unit_by_id(self) -> dict[int, Unit]:
        return {u.id: u for u in self.units}

    @cached_property
    def pegawai_by_id(self) -> dict[int, Pegawai]:
        return {p.id: p for p in self.pegawai}

    @cached_property
    def position_by_id(self) -> dict[int, Position]:
        return {p.id: p for p in self.positions}

    @cached_property
    def positions_held(self) -> dict[int, tuple[Position, ...]]:
        held: dict[int, list[Position]] = {}
        for pos in self.positions:
            if pos.pemangku_id is not None:
                held.setdefault(pos.pemangku_id, []).append(pos)
        return {k: tuple(v) for k, v in held.items()}

    @cached_property
    def children(self) -> dict[int | None, tuple[Unit, ...]]:
        kids: dict[int | None, list[Unit]] = {}
        for u in self.units:
            kids.setdefault(u.parent_id, []).append(u)
        return {k: tuple(v) for k, v in kids.items()}

    def unit_level(self, unit_id: int) -> int:
        """1 for a top unit, 2 for its children, …"""
        level, seen = 1, set()
        unit = self.unit_by_id[unit_id]
        while unit.parent_id is not None and unit.parent_id not in seen:
            seen.add(unit.id)
            unit = self.unit_by_id[unit.parent_id]
            level += 1
        return level

    def unit_path(self, unit_id: int | None) -> str:
        """'Bidang X / Seksi Y'. The top 'Pimpinan' unit (the head's office, parent of all) is
        left out of its descendants' paths, as users write them in their lists."""
        if unit_id is None or unit_id not in self.unit_by_id:
            return ""
        names: list[str] = []
        seen: set[int] = set()
        current: Unit | None = self.unit_by_id[unit_id]
        while current is not None and current.id not in seen:
            seen.add(current.id)
            names.append(current.nama)
            current = self.unit_by_id.get(current.parent_id) if current.parent_id else None
        if len(names) > 1 and self._is_pimpinan_root(unit_id):
            names.pop()
        return " / ".join(reversed(names))

    def _is_pimpinan_root(self, unit_id: int) -> bool:
        root = list(self.ancestors(unit_id))[-1]
        return root.parent_id is None and root.jenis is JenisUnit.PIMPINAN

    def ancestors(self, unit_id: int) -> Iterator[Unit]:
        seen: set[int] = set()
        current = self.unit_by_id.get(unit_id)
        while current is not None and current.id not in seen:
            seen.add(current.id)
            yield current
            current = self.unit_by_id.get(current.parent_id) if current.parent_id else None

    def pimpinan_of(self, unit_id: int) -> Position | None:
        for pos in self.positions:
            if pos.unit_id == unit_id and pos.pimpinan_unit:
                return pos
        return None

    def kedudukan_on(self, tanggal: dt.date) -> dict[int, list[Kedudukan]]:
        """pegawai_id → kedudukan in force on `tanggal`."""
        out: dict[int, list[Kedudukan]] = {}
        for k in self.kedudukan:
            if k.berlaku_pada(tanggal):
                out.setdefault(k.pegawai_id, []).append(k)
        return out

    def holder(self, position_id: int) -> Pegawai | None:
        pos = self.position_by_id.get(position_id)
        if pos is None or pos.pemangku_id is None:
            return None
        return self.pegawai_by_id.get(pos.pemangku_id)

    def ppk_of(self, pegawai_id: int, tanggal: dt.date) -> list[Position]:
        return [self.position_by_id[k.ppk_position_id]
                for k in self.kedudukan_on(tanggal).get(pegawai_id, [])
                if k.ppk_position_id in self.position_by_id]
