"""Keputusan pembentukan tim (Keputusan Kepala Perangkat Daerah / draft Keputusan Sekretaris
Daerah / Keputusan penunjukan Ketua Kelompok Kerja) with its Lampiran Susunan Tim — Kapuas Hulu
Lampiran II.1–2, domain_conventions §1.5.

Serif (Bookman-like) 12 pt; kop on page 1 only; page numbers "- 2 -" from page 2; the lampiran
table header (NOMOR | NAMA | NIP | JABATAN DALAM TIM | JABATAN DALAM DINAS, or the four columns
of Kapuas Hulu Lampiran II.1 with the NIP under the name, + the numbering row) repeats on every
page; the lampiran is signed with name, pangkat and NIP under the jabatan, without a second
"Ditetapkan di" (its header carries the number and date)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from sistemkerja_desktop.domain.naskah import diktum, huruf_urut, tanggal_id
from sistemkerja_desktop.domain.naskah_dok import Butir, Orang, SkTimNaskah
from sistemkerja_desktop.exporters.files import atomic_output
from sistemkerja_desktop.exporters.pdf.fonts import SERIF
from sistemkerja_desktop.exporters.pdf.naskah_common import (
    TITIK,
    closing,
    content_width,
    esc,
    gaya_naskah,
    kop_flowables,
    label_butir,
    label_list,
    signature,
    tembusan,
    titik_dua,
    write_pdf,
)
from sistemkerja_desktop.exporters.pdf.paraf import catatan_draf
from sistemkerja_desktop.exporters.pdf.styles import Gaya

LAMPIRAN_KOLOM = ("NOMOR", "NAMA", "NIP", "JABATAN DALAM TIM", "JABATAN DALAM DINAS")
LAMPIRAN_KOLOM_KH = ("NOMOR", "NAMA", "JABATAN DALAM TIM", "JABATAN DALAM DINAS")


def write_sk_tim_pdf(dto: SkTimNaskah, path: Path, *, draf: bool = False,
                     invariant: bool = False) -> int:
    """Write the SK; returns the number of pages."""
    t = dto.tata_letak
    g = gaya_naskah(SERIF, t)
    width = content_width(t)
    story: list[Flowable] = [*kop_flowables(dto.kop, width)]
    if draf:
        story += catatan_draf(dto.catatan_draf, g, width)
    story += _kepala(dto, g)
    story.append(label_list("Menimbang", dto.menimbang, g, width,
                            marks=[f"{huruf_urut(i)}." for i in range(len(dto.menimbang))]))
    story.append(Spacer(1, 2 * mm))
    story.append(label_list("Mengingat", dto.mengingat, g, width))
    story += [Spacer(1, 4 * mm), Paragraph("MEMUTUSKAN:", g.center_bold), Spacer(1, 4 * mm)]
    story.append(label_butir("Menetapkan", Butir(
        f"KEPUTUSAN {dto.penetap_singkat} TENTANG {dto.tentang}."), g, width))
    items = [label_butir(diktum(i + 1), d, g, width) for i, d in enumerate(dto.diktum)]
    story += items[:-1]
    story.append(closing(items[-1] if items else None,
                         signature(dto.pengesahan, g, width, fallback_jabatan=dto.penetap,
                                   paraf=dto.paraf),
                         tembusan(dto.tembusan, "Tembusan Kepada Yth.:", g, width)))
    if dto.lampiran:
        story += [PageBreak(), *_lampiran(dto, g, width)]
    with atomic_output(path, ".pdf") as tmp:  # the old file stays until this one is whole
        return write_pdf(tmp, story, t, title=f"{dto.judul_dokumen} — {dto.tentang.title()}",
                         draf=draf, family=SERIF, invariant=invariant)


def _kepala(dto: SkTimNaskah, g: Gaya) -> list[Flowable]:
    nomor = dto.nomor or TITIK
    return [Paragraph(f"KEPUTUSAN {esc(dto.penetap)}", g.center_bold),
            Paragraph(f"{esc(dto.nomor_label)} {esc(nomor)}", g.center), Spacer(1, 3 * mm),
            Paragraph("TENTANG", g.center), Spacer(1, 1 * mm),
            Paragraph(esc(dto.tentang), g.center), Spacer(1, 5 * mm),
            Paragraph(f"{esc(dto.penetap)},", g.center), Spacer(1, 5 * mm)]


def _lampiran(dto: SkTimNaskah, g: Gaya, width: float) -> list[Flowable]:
    tanggal = tanggal_id(dto.pengesahan.tanggal) if dto.pengesahan.tanggal else TITIK
    block_w = 92 * mm
    rows = [[Paragraph("LAMPIRAN", g.kecil), "", ""],
            [Paragraph(f"KEPUTUSAN {esc(dto.penetap)}", g.kecil), "", ""],
            [Paragraph("NOMOR", g.kecil), titik_dua(g, g.kecil),
             Paragraph(esc(dto.nomor or TITIK), g.kecil)],
            [Paragraph("TANGGAL", g.kecil), titik_dua(g, g.kecil), Paragraph(esc(tanggal), g.kecil)],
            [Paragraph("TENTANG", g.kecil), titik_dua(g, g.kecil),
             Paragraph(esc(dto.tentang), g.kecil)]]
    head = Table(rows, colWidths=[20 * mm, 3 * mm, block_w - 23 * mm])
    head.setStyle(TableStyle([("SPAN", (0, 0), (2, 0)), ("SPAN", (0, 1), (2, 1)),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    outer = Table([["", head]], colWidths=[width - block_w, block_w])
    outer.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [outer, Spacer(1, 7 * mm), Paragraph(esc(dto.judul_susunan), g.center_bold),
            Spacer(1, 4 * mm), susunan_table(dto, g, width),
            closing(None, signature(dto.pengesahan, g, width, fallback_jabatan=dto.penetap,
                                    tanpa_tanggal=True, paraf=dto.paraf), [])]


def _nama(o: Orang, g: Gaya, *, nip: bool) -> list[Paragraph]:
    """The NAMA cell: the name, '(menunggu persetujuan)' on a draft, the NIP when the table
    has no NIP column."""
    out = [Paragraph(esc(o.nama) + (f" <i>({esc(o.keterangan)})</i>" if o.keterangan else ""),
                     g.tabel)]
    if nip and o.nip:
        out.append(Paragraph(f"NIP. {esc(o.nip)}", g.tabel))
    return out


def susunan_table(dto: SkTimNaskah, g: Gaya, width: float) -> Table:
    if dto.kolom_nip:
        nip_w = stringWidth("88888888 888888 8 888", g.tabel.fontName, g.tabel.fontSize) + 8
        widths = [17 * mm, 0, max(36 * mm, nip_w), 27 * mm, 0]
        rest = width - sum(widths)
        widths[1], widths[4] = rest * 0.52, rest * 0.48
        kolom = LAMPIRAN_KOLOM
    else:
        widths = [17 * mm, 0, 34 * mm, 0]
        rest = width - sum(widths)
        widths[1], widths[3] = rest * 0.52, rest * 0.48
        kolom = LAMPIRAN_KOLOM_KH
    data: list[list[Any]] = [[Paragraph(h, g.tabel_kepala) for h in kolom],
                             [Paragraph(str(i + 1), g.tabel_tengah) for i in range(len(kolom))]]
    for i, o in enumerate(dto.susunan):
        row: list[Any] = [Paragraph(f"{i + 1}.", g.tabel_tengah),
                          _nama(o, g, nip=not dto.kolom_nip)]
        if dto.kolom_nip:
            row.append(Paragraph(esc(o.nip), g.tabel))
        row += [Paragraph(esc(o.peran), g.tabel), Paragraph(esc(o.jabatan), g.tabel)]
        data.append(row)
    table = Table(data, colWidths=widths, repeatRows=2)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 1), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 2), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return table
