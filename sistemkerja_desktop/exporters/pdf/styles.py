"""Paragraph styles and layout constants of the naskah dinas PDFs."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from sistemkerja_desktop.exporters.pdf.fonts import bold

LABEL_W = 32 * mm  # "Menimbang", "Menetapkan", "KEDUA BELAS"
COLON_W = 4 * mm
MARK_W = 7 * mm  # "a.", "10."
TTD_W = 82 * mm  # signature block width (right-aligned)
TTD_SPACE = 20 * mm  # room for the wet signature and cap
KOP_LOGO_H = 24 * mm


@dataclass(frozen=True)
class Gaya:
    family: str
    size: float
    normal: ParagraphStyle
    justify: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    bold: ParagraphStyle
    kecil: ParagraphStyle
    tabel: ParagraphStyle
    tabel_tengah: ParagraphStyle
    tabel_kepala: ParagraphStyle
    mini: ParagraphStyle  # PARAF table


def gaya(family: str, size: float) -> Gaya:
    lead = size * 1.22
    base = ParagraphStyle("normal", fontName=family, fontSize=size, leading=lead,
                          alignment=TA_LEFT, splitLongWords=True)
    small = size - 2
    return Gaya(
        family=family, size=size, normal=base,
        justify=ParagraphStyle("justify", parent=base, alignment=TA_JUSTIFY),
        center=ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        center_bold=ParagraphStyle("center_bold", parent=base, alignment=TA_CENTER,
                                   fontName=bold(family)),
        bold=ParagraphStyle("bold", parent=base, fontName=bold(family)),
        kecil=ParagraphStyle("kecil", parent=base, fontSize=small, leading=small * 1.2),
        tabel=ParagraphStyle("tabel", parent=base, fontSize=small, leading=small * 1.18),
        tabel_tengah=ParagraphStyle("tabel_tengah", parent=base, fontSize=small,
                                    leading=small * 1.18, alignment=TA_CENTER),
        tabel_kepala=ParagraphStyle("tabel_kepala", parent=base, fontSize=small,
                                    leading=small * 1.18, alignment=TA_CENTER,
                                    fontName=bold(family)),
        mini=ParagraphStyle("mini", parent=base, fontSize=size - 3.5,
                            leading=(size - 3.5) * 1.18),
    )
