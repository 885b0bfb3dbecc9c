"""The register of every permohonan penugasan: a search by name/NIP, filters by arah, lingkup,
jenis, status and age, and the table (newest first; sortable by any column). Opening a row
(double-click, Enter or *Buka*) shows its page in place, with *Kembali ke register*."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penugasan import (
    Arah,
    JenisPenugasan,
    LingkupPenugasan,
    StatusPermohonan,
)
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.penugasan.inbox_widget import EmptyTableView
from sistemkerja_desktop.views.penugasan.labels import (
    arah_singkat,
    jenis_label,
    lingkup_label,
    status_label,
    umur_pilihan,
)
from sistemkerja_desktop.views.penugasan.permohonan_page import PermohonanPage
from sistemkerja_desktop.views.penugasan.register_model import (
    ID_ROLE,
    FilterRegister,
    Kolom,
    RegisterFilterProxyModel,
    RegisterModel,
)

log = logging.getLogger(__name__)


class RegisterTable(EmptyTableView):
    activated_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def _combo(all_text: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_text, None)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class RegisterPane(QWidget):
    acted = Signal(object, object)  # PermohonanRingkas, Changes (from the page)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.model = RegisterModel(self)
        self.proxy = RegisterFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari nama atau NIP pegawai/pemohon…"))
        self.search_edit.setClearButtonEnabled(True)
        self.arah_combo = _combo(self.tr("Semua arah"),
                                 [(arah_singkat(a), a.value) for a in Arah])
        self.lingkup_combo = _combo(self.tr("Semua lingkup"),
                                    [(lingkup_label(x), x.value) for x in LingkupPenugasan])
        self.jenis_combo = _combo(self.tr("Semua jenis"),
                                  [(jenis_label(j), j.value) for j in JenisPenugasan])
        self.status_combo = _combo(self.tr("Semua status"),
                                   [(status_label(s), s.value) for s in StatusPermohonan])
        self.umur_combo = QComboBox()
        for text, days in umur_pilihan():
            self.umur_combo.addItem(text, days)
        self.umur_combo.setToolTip(self.tr("Umur: hari sejak diajukan (yang sudah diputus: "
                                           "sampai keputusan terakhirnya)"))
        self.count_label = QLabel()
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search_edit, 1)
        for combo in (self.arah_combo, self.lingkup_combo, self.jenis_combo, self.status_combo,
                      self.umur_combo):
            filters.addWidget(combo)
        filters.addWidget(self.count_label)

        self.table = RegisterTable()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Kolom.NOMOR, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, width in ((Kolom.NOMOR, 60), (Kolom.TANGGAL, 96), (Kolom.JENIS, 130),
                           (Kolom.LINGKUP, 100), (Kolom.ARAH, 64), (Kolom.PEGAWAI, 185),
                           (Kolom.TUJUAN, 175), (Kolom.STATUS, 84), (Kolom.UMUR, 66)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(Kolom.MENUNGGU, QHeaderView.ResizeMode.Stretch)
        self.open_button = QPushButton(self.tr("Buka"))
        self.open_button.setToolTip(self.tr("Isi dan alur permohonan terpilih (Enter)"))
        list_box = QWidget()
        lb = QVBoxLayout(list_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.addLayout(filters)
        lb.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        lb.addLayout(bottom)

        self.back_button = QPushButton(self.tr("‹ Kembali ke register"))
        self.page = PermohonanPage(self._services)
        page_box = QWidget()
        pb = QVBoxLayout(page_box)
        pb.setContentsMargins(0, 0, 0, 0)
        back = QHBoxLayout()
        back.addWidget(self.back_button)
        back.addStretch(1)
        pb.addLayout(back)
        pb.addWidget(self.page, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(list_box)
        self.stack.addWidget(page_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.stack)

        self.search_edit.textChanged.connect(self.apply_filter)
        for combo in (self.arah_combo, self.lingkup_combo, self.jenis_combo, self.status_combo,
                      self.umur_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated_row.connect(self._open_index)
        self.open_button.clicked.connect(lambda: self._open_index(self.table.currentIndex()))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.back_button.clicked.connect(self.show_list)
        self.page.acted.connect(self._on_page_acted)
        self._update_buttons()

    # ---- contract
    def refresh(self) -> None:
        try:
            rows = self._services.penugasan.daftar()
        except SistemKerjaError as exc:
            log.info("Register not loaded: %s", exc.code)
            rows = []
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()  # the order the user chose survives a reload
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.setProperty("empty_text", self.tr(
            "Belum ada permohonan penugasan. Klik “Permohonan baru…” untuk mengajukan.")
            if not rows else self.tr("Tidak ada permohonan yang cocok dengan saringan."))
        self._update_count()
        if self.stack.currentIndex() == 1:
            self.page.refresh_people()
            self.page.reload()

    def current_filter(self) -> FilterRegister:
        return FilterRegister(
            arah=self.arah_combo.currentData(), lingkup=self.lingkup_combo.currentData(),
            jenis=self.jenis_combo.currentData(), status=self.status_combo.currentData(),
            umur_min=self.umur_combo.currentData(), teks=self.search_edit.text())

    def apply_filter(self, *_: object) -> None:
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    def open_permohonan(self, pid: int) -> bool:
        if not self.page.show_permohonan(pid):
            return False
        self.stack.setCurrentIndex(1)
        return True

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)

    # ---- internals
    def _open_index(self, index: QModelIndex) -> None:
        pid = index.data(ID_ROLE) if index.isValid() else None
        if pid is not None:
            self.open_permohonan(pid)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 dari %2").replace("%1", str(shown)).replace(
            "%2", str(total)) if shown != total else self.tr("%1 permohonan").replace(
            "%1", str(total)))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def _on_page_acted(self, ringkas: object, changes: object) -> None:
        self.refresh()
        self.acted.emit(ringkas, changes)
