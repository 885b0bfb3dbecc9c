import dataclasses
import importlib.util

import pytest
from PySide6.QtWidgets import QMessageBox

from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views import main_window as main_window_module
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.placeholder import PlaceholderWidget
from sistemkerja_desktop.views.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

HAS_STRUKTUR = importlib.util.find_spec(
    "sistemkerja_desktop.views.struktur.struktur_widget") is not None
needs_struktur = pytest.mark.skipif(not HAS_STRUKTUR, reason="StrukturWidget not built yet")


@pytest.fixture
def window(qtbot, demo_services):
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    return w


def _menu_texts(window):
    return {menu.title(): [a.text() for a in menu.actions() if not a.isSeparator()]
            for menu in (a.menu() for a in window.menuBar().actions())}


def test_title_and_status_bar_name_the_agency_database_and_profile(window, demo_services):
    pd = demo_services.agency.get_agency()
    assert window.windowTitle() == f"Sistem Kerja Desktop — {pd.nama} {pd.pemda}"
    assert str(demo_services.db_path) in window.db_label.text()
    profile = demo_services.agency.profile()
    assert window.profile_label.text() == f"Profil peraturan: {profile.singkat or profile.nama}"


def test_five_areas_the_unbuilt_ones_say_so(window):
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Bagan Organisasi", "Struktur & Kedudukan", "Tim Kerja", "Penugasan", "Laporan"]
    assert window.pages.currentIndex() == MainWindow.AREA_BAGAN  # what a Kepala Dinas sees first
    for area in (MainWindow.AREA_PENUGASAN, MainWindow.AREA_LAPORAN):
        page = window.pages.widget(area)
        assert isinstance(page, PlaceholderWidget)
        assert page.badge.text() == "Belum tersedia"
    nav.setCurrentRow(MainWindow.AREA_LAPORAN)
    assert window.pages.currentIndex() == MainWindow.AREA_LAPORAN


def test_menus_are_indonesian(window):
    assert _menu_texts(window) == {
        "&Berkas": ["&Impor pegawai…", "&Ekspor pegawai…", "Kirim roster lewat e&mail…",
                    "&Keluar"],
        "&Data": ["&Periksa kedudukan", "Pengaturan Perangkat &Daerah…",
                  "Pengaturan &naskah dinas…"],
        "Ban&tuan": ["&Tentang"],
    }


def test_agency_change_refreshes_title_and_profile(window, demo_services):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(
        pd, nama="Dinas Kesehatan dan KB", profil="pasuruan"))
    window.data_changed.emit(Changes(agency=True))
    assert window.windowTitle() == f"Sistem Kerja Desktop — Dinas Kesehatan dan KB {pd.pemda}"
    assert "Pasuruan" in window.profile_label.text()


def test_settings_menu_emits_data_changed(window, qtbot, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(
        lambda cls, services, parent=None: Changes(agency=True)))
    with qtbot.waitSignal(window.data_changed) as blocker:
        window.settings_action.trigger()
    assert blocker.args == [Changes(agency=True)]


def test_settings_cancelled_changes_nothing(window, qtbot, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, services, parent=None: None))
    with qtbot.assertNotEmitted(window.data_changed):
        window.settings_action.trigger()


def test_about_box_is_indonesian(window, monkeypatch):
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), box.informativeText(),
                      [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window.about_action.trigger()
    title, text, info, buttons = shown[0]
    assert title == "Tentang Sistem Kerja Desktop"
    assert "versi" in text
    assert "Perangkat Daerah" in info
    assert buttons == ["OK"]


@needs_struktur
def test_struktur_widget_is_embedded_and_wired(window, qtbot, monkeypatch):
    from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget

    assert isinstance(window.struktur, StrukturWidget)
    assert window.pages.widget(MainWindow.AREA_STRUKTUR) is window.struktur
    calls = []
    for name in ("start_import", "start_export", "run_periksa", "refresh"):
        monkeypatch.setattr(window.struktur, name, lambda n=name: calls.append(n))
    window.show_area(MainWindow.AREA_TIM)
    window.import_action.trigger()
    assert window.pages.currentIndex() == MainWindow.AREA_STRUKTUR
    window.export_action.trigger()
    window.periksa_action.trigger()
    assert calls == ["start_import", "start_export", "run_periksa"]

    # the area's own edit is relayed app-wide without refreshing the area a second time
    with qtbot.waitSignal(window.data_changed) as blocker:
        window.struktur.data_changed.emit(Changes(pegawai=True))
    assert blocker.args == [Changes(pegawai=True)]
    assert calls == ["start_import", "start_export", "run_periksa"]
    # a change made elsewhere (settings, another area) refreshes it
    window.data_changed.emit(Changes(agency=True))
    assert calls[-1] == "refresh"


def test_without_struktur_module_the_area_is_an_honest_placeholder(qtbot, demo_services,
                                                                   monkeypatch):
    monkeypatch.setattr(main_window_module, "StrukturWidget", None)
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    assert isinstance(w.pages.widget(MainWindow.AREA_STRUKTUR), PlaceholderWidget)
    assert not w.import_action.isEnabled()
    assert not w.periksa_action.isEnabled()
    assert w.settings_action.isEnabled()


def test_bagan_is_first_and_closing_with_unsaved_moves_asks(window, monkeypatch):
    from sistemkerja_desktop.views.orgchart.dialogs import DataPindah, PindahDialog
    from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget

    bagan = window.bagan
    assert window.pages.widget(MainWindow.AREA_BAGAN) is bagan
    s = bagan.document.struktur
    fajar = next(p.id for p in s.pegawai if p.nama == "Fajar Nugroho")
    yankes = next(p.id for p in s.positions if p.nama == "Kepala Bidang Pelayanan Kesehatan")
    monkeypatch.setattr(PindahDialog, "ask", classmethod(
        lambda cls, parent, ringkasan, tmt, dasar="": DataPindah(tmt, "SK", False)))
    assert bagan.flow.pindahkan([fajar], yankes)
    assert window.navigation.item(MainWindow.AREA_BAGAN).text() == "Bagan Organisasi •"
    window.show_area(MainWindow.AREA_LAPORAN)
    monkeypatch.setattr(OrgChartWidget, "maybe_save", lambda self: False)
    assert not window.close()
    assert window.pages.currentIndex() == MainWindow.AREA_BAGAN  # shown what is unsaved
    monkeypatch.setattr(OrgChartWidget, "maybe_save", lambda self: True)
    assert window.close()


@needs_struktur
def test_saving_the_chart_refreshes_the_list_and_edits_refresh_the_chart(window, qtbot,
                                                                          monkeypatch):
    calls = []
    monkeypatch.setattr(window.struktur, "refresh", lambda: calls.append("struktur"))
    monkeypatch.setattr(window.bagan, "refresh", lambda: calls.append("bagan"))
    window.bagan.data_changed.emit(Changes(kedudukan=True))
    assert calls == ["struktur"]
    window.struktur.data_changed.emit(Changes(pegawai=True))
    assert calls == ["struktur", "bagan"]


@pytest.mark.gui
def test_areas_other_than_the_bagan_are_built_when_first_shown(qtbot, demo_services):
    from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget
    from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert window.findChild(StrukturWidget) is None and window.findChild(TeamsWidget) is None
    window.show_area(MainWindow.AREA_TIM)
    assert window.pages.currentWidget() is window.findChild(TeamsWidget)
    assert window.findChild(StrukturWidget) is None
    window.show_area(MainWindow.AREA_STRUKTUR)
    assert window.pages.currentWidget() is window.findChild(StrukturWidget)
    assert window.pages.count() == 5
