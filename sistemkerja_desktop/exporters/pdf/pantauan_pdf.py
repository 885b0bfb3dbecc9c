"""The monitoring dashboard as a PDF for the pimpinan's meeting (issue #11): A4 landscape; the
kop of the Perangkat Daerah; "PANTAUAN SISTEM KERJA" with the date; the figures as tiles; four
vector charts (reportlab.graphics: progress per team, overdue reports per unit, workload
histogram, reports sent per month on time vs late); the table of overdue reports. Written
through a temporary file beside its name (`exporters.files.atomic_output`)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sistemkerja_desktop.domain.naskah import tanggal_id
from sistemkerja_desktop.domain.naskah_dok import Kop
from sistemkerja_desktop.domain.pantauan import JATUH_TEMPO_HARI, Pantauan
from sistemkerja_desktop.exporters.files import atomic_output
from sistemkerja_desktop.exporters.pdf.fonts import SANS, apply_fallback, bold, register_fonts
from sistemkerja_desktop.exporters.pdf.naskah_common import esc, flowables, kop_flowables

PAGE = landscape(A4)
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 12 * mm, 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X
CHART_W, CHART_H = (WIDTH - 8 * mm) / 2, 82 * mm
# The second row (workload, month by month) is lower: it opens page 2 with room for the table of
# overdue reports under it.
CHART_H2 = 60 * mm
MAKS_BATANG = 12  # bars per chart; the rest is said under it
MAKS_BARIS = 60  # rows of the overdue table; the rest is counted

BIRU = colors.HexColor("#1f4e79")
BIRU_MUDA = colors.HexColor("#5b8fc7")
HIJAU = colors.HexColor("#2e7d32")
MERAH = colors.HexColor("#c62828")
JINGGA = colors.HexColor("#e67e22")
ABU = colors.HexColor("#6b7280")
GARIS = colors.HexColor("#d0d5dd")
LATAR = colors.HexColor("#f3f6fa")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("p", fontName=SANS, fontSize=9, leading=11)
    return {
        "p": base,
        "judul": ParagraphStyle("judul", parent=base, fontName=bold(SANS), fontSize=15,
                                leading=18, alignment=TA_CENTER),
        "sub": ParagraphStyle("sub", parent=base, fontSize=10, leading=13, alignment=TA_CENTER),
        "h": ParagraphStyle("h", parent=base, fontName=bold(SANS), fontSize=11, leading=14,
                            textColor=BIRU),
        "angka": ParagraphStyle("angka", parent=base, fontName=bold(SANS), fontSize=22,
                                leading=25, alignment=TA_CENTER),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, leading=10.5,
                                alignment=TA_CENTER, textColor=colors.HexColor("#374151")),
        "sel": ParagraphStyle("sel", parent=base, fontSize=8, leading=9.6),
        "kepala": ParagraphStyle("kepala", parent=base, fontName=bold(SANS), fontSize=8,
                                 leading=9.6, alignment=TA_CENTER),
        "catatan": ParagraphStyle("catatan", parent=base, fontSize=7.5, leading=9,
                                  textColor=ABU),
    }


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# ---- tiles -------------------------------------------------------------------------------------

def _tiles(d: Pantauan, st: dict[str, ParagraphStyle]) -> Table:
    b = d.beban
    items = [
        (d.tim_aktif, "Tim kerja aktif", BIRU),
        (d.laporan_jatuh_tempo, f"Laporan jatuh tempo\n(≤ {JATUH_TEMPO_HARI} hari)", JINGGA),
        (d.laporan_terlambat, "Laporan terlambat\n(belum dikirim)",
         MERAH if d.laporan_terlambat else HIJAU),
        (d.menunggu_tinjauan, "Laporan menunggu\ntinjauan", BIRU_MUDA),
        (d.permohonan_menunggu, "Permohonan penugasan\nmenunggu", BIRU_MUDA),
        (d.permasalahan_terbuka, "Permasalahan\nbelum tuntas", JINGGA if d.permasalahan_terbuka
         else HIJAU),
        (f"{b.rata_rata:.1f}".replace(".", ","), f"Rata-rata tim per pegawai\n"
                                                 f"(maks. {b.maksimum}; {b.tanpa_tim} tanpa tim)",
         BIRU),
    ]
    gap = 2.5 * mm
    w = (WIDTH - gap * (len(items) - 1)) / len(items)
    row: list[Any] = []
    widths: list[float] = []
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for i, (value, label, warna) in enumerate(items):
        if i:
            row.append("")
            widths.append(gap)
        angka = ParagraphStyle(f"angka{i}", parent=st["angka"], textColor=warna)
        row.append([Paragraph(esc(str(value)), angka),
                    Paragraph(esc(label).replace("\n", "<br/>"), st["label"])])
        widths.append(w)
        col = len(row) - 1
        style += [("BACKGROUND", (col, 0), (col, 0), LATAR),
                  ("LINEABOVE", (col, 0), (col, 0), 3, warna)]
    table = Table([row], colWidths=widths)
    table.setStyle(TableStyle(style))
    return table


# ---- charts ------------------------------------------------------------------------------------

def _panel(title: str, drawing: Drawing, note: str, st: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[Any]] = [[Paragraph(esc(title), st["h"])], [drawing]]
    if note:
        rows.append([Paragraph(esc(note), st["catatan"])])
    t = Table(rows, colWidths=[CHART_W])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GARIS),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def _kosong(text: str = "Belum ada data pada tanggal ini.", h: float = CHART_H) -> Drawing:
    d = Drawing(CHART_W - 12, h)
    d.add(String((CHART_W - 12) / 2, h / 2, text, fontName=SANS, fontSize=10,
                 fillColor=ABU, textAnchor="middle"))
    return d


def _skala(maks: float) -> tuple[float, float]:
    """A round top and step for a value axis starting at 0."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if maks / step <= 6:
            return max(step, step * -(-maks // step)), step
    return maks, maks / 5


def tinggi_batang(n: int) -> float:
    """The height of a horizontal bar chart of `n` bars: about 17 pt a bar, within bounds."""
    return min(CHART_H, max(42 * mm, n * 17 + 30))


def _batang_mendatar(labels: Sequence[str], values: Sequence[float], warna: Any, *,
                     maks: float | None = None, label_w: float = 62 * mm,
                     persen: bool = False, h: float = CHART_H) -> Drawing:
    w = CHART_W - 12
    d = Drawing(w, h)
    c = HorizontalBarChart()
    # about 17 pt per bar, from the top: a few bars are not drawn as thick blocks
    height = min(h - 20, max(3, len(values)) * 17)
    c.x, c.y, c.width, c.height = label_w, h - 6 - height, w - label_w - 14, height
    # reportlab draws the first category at the bottom: reverse so the list reads top down
    c.data = [list(reversed(values))]
    c.categoryAxis.categoryNames = [_cut(x, 40) for x in reversed(labels)]
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = SANS, 7.5
    c.categoryAxis.labels.boxAnchor = "e"
    c.categoryAxis.labels.dx = -3
    c.categoryAxis.strokeColor = GARIS
    top, step = (100, 20) if persen else _skala(maks or max(values, default=1) or 1)
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, top, step
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = SANS, 7.5
    c.valueAxis.strokeColor = GARIS
    c.valueAxis.visibleGrid, c.valueAxis.gridStrokeColor = True, colors.HexColor("#e5e7eb")
    if persen:
        c.valueAxis.labelTextFormat = "%d%%"
    c.bars[0].fillColor, c.bars[0].strokeColor = warna, None
    c.barWidth, c.groupSpacing = 6, 4
    c.barLabelFormat = "%d%%" if persen else "%d"
    c.barLabels.fontName, c.barLabels.fontSize = SANS, 7
    c.barLabels.boxAnchor, c.barLabels.dx = "w", 2
    d.add(c)
    return d


def _progres(d: Pantauan, st: dict[str, ParagraphStyle], h: float) -> Table:
    rows = sorted(d.progres_tim, key=lambda x: (x[1], x[0].casefold()))
    if not rows:
        return _panel("Progres per tim kerja", _kosong("Tidak ada tim kerja aktif.", h),
                      "", st)
    shown = rows[:MAKS_BATANG]
    note = "Progres menurut laporan terakhir yang dikirim ketua tim (0% bila belum ada)."
    if len(rows) > len(shown):
        note = (f"{len(shown)} dari {len(rows)} tim aktif dengan progres terendah. " + note)
    values = [p for _, p in shown]
    return _panel("Progres per tim kerja", _batang_mendatar(
        [n for n, _ in shown], values, BIRU, persen=True, h=h), note, st)


def _per_unit(d: Pantauan, st: dict[str, ParagraphStyle], h: float) -> Table:
    rows = list(d.terlambat_per_unit)
    if not rows:
        return _panel("Laporan terlambat per unit", _kosong(
            "Tidak ada laporan terlambat pada tanggal ini.", h), "", st)
    shown = rows[:MAKS_BATANG]
    note = "Laporan yang belum dikirim melewati jatuh tempo, menurut unit organisasi."
    if len(rows) > len(shown):
        note += f" {len(rows) - len(shown)} unit lain tidak ditampilkan."
    return _panel("Laporan terlambat per unit", _batang_mendatar(
        [u for u, _ in shown], [n for _, n in shown], MERAH, h=h), note, st)


def _histogram(d: Pantauan, st: dict[str, ParagraphStyle], h: float = CHART_H2) -> Table:
    b = d.beban
    if not b.pegawai:
        return _panel("Beban kerja: jumlah tim per pegawai", _kosong(h=h), "", st)
    w = CHART_W - 12
    dr = Drawing(w, h)
    c = VerticalBarChart()
    c.x, c.y, c.width, c.height = 36, 24, w - 50, h - 34
    c.data = [[n for _, n in b.histogram]]
    c.categoryAxis.categoryNames = [label for label, _ in b.histogram]
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = SANS, 8
    c.categoryAxis.labels.dy = -2
    c.categoryAxis.strokeColor = GARIS
    top, step = _skala(max(n for _, n in b.histogram) or 1)
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, top, step
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = SANS, 7.5
    c.valueAxis.strokeColor = GARIS
    c.valueAxis.visibleGrid, c.valueAxis.gridStrokeColor = True, colors.HexColor("#e5e7eb")
    c.bars[0].strokeColor = None
    for i in range(len(b.histogram)):
        c.bars[(0, i)].fillColor = JINGGA if i >= 3 else BIRU
    c.barLabelFormat = "%d"
    c.barLabels.fontName, c.barLabels.fontSize, c.barLabels.nudge = SANS, 8, 6
    dr.add(c)
    ambang = f" Ambang beban kerja: {b.ambang} tim ({b.melebihi_ambang} pegawai melebihi)." \
        if b.ambang else ""
    rata = f"{b.rata_rata:.2f}".replace(".", ",")
    note = (f"Jumlah pegawai menurut banyaknya tim aktif yang diikuti. {b.pegawai} pegawai "
            f"JF/Pelaksana; rata-rata {rata} tim per pegawai, paling banyak {b.maksimum}."
            + ambang)
    return _panel("Beban kerja: jumlah tim per pegawai", dr, note, st)


def _per_bulan(d: Pantauan, st: dict[str, ParagraphStyle], h: float = CHART_H2) -> Table:
    title = "Laporan dikirim per bulan: tepat waktu dan terlambat"
    if not any(x[1] for x in d.per_bulan):
        return _panel(title, _kosong("Belum ada laporan yang dikirim dalam 12 bulan ini.", h=h),
                      "", st)
    w = CHART_W - 12
    dr = Drawing(w, h)
    c = HorizontalLineChart()
    c.x, c.y, c.width, c.height = 30, 30, w - 44, h - 52
    c.data = [[x[2] for x in d.per_bulan], [x[3] for x in d.per_bulan]]
    c.categoryAxis.categoryNames = [x[0].replace(" 20", " '") for x in d.per_bulan]
    c.categoryAxis.labels.fontName, c.categoryAxis.labels.fontSize = SANS, 7
    c.categoryAxis.labels.angle, c.categoryAxis.labels.boxAnchor = 30, "ne"
    c.categoryAxis.strokeColor = GARIS
    top, step = _skala(max(max(x[2], x[3]) for x in d.per_bulan) or 1)
    c.valueAxis.valueMin, c.valueAxis.valueMax, c.valueAxis.valueStep = 0, top, step
    c.valueAxis.labels.fontName, c.valueAxis.labels.fontSize = SANS, 7.5
    c.valueAxis.strokeColor = GARIS
    c.valueAxis.visibleGrid, c.valueAxis.gridStrokeColor = True, colors.HexColor("#e5e7eb")
    for i, warna in enumerate((HIJAU, MERAH)):
        c.lines[i].strokeColor, c.lines[i].strokeWidth = warna, 2
        m = makeMarker("FilledCircle")
        m.size, m.fillColor, m.strokeColor = 4, warna, warna
        c.lines[i].symbol = m
    dr.add(c)
    lg = Legend()
    lg.x, lg.y, lg.alignment = w - 150, h - 6, "right"
    lg.fontName, lg.fontSize, lg.columnMaximum, lg.dx, lg.dy = SANS, 8, 1, 8, 8
    lg.deltax = 80
    lg.colorNamePairs = [(HIJAU, "Tepat waktu"), (MERAH, "Terlambat")]
    dr.add(lg)
    total = sum(x[1] for x in d.per_bulan)
    late = sum(x[3] for x in d.per_bulan)
    note = (f"12 bulan terakhir: {total} laporan dikirim, {late} di antaranya melewati jatuh "
            "tempo.")
    return _panel(title, dr, note, st)


def _dua(a: Flowable, b: Flowable) -> Table:
    t = Table([[a, "", b]], colWidths=[CHART_W, 8 * mm, CHART_W])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


# ---- the overdue table -------------------------------------------------------------------------

def _tabel(d: Pantauan, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    head = Paragraph("Daftar laporan terlambat (belum dikirim melewati jatuh tempo)", st["h"])
    if not d.terlambat_daftar:
        return [head, Spacer(1, 2 * mm),
                Paragraph("Tidak ada laporan terlambat pada tanggal ini.", st["p"])]
    kolom = ["No.", "Tim kerja / penugasan", "Pelapor", "Unit", "Periode", "Jatuh tempo",
             "Terlambat", "Status"]
    widths = [10 * mm, 62 * mm, 50 * mm, 56 * mm, 28 * mm, 21 * mm, 18 * mm]
    widths.append(WIDTH - sum(widths))
    data: list[list[Any]] = [[Paragraph(k, st["kepala"]) for k in kolom]]
    shown = d.terlambat_daftar[:MAKS_BARIS]
    for i, r in enumerate(shown, 1):
        data.append([Paragraph(f"{i}.", st["sel"]),
                     Paragraph(esc(r.tim or "Penugasan individu"), st["sel"]),
                     Paragraph(f"{esc(r.pelapor)}<br/><font color='#6b7280'>NIP "
                               f"{esc(r.pelapor_nip)}</font>", st["sel"]),
                     Paragraph(esc(r.unit or "-"), st["sel"]),
                     Paragraph(esc(r.periode), st["sel"]),
                     Paragraph(esc(r.jatuh_tempo.strftime("%d-%m-%Y")), st["sel"]),
                     Paragraph(f"{r.hari_terlambat} hari", st["sel"]),
                     Paragraph(esc(r.status), st["sel"])])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, GARIS), ("BACKGROUND", (0, 0), (-1, 0), LATAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *[("BACKGROUND", (0, i), (-1, i), colors.HexColor("#fbfcfe"))
          for i in range(2, len(data), 2)]]))
    out: list[Flowable] = [head, Spacer(1, 2 * mm), t]
    rest = len(d.terlambat_daftar) - len(shown)
    if rest:
        out += [Spacer(1, 2 * mm), Paragraph(
            f"… dan {rest} laporan terlambat lainnya (lihat `sistemkerja laporan daftar "
            f"--tanggal {d.tanggal.isoformat()}` atau area Laporan).", st["catatan"])]
    return out


# ---- the document ------------------------------------------------------------------------------

def story(d: Pantauan, kop: Kop) -> list[Flowable]:
    st = _styles()
    h = tinggi_batang(max(min(len(d.progres_tim), MAKS_BATANG),
                          min(len(d.terlambat_per_unit), MAKS_BATANG)))
    out: list[Flowable] = [*kop_flowables(kop, WIDTH)]
    out += [Paragraph("PANTAUAN SISTEM KERJA", st["judul"]),
            Paragraph(f"Keadaan per {tanggal_id(d.tanggal)}", st["sub"]), Spacer(1, 4 * mm),
            _tiles(d, st), Spacer(1, 5 * mm),
            _dua(_progres(d, st, h), _per_unit(d, st, h)), Spacer(1, 5 * mm),
            KeepTogether([_dua(_histogram(d, st), _per_bulan(d, st))]), Spacer(1, 6 * mm),
            *_tabel(d, st)]
    return out


def write_pantauan_pdf(d: Pantauan, path: Path, *, kop: Kop, pd_nama: str = "",
                       pemda: str = "", invariant: bool = False) -> int:
    """Write the dashboard; returns the number of pages."""
    register_fonts()
    items = story(d, kop)
    apply_fallback(f for f in flowables(items) if isinstance(f, Paragraph))
    footer = " — ".join(x for x in ("Pantauan Sistem Kerja", " ".join(
        y for y in (pd_nama, pemda) if y), f"per {tanggal_id(d.tanggal)}") if x)
    buf = io.BytesIO()
    pages = {"n": 0}

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        pages["n"] = doc.page
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(ABU)
        canvas.drawString(MARGIN_X, 8 * mm, footer)
        canvas.drawRightString(PAGE[0] - MARGIN_X, 8 * mm, f"Halaman {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                          title=f"Pantauan Sistem Kerja {d.tanggal.isoformat()}",
                          author="Sistem Kerja Desktop", creator="Sistem Kerja Desktop",
                          invariant=1 if invariant else 0, lang="id-ID")
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                  id="isi", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="pantauan", frames=[frame], onPage=on_page)])
    doc.build(items)
    with atomic_output(path, ".pdf") as tmp:
        tmp.write_bytes(buf.getvalue())
    return pages["n"]
