"""Building blocks shared by the SK and the Surat Tugas: page set-up (A4/F4, margins, page
numbers from page 2, DRAF watermark), kop, label : content tables, signature, tembusan."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.naskah import TataLetak, tanggal_id
from sistemkerja_desktop.domain.naskah_dok import Butir, GarisKop, Kop, Pengesahan
from sistemkerja_desktop.domain.nip import format_nip
from sistemkerja_desktop.exporters.files import write_bytes_atomic
from sistemkerja_desktop.exporters.pdf.fonts import SANS, apply_fallback, bold, register_fonts
from sistemkerja_desktop.exporters.pdf.paraf import tabel_paraf
from sistemkerja_desktop.exporters.pdf.styles import (
    COLON_W,
    KOP_LOGO_H,
    LABEL_W,
    MARK_W,
    TTD_SPACE,
    TTD_W,
    Gaya,
    gaya,
)

log = logging.getLogger(__name__)

TITIK = "…………………"
# Last resort when a naskah cannot be laid out even with rows broken over pages: a paragraph
# longer than this (a pasted text in a name field) is shortened with "…".
BATAS_TEKS = 300

# Label/colon/value rows of a naskah: top-aligned, no left padding, a little air below.
BARIS_STYLE = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
               ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]



def esc(text: str) -> str:
    return escape(text)


def page_size(t: TataLetak) -> tuple[float, float]:
    w, h = t.kertas.ukuran_mm
    return w * mm, h * mm


def content_width(t: TataLetak) -> float:
    return page_size(t)[0] - (t.kiri + t.kanan) * mm


class Garis(Flowable):
    """The kop's closing rule: double (thick + thin) or single."""

    def __init__(self, width: float, jenis: GarisKop) -> None:
        super().__init__()
        self.width, self.jenis = width, jenis
        self.height = 0 if jenis is GarisKop.TIDAK else 4.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        if self.jenis is GarisKop.TIDAK:
            return
        c.setLineWidth(2.0)
        c.line(0, 3.0, self.width, 3.0)
        if self.jenis is GarisKop.GANDA:
            c.setLineWidth(0.6)
            c.line(0, 0.3, self.width, 0.3)


def kop_flowables(kop: Kop, width: float) -> list[Flowable]:
    """Logo left (when the user supplied one), lines centered; 'PEMERINTAH …' 14 pt, the PD name
    16 pt bold, address/contact 10 pt; then the closing rule."""
    if not kop.baris:
        return []
    styles = []
    for i, _ in enumerate(kop.baris):
        size = 14 if i == 0 else 16 if i == 1 else 10
        styles.append(ParagraphStyle(f"kop{i}", fontName=bold(SANS) if i == 1 else SANS,
                                     fontSize=size, leading=size * 1.15, alignment=TA_CENTER))
    lines = [Paragraph(esc(text), st) for text, st in zip(kop.baris, styles, strict=True)]
    logo: Flowable | None = None
    if kop.logo_path and Path(kop.logo_path).is_file():
        try:
            img = Image(kop.logo_path)
            ratio = img.imageWidth / float(img.imageHeight or 1)
            logo = Image(kop.logo_path, width=KOP_LOGO_H * ratio, height=KOP_LOGO_H)
        except Exception:  # unreadable image: the kop is still useful without it
            logo = None
    logo_w = 28 * mm if logo is not None else 0
    data = [[logo or "", lines, ""]]
    table = Table(data, colWidths=[logo_w, width - 2 * logo_w, logo_w])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [table, Garis(width, kop.garis), Spacer(1, 5 * mm)]


def _rows_style(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                       ("TOPPADDING", (0, 0), (-1, -1), 0),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3), *extra])


def titik_dua(g: Gaya, style: ParagraphStyle | None = None) -> Paragraph:
    """The ':' of a `Label : text` row, set in the text's own style so that it sits on the
    text's baseline (a bare string cell is drawn in the table's 10 pt font, 2 pt higher)."""
    return Paragraph(":", style or g.normal)


def tanda_akhir(items: Sequence[str]) -> list[str]:
    """';' after every item of a list that ends without punctuation, '.' after the last."""
    out = [x.rstrip() for x in items]
    for i, text in enumerate(out):
        if text and text[-1] not in ";.,:":
            out[i] = text + ("." if i == len(out) - 1 else ";")
    return out


def label_list(label: str, items: Sequence[str], g: Gaya, width: float, *,
               marks: Sequence[str] | None = None) -> Table:
    """`Menimbang : a. …` — one row per item; the label only on the first row. An item that
    ends without punctuation gets the list's ';' (the last one '.'), as Tata Naskah writes a
    Menimbang / Mengingat / Dasar list."""
    marks = list(marks) if marks is not None else [f"{i + 1}." for i in range(len(items))]
    data = []
    for i, text in enumerate(tanda_akhir(items) or [TITIK]):
        data.append([Paragraph(esc(label), g.normal) if i == 0 else "",
                     titik_dua(g) if i == 0 else "",
                     Paragraph(marks[i] if i < len(marks) else "", g.normal),
                     Paragraph(esc(text), g.justify)])
    table = Table(data, colWidths=[LABEL_W, COLON_W, MARK_W, width - LABEL_W - COLON_W - MARK_W])
    table.setStyle(_rows_style())
    return table


def label_butir(label: str, butir: Butir, g: Gaya, width: float, *,
                label_bold: bool = False) -> Table:
    """`KEDUA : text` with optional a./b. sub-items under the text."""
    text_w = width - LABEL_W - COLON_W
    data: list[list[Any]] = [[Paragraph(esc(label), g.bold if label_bold else g.normal),
                              titik_dua(g),
                              Paragraph(esc(butir.teks), g.justify), ""]]
    style: list[tuple[Any, ...]] = [("SPAN", (2, 0), (3, 0))]
    for i, sub in enumerate(butir.sub):
        data.append(["", "", Paragraph(f"{chr(ord('a') + i % 26)}.", g.normal),
                     Paragraph(esc(sub), g.justify)])
    table = Table(data, colWidths=[LABEL_W, COLON_W, MARK_W, text_w - MARK_W])
    table.setStyle(_rows_style(style))
    return table


def numbered(items: Sequence[Butir], g: Gaya, width: float, *, start: int = 1) -> Table:
    """1. text / a. sub — used under `Untuk :`; numbering begins at `start`."""
    data: list[list[Any]] = []
    style: list[tuple[Any, ...]] = []
    for i, b in enumerate(items, start):
        data.append([Paragraph(f"{i}.", g.normal), Paragraph(esc(b.teks), g.justify), ""])
        style.append(("SPAN", (1, len(data) - 1), (2, len(data) - 1)))
        for j, sub in enumerate(b.sub):
            data.append(["", Paragraph(f"{chr(ord('a') + j % 26)}.", g.normal),
                         Paragraph(esc(sub), g.justify)])
    table = Table(data, colWidths=[MARK_W, MARK_W, width - 2 * MARK_W])
    table.setStyle(_rows_style(style))
    return table


def signature(p: Pengesahan, g: Gaya, width: float, *, fallback_jabatan: str,
              tanpa_tanggal: bool = False, paraf: Sequence[str] = ()) -> list[Flowable]:
    """Right-aligned block: place/date (left out under a lampiran, whose header carries the
    date), jabatan lines, room to sign, name, pangkat, NIP; the PARAF table, when there is
    one, at its left (paraf koordinasi)."""
    tanggal = tanggal_id(p.tanggal) if p.tanggal else TITIK
    rows: list[Any] = []
    if tanpa_tanggal:
        pass
    elif p.gaya_tanggal == "ditetapkan":
        rows.append(_two(["Ditetapkan di", p.tempat or TITIK], ["pada tanggal", tanggal], g))
    else:
        rows.append(Paragraph(esc(f"{p.tempat or TITIK}, {tanggal}"), g.normal))
    if rows:
        rows.append(Spacer(1, 2 * mm))
    signer = p.penandatangan
    jabatan = signer.baris_jabatan() if signer else (f"{fallback_jabatan},",)
    rows += [Paragraph(esc(line), g.normal) for line in jabatan]
    rows.append(Spacer(1, TTD_SPACE))
    if signer is not None:
        name = signer.nama_untuk(bergelar=p.nama_bergelar)
        if not p.nama_bergelar:
            name = name.upper()
        rows.append(Paragraph(f"<u>{esc(name)}</u>", g.bold))
        if p.tampilkan_pangkat and signer.pangkat:
            rows.append(Paragraph(esc(signer.pangkat), g.normal))
        if p.tampilkan_nip and signer.nip:
            rows.append(Paragraph(f"NIP. {esc(format_nip(signer.nip))}", g.normal))
    else:
        rows += [Paragraph("NAMA", g.bold), Paragraph("PANGKAT", g.normal),
                 Paragraph("NIP.", g.normal)]
    inner = Table([[r] for r in rows], colWidths=[TTD_W])
    inner.setStyle(_rows_style([("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    left: Any = tabel_paraf(paraf, g, width - TTD_W - 4 * mm) if paraf else ""
    outer = Table([[left, inner]], colWidths=[width - TTD_W, TTD_W])
    outer.setStyle(_rows_style([("VALIGN", (0, 0), (0, 0), "BOTTOM")]))
    return [Spacer(1, 5 * mm), outer]


def closing(last: Flowable | None, block: list[Flowable], tembusan_part: list[Flowable]) -> Flowable:
    """Keep the last paragraph, the signature and the tembusan on one page: a signature never
    stands alone on a page (Tata Naskah Dinas)."""
    return KeepTogether([*([last] if last is not None else []), *block, *tembusan_part])


def _two(a: list[str], b: list[str], g: Gaya) -> Table:
    t = Table([[Paragraph(esc(a[0]), g.normal), titik_dua(g), Paragraph(esc(a[1]), g.normal)],
               [Paragraph(esc(b[0]), g.normal), titik_dua(g), Paragraph(esc(b[1]), g.normal)]],
              colWidths=[29 * mm, COLON_W, TTD_W - 29 * mm - COLON_W])
    t.setStyle(_rows_style([("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def tembusan(items: Sequence[str], judul: str, g: Gaya, width: float) -> list[Flowable]:
    if not items:
        return []
    out: list[Flowable] = [Spacer(1, 5 * mm), Paragraph(esc(judul), g.kecil)]
    data = [[Paragraph(f"{i + 1}.", g.kecil), Paragraph(esc(t), g.kecil)]
            for i, t in enumerate(items)]
    table = Table(data, colWidths=[MARK_W, width - MARK_W])
    table.setStyle(_rows_style([("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [*out, table]


def write_pdf(path: Path, story: list[Flowable], t: TataLetak, *, title: str, draf: bool,
              family: str, invariant: bool = False) -> int:
    """Lay out `story` and write it atomically; returns the page count.

    Characters the fonts lack print in a fallback font (fonts.apply_fallback). A story that
    cannot be laid out — a table row taller than a page, from a 1,000-character name — is laid
    out again with rows broken over pages (every word still printed), then, if that fails too,
    with paragraphs over BATAS_TEKS characters shortened with "…"; never a LayoutError."""
    register_fonts()
    apply_fallback(f for f in flowables(story) if isinstance(f, Paragraph))
    try:
        data, pages = _layout(story, t, title=title, draf=draf, family=family,
                              invariant=invariant)
    except LayoutError:
        log.info("Naskah %r: a row is taller than a page; rows may break over pages", title)
        story = allow_row_splits(story)
        try:
            data, pages = _layout(story, t, title=title, draf=draf, family=family,
                                  invariant=invariant)
        except (LayoutError, ValueError):  # reportlab's in-row split gives up on some cells
            log.info("Naskah %r: long paragraphs shortened", title)
            shorten_paragraphs(story, BATAS_TEKS)
            try:
                data, pages = _layout(story, t, title=title, draf=draf, family=family,
                                      invariant=invariant)
            except (LayoutError, ValueError) as exc:
                raise ValidationError(
                    f"{title}: naskah tidak dapat disusun di halaman — ada teks yang terlalu "
                    "panjang (mis. nama atau uraian tanpa spasi). Perbaiki datanya; tidak ada "
                    "berkas yang ditulis.", field="naskah", code="naskah_terlalu_panjang") \
                    from exc
    _atomic_write(Path(path), data)
    return pages


def _layout(story: list[Flowable], t: TataLetak, *, title: str, draf: bool, family: str,
            invariant: bool) -> tuple[bytes, int]:
    size = page_size(t)
    buf = io.BytesIO()
    counter = {"pages": 0}

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        counter["pages"] = doc.page
        canvas.saveState()
        if draf:
            canvas.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.28))
            canvas.setFont(bold(SANS), 130)
            canvas.translate(size[0] / 2, size[1] / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -45, "DRAF")
            canvas.restoreState()
            canvas.saveState()
        if doc.page > 1:
            canvas.setFont(family, t.ukuran_huruf)
            canvas.drawCentredString(t.kiri * mm + content_width(t) / 2,
                                     size[1] - max(10.0, t.atas / 2) * mm, f"- {doc.page} -")
        canvas.restoreState()

    doc = BaseDocTemplate(buf, pagesize=size, leftMargin=t.kiri * mm, rightMargin=t.kanan * mm,
                          topMargin=t.atas * mm, bottomMargin=t.bawah * mm, title=title,
                          author="Sistem Kerja Desktop", creator="Sistem Kerja Desktop",
                          invariant=1 if invariant else 0, lang="id-ID")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="isi",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="naskah", frames=[frame], onPage=on_page)])
    doc.build(list(story))  # build consumes its list: keep `story` for a second attempt
    return buf.getvalue(), counter["pages"]


def flowables(items: object) -> Iterator[object]:
    """Every flowable of a story, depth first: inside table cells and KeepTogether too."""
    if isinstance(items, (list, tuple)):
        for item in items:
            yield from flowables(item)
        return
    yield items
    if isinstance(items, Table):
        for row in items._cellvalues:
            yield from flowables(row)
    elif isinstance(items, KeepTogether):
        yield from flowables(items._content)


def allow_row_splits(story: list[Flowable]) -> list[Flowable]:
    """The story for a second layout: every table may break inside a row, and KeepTogether
    blocks are dissolved (a block taller than a page cannot be kept together anyway)."""
    for f in flowables(story):
        if isinstance(f, Table):
            f.splitInRow = 1
    out: list[Flowable] = []
    for f in story:
        out.extend(allow_row_splits(list(f._content)) if isinstance(f, KeepTogether) else [f])
    return out


def shorten_paragraphs(story: list[Flowable], limit: int) -> None:
    """Paragraphs longer than `limit` characters keep their first `limit` and "…" (their
    inline markup is dropped; their style and fallback fonts are kept)."""
    for f in flowables(story):
        if not isinstance(f, Paragraph):
            continue
        text = "".join(x.text for x in f.frags if isinstance(getattr(x, "text", None), str))
        if len(text) > limit:
            f.__init__(esc(text[:limit].rstrip()) + "…", f.style)  # type: ignore[misc]
            apply_fallback([f])


def _atomic_write(path: Path, data: bytes) -> None:
    write_bytes_atomic(path, data, ".pdf")  # temp file beside it, renamed only when whole


def gaya_naskah(family: str, t: TataLetak) -> Gaya:
    register_fonts()
    return gaya(family, t.ukuran_huruf)
