"""Numbering per document type: the pattern with its placeholders, the next number proposed,
and the register of numbers taken (duplicates are refused by the service) with each number's
status — *belum selesai* (an interrupted issuance: resume or void it here), *terbit*, *batal*."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penomoran import PLACEHOLDERS, JenisNaskah, PolaNomor
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.document_service import HasilCetak
from sistemkerja_desktop.services.naskah_settings import RegisterRow, StatusNomor
from sistemkerja_desktop.views.common.tasks import TaskSignals
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, hint
from sistemkerja_desktop.views.teams import nomor_actions
from sistemkerja_desktop.views.teams.labels import OK_COLOUR, naskah_label, tanggal_pendek
from sistemkerja_desktop.views.teams.nomor_actions import STATUS_COLOURS, status_label
from sistemkerja_desktop.views.teams.team_form import with_hint

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class Kolom(IntEnum):
    NOMOR = 0
    TANGGAL = 1
    JENIS = 2
    PERIHAL = 3
    STATUS = 4
    DIPAKAI = 5


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterRow] = []

    def set_rows(self, rows: Sequence[RegisterRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: (r.tahun, r.tanggal, r.urut), reverse=True)
        self.endResetModel()

    def row_at(self, row: int) -> RegisterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def _status(self, r: RegisterRow) -> str:
        text = status_label(r.status)
        return f"{text}: {r.alasan_batal}" if r.alasan_batal else text

    def _used(self, r: RegisterRow) -> str:
        if r.status is StatusNomor.BATAL:
            return "—"
        if r.status is StatusNomor.BELUM_SELESAI:
            return self.tr("SK/Surat Tugas tim (dipesan)")
        return self.tr("SK/Surat Tugas tim") if r.dipakai_dokumen else self.tr("dicatat")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == Kolom.STATUS:
            return {StatusNomor.BELUM_SELESAI: self.tr(
                        "Nomor sudah dipesan, tetapi penerbitannya terputus. Lanjutkan "
                        "penerbitan (nomor dan tanggal yang sama) atau batalkan nomornya."),
                    StatusNomor.TERBIT: self.tr("Nomor terpakai."),
                    StatusNomor.BATAL: self.tr("Dibatalkan: %1. Nomor ini tidak dipakai lagi.")
                    .replace("%1", r.alasan_batal)}[r.status]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r.nomor, tanggal_pendek(r.tanggal), naskah_label(r.jenis),
                    r.perihal or "—", self._status(r), self._used(r))[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in (Kolom.STATUS, Kolom.NOMOR) \
                and (col == Kolom.STATUS or r.status is not StatusNomor.TERBIT):
            return QBrush(STATUS_COLOURS[r.status])
        if role == Qt.ItemDataRole.FontRole and col == Kolom.NOMOR \
                and r.status is StatusNomor.BATAL:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(Kolom)):
            return (self.tr("Nomor"), self.tr("Tanggal"), self.tr("Jenis naskah"),
                    self.tr("Perihal"), self.tr("Status"), self.tr("Dipakai"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class NumberingEditor(QWidget):
    """Edits the patterns of every document type; `patterns()` is saved by the dialog. The
    register's actions (resume an issuance, void a number) take effect at once."""

    register_changed = Signal(object)  # Changes: an issuance finished or a number voided

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._task: TaskSignals | None = None
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
        for col, width in ((Kolom.NOMOR, 170), (Kolom.TANGGAL, 90), (Kolom.JENIS, 150),
                           (Kolom.STATUS, 130), (Kolom.DIPAKAI, 130)):
            header.resizeSection(col, width)
        self.register_title = QLabel()
        self.resume_button = QPushButton(self.tr("Lanjutkan penerbitan…"))
        self.void_button = QPushButton(self.tr("Batalkan nomor…"))
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)

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
        actions = QHBoxLayout()
        actions.addWidget(self.pending_label, 1)
        actions.addWidget(self.resume_button)
        actions.addWidget(self.void_button)
        layout.addLayout(actions)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _cur, _prev: self._update_actions())
        self.table.doubleClicked.connect(lambda _i: self._on_resume_button_clicked())
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.void_button.clicked.connect(self._on_void_button_clicked)

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
        pending = sum(r.status is StatusNomor.BELUM_SELESAI for r in rows)
        self.pending_label.setText(self.tr(
            "%1 nomor belum selesai diterbitkan: pilih barisnya, lalu lanjutkan atau batalkan.")
            .replace("%1", str(pending)) if pending else "")
        self.pending_label.setStyleSheet(f"color: {nomor_actions.TERTUNDA_COLOUR};")
        self._update_actions()

    def current_row(self) -> RegisterRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_actions(self) -> None:
        row = self.current_row()
        self.resume_button.setEnabled(self._task is None and nomor_actions.can_resume(row))
        self.void_button.setEnabled(self._task is None and nomor_actions.can_void(row))

    def _on_resume_button_clicked(self) -> None:
        row = self.current_row()
        if self._task is None and nomor_actions.can_resume(row) and row is not None:
            self._task = nomor_actions.lanjutkan(self, self._services, row, self._on_resumed)
            self._update_actions()

    def _on_resumed(self, result: HasilCetak | None) -> None:
        self._task = None
        self.reload_register()
        if result is not None:
            self.register_changed.emit(result.changes)

    def _on_void_button_clicked(self) -> None:
        row = self.current_row()
        if row is None or not nomor_actions.can_void(row):
            return
        changes = nomor_actions.batalkan(self, self._services, row)
        if changes is not None:
            self.reload_register()
            self.register_changed.emit(changes)

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
