"""The dashboard's four charts painted with QPainter (QtGui only; PySide6-Essentials has no
QtCharts): horizontal bars (progress per team, overdue reports per unit), columns (the workload
histogram) and lines (reports sent per month, on time vs late).

A chart is described by `DataGrafik` (labels and series, Indonesian texts already made) and
painted into any rectangle by `lukis(painter, rect, data)`, which returns the areas whose full
text a tooltip shows (elided labels, bars). The widget (`grafik.GrafikWidget`) paints it on
screen; `gambar(data, …)` paints it, with its title, on a QImage at 2× for *Simpan PNG…*."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

BIRU, MERAH, HIJAU, ABU = "#1f5fa8", "#c62828", "#2e7d32", "#7b8794"
TEKS, TEKS_LEMAH, GRID = QColor("#1f2933"), QColor("#5f6b76"), QColor("#e3e7eb")
_ELIDE = Qt.TextElideMode.ElideRight
_KIRI = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_KANAN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_TENGAH = Qt.AlignmentFlag.AlignCenter
BATANG_H, KOLOM, GARIS = "batang_h", "kolom", "garis"
BARIS_MAKS = 36.0  # the tallest row of a horizontal bar chart


@dataclass(frozen=True)
class Seri:
    nama: str
    warna: str
    nilai: tuple[float, ...]


@dataclass(frozen=True)
class DataGrafik:
    """One chart: `jenis` BATANG_H | KOLOM | GARIS; `label` the categories (bars, months);
    `seri` the values aligned with `label`; `akhiran` after each value ("%"); `maks` a fixed
    scale (100 for progress); `kosong` the sentence shown when there is nothing to draw."""

    jenis: str
    judul: str
    label: tuple[str, ...]
    seri: tuple[Seri, ...]
    akhiran: str = ""
    maks: float | None = None
    kosong: str = "Belum ada data."
    sumbu_x: str = ""
    sumbu_y: str = ""
    keterangan: str = ""  # a note under the chart ("+ 12 tim lainnya")
    warna_per_nilai: tuple[str, ...] = field(default=())  # per bar colour (BATANG_H)

    @property
    def ada_data(self) -> bool:
        """Something to draw: bars on a fixed scale (progress) even at 0; otherwise a value."""
        if not self.label:
            return False
        return self.maks is not None or any(v for s in self.seri for v in s.nilai)


def font(px: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def _angka(v: float, akhiran: str = "") -> str:
    teks = str(int(v)) if float(v).is_integer() else f"{v:.1f}".replace(".", ",")
    return teks + akhiran


def langkah(maks: float, n: int = 5) -> float:
    """A round tick step (1, 2, 5 × 10^k) giving about `n` ticks up to `maks`; integers ≥ 1."""
    if maks <= 0:
        return 1.0
    kasar = maks / n
    dasar = 10 ** math.floor(math.log10(kasar))
    for k in (1, 2, 5, 10):
        if k * dasar >= kasar:
            return max(1.0, k * dasar)
    return max(1.0, 10 * dasar)


def _skala(data: DataGrafik) -> tuple[float, float]:
    """(top of the scale, tick step)."""
    if data.maks is not None:
        return data.maks, data.maks / 4
    tertinggi = max((v for s in data.seri for v in s.nilai), default=0.0)
    step = langkah(tertinggi)
    return max(step, math.ceil(tertinggi / step) * step), step


Tip = list[tuple[QRectF, str]]


def lukis(p: QPainter, rect: QRectF, data: DataGrafik, px: float = 12.0) -> Tip:
    """Paint `data` inside `rect` (logical units); returns the tooltip areas."""
    p.save()
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    tips: Tip = []
    if not data.ada_data:
        _kosong(p, rect, data.kosong, px)
    elif data.jenis == BATANG_H:
        tips = _batang_h(p, rect, data, px)
    elif data.jenis == KOLOM:
        tips = _kolom(p, rect, data, px)
    else:
        tips = _garis(p, rect, data, px)
    p.restore()
    return tips


def _kosong(p: QPainter, rect: QRectF, teks: str, px: float) -> None:
    p.setPen(QPen(QColor("#c9d1d9"), 1, Qt.PenStyle.DashLine))
    p.setBrush(QColor("#f7f9fa"))
    p.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
    p.setPen(TEKS_LEMAH)
    p.setFont(font(px + 1))
    p.drawText(rect.adjusted(24, 12, -24, -12), _TENGAH | Qt.TextFlag.TextWordWrap, teks)


def _catatan(p: QPainter, rect: QRectF, teks: str, px: float) -> QRectF:
    """The note line at the bottom; returns the rectangle left above it."""
    if not teks:
        return rect
    p.setFont(font(px - 1))
    p.setPen(TEKS_LEMAH)
    h = QFontMetricsF(p.font()).height() + 4
    p.drawText(QRectF(rect.left(), rect.bottom() - h, rect.width(), h), _KIRI,
               QFontMetricsF(p.font()).elidedText(teks, _ELIDE, rect.width()))
    return rect.adjusted(0, 0, 0, -h)


def _batang_h(p: QPainter, rect: QRectF, data: DataGrafik, px: float) -> Tip:
    tips: Tip = []
    nilai = data.seri[0].nilai
    fm = QFontMetricsF(font(px))
    rect = _catatan(p, rect, data.keterangan, px)
    top, step = _skala(data)
    label_w = min(rect.width() * 0.42, max(fm.horizontalAdvance(t) for t in data.label) + 10)
    nilai_w = fm.horizontalAdvance(_angka(top, data.akhiran)) + 10
    sumbu_h = fm.height() + 4
    n = len(data.label)
    baris = min((rect.height() - sumbu_h) / n, BARIS_MAKS)  # compact when few bars
    area = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w - nilai_w,
                  baris * n)
    tinggi = min(26.0, baris * 0.7)
    p.setFont(font(px - 1))
    for k in range(int(top / step) + 1):  # vertical grid with its scale underneath
        x = area.left() + area.width() * (k * step) / top
        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        p.setPen(TEKS_LEMAH)
        p.drawText(QRectF(x - 30, area.bottom() + 2, 60, sumbu_h), _TENGAH,
                   _angka(k * step, data.akhiran))
    p.setFont(font(px))
    for i, (label, v) in enumerate(zip(data.label, nilai, strict=False)):
        cy = area.top() + baris * (i + 0.5)
        lrect = QRectF(rect.left(), cy - baris / 2, label_w - 8, baris)
        p.setPen(TEKS)
        elided = fm.elidedText(label, _ELIDE, lrect.width())
        p.drawText(lrect, _KANAN, elided)
        w = area.width() * min(v, top) / top if top else 0
        bar = QRectF(area.left(), cy - tinggi / 2, max(w, 1.5), tinggi)
        warna = data.warna_per_nilai[i] if i < len(data.warna_per_nilai) else data.seri[0].warna
        p.fillRect(bar, QColor(warna))
        p.setPen(TEKS)
        p.drawText(QRectF(bar.right() + 4, cy - baris / 2, nilai_w + 40, baris), _KIRI,
                   _angka(v, data.akhiran))
        teks = f"{label}: {_angka(v, data.akhiran)}"
        tips.append((QRectF(rect.left(), cy - baris / 2, rect.width(), baris), teks))
    p.setPen(QPen(QColor(ABU), 1))
    p.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
    return tips


def _sumbu_y(p: QPainter, rect: QRectF, data: DataGrafik, px: float) -> tuple[QRectF, float]:
    """Y scale with horizontal grid lines; returns the plot area and the top of the scale."""
    fm = QFontMetricsF(font(px - 1))
    top, step = _skala(data)
    kiri = fm.horizontalAdvance(_angka(top)) + 10 + (fm.height() + 2 if data.sumbu_y else 0)
    bawah = fm.height() * (2.4 if data.sumbu_x else 1.3) + 4
    area = QRectF(rect.left() + kiri, rect.top() + fm.height() / 2, rect.width() - kiri - 8,
                  rect.height() - bawah - fm.height() / 2)
    p.setFont(font(px - 1))
    for k in range(int(top / step) + 1):
        y = area.bottom() - area.height() * (k * step) / top
        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(TEKS_LEMAH)
        p.drawText(QRectF(area.left() - kiri, y - fm.height() / 2, kiri - 6, fm.height()),
                   _KANAN, _angka(k * step))
    p.setPen(TEKS_LEMAH)
    if data.sumbu_y:
        p.save()
        p.translate(rect.left() + fm.height() / 2 + 1, area.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-area.height() / 2, -fm.height() / 2, area.height(), fm.height()),
                   _TENGAH, fm.elidedText(data.sumbu_y, _ELIDE, area.height()))
        p.restore()
    if data.sumbu_x:
        p.drawText(QRectF(area.left(), rect.bottom() - fm.height() - 2, area.width(),
                          fm.height() + 2), _TENGAH, data.sumbu_x)
    p.setPen(QPen(QColor(ABU), 1))
    p.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
    return area, top


def _label_x(p: QPainter, area: QRectF, labels: tuple[str, ...], lebar: float,
             px: float) -> None:
    """Category labels under the plot, thinned out when they would collide."""
    fm = QFontMetricsF(font(px - 1))
    p.setFont(font(px - 1))
    p.setPen(TEKS)
    terlebar = max(fm.horizontalAdvance(t) for t in labels) + 8
    if terlebar > lebar:  # "Jan 2026" → "Jan", the year kept on the first and on January
        labels = tuple(t if i == 0 or t.startswith("Jan") else t.split(" ")[0]
                       for i, t in enumerate(labels))
        terlebar = max(fm.horizontalAdvance(t) for t in labels) + 8
    tiap = max(1, math.ceil(terlebar / max(lebar, 1)))
    for i, label in enumerate(labels):
        if i % tiap:
            continue
        cx = area.left() + lebar * (i + 0.5)
        w = max(lebar * tiap, 10)
        p.drawText(QRectF(cx - w / 2, area.bottom() + 3, w, fm.height()), _TENGAH,
                   fm.elidedText(label, _ELIDE, w - 2))


def _kolom(p: QPainter, rect: QRectF, data: DataGrafik, px: float) -> Tip:
    tips: Tip = []
    rect = _catatan(p, rect, data.keterangan, px)
    area, top = _sumbu_y(p, rect, data, px)
    n = len(data.label)
    lebar = area.width() / n
    nilai = data.seri[0].nilai
    p.setFont(font(px - 1))
    fm = QFontMetricsF(p.font())
    for i, v in enumerate(nilai):
        h = area.height() * v / top if top else 0
        bar = QRectF(area.left() + lebar * i + lebar * 0.18, area.bottom() - h, lebar * 0.64, h)
        p.fillRect(bar, QColor(data.seri[0].warna))
        if v:
            p.setPen(TEKS)
            p.drawText(QRectF(bar.left() - 10, bar.top() - fm.height() - 1, bar.width() + 20,
                              fm.height()), _TENGAH, _angka(v))
        tips.append((QRectF(area.left() + lebar * i, area.top(), lebar, area.height()),
                     f"{data.label[i]}: {_angka(v)} {data.seri[0].nama}"))
    _label_x(p, area, data.label, lebar, px)
    return tips


def _garis(p: QPainter, rect: QRectF, data: DataGrafik, px: float) -> Tip:
    tips: Tip = []
    fm = QFontMetricsF(font(px - 1))
    legenda_h = fm.height() + 8
    _legenda(p, QRectF(rect.left(), rect.top(), rect.width(), legenda_h), data.seri, px)
    rect = _catatan(p, rect.adjusted(0, legenda_h, 0, 0), data.keterangan, px)
    area, top = _sumbu_y(p, rect, data, px)
    n = len(data.label)
    lebar = area.width() / n
    for seri in data.seri:
        path = QPainterPath()
        titik = [QPointF(area.left() + lebar * (i + 0.5),
                         area.bottom() - area.height() * v / top) for i, v in enumerate(seri.nilai)]
        for i, pt in enumerate(titik):
            (path.lineTo if i else path.moveTo)(pt)
        p.setPen(QPen(QColor(seri.warna), 2.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setBrush(QColor(seri.warna))
        for pt in titik:
            p.drawEllipse(pt, 3.2, 3.2)
    for i, label in enumerate(data.label):
        rinci = ", ".join(f"{s.nama} {_angka(s.nilai[i])}" for s in data.seri)
        tips.append((QRectF(area.left() + lebar * i, area.top(), lebar, area.height()),
                     f"{label}: {rinci}"))
    _label_x(p, area, data.label, lebar, px)
    return tips


def _legenda(p: QPainter, rect: QRectF, seri: tuple[Seri, ...], px: float) -> None:
    p.setFont(font(px - 1))
    fm = QFontMetricsF(p.font())
    x = rect.left() + 4
    for s in seri:
        y = rect.center().y()
        p.setPen(QPen(QColor(s.warna), 2.2))
        p.drawLine(QPointF(x, y), QPointF(x + 18, y))
        p.setBrush(QColor(s.warna))
        p.drawEllipse(QPointF(x + 9, y), 3, 3)
        p.setPen(TEKS)
        w = fm.horizontalAdvance(s.nama) + 4
        p.drawText(QRectF(x + 24, rect.top(), w, rect.height()), _KIRI, s.nama)
        x += 24 + w + 18


def gambar(data: DataGrafik, lebar: int, tinggi: int, *, skala: float = 2.0,
           subjudul: str = "", catatan: str = "") -> QImage:
    """The chart with its title (and `subjudul`, a `catatan` under it) on a white QImage of
    (lebar, tinggi) logical units × `skala` pixels."""
    image = QImage(round(lebar * skala), round(tinggi * skala),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    p.scale(skala, skala)
    p.setPen(TEKS)
    p.setFont(font(15, bold=True))
    p.drawText(QRectF(14, 8, lebar - 28, 22), _KIRI, data.judul)
    y = 32.0
    if subjudul:
        p.setFont(font(12))
        p.setPen(TEKS_LEMAH)
        p.drawText(QRectF(14, y, lebar - 28, 18), _KIRI, subjudul)
        y += 20
    bawah = tinggi - 10.0
    if catatan:
        p.setFont(font(12))
        p.setPen(TEKS_LEMAH)
        p.drawText(QRectF(14, bawah - 18, lebar - 28, 18), _KIRI, catatan)
        bawah -= 24
    lukis(p, QRectF(14, y + 6, lebar - 28, bawah - y - 6), data)
    p.end()
    return image
