"""Workload (beban kerja): per pegawai the active teams and the overlapping periods, the
threshold of overlapping teams before a warning (a setting of the Perangkat Daerah), and the
JF/Pelaksana without any assignment."""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import BebanKerja, BebanRow
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.teams.candidate_model import CandidateModel
from sistemkerja_desktop.views.teams.card_delegate import PersonCardDelegate
from sistemkerja_desktop.views.teams.labels import WAITING_COLOUR, periode, tanggal_panjang

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
TIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Kolom(IntEnum):
    NAMA = 0
    JABATAN = 1
    UNIT = 2
    TIM = 3
    SERENTAK = 4


class WorkloadModel(QAbstractTableModel):
    """Pegawai with at least one active team, busiest first; over the threshold in amber."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BebanRow] = []

    def set_rows(self, rows: Sequence[BebanRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BebanRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Kolom)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.nama, r.jabatan, r.unit.rsplit(" / ", 1)[-1], len(r.tim),
                    r.maks_serentak)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            teams = "\n".join(f"• {t.tim_nama} ({t.peran}, {periode(t.mulai, t.selesai)})"
                              for t in r.tim)
            return f"{r.nama}\n{r.nip}\n{teams}"
        if role == Qt.ItemDataRole.ForegroundRole and r.melebihi_ambang:
            return QBrush(WAITING_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= Kolom.TIM:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Kolom):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Nama"), self.tr("Jabatan"), self.tr("Unit"), self.tr("Tim aktif"),
                    self.tr("Bersamaan"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == Kolom.SERENTAK:
            return self.tr("Jumlah tim terbanyak yang berjalan pada hari yang sama")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class WorkloadPanel(QWidget):
    team_activated = Signal(int)  # tim_id: open it in the builder
    data_changed = Signal(object)  # Changes (the threshold setting)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._beban: BebanKerja | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.ambang_spin = QSpinBox()
        self.ambang_spin.setRange(1, 20)
        self.ambang_spin.setSuffix(self.tr(" tim"))
        self.ambang_spin.setToolTip(self.tr(
            "Peringatan bila seorang pegawai berada di lebih banyak tim yang periodenya "
            "bertumpang tindih. Perbup tidak menetapkan batas; ini pengaturan Perangkat Daerah."))
        self.reload_button = QPushButton(self.tr("Muat ulang"))

        self.model = WorkloadModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(Kolom.NAMA, QHeaderView.ResizeMode.Stretch)
        for col, width in ((Kolom.JABATAN, 190), (Kolom.UNIT, 150), (Kolom.TIM, 64),
                           (Kolom.SERENTAK, 80)):
            header.resizeSection(col, width)
        self.detail_title = QLabel()
        self.detail_list = QListWidget()
        self.detail_list.setWordWrap(True)
        self.idle_model = CandidateModel(self)
        self.idle_table = QListView()
        self.idle_table.setModel(self.idle_model)
        self.idle_table.setItemDelegate(PersonCardDelegate((1, 2), self.idle_table))
        self.idle_table.setUniformItemSizes(True)
        self.idle_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.idle_table.setAlternatingRowColors(True)
        self.idle_title = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(self.tr("Ambang peringatan:")))
        top.addWidget(self.ambang_spin)
        top.addWidget(self.reload_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("<b>Pegawai dalam tim aktif</b>")))
        ll.addWidget(self.table, 3)
        ll.addWidget(self.detail_title)
        ll.addWidget(self.detail_list, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.idle_title)
        rl.addWidget(self.idle_table, 1)
        rl.addWidget(hint(self.tr("JF dan Pelaksana aktif yang belum tergabung dalam tim aktif "
                                  "mana pun: calon anggota untuk tim berikutnya.")))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.reload_button.clicked.connect(self.refresh)
        self.ambang_spin.editingFinished.connect(self._on_ambang_spin_editing_finished)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.detail_list.itemActivated.connect(self._on_detail_list_item_activated)

    # ---- public API
    def refresh(self) -> None:
        try:
            beban = self._services.teams.workload()
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Beban kerja tidak dapat dihitung"))
            return
        self._beban = beban
        self.model.set_rows(beban.rows)
        self.idle_model.set_candidates(beban.tanpa_penugasan)
        self.ambang_spin.blockSignals(True)
        self.ambang_spin.setValue(beban.ambang)
        self.ambang_spin.blockSignals(False)
        over = sum(r.melebihi_ambang for r in beban.rows)
        overlap = sum(bool(r.tumpang_tindih) for r in beban.rows)
        text = self.tr("Per %1: %2 pegawai dalam tim aktif, %3 dengan periode tim bertumpang "
                       "tindih.").replace("%1", tanggal_panjang(beban.tanggal)).replace(
            "%2", str(len(beban.rows))).replace("%3", str(overlap))
        if over:
            text += " " + self.tr("<span style='color:%1'>%2 melebihi ambang.</span>").replace(
                "%1", WAITING_COLOUR.name()).replace("%2", str(over))
        self.summary.setText(text)
        self.idle_title.setText(self.tr("<b>Belum ada penugasan</b> (%1 pegawai)").replace(
            "%1", str(len(beban.tanpa_penugasan))))
        self._show_detail(None)
        if self.proxy.rowCount():
            self.table.selectRow(0)

    @property
    def beban(self) -> BebanKerja | None:
        return self._beban

    def select_pegawai(self, pegawai_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            r = self.model.row_at(source.row())
            if r is not None and r.pegawai_id == pegawai_id:
                self.table.selectRow(row)
                return True
        return False

    # ---- internals
    def _show_detail(self, r: BebanRow | None) -> None:
        self.detail_list.clear()
        if r is None:
            self.detail_title.setText(self.tr("Pilih pegawai untuk melihat timnya."))
            return
        self.detail_title.setText(self.tr("<b>%1</b> — %2 tim aktif, paling banyak %3 "
                                          "bersamaan").replace("%1", html.escape(r.nama))
                                  .replace("%2", str(len(r.tim)))
                                  .replace("%3", str(r.maks_serentak)))
        for t in r.tim:
            item = QListWidgetItem(f"{t.tim_nama} — {t.peran}, {periode(t.mulai, t.selesai)}")
            item.setData(TIM_ID_ROLE, t.tim_id)
            item.setToolTip(self.tr("Klik dua kali untuk membuka tim ini"))
            self.detail_list.addItem(item)
        for a, b in r.tumpang_tindih:
            item = QListWidgetItem(self.tr("Bertumpang tindih: %1 dan %2").replace("%1", a)
                                   .replace("%2", b))
            item.setForeground(QBrush(WAITING_COLOUR))
            self.detail_list.addItem(item)

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.mapToSource(current).row() if current.isValid() else -1
        self._show_detail(self.model.row_at(row))

    def _on_detail_list_item_activated(self, item: QListWidgetItem) -> None:
        tim_id = item.data(TIM_ID_ROLE)
        if isinstance(tim_id, int):
            self.team_activated.emit(tim_id)

    def _on_ambang_spin_editing_finished(self) -> None:
        value = self.ambang_spin.value()
        try:
            p = self._services.naskah.pengaturan()
            if p.ambang_beban == value:
                return
            _, changes = self._services.naskah.simpan_pengaturan(
                dataclasses.replace(p, ambang_beban=value))
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Ambang tidak dapat disimpan"))
            return
        log.info("Workload threshold set to %s", value)
        self.refresh()
        self.data_changed.emit(changes)
