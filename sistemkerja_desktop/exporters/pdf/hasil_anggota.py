"""The ketua's report of each member's results for the Pejabat Penilai Kinerja (issue #11) as a
naskah dinas *laporan* (Permendagri 1/2023 Tata Naskah Dinas: kop; the title; the addressees;
A. Pendahuluan, B. Hasil kinerja anggota tim — a bordered table per member —, C. Penutup; place,
date and the ketua's signature kept with the closing paragraph). Sans 12 pt on the PD's paper
and margins; page numbers from page 2; written atomically (`naskah_common.write_pdf`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from sistemkerja_desktop.domain.laporan_hasil import HasilAnggota, HasilAnggotaBaris, HasilPeriode
from sistemkerja_desktop.domain.naskah import tanggal_id
from sistemkerja_desktop.domain.naskah_dok import Pengesahan
from sistemkerja_desktop.exporters.pdf.fonts import SANS
from sistemkerja_desktop.exporters.pdf.naskah_common import (
    BARIS_STYLE,
    closing,
    content_width,
    esc,
    gaya_naskah,
    kop_flowables,
    signature,
    write_pdf,
)
from sistemkerja_desktop.exporters.pdf.styles import MARK_W, Gaya

INDENT = 12.5 * mm


def write_hasil_anggota_pdf(dto: HasilAnggota, path: Path, *, invariant: bool = False) -> int:
    """Write the report; returns the number of pages."""
    t = dto.tata_letak
    g = gaya_naskah(SANS, t)
    width = content_width(t)
    story: list[Flowable] = [*kop_flowables(dto.kop, width)]
    story += [Paragraph("LAPORAN", g.center_bold),
              Paragraph(esc(f"TENTANG {dto.judul.removeprefix('LAPORAN ')}"), g.center_bold),
              Spacer(1, 6 * mm), *_kepada(dto, g, width), Spacer(1, 4 * mm)]
    story += _bagian("A.", "Pendahuluan", g, width)
    story += _butir(_pendahuluan(dto), g, width)
    story += _bagian("B.", "Hasil kinerja anggota tim", g, width)
    story += [_tabel(dto, g, width), Spacer(1, 2 * mm),
              Paragraph(esc("Hasil kerja diambil dari laporan anggota kepada Ketua Tim Kerja pada "
                            f"tahun {dto.tahun} (status per {_tgl(dto)}). Kolom catatan diisi "
                            "Ketua Tim Kerja sebagai bahan pertimbangan penilaian."), g.kecil),
              Spacer(1, 4 * mm)]
    story += _bagian("C.", "Penutup", g, width)
    last = Paragraph(esc(
        "Demikian laporan ini disampaikan sebagai bahan pertimbangan penilaian kinerja Pejabat "
        "Fungsional dan Pelaksana anggota tim. Atas perhatiannya diucapkan terima kasih."),
        ParagraphStyle("penutup", parent=g.justify, firstLineIndent=INDENT,
                       leftIndent=MARK_W))
    signer = Pengesahan(dto.tempat, dto.tanggal, dto.ketua, nama_bergelar=True,
                        tampilkan_pangkat=bool(dto.ketua and dto.ketua.pangkat),
                        gaya_tanggal="tempat")
    story.append(closing(last, signature(signer, g, width, fallback_jabatan="KETUA TIM KERJA"),
                         []))
    return write_pdf(Path(path), story, t, title=dto.judul, draf=False, family=SANS,
                     invariant=invariant)


def _tgl(dto: HasilAnggota) -> str:
    return tanggal_id(dto.tanggal)


def _kepada(dto: HasilAnggota, g: Gaya, width: float) -> list[Flowable]:
    items = list(dto.kepada) or ["Pejabat Penilai Kinerja"]
    data = [[Paragraph("Kepada Yth." if i == 0 else "", g.normal),
             Paragraph(f"{i + 1}." if len(items) > 1 else "", g.normal),
             Paragraph(esc(text), g.normal)] for i, text in enumerate(items)]
    table = Table(data, colWidths=[30 * mm, MARK_W if len(items) > 1 else 0,
                                   width - 30 * mm - (MARK_W if len(items) > 1 else 0)])
    table.setStyle(TableStyle([*BARIS_STYLE, ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [table]


def _nama_tim(dto: HasilAnggota) -> str:
    """'Tim Kerja X' — the kind of team said once ('Tim Kerja Tim Kerja X' never)."""
    jenis = dto.jenis_tim.strip()
    if not jenis or dto.tim_nama.casefold().startswith(jenis.casefold()):
        return dto.tim_nama
    return f"{jenis} {dto.tim_nama}"


def _bagian(mark: str, judul: str, g: Gaya, width: float) -> list[Flowable]:
    t = Table([[Paragraph(mark, g.bold), Paragraph(esc(judul), g.bold)]],
              colWidths=[MARK_W, width - MARK_W])
    t.setStyle(TableStyle(BARIS_STYLE))
    return [t, Spacer(1, 1 * mm)]


def _pendahuluan(dto: HasilAnggota) -> list[str]:
    sk = f" yang dibentuk dengan {dto.sk_nomor}" if dto.sk_nomor else ""
    return [
        f"Ketua Tim Kerja melaporkan hasil kinerja anggota timnya kepada Pejabat Penilai Kinerja "
        f"dan Pimpinan Unit Organisasi yang bersangkutan sebagai bahan pertimbangan penilaian "
        f"kinerja Pejabat Fungsional dan Pelaksana ({dto.dasar}).",
        f"{_nama_tim(dto)}{sk}, unit pemilik kinerja "
        f"{dto.unit or '-'}, beranggotakan {len(dto.anggota)} orang selain ketua.",
        f"Laporan ini memuat hasil kerja setiap anggota pada tahun {dto.tahun} menurut laporan "
        f"yang disampaikan anggota kepada Ketua Tim Kerja.",
    ]


def _butir(items: list[str], g: Gaya, width: float) -> list[Flowable]:
    data = [[Paragraph("", g.normal), Paragraph(f"{i + 1}.", g.normal),
             Paragraph(esc(text), g.justify)] for i, text in enumerate(items)]
    t = Table(data, colWidths=[MARK_W, MARK_W, width - 2 * MARK_W])
    t.setStyle(TableStyle(BARIS_STYLE))
    return [t, Spacer(1, 3 * mm)]


_URAIAN_TERAKHIR = 2  # the latest narratives printed in full (the progress line covers all)


def _hasil(a: HasilAnggotaBaris, g: Gaya) -> list[Paragraph]:
    """Compact, so a member's year fits a row: one line of every period's progress (status
    named unless accepted), the capaian of the latest report that has them, the latest
    narratives, the average progress."""
    if not a.hasil:
        return [Paragraph("<i>Belum ada laporan anggota pada tahun ini.</i>", g.tabel)]
    tahun = {h.periode.rsplit(" ", 1)[-1] for h in a.hasil}
    satu_tahun = len(tahun) == 1

    def label(h: HasilPeriode) -> str:
        nama = h.periode.rsplit(" ", 1)[0] if satu_tahun else h.periode
        bits = [f"{h.progres}%"] if h.progres is not None else []
        if h.status != "diterima":
            bits.append(h.status)
        if h.terlambat:
            bits.append("terlambat")
        return f"<b>{esc(nama)}</b> {esc(', '.join(bits))}".strip()

    out = [Paragraph(" · ".join(label(h) for h in a.hasil), g.tabel)]
    cap = next((h for h in reversed(a.hasil) if h.capaian), None)
    if cap is not None:
        out.append(Paragraph(f"<i>Capaian ({esc(cap.periode)}):</i>", g.tabel))
        for indikator, capaian in cap.capaian:
            out.append(Paragraph(f"• {esc(indikator)}: <b>{esc(capaian)}</b>",
                                 ParagraphStyle("cap", parent=g.tabel, leftIndent=6)))
    for h in [h for h in a.hasil if h.narasi.strip()][-_URAIAN_TERAKHIR:]:
        out.append(Paragraph(f"<i>{esc(h.periode)}:</i> {esc(h.narasi.strip())}", g.tabel))
    rata = a.rata_progres
    if rata is not None:
        out.append(Paragraph(f"<i>Rata-rata progres: {rata}%</i>", g.tabel))
    return out


def _tabel(dto: HasilAnggota, g: Gaya, width: float) -> Table:
    # the NIP on one line (non-breaking spaces), the name column as wide as it needs
    nip_w = stringWidth("NIP. 88888888 888888 8 888", g.tabel.fontName, g.tabel.fontSize) + 8
    no_w, peran_w, catatan_w = 9 * mm, 31 * mm, 28 * mm
    orang_w = max(44 * mm, nip_w)
    hasil_w = width - no_w - orang_w - peran_w - catatan_w
    head = ["No.", "Nama / NIP / Jabatan", "Peran dalam tim / Pejabat Penilai Kinerja",
            "Hasil kerja (capaian, progres, uraian)", "Catatan Ketua Tim"]
    data: list[list[Any]] = [[Paragraph(h, g.tabel_kepala) for h in head]]
    for a in dto.anggota:
        orang = [Paragraph(f"<b>{esc(a.nama)}</b>", g.tabel)]
        if a.nip:
            orang.append(Paragraph(f"NIP. {esc(a.nip)}".replace(" ", "&nbsp;"), g.tabel))
        if a.pangkat:
            orang.append(Paragraph(esc(a.pangkat), g.tabel))
        orang.append(Paragraph(esc(a.jabatan or "-"), g.tabel))
        peran = [Paragraph(esc(a.peran), g.tabel), Spacer(1, 2),
                 Paragraph("<i>PPK:</i> " + esc(a.ppk or "belum tercatat"), g.tabel)]
        data.append([Paragraph(f"{a.no}.", g.tabel_tengah), orang, peran, _hasil(a, g),
                     Paragraph(esc(a.catatan), g.tabel)])
    if not dto.anggota:
        data.append([Paragraph("-", g.tabel_tengah), Paragraph("Tim belum beranggota.", g.tabel),
                     "", "", ""])
    table = Table(data, colWidths=[no_w, orang_w, peran_w, hasil_w, catatan_w], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return table
