"""*Riwayat perubahan* (Berkas menu): the audit log, newest first, filtered by person (name or
NIP), table and local date range; the selected row's fields before and after side by side,
changed fields highlighted. Reads only."""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelection, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.riwayat_dto import RiwayatRow, tabel_label
from sistemkerja_desktop.services.riwayat_service import RiwayatFilter, RiwayatService
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.riwayat_model import RiwayatModel

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)

CHANGED = QColor("#fff3c4")  # a changed field's row in the comparison
DEBOUNCE_MS = 300  # typing in the person field: search once the typing pauses


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class RiwayatDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 orang: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("riwayat_dialog")
        self.service = RiwayatService(services.ctx)
        self.setWindowTitle(self.tr("Riwayat perubahan — %1").replace(
            "%1", services.db_path.name))
        self.resize(1180, 720)

        self.orang_edit = QLineEdit(orang)
        self.orang_edit.setPlaceholderText(self.tr("Nama atau NIP pegawai"))
        self.orang_edit.setClearButtonEnabled(True)
        self.orang_edit.setMinimumWidth(240)
        self.tabel_combo = QComboBox()
        self.tabel_combo.addItem(self.tr("Semua data"), "")
        for code, label in self.service.tabel_pilihan():
            self.tabel_combo.addItem(label, code)
        today = _qdate(dt.date.today())
        self.sejak_check = QCheckBox(self.tr("Sejak"))
        self.sejak_edit = self._date_edit(today.addDays(-30))
        self.sampai_check = QCheckBox(self.tr("Sampai"))
        self.sampai_edit = self._date_edit(today)
        self.count_label = QLabel()
        self.count_label.setObjectName("riwayat_jumlah")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Pegawai")))
        filters.addWidget(self.orang_edit, 2)
        filters.addWidget(QLabel(self.tr("Data")))
        filters.addWidget(self.tabel_combo)
        for check, edit in ((self.sejak_check, self.sejak_edit),
                            (self.sampai_check, self.sampai_edit)):
            filters.addSpacing(8)
            filters.addWidget(check)
            filters.addWidget(edit)
        filters.addSpacing(8)
        filters.addWidget(self.count_label, 1)

        self.model = RiwayatModel(self)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.table = QTableView()
        self.table.setObjectName("riwayat_tabel")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in ((RiwayatModel.WAKTU, 150), (RiwayatModel.PELAKU, 150),
                              (RiwayatModel.TABEL, 110), (RiwayatModel.DATA, 300),
                              (RiwayatModel.AKSI, 60)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.detail_label = QLabel()
        self.detail_label.setObjectName("riwayat_rincian")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banding = QTableWidget(0, 3)
        self.banding.setObjectName("riwayat_banding")
        self.banding.setHorizontalHeaderLabels(
            [self.tr("Kolom"), self.tr("Sebelum"), self.tr("Sesudah")])
        self.banding.verticalHeader().hide()
        self.banding.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.banding.setWordWrap(True)
        banding_header = self.banding.horizontalHeader()
        banding_header.resizeSection(0, 180)
        banding_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        banding_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.banding, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        relabel_buttons(buttons)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.orang_edit.textChanged.connect(self._debounce.start)
        self.tabel_combo.currentIndexChanged.connect(self.reload)
        for widget in (self.sejak_check, self.sampai_check):
            widget.toggled.connect(self.reload)
        for edit in (self.sejak_edit, self.sampai_edit):
            edit.dateChanged.connect(self.reload)
        self.reload()

    @classmethod
    def tampilkan(cls, services: Services, parent: QWidget | None = None,
                  orang: str = "") -> None:
        """Show the history (of one person when `orang` is a name or NIP)."""
        dialog = cls(services, parent, orang)
        dialog.exec()
        dialog.deleteLater()

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    # ---- filtering ------------------------------------------------------------------------

    def current_filter(self) -> RiwayatFilter:
        return RiwayatFilter(
            orang=self.orang_edit.text().strip(), tabel=self.tabel_combo.currentData() or "",
            sejak=_date(self.sejak_edit.date()) if self.sejak_check.isChecked() else None,
            sampai=_date(self.sampai_edit.date()) if self.sampai_check.isChecked() else None)

    def reload(self) -> None:
        self._debounce.stop()
        self.sejak_edit.setEnabled(self.sejak_check.isChecked())
        self.sampai_edit.setEnabled(self.sampai_check.isChecked())
        try:
            hasil = self.service.cari(self.current_filter())
        except SistemKerjaError as exc:
            self.model.set_hasil(None)
            self._show_count_error(exc.message)
            return
        self.model.set_hasil(hasil)
        self.count_label.setStyleSheet("")
        self.count_label.setText(self.tr("%1 catatan").replace("%1", f"{hasil.jumlah:,}"
                                                               .replace(",", ".")))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show_detail(None)

    def _show_count_error(self, message: str) -> None:
        self.count_label.setStyleSheet("color: #b71c1c")
        self.count_label.setText(message)
        self._show_detail(None)

    def _on_model_load_failed(self, exc: SistemKerjaError) -> None:
        self._show_count_error(exc.message)

    # ---- the selected row ----------------------------------------------------------------

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_detail(self.model.row_at(rows[0].row()) if rows else None)

    def _show_detail(self, r: RiwayatRow | None) -> None:
        self.banding.setRowCount(0)
        if r is None:
            self.detail_label.setText(self.tr("Pilih satu baris untuk melihat isinya sebelum "
                                              "dan sesudah."))
            return
        what = html.escape(r.rujukan or r.record_uuid)
        note = f" — {html.escape(r.keterangan)}" if r.keterangan else ""
        self.detail_label.setText(
            f"<b>{html.escape(r.aksi)}</b> {html.escape(tabel_label(r.tabel))}: <b>{what}</b>"
            f"<br><span style='color:#555'>{r.waktu_tampil} · "
            f"{html.escape(r.pelaku_tampil)}{note}</span>")
        try:
            fields = self.service.banding(r)
        except SistemKerjaError as exc:
            self._show_count_error(exc.message)
            return
        self.banding.setRowCount(len(fields))
        bold = QFont(self.banding.font())
        bold.setBold(True)
        for i, b in enumerate(fields):
            for column, value in enumerate((b.kolom, b.sebelum, b.sesudah)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if b.berubah and r.aksi == "ubah":  # a new or deleted record: all of it
                    item.setBackground(QBrush(CHANGED))
                    if column:
                        item.setFont(bold)
                self.banding.setItem(i, column, item)
        self.banding.resizeRowsToContents()
