"""PNG of the whole chart (title, chart, legend), rendered from a scene built for the purpose.
Used by the canvas and by `sistemkerja bagan ekspor -o x.png` (Qt offscreen)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import LEGENDA, Bagan, TemuanBagan
from sistemkerja_desktop.domain.bagan_layout import TataLetak
from sistemkerja_desktop.domain.errors import StorageError
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.views.orgchart.scene import OrgChartScene

KEPALA_PX, KAKI_PX = 64, 40


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def paint_legenda(p: QPainter, x: float, y: float) -> None:
    p.setFont(_font(13))
    fm = p.fontMetrics()
    for kelas, label in LEGENDA:
        p.fillRect(QRectF(x, y, 14, 14), QColor(g.WARNA[kelas]))
        p.setPen(QPen(QColor(g.WARNA_TEKS)))
        p.drawText(QRectF(x + 19, y - 2, fm.horizontalAdvance(label) + 4, 18),
                   Qt.AlignmentFlag.AlignVCenter, label)
        x += 19 + fm.horizontalAdvance(label) + 18
    p.setPen(QPen(QColor(g.WARNA_TEKS_LEMAH), 1, Qt.PenStyle.DashLine))
    p.drawRect(QRectF(x, y, 22, 14))
    p.setPen(QPen(QColor(g.WARNA_TEKS)))
    p.drawText(QRectF(x + 27, y - 2, 200, 18), Qt.AlignmentFlag.AlignVCenter, "Jabatan kosong")


def render_bagan_png(bagan: Bagan, letak: TataLetak, temuan: TemuanBagan, path: Path, *,
                     keterangan: str = "", skala_maks: float = 1.5,
                     piksel_maks: float = 40e6) -> float:
    """Write the PNG; returns the scale used (below 1 for very large charts)."""
    scene = OrgChartScene()
    scene.tampilkan(bagan, letak, temuan)
    w0, h0 = letak.lebar, letak.tinggi
    s = min(skala_maks, math.sqrt(piksel_maks / (w0 * h0)), 16000 / max(w0, h0))
    width = max(900, math.ceil(w0 * s))
    height = math.ceil(h0 * s) + KEPALA_PX + KAKI_PX
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    p.setPen(QPen(QColor(g.WARNA_TEKS)))
    p.setFont(_font(20, bold=True))
    p.drawText(QRectF(16, 8, width - 32, 26), Qt.AlignmentFlag.AlignVCenter,
               "BAGAN KEDUDUKAN PEJABAT FUNGSIONAL DAN PELAKSANA")
    p.setFont(_font(14))
    sub = f"{bagan.pd.nama} {bagan.pd.pemda} — keadaan per {tanggal_indonesia(bagan.tanggal)}"
    p.drawText(QRectF(16, 36, width - 32, 20), Qt.AlignmentFlag.AlignVCenter,
               f"{sub} — {keterangan}" if keterangan else sub)
    scene.render(p, QRectF(0, KEPALA_PX, w0 * s, h0 * s), QRectF(0, 0, w0, h0))
    paint_legenda(p, 16, height - KAKI_PX + 12)
    p.end()
    path = Path(path)
    if not image.save(str(path), "PNG"):
        raise StorageError(f"Berkas {path} tidak dapat ditulis")
    return s
