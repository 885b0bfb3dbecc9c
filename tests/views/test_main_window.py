import dataclasses
import importlib.util

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views import main_window as main_window_module
from sistemkerja_desktop.views.berkas_menu import DemoImport
from sistemkerja_desktop.views.common import unsaved as unsaved_module
from sistemkerja_desktop.views.common.unsaved import Choice
from sistemkerja_desktop.views.laporan.laporan_widget import LaporanWidget
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.penugasan.penugasan_widget import PenugasanWidget
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


def test_title_and_status_bar_name_the_agency_file_and_profile(qtbot, services):
    services.agency.create_agency(PerangkatDaerah(nama="Dinas Pendidikan",
                                                  pemda="Kabupaten Bungo", profil="bungo"))
    window = MainWindow(services)
    qtbot.addWidget(window)
    # '[*]' is where Qt shows the modified marker; it is not displayed as such
    assert window.windowTitle() == "Sistem Kerja Desktop — Dinas Pendidikan Kabupaten Bungo[*]"
    assert not window.isWindowModified()
    assert window.db_label.text() == "Berkas: t.sqlite"
    assert window.db_label.toolTip() == str(services.db_path)
    assert not window.demo_label.isVisibleTo(window)
    profile = services.agency.profile()
    assert window.profile_label.text() == f"Profil peraturan: {profile.singkat or profile.nama}"


def test_the_demo_says_contoh_in_title_and_status_bar(window, demo_services):
    pd = demo_services.agency.get_agency()
    assert window.windowTitle() == f"Sistem Kerja Desktop — CONTOH — {pd.nama} {pd.pemda}[*]"
    assert window.demo_label.isVisibleTo(window)
    assert window.demo_label.text() == "CONTOH"


def test_five_areas_the_unbuilt_ones_say_so(window):
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Bagan Organisasi", "Struktur & Kedudukan", "Tim Kerja", "Penugasan", "Laporan"]
    assert window.pages.currentIndex() == MainWindow.AREA_BAGAN  # what a Kepala Dinas sees first
    nav.setCurrentRow(MainWindow.AREA_PENUGASAN)  # issue #10: built when first opened
    assert isinstance(window.pages.widget(MainWindow.AREA_PENUGASAN), PenugasanWidget)
    assert not isinstance(window.pages.widget(MainWindow.AREA_LAPORAN), LaporanWidget)
    nav.setCurrentRow(MainWindow.AREA_LAPORAN)  # issue #11: no longer a placeholder
    assert window.pages.currentIndex() == MainWindow.AREA_LAPORAN
    page = window.pages.widget(MainWindow.AREA_LAPORAN)
    assert isinstance(page, LaporanWidget) and not isinstance(page, PlaceholderWidget)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Laporan", "Pantauan", "Kinerja && MPH"]


def test_menus_are_indonesian(window):
    assert _menu_texts(window) == {
        "&Berkas": ["Perangkat Daerah &baru…", "&Buka…", "Buka &terakhir",
                    "Buka ser&ver PostgreSQL…", "Buka &contoh",
                    "Simpan &salinan…", "&Cadangkan sekarang", "&Pulihkan dari cadangan…",
                    "Buka &folder data", "&Riwayat perubahan…", "Periksa berkas &data…",
                    "&Kirim perubahan…", "&Terima paket…", "&Impor pegawai…", "&Ekspor pegawai…", "Kirim roster lewat e&mail…",
                    "&Keluar"],
        "&Data": ["&Periksa kedudukan", "Pengaturan Perangkat &Daerah…",
                  "Pengaturan &naskah dinas…"],
        "Ban&tuan": ["&Panduan…", "Pintasan &papan ketik", "&Tentang"],
    }


def test_agency_change_refreshes_title_and_profile(window, demo_services):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(
        pd, nama="Dinas Kesehatan dan KB", profil="pasuruan"))
    window.data_changed.emit(Changes(agency=True))
    assert window.windowTitle() == (f"Sistem Kerja Desktop — CONTOH — Dinas Kesehatan dan KB "
                                    f"{pd.pemda}[*]")
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
    monkeypatch.setattr(main_window_module, "ask_import_into_demo",
                        lambda parent: DemoImport.IMPOR)  # the window shows the demo
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


# ---- unsaved edits: one registry in the shell ------------------------------------------------

class FakeArea(QWidget):
    """A tiny area with the UnsavedEdits protocol, standing in for the Tim Kerja area."""

    data_changed = Signal(object)
    unsaved_changed = Signal()

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.description = None
        self.saved = self.discarded = 0

    def refresh(self):
        pass

    def make_dirty(self, description="susunan tim belum disimpan"):
        self.description = description
        self.unsaved_changed.emit()

    def unsaved_description(self):
        return self.description

    def save_unsaved(self):
        self.saved += 1
        self.description = None
        return True

    def discard_unsaved(self):
        self.discarded += 1
        self.description = None


@pytest.fixture
def fake_window(qtbot, demo_services, monkeypatch):
    """A window whose Tim Kerja area is a FakeArea, built (and dirty) on request."""
    monkeypatch.setattr(main_window_module, "TeamsWidget", FakeArea)
    w = MainWindow(demo_services)
    w.show()
    yield w
    # not qtbot.addWidget: pytest-qt closes its widgets before fixtures end, and a test may
    # leave an area dirty on purpose — the question must never be asked for real
    for guard, _description in list(w.unsaved.dirty()):
        guard.discard_unsaved()
    w.close()
    w.deleteLater()


def answer(monkeypatch, *choices):
    """Answer the Simpan/Buang/Batal question with `choices` in turn; returns what was asked."""
    asked = []
    queue = list(choices)

    def fake(parent, description, action=""):
        asked.append((description, action))
        return queue.pop(0)

    monkeypatch.setattr(unsaved_module, "ask_save_discard_cancel", fake)
    return asked


def test_clean_window_closes_without_asking(fake_window, monkeypatch):
    asked = answer(monkeypatch)
    fake_window.show_area(MainWindow.AREA_TIM)
    assert fake_window.close()
    assert asked == []


def test_dirty_area_marks_title_and_navigation(fake_window, qtlog):
    fake_window.show_area(MainWindow.AREA_TIM)
    area = fake_window.tim
    assert isinstance(area, FakeArea)
    assert not fake_window.isWindowModified()
    area.make_dirty()
    assert fake_window.isWindowModified()
    assert fake_window.navigation.item(MainWindow.AREA_TIM).text() == "Tim Kerja •"
    area.save_unsaved()
    area.unsaved_changed.emit()
    assert not fake_window.isWindowModified()
    assert fake_window.navigation.item(MainWindow.AREA_TIM).text() == "Tim Kerja"
    assert not [r for r in qtlog.records if "[*]" in r.message]


def test_close_with_a_dirty_area_batal_keeps_the_window(fake_window, monkeypatch):
    fake_window.show_area(MainWindow.AREA_TIM)
    area = fake_window.tim
    area.make_dirty("2 anggota tim belum disimpan")
    asked = answer(monkeypatch, Choice.BATAL)
    assert not fake_window.close()
    assert fake_window.isVisible()
    assert asked == [("2 anggota tim belum disimpan", "menutup aplikasi")]
    assert (area.saved, area.discarded) == (0, 0)
    assert area.unsaved_description() == "2 anggota tim belum disimpan"


def test_close_shows_the_area_being_asked_about(fake_window, monkeypatch):
    fake_window.show_area(MainWindow.AREA_TIM)
    fake_window.tim.make_dirty()
    answer(monkeypatch, Choice.BUANG)  # leaving Tim for Laporan: Buang
    fake_window.show_area(MainWindow.AREA_LAPORAN)
    fake_window.tim.make_dirty()  # dirty again while another area is shown
    seen = []
    monkeypatch.setattr(unsaved_module, "ask_save_discard_cancel", lambda p, d, a="": (
        seen.append(fake_window.pages.currentIndex()) or Choice.BATAL))
    assert not fake_window.close()
    assert seen == [MainWindow.AREA_TIM]  # shown, and asked only once


@pytest.mark.parametrize(("choice", "saved", "discarded"),
                         [(Choice.BUANG, 0, 1), (Choice.SIMPAN, 1, 0)])
def test_close_with_a_dirty_area_buang_or_simpan_then_closes(fake_window, monkeypatch, choice,
                                                             saved, discarded):
    fake_window.show_area(MainWindow.AREA_TIM)
    area = fake_window.tim
    area.make_dirty()
    answer(monkeypatch, choice)
    assert fake_window.close()
    assert (area.saved, area.discarded) == (saved, discarded)


def test_leaving_a_dirty_area_asks_about_that_area_only(fake_window, monkeypatch):
    fake_window.show_area(MainWindow.AREA_TIM)
    area = fake_window.tim
    area.make_dirty()
    asked = answer(monkeypatch, Choice.BATAL, Choice.BUANG)
    fake_window.show_area(MainWindow.AREA_BAGAN)
    assert fake_window.pages.currentIndex() == MainWindow.AREA_TIM  # Batal: still here
    assert fake_window.navigation.currentRow() == MainWindow.AREA_TIM
    assert asked == [("susunan tim belum disimpan", "meninggalkan area ini")]
    fake_window.show_area(MainWindow.AREA_BAGAN)
    assert fake_window.pages.currentIndex() == MainWindow.AREA_BAGAN
    assert area.discarded == 1
    # a clean area is left without a question
    fake_window.show_area(MainWindow.AREA_TIM)
    fake_window.show_area(MainWindow.AREA_LAPORAN)
    assert len(asked) == 2


def test_menu_actions_that_leave_the_area_respect_batal(fake_window, monkeypatch):
    if fake_window.struktur is None:
        pytest.skip("StrukturWidget not built yet")
    calls = []
    monkeypatch.setattr(fake_window.struktur, "run_periksa", lambda: calls.append("periksa"))
    fake_window.show_area(MainWindow.AREA_TIM)
    fake_window.tim.make_dirty()
    answer(monkeypatch, Choice.BATAL)
    fake_window.periksa_action.trigger()
    assert calls == [] and fake_window.pages.currentIndex() == MainWindow.AREA_TIM


# ---- importing into the demo asks first -------------------------------------------------------

@needs_struktur
@pytest.mark.parametrize(("choice", "imported", "new_file"), [
    (DemoImport.IMPOR, True, False), (DemoImport.BATAL, False, False),
    (DemoImport.BUAT_BARU, False, True)])
@pytest.mark.parametrize("way_in", ["menu", "struktur_button"])
def test_import_into_the_demo_asks_first(window, monkeypatch, choice, imported, new_file,
                                         way_in):
    from sistemkerja_desktop.views.struktur import struktur_widget as struktur_module

    calls = []
    monkeypatch.setattr(struktur_module.ImportWizard, "ask",
                        classmethod(lambda cls, parent, services: calls.append("impor")))
    monkeypatch.setattr(window.berkas, "new_file", lambda: calls.append("baru"))
    asked = []
    monkeypatch.setattr(main_window_module, "ask_import_into_demo",
                        lambda parent: asked.append(parent) or choice)
    if way_in == "menu":
        window.import_action.trigger()
    else:  # the area's own Impor dari Excel button asks the same question
        window.show_area(MainWindow.AREA_STRUKTUR)
        window.struktur.import_button.click()
    assert asked == [window]
    assert calls == (["impor"] if imported else []) + (["baru"] if new_file else [])


@needs_struktur
def test_import_into_a_real_agency_does_not_ask(qtbot, services, monkeypatch):
    services.agency.create_agency(PerangkatDaerah(nama="Dinas Pendidikan",
                                                  pemda="Kabupaten Bungo", profil="bungo"))
    w = MainWindow(services)
    qtbot.addWidget(w)
    from sistemkerja_desktop.views.struktur import struktur_widget as struktur_module

    calls = []
    monkeypatch.setattr(struktur_module.ImportWizard, "ask",
                        classmethod(lambda cls, parent, services: calls.append("impor")))
    monkeypatch.setattr(main_window_module, "ask_import_into_demo",
                        lambda parent: pytest.fail("asked"))
    w.import_action.trigger()
    assert calls == ["impor"]


def test_the_demo_import_question_is_indonesian(qtbot, monkeypatch):
    from sistemkerja_desktop.views import berkas_menu

    seen = []

    def fake_exec(box):
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert berkas_menu.ask_import_into_demo(None) is DemoImport.BATAL
    text, buttons = seen[0]
    assert text == "Ini data contoh. Buat Perangkat Daerah baru untuk data Anda?"
    assert sorted(buttons) == sorted(["Buat baru", "Tetap impor ke contoh", "Batal"])


# ---- the real org chart reports to the same registry ------------------------------------------

def _kedudukan_of(services, nama):
    s = services.agency.struktur()
    pid = next(p.id for p in s.pegawai if p.nama == nama)
    return sorted((k.ppk_position_id, k.tmt_mulai, k.tmt_selesai) for k in s.kedudukan
                  if k.pegawai_id == pid)


@pytest.fixture
def moved(qtbot, demo_services, monkeypatch):
    """A shown window with one unsaved move on the chart (Fajar Nugroho → Kabid Yankes)."""
    from sistemkerja_desktop.views.orgchart.dialogs import DataPindah, PindahDialog

    w = MainWindow(demo_services)
    w.show()
    s = w.bagan.document.struktur
    fajar = next(p.id for p in s.pegawai if p.nama == "Fajar Nugroho")
    yankes = next(p.id for p in s.positions if p.nama == "Kepala Bidang Pelayanan Kesehatan")
    monkeypatch.setattr(PindahDialog, "ask", classmethod(
        lambda cls, parent, ringkasan, tmt, dasar="": DataPindah(tmt, "SK", False)))
    before = _kedudukan_of(demo_services, "Fajar Nugroho")
    assert w.bagan.flow.pindahkan([fajar], yankes)
    yield w, before
    if w.bagan.unsaved_description():
        w.bagan.discard_unsaved()
    w.close()
    w.deleteLater()


def test_chart_moves_mark_the_window_and_the_bagan_entry(moved):
    window, _before = moved
    assert window.isWindowModified()
    assert window.navigation.item(MainWindow.AREA_BAGAN).text() == "Bagan Organisasi •"


def test_closing_with_chart_moves_batal_keeps_them(moved, monkeypatch, demo_services):
    window, before = moved
    asked = answer(monkeypatch, Choice.BATAL, Choice.BATAL)
    window.show_area(MainWindow.AREA_LAPORAN)  # leaving the chart asks too
    assert window.pages.currentIndex() == MainWindow.AREA_BAGAN
    assert not window.close()
    assert asked == [("1 perpindahan kedudukan di bagan", "meninggalkan area ini"),
                     ("1 perpindahan kedudukan di bagan", "menutup aplikasi")]
    assert window.bagan.unsaved_description()
    assert _kedudukan_of(demo_services, "Fajar Nugroho") == before


def test_closing_with_chart_moves_buang_closes_and_writes_nothing(moved, monkeypatch,
                                                                   demo_services):
    window, before = moved
    answer(monkeypatch, Choice.BUANG)
    assert window.close()
    assert _kedudukan_of(demo_services, "Fajar Nugroho") == before


def test_closing_with_chart_moves_simpan_saves_them(moved, monkeypatch, demo_services):
    window, before = moved
    answer(monkeypatch, Choice.SIMPAN)
    assert window.close()
    after = _kedudukan_of(demo_services, "Fajar Nugroho")
    assert after != before and len(after) == len(before) + 1


@needs_struktur
def test_lihat_ppk_in_struktur_shows_that_pegawai_on_the_chart(window, monkeypatch):
    shown = []
    monkeypatch.setattr(window.bagan, "show_pegawai", lambda nip: shown.append(nip) or True)
    window.show_area(MainWindow.AREA_STRUKTUR)
    window.struktur.show_on_chart_requested.emit("197103141999031901")
    assert window.pages.currentIndex() == MainWindow.AREA_BAGAN
    assert shown == ["197103141999031901"]
