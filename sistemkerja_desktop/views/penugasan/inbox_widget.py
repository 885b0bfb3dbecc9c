"""*Perlu tindakan*: for one person — chosen from the people something waits for, remembered —
the requests waiting for them, oldest first with their age in days, and the selected request's
page beside the list, where the person acts in place (Setujui / Tolak with its reason /
Rekomendasi / Teruskan). After an action the list reloads and the next request is selected."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.penugasan import perlu_tindakan
from sistemkerja_desktop.views.penugasan.inbox_card import InboxCardDelegate
from sistemkerja_desktop.views.penugasan.permohonan_page import PermohonanPage
from sistemkerja_desktop.views.penugasan.register_model import (
    ID_ROLE,
    Kolom,
    RegisterFilterProxyModel,
    RegisterModel,
)

log = logging.getLogger(__name__)


def paint_empty(view: QAbstractItemView) -> None:
    """Say why the view is empty (its `empty_text` property)."""
    model = view.model()
    if model is not None and model.rowCount() == 0:
        painter = QPainter(view.viewport())
        painter.setPen(view.palette().placeholderText().color())
        painter.drawText(view.viewport().rect().adjusted(12, 12, -12, -12),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         view.property("empty_text") or "")
        painter.end()


class EmptyTableView(QTableView):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty(self)


class EmptyListView(QListView):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        paint_empty(self)


class InboxWidget(QWidget):
    data_changed = Signal(object)  # Changes
    person_changed = Signal(str)  # NIP of the person chosen
    count_changed = Signal(int)  # requests waiting for that person
    laporan_requested = Signal(str, object)  # NIP, laporan id or None: open the Laporan area

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._filling = False
        self.model = RegisterModel(self)
        self.proxy = RegisterFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    def _build(self) -> None:
        self.person_combo = QComboBox()
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_combo.setMinimumContentsLength(40)
        self.person_combo.setToolTip(self.tr("Pejabat atau pegawai yang ditunggu tindakannya; "
                                             "pilihan ini diingat."))
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Perlu tindakan dari")))
        top.addWidget(self.person_combo, 1)
        top.addWidget(self.count_label)

        self.table = EmptyListView()  # one card per waiting request
        self.table.setModel(self.proxy)
        self.table.setModelColumn(Kolom.PEGAWAI)
        self.table.setItemDelegate(InboxCardDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setUniformItemSizes(True)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumWidth(300)

        self.page = PermohonanPage(self._services)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(hint(self.tr("Yang paling lama menunggu di atas.")))
        self.laporan_link = QLabel()  # the reports waiting for the same person (issue #11)
        self.laporan_link.setWordWrap(True)
        self.laporan_link.setStyleSheet("background: #eef4fc; border: 1px solid #b9d0ee; "
                                        "border-radius: 4px; padding: 4px 6px;")
        self.laporan_link.linkActivated.connect(
            lambda _l: self.laporan_requested.emit(self.nip(), self._laporan_id))
        self._laporan_id: int | None = None
        lv.addWidget(self.laporan_link)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 800])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.person_combo.currentIndexChanged.connect(self._on_person_combo_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.page.acted.connect(self._on_page_acted)

    # ---- contract
    def nip(self) -> str:
        return str(self.person_combo.currentData() or "")

    def refresh(self) -> None:
        """Reload the people something waits for (keeping the chosen one) and their list."""
        try:
            waiting = perlu_tindakan.penunggu(self._services)
            chosen = self.nip() or perlu_tindakan.chosen_nip(self._services, waiting)
        except SistemKerjaError as exc:  # no Perangkat Daerah yet
            log.info("Perlu tindakan not loaded: %s", exc.code)
            waiting, chosen = [], ""
        self._filling = True
        self.person_combo.clear()
        for p in waiting:
            label = f"{p.nama} — {p.jabatan}" if p.jabatan else p.nama
            self.person_combo.addItem(self.tr("%1 (%2)").replace("%1", label).replace(
                "%2", str(p.jumlah)), p.nip)
        if chosen and self.person_combo.findData(chosen) < 0:
            nama = self._nama(chosen)
            if nama:  # remembered, nothing waiting now: still shown, with 0
                self.person_combo.addItem(self.tr("%1 (0)").replace("%1", nama), chosen)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(chosen)))
        self._filling = False
        self.page.refresh_people()
        self._load()

    def set_person(self, nip: str) -> bool:
        index = self.person_combo.findData(nip)
        if index < 0:
            nama = self._nama(nip)
            if not nama:
                return False
            self.person_combo.addItem(self.tr("%1 (0)").replace("%1", nama), nip)
            index = self.person_combo.count() - 1
        self.person_combo.setCurrentIndex(index)
        return True

    def select_permohonan(self, pid: int) -> bool:
        row = self.model.row_of(pid)
        if row is None:
            return False
        self._select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, Kolom.PEGAWAI),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    # ---- internals
    def _nama(self, nip: str) -> str:
        try:
            p = self._services.teams.pegawai_by_nip(nip)
        except SistemKerjaError:
            return ""
        return p.nama_lengkap

    def _load(self, keep: int | None = None, fallback_row: int = 0) -> None:
        nip = self.nip()
        self.page.acting_nip = nip
        try:
            rows = self._services.penugasan.perlu_tindakan(nip) if nip else []
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Daftar perlu tindakan tidak dapat dimuat"))
            rows = []
        current = keep if keep is not None else self._current_id()
        self.model.set_rows(rows)
        self.proxy.sort(Kolom.UMUR, Qt.SortOrder.DescendingOrder)  # oldest first, stable
        self.table.setProperty("empty_text", self.tr(
            "Tidak ada permohonan yang menunggu tindakan.") if nip else self.tr(
            "Belum ada permohonan yang menunggu tindakan siapa pun."))
        self.count_label.setText(self.tr("%1 menunggu").replace("%1", str(len(rows))))
        text, self._laporan_id = perlu_tindakan.laporan_menunggu(self._services, nip)
        self.laporan_link.setText(f"{text} — <a href='laporan'>" + self.tr(
            "buka di Laporan") + "</a>" if text else "")
        self.laporan_link.setVisible(bool(text))
        if not rows:
            self.page.show_nothing(self.tr("Tidak ada yang perlu ditindaklanjuti."))
        elif current is None or not self.select_permohonan(current):
            self._select_row(min(max(fallback_row, 0), len(rows) - 1))
        self.count_changed.emit(len(rows))

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _on_person_combo_changed(self, _index: int) -> None:
        if self._filling:
            return
        nip = self.nip()
        perlu_tindakan.remember_nip(nip)
        self._load()
        self.person_changed.emit(nip)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pid = current.data(ID_ROLE) if current.isValid() else None
        if pid is None:
            return
        if self.page.detail is None or self.page.detail.ringkas.id != pid:
            self.page.show_permohonan(pid)

    def _on_page_acted(self, _ringkas: object, changes: Changes) -> None:
        """The request left this person's list (or moved on): select the next one."""
        row = self.table.currentIndex().row()
        self._reload_people_counts()
        self._load(fallback_row=row)
        self.data_changed.emit(changes)

    def _reload_people_counts(self) -> None:
        chosen = self.nip()
        self._filling = True
        try:
            waiting = {p.nip: p for p in perlu_tindakan.penunggu(self._services)}
        except SistemKerjaError:
            waiting = {}
        for i in range(self.person_combo.count()):
            nip = self.person_combo.itemData(i)
            text = self.person_combo.itemText(i)
            head = text.rsplit(" (", 1)[0]
            n = waiting[nip].jumlah if nip in waiting else 0
            self.person_combo.setItemText(i, f"{head} ({n})")
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(chosen)))
        self._filling = False
