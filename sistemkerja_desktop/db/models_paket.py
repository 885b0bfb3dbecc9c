"""Models of issue #12: exchange bookkeeping (migration 0008_paket). Not exchanged, not audited:
`meta_berkas` this file's own facts (its exchange identity), `sinkron_dasar` the values of a
record last agreed with a peer (the base of the three-way merge), `paket_masuk` the packages
imported (idempotency), `asal_rekaman` the provenance of merged records."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sistemkerja_desktop.db.base import Base, utcnow


class MetaBerkasRow(Base):
    __tablename__ = "meta_berkas"

    kunci: Mapped[str] = mapped_column(String(60), primary_key=True)
    nilai: Mapped[str] = mapped_column(Text)


class SinkronDasarRow(Base):
    __tablename__ = "sinkron_dasar"
    __table_args__ = (UniqueConstraint("asal", "record_uuid", name="uq_sinkron_dasar_asal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asal: Mapped[str] = mapped_column(String(36))
    tabel: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36))
    nilai: Mapped[str] = mapped_column(Text)  # canonical JSON of the exchanged fields
    waktu: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PaketMasukRow(Base):
    __tablename__ = "paket_masuk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    paket_id: Mapped[str] = mapped_column(String(36), unique=True)
    asal: Mapped[str] = mapped_column(String(36))
    asal_nama: Mapped[str] = mapped_column(String(300))
    dibuat: Mapped[dt.datetime] = mapped_column(DateTime)
    diimpor: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    sha256: Mapped[str] = mapped_column(String(64))
    pelaku: Mapped[str] = mapped_column(String(100))
    ringkasan: Mapped[str] = mapped_column(Text)  # JSON: ditambah/diubah/dihapus/konflik


class AsalRekamanRow(Base):
    """Provenance: record `record_uuid` was added/changed/deleted by package `paket_id` from
    `asal`; `rincian` (JSON) the fields taken and each conflict with the side chosen."""

    __tablename__ = "asal_rekaman"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tabel: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    paket_id: Mapped[str] = mapped_column(String(36))
    asal: Mapped[str] = mapped_column(String(36))
    asal_nama: Mapped[str] = mapped_column(String(300))
    waktu: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    aksi: Mapped[str] = mapped_column(String(10))  # tambah / ubah / hapus
    rincian: Mapped[str] = mapped_column(Text)
