"""Indonesian display labels for the team builder's domain enums, dates and colours.

Translated at display time (never at import time); the domain stays Qt-free."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.naskah import BentukTtd, Kertas
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.domain.tim import (
    AsalAnggota,
    FrekuensiLaporan,
    PeranTim,
    Persetujuan,
    StatusTim,
)
from sistemkerja_desktop.views.common.i18n import indonesian_locale

_CTX = "Teams.Labels"

STATUS_COLOURS = {StatusTim.DRAF: QColor("#6b6b6b"), StatusTim.AKTIF: QColor("#2e6b30"),
                  StatusTim.SELESAI: QColor("#1f5fa8"), StatusTim.DIBATALKAN: QColor("#9b1c1c")}
TINGKAT_COLOURS = {Tingkat.GALAT: QColor("#c62828"), Tingkat.PERINGATAN: QColor("#c77700")}
WAITING_COLOUR = QColor("#9a5b00")
REFUSED_COLOUR = QColor("#9b1c1c")
OK_COLOUR = QColor("#2e6b30")
MUTED_COLOUR = QColor("#6b6b6b")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: StatusTim) -> str:
    return {StatusTim.DRAF: _tr("Draf"), StatusTim.AKTIF: _tr("Aktif"),
            StatusTim.SELESAI: _tr("Selesai"), StatusTim.DIBATALKAN: _tr("Dibatalkan")}[status]


def peran_label(peran: PeranTim) -> str:
    return _tr("Ketua") if peran is PeranTim.KETUA else _tr("Anggota")


def asal_label(asal: AsalAnggota | None) -> str:
    if asal is None:
        return ""
    return {AsalAnggota.DALAM_UNIT: _tr("Dalam unit"), AsalAnggota.LINTAS_UNIT: _tr("Unit lain"),
            AsalAnggota.LINTAS_PD: _tr("Perangkat Daerah lain"),
            AsalAnggota.LINTAS_INSTANSI: _tr("Instansi lain")}[asal]


def lingkup_label(asal: AsalAnggota) -> str:
    return {AsalAnggota.DALAM_UNIT: _tr("dalam unit"), AsalAnggota.LINTAS_UNIT: _tr("lintas unit"),
            AsalAnggota.LINTAS_PD: _tr("lintas Perangkat Daerah"),
            AsalAnggota.LINTAS_INSTANSI: _tr("lintas instansi")}[asal]


def persetujuan_label(p: Persetujuan | None) -> str:
    if p is None:
        return ""
    return {Persetujuan.TIDAK_PERLU: _tr("—"), Persetujuan.MENUNGGU: _tr("Menunggu persetujuan"),
            Persetujuan.DISETUJUI: _tr("Disetujui"), Persetujuan.DITOLAK: _tr("Ditolak")}[p]


def persetujuan_singkat(p: Persetujuan | None) -> str:
    """For a narrow column: 'Menunggu' (the tooltip says 'menunggu persetujuan')."""
    if p is None:
        return ""
    return {Persetujuan.TIDAK_PERLU: _tr("—"), Persetujuan.MENUNGGU: _tr("Menunggu"),
            Persetujuan.DISETUJUI: _tr("Disetujui"), Persetujuan.DITOLAK: _tr("Ditolak")}[p]


def frekuensi_label(f: FrekuensiLaporan) -> str:
    return {FrekuensiLaporan.BULANAN: _tr("Bulanan"), FrekuensiLaporan.TRIWULANAN: _tr("Triwulanan"),
            FrekuensiLaporan.SEMESTERAN: _tr("Semesteran"), FrekuensiLaporan.TAHUNAN: _tr("Tahunan"),
            FrekuensiLaporan.BERKALA: _tr("Berkala (diatur dalam perjanjian tim)")}[f]


def naskah_label(jenis: JenisNaskah) -> str:
    return {JenisNaskah.SURAT_TUGAS: _tr("Surat Tugas"),
            JenisNaskah.SK_KEPALA_PD: _tr("Keputusan Kepala Perangkat Daerah"),
            JenisNaskah.SK_SEKDA: _tr("Keputusan Sekretaris Daerah"),
            JenisNaskah.SK_KEPALA_UNIT: _tr("Keputusan Kepala Unit Organisasi Pemilik Kinerja"),
            JenisNaskah.SURAT_PERMOHONAN: _tr("Surat Permohonan Penugasan"),
            JenisNaskah.SURAT_JAWABAN: _tr("Surat Jawaban Permohonan Penugasan"),
            JenisNaskah.SURAT_PENUGASAN: _tr("Surat Penugasan"),
            }[jenis]


def naskah_singkat(jenis: JenisNaskah) -> str:
    return {JenisNaskah.SURAT_TUGAS: _tr("Surat Tugas"),
            JenisNaskah.SK_KEPALA_PD: _tr("SK Kepala PD"),
            JenisNaskah.SK_SEKDA: _tr("SK Sekretaris Daerah"),
            JenisNaskah.SK_KEPALA_UNIT: _tr("SK Ketua Kelompok Kerja"),
            JenisNaskah.SURAT_PERMOHONAN: _tr("Surat Permohonan"),
            JenisNaskah.SURAT_JAWABAN: _tr("Surat Jawaban"),
            JenisNaskah.SURAT_PENUGASAN: _tr("Surat Penugasan"),
            }[jenis]


def bentuk_label(b: BentukTtd) -> str:
    return {BentukTtd.DEFINITIF: _tr("Definitif"), BentukTtd.AN: _tr("a.n. (atas nama)"),
            BentukTtd.PLT: _tr("Plt. (pelaksana tugas)"),
            BentukTtd.PLH: _tr("Plh. (pelaksana harian)")}[b]


def kertas_label(k: Kertas) -> str:
    return {Kertas.A4: _tr("A4 (210 × 297 mm)"), Kertas.F4: _tr("F4 (215 × 330 mm)"),
            Kertas.F4_210: _tr("F4 (210 × 330 mm)")}[k]


def tingkat_label(t: Tingkat) -> str:
    return _tr("Galat") if t is Tingkat.GALAT else _tr("Peringatan")


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


def tanggal_pendek(d: dt.date) -> str:
    """'2 Jan 2026'."""
    return indonesian_locale().toString(to_qdate(d), "d MMM yyyy")


def tanggal_panjang(d: dt.date) -> str:
    """'2 Januari 2026'."""
    return indonesian_locale().toString(to_qdate(d), "d MMMM yyyy")


def periode(mulai: dt.date | None, selesai: dt.date | None) -> str:
    """'2 Jan – 31 Des 2026' within a year, else '1 Jul 2026 – 30 Jun 2027'."""
    if mulai is None or selesai is None:
        return _tr("periode belum diisi")
    if mulai.year == selesai.year:
        head = indonesian_locale().toString(to_qdate(mulai), "d MMM")
        return f"{head} – {tanggal_pendek(selesai)}"
    return f"{tanggal_pendek(mulai)} – {tanggal_pendek(selesai)}"
