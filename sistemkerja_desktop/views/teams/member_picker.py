"""Pick team members: a searchable pegawai list filtered by unit, jabatan, jenjang, kompetensi
and current workload. Drag rows onto the member list, or select and press Enter / "Tambahkan"."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import FilterKandidat
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import ElidingComboBox
from sistemkerja_desktop.views.teams.candidate_model import (
    PEGAWAI_ID_ROLE,
    CandidateFilterProxyModel,
    CandidateModel,
    Kolom,
)
from sistemkerja_desktop.views.teams.card_delegate import PersonCardDelegate

log = logging.getLogger(__name__)

_JF_PELAKSANA = "__jf_pelaksana__"


class MemberPicker(QWidget):
    add_requested = Signal(list)  # [pegawai_id, …]

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = CandidateModel(self)
        self.proxy = CandidateFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari nama, NIP, jabatan, kompetensi…"))
        self.search_edit.setClearButtonEnabled(True)
        self.unit_combo = ElidingComboBox()
        self.unit_combo.setToolTip(self.tr("Unit kerja (termasuk sub-unitnya)"))
        self.kategori_combo = QComboBox()
        self.kategori_combo.addItem(self.tr("Semua jabatan"), "")
        self.kategori_combo.addItem(self.tr("JF dan Pelaksana"), _JF_PELAKSANA)
        for k in Kategori:
            self.kategori_combo.addItem(k.value, k.value)
        self.jenjang_combo = QComboBox()
        self.jenjang_combo.addItem(self.tr("Semua jenjang"), "")
        for j in Jenjang:
            self.jenjang_combo.addItem(j.value, j.value)
        self.kompetensi_edit = QLineEdit()
        self.kompetensi_edit.setPlaceholderText(self.tr("Kompetensi…"))
        self.kompetensi_edit.setClearButtonEnabled(True)
        self.kompetensi_edit.setToolTip(self.tr("Bagian dari kompetensi pegawai, mis. gizi; "
                                                "diterapkan setelah Enter"))
        self.beban_combo = QComboBox()
        self.beban_combo.setToolTip(self.tr("Beban kerja saat ini: jumlah tim aktif"))
        for text, value in ((self.tr("Beban: semua"), None), (self.tr("Belum ada tim"), 0),
                            (self.tr("Paling banyak 1 tim"), 1),
                            (self.tr("Paling banyak 2 tim"), 2)):
            self.beban_combo.addItem(text, value)

        self.proxy.sort(Kolom.NAMA, Qt.SortOrder.AscendingOrder)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setModelColumn(Kolom.NAMA)
        self.view.setItemDelegate(PersonCardDelegate((Kolom.JABATAN, Kolom.UNIT), self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setAlternatingRowColors(True)
        self.view.installEventFilter(self)

        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        self.add_button = QPushButton(self.tr("Tambahkan ke tim  ›"))
        self.add_button.setToolTip(self.tr("Tambahkan pegawai terpilih (Enter). Bisa juga "
                                           "diseret ke daftar anggota."))
        self.add_button.setEnabled(False)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        filters.addWidget(self.search_edit, 0, 0, 1, 2)
        filters.addWidget(self.unit_combo, 1, 0, 1, 2)
        filters.addWidget(self.kategori_combo, 2, 0)
        filters.addWidget(self.jenjang_combo, 2, 1)
        filters.addWidget(self.kompetensi_edit, 3, 0)
        filters.addWidget(self.beban_combo, 3, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        title = QLabel(self.tr("<b>Calon anggota</b>"))
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        for combo in (self.unit_combo, self.kategori_combo, self.jenjang_combo, self.beban_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.kompetensi_edit.editingFinished.connect(self.reload)
        self.view.selectionModel().selectionChanged.connect(self._update_add_button)
        self.view.doubleClicked.connect(lambda _i: self.add_selected())
        self.add_button.clicked.connect(self.add_selected)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)

    # ---- public API
    def set_structure(self, struktur: Struktur | None) -> None:
        """Fill the unit filter (keeps the chosen unit when it still exists)."""
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("Semua unit"), None)
        if struktur is not None:
            for path, uid in sorted(((struktur.unit_path(u.id), u.id) for u in struktur.units),
                                    key=lambda p: p[0].casefold()):
                self.unit_combo.addItem(path, uid)
                self.unit_combo.setItemData(self.unit_combo.count() - 1, path,
                                            Qt.ItemDataRole.ToolTipRole)
        index = self.unit_combo.findData(current)
        self.unit_combo.setCurrentIndex(max(index, 0))
        self.unit_combo.blockSignals(False)

    def filter(self) -> FilterKandidat:
        kategori = self.kategori_combo.currentData() or ""
        return FilterKandidat(
            unit_id=self.unit_combo.currentData(),
            kategori="" if kategori == _JF_PELAKSANA else kategori,
            hanya_jf_pelaksana=kategori == _JF_PELAKSANA,
            jenjang=self.jenjang_combo.currentData() or "",
            kompetensi=self.kompetensi_edit.text().strip(),
            maks_tim=self.beban_combo.currentData())

    def reload(self) -> None:
        """Ask the service again with the structured filters (the text filter is local)."""
        try:
            rows = self._services.teams.candidates(self.filter())
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Daftar pegawai tidak dapat dimuat"))
            rows = []
        self.model.set_candidates(rows)
        self._update_count()

    def set_members(self, pegawai_ids: list[int]) -> None:
        self.model.set_members(pegawai_ids)
        self._update_add_button()

    def selected_ids(self) -> list[int]:
        ids = []
        for index in sorted(self.view.selectionModel().selectedIndexes(),
                            key=lambda i: i.row()):
            k = self.model.candidate_at(self.proxy.mapToSource(index).row())
            if k is not None and not self.model.is_member(k.pegawai_id):
                ids.append(k.pegawai_id)
        return ids

    def select_pegawai(self, pegawai_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(PEGAWAI_ID_ROLE) == pegawai_id:
                self.view.setCurrentIndex(index)
                return True
        return False

    def add_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.add_requested.emit(ids)

    # ---- internals
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_selected()
            return True
        return super().eventFilter(watched, event)

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_add_button(self, *_: object) -> None:
        self.add_button.setEnabled(bool(self.selected_ids()))

    def _update_count(self, *_: object) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("%1 pegawai").replace("%1", str(total))
        else:
            text = self.tr("%1 dari %2 pegawai").replace("%1", str(shown)).replace(
                "%2", str(total))
        self.count_label.setText(text)
