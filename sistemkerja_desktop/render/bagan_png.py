"""PNG of the whole chart (title, chart, legend), painted straight from the layout with QPainter
on a QImage. QtGui only — no scene, no widgets — so `sistemkerja bagan ekspor -o x.png` needs
just a QGuiApplication; the canvas's *Ekspor → PNG seluruh bagan* uses the same function.
Findings are not drawn (a picture to share, not a worksheet)."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import LEGENDA, Bagan, JenisNode, Kartu, Node
from sistemkerja_desktop.domain.bagan_layout import JudulSeksi, Kotak, TataLetak
from sistemkerja_desktop.domain.errors import StorageError
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.exporters.files import check_output_path, write_bytes_atomic
from sistemkerja_desktop.render.gaya import Gaya

KEPALA_PX, KAKI_PX = 64, 40
JUDUL = "BAGAN KEDUDUKAN PEJABAT FUNGSIONAL DAN PELAKSANA"
_ELIDE = Qt.TextElideMode.ElideRight


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _r(k: Kotak) -> QRectF:
    return QRectF(k.x, k.y, k.w, k.h)


class _Pelukis:
    """Paints chart elements in layout units (the painter carries the scale)."""

    def __init__(self, p: QPainter, gaya: Gaya) -> None:
        self.p, self.gy = p, gaya

    def teks(self, x: float, y: float, teks: str, font: QFont, fm: object, pen: QPen,
             lebar: float) -> None:
        p = self.p
        p.setFont(font)
        p.setPen(pen)
        p.drawText(QPointF(x, y), fm.elidedText(teks, _ELIDE, lebar))  # type: ignore[attr-defined]

    def kartu(self, k: Kotak, kartu: Kartu) -> None:
        p, gy = self.p, self.gy
        rect = _r(k)
        p.setPen(gy.pen_bingkai_kosong if kartu.kosong else gy.pen_bingkai)
        p.setBrush(gy.brush_putih)
        p.drawRoundedRect(rect, 3, 3)
        p.fillRect(QRectF(k.x, k.y, g.STRIP, k.h), gy.brush_kelas[kartu.kelas])
        inner = k.w - g.INDEN - 6
        x = k.x + g.INDEN
        b1, b2, b3 = (k.y + b for b in g.GARIS_DASAR)
        if kartu.kosong:
            self.teks(x, b1, kartu.nama, gy.font_miring, gy.fm_nama, gy.pen_lemah, inner)
            self.teks(x, b2, g.TEKS_TANPA_PEMANGKU, gy.font_baris, gy.fm_baris, gy.pen_lemah,
                      inner)
        else:
            badge = 0.0
            if kartu.pengisian:
                badge = gy.fm_badge.horizontalAdvance(kartu.pengisian) + 8
                self.teks(k.kanan - badge + 2, b1, kartu.pengisian, gy.font_badge, gy.fm_badge,
                          gy.pen_plt, badge)
            narrow = gy.fm_nama.horizontalAdvance(kartu.nama) > inner - badge
            self.teks(x, b1, kartu.nama, gy.font_nama_sempit if narrow else gy.font_nama,
                      gy.fm_nama_sempit if narrow else gy.fm_nama, gy.pen_teks, inner - badge)
            self.teks(x, b2, f"NIP {kartu.nip}", gy.font_baris, gy.fm_baris, gy.pen_lemah, inner)
        self.teks(x, b3, kartu.jabatan, gy.font_baris, gy.fm_baris, gy.pen_teks, inner)

    def node(self, k: Kotak, node: Node) -> None:
        p, gy = self.p, self.gy
        p.setPen(gy.pen_unit)
        p.setBrush(gy.brush_unit)
        p.drawRoundedRect(_r(k), 4, 4)
        lines = g.bungkus(node.judul, k.w - 16, gy.fm_judul.horizontalAdvance)
        bases = g.JUDUL_BARIS if len(lines) > 1 else (g.JUDUL_SATU,)
        for line, base in zip(lines, bases, strict=False):
            self.teks(k.x + 8, k.y + base, line, gy.font_judul, gy.fm_judul, gy.pen_teks,
                      k.w - 16)

    def kelompok(self, k: Kotak, node: Node) -> None:
        p, gy = self.p, self.gy
        tanpa = node.tanpa_ppk
        p.setPen(gy.pen_tanpa_ppk if tanpa else gy.pen_bingkai)
        p.setBrush(gy.brush_tanpa_ppk if tanpa else gy.brush_kelompok)
        p.drawRoundedRect(_r(k), 4, 4)
        n = sum(len(s.kartu) for s in node.seksi)
        self.teks(k.x + 8, k.y + 15, f"{node.judul} · {n} orang", gy.font_judul, gy.fm_judul,
                  gy.pen_tanpa_ppk if tanpa else gy.pen_lemah, k.w - 16)

    def judul(self, j: JudulSeksi) -> None:
        k = j.kotak
        label = f"{j.teks} ({j.jumlah}{', lanjutan' if j.lanjutan else ''})"
        self.teks(k.x + 2, k.y + 11, label, self.gy.font_baris, self.gy.fm_baris,
                  self.gy.pen_lemah, k.w - 4)


def paint_bagan(p: QPainter, bagan: Bagan, letak: TataLetak, gaya: Gaya | None = None) -> None:
    """Paint the laid-out chart in layout units (connectors, boxes, headers, cards)."""
    gy = gaya or Gaya()
    path = QPainterPath()
    for line in letak.garis:
        path.moveTo(*line[0])
        for x, y in line[1:]:
            path.lineTo(x, y)
    pen = QPen(gy.pen_garis)
    pen.setCosmetic(False)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    pelukis = _Pelukis(p, gy)
    kartu = {k.key: k for nid in letak.node for k in bagan.nodes[nid].semua_kartu}
    for nid, k in letak.node.items():
        node = bagan.nodes[nid]
        (pelukis.kelompok if node.jenis is JenisNode.KELOMPOK else pelukis.node)(k, node)
    for j in letak.judul_seksi:
        pelukis.judul(j)
    for key, k in letak.kartu.items():
        pelukis.kartu(k, kartu[key])


def paint_legenda(p: QPainter, x: float, y: float) -> None:
    p.setFont(_font(13))
    fm = p.fontMetrics()
    for kelas, label in LEGENDA:
        p.fillRect(QRectF(x, y, 14, 14), QColor(g.WARNA[kelas]))
        p.setPen(QPen(QColor(g.WARNA_TEKS)))
        p.drawText(QRectF(x + 19, y - 2, fm.horizontalAdvance(label) + 4, 18),
                   Qt.AlignmentFlag.AlignVCenter, label)
        x += 19 + fm.horizontalAdvance(label) + 18
    p.setPen(QPen(QColor(g.WARNA_TEKS_LEMAH), 1, Qt.PenStyle.DashLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(QRectF(x, y, 22, 14))
    p.setPen(QPen(QColor(g.WARNA_TEKS)))
    p.drawText(QRectF(x + 27, y - 2, 200, 18), Qt.AlignmentFlag.AlignVCenter, "Jabatan kosong")


def render_bagan_png(bagan: Bagan, letak: TataLetak, path: Path, *, keterangan: str = "",
                     skala_maks: float = 1.5, piksel_maks: float = 40e6,
                     protected: tuple[Path, ...] = ()) -> float:
    """Write the PNG; returns the scale used (below 1 for very large charts). Needs a
    QGuiApplication (fonts). A path that is a data file (or one of `protected`, the open
    database) is refused before anything is painted; the file is written through a temporary
    file, so a full disk leaves the previous PNG as it was."""
    path = Path(path)
    check_output_path(path, protected=protected)
    w0, h0 = max(letak.lebar, 1.0), max(letak.tinggi, 1.0)
    s = min(skala_maks, math.sqrt(piksel_maks / (w0 * h0)), 16000 / max(w0, h0))
    width = max(900, math.ceil(w0 * s))
    height = math.ceil(h0 * s) + KEPALA_PX + KAKI_PX
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    p.setPen(QPen(QColor(g.WARNA_TEKS)))
    p.setFont(_font(20, bold=True))
    p.drawText(QRectF(16, 8, width - 32, 26), Qt.AlignmentFlag.AlignVCenter, JUDUL)
    p.setFont(_font(14))
    sub = f"{bagan.pd.nama} {bagan.pd.pemda} — keadaan per {tanggal_indonesia(bagan.tanggal)}"
    p.drawText(QRectF(16, 36, width - 32, 20), Qt.AlignmentFlag.AlignVCenter,
               f"{sub} — {keterangan}" if keterangan else sub)
    p.save()
    p.translate(0, KEPALA_PX)
    p.scale(s, s)
    p.setClipRect(QRectF(0, 0, w0, h0))
    paint_bagan(p, bagan, letak)
    p.restore()
    paint_legenda(p, 16, height - KAKI_PX + 12)
    p.end()
    write_png(image, path, protected=protected)
    return s


def write_png(image: QImage | QPixmap, path: Path, *, protected: tuple[Path, ...] = ()) -> Path:
    """Encode `image` as PNG in memory, then write it through a temporary file beside `path`
    (`exporters.files`): a full disk or a read-only folder is a StorageError naming the file and
    leaves the previous PNG as it was; a data file (or one of `protected`) is never replaced."""
    path = Path(path)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # in memory: only an image too large fails here
        raise StorageError(f"Gambar {path.name} terlalu besar untuk dibuat; gunakan PDF. "
                           "Tidak ada yang ditulis.")
    buffer.close()
    return write_bytes_atomic(path, bytes(data.data()), ".png", protected=protected)
