"""The main window: a thin shell of menus, a left navigation over four areas, and a status bar.

Features live in their own widgets; the shell forwards menu actions to them and relays one
application-level `data_changed(Changes)` signal that refreshes the areas, title and status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop import __version__
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common.messages import relabel_message_box, show_error
from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget
from sistemkerja_desktop.views.placeholder import PlaceholderWidget
from sistemkerja_desktop.views.settings_dialog import SettingsDialog
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

try:
    from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget
except ModuleNotFoundError as _exc:  # being built concurrently; never hide a broken module
    if _exc.name != "sistemkerja_desktop.views.struktur.struktur_widget":
        raise
    StrukturWidget = None  # type: ignore[assignment,misc]

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)

NAV_STYLE = """
QFrame#sidebar { border: none; border-right: 1px solid palette(mid); }
QListWidget#navigation { background: transparent; border: none; outline: 0; }
QListWidget#navigation::item { padding: 10px 14px; margin: 2px 8px; border-radius: 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    data_changed = Signal(object)  # Changes

    AREA_BAGAN, AREA_STRUKTUR, AREA_TIM, AREA_PENUGASAN, AREA_LAPORAN = range(5)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.resize(1280, 800)
        self.bagan: OrgChartWidget | None = None
        # Struktur and Tim Kerja are built when first shown (each loads the whole agency):
        # start-up pays only for the Bagan, the area that opens first.
        self._struktur: QWidget | None = None
        self._tim: TeamsWidget | None = None
        self._lazy: dict[int, Callable[[], QWidget]] = {}
        self._changes_origin: QWidget | None = None  # the area whose edit is being relayed
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(0, 0))
        self.pages = QStackedWidget()
        self._build_areas()
        self._build_menus()
        self._build_status_bar()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar())
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.navigation.setCurrentRow(self.AREA_BAGAN)
        self.data_changed.connect(self._on_data_changed)
        self._refresh_identity()

    # ---- construction ---------------------------------------------------------------------

    def _sidebar(self) -> QWidget:
        side = QFrame()
        side.setObjectName("sidebar")
        side.setStyleSheet(NAV_STYLE)
        side.setFixedWidth(200)
        self.sidebar_title = QLabel()
        self.sidebar_title.setWordWrap(True)
        self.sidebar_title.setContentsMargins(16, 16, 16, 8)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar_title)
        layout.addWidget(self.navigation, 1)
        return side

    def _add_area(self, title: str, widget: QWidget, tooltip: str) -> None:
        item = QListWidgetItem(title)
        item.setToolTip(tooltip)
        self.navigation.addItem(item)
        self.pages.addWidget(widget)

    def _add_lazy_area(self, index: int, title: str, factory: Callable[[], QWidget],
                       tooltip: str) -> None:
        self._lazy[index] = factory
        self._add_area(title, QWidget(), tooltip)

    def _ensure_area(self, index: int) -> None:
        factory = self._lazy.pop(index, None)
        if factory is None:
            return
        stand_in = self.pages.widget(index)
        self.pages.insertWidget(index, factory())
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()

    def _make_struktur(self) -> QWidget:
        assert StrukturWidget is not None
        self._struktur = StrukturWidget(self.services, self)
        self._struktur.data_changed.connect(self._on_struktur_data_changed)
        return self._struktur

    def _make_tim(self) -> QWidget:
        self._tim = TeamsWidget(self.services, self)
        self._tim.data_changed.connect(self._on_tim_data_changed)
        return self._tim

    @property
    def struktur(self) -> QWidget | None:
        """The Struktur area, built on first use (None when the module is missing)."""
        self._ensure_area(self.AREA_STRUKTUR)
        return self._struktur

    @property
    def tim(self) -> TeamsWidget:
        self._ensure_area(self.AREA_TIM)
        assert self._tim is not None
        return self._tim

    def _on_navigation_current_row_changed(self, row: int) -> None:
        self._ensure_area(row)
        self.pages.setCurrentIndex(row)

    def _build_areas(self) -> None:
        self.bagan = OrgChartWidget(self.services, self)
        self.bagan.data_changed.connect(self._on_bagan_data_changed)
        self.bagan.modified_changed.connect(self._on_bagan_modified_changed)
        self._add_area(self.tr("Bagan Organisasi"), self.bagan,
                       self.tr("Seluruh Perangkat Daerah dalam satu bagan: kedudukan JF dan "
                               "Pelaksana di bawah Pejabat Penilai Kinerja"))
        struktur_tip = self.tr("Unit kerja, pegawai, dan kedudukan Pejabat Fungsional/Pelaksana")
        if StrukturWidget is not None:
            self._add_lazy_area(self.AREA_STRUKTUR, self.tr("Struktur & Kedudukan"),
                                self._make_struktur, struktur_tip)
        else:
            self._add_area(self.tr("Struktur & Kedudukan"), PlaceholderWidget(
                self.tr("Struktur & Kedudukan"),
                self.tr("Modul struktur tidak terpasang pada salinan aplikasi ini."),
                [self.tr("Pohon unit kerja, daftar pegawai dan kedudukannya")]), struktur_tip)
        self._add_lazy_area(self.AREA_TIM, self.tr("Tim Kerja"), self._make_tim,
                            self.tr("Tim Kerja dan Kelompok Kerja: anggota, aturan profil, beban "
                                    "kerja, SK dan Surat Tugas"))
        self._add_area(self.tr("Penugasan"), PlaceholderWidget(
            self.tr("Penugasan"),
            self.tr("Penugasan Pejabat Fungsional dan Pelaksana ke dalam unit atau tim lain, "
                    "dengan persetujuan pejabat yang berwenang."),
            [self.tr("Permintaan penugasan dan alur persetujuannya"),
             self.tr("Riwayat keputusan yang dapat ditelusuri"),
             self.tr("Surat Tugas dalam PDF sesuai tata naskah dinas daerah")]),
            self.tr("Belum tersedia"))
        self._add_area(self.tr("Laporan"), PlaceholderWidget(
            self.tr("Laporan"),
            self.tr("Pemantauan kemajuan Tim Kerja dan penugasan per periode yang ditetapkan "
                    "profil peraturan."),
            [self.tr("Catatan kemajuan per periode pemantauan"),
             self.tr("Rekap untuk pimpinan dalam PDF dan Excel")]),
            self.tr("Belum tersedia"))

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | str | None = None,
                enabled: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        return action

    def _build_menus(self) -> None:
        has_struktur = StrukturWidget is not None
        self.import_action = self._action(self.tr("&Impor pegawai…"), self._on_import_triggered,
                                          "Ctrl+I", has_struktur)
        self.export_action = self._action(self.tr("&Ekspor pegawai…"), self._on_export_triggered,
                                          "Ctrl+E", has_struktur)
        self.quit_action = self._action(self.tr("&Keluar"), self.close, "Ctrl+Q")
        self.periksa_action = self._action(self.tr("&Periksa kedudukan"),
                                           self._on_periksa_triggered, "F5", has_struktur)
        self.settings_action = self._action(self.tr("Pengaturan Perangkat &Daerah…"),
                                            self._on_settings_triggered)
        self.about_action = self._action(self.tr("&Tentang"), self._on_about_triggered)
        self.share_action = self._action(self.tr("Kirim roster lewat e&mail…"),
                                         self._on_share_triggered)
        self.naskah_action = self._action(self.tr("Pengaturan &naskah dinas…"),
                                          self._on_naskah_triggered)

        bar = self.menuBar()
        berkas = bar.addMenu(self.tr("&Berkas"))
        berkas.addAction(self.import_action)
        berkas.addAction(self.export_action)
        berkas.addAction(self.share_action)
        berkas.addSeparator()
        berkas.addAction(self.quit_action)
        data = bar.addMenu(self.tr("&Data"))
        data.addAction(self.periksa_action)
        data.addSeparator()
        data.addAction(self.settings_action)
        data.addAction(self.naskah_action)
        bantuan = bar.addMenu(self.tr("Ban&tuan"))
        bantuan.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.profile_label)

    # ---- refresh ------------------------------------------------------------------------

    def _refresh_identity(self) -> None:
        """Title, sidebar heading and status bar from the current Perangkat Daerah."""
        pd = self.services.agency.get_agency()
        self.setWindowTitle(self.tr("Sistem Kerja Desktop — %1 %2")
                            .replace("%1", pd.nama).replace("%2", pd.pemda))
        self.sidebar_title.setText(f"<b>{pd.nama}</b><br><span style='color:#666'>"
                                   f"{pd.pemda}</span>")
        path = str(self.services.db_path)
        self.db_label.setText(self.tr("Basis data: %1").replace("%1", path))
        self.db_label.setToolTip(path)
        try:
            profile = self.services.agency.profile()
        except SistemKerjaError as exc:  # a profile code this version does not know
            log.warning("Unknown regulation profile: %s", exc.code)
            self.profile_label.setText(self.tr("Profil peraturan: tidak dikenal (%1)")
                                       .replace("%1", pd.profil))
        else:
            self.profile_label.setText(self.tr("Profil peraturan: %1")
                                       .replace("%1", profile.singkat or profile.nama))
            self.profile_label.setToolTip(profile.nama)

    def _on_struktur_data_changed(self, changes: Changes) -> None:
        """Relay an area's own edit app-wide; that area has already refreshed itself."""
        self._changes_origin = self._struktur
        try:
            self.data_changed.emit(changes)
        finally:
            self._changes_origin = None

    def _on_bagan_data_changed(self, changes: Changes) -> None:
        self._changes_origin = self.bagan
        try:
            self.data_changed.emit(changes)
        finally:
            self._changes_origin = None

    def _on_tim_data_changed(self, changes: Changes) -> None:
        self._changes_origin = self._tim
        try:
            self.data_changed.emit(changes)
        finally:
            self._changes_origin = None

    def _on_bagan_modified_changed(self, modified: bool) -> None:
        item = self.navigation.item(self.AREA_BAGAN)
        item.setText(self.tr("Bagan Organisasi") + (" •" if modified else ""))

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.agency:
            self._refresh_identity()
        if (self.bagan is not None and self._changes_origin is not self.bagan
                and (changes.agency or changes.units or changes.pegawai or changes.kedudukan)):
            self.bagan.refresh()
        if self.bagan is not None and (changes.teams or changes.agency):
            self.bagan.teams_changed()  # the team overlay on the chart
        # Areas not built yet load fresh data when they are first shown.
        if (self._struktur is not None and self._changes_origin is not self._struktur
                and (changes.agency or changes.units or changes.pegawai or changes.kedudukan)):
            self._struktur.refresh()
        if (self._tim is not None and self._changes_origin is not self._tim
                and (changes.agency or changes.units or changes.pegawai or changes.teams
                     or changes.dokumen)):
            self._tim.refresh()

    # ---- actions ------------------------------------------------------------------------

    def show_area(self, area: int) -> None:
        self.navigation.setCurrentRow(area)

    def _on_share_triggered(self) -> None:
        self.tim.share()

    def _on_naskah_triggered(self) -> None:
        self.tim.open_naskah_settings()

    def _on_import_triggered(self) -> None:
        if self.struktur is not None:
            self.show_area(self.AREA_STRUKTUR)
            self.struktur.start_import()

    def _on_export_triggered(self) -> None:
        if self.struktur is not None:
            self.show_area(self.AREA_STRUKTUR)
            self.struktur.start_export()

    def _on_periksa_triggered(self) -> None:
        if self.struktur is not None:
            self.show_area(self.AREA_STRUKTUR)
            self.struktur.run_periksa()

    def _on_settings_triggered(self) -> None:
        try:
            changes = SettingsDialog.ask(self.services, self)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Pengaturan tidak dapat dibuka"))
            return
        if changes is not None:
            self.data_changed.emit(changes)

    def _on_about_triggered(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Tentang Sistem Kerja Desktop"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("<b>Sistem Kerja Desktop</b> versi %1").replace("%1", __version__))
        box.setInformativeText(self.tr(
            "Aplikasi untuk satu Perangkat Daerah yang menerapkan Peraturan Bupati tentang "
            "Sistem Kerja setelah penyederhanaan birokrasi (PermenPANRB 7/2022). Versi ini "
            "mengelola struktur dan kedudukan Pejabat Fungsional dan Pelaksana, serta Tim "
            "Kerja beserta SK dan Surat Tugasnya; penugasan dan laporan menyusul.\n\n"
            "Basis data: %1").replace("%1", str(self.services.db_path)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        relabel_message_box(box)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.bagan is not None and not self.bagan.maybe_save():
            self.show_area(self.AREA_BAGAN)
            event.ignore()
            return
        log.info("Main window closed")
        super().closeEvent(event)
