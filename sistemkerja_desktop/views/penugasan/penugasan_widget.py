"""The *Penugasan* area: *Perlu tindakan* (what waits for the chosen person, acted on in place)
and the register of every request (filters, search, each request's page with its chain), with
*Permohonan baru…* opening the request form.

The main window embeds one `PenugasanWidget`, calls `refresh()` when data changed elsewhere, and
listens to `data_changed(Changes)` for what was done here, and to `badge_changed(count, nip)` for
the count it shows on the area's navigation button."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.penugasan.inbox_widget import InboxWidget
from sistemkerja_desktop.views.penugasan.permohonan_wizard import PermohonanWizard, Prefill
from sistemkerja_desktop.views.penugasan.register_pane import RegisterPane

log = logging.getLogger(__name__)


class PenugasanWidget(QWidget):
    data_changed = Signal(object)  # Changes
    badge_changed = Signal(int, str)  # waiting for the chosen person, their NIP

    TAB_INBOX, TAB_REGISTER = range(2)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.new_button = QPushButton(self.tr("Permohonan baru…"))
        self.new_button.setToolTip(self.tr("Penunjukan atau pengajuan sukarela, dalam unit, "
                                           "lintas unit atau lintas instansi"))
        self.profile_note = hint("")
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.addWidget(self.new_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.profile_note, 1)

        self.inbox = InboxWidget(services)
        self.register = RegisterPane(services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.inbox, self.tr("Perlu tindakan"))
        self.tabs.addTab(self.register, self.tr("Register permohonan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(toolbar)
        layout.addWidget(self.tabs, 1)

        self.new_button.clicked.connect(lambda: self.new_request())
        self.inbox.data_changed.connect(self._on_own_change)
        self.inbox.count_changed.connect(self._on_inbox_count_changed)
        self.register.acted.connect(lambda _r, changes: self._on_own_change(changes))
        # a final letter printed: the numbering register changed, the lists did not
        self.register.page.surat_issued.connect(self.data_changed.emit)
        self.inbox.page.surat_issued.connect(self.data_changed.emit)
        self.refresh()

    # ---- contract with the main window
    def refresh(self) -> None:
        try:
            profile = self._services.agency.profile()
        except SistemKerjaError:  # no Perangkat Daerah in this file yet
            self.new_button.setEnabled(False)
            self.profile_note.setText("")
        else:
            self.new_button.setEnabled(not self._services.read_only_reason)
            self.profile_note.setText(self.tr("Alur persetujuan menurut %1.").replace(
                "%1", profile.singkat or profile.nama))
        self.inbox.refresh()
        self.register.refresh()

    def new_request(self, prefill: Prefill | None = None) -> bool:
        """Open the request form; True when a request was submitted."""
        try:
            result = PermohonanWizard.ask(self._services, self, prefill)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Formulir permohonan tidak dapat dibuka"))
            return False
        if result is None:
            return False
        ringkas, changes = result
        self.refresh()
        self.show_permohonan(ringkas.id)
        self.data_changed.emit(changes)
        return True

    def show_permohonan(self, pid: int) -> bool:
        """The request's page in the register tab."""
        self.tabs.setCurrentIndex(self.TAB_REGISTER)
        return self.register.open_permohonan(pid)

    def show_inbox(self) -> None:
        self.tabs.setCurrentIndex(self.TAB_INBOX)

    # ---- internals
    def _on_own_change(self, changes: Changes) -> None:
        """An action here: refresh both lists, then tell the app."""
        self.inbox.refresh()
        self.register.refresh()
        self.data_changed.emit(changes)

    def _on_inbox_count_changed(self, count: int) -> None:
        self.tabs.setTabText(self.TAB_INBOX, self.tr("Perlu tindakan (%1)").replace(
            "%1", str(count)) if count else self.tr("Perlu tindakan"))
        self.badge_changed.emit(count, self.inbox.nip())
