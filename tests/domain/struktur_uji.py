"""Builders for small `Struktur` snapshots used by the domain tests (imported as a module)."""

from __future__ import annotations

import datetime as dt
from itertools import count

from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import (
    JenisUnit,
    Kedudukan,
    Pegawai,
    PerangkatDaerah,
    Position,
    Struktur,
    Unit,
)
from sistemkerja_desktop.domain.pangkat import Golongan

TANGGAL = dt.date(2024, 6, 1)

# A golongan inside each jenjang's range, so tests only see the findings they provoke.
_GOL = {Jenjang.AHLI_UTAMA: "IV/d", Jenjang.AHLI_MADYA: "IV/a", Jenjang.AHLI_MUDA: "III/c",
        Jenjang.AHLI_PERTAMA: "III/a", Jenjang.PENYELIA: "III/c", Jenjang.MAHIR: "III/a",
        Jenjang.TERAMPIL: "II/b", Jenjang.PEMULA: "II/a"}


class Builder:
    """Mutable builder; ids are assigned in creation order. `build()` returns the snapshot."""

    def __init__(self) -> None:
        self._ids = count(1)
        self.units: list[Unit] = []
        self.positions: list[Position] = []
        self.pegawai: list[Pegawai] = []
        self.kedudukan: list[Kedudukan] = []

    def unit(self, nama: str, jenis: JenisUnit = JenisUnit.BIDANG, parent: int | None = None,
             mandiri: bool = False, tipe: str = "") -> int:
        uid = next(self._ids)
        self.units.append(Unit(uid, nama, jenis, parent_id=parent, mandiri=mandiri, tipe=tipe))
        return uid

    def orang(self, nama: str, jabatan: Jabatan | None, unit: int | None, *,
              golongan: str | None = "III/a", nip: str | None = None, aktif: bool = True,
              eksternal: bool = False) -> int:
        pid = next(self._ids)
        n = len(self.pegawai)
        nip = nip or f"{1960 + n // 1000:04d}0101" f"200001{1 + n % 2}{n % 1000:03d}"
        self.pegawai.append(Pegawai(pid, nip, nama, jabatan, unit,
                                    golongan=Golongan.pns(golongan) if golongan else None,
                                    aktif=aktif, eksternal=eksternal))
        return pid

    def jf(self, nama: str, jenjang: Jenjang, unit: int | None, jf: str = "Analis", **kw) -> int:
        kw.setdefault("golongan", _GOL[jenjang])
        jabatan = Jabatan(f"{jf} {jenjang}", Kategori.FUNGSIONAL, jenjang)
        return self.orang(nama, jabatan, unit, **kw)

    def pelaksana(self, nama: str, unit: int | None, **kw) -> int:
        kw.setdefault("golongan", "II/c")
        return self.orang(nama, Jabatan("Pengadministrasi Umum", Kategori.PELAKSANA), unit, **kw)

    def posisi(self, nama: str, kategori: Kategori, unit: int | None, pemangku: int | None = None,
               pimpinan: bool = True) -> int:
        pos_id = next(self._ids)
        self.positions.append(Position(pos_id, nama, kategori, unit, pimpinan_unit=pimpinan,
                                       pemangku_id=pemangku))
        return pos_id

    def pejabat(self, nama: str, jabatan: str, kategori: Kategori, unit: int) -> int:
        """A structural official holding the leading position of `unit`; returns the position id."""
        pid = self.orang(nama, Jabatan(jabatan, kategori), unit, golongan="IV/a")
        return self.posisi(jabatan, kategori, unit, pemangku=pid)

    def ppk(self, pegawai: int, posisi: int, *, mulai: dt.date = dt.date(2024, 1, 1),
            selesai: dt.date | None = None, delegasi: bool = False) -> int:
        kid = next(self._ids)
        self.kedudukan.append(Kedudukan(kid, pegawai, posisi, mulai, selesai, delegasi=delegasi))
        return kid

    def build(self, profil: str = "generic", *, nama_pd: str = "Dinas Uji",
              jenis_pd: str = "Dinas") -> Struktur:
        return Struktur(PerangkatDaerah(nama_pd, "Kabupaten Uji", profil=profil, jenis=jenis_pd),
                        tuple(self.units), tuple(self.positions), tuple(self.pegawai),
                        tuple(self.kedudukan))


class Dinas:
    """A two-level Dinas: Kepala Dinas (JPT) → Bidang (Administrator) → Seksi (Pengawas)."""

    def __init__(self, b: Builder) -> None:
        self.b = b
        self.dinas = b.unit("Dinas Kesehatan", JenisUnit.PIMPINAN)
        self.kadis = b.pejabat("Kadis", "Kepala Dinas", Kategori.JPT_PRATAMA, self.dinas)
        self.bidang = b.unit("Bidang Pelayanan", JenisUnit.BIDANG, self.dinas)
        self.kabid = b.pejabat("Kabid", "Kepala Bidang", Kategori.ADMINISTRATOR, self.bidang)
        self.seksi = b.unit("Seksi Rujukan", JenisUnit.SEKSI, self.bidang)
        self.kasi = b.pejabat("Kasi", "Kepala Seksi", Kategori.PENGAWAS, self.seksi)
