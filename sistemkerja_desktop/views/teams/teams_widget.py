"""The "Tim Kerja" area: the list of teams | the builder of the selected one, the workload tab,
and the actions on all teams (roster to Excel, "Kirim lewat email", naskah settings).

The main window embeds one `TeamsWidget`, calls `refresh()` when data changed elsewhere, and
listens to `data_changed(Changes)` for edits made here.

Unsaved edits: the widget implements `views.common.unsaved.UnsavedEdits` for its team builder
and emits `modified_changed(dirty)`; opening another team (or a new one) while the builder has
edits asks *Simpan / Buang / Batal* first."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import NotFoundError, SistemKerjaError
from sistemkerja_desktop.domain.tim import StatusTim
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import TimDetail, TimRingkas
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import show_error, show_info
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.tasks import TaskSignals
from sistemkerja_desktop.views.common.unsaved import confirm_leave
from sistemkerja_desktop.views.teams.files import slug
from sistemkerja_desktop.views.teams.labels import status_label
from sistemkerja_desktop.views.teams.naskah_settings_dialog import NaskahSettingsDialog
from sistemkerja_desktop.views.teams.share_dialog import ShareDialog
from sistemkerja_desktop.views.teams.team_builder import TeamBuilder
from sistemkerja_desktop.views.teams.team_list_model import (
    TIM_ID_ROLE,
    TeamCardDelegate,
    TeamFilterProxyModel,
    TeamListModel,
)
from sistemkerja_desktop.views.teams.workload_panel import WorkloadPanel

log = logging.getLogger(__name__)


class TeamListView(QListView):
    """Says what to do when there is no team (or none matches the filter)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.property("empty_text") or "")
            painter.end()


class TeamsWidget(QWidget):
    data_changed = Signal(object)  # services.changes.Changes
    roster_exported = Signal(object)  # Path
    modified_changed = Signal(bool)  # the team builder gained / lost unsaved edits

    TAB_TIM, TAB_BEBAN = range(2)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._has_agency = False
        self._selecting = False
        self._task: TaskSignals | None = None
        self._pending_team: int | None = None  # chosen in the list, waiting for the question
        self._build()
        self.refresh()

    # ---- construction
    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("Tim baru"))
        self.roster_button = QPushButton(self.tr("Ekspor roster"))
        roster_menu = QMenu(self.roster_button)
        self.roster_selected_action = roster_menu.addAction(self.tr("Tim terpilih ke Excel…"))
        self.roster_all_action = roster_menu.addAction(self.tr("Semua tim ke Excel…"))
        self.roster_button.setMenu(roster_menu)
        self.share_button = QPushButton(self.tr("Kirim lewat email…"))
        self.settings_button = QPushButton(self.tr("Pengaturan naskah dinas…"))
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        for b in (self.new_button, self.roster_button, self.share_button):
            toolbar.addWidget(b)
        toolbar.addStretch(1)
        toolbar.addWidget(self.settings_button)

        self.model = TeamListModel(self)
        self.proxy = TeamFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Cari tim, unit, ketua…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Semua status"), None)
        for s in StatusTim:
            self.status_combo.addItem(status_label(s), s.value)
        self.list_view = TeamListView()
        self.list_view.setModel(self.proxy)
        self.list_view.setModelColumn(0)
        self.list_view.setItemDelegate(TeamCardDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_combo)
        list_box = QWidget()
        lb = QVBoxLayout(list_box)
        lb.setContentsMargins(0, 0, 0, 0)
        lb.setSpacing(4)
        lb.addLayout(filters)
        lb.addWidget(self.list_view, 1)
        list_box.setMinimumWidth(250)

        self.builder = TeamBuilder(self._services)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.builder)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 790])
        self.splitter.setChildrenCollapsible(False)

        self.workload = WorkloadPanel(self._services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, self.tr("Tim dan anggota"))
        self.tabs.addTab(self.workload, self.tr("Beban kerja pegawai"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(toolbar)
        layout.addWidget(self.tabs, 1)

        self.new_button.clicked.connect(self.new_team)
        self.roster_selected_action.triggered.connect(lambda: self.export_roster(False))
        self.roster_all_action.triggered.connect(lambda: self.export_roster(True))
        self.share_button.clicked.connect(self.share)
        self.settings_button.clicked.connect(self.open_naskah_settings)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.builder.saved.connect(self._on_builder_saved)
        self.builder.deleted.connect(self._on_builder_deleted)
        self.builder.data_changed.connect(self._on_own_change)
        self.builder.modified_changed.connect(self.modified_changed)
        self.workload.data_changed.connect(self._on_own_change)
        self.workload.team_activated.connect(self._on_workload_team_activated)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # ---- contract with the main window
    def refresh(self) -> None:
        """Reload choices, the team list and (unless it has unsaved edits) the open team."""
        try:
            struktur = self._services.agency.struktur()
            profile = self._services.teams.profile()
            jenis = self._services.teams.jenis_tim()
            teams = self._services.teams.teams()
        except NotFoundError:  # no Perangkat Daerah in this file yet
            self._has_agency = False
            self.model.set_teams(())
            self.builder.show_nothing()
            self._update_actions()
            return
        self._has_agency = True
        shown = self.builder.tim_id
        self.builder.set_context(struktur, profile, jenis)
        self._set_teams(teams)
        if shown and not self.builder.is_dirty():
            if self.model.row_of(shown) is not None:
                self.builder.load_team(shown)
            else:
                self.builder.show_nothing()
        if self.tabs.currentIndex() == self.TAB_BEBAN:
            self.workload.refresh()
        self.builder.documents.refresh_choices()
        self._update_actions()

    def select_team(self, tim_id: int) -> bool:
        """Select the team in the list and open it in the builder (asking first when the
        builder has unsaved edits of another team). False when it was not opened."""
        if self.model.row_of(tim_id) is None:
            return False
        if tim_id != self.builder.tim_id and not self._confirm_leave():
            return False
        self._show_in_list(tim_id)
        self.tabs.setCurrentIndex(self.TAB_TIM)
        if self.builder.tim_id != tim_id:
            self.builder.load_team(tim_id)
        return self.builder.tim_id == tim_id

    # ---- unsaved edits (views.common.unsaved.UnsavedEdits), delegated to the builder
    def unsaved_description(self) -> str | None:
        return self.builder.unsaved_description()

    def save_unsaved(self) -> bool:
        return self.builder.save_unsaved()

    def discard_unsaved(self) -> None:
        self.builder.discard_unsaved()
        self._show_in_list(self.builder.tim_id)

    def selected_team_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.data(TIM_ID_ROLE) if index.isValid() else None

    def new_team(self) -> None:
        if not self._confirm_leave(self.tr("membuat tim baru")):
            return
        self._selecting = True
        self.list_view.selectionModel().clearSelection()
        self.list_view.setCurrentIndex(QModelIndex())
        self._selecting = False
        self.tabs.setCurrentIndex(self.TAB_TIM)
        self.builder.new_team()

    def export_roster(self, all_teams: bool) -> None:
        tim_id = None if all_teams else (self.builder.tim_id or self.selected_team_id())
        if not all_teams and not tim_id:
            show_info(self, self.tr("Ekspor roster"), self.tr("Pilih tim lebih dahulu."))
            return
        name = "daftar-tim-kerja" if tim_id is None else slug(
            self.builder.detail.tim.nama if self.builder.detail else "tim")
        path = output.choose_output_path(self, "xlsx", self.tr("Ekspor roster tim"),
                                         f"{name}.xlsx")
        if path is None:
            return
        ids = None if tim_id is None else [tim_id]
        dokumen = self._services.dokumen
        self._task = run_output(self, self.tr("Menulis roster tim…"),
                                lambda _p: dokumen.ekspor_roster(ids, path),
                                on_done=lambda n: self._on_roster_done(path, n),
                                on_failure=self._on_task_failed)
        self._update_actions()

    def share(self) -> None:
        tim_id = self.builder.tim_id or self.selected_team_id()
        try:  # writes files only: final PDFs are reprints, never a new number
            ShareDialog.ask(self._services, self, [tim_id] if tim_id else [])
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Email tidak dapat disiapkan"))

    def open_naskah_settings(self) -> None:
        try:
            changes = NaskahSettingsDialog.ask(self._services, self)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Pengaturan naskah tidak dapat dibuka"))
            return
        if changes is not None:
            self.refresh()
            self.data_changed.emit(changes)

    # ---- internals
    def _set_teams(self, teams: Sequence[TimRingkas]) -> None:
        current = self.selected_team_id() or self.builder.tim_id
        self._selecting = True
        self.model.set_teams(teams)
        self.list_view.setProperty("empty_text", self.tr(
            "Belum ada tim. Klik “Tim baru” untuk membentuk Tim Kerja atau Kelompok Kerja.")
            if not teams else self.tr("Tidak ada tim yang cocok dengan pencarian."))
        row = self.model.row_of(current) if current else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.list_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._selecting = False

    def _apply_filter(self, *_: object) -> None:
        value = self.status_combo.currentData()
        was, self._selecting = self._selecting, True
        self.proxy.set_filter(self.filter_edit.text(), StatusTim(value) if value else None)
        self._selecting = was

    def _show_in_list(self, tim_id: int | None) -> None:
        """Make `tim_id` the list's current row (none for a new team) without opening it."""
        row = self.model.row_of(tim_id) if tim_id else None
        was, self._selecting = self._selecting, True
        try:
            if row is None:
                self.list_view.selectionModel().clearSelection()
                self.list_view.setCurrentIndex(QModelIndex())
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if not index.isValid():
                self.filter_edit.clear()
                self.status_combo.setCurrentIndex(0)
                index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.list_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._selecting = was

    def _confirm_leave(self, action: str = "") -> bool:
        """Simpan / Buang / Batal when the builder has unsaved edits; True to go on."""
        return confirm_leave(self, self.builder, action or self.tr("membuka tim lain"))

    def _update_actions(self) -> None:
        has_teams = self.model.rowCount() > 0
        idle = self._task is None
        self.new_button.setEnabled(self._has_agency)
        self.roster_button.setEnabled(has_teams and idle)
        self.share_button.setEnabled(has_teams)
        self.settings_button.setEnabled(self._has_agency)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        tim_id = current.data(TIM_ID_ROLE)
        if tim_id == self.builder.tim_id:
            return
        if self.builder.has_unsaved_edits():
            # Ask once the selection change is over: "Simpan" reloads the list, which must not
            # happen inside the view's own selection signal.
            if self._pending_team is None:
                QTimer.singleShot(0, self._on_pending_team)
            self._pending_team = tim_id
            return
        self.builder.load_team(tim_id)

    def _on_pending_team(self) -> None:
        tim_id, self._pending_team = self._pending_team, None
        if tim_id is not None and not self.select_team(tim_id):
            self._show_in_list(self.builder.tim_id)  # Batal: back to the team being edited

    def _on_builder_saved(self, detail: TimDetail, changes: Changes) -> None:
        self._set_teams(self._services.teams.teams())
        self.select_team(detail.tim.id)
        self._update_actions()
        self.data_changed.emit(changes)

    def _on_builder_deleted(self, changes: Changes) -> None:
        self._set_teams(self._services.teams.teams())
        self._update_actions()
        self.data_changed.emit(changes)

    def _on_own_change(self, changes: Changes) -> None:
        """A number was issued, a setting changed: refresh what shows it, then tell the app."""
        self._set_teams(self._services.teams.teams())
        if self.builder.tim_id and not self.builder.is_dirty():
            self.builder.load_team(self.builder.tim_id)
        if self.tabs.currentIndex() == self.TAB_BEBAN:
            self.workload.refresh()
        self.data_changed.emit(changes)

    def _on_workload_team_activated(self, tim_id: int) -> None:
        self.select_team(tim_id)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == self.TAB_BEBAN:
            self.workload.refresh()

    def _on_roster_done(self, path: Path, n: int) -> None:
        self._task = None
        self._update_actions()
        log.info("Roster of %s team(s) exported", n)
        self.roster_exported.emit(path)
        output.show_output_done(self, path, self.tr("Roster %1 tim diekspor ke Excel.")
                                .replace("%1", str(n)))

    def _on_task_failed(self, exc: BaseException) -> None:
        self._task = None
        self._update_actions()
        show_error(self, exc, self.tr("Ekspor gagal"))

