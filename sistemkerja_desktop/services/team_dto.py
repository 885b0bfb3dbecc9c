"""Frozen read models the team builder shows (lists, detail, candidates, workload)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sistemkerja_desktop.domain.findings import Finding
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import (
    AsalAnggota,
    PeranTim,
    Persetujuan,
    StatusTim,
    Tim,
)


@dataclass(frozen=True, slots=True)
class JenisTimInfo:
    kode: str  # "tim-kerja", "kelompok-kerja", "tim-kerja-tematik", …
    nama: str
    dasar: str  # citation
    min_bulan: int | None
    maks_bulan: int | None
    alias: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AnggotaRow:
    pegawai_id: int
    nip: str
    nip_tampil: str
    nama: str  # with gelar
    pangkat: str  # "Penata (III/c)" / "Golongan IX"
    jabatan_dinas: str
    unit: str  # unit path, or the instansi of an external pegawai
    peran: PeranTim
    jabatan_dalam_tim: str
    label_peran: str  # jabatan_dalam_tim or the role
    asal: AsalAnggota
    persetujuan: Persetujuan
    alasan_persetujuan: str
    pengganti: bool
    alasan_pengganti: str
    jumlah_tim_aktif: int  # active teams (this one included if it is active)
    id: int = 0
    sementara: bool = False  # acting ketua (Pekalongan Pasal 29); label_peran says so
    dasar_sementara: str = ""  # its appointment by the Kepala Unit Organisasi Pemilik Kinerja
    dicantumkan: bool = True  # False: refused (ditolak) — shown with the reason, never printed


@dataclass(frozen=True, slots=True)
class DokumenRow:
    id: int
    tim_id: int
    jenis: JenisNaskah
    jenis_label: str
    nomor: str
    tanggal: dt.date
    kedaluwarsa: bool  # the roster changed after this document was issued
    berkas: str


@dataclass(frozen=True)
class TimDetail:
    tim: Tim  # the editable domain object (members' asal/persetujuan filled)
    jenis_nama: str
    unit_pemilik: str
    pemilik_kinerja: str  # position name (holder)
    penanggung_jawab: str
    anggota: tuple[AnggotaRow, ...]
    findings: tuple[Finding, ...]  # the profile's rules on the saved team
    lingkup: AsalAnggota
    dokumen_disarankan: JenisNaskah  # the instrument the profile prescribes for this team
    dokumen_disarankan_dasar: str
    dokumen: tuple[DokumenRow, ...]
    versi: int = 0  # the team's version when loaded: a save of an older one is refused
    dokumen_disarankan_judul: str = ""  # as the Perbup names it: "Surat Penugasan", …
    dokumen_disarankan_penandatangan: tuple[str, ...] = ()  # Peran values, in proposal order


@dataclass(frozen=True, slots=True)
class TimRingkas:
    id: int
    uuid: str
    nama: str
    jenis: str
    jenis_nama: str
    unit_pemilik_id: int
    unit_pemilik: str
    mulai: dt.date
    selesai: dt.date
    status: StatusTim
    ketua_nip: str | None
    ketua_nama: str
    anggota_nip: tuple[str, ...]  # every listed member except the ketua, in roster order
    jumlah_anggota: int  # all listed members, ketua included (a refused one is not listed)
    menunggu_persetujuan: int
    nomor_dokumen: str  # latest issued SK/ST, "" if none
    dokumen_kedaluwarsa: bool
    ditolak: int = 0  # refused members (not counted above, never printed)


@dataclass(frozen=True, slots=True)
class FilterKandidat:
    teks: str = ""  # name or NIP fragment
    unit_id: int | None = None  # the unit and its sub-units
    kategori: str = ""  # Kategori value
    jenjang: str = ""  # Jenjang value
    kompetensi: str = ""  # fragment of a kompetensi tag
    maks_tim: int | None = None  # at most this many active teams
    hanya_jf_pelaksana: bool = False


@dataclass(frozen=True, slots=True)
class Kandidat:
    pegawai_id: int
    nip: str
    nip_tampil: str
    nama: str
    jabatan: str
    kategori: str
    jenjang: str
    unit_id: int | None
    unit: str
    kompetensi: tuple[str, ...]
    eksternal: bool
    jumlah_tim_aktif: int
    melebihi_ambang: bool


@dataclass(frozen=True, slots=True)
class TimPegawai:
    tim_id: int
    tim_nama: str
    mulai: dt.date
    selesai: dt.date
    peran: str


@dataclass(frozen=True, slots=True)
class BebanRow:
    pegawai_id: int
    nip: str
    nama: str
    jabatan: str
    unit: str
    tim: tuple[TimPegawai, ...]
    tumpang_tindih: tuple[tuple[str, str], ...]  # pairs of team names with overlapping periods
    maks_serentak: int
    melebihi_ambang: bool


@dataclass(frozen=True)
class BebanKerja:
    tanggal: dt.date
    ambang: int
    rows: tuple[BebanRow, ...]  # pegawai with at least one active team, busiest first
    tanpa_penugasan: tuple[Kandidat, ...]  # active JF/Pelaksana without any active team
