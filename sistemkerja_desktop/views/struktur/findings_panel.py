"""Findings of the kedudukan check (`services.agency.periksa()`) under the pegawai table."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.findings import Finding, Tingkat, finding_label
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import hint

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

COLOURS = {Tingkat.GALAT: QColor("#c62828"), Tingkat.PERINGATAN: QColor("#c77700")}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
WRAP_LIMIT = 300


def _dot(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class FindingsModel(QAbstractTableModel):
    """Columns: Tingkat, Temuan (an Indonesian label; the code is its tooltip), Pesan, Dasar.
    Galat rows first, then peringatan."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._icons: dict[Tingkat, QIcon] = {}
        self._brushes = {t: QBrush(c) for t, c in COLOURS.items()}

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        order = {Tingkat.GALAT: 0, Tingkat.PERINGATAN: 1}
        self._findings = sorted(findings, key=lambda f: order.get(f.tingkat, 2))
        self.endResetModel()

    @property
    def findings(self) -> list[Finding]:
        return self._findings

    def finding_at(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def count(self, tingkat: Tingkat) -> int:
        return sum(1 for f in self._findings if f.tingkat is tingkat)

    def _label(self, tingkat: Tingkat) -> str:
        return self.tr("Galat") if tingkat is Tingkat.GALAT else self.tr("Peringatan")

    def _icon(self, tingkat: Tingkat) -> QIcon:
        if tingkat not in self._icons:
            self._icons[tingkat] = _dot(COLOURS.get(tingkat, QColor("#777")))
        return self._icons[tingkat]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        f = self._findings[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._label(f.tingkat), finding_label(f.kode), f.pesan, f.dasar)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return self.tr("Kode temuan: %1").replace("%1", f.kode)
            return (None, None, f.pesan, f.dasar)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return self._icon(f.tingkat)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            return self._brushes.get(f.tingkat)
        if role == FINDING_ROLE:
            return f
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMNS):
            return (self.tr("Tingkat"), self.tr("Temuan"), self.tr("Pesan"),
                    self.tr("Dasar"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FindingsPanel(QWidget):
    """Counts, "Periksa ulang", and the findings table. Clicking a finding emits the pegawai
    (or, for a finding about a unit, the unit) it concerns."""

    pegawai_activated = Signal(int)
    nip_activated = Signal(str)
    unit_activated = Signal(int)
    checked = Signal(int)  # number of findings after a check

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._checked_once = False
        self.model = FindingsModel(self)
        self.title = QLabel(self.tr("<b>Pemeriksaan kedudukan</b>"))
        self.counts = QLabel()
        self.recheck_button = QPushButton(self.tr("Periksa ulang"))
        self.recheck_button.setToolTip(self.tr(
            "Periksa kembali kedudukan setiap pegawai terhadap Perbup yang berlaku"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.setIconSize(QSize(12, 12))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 115)
        header.resizeSection(1, 210)
        header.resizeSection(3, 330)
        header.sectionResized.connect(lambda *_: self._fit_rows())

        self.empty_label = hint("")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.counts, 1)
        top.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.recheck_button.clicked.connect(self._on_recheck_button_clicked)
        # A click on the current row again re-selects its pegawai; arrow keys move through.
        self.table.clicked.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self._show_counts()

    # ---- public API
    @property
    def checked_once(self) -> bool:
        return self._checked_once

    def run_periksa(self) -> list[Finding]:
        """Run the check now and show its findings."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            findings = self._services.agency.periksa()
        except SistemKerjaError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc, self.tr("Pemeriksaan tidak dapat dijalankan"))
            return []
        QApplication.restoreOverrideCursor()
        self.set_findings(findings)
        return findings

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._checked_once = True
        self.model.set_findings(findings)
        self._show_counts()
        self._fit_rows()
        self.checked.emit(len(findings))

    def clear(self) -> None:
        """Forget the findings (e.g. the data changed and has not been re-checked yet)."""
        self._checked_once = False
        self.model.set_findings(())
        self._show_counts()

    def select_row(self, row: int) -> None:
        """Select finding `row` and act as if it had been clicked."""
        index = self.model.index(row, 0)
        self.table.selectionModel().blockSignals(True)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().blockSignals(False)
        self.table.viewport().update()
        self._on_table_activated(index)

    # ---- internals
    def _fit_rows(self) -> None:
        """Wrap long messages onto several lines; for very many findings keep one line each
        (measuring thousands of wrapped rows would stall the GUI; tooltips show the text)."""
        if 0 < self.model.rowCount() <= WRAP_LIMIT:
            self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()

    def _show_counts(self) -> None:
        galat = self.model.count(Tingkat.GALAT)
        peringatan = self.model.count(Tingkat.PERINGATAN)
        if not self._checked_once:
            self.counts.setText("")
            self.empty_label.setText(self.tr(
                "Belum diperiksa. Klik “Periksa ulang” untuk memeriksa kedudukan setiap "
                "pegawai terhadap Perbup yang berlaku."))
            self.stack.setCurrentIndex(0)
            return
        if not galat and not peringatan:
            self.counts.setText(self.tr("tidak ada temuan"))
            self.counts.setStyleSheet("color: #2e6b30;")
            self.empty_label.setText(self.tr(
                "✓ Tidak ada temuan: setiap pegawai memiliki kedudukan yang sesuai."))
            self.stack.setCurrentIndex(0)
            return
        red = COLOURS[Tingkat.GALAT].name()
        amber = COLOURS[Tingkat.PERINGATAN].name()
        self.counts.setStyleSheet("")
        self.counts.setText(
            self.tr("<span style='color:%1'>● %2 galat</span> &nbsp; "
                    "<span style='color:%3'>● %4 peringatan</span>")
            .replace("%1", red).replace("%2", str(galat))
            .replace("%3", amber).replace("%4", str(peringatan)))
        self.stack.setCurrentIndex(1)

    def _on_recheck_button_clicked(self) -> None:
        self.run_periksa()

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self.table.hasFocus() or QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a mouse click is handled by `clicked`; model resets are not a choice
        self._on_table_activated(current)

    def _on_table_activated(self, index: QModelIndex) -> None:
        finding = self.model.finding_at(index.row()) if index.isValid() else None
        if finding is None:
            return
        if finding.pegawai_id is not None:
            self.pegawai_activated.emit(finding.pegawai_id)
        elif finding.nip:
            self.nip_activated.emit(finding.nip)
        elif finding.unit_id is not None:
            self.unit_activated.emit(finding.unit_id)
