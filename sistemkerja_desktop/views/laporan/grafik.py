"""One chart of the *Pantauan* dashboard as a card: its title, the chart painted with QPainter
(`grafik_lukis`), a one-line summary, and *Simpan PNG…* (the chart with its title drawn at 2×
on a QImage, written through a temporary file; the open database is never a target).

`dari_pantauan(pantauan)` turns the service's `Pantauan` into the four charts' `DataGrafik`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import QHelpEvent, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.render.bagan_png import write_png
from sistemkerja_desktop.services.pantauan_dto import Pantauan
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.laporan import grafik_lukis as gl

MAKS_BATANG = 12  # bars shown per chart; the rest is counted in the note
PNG_LOGIS = QSize(760, 440)  # logical size of a saved chart (×2 in pixels)


class KanvasGrafik(QWidget):
    """Paints a `DataGrafik`; hovering an elided label or a bar shows its full text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = gl.DataGrafik(gl.BATANG_H, "", (), ())
        self._tips: gl.Tip = []
        self.setMinimumSize(280, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_data(self, data: gl.DataGrafik) -> None:
        self.data = data
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 230)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        px = max(11.0, float(self.font().pixelSize()) if self.font().pixelSize() > 0
                 else self.fontMetrics().height() * 0.8)
        self._tips = gl.lukis(p, QRectF(self.rect()).adjusted(4, 4, -6, -4), self.data, px)
        p.end()

    def tip_at(self, pos: QPointF) -> str:
        return next((teks for rect, teks in self._tips if rect.contains(pos)), "")

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            teks = self.tip_at(QPointF(e.pos()))
            if teks:
                QToolTip.showText(e.globalPos(), teks, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)


class GrafikWidget(QFrame):
    """A chart card. `nama_berkas` is the suggested PNG name; `protected` the open database."""

    png_saved = Signal(object)  # Path

    def __init__(self, judul: str, nama_berkas: str, protected: tuple[Path, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grafik_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#grafik_card { background: #ffffff; border: 1px solid #d5dbe1; "
                           "border-radius: 6px; }")
        self.nama_berkas = nama_berkas
        self.protected = protected
        self.subjudul = ""
        self.judul = QLabel(f"<b>{judul}</b>")
        self.png_button = QPushButton(self.tr("Simpan PNG…"))
        self.png_button.setToolTip(self.tr("Simpan grafik ini sebagai gambar PNG"))
        self.kanvas = KanvasGrafik()
        self.ringkasan = QLabel()  # one line (a wrapped label makes the grid scroll)
        self.ringkasan.setStyleSheet("color: #555;")
        self.ringkasan.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        atas = QHBoxLayout()
        atas.setContentsMargins(0, 0, 0, 0)
        atas.addWidget(self.judul, 1)
        atas.addWidget(self.png_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(atas)
        layout.addWidget(self.kanvas, 1)
        layout.addWidget(self.ringkasan)
        self.png_button.clicked.connect(self.simpan_png_dialog)

    def set_data(self, data: gl.DataGrafik, ringkasan: str = "", subjudul: str = "") -> None:
        self.kanvas.set_data(data)
        self.ringkasan.setText(ringkasan)
        self.ringkasan.setToolTip(ringkasan)
        self.ringkasan.setVisible(bool(ringkasan))
        self.subjudul = subjudul
        self.png_button.setEnabled(data.ada_data)

    @property
    def data(self) -> gl.DataGrafik:
        return self.kanvas.data

    def ukuran_logis(self) -> QSize:
        """The saved chart's logical size: a bar chart of a few bars is no taller than its
        bars need (no white half page)."""
        d = self.data
        if d.jenis != gl.BATANG_H or not d.ada_data:
            return QSize(PNG_LOGIS)
        perlu = 52 + len(d.label) * gl.BARIS_MAKS + 48 + (24 if d.keterangan else 0) \
            + (24 if self.ringkasan.text() else 0)
        return QSize(PNG_LOGIS.width(), max(240, min(PNG_LOGIS.height(), round(perlu))))

    def ukuran_png(self) -> QSize:
        """Pixel size of the PNG: the logical size at 2×."""
        return self.ukuran_logis() * 2

    def image(self) -> QImage:
        size = self.ukuran_logis()
        return gl.gambar(self.data, size.width(), size.height(), skala=2.0,
                         subjudul=self.subjudul, catatan=self.ringkasan.text())

    def simpan_png(self, path: Path) -> Path:
        """Write the PNG (refused over a data file; atomic). Raises SistemKerjaError."""
        return write_png(self.image(), Path(path), protected=self.protected)

    def simpan_png_dialog(self) -> Path | None:
        path = output.choose_output_path(self, "png", self.tr("Simpan grafik sebagai PNG"),
                                         self.nama_berkas, protected=self.protected)
        if path is None:
            return None
        try:
            self.simpan_png(path)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Grafik tidak dapat disimpan"))
            return None
        self.png_saved.emit(path)
        output.show_output_done(self, path, self.tr("Grafik disimpan sebagai gambar PNG."))
        return path


# ---- the four charts of a Pantauan ----------------------------------------------------------

def _sisa(n: int, kata: str) -> str:
    return f"+ {n} {kata} lainnya tidak ditampilkan" if n > 0 else ""


def grafik_progres(p: Pantauan) -> gl.DataGrafik:
    """Running teams by progress, the lowest first (those needing attention on top)."""
    urut = sorted(p.progres_tim, key=lambda t: (t[1], t[0].casefold()))
    tampil = urut[:MAKS_BATANG]
    warna = tuple(gl.MERAH if v < 25 else ("#d98e04" if v < 50 else gl.BIRU)
                  for _, v in tampil)
    return gl.DataGrafik(
        gl.BATANG_H, "Progres per tim", tuple(t for t, _ in tampil),
        (gl.Seri("Progres", gl.BIRU, tuple(float(v) for _, v in tampil)),),
        akhiran="%", maks=100, warna_per_nilai=warna,
        kosong="Belum ada tim yang berjalan pada tanggal ini.",
        keterangan=_sisa(len(urut) - len(tampil), "tim"))


def grafik_terlambat_unit(p: Pantauan) -> gl.DataGrafik:
    data = sorted(p.terlambat_per_unit, key=lambda t: (-t[1], t[0].casefold()))
    tampil = data[:MAKS_BATANG]
    return gl.DataGrafik(
        gl.BATANG_H, "Laporan terlambat per unit", tuple(u for u, _ in tampil),
        (gl.Seri("Laporan terlambat", gl.MERAH, tuple(float(n) for _, n in tampil)),),
        kosong="Tidak ada laporan terlambat. Semua laporan yang jatuh tempo sudah dikirim.",
        keterangan=_sisa(len(data) - len(tampil), "unit"))


def grafik_beban(p: Pantauan) -> gl.DataGrafik:
    h = p.beban.histogram
    return gl.DataGrafik(
        gl.KOLOM, "Beban kerja pegawai", tuple(label for label, _ in h),
        (gl.Seri("pegawai", "#3a7ca5", tuple(float(n) for _, n in h)),),
        sumbu_x="Jumlah tim aktif yang diikuti", sumbu_y="Pegawai",
        kosong="Belum ada pegawai JF/Pelaksana yang dihitung.")


def grafik_bulanan(p: Pantauan) -> gl.DataGrafik:
    b = p.per_bulan
    return gl.DataGrafik(
        gl.GARIS, "Laporan dikirim per bulan", tuple(label for label, *_ in b),
        (gl.Seri("Tepat waktu", gl.HIJAU, tuple(float(r[2]) for r in b)),
         gl.Seri("Terlambat", gl.MERAH, tuple(float(r[3]) for r in b))),
        sumbu_y="Laporan",
        kosong="Belum ada laporan yang dikirim dalam 12 bulan terakhir.")


def ringkasan_progres(p: Pantauan) -> str:
    if not p.progres_tim:
        return ""
    return "Dari laporan terakhir tiap tim; terendah di atas. Merah < 25%, jingga < 50%."


def ringkasan_beban(p: Pantauan) -> str:
    b = p.beban
    if not b.pegawai:
        return ""
    rata = f"{b.rata_rata:.1f}".replace(".", ",")
    teks = (f"{b.pegawai} pegawai · rata-rata {rata} tim · maks. {b.maksimum} · "
            f"{b.tanpa_tim} tanpa tim")
    if b.ambang:
        teks += f" · {b.melebihi_ambang} di atas ambang {b.ambang}"
    return teks


def ringkasan_bulanan(p: Pantauan) -> str:
    dikirim = sum(r[1] for r in p.per_bulan)
    terlambat = sum(r[3] for r in p.per_bulan)
    if not dikirim:
        return ""
    return (f"{dikirim} laporan dikirim dalam 12 bulan, {terlambat} terlambat "
            f"({round(100 * terlambat / dikirim)}%).")


def subjudul(p: Pantauan) -> str:
    return f"Keadaan pada {tanggal_indonesia(p.tanggal)}"
