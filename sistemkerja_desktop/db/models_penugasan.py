"""Models of issue #10: permohonan penugasan (a request assigning pegawai work), its pegawai in
order, the steps of its chain (the holder of each position snapshotted as text on the request's
date, so a later move leaves the record readable) and its attachments.

Enum-like values are stored as their text values (`domain.penugasan`); `aksi` is a comma list,
`tembusan` newline-separated `Peran` values. An attachment's bytes live in `lampiran_isi`, a
plain table outside the audit log (the audit records the attachment's name, size and SHA-256 on
`lampiran_permohonan`, never megabytes of file)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sistemkerja_desktop.db.base import Base, Stamped


class PermohonanRow(Stamped, Base):
    __tablename__ = "permohonan_penugasan"
    __table_args__ = (
        Index("ix_permohonan_penugasan_status_tanggal", "status", "tanggal"),
        Index("ix_permohonan_penugasan_tanggal", "tanggal"),
    )

    jenis: Mapped[str] = mapped_column(String(20))  # penunjukan / sukarela
    lingkup: Mapped[str] = mapped_column(String(20))  # dalam-unit / lintas-unit / lintas-instansi
    arah: Mapped[str] = mapped_column(String(10))  # dalam / keluar / masuk
    status: Mapped[str] = mapped_column(String(20), default="menunggu")
    oleh_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="RESTRICT"),
                                         index=True)
    unit_pemohon_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"))
    unit_tujuan_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"))
    instansi: Mapped[str] = mapped_column(String(300), default="")
    tim_id: Mapped[int | None] = mapped_column(ForeignKey("tim.id", ondelete="SET NULL"),
                                               index=True)
    maksud: Mapped[str] = mapped_column(Text)
    kompetensi: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    mulai: Mapped[dt.date] = mapped_column(Date)
    selesai: Mapped[dt.date] = mapped_column(Date)
    tanggal: Mapped[dt.date] = mapped_column(Date)  # submitted
    dasar: Mapped[str] = mapped_column(String(500), default="")  # the Pasal of the chain
    alamat: Mapped[str] = mapped_column(String(300), default="")  # addressee of the letter
    lisan: Mapped[bool] = mapped_column(Boolean, default=False)
    beban_kerja: Mapped[bool] = mapped_column(Boolean, default=False)  # PS: check workload
    catatan_alur: Mapped[str] = mapped_column(Text, default="")  # the chain's own note
    # The step a waiting request is at and who may record it (`domain.penugasan.pencatat_id`),
    # written with every decision so the register and the inbox need no per-request work;
    # NULL once the request is closed.
    langkah_sekarang: Mapped[int | None] = mapped_column(Integer)
    pencatat_id: Mapped[int | None] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL"), index=True)
    diputus: Mapped[dt.date | None] = mapped_column(Date)  # closed on (its age stops there)


class PermohonanPegawaiRow(Stamped, Base):
    """The pegawai of a request, in the order given."""

    __tablename__ = "permohonan_pegawai"
    __table_args__ = (Index("ix_permohonan_pegawai_permohonan_urut", "permohonan_id", "urut"),)

    permohonan_id: Mapped[int] = mapped_column(
        ForeignKey("permohonan_penugasan.id", ondelete="CASCADE"))
    urut: Mapped[int] = mapped_column(Integer)
    pegawai_id: Mapped[int] = mapped_column(ForeignKey("pegawai.id", ondelete="RESTRICT"),
                                            index=True)


class LangkahPermohonanRow(Stamped, Base):
    """One step of a request's chain; MENUNGGU rows are the steps still to come."""

    __tablename__ = "langkah_permohonan"
    __table_args__ = (
        Index("ix_langkah_permohonan_permohonan_urut", "permohonan_id", "urut"),
        Index("ix_langkah_permohonan_pegawai_keputusan", "pegawai_id", "keputusan"),
    )

    permohonan_id: Mapped[int] = mapped_column(
        ForeignKey("permohonan_penugasan.id", ondelete="CASCADE"))
    urut: Mapped[int] = mapped_column(Integer)
    peran: Mapped[str] = mapped_column(String(100))
    aksi: Mapped[str] = mapped_column(String(100))  # comma list of Aksi values
    pihak: Mapped[str] = mapped_column(String(10), default="kita")
    pegawai_id: Mapped[int | None] = mapped_column(ForeignKey("pegawai.id", ondelete="SET NULL"))
    # The holder on the request's date, as text (kept when the person moves on).
    nip: Mapped[str] = mapped_column(String(18), default="")
    nama: Mapped[str] = mapped_column(String(300), default="")
    jabatan: Mapped[str] = mapped_column(String(300), default="")
    keputusan: Mapped[str] = mapped_column(String(20), default="menunggu")
    tanggal: Mapped[dt.date | None] = mapped_column(Date)
    catatan: Mapped[str] = mapped_column(Text, default="")
    dicatat_oleh_id: Mapped[int | None] = mapped_column(
        ForeignKey("pegawai.id", ondelete="SET NULL"))
    tembusan: Mapped[str] = mapped_column(Text, default="")  # Peran values, one a line
    surat: Mapped[str] = mapped_column(String(30), default="")  # JenisSurat value or ""
    surat_nomor: Mapped[str] = mapped_column(String(200), default="")
    surat_tanggal: Mapped[dt.date | None] = mapped_column(Date)
    surat_berkas: Mapped[str] = mapped_column(String(1000), default="")


class LampiranPermohonanRow(Stamped, Base):
    """An attachment (a scanned incoming letter …); its bytes are in `lampiran_isi`."""

    __tablename__ = "lampiran_permohonan"

    permohonan_id: Mapped[int] = mapped_column(
        ForeignKey("permohonan_penugasan.id", ondelete="CASCADE"), index=True)
    nama: Mapped[str] = mapped_column(String(300))
    ukuran: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))


class LampiranIsiRow(Base):
    """The bytes of one attachment (not audited: the audit keeps its SHA-256)."""

    __tablename__ = "lampiran_isi"

    lampiran_id: Mapped[int] = mapped_column(
        ForeignKey("lampiran_permohonan.id", ondelete="CASCADE"), primary_key=True)
    isi: Mapped[bytes] = mapped_column(LargeBinary)


AUDITED_PENUGASAN = (PermohonanRow, PermohonanPegawaiRow, LangkahPermohonanRow,
                     LampiranPermohonanRow)
