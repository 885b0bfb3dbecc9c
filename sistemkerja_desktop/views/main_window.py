"""The main window: a thin shell of menus, a left navigation over five areas, and a status bar.

Features live in their own widgets; the shell forwards menu actions to them and relays one
application-level `data_changed(Changes)` signal that refreshes the areas, title and status bar.
Every area that can hold unsaved edits reports to one `UnsavedRegistry`: closing the window,
switching the data file (`confirm_unsaved`) and leaving the area through the navigation ask
*Simpan / Buang / Batal*. Opening another file is only requested (`open_file_requested`); the
window controller does it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.banner import FileBanners
from sistemkerja_desktop.views.bantuan.menu import BantuanMenu
from sistemkerja_desktop.views.berkas_menu import BerkasMenu, DemoImport, ask_import_into_demo
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.unsaved import UnsavedEdits, UnsavedRegistry
from sistemkerja_desktop.views.laporan.laporan_widget import LaporanWidget
from sistemkerja_desktop.views.laporan.penunggu import badge_count as laporan_badge
from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget
from sistemkerja_desktop.views.penugasan.nav_badge import NavBadgeDelegate, set_badge
from sistemkerja_desktop.views.penugasan.penugasan_widget import PenugasanWidget
from sistemkerja_desktop.views.penugasan.perlu_tindakan import badge_count
from sistemkerja_desktop.views.settings_dialog import SettingsDialog
from sistemkerja_desktop.views.shell_parts import (
    DEMO_BADGE_STYLE,
    show_about,
    sidebar,
    struktur_placeholder,
)
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

class MainWindow(QMainWindow):
    data_changed = Signal(object)  # Changes
    open_file_requested = Signal(object)  # berkas_menu.FileRequest, for the window controller
    take_over_requested = Signal()  # *Ambil alih* on the read-only bar: reopen with the lock

    AREA_BAGAN, AREA_STRUKTUR, AREA_TIM, AREA_PENUGASAN, AREA_LAPORAN = range(5)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.resize(1280, 720)  # the window controller fits it to the screen when shown
        self.is_demo = services.demo.is_demo()
        self.unsaved = UnsavedRegistry(self)
        self._asking_all = False  # confirm_all shows areas: no per-area question meanwhile
        self._close_confirmed = False  # unsaved edits already answered (file switch)
        self._area_titles: list[str] = []
        self._area_row = self.AREA_BAGAN
        self.bagan: OrgChartWidget | None = None
        # Struktur and Tim Kerja are built when first shown (each loads the whole agency):
        # start-up pays only for the Bagan, the area that opens first.
        self._struktur: QWidget | None = None
        self._tim: TeamsWidget | None = None
        self._penugasan: PenugasanWidget | None = None
        self._laporan: LaporanWidget | None = None
        self._lazy: dict[int, Callable[[], QWidget]] = {}
        self._changes_origin: QWidget | None = None  # the area whose edit is being relayed
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(0, 0))
        self.navigation.setItemDelegate(NavBadgeDelegate(self.navigation))  # Perlu tindakan
        self.pages = QStackedWidget()
        self._build_areas()
        self._build_menus()
        self._build_status_bar()

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banners = FileBanners(services, self)  # read-only, upgraded: above everything
        self.banners.take_over_requested.connect(self.take_over_requested)
        self.banners.restore_requested.connect(self.berkas.restore_action.trigger)
        outer.addWidget(self.banners)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        side, self.sidebar_title = sidebar(self.navigation)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.navigation.setCurrentRow(self.AREA_BAGAN)
        self.data_changed.connect(self._on_data_changed)
        self.unsaved.changed.connect(self._on_unsaved_changed)
        self._register_area(self.bagan)
        self._refresh_identity()
        self.update_penugasan_badge()

    # ---- construction ---------------------------------------------------------------------

    def _add_area(self, title: str, widget: QWidget, tooltip: str) -> None:
        self._area_titles.append(title)
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
        widget = factory()
        self.pages.insertWidget(index, widget)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        self._register_area(widget)

    def _register_area(self, widget: QWidget | None) -> None:
        """An area with the `UnsavedEdits` protocol is asked before the window closes, the file
        changes or the user leaves it; its dirty-state signal refreshes the title marker."""
        if widget is None or not isinstance(widget, UnsavedEdits):
            return
        self.unsaved.register(widget, widget)
        signal = getattr(widget, "modified_changed", getattr(widget, "unsaved_changed", None))
        if signal is not None:
            signal.connect(self._on_area_unsaved_changed)
        self.unsaved.notify()

    def _make_struktur(self) -> QWidget:
        assert StrukturWidget is not None
        struktur = StrukturWidget(self.services, self)
        struktur.data_changed.connect(self._on_struktur_data_changed)
        struktur.show_on_chart_requested.connect(self._on_struktur_show_on_chart_requested)
        struktur.import_guard = self.confirm_demo_import
        self._struktur = struktur
        return struktur

    def _make_tim(self) -> QWidget:
        self._tim = TeamsWidget(self.services, self)
        self._tim.data_changed.connect(self._on_tim_data_changed)
        return self._tim

    def _make_penugasan(self) -> QWidget:
        self._penugasan = PenugasanWidget(self.services, self)
        self._penugasan.data_changed.connect(self._on_penugasan_data_changed)
        self._penugasan.badge_changed.connect(self._on_penugasan_badge_changed)
        self._penugasan.inbox.laporan_requested.connect(self.open_laporan)
        return self._penugasan

    def _make_laporan(self) -> QWidget:
        self._laporan = LaporanWidget(self.services, self)
        self._laporan.data_changed.connect(lambda c: self._relay(self._laporan, c))
        self._laporan.badge_changed.connect(
            lambda n, _nip: set_badge(self.navigation, self.AREA_LAPORAN, n))
        return self._laporan

    @property
    def penugasan(self) -> PenugasanWidget:
        self._ensure_area(self.AREA_PENUGASAN)
        assert self._penugasan is not None
        return self._penugasan

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
        leaving = self.pages.widget(self._area_row)
        if (row != self._area_row and not self._asking_all and isinstance(leaving, UnsavedEdits)
                and not self.unsaved.confirm(self, leaving, self.tr("meninggalkan area ini"))):
            with QSignalBlocker(self.navigation):  # Batal: stay in the area
                self.navigation.setCurrentRow(self._area_row)
            self.unsaved.notify()
            return
        self._ensure_area(row)
        self.pages.setCurrentIndex(row)
        self._area_row = row
        self.unsaved.notify()

    def _build_areas(self) -> None:
        self.bagan = OrgChartWidget(self.services, self)
        self.bagan.data_changed.connect(self._on_bagan_data_changed)
        self._add_area(self.tr("Bagan Organisasi"), self.bagan,
                       self.tr("Seluruh Perangkat Daerah dalam satu bagan: kedudukan JF dan "
                               "Pelaksana di bawah Pejabat Penilai Kinerja"))
        struktur_tip = self.tr("Unit kerja, pegawai, dan kedudukan Pejabat Fungsional/Pelaksana")
        if StrukturWidget is not None:
            self._add_lazy_area(self.AREA_STRUKTUR, self.tr("Struktur & Kedudukan"),
                                self._make_struktur, struktur_tip)
        else:
            self._add_area(self.tr("Struktur & Kedudukan"), struktur_placeholder(), struktur_tip)
        self._add_lazy_area(self.AREA_TIM, self.tr("Tim Kerja"), self._make_tim,
                            self.tr("Tim Kerja dan Kelompok Kerja: anggota, aturan profil, beban "
                                    "kerja, SK dan Surat Tugas"))
        self._add_lazy_area(self.AREA_PENUGASAN, self.tr("Penugasan"), self._make_penugasan,
                            self.tr("Permohonan penugasan, alur persetujuannya, dan yang "
                                    "perlu tindakan"))
        self._add_lazy_area(self.AREA_LAPORAN, self.tr("Laporan"), self._make_laporan,
                            self.tr("Jadwal dan linimasa laporan, tinjauannya, pantauan, "
                                    "indikator kinerja dan Matriks Peran Hasil"))

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

        self.berkas = BerkasMenu(self, self.services, [
            self.import_action, self.export_action, self.share_action], self.quit_action)
        self.berkas.file_requested.connect(self.open_file_requested)
        self.berkas.paket.imported.connect(lambda changes: self._relay(None, changes))
        bar = self.menuBar()
        data = bar.addMenu(self.tr("&Data"))
        data.addAction(self.periksa_action)
        data.addSeparator()
        data.addAction(self.settings_action)
        data.addAction(self.naskah_action)
        self.bantuan = BantuanMenu(self, bar.addMenu(self.tr("Ban&tuan")), self.about_action)

    def _build_status_bar(self) -> None:
        self.demo_label = QLabel(self.tr("CONTOH"))
        self.demo_label.setObjectName("demo_badge")
        self.demo_label.setStyleSheet(DEMO_BADGE_STYLE)
        self.demo_label.setToolTip(self.tr(
            "Data contoh rekaan. Untuk data Anda: Berkas › Perangkat Daerah baru…"))
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.demo_label)
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(self.profile_label)

    # ---- refresh ------------------------------------------------------------------------

    def _refresh_identity(self) -> None:
        """Title, sidebar heading and status bar from the current Perangkat Daerah."""
        pd = self.services.agency.get_agency()
        title = (self.tr("Sistem Kerja Desktop — CONTOH — %1 %2[*]") if self.is_demo
                 else self.tr("Sistem Kerja Desktop — %1 %2[*]"))
        if self.services.read_only_reason:
            title = title.replace("[*]", self.tr(" (hanya-baca)[*]"))
        self.setWindowTitle(title.replace("%1", pd.nama).replace("%2", pd.pemda))
        self.sidebar_title.setText(f"<b>{pd.nama}</b><br><span style='color:#666'>"
                                   f"{pd.pemda}</span>")
        path = self.services.db_path
        self.demo_label.setVisible(self.is_demo)
        self.db_label.setText(self.tr("Berkas: %1").replace("%1", path.name))
        self.db_label.setToolTip(str(path))
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

    def _relay(self, origin: QWidget | None, changes: Changes) -> None:
        """Relay an area's own edit app-wide; that area has already refreshed itself."""
        self._changes_origin = origin
        try:
            self.data_changed.emit(changes)
        finally:
            self._changes_origin = None

    def _on_struktur_data_changed(self, changes: Changes) -> None:
        self._relay(self._struktur, changes)

    def _on_bagan_data_changed(self, changes: Changes) -> None:
        self._relay(self.bagan, changes)

    def _on_tim_data_changed(self, changes: Changes) -> None:
        self._relay(self._tim, changes)

    def _on_penugasan_data_changed(self, changes: Changes) -> None:
        self._relay(self._penugasan, changes)

    def _on_penugasan_badge_changed(self, count: int, _nip: str) -> None:
        set_badge(self.navigation, self.AREA_PENUGASAN, count)

    def update_penugasan_badge(self) -> None:
        """The count of *Perlu tindakan* (for the person chosen there) on the area button."""
        count, _nip = badge_count(self.services)
        set_badge(self.navigation, self.AREA_PENUGASAN, count)
        set_badge(self.navigation, self.AREA_LAPORAN, laporan_badge(self.services)[0])

    def _on_area_unsaved_changed(self, *_args: object) -> None:
        self.unsaved.notify()

    def _on_unsaved_changed(self) -> None:
        """The title marker and a dot after each area with unsaved edits."""
        dirty = {id(guard) for guard, _description in self.unsaved.dirty()}
        self.setWindowModified(bool(dirty))
        for row, title in enumerate(self._area_titles):
            marked = title + (" •" if id(self.pages.widget(row)) in dirty else "")
            item = self.navigation.item(row)
            if item is not None and item.text() != marked:
                item.setText(marked)

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
        if (self._penugasan is not None and self._changes_origin is not self._penugasan
                and (changes.agency or changes.units or changes.pegawai or changes.kedudukan
                     or changes.teams or changes.penugasan)):
            self._penugasan.refresh()  # its inbox emits the badge count
        elif changes.agency or changes.pegawai or changes.kedudukan or changes.penugasan:
            self.update_penugasan_badge()
        if (self._laporan is not None and self._changes_origin is not self._laporan
                and (changes.agency or changes.pegawai or changes.kedudukan or changes.teams
                     or changes.penugasan or changes.laporan)):
            self._laporan.refresh()  # emits its badge count
        elif changes.laporan or changes.teams:
            self.update_penugasan_badge()

    # ---- actions ------------------------------------------------------------------------

    def show_area(self, area: int) -> None:
        self.navigation.setCurrentRow(area)

    def open_laporan(self, nip: str, laporan_id: object = None) -> None:
        """Penugasan's *Perlu tindakan* link: that person's laporan items in the Laporan area."""
        self.show_area(self.AREA_LAPORAN)
        if self._laporan is not None and self.pages.currentIndex() == self.AREA_LAPORAN:
            self._laporan.open_tindakan(nip, laporan_id if isinstance(laporan_id, int) else None)

    def _on_struktur_show_on_chart_requested(self, nip: str) -> None:
        """*Lihat PPK*: the chart, centred on that pegawai (unless the user stays in Struktur)."""
        self.show_area(self.AREA_BAGAN)
        if self.bagan is not None and self.pages.currentIndex() == self.AREA_BAGAN:
            self.bagan.show_pegawai(nip)

    def _on_share_triggered(self) -> None:
        self.tim.share()

    def _on_naskah_triggered(self) -> None:
        self.tim.open_naskah_settings()

    def _show_struktur(self) -> bool:
        """Go to Struktur (leaving the current area may be refused by the user)."""
        if self.struktur is None:
            return False
        self.show_area(self.AREA_STRUKTUR)
        return self.pages.currentIndex() == self.AREA_STRUKTUR

    def confirm_demo_import(self) -> bool:
        """In the demo, importing asks first; *Buat baru* starts a Perangkat Daerah of one's own."""
        if not self.is_demo:
            return True
        answer = ask_import_into_demo(self)
        if answer is DemoImport.BUAT_BARU:
            self.berkas.new_file()
        return answer is DemoImport.IMPOR

    def _on_import_triggered(self) -> None:
        if self._show_struktur():
            self.struktur.start_import()  # asks confirm_demo_import first (import_guard)

    def _on_export_triggered(self) -> None:
        if self._show_struktur():
            self.struktur.start_export()

    def _on_periksa_triggered(self) -> None:
        if self._show_struktur():
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
        show_about(self, self.services.db_path)

    # ---- unsaved edits ----------------------------------------------------------------------

    def _show_page(self, widget: object) -> None:
        index = self.pages.indexOf(widget) if isinstance(widget, QWidget) else -1
        if index >= 0:
            self.navigation.setCurrentRow(index)

    def confirm_unsaved(self, action: str) -> bool:
        """Ask about every area with unsaved edits (showing each); True when it is fine to go on
        (`action`: "menutup aplikasi", "membuka berkas lain" …)."""
        self._asking_all = True
        try:
            return self.unsaved.confirm_all(self, action, show=self._show_page)
        finally:
            self._asking_all = False
            self.unsaved.notify()

    def close_confirmed(self) -> bool:
        """Close without asking again: the controller has had unsaved edits answered."""
        self._close_confirmed = True
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_confirmed and not self.confirm_unsaved(self.tr("menutup aplikasi")):
            event.ignore()
            return
        log.info("Main window closed")
        super().closeEvent(event)
