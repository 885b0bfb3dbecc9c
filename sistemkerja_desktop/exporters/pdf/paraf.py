"""Boxes around a naskah's text: the PARAF table beside the signature (paraf koordinasi) and
the note at the top of a draft."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from sistemkerja_desktop.exporters.pdf.fonts import bold
from sistemkerja_desktop.exporters.pdf.styles import Gaya

__all__ = ["catatan_draf", "tabel_paraf"]


def tabel_paraf(jabatan: Sequence[str], g: Gaya, width: float) -> Table:
    """The PARAF table (paraf koordinasi of the draft's reviewers, e.g. Kabag Hukum, Kepala
    OPD, Asisten, Sekda — Perbup Barito Timur 11/2024 on every page): bordered, small type,
    PARAF over No | Jabatan | Paraf."""
    head = ParagraphStyle("paraf_kepala", parent=g.mini, fontName=bold(g.family),
                          alignment=TA_CENTER)
    paraf_w = min(22 * mm, width * 0.3)
    no_w = 8 * mm
    data: list[list[Any]] = [[Paragraph("PARAF", head), "", ""],
                             [Paragraph("No", head), Paragraph("Jabatan", head),
                              Paragraph("Paraf", head)]]
    data += [[Paragraph(f"{i + 1}.", g.mini), Paragraph(escape(j), g.mini), ""]
             for i, j in enumerate(jabatan)]
    table = Table(data, colWidths=[no_w, width - no_w - paraf_w, paraf_w],
                  rowHeights=[None, None, *([7 * mm] * len(jabatan))])
    table.setStyle(TableStyle([("SPAN", (0, 0), (2, 0)),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def catatan_draf(text: str, g: Gaya, width: float) -> list[Flowable]:
    """A boxed note at the top of a draft ('Bukan instrumen yang ditetapkan …')."""
    if not text.strip():
        return []
    box = Table([[Paragraph(f"<b>Catatan draf:</b> {escape(text.strip())}", g.kecil)]],
                colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                             ("TOPPADDING", (0, 0), (-1, -1), 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return [box, Spacer(1, 4 * mm)]
