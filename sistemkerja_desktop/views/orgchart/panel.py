"""Side panel of the canvas: the findings of `periksa` (click → centre on the card) and the
legend of colours and markers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain import bagan_gaya as g
from sistemkerja_desktop.domain.bagan import LEGENDA
from sistemkerja_desktop.domain.findings import Finding, Tingkat, finding_label
from sistemkerja_desktop.views.struktur.findings_panel import COLOURS, FindingsModel


class _PanelModel(FindingsModel):
    """The findings table of the narrow side panel, in one column: the finding's Indonesian
    label over its message, with the tingkat's coloured dot (code, tingkat and dasar in the
    tooltip)."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.ForegroundRole:
            return None  # the dot says the tingkat; the text stays readable
        if index.isValid() and index.column() == 0 and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            f = self.findings[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{finding_label(f.kode)}\n{f.pesan}"
            return self.tr("%1 · kode %2\nDasar: %3").replace("%1", self._label(f.tingkat)) \
                .replace("%2", f.kode).replace("%3", f.dasar)
        return super().data(index, role)


class LegendWidget(QWidget):
    """Colour per kind of jabatan, and the markers used on cards."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = [(g.WARNA[k], label) for k, label in LEGENDA]
        self._extra = [self.tr("Jabatan kosong"), self.tr("Plt. / Plh.: pelaksana tugas"),
                       self.tr("Jumlah temuan: galat / peringatan")]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Keterangan warna bagan"))

    def sizeHint(self) -> QSize:
        return QSize(240, self.ROW * (len(self._items) + len(self._extra)) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        y = 4
        text_pen = QPen(self.palette().windowText().color())
        for colour, label in self._items:
            p.fillRect(QRectF(2, y + 4, 8, 12), QColor(colour))
            p.setPen(QPen(QColor(g.WARNA_BINGKAI)))
            p.drawRect(QRectF(10, y + 4, 22, 12))
            p.setPen(text_pen)
            p.drawText(40, y + 4 + fm.ascent() - 1, label)
            y += self.ROW
        p.setPen(QPen(QColor(g.WARNA_TEKS_LEMAH), 1, Qt.PenStyle.DashLine))
        p.drawRect(QRectF(2, y + 4, 30, 12))
        p.setPen(text_pen)
        p.drawText(40, y + 4 + fm.ascent() - 1, self._extra[0])
        y += self.ROW
        p.setPen(QPen(QColor(g.WARNA_PERINGATAN)))
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(4, y + 4 + fm.ascent() - 1, "Plt.")
        p.setFont(self.font())
        p.setPen(text_pen)
        p.drawText(40, y + 4 + fm.ascent() - 1, self._extra[1])
        y += self.ROW
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(g.WARNA_GALAT))
        p.drawEllipse(QPointF(9, y + 10), 7, 7)
        p.setBrush(QColor(g.WARNA_PERINGATAN))
        p.drawEllipse(QPointF(26, y + 10), 7, 7)
        p.setPen(text_pen)
        p.drawText(40, y + 4 + fm.ascent() - 1, self._extra[2])
        p.end()


class TemuanPanel(QWidget):
    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = _PanelModel(self)
        self.title = QLabel(self.tr("<b>Temuan pemeriksaan</b>"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().hide()
        for column in (1, 2, 3):  # label, message and dasar are all in column 0
            self.table.setColumnHidden(column, True)
        self.table.setIconSize(QSize(12, 12))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.legend = LegendWidget()
        legend_title = QLabel(self.tr("<b>Keterangan</b>"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend_title)
        layout.addWidget(self.legend)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.clicked.connect(self._on_table_clicked)
        self.table.activated.connect(self._on_table_clicked)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.model.set_findings(findings)
        galat = self.model.count(Tingkat.GALAT)
        peringatan = self.model.count(Tingkat.PERINGATAN)
        if not findings:
            self.counts.setText(self.tr("✓ Tidak ada temuan pada tanggal ini."))
        else:
            self.counts.setText(
                self.tr("<span style='color:%1'>● %2 galat</span> &nbsp; "
                        "<span style='color:%3'>● %4 peringatan</span> — klik untuk melihat "
                        "di bagan").replace("%1", COLOURS[Tingkat.GALAT].name())
                .replace("%2", str(galat)).replace("%3", COLOURS[Tingkat.PERINGATAN].name())
                .replace("%4", str(peringatan)))
        self._fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        if 0 < self.model.rowCount() <= 300:  # measuring thousands of rows would stall
            self.table.resizeRowsToContents()

    def select(self, row: int) -> None:
        index = self.model.index(row, 2)
        self.table.setCurrentIndex(index)
        self._on_table_clicked(index)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        finding = self.model.finding_at(index.row()) if index.isValid() else None
        if finding is not None:
            self.finding_activated.emit(finding)
