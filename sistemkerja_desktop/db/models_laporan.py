"""Models of issue #11: the agency's Perjanjian Kinerja indicators (cascaded, with the team or
individual assignment serving each), reports (laporan) with their content, capaian per indicator,
review history and attachments, and the closing of a team's work (*selesai*).

Enum-like values are stored as their text values (`domain.laporan`). A report's review chain is
copied onto it when it is created (`rute`, JSON: `[{"peran": [PeranLaporan values], "keterangan":
…, "dasar": …}]`), so a later profile switch leaves reports already under way on their chain.
`kunci` makes a periodic report unique (`jenis:tim:permohonan:pelapor:urut`); ad-hoc reports have
none. Attachment bytes live in `lampiran_laporan_isi`, outside the audit log (as for requests)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sistemkerja_desktop.db.base import Base, Stamped


class IndikatorRow(Stamped, Base):
    """One indicator of the Perjanjian Kinerja of a year: the owner position, the indicator, its
    target and unit of measure; `induk_id` the indicator it is cascaded from; the penanggung
    jawab (a pegawai) it is cascaded to."""

    __tablename__ = "indikator_kinerja"
    __table_args__ = (Index("ix_indikator_kinerja_tahun_urut", "tahun", "urut"),)

    tahun: Mapped[int] = mapped_column(Integer)
    urut: Mapped[int] = mapped_column(Integer, default=0)
    kode: Mapped[str] = mapped_column(String(50), default="")
    sasaran: Mapped[str] = mapped_column(Text, default="")  # sasaran strategis / hasil
    indikator: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(200), default="")
    satuan: Mapped[str] = mapped_column(String(100), default="")
    position_id: Mapped[int | None] = mapped_column(
        ForeignKey("posisi.id", ondelete="SET NULL"), index=True)
    induk_id: Mapped[int | None] = mapped_column(
        ForeignKey("indikator_kinerja.id", ondelete="SET NULL"), index=True)
    penanggung_jawab_id: Mapped[int | None] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL"), index=True)


class DukunganRow(Stamped, Base):
    """A team or an individual assignment (permohonan penugasan) serving an indicator; one
    indicator per team / per request."""

    __tablename__ = "dukungan_indikator"

    indikator_id: Mapped[int] = mapped_column(
        ForeignKey("indikator_kinerja.id", ondelete="CASCADE"), index=True)
    tim_id: Mapped[int | None] = mapped_column(
        ForeignKey("tim.id", ondelete="CASCADE"), unique=True)
    permohonan_id: Mapped[int | None] = mapped_column(
        ForeignKey("permohonan_penugasan.id", ondelete="CASCADE"), unique=True)


class LaporanRow(Stamped, Base):
    __tablename__ = "laporan"
    __table_args__ = (
        Index("ix_laporan_status_jatuh_tempo", "status", "jatuh_tempo"),
        Index("ix_laporan_tim_periode", "tim_id", "periode_urut"),
    )

    jenis: Mapped[str] = mapped_column(String(10))  # individu / anggota / ketua
    tim_id: Mapped[int | None] = mapped_column(ForeignKey("tim.id", ondelete="CASCADE"))
    permohonan_id: Mapped[int | None] = mapped_column(
        ForeignKey("permohonan_penugasan.id", ondelete="CASCADE"), index=True)
    pelapor_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="RESTRICT"),
                                            index=True)
    kunci: Mapped[str | None] = mapped_column(String(100), unique=True)  # NULL: ad-hoc
    periode_urut: Mapped[int | None] = mapped_column(Integer)  # NULL: ad-hoc
    periode_label: Mapped[str] = mapped_column(String(60), default="")
    periode_mulai: Mapped[dt.date | None] = mapped_column(Date)
    periode_selesai: Mapped[dt.date | None] = mapped_column(Date)
    jatuh_tempo: Mapped[dt.date] = mapped_column(Date)  # the period's, or the ad-hoc batas
    status: Mapped[str] = mapped_column(String(20), default="draf")
    tahap: Mapped[int] = mapped_column(Integer, default=0)
    rute: Mapped[str] = mapped_column(Text, default="[]")  # JSON, see the module doc
    dikirim: Mapped[dt.date | None] = mapped_column(Date)  # first submission
    diterima: Mapped[dt.date | None] = mapped_column(Date)
    diminta_oleh: Mapped[str] = mapped_column(String(100), default="")  # PeranLaporan value
    diminta_oleh_id: Mapped[int | None] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL"))
    progres: Mapped[int | None] = mapped_column(Integer)
    narasi: Mapped[str] = mapped_column(Text, default="")
    permasalahan: Mapped[str] = mapped_column(Text, default="")
    rekomendasi: Mapped[str] = mapped_column(Text, default="")


class CapaianRow(Stamped, Base):
    """Capaian of one indicator in a report."""

    __tablename__ = "capaian_laporan"
    __table_args__ = (Index("ix_capaian_laporan_laporan_urut", "laporan_id", "urut"),)

    laporan_id: Mapped[int] = mapped_column(ForeignKey("laporan.id", ondelete="CASCADE"))
    urut: Mapped[int] = mapped_column(Integer)
    indikator_id: Mapped[int | None] = mapped_column(
        ForeignKey("indikator_kinerja.id", ondelete="SET NULL"))
    indikator: Mapped[str] = mapped_column(Text)  # as written at the time
    capaian: Mapped[str] = mapped_column(String(300), default="")


class RiwayatLaporanRow(Stamped, Base):
    """One action on a report: kirim / terima / kembalikan / minta / draf, by whom, when."""

    __tablename__ = "riwayat_laporan"
    __table_args__ = (Index("ix_riwayat_laporan_laporan_urut", "laporan_id", "urut"),)

    laporan_id: Mapped[int] = mapped_column(ForeignKey("laporan.id", ondelete="CASCADE"))
    urut: Mapped[int] = mapped_column(Integer)
    aksi: Mapped[str] = mapped_column(String(20))
    peran: Mapped[str] = mapped_column(String(100))  # PeranLaporan value
    pegawai_id: Mapped[int | None] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"))
    nama: Mapped[str] = mapped_column(String(300), default="")  # the actor as text
    tanggal: Mapped[dt.date] = mapped_column(Date)
    catatan: Mapped[str] = mapped_column(Text, default="")


class LampiranLaporanRow(Stamped, Base):
    __tablename__ = "lampiran_laporan"

    laporan_id: Mapped[int] = mapped_column(ForeignKey("laporan.id", ondelete="CASCADE"),
                                            index=True)
    nama: Mapped[str] = mapped_column(String(300))
    ukuran: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))


class LampiranLaporanIsiRow(Base):
    """The bytes of one report attachment (not audited: the audit keeps its SHA-256)."""

    __tablename__ = "lampiran_laporan_isi"

    lampiran_id: Mapped[int] = mapped_column(
        ForeignKey("lampiran_laporan.id", ondelete="CASCADE"), primary_key=True)
    isi: Mapped[bytes] = mapped_column(LargeBinary)


class PenutupanRow(Stamped, Base):
    """A team's work declared *selesai* by the closing official of the profile."""

    __tablename__ = "penutupan_tim"

    tim_id: Mapped[int] = mapped_column(ForeignKey("tim.id", ondelete="CASCADE"), unique=True)
    pegawai_id: Mapped[int | None] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"))
    nama: Mapped[str] = mapped_column(String(300), default="")
    jabatan: Mapped[str] = mapped_column(String(300), default="")
    peran: Mapped[str] = mapped_column(String(100))
    tanggal: Mapped[dt.date] = mapped_column(Date)
    catatan: Mapped[str] = mapped_column(Text, default="")


AUDITED_LAPORAN = (IndikatorRow, DukunganRow, LaporanRow, CapaianRow, RiwayatLaporanRow,
                   LampiranLaporanRow, PenutupanRow)
