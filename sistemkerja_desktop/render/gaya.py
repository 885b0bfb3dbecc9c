"""Pens, brushes and fonts of the chart, made once (no allocation while painting). QtGui only:
used by the canvas items (`views.orgchart.items`) and by the PNG renderer (`render.bagan_png`).

Colours and text sizes come from `domain.bagan_gaya`, so screen, PNG and PDF look alike. Fonts
use pixel sizes: scene units are pixels at 100 % zoom, the layout's units.

Names in Arabic, Chinese/Japanese/Korean or with emoji: the fallback fonts shipped in
resources/fonts (DejaVu Sans, WenQuanYi Micro Hei, Symbola — the PDF's, exporters.pdf.fonts)
are registered with Qt and listed after the default family, so a computer without such system
fonts still draws them instead of empty boxes.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPen

from sistemkerja_desktop import paths
from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import KelasJabatan

log = logging.getLogger(__name__)

FALLBACK_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "WenQuanYiMicroHei.ttc",
                  "Symbola.ttf")


@cache
def fallback_families() -> tuple[str, ...]:
    """Register the shipped fallback fonts with Qt (once; needs a QGuiApplication) and return
    their family names in fallback order. A missing file is logged and skipped."""
    families: list[str] = []
    for name in FALLBACK_FILES:
        path = paths.resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id < 0:
            log.warning("Fallback font %s could not be loaded", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return tuple(families)


def _font(px: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies([font.family(), *fallback_families()])
    font.setPixelSize(round(px))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # scales smoothly
    return font


def _pen(colour: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine,
         cosmetic: bool = False) -> QPen:
    pen = QPen(QColor(colour), width, style)
    pen.setCosmetic(cosmetic)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class Gaya:
    def __init__(self) -> None:
        self.font_nama = _font(g.TEKS_NAMA, bold=True)
        self.font_nama_sempit = _font(g.TEKS_NAMA, bold=True)
        self.font_nama_sempit.setStretch(QFont.Stretch.SemiCondensed)  # long names with gelar
        self.font_baris = _font(g.TEKS_BARIS + 0.25)
        self.font_judul = _font(g.TEKS_JUDUL, bold=True)
        self.font_miring = _font(g.TEKS_NAMA, italic=True)
        self.font_badge = _font(g.TEKS_BARIS, bold=True)
        self.font_besar = _font(40, bold=True)  # unit names in the overview
        self.fm_nama = QFontMetricsF(self.font_nama)
        self.fm_nama_sempit = QFontMetricsF(self.font_nama_sempit)
        self.fm_baris = QFontMetricsF(self.font_baris)
        self.fm_judul = QFontMetricsF(self.font_judul)
        self.fm_badge = QFontMetricsF(self.font_badge)
        self.warna: dict[KelasJabatan, QColor] = {k: QColor(v) for k, v in g.WARNA.items()}
        self.brush_kelas: dict[KelasJabatan, QBrush] = {k: QBrush(c)
                                                        for k, c in self.warna.items()}
        self.pen_teks = _pen(g.WARNA_TEKS, 1)
        self.pen_lemah = _pen(g.WARNA_TEKS_LEMAH, 1)
        self.pen_plt = _pen(g.WARNA_PERINGATAN, 1)
        self.pen_bingkai = _pen(g.WARNA_BINGKAI, 1)
        self.pen_bingkai_kosong = _pen(g.WARNA_TEKS_LEMAH, 1, Qt.PenStyle.DashLine)
        self.pen_unit = _pen("#7b8794", 1.2)
        self.pen_tanpa_ppk = _pen(g.WARNA_GALAT, 1.2)
        self.pen_garis = _pen(g.WARNA_GARIS, 1.3, cosmetic=True)
        self.pen_pilih = _pen("#1a73e8", 3)
        self.pen_cocok = _pen("#f9a825", 3)
        self.pen_aktif = _pen("#e65100", 4)
        self.pen_fokus = _pen("#1a73e8", 2, Qt.PenStyle.DashLine)
        self.pen_sasaran = {1: _pen("#2e7d32", 5), 2: _pen(g.WARNA_PERINGATAN, 5),
                            3: _pen(g.WARNA_GALAT, 5)}
        self.brush_putih = QBrush(QColor("#ffffff"))
        self.brush_cocok = QBrush(QColor("#fff4c2"))
        self.brush_unit = QBrush(QColor(g.WARNA_JUDUL_UNIT))
        self.brush_kelompok = QBrush(QColor(g.WARNA_KELOMPOK))
        self.brush_tanpa_ppk = QBrush(QColor(g.WARNA_TANPA_PPK))
        self.brush_galat = QBrush(QColor(g.WARNA_GALAT))
        self.brush_peringatan = QBrush(QColor(g.WARNA_PERINGATAN))
        self.brush_tombol = QBrush(QColor("#ffffff"))
        self.pen_putih = _pen("#ffffff", 1)
        self.no_pen = QPen(Qt.PenStyle.NoPen)
