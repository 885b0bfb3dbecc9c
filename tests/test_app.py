import hashlib
import logging
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from sistemkerja_desktop import app as app_module
from sistemkerja_desktop import paths
from sistemkerja_desktop.db.engine import open_database
from sistemkerja_desktop.domain.errors import SchemaTooNewError, ValidationError
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.views.common.widgets import CrashDialog
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.welcome_dialog import WelcomeAction, WelcomeDialog, WelcomeResult


def test_parse_args_db_and_demo_flag(tmp_path, monkeypatch):
    opts = app_module.parse_args(["--db", str(tmp_path / "a.sqlite"), "--demo-jika-kosong"])
    assert opts.db == tmp_path / "a.sqlite"
    assert opts.demo_jika_kosong and not opts.self_test


def test_parse_args_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "env.sqlite"))
    monkeypatch.setenv(app_module.DEMO_ENV, "1")
    opts = app_module.parse_args(["-platform", "offscreen"])
    assert opts.db == tmp_path / "env.sqlite"
    assert opts.demo_jika_kosong
    assert opts.qt_args == ["-platform", "offscreen"]
    monkeypatch.delenv(paths.DB_ENV)
    monkeypatch.delenv(app_module.DEMO_ENV)
    opts = app_module.parse_args([])
    assert opts.db == paths.data_dir() / "sistemkerja.sqlite"
    assert not opts.demo_jika_kosong


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        app_module.parse_args(["--db"])
    assert info.value.code == 2
    assert "perlu satu nilai" in capsys.readouterr().err


@pytest.mark.gui
def test_self_test_passes(qapp, capsys):
    assert app_module.main(["--self-test"]) == 0
    assert "Uji mandiri berhasil" in capsys.readouterr().out


@pytest.mark.gui
def test_newer_schema_is_refused_with_a_clear_message(qapp, tmp_path, monkeypatch):
    path = tmp_path / "baru.sqlite"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_masa_depan'")
    conn.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    shown = []
    monkeypatch.setattr(app_module, "show_error",
                        lambda parent, exc, title="": shown.append((title, exc)))

    assert app_module.main(["--db", str(path)]) == 2

    title, exc = shown[0]
    assert title == "Basis data tidak dapat dibuka"
    assert isinstance(exc, SchemaTooNewError)
    assert "versi Sistem Kerja Desktop yang lebih baru" in exc.message
    assert "Perbarui aplikasi" in exc.message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


@pytest.fixture
def shown_windows(monkeypatch):
    """Run the GUI up to the event loop; record the windows built (closed afterwards)."""
    windows = []
    real_make_window = app_module.make_window

    def make_window(services):
        window = real_make_window(services)
        windows.append(window)
        return window

    def fake_loop(app):
        windows.append([(w.windowTitle(), w.isVisible(), w.services.db_path)
                        for w in windows if isinstance(w, MainWindow)])
        return 0

    monkeypatch.setattr(app_module, "make_window", make_window)
    monkeypatch.setattr(app_module, "run_event_loop", fake_loop)
    return windows


@pytest.mark.gui
def test_demo_jika_kosong_opens_the_demo_file_never_the_users(qapp, tmp_path, monkeypatch,
                                                              shown_windows):
    path = tmp_path / "kosong.sqlite"
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a, **k: pytest.fail("dialog")))
    assert app_module.main(["--db", str(path), "--demo-jika-kosong"]) == 0

    [(title, visible, opened)] = shown_windows[-1]
    assert visible and opened == paths.demo_db_path()
    assert title.startswith("Sistem Kerja Desktop — CONTOH — ") and "Contoh" in title
    assert not path.exists()  # the user's data file is not even created
    services = build_services(paths.demo_db_path())
    assert services.agency.has_agency() and services.demo.is_demo()
    services.close()
    log_file = paths.log_dir() / app_module.LOG_FILE
    assert "starting" in log_file.read_text(encoding="utf-8")


@pytest.mark.gui
def test_demo_jika_kosong_with_an_empty_user_file_leaves_it_empty(qapp, tmp_path,
                                                                   shown_windows):
    path = tmp_path / "kosong.sqlite"
    open_database(path).dispose()  # exists, schema only
    assert app_module.main(["--db", str(path), "--demo-jika-kosong"]) == 0
    assert shown_windows[-1][0][2] == paths.demo_db_path()
    services = build_services(path)
    assert not services.agency.has_agency()
    services.close()


@pytest.mark.gui
def test_demo_jika_kosong_with_user_data_opens_the_users_file(qapp, tmp_path, shown_windows):
    path = tmp_path / "kantor.sqlite"
    services = build_services(path)
    services.agency.create_agency(PerangkatDaerah(nama="Dinas Pendidikan",
                                                  pemda="Kabupaten Bungo", profil="bungo"))
    services.close()
    assert app_module.main(["--db", str(path), "--demo-jika-kosong"]) == 0
    [(title, _visible, opened)] = shown_windows[-1]
    assert opened == path
    assert title == "Sistem Kerja Desktop — Dinas Pendidikan Kabupaten Bungo[*]"
    assert not paths.demo_db_path().exists()


@pytest.mark.gui
def test_welcome_buka_contoh_opens_the_demo_file(qapp, tmp_path, monkeypatch, shown_windows):
    path = tmp_path / "kosong.sqlite"
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(
        lambda cls, services, parent=None, leave_text="": WelcomeResult(WelcomeAction.DEMO)))
    assert app_module.main(["--db", str(path)]) == 0
    assert shown_windows[-1][0][2] == paths.demo_db_path()
    services = build_services(path)
    assert not services.agency.has_agency()
    services.close()


@pytest.mark.gui
def test_empty_database_shows_welcome_and_leaving_ends_cleanly(qapp, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(
        lambda cls, services, parent=None, leave_text="": asked.append(services.db_path)
        or None))
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no window"))
    assert app_module.main(["--db", str(tmp_path / "kosong.sqlite")]) == 0
    assert asked == [tmp_path / "kosong.sqlite"]


@pytest.mark.gui
def test_unexpected_error_shows_crash_dialog_with_details(qapp, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)
    hook = app_module.make_excepthook("/tmp/sistemkerja.log")
    try:
        raise RuntimeError("rusak")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL):
            hook(type(exc), exc, exc.__traceback__)
    dialog = shown[0]
    assert dialog.summary.text() == "RuntimeError: rusak"
    assert "Traceback" in dialog.details.toPlainText()
    assert "test_unexpected_error_shows_crash_dialog" in dialog.details.toPlainText()
    assert any(r.levelno == logging.CRITICAL for r in caplog.records)
    dialog.copy_button.click()
    assert "RuntimeError: rusak" in QApplication.clipboard().text()
    dialog.deleteLater()


@pytest.mark.gui
def test_known_error_reaching_the_hook_is_a_message_not_a_crash(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(app_module, "show_error", lambda parent, exc, title="": shown.append(exc))
    monkeypatch.setattr(CrashDialog, "exec", lambda self: pytest.fail("crash dialog"))
    exc = ValidationError("Kode pos harus 5 angka", field="kode_pos")
    app_module.make_excepthook()(type(exc), exc, None)
    assert shown == [exc]


@pytest.mark.gui
def test_bug_during_start_up_shows_the_crash_dialog_and_exits_1(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(self) or 0)

    def broken(*args, **kwargs):
        raise RuntimeError("jendela rusak")

    monkeypatch.setattr(app_module, "MainWindow", broken)
    rc = app_module.main(["--db", str(tmp_path / "a.sqlite"), "--demo-jika-kosong"])
    assert rc == 1
    assert shown[0].summary.text() == "RuntimeError: jendela rusak"
    shown[0].deleteLater()


def test_missing_qt_libraries_are_explained_in_indonesian(monkeypatch, capsys, tmp_path):
    """Before Qt would abort with its own English message, the app names the packages."""
    from sistemkerja_desktop import app as app_module

    monkeypatch.setattr(app_module.QApplication, "instance", staticmethod(lambda: None))
    monkeypatch.setattr(app_module.qt_check, "qt_runtime_problem",
                        lambda: "pustaka sistem yang diperlukan Qt belum terpasang: libxcb-cursor0")
    monkeypatch.setattr(app_module, "ensure_application",
                        lambda *a: pytest.fail("Qt must not be started"))
    assert app_module.main(["--db", str(tmp_path / "x.sqlite")]) == app_module.EXIT_ERROR
    assert "libxcb-cursor0" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite").exists()


@pytest.mark.gui
def test_damaged_file_at_start_offers_its_backups_and_batal_exits_2(qapp, tmp_path,
                                                                    monkeypatch):
    from sistemkerja_desktop.views.open_problem_dialog import (
        OpenChoice,
        OpenDecision,
        OpenProblemDialog,
    )

    path = tmp_path / "kantor.sqlite"
    open_database(path).dispose()
    backup = path.with_name("kantor.cadangan-20260105-101500.sqlite")
    backup.write_bytes(path.read_bytes())
    with sqlite3.connect(path) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='unit'").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * 4096)
        fh.write(b"\x00\xff" * 2048)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    asked = []
    monkeypatch.setattr(OpenProblemDialog, "ask_problem", classmethod(
        lambda cls, problem, parent=None: asked.append(problem)
        or OpenDecision(OpenChoice.BATAL)))
    monkeypatch.setattr(app_module, "run_event_loop", lambda app: pytest.fail("no window"))

    assert app_module.main(["--db", str(path)]) == 2
    [problem] = asked
    assert "rusak" in problem.message and [b.path for b in problem.backups] == [backup]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert not path.with_name("kantor.sqlite.kunci").exists()  # the lock went with it


@pytest.mark.gui
def test_open_services_never_creates_a_missing_file_unless_asked(qapp, tmp_path,
                                                                 monkeypatch):
    shown = []
    monkeypatch.setattr(app_module, "show_error",
                        lambda parent, exc, title="": shown.append(exc))
    missing = tmp_path / "tidak" / "ada.sqlite"
    assert app_module.open_services(missing, None, create=False) is None
    assert "tidak ditemukan" in shown[0].message
    assert not missing.parent.exists()
    services = app_module.open_services(tmp_path / "baru.sqlite", None, create=True)
    assert services is not None and services.lock is not None
    services.close()


@pytest.mark.gui
def test_the_lock_and_the_audit_name_the_user_chosen_in_the_app(qapp, tmp_path, monkeypatch):
    import json
    import os

    monkeypatch.setattr(app_module, "saved_user_name", lambda: "Siti Aminah")
    services = app_module.open_services(tmp_path / "kantor.sqlite", None)
    try:
        lock = json.loads((tmp_path / "kantor.sqlite.kunci").read_text(encoding="utf-8"))
        assert lock["app_user"] == "Siti Aminah" and lock["pid"] == os.getpid()
        assert services.ctx.pengguna == "Siti Aminah"
    finally:
        services.close()
    assert not (tmp_path / "kantor.sqlite.kunci").exists()
