"""Switching the data file: Buka, Baru, Buka contoh, recent files, restoring a backup — and the
current file staying open whenever the new one cannot be opened or the user says Batal."""

import dataclasses
import sqlite3

import pytest
from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtWidgets import QWidget

from sistemkerja_desktop import app as app_module
from sistemkerja_desktop import paths
from sistemkerja_desktop.db.engine import open_database
from sistemkerja_desktop.domain.errors import SchemaTooNewError, StorageError
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.data_file_service import DataFileService
from sistemkerja_desktop.views import main_window as main_window_module
from sistemkerja_desktop.views import window_controller as controller_module
from sistemkerja_desktop.views.berkas_menu import FileAction, FileRequest
from sistemkerja_desktop.views.common import unsaved as unsaved_module
from sistemkerja_desktop.views.common.recent_files import recent_files
from sistemkerja_desktop.views.common.unsaved import Choice
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.welcome_dialog import WelcomeAction, WelcomeDialog, WelcomeResult
from sistemkerja_desktop.views.window_controller import (
    Start,
    WindowController,
    fitted_geometry,
)

pytestmark = pytest.mark.gui


def _agency_file(path, nama="Dinas Pendidikan", pemda="Kabupaten Bungo"):
    services = build_services(path)
    services.agency.create_agency(PerangkatDaerah(nama=nama, pemda=pemda, profil="bungo"))
    services.close()
    return path


@pytest.fixture
def errors(monkeypatch):
    """Known errors shown to the user (app.open_services and the controller)."""
    shown = []
    monkeypatch.setattr(app_module, "show_error",
                        lambda parent, exc, title="": shown.append((title, exc)))
    monkeypatch.setattr(controller_module, "show_error",
                        lambda parent, exc, title="": shown.append((title, exc)))
    return shown


@pytest.fixture
def controller(qapp, tmp_path, errors):
    c = WindowController(app_module.open_services, MainWindow)
    yield c
    if c.window is not None:
        for guard, _description in list(c.window.unsaved.dirty()):
            guard.discard_unsaved()
        c.window.close_confirmed()
    c.close()


@pytest.fixture
def kantor(controller, tmp_path):
    """The controller with the user's own file open."""
    assert controller.start(_agency_file(tmp_path / "kantor.sqlite")) is Start.OPENED
    return controller


def test_start_opens_the_file_and_remembers_it(kantor, tmp_path):
    assert kantor.window.isVisible()
    assert kantor.services.db_path == tmp_path / "kantor.sqlite"
    assert recent_files() == [(tmp_path / "kantor.sqlite").resolve()]


def test_buka_switches_to_another_file_and_closes_the_old_one(kantor, tmp_path):
    old_window, old_services = kantor.window, kantor.services
    other = _agency_file(tmp_path / "puskesmas.sqlite", nama="UPTD Puskesmas Contoh")
    assert kantor.open_file(FileRequest(FileAction.BUKA, other))
    assert kantor.services is not old_services and kantor.services.db_path == other
    assert kantor.window is not old_window and kantor.window.isVisible()
    assert not old_window.isVisible()
    assert "UPTD Puskesmas Contoh" in kantor.window.windowTitle()
    assert recent_files()[0] == other.resolve()


def test_the_same_file_is_not_opened_twice(kantor, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(controller_module, "show_info", lambda parent, t, text: told.append(text))
    window = kantor.window
    assert not kantor.open_file(FileRequest(FileAction.BUKA, tmp_path / "kantor.sqlite"))
    assert kantor.window is window and told == ["Berkas kantor.sqlite sudah terbuka."]


def test_a_file_that_is_not_a_database_is_refused_and_the_current_stays(kantor, tmp_path,
                                                                         errors):
    bad = tmp_path / "catatan.sqlite"
    bad.write_text("bukan basis data", encoding="utf-8")
    window, services = kantor.window, kantor.services
    assert not kantor.open_file(FileRequest(FileAction.BUKA, bad))
    assert (kantor.window, kantor.services) == (window, services)
    assert window.isVisible() and services.agency.has_agency()
    title, exc = errors[0]
    assert title == "Basis data tidak dapat dibuka" and isinstance(exc, StorageError)
    assert bad.read_text(encoding="utf-8") == "bukan basis data"


def test_a_file_from_a_newer_version_is_refused(kantor, tmp_path, errors):
    newer = tmp_path / "baru.sqlite"
    open_database(newer).dispose()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_masa_depan'")
    conn.close()
    window = kantor.window
    assert not kantor.open_file(FileRequest(FileAction.BUKA, newer))
    assert kantor.window is window
    assert isinstance(errors[0][1], SchemaTooNewError)


def _welcome_creates(nama):
    def ask(cls, services, parent=None, leave_text=""):
        assert leave_text == "Batal"  # from the menu: leaving keeps the current file
        services.agency.create_agency(PerangkatDaerah(nama=nama, pemda="Kota Contoh",
                                                      profil="generic"))
        return WelcomeResult(WelcomeAction.CREATED)
    return classmethod(ask)


def test_baru_creates_the_agency_in_the_new_file(kantor, tmp_path, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", _welcome_creates("Badan Kepegawaian"))
    new = tmp_path / "bkpsdm.sqlite"
    assert kantor.open_file(FileRequest(FileAction.BARU, new))
    assert kantor.services.db_path == new
    assert kantor.services.agency.get_agency().nama == "Badan Kepegawaian"
    assert not kantor.window.is_demo


def test_baru_cancelled_leaves_no_file_and_the_current_open(kantor, tmp_path, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a, **k: None))
    window = kantor.window
    new = tmp_path / "batal.sqlite"
    assert not kantor.open_file(FileRequest(FileAction.BARU, new))
    assert kantor.window is window and window.isVisible()
    assert not new.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("batal")]


def test_baru_into_a_file_that_has_an_agency_is_refused(kantor, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(controller_module, "show_info", lambda parent, t, text: told.append(text))
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a, **k: pytest.fail("form")))
    other = _agency_file(tmp_path / "lain.sqlite")
    window = kantor.window
    assert not kantor.open_file(FileRequest(FileAction.BARU, other))
    assert kantor.window is window and "sudah berisi data Perangkat Daerah" in told[0]
    assert other.exists()


def test_baru_into_an_existing_empty_data_file_fills_it(kantor, tmp_path, monkeypatch):
    empty = tmp_path / "sistemkerja.sqlite"
    open_database(empty).dispose()
    monkeypatch.setattr(WelcomeDialog, "ask", _welcome_creates("Dinas Sosial"))
    assert kantor.open_file(FileRequest(FileAction.BARU, empty))
    assert kantor.services.agency.get_agency().nama == "Dinas Sosial"


def test_buka_contoh_opens_and_creates_the_demo_file(kantor, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a, **k: pytest.fail("form")))
    assert kantor.open_file(FileRequest(FileAction.CONTOH, paths.demo_db_path()))
    assert kantor.services.db_path == paths.demo_db_path()
    assert kantor.window.is_demo
    assert "CONTOH" in kantor.window.windowTitle()
    assert paths.demo_db_path().resolve() not in recent_files()
    # and back to the user's file
    assert kantor.open_file(FileRequest(FileAction.BUKA, recent_files()[0]))
    assert not kantor.window.is_demo


class DirtyArea(QWidget):
    data_changed = Signal(object)
    unsaved_changed = Signal()

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.description = "susunan tim belum disimpan"
        self.saved = 0

    def refresh(self):
        pass

    def unsaved_description(self):
        return self.description

    def save_unsaved(self):
        self.saved += 1
        self.description = None
        return True

    def discard_unsaved(self):
        self.description = None


@pytest.mark.parametrize(("choice", "switched", "saved"), [
    (Choice.BATAL, False, 0), (Choice.SIMPAN, True, 1), (Choice.BUANG, True, 0)])
def test_switching_file_with_unsaved_edits_asks_first(kantor, tmp_path, monkeypatch, choice,
                                                      switched, saved):
    monkeypatch.setattr(main_window_module, "TeamsWidget", DirtyArea)
    old = build_services(tmp_path / "kantor.sqlite")  # a fresh window with the dirty area
    kantor._swap(old)
    kantor.window.show_area(MainWindow.AREA_TIM)
    area = kantor.window.tim
    asked = []
    monkeypatch.setattr(unsaved_module, "ask_save_discard_cancel",
                        lambda parent, description, action="": asked.append(action) or choice)
    window = kantor.window
    other = _agency_file(tmp_path / "lain.sqlite")
    assert kantor.open_file(FileRequest(FileAction.BUKA, other)) is switched
    assert asked == ["membuka berkas lain"]
    assert area.saved == saved
    assert (kantor.window is window) is not switched
    assert kantor.services.db_path == (other if switched else tmp_path / "kantor.sqlite")


def test_pulihkan_backs_up_replaces_and_reopens(kantor, tmp_path):
    path = kantor.services.db_path
    backup = DataFileService(path).backup_now()
    pd = kantor.services.agency.get_agency()
    kantor.services.agency.update_agency(dataclasses.replace(pd, nama="Sesudah cadangan"))
    before = set(tmp_path.iterdir())

    assert kantor.open_file(FileRequest(FileAction.PULIHKAN, path, backup))

    assert kantor.services.db_path == path
    assert kantor.services.agency.get_agency().nama == "Dinas Pendidikan"
    assert kantor.window.windowTitle().startswith("Sistem Kerja Desktop — Dinas Pendidikan ")
    [safety] = [p for p in set(tmp_path.iterdir()) - before if ".cadangan-" in p.name]
    saved = build_services(safety)  # the state before restoring is kept as a backup
    try:
        assert saved.agency.get_agency().nama == "Sesudah cadangan"
    finally:
        saved.close()
    assert "Cadangan dipulihkan" in kantor.window.statusBar().currentMessage()


def test_pulihkan_a_broken_backup_keeps_the_current_data(kantor, tmp_path, errors):
    path = kantor.services.db_path
    bad = path.with_name("kantor.cadangan-20260101-000000.sqlite")
    bad.write_bytes(b"rusak")
    assert not kantor.open_file(FileRequest(FileAction.PULIHKAN, path, bad))
    assert kantor.services.agency.get_agency().nama == "Dinas Pendidikan"
    assert isinstance(errors[0][1], StorageError)


def test_start_with_an_unopenable_file_fails(controller, tmp_path, errors):
    bad = tmp_path / "x.sqlite"
    bad.write_text("x", encoding="utf-8")
    assert controller.start(bad) is Start.FAILED
    assert controller.window is None


@pytest.mark.parametrize(("available", "maximised"), [
    (QRect(0, 0, 1366, 728), True),  # 1366×768 with a taskbar: maximised
    (QRect(0, 0, 1280, 800), True),
    (QRect(0, 0, 1920, 1040), False),
    (QRect(1920, 0, 2560, 1400), False),  # a second monitor
])
def test_the_window_fits_the_screen(available, maximised):
    rect = fitted_geometry(available, QSize(1280, 800))
    if maximised:
        assert rect is None
    else:
        assert available.contains(rect)
        assert rect.size() == QSize(1280, 800)
        assert rect.center() == available.center()


def test_the_shell_fits_1366x768(kantor):
    """The main window's smallest size fits a 1366×768 screen (minus a taskbar)."""
    hint = kantor.window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728
    kantor.window.resize(1366, 728)
    assert kantor.window.width() <= 1366 and kantor.window.height() <= 728


def test_first_run_welcome_opening_a_broken_file_comes_back_to_the_form(controller, tmp_path,
                                                                         monkeypatch, errors):
    bad = tmp_path / "rusak.sqlite"
    bad.write_text("x", encoding="utf-8")
    answers = [WelcomeResult(WelcomeAction.OPEN, bad), WelcomeResult(WelcomeAction.DEMO)]
    asked = []
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(
        lambda cls, services, parent=None, leave_text="": asked.append(services.db_path)
        or answers.pop(0)))
    assert controller.start(tmp_path / "kosong.sqlite") is Start.OPENED
    assert asked == [tmp_path / "kosong.sqlite"] * 2
    assert isinstance(errors[0][1], StorageError)
    assert controller.services.db_path == paths.demo_db_path()


def test_first_run_welcome_left_ends_cleanly(controller, tmp_path, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a, **k: None))
    assert controller.start(tmp_path / "kosong.sqlite") is Start.LEFT
    assert controller.window is None
