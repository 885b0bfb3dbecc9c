"""Numbering per document type: the pattern with its placeholders, the next number proposed,
and the register of numbers taken (duplicates are refused by the service)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penomoran import PLACEHOLDERS, JenisNaskah, PolaNomor
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.naskah_settings import RegisterRow
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, hint
from sistemkerja_desktop.views.teams.labels import OK_COLOUR, naskah_label, tanggal_pendek
from sistemkerja_desktop.views.teams.team_form import with_hint

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class Kolom(IntEnum):
    NOMOR = 0
    TANGGAL = 1
    JENIS = 2
    PERIHAL = 3
    DIPAKAI = 4


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []

    def set_rows(self, rows: Sequence[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.tahun, r.tanggal, r.urut), reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            used = self.tr("SK/Surat Tugas tim") if r.dipakai_dokumen else self.tr("dicatat")
            return (r.nomor, tanggal_pendek(r.tanggal), naskah_label(r.jenis),
                    r.perihal or "—", used)[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Kolom)):
            return (self.tr("Nomor"), self.tr("Tanggal"), self.tr("Jenis naskah"),
                    self.tr("Perihal"), self.tr("Dipakai"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class NumberingEditor(QWidget):
    """Edits the patterns of every document type; `patterns()` is saved by the dialog."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today: dt.date = services.ctx.today()
        self._patterns: dict[JenisNaskah, PolaNomor] = {
            j: services.naskah.pola_nomor(j) for j in JenisNaskah}
        self._current = JenisNaskah.SURAT_TUGAS
        self.jenis_combo = QComboBox()
        for j in JenisNaskah:
            self.jenis_combo.addItem(naskah_label(j), j.value)
        self.pola_edit = QLineEdit()
        self.klasifikasi_edit = QLineEdit()
        self.klasifikasi_edit.setPlaceholderText(self.tr("mis. 800.1.11.1 (Surat Tugas)"))
        self.kode_unit_edit = QLineEdit()
        self.kode_unit_edit.setPlaceholderText(self.tr("mis. Dinkes"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.year_combo = QComboBox()
        self.model = RegisterModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(Kolom.PERIHAL, QHeaderView.ResizeMode.Stretch)
        for col, width in ((Kolom.NOMOR, 170), (Kolom.TANGGAL, 90), (Kolom.JENIS, 170),
                           (Kolom.DIPAKAI, 130)):
            header.resizeSection(col, width)
        self.register_title = QLabel()

        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Jenis naskah"), self.jenis_combo)
        form.addRow(self.tr("Pola nomor"), with_hint(self.pola_edit, hint(
            self.tr("Isian: %1. Nomor urut dimulai lagi setiap tahun.")
            .replace("%1", ", ".join("{" + p + "}" for p in PLACEHOLDERS)))))
        form.addRow(self.tr("Kode klasifikasi"), self.klasifikasi_edit)
        form.addRow(self.tr("Kode unit pengolah"), self.kode_unit_edit)
        form.addRow(self.tr("Nomor berikut"), self.preview)
        reg_head = QHBoxLayout()
        reg_head.addWidget(self.register_title, 1)
        reg_head.addWidget(QLabel(self.tr("Tahun")))
        reg_head.addWidget(self.year_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(reg_head)
        layout.addWidget(self.table, 1)

        self.jenis_combo.currentIndexChanged.connect(self._on_jenis_combo_changed)
        for edit in (self.pola_edit, self.klasifikasi_edit, self.kode_unit_edit):
            edit.textChanged.connect(self._on_edited)
        self.year_combo.currentIndexChanged.connect(self._reload_register)
        self._load(self._current)
        self.reload_register()

    # ---- public API
    def patterns(self) -> list[PolaNomor]:
        self._store()
        return list(self._patterns.values())

    def changed_patterns(self) -> list[PolaNomor]:
        return [p for p in self.patterns() if p != self._services.naskah.pola_nomor(p.jenis)]

    def reload_register(self) -> None:
        rows = self._services.naskah.register()
        years = sorted({r.tahun for r in rows} | {self._today.year}, reverse=True)
        current = self.year_combo.currentData() or self._today.year
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(current)))
        self.year_combo.blockSignals(False)
        self._reload_register()

    # ---- internals
    def _reload_register(self, *_: object) -> None:
        year = self.year_combo.currentData()
        rows = [r for r in self._services.naskah.register(tahun=year)]
        self.model.set_rows(rows)
        self.register_title.setText(self.tr("<b>Register nomor</b> — %1 nomor").replace(
            "%1", str(len(rows))))

    def _store(self) -> None:
        self._patterns[self._current] = dataclasses.replace(
            self._patterns[self._current], pola=self.pola_edit.text().strip(),
            klasifikasi=self.klasifikasi_edit.text().strip(),
            kode_unit=self.kode_unit_edit.text().strip())

    def _load(self, jenis: JenisNaskah) -> None:
        self._current = jenis
        p = self._patterns[jenis]
        for edit, value in ((self.pola_edit, p.pola), (self.klasifikasi_edit, p.klasifikasi),
                            (self.kode_unit_edit, p.kode_unit)):
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)
        self._update_preview()

    def _on_jenis_combo_changed(self, _index: int) -> None:
        self._store()
        self._load(JenisNaskah(self.jenis_combo.currentData()))

    def _on_edited(self, *_: object) -> None:
        self._store()
        self._update_preview()

    def _update_preview(self) -> None:
        p = self._patterns[self._current]
        try:
            used = [r.urut for r in self._services.naskah.register(p.jenis, self._today.year)]
            text = p.render(max(used, default=0) + 1, self._today)
        except SistemKerjaError as exc:
            self.preview.setStyleSheet(ERROR_STYLE)
            self.preview.setText(exc.message)
            return
        self.preview.setStyleSheet(f"color: {OK_COLOUR.name()}; font-weight: bold;")
        self.preview.setText(text)
