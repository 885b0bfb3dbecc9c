"""Which tables an exchange package carries and how a row becomes a record and back (issue #12).

Every table with a stable UUID (`db.base.Stamped`) travels, in the order its references need
(`metadata.sorted_tables`). A record is its columns but the local ones (id, created/updated
stamps, optimistic version, uuid): a reference (foreign key) travels as the UUID of the record it
points to, dates as ISO text. `laporan.kunci` names its team, request and reporter by local id, so
it travels with those ids turned into UUIDs. Attachment bytes travel as parts of their own.

Natural keys let records that were created apart on both sides (the same NIP imported from two
DUKs, the same team member, the report of the same period) meet instead of doubling: the record
here is the same record, compared field by field with no common base.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.orm import DeclarativeBase

from sistemkerja_desktop.db import models  # noqa: F401  (registers every model)
from sistemkerja_desktop.db.base import Base

_LOKAL = {"id", "uuid", "created_at", "updated_at", "versi"}

# (table, attachment-bytes table): bytes keyed by the attachment row's id, sent as parts.
ISI = {"lampiran_permohonan": "lampiran_isi", "lampiran_laporan": "lampiran_laporan_isi"}

# Tables only a whole-office package carries: the agency itself and its document settings.
KANTOR = ("perangkat_daerah", "pengaturan_naskah", "pola_nomor", "penandatangan")

# Natural keys (columns after references became UUIDs): a record with another UUID but the same
# key is the same record. A table with one row per file matches that row (key ()).
KUNCI_ALAMI: dict[str, tuple[str, ...]] = {
    "perangkat_daerah": (), "pengaturan_naskah": (),
    "pegawai": ("nip",), "pola_nomor": ("jenis",), "penandatangan": ("label", "nama"),
    "unit": ("nama", "parent_id"), "posisi": ("nama", "unit_id"),
    "kedudukan": ("pegawai_id", "ppk_position_id", "tmt_mulai"),
    "tim": ("nama", "unit_pemilik_id", "mulai"), "tugas_tim": ("tim_id", "uraian"),
    "anggota_tim": ("tim_id", "pegawai_id"), "nomor_register": ("nomor", "tim_id"),
    "dokumen_tim": ("tim_id", "jenis", "nomor"),
    "permohonan_penugasan": ("oleh_id", "tanggal", "maksud"),
    "permohonan_pegawai": ("permohonan_id", "pegawai_id"),
    "langkah_permohonan": ("permohonan_id", "urut"),
    "lampiran_permohonan": ("permohonan_id", "sha256"),
    "indikator_kinerja": ("tahun", "kode", "indikator"),
    "dukungan_indikator": ("tim_id", "permohonan_id"),
    "laporan": ("kunci",), "capaian_laporan": ("laporan_id", "urut"),
    "riwayat_laporan": ("laporan_id", "urut"), "lampiran_laporan": ("laporan_id", "sha256"),
    "penutupan_tim": ("tim_id",),
}
# Keys that must not meet otherwise: the same official number here for another team's naskah.
KUNCI_TUNGGAL = {"nomor_register": ("nomor",)}

# Reference edges along which a record belongs to another (what `--unit` / `--tim` bring with
# the chosen unit or team), beside every ON DELETE CASCADE reference.
MILIK = {("unit", "parent_id"), ("pegawai", "unit_id"), ("posisi", "unit_id"),
         ("tim", "unit_pemilik_id"), ("permohonan_penugasan", "unit_pemohon_id"),
         ("permohonan_penugasan", "tim_id"), ("nomor_register", "tim_id"),
         ("dokumen_tim", "tim_id"), ("laporan", "pelapor_id"), ("kedudukan", "pegawai_id")}

NAMA_TABEL = {
    "perangkat_daerah": "Perangkat Daerah", "unit": "Unit", "pegawai": "Pegawai",
    "posisi": "Jabatan PPK", "kedudukan": "Kedudukan", "penandatangan": "Penandatangan",
    "pengaturan_naskah": "Pengaturan naskah", "pola_nomor": "Pola nomor",
    "tim": "Tim", "tugas_tim": "Tugas tim", "anggota_tim": "Anggota tim",
    "nomor_register": "Register nomor", "dokumen_tim": "Naskah tim",
    "permohonan_penugasan": "Permohonan penugasan", "permohonan_pegawai": "Pegawai permohonan",
    "langkah_permohonan": "Langkah permohonan", "lampiran_permohonan": "Lampiran permohonan",
    "indikator_kinerja": "Indikator kinerja", "dukungan_indikator": "Dukungan indikator",
    "laporan": "Laporan", "capaian_laporan": "Capaian", "riwayat_laporan": "Riwayat laporan",
    "lampiran_laporan": "Lampiran laporan", "penutupan_tim": "Penutupan tim",
}


@dataclass(frozen=True)
class Tabel:
    nama: str
    table: Table
    model: type[DeclarativeBase]
    kolom: tuple[Column, ...]  # exchanged columns
    rujukan: dict[str, str]  # column → referenced table

    def kolom_nama(self) -> list[str]:
        return [c.name for c in self.kolom]


def _model_of() -> dict[str, Any]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}


def _build() -> tuple[Tabel, ...]:
    classes = _model_of()
    out = []
    for table in Base.metadata.sorted_tables:
        if "uuid" not in table.c or table.name not in classes:
            continue
        kolom = tuple(c for c in table.c if c.name not in _LOKAL)
        rujukan = {c.name: next(iter(c.foreign_keys)).column.table.name
                   for c in kolom if c.foreign_keys}
        out.append(Tabel(table.name, table, classes[table.name], kolom, rujukan))
    return tuple(out)


TABEL: tuple[Tabel, ...] = _build()
PER_NAMA = {t.nama: t for t in TABEL}


def milik(tabel: Tabel) -> list[str]:
    """The reference columns along which a record of `tabel` belongs to the record it names."""
    return [c.name for c in tabel.kolom if c.foreign_keys and (
        next(iter(c.foreign_keys)).ondelete == "CASCADE" or (tabel.nama, c.name) in MILIK)]


# ---- values ----------------------------------------------------------------------------------

def ke_json(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def dari_json(column: Column, value: Any) -> Any:
    """A received JSON value back to the column's Python type; ValueError when it is not one."""
    if value is None:
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(str(value))
    if kind is dt.date:
        return dt.date.fromisoformat(str(value))
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise ValueError(f"bukan benar/salah: {value!r}")
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"bukan bilangan bulat: {value!r}")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"bukan bilangan: {value!r}")
        return float(value)
    if kind is str:
        if not isinstance(value, str):
            raise ValueError(f"bukan teks: {value!r}")
        if column.type.length is not None and len(value) > column.type.length:
            raise ValueError(f"lebih dari {column.type.length} karakter")
        return value
    return value


# `laporan.kunci` = "jenis:tim:permohonan:pelapor:urut" with local ids (db.laporan_mapping.kunci).
_KUNCI_LAPORAN = (None, "tim", "permohonan_penugasan", "pegawai", None)


def kunci_laporan(kunci: str | None, ganti: Callable[[str, str], str | None]) -> str | None:
    """`laporan.kunci` with its ids replaced by `ganti(table, id_or_uuid)` (None: unknown,
    which leaves the key unusable → None)."""
    if not kunci:
        return kunci
    parts = kunci.split(":")
    if len(parts) != len(_KUNCI_LAPORAN):
        return kunci
    out = []
    for part, table in zip(parts, _KUNCI_LAPORAN, strict=True):
        if table is None or part == "":
            out.append(part)
            continue
        new = ganti(table, part)
        if new is None:
            return None
        out.append(new)
    return ":".join(out)


def label(tabel: str, nilai: dict[str, Any]) -> str:
    """A record in words for the preview ("Pegawai Siti Aminah (1985…)")."""
    nama = NAMA_TABEL.get(tabel, tabel)
    for key in ("nama", "label", "uraian", "nomor", "periode_label", "indikator", "jenis"):
        if nilai.get(key):
            text = str(nilai[key])
            if tabel == "pegawai" and nilai.get("nip"):
                text += f" ({nilai['nip']})"
            return f"{nama}: {text[:80]}"
    return nama
