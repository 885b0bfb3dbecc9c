"""The *Laporan* area: the report tracker (tab *Laporan*: Perlu tindakan, per team, per person,
each team's or person's timeline of periods and each report's page), the monitoring dashboard
(*Pantauan*) and the performance indicators with the Matriks Peran Hasil (*Kinerja & MPH*).

The main window embeds one `LaporanWidget`, calls `refresh()` when data changed elsewhere,
listens to `data_changed(Changes)` for what was done here and to `badge_changed(count, nip)`
for the count on the area's navigation button, and calls `open_tindakan(nip, laporan_id)` when
Penugasan's *Perlu tindakan* sends the user here."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.laporan.laporan_pane import LaporanPane
from sistemkerja_desktop.views.placeholder import PlaceholderWidget

log = logging.getLogger(__name__)

# (tab title, module, class): the two other tabs, built by their own modules
_TABS = ((QT_TRANSLATE_NOOP("LaporanWidget", "Pantauan"),
          "sistemkerja_desktop.views.laporan.pantauan_widget", "PantauanWidget"),
         (QT_TRANSLATE_NOOP("LaporanWidget", "Kinerja && MPH"),
          "sistemkerja_desktop.views.laporan.kinerja_widget", "KinerjaWidget"))


def _load(module: str, name: str) -> type | None:
    """The tab's class; None while its module is not installed (never hides a broken one)."""
    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name != module:
            raise
        return None


class LaporanWidget(QWidget):
    data_changed = Signal(object)  # Changes
    badge_changed = Signal(int, str)  # Perlu tindakan of the chosen person today, NIP

    TAB_LAPORAN, TAB_PANTAUAN, TAB_KINERJA = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.pane = LaporanPane(services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.pane, self.tr("Laporan"))
        self.others: list[QWidget] = []
        for title, module, name in _TABS:
            cls = _load(module, name)
            if cls is not None:
                widget = cls(services)
                signal = getattr(widget, "data_changed", None)
                if signal is not None:
                    signal.connect(self._on_other_changed)
            else:
                widget = PlaceholderWidget(self.tr(title).replace("&&", "&"),
                                           self.tr("Sedang disiapkan."), [])
            self.others.append(widget)
            self.tabs.addTab(widget, self.tr(title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.pane.data_changed.connect(self._on_own_change)
        self.pane.count_changed.connect(lambda _n, _nip: self._emit_badge())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._stale: set[int] = set()
        self.refresh()

    # ---- contract with the main window
    def refresh(self) -> None:
        self.pane.refresh()
        current = self.tabs.currentIndex()
        for i, w in enumerate(self.others, start=1):
            if i == current:
                self._refresh_other(w)
            else:
                self._stale.add(i)  # refreshed when shown

    def open_tindakan(self, nip: str = "", laporan_id: int | None = None) -> bool:
        """*Perlu tindakan* of `nip` on the report `laporan_id` (Penugasan's link)."""
        self.tabs.setCurrentIndex(self.TAB_LAPORAN)
        return self.pane.open_tindakan(nip, laporan_id)

    def badge(self) -> tuple[int, str]:
        nip = self.pane.nip()
        try:
            return (self._services.laporan.jumlah_perlu_tindakan(nip) if nip else 0), nip
        except SistemKerjaError:
            return 0, nip

    # ---- internals
    def _emit_badge(self) -> None:
        self.badge_changed.emit(*self.badge())

    def _refresh_other(self, w: QWidget) -> None:
        refresh = getattr(w, "refresh", None)
        if refresh is not None:
            try:
                refresh()
            except SistemKerjaError as exc:
                log.info("Tab not refreshed: %s", exc.code)

    def _on_tab_changed(self, index: int) -> None:
        if index in self._stale:
            self._stale.discard(index)
            self._refresh_other(self.tabs.widget(index))

    def _on_own_change(self, changes: Changes) -> None:
        self._stale.update(range(1, self.tabs.count()))
        self.data_changed.emit(changes)

    def _on_other_changed(self, changes: Changes) -> None:
        self.pane.refresh()
        self.data_changed.emit(changes)
