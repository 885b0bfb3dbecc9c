"""Typed SQLAlchemy 2 models. Enum-like values are stored as their Indonesian text values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from sistemkerja_desktop.db.base import Base, Stamped, utcnow


class PerangkatDaerahRow(Stamped, Base):
    __tablename__ = "perangkat_daerah"

    nama: Mapped[str] = mapped_column(String(200))
    pemda: Mapped[str] = mapped_column(String(200))
    profil: Mapped[str] = mapped_column(String(40), default="generic")
    jenis: Mapped[str] = mapped_column(String(60), default="Dinas")
    alamat: Mapped[str] = mapped_column(String(300), default="")
    telepon: Mapped[str] = mapped_column(String(100), default="")
    kode_pos: Mapped[str] = mapped_column(String(10), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    laman: Mapped[str] = mapped_column(String(200), default="")
    tempat_penetapan: Mapped[str] = mapped_column(String(100), default="")
    kop: Mapped[str] = mapped_column(Text, default="")  # one line per kop line
    logo_path: Mapped[str] = mapped_column(String(500), default="")


class UnitRow(Stamped, Base):
    __tablename__ = "unit"

    nama: Mapped[str] = mapped_column(String(200))
    jenis: Mapped[str] = mapped_column(String(40))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"),
                                                  index=True)
    mandiri: Mapped[bool] = mapped_column(Boolean, default=False)
    kode: Mapped[str] = mapped_column(String(40), default="")
    # Set by an import that could not infer the parent (the unit hangs under the root);
    # cleared when the user saves the unit's induk. Migration 0003_unit_induk.
    induk_tidak_diketahui: Mapped[bool] = mapped_column(Boolean, default=False,
                                                        server_default=false())
    # RSUD Kelas/Tipe A–D, UPTD Tipe A/B where the Perbup distinguishes them ("" = not stated).
    # Migration 0005_profil_naskah.
    tipe: Mapped[str] = mapped_column(String(10), default="", server_default="")


class PegawaiRow(Stamped, Base):
    __tablename__ = "pegawai"

    nip: Mapped[str] = mapped_column(String(18), unique=True)
    nama: Mapped[str] = mapped_column(String(200))
    gelar_depan: Mapped[str] = mapped_column(String(60), default="")
    gelar_belakang: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(10), default="PNS")
    golongan: Mapped[str] = mapped_column(String(10), default="")  # "III/b" or PPPK "IX"
    pendidikan: Mapped[str] = mapped_column(String(120), default="")
    jabatan_nama: Mapped[str] = mapped_column(String(200), default="")
    jabatan_kategori: Mapped[str] = mapped_column(String(20), default="")
    jenjang: Mapped[str] = mapped_column(String(20), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"),
                                                index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    telepon: Mapped[str] = mapped_column(String(60), default="")
    kompetensi: Mapped[str] = mapped_column(Text, default="")  # comma-separated tags
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)
    eksternal: Mapped[bool] = mapped_column(Boolean, default=False)
    instansi_asal: Mapped[str] = mapped_column(String(200), default="")


class PositionRow(Stamped, Base):
    """A seat that can be a PPK (table `posisi`)."""

    __tablename__ = "posisi"

    nama: Mapped[str] = mapped_column(String(200))
    kategori: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"),
                                                index=True)
    pimpinan_unit: Mapped[bool] = mapped_column(Boolean, default=True)
    pemangku_id: Mapped[int | None] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL"), index=True)
    pengisian: Mapped[str] = mapped_column(String(20), default="Definitif")


class KedudukanRow(Stamped, Base):
    __tablename__ = "kedudukan"
    __table_args__ = (Index("ix_kedudukan_pegawai_tmt", "pegawai_id", "tmt_mulai"),)

    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="CASCADE"))
    ppk_position_id: Mapped[int] = mapped_column(ForeignKey("posisi.id", ondelete="RESTRICT"),
                                                 index=True)
    tmt_mulai: Mapped[dt.date] = mapped_column(Date)
    tmt_selesai: Mapped[dt.date | None] = mapped_column(Date)
    dasar_nomor: Mapped[str] = mapped_column(String(200), default="")
    dasar_tanggal: Mapped[dt.date | None] = mapped_column(Date)
    delegasi: Mapped[bool] = mapped_column(Boolean, default=False)
    delegasi_dasar: Mapped[str] = mapped_column(String(300), default="")


class AuditRow(Base):
    """Who changed what, when, with the values before and after (JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    waktu: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    pelaku: Mapped[str] = mapped_column(String(100))
    tabel: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    aksi: Mapped[str] = mapped_column(String(10))  # tambah / ubah / hapus
    sebelum: Mapped[str | None] = mapped_column(Text)
    sesudah: Mapped[str | None] = mapped_column(Text)
    keterangan: Mapped[str] = mapped_column(String(300), default="")
    # Migration 0004: the name the user chose in the app (Pengaturan → Pengguna) beside the OS
    # user in `pelaku`, and the SHA-256 chaining this row to the previous one.
    pengguna: Mapped[str] = mapped_column(String(100), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


AUDITED = (PerangkatDaerahRow, UnitRow, PegawaiRow, PositionRow, KedudukanRow)

# Issue #4 (teams, naskah): imported here so Alembic's metadata and the audit hook see them.
from sistemkerja_desktop.db.models_tim import AUDITED_TIM  # noqa: E402

AUDITED = (*AUDITED, *AUDITED_TIM)

# Issue #10 (permohonan penugasan).
from sistemkerja_desktop.db.models_penugasan import AUDITED_PENUGASAN  # noqa: E402

AUDITED = (*AUDITED, *AUDITED_PENUGASAN)

# Issue #11 (laporan, Perjanjian Kinerja indicators).
from sistemkerja_desktop.db.models_laporan import AUDITED_LAPORAN  # noqa: E402

AUDITED = (*AUDITED, *AUDITED_LAPORAN)

# Issue #12 (exchange bookkeeping; not audited).
from sistemkerja_desktop.db import models_paket  # noqa: E402,F401
