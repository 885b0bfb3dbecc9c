"""Indonesian display labels of the Laporan area: status (with lateness), jenis, the actions and
the kinds of *Perlu tindakan*, and the colours of the status chips — belum grey, draf slate,
dikirim blue, perlu perbaikan orange, diterima green, terlambat red. The DTOs carry strings;
every function accepts the enum or its value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from sistemkerja_desktop.domain.laporan import BULAN, JenisLaporan, StatusLaporan
from sistemkerja_desktop.services.laporan_dto import LaporanRingkas

_CTX = "Laporan.Labels"


@dataclass(frozen=True, slots=True)
class Warna:
    """A chip's text (and border) colour and its fill."""

    pen: QColor
    fill: QColor


STATUS_WARNA = {
    StatusLaporan.BELUM: Warna(QColor("#6b6b6b"), QColor("#eeeeee")),
    StatusLaporan.DRAF: Warna(QColor("#4f4f86"), QColor("#e9e9f6")),
    StatusLaporan.DIKIRIM: Warna(QColor("#1f5fa8"), QColor("#e1ecf9")),
    StatusLaporan.PERLU_PERBAIKAN: Warna(QColor("#b35c00"), QColor("#ffeed8")),
    StatusLaporan.DITERIMA: Warna(QColor("#2e6b30"), QColor("#e2f1e2")),
}
TERLAMBAT = Warna(QColor("#b71c1c"), QColor("#fde3e3"))
AKAN_DATANG = Warna(QColor("#9a9a9a"), QColor("#ffffff"))  # a period not begun yet


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: str) -> str:
    return {StatusLaporan.BELUM: _tr("Belum"), StatusLaporan.DRAF: _tr("Draf"),
            StatusLaporan.DIKIRIM: _tr("Dikirim"),
            StatusLaporan.PERLU_PERBAIKAN: _tr("Perlu perbaikan"),
            StatusLaporan.DITERIMA: _tr("Diterima")}[StatusLaporan(status)]


def belum_dikirim(r: LaporanRingkas) -> bool:
    return StatusLaporan(r.status) in (StatusLaporan.BELUM, StatusLaporan.DRAF)


def chip_text(r: LaporanRingkas) -> str:
    """The chip of a report: its status, or *Terlambat* for one still not sent past its due
    date."""
    if r.terlambat and belum_dikirim(r):
        return _tr("Terlambat")
    return status_label(r.status)


def chip_singkat(r: LaporanRingkas) -> str:
    """The chip in the narrow timeline cell ("Perbaikan" for perlu perbaikan)."""
    if r.status == StatusLaporan.PERLU_PERBAIKAN and not (r.terlambat and belum_dikirim(r)):
        return _tr("Perbaikan")
    return chip_text(r)


def chip_warna(r: LaporanRingkas) -> Warna:
    if r.terlambat and belum_dikirim(r):
        return TERLAMBAT
    return STATUS_WARNA[StatusLaporan(r.status)]


def hari_label(hari: int) -> str:
    """'+3 hari' (days late)."""
    return _tr("+%1 hari").replace("%1", str(hari))


def status_panjang(r: LaporanRingkas) -> str:
    """'Dikirim, terlambat 3 hari' / 'Belum dikirim, terlambat 5 hari' / 'Diterima'."""
    text = status_label(r.status)
    if r.status == StatusLaporan.BELUM:
        text = _tr("Belum dikirim")
    if r.terlambat:
        text += _tr(", terlambat %1 hari").replace("%1", str(r.hari_terlambat))
    return text


def jenis_label(jenis: str) -> str:
    return {JenisLaporan.INDIVIDU: _tr("Laporan penugasan individu"),
            JenisLaporan.ANGGOTA: _tr("Laporan anggota kepada ketua"),
            JenisLaporan.KETUA: _tr("Laporan tim (ketua)")}[JenisLaporan(jenis)]


def jenis_singkat(jenis: str) -> str:
    return {JenisLaporan.INDIVIDU: _tr("individu"), JenisLaporan.ANGGOTA: _tr("anggota"),
            JenisLaporan.KETUA: _tr("ketua")}[JenisLaporan(jenis)]


def aksi_riwayat(aksi: str) -> str:
    return {"kirim": _tr("Dikirim"), "terima": _tr("Diterima/diteruskan"),
            "kembalikan": _tr("Dikembalikan"), "minta": _tr("Diminta"),
            "draf": _tr("Draf disimpan"), "selesai": _tr("Dinyatakan selesai"),
            "teruskan-hasil": _tr("Hasil diteruskan berjenjang")}.get(
        aksi, aksi.capitalize())


def tindakan_label(jenis: str) -> str:
    """The kinds of *Perlu tindakan* for laporan."""
    return {"tinjau": _tr("Menunggu tinjauan"), "jatuh-tempo": _tr("Jatuh tempo"),
            "perbaikan": _tr("Dikembalikan untuk perbaikan")}.get(jenis, jenis)


def tindakan_singkat(jenis: str) -> str:
    """The chip of a *Perlu tindakan* card."""
    return {"tinjau": _tr("Tinjau"), "jatuh-tempo": _tr("Jatuh tempo"),
            "perbaikan": _tr("Perbaikan")}.get(jenis, jenis)


def tindakan_warna(jenis: str, r: LaporanRingkas) -> Warna:
    if jenis == "tinjau":
        return STATUS_WARNA[StatusLaporan.DIKIRIM]
    if jenis == "perbaikan":
        return STATUS_WARNA[StatusLaporan.PERLU_PERBAIKAN]
    return TERLAMBAT if r.terlambat else STATUS_WARNA[StatusLaporan.PERLU_PERBAIKAN]


_BULAN_SINGKAT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                  "Des")


def periode_singkat(label: str) -> str:
    """A column head: 'Januari 2026' → 'Jan 2026', 'Triwulan II 2026' → 'Tw II 2026',
    'Semester I 2026' → 'Smt I 2026'; other labels unchanged."""
    head, _, rest = label.partition(" ")
    if head in BULAN:
        return f"{_BULAN_SINGKAT[BULAN.index(head)]} {rest}"
    if head == "Triwulan":
        return f"Tw {rest}"
    if head == "Semester":
        return f"Smt {rest}"
    return label
