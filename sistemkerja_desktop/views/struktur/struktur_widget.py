"""The Struktur area: unit tree | pegawai table | pegawai form, the findings below.

The pegawai form only takes room while it shows a pegawai (or a new one); "Tutup" on the form
or `close_form()` hides it again (see `StrukturSplitter`).

The main window embeds one `StrukturWidget`, calls `refresh()` when data changed elsewhere, and
listens to `data_changed(Changes)` for edits and imports made here.

Unsaved edits: the widget implements `views.common.unsaved.UnsavedEdits` for its pegawai form
and emits `modified_changed(dirty)`; showing another pegawai while the form has edits asks
*Simpan / Buang / Batal* first.

*Lihat PPK*: `show_on_chart_requested(nip)` carries the NIP of the pegawai holding the selected
pegawai's PPK position (the form's button and the table's row menu). It is only emitted when
there is exactly one PPK and its position is filled; the shell shows that NIP on the chart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import NotFoundError
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.tasks import TaskSignals
from sistemkerja_desktop.views.common.unsaved import confirm_leave
from sistemkerja_desktop.views.struktur.findings_panel import FindingsPanel
from sistemkerja_desktop.views.struktur.import_wizard import ImportWizard
from sistemkerja_desktop.views.struktur.pegawai_export import export_pegawai
from sistemkerja_desktop.views.struktur.pegawai_form import PegawaiForm
from sistemkerja_desktop.views.struktur.pegawai_list_pane import PegawaiListPane
from sistemkerja_desktop.views.struktur.struktur_splitter import StrukturSplitter
from sistemkerja_desktop.views.struktur.unit_panel import UnitPanel
from sistemkerja_desktop.views.struktur.unit_tree_model import UNIT_ID_ROLE

log = logging.getLogger(__name__)

_NO_SWITCH = object()  # no pegawai waiting to be shown after the unsaved-edits question


class StrukturWidget(QWidget):
    data_changed = Signal(object)  # services.changes.Changes
    modified_changed = Signal(bool)  # the pegawai form gained / lost unsaved edits
    show_on_chart_requested = Signal(str)  # NIP of a PPK to show on the chart (Lihat PPK)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._struktur: Struktur | None = None
        self._selecting = False
        self._shown_pegawai: int | None = None
        self._export_task: TaskSignals | None = None
        self._pending_switch: object = _NO_SWITCH
        self._switching = False
        self.import_guard: Callable[[], bool] | None = None  # set by the shell (demo question)
        self._build()
        self.refresh()

    # ---- layout
    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Tambah pegawai"))
        self.import_button = QPushButton(self.tr("Impor dari Excel…"))
        self.export_button = QPushButton(self.tr("Ekspor ke Excel…"))
        self.periksa_button = QPushButton(self.tr("Periksa kedudukan"))
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.import_button, self.export_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.periksa_button)

        self.unit_panel = UnitPanel(self._services)
        self.unit_model = self.unit_panel.model
        self.unit_tree = self.unit_panel.tree
        self.list_pane = PegawaiListPane()
        pane = self.list_pane
        self.model, self.proxy, self.table = pane.model, pane.proxy, pane.table
        self.filter_edit, self.count_label = pane.filter_edit, pane.count_label
        self.empty, self.table_stack, self.open_hint = pane.empty, pane.table_stack, pane.open_hint

        self.findings = FindingsPanel(self._services)
        self.form = PegawaiForm(self._services)
        self.splitter = StrukturSplitter(self.unit_panel, self.list_pane, self.form)
        self._update_panes()
        # The findings span the full width: their messages and citations are long sentences.
        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.addWidget(self.splitter)
        self.centre.addWidget(self.findings)
        self.centre.setStretchFactor(0, 3)
        self.centre.setStretchFactor(1, 1)
        self.centre.setChildrenCollapsible(False)
        self.centre.setSizes([650, 90])  # grows when a check has been run (run_periksa)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(toolbar)
        layout.addWidget(self.centre, 1)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.empty.add_button.clicked.connect(self._on_add_button_clicked)
        self.import_button.clicked.connect(self.start_import)
        self.empty.import_button.clicked.connect(self.start_import)
        self.export_button.clicked.connect(self.start_export)
        self.periksa_button.clicked.connect(self.run_periksa)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.unit_tree.selectionModel().currentChanged.connect(self._on_unit_tree_current_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.doubleClicked.connect(lambda _i: self.form.nama_edit.setFocus())
        self.form.saved.connect(self._on_form_saved)
        self.form.stack.currentChanged.connect(self._update_panes)
        self.form.close_button.clicked.connect(self.close_form)
        self.form.modified_changed.connect(self.modified_changed)
        self.form.show_ppk_requested.connect(self.show_on_chart_requested)
        self.form.reload_requested.connect(self._on_form_reload_requested)
        self.table.show_ppk_requested.connect(self.show_on_chart_requested)
        self.table.select_ppk_requested.connect(self.select_nip)
        self.findings.pegawai_activated.connect(self.select_pegawai)
        self.findings.nip_activated.connect(self.select_nip)
        self.findings.unit_activated.connect(self.select_unit)
        self.unit_panel.units_changed.connect(self._on_units_changed)

    # ---- contract with the main window
    def refresh(self) -> None:
        """Reload units, pegawai and choices; keep the selected unit and pegawai."""
        unit_id = self.selected_unit_id()
        pegawai_id = self.selected_pegawai_id()
        if not self.form.is_dirty():
            self._shown_pegawai = None  # reload the form from the fresh data
        try:
            self._struktur = self._services.agency.struktur()
            rows = self._services.pegawai.rows(struktur=self._struktur)
        except NotFoundError:  # no Perangkat Daerah in this file yet
            self._struktur, rows = None, []
        counts: dict[int | None, int] = {}
        for r in rows:
            counts[r.unit_id] = counts.get(r.unit_id, 0) + 1
        self._selecting = True
        self.unit_model.set_units(self._struktur.units if self._struktur else (), counts)
        self.unit_panel.set_struktur(self._struktur)
        self.model.set_rows(rows)
        self.unit_tree.expandToDepth(1)
        self._selecting = False
        self.list_pane.set_has_rows(bool(rows))
        self._update_panes()
        has_agency = self._struktur is not None
        for button in (self.add_button, self.import_button, self.empty.add_button,
                       self.empty.import_button, self.periksa_button):
            button.setEnabled(has_agency)
        self.export_button.setEnabled(bool(rows))
        self.findings.recheck_button.setEnabled(has_agency)
        if self._struktur is not None:
            self.form.set_choices(self._struktur)
        self._select_unit_index(self.unit_model.index_for_unit(unit_id)
                                if self.unit_model.index_for_unit(unit_id).isValid()
                                else self.unit_model.index_for_unit(None))
        self._apply_filters()
        if self.findings.checked_once and has_agency:
            self.findings.run_periksa()  # findings shown are about the data just reloaded
        if pegawai_id is not None and self.model.row_for_pegawai(pegawai_id) is not None:
            self.select_pegawai(pegawai_id)
        elif self.form.pegawai_id != 0 and not self.form.is_dirty():
            self.form.show_empty()
            self._shown_pegawai = None

    def start_import(self) -> None:
        """Every way into the import wizard (buttons here, the Berkas menu) passes `import_guard`
        first: the shell sets it to ask before a DUK is imported into the demo."""
        if self.import_guard is not None and not self.import_guard():
            return
        result = ImportWizard.ask(self, self._services)
        if result is None:
            return
        self.refresh()
        self.data_changed.emit(Changes(units=True, pegawai=True, kedudukan=True))

    def start_export(self) -> None:
        """Ask for the file, write the pegawai list with progress, name the file at the end."""
        if self._export_task is not None:
            return
        self._export_task = export_pegawai(self, self._services, self._on_export_finished)
        self.export_button.setEnabled(self._export_task is None)

    @property
    def exporting(self) -> bool:
        return self._export_task is not None

    # ---- unsaved edits (views.common.unsaved.UnsavedEdits), delegated to the pegawai form
    def unsaved_description(self) -> str | None:
        return self.form.unsaved_description()

    def save_unsaved(self) -> bool:
        return self.form.save_unsaved()

    def discard_unsaved(self) -> None:
        self.form.discard_unsaved()
        if self.form.pegawai_id is None:
            self._shown_pegawai = None

    def close_form(self) -> None:
        """"Tutup" on the form: ask about unsaved edits, then hide the pane."""
        if self.form.is_dirty() and not self._confirm_discard(self.tr("menutup data pegawai")):
            return
        self._selecting = True
        self.table.selectionModel().clear()
        self._selecting = False
        self._shown_pegawai = None
        self.form.show_empty()

    def run_periksa(self) -> None:
        self.findings.run_periksa()
        sizes = self.centre.sizes()
        if len(sizes) == 2 and sizes[1] < 150:
            self.centre.setSizes([sum(sizes) - 220, 220])

    # ---- selection helpers (public: used by the findings panel and tests)
    def selected_unit_id(self) -> int | None:
        index = self.unit_tree.currentIndex()
        return index.data(UNIT_ID_ROLE) if index.isValid() else None

    def selected_pegawai_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        row = self.model.pegawai_at(self.proxy.mapToSource(index).row())
        return row.id if row else None

    def select_unit(self, unit_id: int | None) -> None:
        index = self.unit_model.index_for_unit(unit_id)
        if index.isValid():
            self._select_unit_index(index)
            self.unit_tree.scrollTo(index)

    def select_pegawai(self, pegawai_id: int) -> bool:
        """Select and show the pegawai; clears the filter/unit choice if they hide it."""
        source_row = self.model.row_for_pegawai(pegawai_id)
        if source_row is None:
            return False
        source = self.model.index(source_row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter_edit.clear()
            self.select_unit(None)
            index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def select_nip(self, nip: str) -> bool:
        for row in self.model.rows:
            if row.nip == nip:
                return self.select_pegawai(row.id)
        return False

    def set_filter_text(self, text: str) -> None:
        self.filter_edit.setText(text)

    # ---- internals
    def _select_unit_index(self, index: QModelIndex) -> None:
        self.unit_tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _apply_filters(self) -> None:
        unit_id = self.selected_unit_id()
        self._refilter(lambda: self.proxy.set_filters(
            self.filter_edit.text(), self.unit_model.subtree_unit_ids(unit_id)))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Filtering must not open another pegawai: Qt moves the current row to a neighbour
        when the selected one is filtered out. Keep the selection if it is still shown,
        otherwise clear it; the form keeps what it shows."""
        self._selecting = True
        try:
            change()
            source_row = (self.model.row_for_pegawai(self._shown_pegawai)
                          if self._shown_pegawai else None)
            index = (self.proxy.mapFromSource(self.model.index(source_row, 0))
                     if source_row is not None else QModelIndex())
            selection = self.table.selectionModel()
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
            else:
                selection.clear()
        finally:
            self._selecting = False
        self.list_pane.update_count()

    def _update_panes(self, *_: object) -> None:
        shown = self.form.stack.currentIndex() == 1  # 0 is the "choose a pegawai" page
        self.splitter.set_form_shown(shown)
        self.list_pane.set_form_open(shown)

    def _confirm_discard(self, action: str = "") -> bool:
        """Simpan / Buang / Batal before the form shows something else; True to go on."""
        return confirm_leave(self, self.form, action or self.tr("membuka pegawai lain"))

    def _show_in_form(self, pegawai_id: int | None) -> None:
        if pegawai_id == self._shown_pegawai and self.form.pegawai_id == pegawai_id:
            return
        if self.form.is_dirty():
            editing = self._shown_pegawai
            self._switching = True
            try:
                go_on = self._confirm_discard()
            finally:
                self._switching = False
            if not go_on:
                if editing:  # go back to the row being edited
                    self._selecting = True
                    self.select_pegawai(editing)
                    self._selecting = False
                return
            if pegawai_id is not None:  # saving reloaded the table: select the choice again
                self._selecting = True
                self.select_pegawai(pegawai_id)
                self._selecting = False
        self._shown_pegawai = pegawai_id
        pegawai = (self._struktur.pegawai_by_id.get(pegawai_id)
                   if self._struktur is not None and pegawai_id is not None else None)
        if pegawai is None:
            self.form.show_empty()
            return
        source_row = self.model.row_for_pegawai(pegawai_id)
        row = self.model.pegawai_at(source_row) if source_row is not None else None
        self.form.load(pegawai, row.ppk_position_id if row else None, row.ppk if row else "",
                       row.delegasi if row else False, row.delegasi_dasar if row else "",
                       nip_ppk=row.nip_ppk if row else "",
                       kedudukan_versi=row.kedudukan_versi if row else None)

    # ---- slots
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_filter_text(text))

    def _on_unit_tree_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._apply_filters()

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        row = self.model.pegawai_at(self.proxy.mapToSource(current).row())
        target = row.id if row else None
        if self.form.is_dirty() and target != self._shown_pegawai:
            # Ask once the selection change is over: "Simpan" reloads the table, which must
            # not happen inside the view's own selection signal.
            pending, self._pending_switch = self._pending_switch, target
            if pending is _NO_SWITCH:
                QTimer.singleShot(0, self._on_pending_switch)
            return
        self._show_in_form(target)

    def _on_pending_switch(self) -> None:
        target, self._pending_switch = self._pending_switch, _NO_SWITCH
        if target is not _NO_SWITCH:
            self._show_in_form(target)  # type: ignore[arg-type]

    def _on_add_button_clicked(self) -> None:
        if self.form.is_dirty() and not self._confirm_discard(self.tr("menambah pegawai baru")):
            return
        unit_id = self.selected_unit_id()
        self.table.selectionModel().clearSelection()
        self._shown_pegawai = 0
        self.form.new(unit_id if unit_id is not None and unit_id > 0 else None)

    def _on_units_changed(self, changes: Changes) -> None:
        self.refresh()
        self.data_changed.emit(changes)

    def _on_form_saved(self, changes: Changes) -> None:
        pegawai_id = self.form.pegawai_id
        self.refresh()
        if pegawai_id and not self._switching:
            self.select_pegawai(pegawai_id)
        self.data_changed.emit(changes)

    def _on_form_reload_requested(self, pegawai_id: int) -> None:
        """"Muat ulang" after a conflict: show what is stored now (the other change)."""
        self._shown_pegawai = None
        self.refresh()
        if pegawai_id and self.form.pegawai_id != pegawai_id:
            self.select_pegawai(pegawai_id)

    def _on_export_finished(self, _path: Path | None) -> None:
        self._export_task = None
        self.export_button.setEnabled(self.model.rowCount() > 0)
