"""Surat dinas (naskah dinas korespondensi, Permendagri 1/2023) — the surat permohonan
pelibatan / penugasan and the surat jawaban of a penugasan chain.

Kop; place and date at the top right (aligned with the signature block); Nomor / Sifat /
Lampiran / Hal at the left; the addressee "Yth. …" with "di / Tempat"; the body (paragraphs
with an indented first line, `a. label : text` rows, a bordered table of names, a numbered
list); the signature at the right (jabatan ending with a comma, name with gelar, pangkat, NIP;
the PARAF table at its left when set), kept on one page with the last paragraph and the
tembusan. Sans (Arial-metric) 12 pt; page numbers from page 2; DRAF watermark on a draft."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from sistemkerja_desktop.domain.naskah import tanggal_id
from sistemkerja_desktop.domain.naskah_dok import Orang
from sistemkerja_desktop.domain.naskah_surat import (
    Blok,
    Butiran,
    DaftarNama,
    Paragraf,
    Rincian,
    SuratDinasNaskah,
)
from sistemkerja_desktop.exporters.files import atomic_output
from sistemkerja_desktop.exporters.pdf.fonts import SANS
from sistemkerja_desktop.exporters.pdf.naskah_common import (
    BARIS_STYLE,
    TITIK,
    closing,
    content_width,
    esc,
    gaya_naskah,
    kop_flowables,
    signature,
    tanda_akhir,
    tembusan,
    titik_dua,
    write_pdf,
)
from sistemkerja_desktop.exporters.pdf.paraf import catatan_draf
from sistemkerja_desktop.exporters.pdf.styles import COLON_W, MARK_W, TTD_W, Gaya

INDENT = 12.5 * mm  # first-line indent of a paragraph; a numbered list starts here
KEPALA_LABEL_W = 22 * mm  # "Lampiran"
KEPALA_W = 118 * mm  # the Nomor … Hal block: Hal wraps inside it
RINCIAN_LABEL_W = 68 * mm  # "Kompetensi, keahlian, dan/atau" and "Jangka waktu pelaksanaan tugas"



def write_surat_dinas_pdf(dto: SuratDinasNaskah, path: Path, *, draf: bool = False,
                          invariant: bool = False) -> int:
    """Write the letter; returns the number of pages."""
    t = dto.tata_letak
    g = gaya_naskah(SANS, t)
    width = content_width(t)
    story: list[Flowable] = [*kop_flowables(dto.kop, width)]
    if draf:
        story += catatan_draf(dto.catatan_draf, g, width)
    story += _tanggal(dto, g, width)
    story += [_kepala(dto, g, width), Spacer(1, 5 * mm), *_kepada(dto, g), Spacer(1, 5 * mm)]
    body = [f for blok in dto.isi for f in (*_blok(blok, g, width), Spacer(1, 2 * mm))]
    last = body[-2] if len(body) >= 2 else None  # the closing paragraph stays with the signature
    story += body[:-2]
    story.append(closing(last, signature(dto.pengesahan, g, width, fallback_jabatan="KEPALA",
                                         tanpa_tanggal=True, paraf=dto.paraf),
                         tembusan(tanda_akhir(dto.tembusan), "Tembusan:", g, width)))
    with atomic_output(path, ".pdf") as tmp:  # the old file stays until this one is whole
        return write_pdf(tmp, story, t, title=f"{dto.judul_dokumen} {dto.nomor}".strip(),
                         draf=draf, family=SANS, invariant=invariant)


def _tanggal(dto: SuratDinasNaskah, g: Gaya, width: float) -> list[Flowable]:
    """`Tempat, 16 Juli 2026` at the top right, where the signature block begins."""
    p = dto.pengesahan
    text = f"{p.tempat or TITIK}, {tanggal_id(p.tanggal) if p.tanggal else TITIK}"
    row = Table([["", Paragraph(esc(text), g.normal)]], colWidths=[width - TTD_W, TTD_W])
    row.setStyle(TableStyle(BARIS_STYLE))
    return [row, Spacer(1, 3 * mm)]


def _kepala(dto: SuratDinasNaskah, g: Gaya, width: float) -> Table:
    block_w = min(KEPALA_W, width)
    rows = [(label, value) for label, value in (("Nomor", dto.nomor or TITIK),
                                                ("Sifat", dto.sifat),
                                                ("Lampiran", dto.lampiran or "-"),
                                                ("Hal", dto.hal))
            if not (label == "Nomor" and dto.nomor is None or label == "Sifat" and not value)]
    data = [[Paragraph(label, g.normal), titik_dua(g), Paragraph(esc(value), g.normal)]
            for label, value in rows]
    table = Table(data, colWidths=[KEPALA_LABEL_W, COLON_W, block_w - KEPALA_LABEL_W - COLON_W],
                  hAlign="LEFT")
    table.setStyle(TableStyle([*BARIS_STYLE, ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _kepada(dto: SuratDinasNaskah, g: Gaya) -> list[Flowable]:
    """Yth. first line / further lines under it / di / Tempat (indented)."""
    lines = [x for x in dto.kepada if x.strip()] or [TITIK]
    hanging = ParagraphStyle("yth", parent=g.normal, leftIndent=9 * mm, firstLineIndent=-9 * mm)
    out: list[Flowable] = [Paragraph(f"Yth. {esc(lines[0])}", hanging)]
    sub = ParagraphStyle("yth_sub", parent=g.normal, leftIndent=9 * mm)
    out += [Paragraph(esc(x), sub) for x in lines[1:]]
    out += [Paragraph("di", g.normal),
            Paragraph(esc(dto.di or "Tempat"), ParagraphStyle("di", parent=g.normal,
                                                              leftIndent=9 * mm))]
    return out


def _blok(blok: Blok, g: Gaya, width: float) -> list[Flowable]:
    if isinstance(blok, Paragraf):
        style = ParagraphStyle("alinea", parent=g.justify,
                               firstLineIndent=INDENT if blok.menjorok else 0)
        return [Paragraph(esc(blok.teks), style)]
    if isinstance(blok, Rincian):
        return [_rincian(blok.baris, g, width) if blok.huruf
                else _inset(_rincian(blok.baris, g, width - INDENT, huruf=False), width)]
    if isinstance(blok, DaftarNama):
        return [_daftar_nama(blok, g, width)]
    return [_butiran(blok, g, width)]


def _inset(content: Flowable, width: float) -> Table:
    """`content` starting at the paragraph indent."""
    t = Table([["", content]], colWidths=[INDENT, width - INDENT])
    t.setStyle(TableStyle([*BARIS_STYLE, ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _rincian(baris: Sequence[tuple[str, str]], g: Gaya, width: float, *,
             huruf: bool = True) -> Table:
    """At the left margin (as the Dasar list of a Surat Tugas): room for the text. Without
    `huruf`: an identity (`Nama : …`), its label column as wide as the longest label."""
    label_w = RINCIAN_LABEL_W if huruf else max(
        stringWidth(label, g.normal.fontName, g.normal.fontSize) for label, _ in baris) + 10
    data = [[*([Paragraph(f"{chr(ord('a') + i % 26)}.", g.normal)] if huruf else []),
             Paragraph(esc(label), g.normal), titik_dua(g),
             Paragraph(esc(text or TITIK), g.normal)] for i, (label, text) in enumerate(baris)]
    mark = [MARK_W] if huruf else []
    t = Table(data, colWidths=[*mark, label_w, COLON_W, width - sum(mark) - label_w - COLON_W])
    t.setStyle(TableStyle([*BARIS_STYLE, ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def _butiran(blok: Butiran, g: Gaya, width: float) -> Table:
    items = [x for x in blok.butir if x.strip()] or [TITIK]
    if len(items) == 1:
        return _inset(Paragraph(esc(items[0]), g.justify), width)
    data = [[Paragraph(f"{i + 1}.", g.normal), Paragraph(esc(text), g.justify)]
            for i, text in enumerate(tanda_akhir(items))]
    t = Table(data, colWidths=[MARK_W, width - INDENT - MARK_W])
    t.setStyle(TableStyle(BARIS_STYLE))
    return _inset(t, width)


def _nama(o: Orang, g: Gaya) -> list[Paragraph]:
    out = [Paragraph(esc(o.nama) + (f" <i>({esc(o.keterangan)})</i>" if o.keterangan else ""),
                     g.tabel)]
    if o.nip:
        out.append(Paragraph(f"NIP. {esc(o.nip)}", g.tabel))
    return out


def _daftar_nama(blok: DaftarNama, g: Gaya, width: float) -> Table:
    kolom = ["No.", "Nama / NIP", "Pangkat/Gol.", "Jabatan", *(["Unit Kerja"] if blok.kolom_unit
                                                               else [])]
    no_w, pangkat_w = 10 * mm, 30 * mm
    nama_w = max(stringWidth("NIP. 88888888 888888 8 888", g.tabel.fontName, g.tabel.fontSize)
                 + 8, (width - no_w - pangkat_w) * 0.36)  # the NIP on one line
    rest = width - no_w - pangkat_w - nama_w
    widths = ([no_w, nama_w, pangkat_w, rest * 0.6, rest * 0.4] if blok.kolom_unit
              else [no_w, nama_w, pangkat_w, rest])
    data: list[list[Any]] = [[Paragraph(h, g.tabel_kepala) for h in kolom]]
    for i, o in enumerate(blok.orang):
        row: list[Any] = [Paragraph(f"{i + 1}.", g.tabel_tengah), _nama(o, g),
                          Paragraph(esc(o.pangkat or "-"), g.tabel),
                          Paragraph(esc(o.jabatan or "-"), g.tabel)]
        if blok.kolom_unit:
            unit = blok.unit[i] if i < len(blok.unit) else ""
            row.append(Paragraph(esc(unit or "-"), g.tabel))
        data.append(row)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return table
