"""Indonesian display labels of the Penugasan area: jenis, lingkup, arah, status, keputusan, the
letters, the age of a request, and their colours. Translated at display time; the domain stays
Qt-free. Every function accepts the enum or its string value (the DTOs carry strings)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sistemkerja_desktop.domain.penugasan import (
    Aksi,
    Arah,
    JenisPenugasan,
    JenisSurat,
    Keputusan,
    LingkupPenugasan,
    StatusPermohonan,
)
from sistemkerja_desktop.views.teams.labels import tanggal_panjang, tanggal_pendek

_CTX = "Penugasan.Labels"

STATUS_COLOURS = {StatusPermohonan.MENUNGGU: QColor("#9a5b00"),
                  StatusPermohonan.DISETUJUI: QColor("#2e6b30"),
                  StatusPermohonan.DITOLAK: QColor("#9b1c1c"),
                  StatusPermohonan.DIBATALKAN: QColor("#6b6b6b")}
KEPUTUSAN_COLOURS = {Keputusan.MENUNGGU: QColor("#8a8a8a"), Keputusan.SETUJU: QColor("#2e6b30"),
                     Keputusan.TOLAK: QColor("#9b1c1c"), Keputusan.REKOMENDASI: QColor("#1f5fa8"),
                     Keputusan.DITERUSKAN: QColor("#1f5fa8")}
NEXT_COLOUR = QColor("#c77700")  # the step the request waits on
OLD_COLOUR = QColor("#9b1c1c")  # waiting longer than UMUR_LAMA days
UMUR_LAMA = 7



def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def jenis_label(jenis: str) -> str:
    return {JenisPenugasan.PENUNJUKAN: _tr("Penunjukan"),
            JenisPenugasan.SUKARELA: _tr("Pengajuan sukarela")}[JenisPenugasan(jenis)]


def lingkup_label(lingkup: str) -> str:
    return {LingkupPenugasan.DALAM_UNIT: _tr("Dalam unit"),
            LingkupPenugasan.LINTAS_UNIT: _tr("Lintas unit"),
            LingkupPenugasan.LINTAS_INSTANSI: _tr("Lintas instansi")}[LingkupPenugasan(lingkup)]


def arah_label(arah: str) -> str:
    return {Arah.DALAM: _tr("Di dalam instansi"), Arah.KELUAR: _tr("Keluar (ke instansi lain)"),
            Arah.MASUK: _tr("Masuk (dari instansi lain)")}[Arah(arah)]


def arah_singkat(arah: str) -> str:
    return {Arah.DALAM: _tr("Dalam"), Arah.KELUAR: _tr("Keluar"),
            Arah.MASUK: _tr("Masuk")}[Arah(arah)]


def status_label(status: str) -> str:
    return {StatusPermohonan.MENUNGGU: _tr("Menunggu"),
            StatusPermohonan.DISETUJUI: _tr("Disetujui"),
            StatusPermohonan.DITOLAK: _tr("Ditolak"),
            StatusPermohonan.DIBATALKAN: _tr("Dibatalkan")}[StatusPermohonan(status)]


def status_colour(status: str) -> QColor:
    return STATUS_COLOURS[StatusPermohonan(status)]


def keputusan_label(keputusan: str) -> str:
    return {Keputusan.MENUNGGU: _tr("Belum"), Keputusan.SETUJU: _tr("Setuju"),
            Keputusan.TOLAK: _tr("Tolak"), Keputusan.REKOMENDASI: _tr("Rekomendasi"),
            Keputusan.DITERUSKAN: _tr("Diteruskan")}[Keputusan(keputusan)]


def keputusan_colour(keputusan: str) -> QColor:
    return KEPUTUSAN_COLOURS[Keputusan(keputusan)]


def surat_label(surat: str | None) -> str:
    if not surat:
        return ""
    return {JenisSurat.PERMOHONAN: _tr("Surat permohonan"),
            JenisSurat.JAWABAN: _tr("Surat jawaban"),
            JenisSurat.PENUGASAN: _tr("Surat penugasan")}[JenisSurat(surat)]


def umur_label(hari: int) -> str:
    """'hari ini', '1 hari', '12 hari'."""
    if hari <= 0:
        return _tr("hari ini")
    return _tr("%1 hari").replace("%1", str(hari))


def tanggal(d: dt.date | None, panjang: bool = False) -> str:
    if d is None:
        return ""
    return tanggal_panjang(d) if panjang else tanggal_pendek(d)


def nomor_permohonan(pid: int) -> str:
    """How a request is named in lists and messages: '#7' (the ID of the CLI, as the service's
    messages and the team builder name it)."""
    return f"#{pid}"


def aksi_label(aksi: str) -> str:
    return {Aksi.SETUJUI: _tr("Setujui"), Aksi.TOLAK: _tr("Tolak"),
            Aksi.REKOMENDASI: _tr("Rekomendasi"), Aksi.TERUSKAN: _tr("Teruskan"),
            Aksi.BATALKAN: _tr("Batalkan permohonan")}[Aksi(aksi)]


def umur_pilihan() -> list[tuple[str, int | None]]:
    """The register's age filters: (label, minimum age in days); None = any age."""
    return [(_tr("Semua umur"), None), (_tr("> 3 hari"), 4), (_tr("> 7 hari"), 8),
            (_tr("> 14 hari"), 15), (_tr("> 30 hari"), 31)]
