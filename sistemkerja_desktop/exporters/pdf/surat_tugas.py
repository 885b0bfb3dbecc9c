"""Surat Tugas (or Surat Penugasan) for one or more teams — Kapuas Hulu Lampiran II.3 and the
Permendagri 1/2023 model: kop, SURAT TUGAS / NOMOR, Dasar, MEMBERI TUGAS (or MEMERINTAHKAN),
Kepada (names with identity when few; "sebagaimana terlampir" when many, and always in Kapuas
Hulu), Untuk, signature (with the PARAF table at its left when set), tembusan, and the Lampiran
Surat Tugas listing each team's Ketua Tim and numbered Anggota with (Jabatan), signed without a
second place and date.

Sans (Arial-metric) 12 pt; page numbers from page 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sistemkerja_desktop.domain.naskah import tanggal_id
from sistemkerja_desktop.domain.naskah_dok import Orang, SuratTugasNaskah, TimTugas
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
    label_list,
    numbered,
    signature,
    tembusan,
    titik_dua,
    write_pdf,
)
from sistemkerja_desktop.exporters.pdf.paraf import catatan_draf
from sistemkerja_desktop.exporters.pdf.styles import COLON_W, LABEL_W, MARK_W, Gaya


def write_surat_tugas_pdf(dto: SuratTugasNaskah, path: Path, *, draf: bool = False,
                          invariant: bool = False) -> int:
    """Write the Surat Tugas; returns the number of pages."""
    t = dto.tata_letak
    g = gaya_naskah(SANS, t)
    width = content_width(t)
    story: list[Flowable] = [*kop_flowables(dto.kop, width)]
    if draf:
        story += catatan_draf(dto.catatan_draf, g, width)
    story += [Paragraph(f"<u>{esc(dto.judul_dokumen.upper())}</u>", g.center_bold),
              Paragraph(f"NOMOR : {esc(dto.nomor or TITIK)}", g.center), Spacer(1, 5 * mm)]
    story.append(label_list("Dasar", dto.dasar, g, width))
    story += [Spacer(1, 3 * mm), Paragraph(f"{esc(dto.kata_perintah)} :", g.center_bold),
              Spacer(1, 3 * mm)]
    story += _kepada(dto, g, width)
    story.append(Spacer(1, 2 * mm))
    # One row per task so a long list can continue on the next page; only the last task is
    # kept with the signature (a signature never stands alone on a page).
    inner_w = width - LABEL_W - COLON_W
    butir = list(dto.untuk)
    if len(butir) > 1:
        story.append(_label_rows("Untuk", [numbered([b], g, inner_w, start=i)
                                           for i, b in enumerate(butir[:-1], 1)], g, width))
    last = _label_rows("Untuk" if len(butir) <= 1 else "",
                       [numbered(butir[-1:], g, inner_w, start=len(butir))], g, width)
    story.append(closing(last, signature(dto.pengesahan, g, width, fallback_jabatan="KEPALA",
                                         paraf=dto.paraf),
                         tembusan(dto.tembusan, "Tembusan:", g, width)))
    if dto.lampiran:
        story += [PageBreak(), *_lampiran(dto, g, width)]
    with atomic_output(path, ".pdf") as tmp:  # the old file stays until this one is whole
        return write_pdf(tmp, story, t, title=f"{dto.judul_dokumen} {dto.nomor}".strip(),
                         draf=draf, family=SANS, invariant=invariant)


def _label_block(label: str, content: Flowable, g: Gaya, width: float) -> Table:
    return _label_rows(label, [content], g, width)


def _label_rows(label: str, contents: list[Flowable], g: Gaya, width: float) -> Table:
    """`Label : content` with further contents on their own rows (a table splits by row)."""
    rows = [[Paragraph(esc(label), g.normal) if i == 0 else "",
             titik_dua(g) if i == 0 and label else "", c] for i, c in enumerate(contents)]
    table = Table(rows, colWidths=[LABEL_W, COLON_W, width - LABEL_W - COLON_W])
    table.setStyle(TableStyle(BARIS_STYLE))
    return table


def _kepada(dto: SuratTugasNaskah, g: Gaya, width: float) -> list[Flowable]:
    inner_w = width - LABEL_W - COLON_W
    if dto.lampiran:
        text = dto.kepada_teks or (
            f"Nama-nama sebagaimana tercantum dalam Lampiran {dto.judul_dokumen} ini"
            if len(dto.tim) <= 1 else
            f"Nama-nama anggota Tim Kerja sebagaimana tercantum dalam Lampiran "
            f"{dto.judul_dokumen} ini")
        return [_label_block("Kepada", Paragraph(esc(text), g.justify), g, width)]
    people = dto.kepada
    blocks: list[Any] = []
    for i, o in enumerate(people):
        nama = f"{o.nama} ({o.keterangan})" if o.keterangan else o.nama
        rows = [["Nama", nama], ["NIP", o.nip], ["Pangkat/Gol.", o.pangkat],
                ["Jabatan", o.jabatan]]
        if o.peran:
            rows.append(["Dalam tim", o.peran])
        data = [[Paragraph(f"{i + 1}." if j == 0 else "", g.normal),
                 Paragraph(esc(k), g.normal), titik_dua(g), Paragraph(esc(v or "-"), g.normal)]
                for j, (k, v) in enumerate(rows)]
        t = Table(data, colWidths=[MARK_W, 28 * mm, COLON_W, inner_w - MARK_W - 28 * mm - COLON_W])
        t.setStyle(TableStyle(BARIS_STYLE))
        blocks.append(t)
        blocks.append(Spacer(1, 2 * mm))
    col = Table([[b] for b in blocks] or [[""]], colWidths=[inner_w])
    col.setStyle(TableStyle(BARIS_STYLE + [("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [_label_block("Kepada", col, g, width)]


def _lampiran(dto: SuratTugasNaskah, g: Gaya, width: float) -> list[Flowable]:
    tanggal = tanggal_id(dto.pengesahan.tanggal) if dto.pengesahan.tanggal else TITIK
    head_w = 90 * mm
    head = Table([[Paragraph(f"Lampiran {esc(dto.judul_dokumen)}:", g.normal), "", ""],
                  [Paragraph("Nomor", g.normal), titik_dua(g),
                   Paragraph(esc(dto.nomor or TITIK), g.normal)],
                  [Paragraph("Tanggal", g.normal), titik_dua(g), Paragraph(esc(tanggal), g.normal)]],
                 colWidths=[20 * mm, COLON_W, head_w - 20 * mm - COLON_W])
    head.setStyle(TableStyle([*BARIS_STYLE, ("SPAN", (0, 0), (2, 0))]))
    outer = Table([["", head]], colWidths=[width - head_w, head_w])
    outer.setStyle(TableStyle(BARIS_STYLE))
    out: list[Flowable] = [outer, Spacer(1, 8 * mm)]
    pj = Table([[Paragraph("Penanggung jawab pelaksanaan tugas", g.normal), titik_dua(g),
                 Paragraph(esc(dto.penanggung_jawab or TITIK), g.normal)]],
               colWidths=[LABEL_W + 10 * mm, COLON_W, width - LABEL_W - 10 * mm - COLON_W])
    pj.setStyle(TableStyle(BARIS_STYLE))
    out += [pj, Spacer(1, 4 * mm)]
    for i, tim in enumerate(dto.tim):
        out += _tim_block(i, tim, g, width)
    out.append(closing(None, signature(dto.pengesahan, g, width, fallback_jabatan="KEPALA",
                                       tanpa_tanggal=True, paraf=dto.paraf), []))
    return out


def _person(o: Orang, g: Gaya) -> list[Flowable]:
    text = (f"{esc(o.nama)}" + (f" ({esc(o.jabatan)})" if o.jabatan else "")
            + (f" <i>({esc(o.keterangan)})</i>" if o.keterangan else ""))
    nip = f"NIP {esc(o.nip)}" if o.nip else ""
    return [Paragraph(text, g.normal), *([Paragraph(nip, g.kecil)] if nip else [])]


def _tim_block(i: int, tim: TimTugas, g: Gaya, width: float) -> list[Flowable]:
    """`1. Tim …` / `a. Ketua Tim : nama (jabatan)` / `b. Anggota : 1. nama (jabatan)`."""
    role_w = 30 * mm
    text_w = width - MARK_W - MARK_W - role_w - COLON_W
    rows: list[list[Any]] = []
    letter = 0

    def add(role: str, people: tuple[Orang, ...], numbered_people: bool) -> None:
        nonlocal letter
        for j, o in enumerate(people):
            first = j == 0
            cell: Any = _person(o, g)
            if numbered_people:
                sub = Table([[Paragraph(f"{j + 1}.", g.normal), cell]],
                            colWidths=[MARK_W + 2 * mm, text_w - MARK_W - 2 * mm])
                sub.setStyle(TableStyle(BARIS_STYLE + [("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
                cell = sub
            rows.append(["", Paragraph(f"{chr(ord('a') + letter)}." if first else "", g.normal),
                         Paragraph(esc(role) if first else "", g.normal),
                         titik_dua(g) if first else "",
                         cell])
        letter += 1

    if tim.ketua:
        add("Ketua Tim", (tim.ketua,), False)
    roles: dict[str, list[Orang]] = {}
    for o in tim.lain:
        roles.setdefault(o.peran, []).append(o)
    for role, people in roles.items():
        add(role, tuple(people), False)
    if tim.anggota:
        add("Anggota", tim.anggota, True)
    head = Table([[Paragraph(f"{i + 1}.", g.bold), Paragraph(esc(tim.nama), g.bold)]],
                 colWidths=[MARK_W, width - MARK_W])
    head.setStyle(TableStyle(BARIS_STYLE))
    body = Table(rows or [["", "", "", "", ""]],
                 colWidths=[MARK_W, MARK_W, role_w, COLON_W, text_w])
    body.setStyle(TableStyle(BARIS_STYLE))
    first = body if len(rows) <= 3 else None
    if first is not None:
        return [KeepTogether([head, body]), Spacer(1, 4 * mm)]
    return [CondPageBreak(40 * mm), head, body, Spacer(1, 4 * mm)]
