"""Import wizard step 2: the first rows of the sheet, the header row highlighted, and one combo
per file column mapping it to a `Kolom` ("(abaikan)" to skip it). Every change re-validates."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from sistemkerja_desktop.domain.impor import (
    REQUIRED,
    HeaderGuess,
    Kolom,
    col_letter,
    kolom_for_header,
)

if TYPE_CHECKING:
    from sistemkerja_desktop.views.struktur.import_wizard import ImportWizard

log = logging.getLogger(__name__)

PREVIEW_ROWS = 50
MAX_COLUMNS = 60
_HEADER_BG = QColor("#dbe9fb")
_ABOVE_FG = QColor("#9a9a9a")
_INVALID_BG = QColor("#fde2e1")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def header_from_row(table: list[list[object]], row_index: int) -> HeaderGuess:
    """A header read from one row chosen by the user: each cell mapped by its text."""
    headers = [_cell_text(c).strip() for c in (table[row_index] if row_index < len(table) else [])]
    mapping: dict[Kolom, int] = {}
    for col, text in enumerate(headers):
        kolom = kolom_for_header(text)
        if kolom is not None and kolom not in mapping:
            mapping[kolom] = col
    used = set(mapping.values())
    return HeaderGuess(row_index, mapping, headers,
                       [c for c, t in enumerate(headers) if t and c not in used])


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self._building = False
        self.setTitle(self.tr("Pratinjau dan pemetaan kolom"))
        self.setSubTitle(self.tr(
            "Periksa baris judul kolom (disorot biru) dan pilih arti setiap kolom pada baris "
            "“Arti kolom”. Kolom wajib: NIP, NAMA, JABATAN, UNIT KERJA."))
        self.sheet_label = QLabel()
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_spin.setToolTip(self.tr("Nomor baris Excel yang berisi judul kolom"))
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight
                                                        | Qt.AlignmentFlag.AlignVCenter)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.combos: list[QComboBox] = []

        top = QHBoxLayout()
        top.addWidget(self.sheet_label, 1)
        top.addWidget(QLabel(self.tr("Baris judul kolom:")))
        top.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.header_spin.valueChanged.connect(self._on_header_spin_value_changed)

    # ---- QWizardPage
    def initializePage(self) -> None:
        preview = self._wiz.preview
        if preview is None:
            return
        self._building = True
        self.sheet_label.setText(self.tr("Lembar <b>%1</b> · %2 baris").replace(
            "%1", preview.sheet).replace("%2", str(len(preview.table))))
        self.header_spin.setMaximum(max(1, min(len(preview.table), 30)))
        self.header_spin.setValue(self._wiz.header.row_index + 1 if self._wiz.header else 1)
        self._building = False
        self._fill_table()
        self._show_status()

    def isComplete(self) -> bool:
        return self._wiz.plan is not None

    # ---- public for tests and the wizard
    def set_mapping(self, column: int, kolom: Kolom | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(kolom.value if kolom else None), 0))

    def mapping_of(self, column: int) -> Kolom | None:
        data = self.combos[column].currentData()
        return Kolom(data) if data else None

    # ---- building
    def _fill_table(self) -> None:
        preview, header = self._wiz.preview, self._wiz.header
        if preview is None or header is None:
            return
        self._building = True
        rows = preview.table[:max(PREVIEW_ROWS, header.row_index + 11)]
        width = min(max([len(r) for r in rows] + [len(header.headers), 1]), MAX_COLUMNS)
        self.table.clear()
        self.table.setRowCount(len(rows) + 1)
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels([col_letter(c) for c in range(width)])
        self.table.setVerticalHeaderLabels(
            [self.tr("Arti kolom")] + [str(i + 1) for i in range(len(rows))])
        bold = QFont(self.table.font())
        bold.setBold(True)
        by_col = {col: kolom for kolom, col in header.mapping.items()}
        self.combos = []
        for col in range(width):
            combo = QComboBox()
            combo.addItem(self.tr("(abaikan)"), None)
            for kolom in Kolom:
                mark = " *" if kolom in REQUIRED else ""
                combo.addItem(kolom.value + mark, kolom.value)
            kolom = by_col.get(col)
            combo.setCurrentIndex(max(combo.findData(kolom.value if kolom else None), 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=col: self._on_combo_changed(c))
            self.table.setCellWidget(0, col, combo)
            self.combos.append(combo)
        for r, values in enumerate(rows):
            for c in range(width):
                item = QTableWidgetItem(_cell_text(values[c]) if c < len(values) else "")
                if r == header.row_index:
                    item.setBackground(QBrush(_HEADER_BG))
                    item.setFont(bold)
                elif r < header.row_index:
                    item.setForeground(QBrush(_ABOVE_FG))
                self.table.setItem(r + 1, c, item)
        self.table.setRowHeight(0, self.combos[0].sizeHint().height() + 6 if self.combos else 30)
        fm = self.table.fontMetrics()
        for col in range(width):  # sized by the header and data (not the title rows), capped
            texts = [_cell_text(r[col]) for r in rows[header.row_index:] if col < len(r)]
            widest = max((fm.horizontalAdvance(t) for t in texts), default=0) + 24
            self.table.setColumnWidth(col, max(150, min(widest, 280)))
        self._building = False

    def _current_header(self) -> HeaderGuess | None:
        header = self._wiz.header
        if header is None:
            return None
        mapping: dict[Kolom, int] = {}
        for col, combo in enumerate(self.combos):
            data = combo.currentData()
            if data:
                mapping[Kolom(data)] = col
        used = set(mapping.values())
        return HeaderGuess(header.row_index, mapping, header.headers,
                           [c for c, t in enumerate(header.headers) if t and c not in used])

    def _show_status(self) -> None:
        wiz = self._wiz
        header = wiz.header
        missing = [k.value for k in REQUIRED if header is None or k not in header.mapping]
        if wiz.plan is None:
            text = wiz.plan_error or self.tr("Kolom wajib belum dipetakan: %1").replace(
                "%1", ", ".join(missing))
            self.status_label.setText(f"<span style='color:#b3261e'>✗ {text}</span>")
        else:
            plan = wiz.plan
            bad = len(plan.invalid_rows)
            mapped = len(plan.header.mapping)
            msg = self.tr("✓ %1 kolom dipetakan. %2 baris data: %3 valid, %4 bermasalah.")
            msg = (msg.replace("%1", str(mapped)).replace("%2", str(plan.total_rows))
                   .replace("%3", str(plan.total_rows - bad)).replace("%4", str(bad)))
            colour = "#2e6b30" if not bad else "#7a4b00"
            self.status_label.setText(f"<span style='color:{colour}'>{msg}</span>")
        self._mark_invalid_rows()
        self.completeChanged.emit()

    def _mark_invalid_rows(self) -> None:
        """Rows with errors get a red tint and the reasons as tooltip."""
        plan, header = self._wiz.plan, self._wiz.header
        reasons: dict[int, list[str]] = {}
        for error in plan.errors if plan is not None else ():
            reasons.setdefault(error.baris, []).append(f"{error.kolom}: {error.pesan}")
        start = header.row_index + 1 if header is not None else 0
        for r in range(start, self.table.rowCount() - 1):
            why = reasons.get(r + 1)  # table row r is Excel row r + 1
            for c in range(self.table.columnCount()):
                item = self.table.item(r + 1, c)
                if item is None:
                    continue
                item.setBackground(QBrush(_INVALID_BG) if why else QBrush())
                item.setToolTip("\n".join(why) if why else item.text())

    # ---- slots
    def _on_combo_changed(self, column: int) -> None:
        if self._building:
            return
        data = self.combos[column].currentData()
        if data:  # one file column per Kolom: the column chosen last wins
            self._building = True
            for col, combo in enumerate(self.combos):
                if col != column and combo.currentData() == data:
                    combo.setCurrentIndex(0)
            self._building = False
        header = self._current_header()
        if header is not None:
            self._wiz.replan(header)
        self._show_status()

    def _on_header_spin_value_changed(self, value: int) -> None:
        preview = self._wiz.preview
        if self._building or preview is None:
            return
        row_index = value - 1
        if preview.header.row_index == row_index:
            header = preview.header  # the detected one (it may combine a two-row header)
        else:
            header = header_from_row(preview.table, row_index)
        self._wiz.replan(header)
        self._fill_table()
        self._show_status()
