import hashlib
import logging
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from sistemkerja_desktop import app as app_module
from sistemkerja_desktop import paths
from sistemkerja_desktop.db.engine import open_database
from sistemkerja_desktop.domain.errors import SchemaTooNewError, ValidationError
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.views.common.widgets import CrashDialog
from sistemkerja_desktop.views.welcome_dialog import WelcomeDialog


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


@pytest.mark.gui
def test_demo_jika_kosong_opens_the_demo_without_a_dialog(qapp, tmp_path, monkeypatch):
    path = tmp_path / "kosong.sqlite"
    windows = []
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a, **k: pytest.fail("dialog")))

    def fake_loop(app):
        windows.append(QApplication.topLevelWidgets())
        return 0

    monkeypatch.setattr(app_module, "run_event_loop", fake_loop)
    assert app_module.main(["--db", str(path), "--demo-jika-kosong"]) == 0

    titles = [w.windowTitle() for w in windows[0] if w.isVisible()]
    assert any(t.startswith("Sistem Kerja Desktop — ") and "Contoh" in t for t in titles)
    services = build_services(path)
    assert services.agency.has_agency()
    services.close()
    log_file = paths.log_dir() / app_module.LOG_FILE
    assert "starting" in log_file.read_text(encoding="utf-8")
    for w in windows[0]:
        w.close()
        w.deleteLater()


@pytest.mark.gui
def test_empty_database_shows_welcome_and_leaving_ends_cleanly(qapp, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(
        lambda cls, services, parent=None: asked.append(services.db_path) or None))
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
