"""Models of issue #4: teams, members, tugas, naskah settings, signers, numbering register and
issued documents. Lists (menimbang, mengingat, dasar, tembusan) are newline-separated Text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from sistemkerja_desktop.db.base import Base, Stamped


class TimRow(Stamped, Base):
    __tablename__ = "tim"

    nama: Mapped[str] = mapped_column(String(300))
    jenis: Mapped[str] = mapped_column(String(40))
    sasaran: Mapped[str] = mapped_column(Text, default="")
    unit_pemilik_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"),
                                                 index=True)
    pemilik_kinerja_position_id: Mapped[int | None] = mapped_column(
        ForeignKey("posisi.id", ondelete="SET NULL"))
    penanggung_jawab_id: Mapped[int | None] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL"))
    mulai: Mapped[dt.date] = mapped_column(Date)
    selesai: Mapped[dt.date] = mapped_column(Date)
    tahun_anggaran: Mapped[int | None] = mapped_column(Integer)
    sumber_biaya: Mapped[str] = mapped_column(String(300), default="")
    frekuensi_laporan: Mapped[str] = mapped_column(String(20), default="bulanan")
    status: Mapped[str] = mapped_column(String(20), default="draf", index=True)
    kebutuhan: Mapped[str] = mapped_column(Text, default="")  # JSON {kode: bool}
    menimbang: Mapped[str] = mapped_column(Text, default="")
    mengingat: Mapped[str] = mapped_column(Text, default="")
    dasar: Mapped[str] = mapped_column(Text, default="")
    tembusan: Mapped[str] = mapped_column(Text, default="")


class TugasTimRow(Stamped, Base):
    __tablename__ = "tugas_tim"

    tim_id: Mapped[int] = mapped_column(ForeignKey("tim.id", ondelete="CASCADE"), index=True)
    urutan: Mapped[int] = mapped_column(Integer)
    uraian: Mapped[str] = mapped_column(Text)


class AnggotaTimRow(Stamped, Base):
    __tablename__ = "anggota_tim"
    __table_args__ = (UniqueConstraint("tim_id", "pegawai_id",
                                       name="uq_anggota_tim_tim_id_pegawai_id"),)

    tim_id: Mapped[int] = mapped_column(ForeignKey("tim.id", ondelete="CASCADE"))
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="RESTRICT"),
                                            index=True)
    urutan: Mapped[int] = mapped_column(Integer)
    peran: Mapped[str] = mapped_column(String(20))
    jabatan_dalam_tim: Mapped[str] = mapped_column(String(100), default="")
    asal: Mapped[str] = mapped_column(String(40))
    persetujuan: Mapped[str] = mapped_column(String(30))
    alasan_persetujuan: Mapped[str] = mapped_column(String(500), default="")
    pengganti: Mapped[bool] = mapped_column(Boolean, default=False)
    alasan_pengganti: Mapped[str] = mapped_column(String(300), default="")
    # Migration 0005: Ketua Tim Kerja sementara (Pekalongan Pasal 29) and its appointment.
    sementara: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    dasar_sementara: Mapped[str] = mapped_column(String(300), default="", server_default="")


class PenandatanganRow(Stamped, Base):
    """A signer profile (jabatan, nama, pangkat, NIP; definitif / a.n. / Plt. / Plh.)."""

    __tablename__ = "penandatangan"

    label: Mapped[str] = mapped_column(String(200))
    jabatan: Mapped[str] = mapped_column(Text)
    nama: Mapped[str] = mapped_column(String(200))
    nama_tanpa_gelar: Mapped[str] = mapped_column(String(200), default="")
    nip: Mapped[str] = mapped_column(String(18), default="")
    pangkat: Mapped[str] = mapped_column(String(100), default="")
    bentuk: Mapped[str] = mapped_column(String(20), default="definitif")
    jabatan_atas_nama: Mapped[str] = mapped_column(Text, default="")
    aktif: Mapped[bool] = mapped_column(Boolean, default=True)


class PengaturanNaskahRow(Stamped, Base):
    """One row: paper, margins, kop rule, defaults of the naskah and the workload threshold."""

    __tablename__ = "pengaturan_naskah"

    kertas: Mapped[str] = mapped_column(String(10), default="A4")
    margin_atas: Mapped[float] = mapped_column(Float, default=20.0)
    margin_bawah: Mapped[float] = mapped_column(Float, default=25.0)
    margin_kiri: Mapped[float] = mapped_column(Float, default=30.0)
    margin_kanan: Mapped[float] = mapped_column(Float, default=20.0)
    ukuran_huruf: Mapped[float] = mapped_column(Float, default=12.0)
    garis_kop: Mapped[str] = mapped_column(String(10), default="ganda")
    ambang_beban: Mapped[int] = mapped_column(Integer, default=3)
    batas_nama_badan: Mapped[int] = mapped_column(Integer, default=5)
    kata_perintah_st: Mapped[str] = mapped_column(String(40), default="")
    gaya_tanggal_st: Mapped[str] = mapped_column(String(20), default="tempat")
    sk_tampilkan_pangkat: Mapped[bool] = mapped_column(Boolean, default=True)
    sk_tampilkan_nip: Mapped[bool] = mapped_column(Boolean, default=True)
    mengingat: Mapped[str] = mapped_column(Text, default="")
    dasar_st: Mapped[str] = mapped_column(Text, default="")
    tembusan_sk: Mapped[str] = mapped_column(Text, default="")
    tembusan_st: Mapped[str] = mapped_column(Text, default="")
    penandatangan_sk_id: Mapped[int | None] = mapped_column(
        ForeignKey("penandatangan.id", ondelete="SET NULL"))
    penandatangan_st_id: Mapped[int | None] = mapped_column(
        ForeignKey("penandatangan.id", ondelete="SET NULL"))
    # Migration 0005: the Sekretariat Daerah's kop lines (Keputusan Sekretaris Daerah drafted by
    # the PD) and the PARAF table rows (Barito Timur); empty = the PD's kop / no PARAF table.
    kop_setda: Mapped[str] = mapped_column(Text, default="", server_default="")
    paraf: Mapped[str] = mapped_column(Text, default="", server_default="")


class PolaNomorRow(Stamped, Base):
    __tablename__ = "pola_nomor"

    jenis: Mapped[str] = mapped_column(String(20), unique=True)
    pola: Mapped[str] = mapped_column(String(200))
    klasifikasi: Mapped[str] = mapped_column(String(40), default="")
    kode_unit: Mapped[str] = mapped_column(String(60), default="")


class NomorRegisterRow(Stamped, Base):
    """The numbering register: every number taken, per document type and year."""

    __tablename__ = "nomor_register"
    __table_args__ = (
        UniqueConstraint("jenis", "tahun", "urut", name="uq_nomor_register_jenis_tahun_urut"),
        Index("ix_nomor_register_jenis_tahun", "jenis", "tahun"),
    )

    jenis: Mapped[str] = mapped_column(String(20))
    tahun: Mapped[int] = mapped_column(Integer)
    urut: Mapped[int] = mapped_column(Integer)
    nomor: Mapped[str] = mapped_column(String(200), unique=True)
    tanggal: Mapped[dt.date] = mapped_column(Date)
    perihal: Mapped[str] = mapped_column(String(500), default="")
    tim_id: Mapped[int | None] = mapped_column(ForeignKey("tim.id", ondelete="SET NULL"),
                                               index=True)
    # Migration 0004: a number is reserved (committed) before its PDF is written:
    # "belum_selesai" until the file is in place, then "terbit"; an interrupted issuance is
    # resumed or voided ("batal", with the reason), never reused.
    status: Mapped[str] = mapped_column(String(20), default="terbit", server_default="terbit")
    alasan_batal: Mapped[str] = mapped_column(String(500), default="", server_default="")


class DokumenTimRow(Stamped, Base):
    """An issued (final) SK or Surat Tugas of a team, with the roster fingerprint at issue."""

    __tablename__ = "dokumen_tim"

    tim_id: Mapped[int] = mapped_column(ForeignKey("tim.id", ondelete="RESTRICT"), index=True)
    jenis: Mapped[str] = mapped_column(String(20))
    register_id: Mapped[int] = mapped_column(
        ForeignKey("nomor_register.id", ondelete="RESTRICT"), index=True)  # one ST, many teams
    nomor: Mapped[str] = mapped_column(String(200))
    tanggal: Mapped[dt.date] = mapped_column(Date)
    penandatangan: Mapped[str] = mapped_column(Text, default="")  # JSON snapshot
    sidik_roster: Mapped[str] = mapped_column(String(64))
    berkas: Mapped[str] = mapped_column(String(1000), default="")


AUDITED_TIM = (TimRow, TugasTimRow, AnggotaTimRow, PenandatanganRow, PengaturanNaskahRow,
               PolaNomorRow, NomorRegisterRow, DokumenTimRow)
