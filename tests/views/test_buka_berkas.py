"""Opening a data file in the GUI when something is wrong with it (issue #8): a damaged file
offers its backups (Pulihkan / Buka hanya-baca / Batal), a read-only file shows a yellow bar,
another window's lock opens read-only (or *Ambil alih* for an old lock of another laptop), a
missing recent file is never created, an upgrade says where its backup is."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sistemkerja_desktop import app as app_module
from sistemkerja_desktop.domain.errors import ReadOnlyError, StorageError
from sistemkerja_desktop.services import file_lock
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.open_recovery import describe_failure
from sistemkerja_desktop.views import open_problem_dialog as dialog_module
from sistemkerja_desktop.views import window_controller as controller_module
from sistemkerja_desktop.views.berkas_menu import FileAction, FileRequest
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.open_problem_dialog import (
    OpenChoice,
    OpenDecision,
    OpenProblemDialog,
)
from sistemkerja_desktop.views.welcome_dialog import WelcomeDialog
from sistemkerja_desktop.views.window_controller import Start, WindowController

# A file size as the app prints it ("812 KB", "1,5 MB": the demo is about a megabyte).
UKURAN = re.compile(r"\b\d+(,\d+)? [KM]B\b")

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "tests" / "data" / "db" / "schema_0003_unit_induk.sqlite"
SHOTS_ENV = "SISTEMKERJA_TANGKAPAN"  # a folder: the screenshots are kept there to look at


def _demo_file(path: Path) -> Path:
    services = build_services(path)
    services.demo.create_demo()
    services.close()
    return path


def _damage(path: Path) -> None:
    """Garbage over the root page of the pegawai table."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='pegawai'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xa5" * size)


@pytest.fixture
def shown(monkeypatch):
    """Errors and notices shown to the user."""
    seen: list[tuple[str, object]] = []
    record = lambda parent, exc, title="": seen.append((title, exc))
    monkeypatch.setattr(app_module, "show_error", record)
    monkeypatch.setattr(controller_module, "show_error", record)
    monkeypatch.setattr(dialog_module, "show_info",
                        lambda parent, title, text: seen.append((title, text)))
    return seen


@pytest.fixture
def controller(qapp, shown):
    c = WindowController(app_module.open_services, MainWindow)
    yield c
    if c.window is not None:
        c.window.close_confirmed()
    c.close()


@pytest.fixture
def damaged(tmp_path):
    path = _demo_file(tmp_path / "kantor.sqlite")
    backup = path.with_name("kantor.cadangan-20260105-101500.sqlite")
    shutil.copy(path, backup)
    _damage(path)
    return path, backup


def _answer(monkeypatch, decision: OpenDecision) -> list[object]:
    asked: list[object] = []
    monkeypatch.setattr(OpenProblemDialog, "ask_problem", classmethod(
        lambda cls, problem, parent=None: asked.append(problem) or decision))
    return asked


def _save(widget, name: str) -> None:
    """Render the widget (offscreen); kept as NAME in $SISTEMKERJA_TANGKAPAN when set."""
    image = widget.grab()
    assert not image.isNull()
    folder = os.environ.get(SHOTS_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / name))


# ---- a damaged file ---------------------------------------------------------------------

def test_damaged_file_pulihkan_restores_the_backup_and_keeps_the_damaged_one(
        controller, damaged, monkeypatch, shown):
    path, backup = damaged
    damaged_bytes = path.read_bytes()
    asked = _answer(monkeypatch, OpenDecision(OpenChoice.PULIHKAN, backup))
    assert controller.start(path) is Start.OPENED
    problem = asked[0]
    assert [b.path for b in problem.backups] == [backup] and problem.read_only_possible
    assert not controller.services.read_only_reason
    assert len(controller.services.pegawai.rows()) > 100
    [kept] = path.parent.glob("kantor.rusak-*.sqlite")
    assert kept.read_bytes() == damaged_bytes
    assert shown[-1][0] == "Cadangan dipulihkan" and kept.name in shown[-1][1]
    assert not controller.window.banners.isVisible()


def test_damaged_file_buka_hanya_baca_shows_the_bar_with_pulihkan(controller, damaged,
                                                                  monkeypatch):
    path, _backup = damaged
    before = path.read_bytes()
    _answer(monkeypatch, OpenDecision(OpenChoice.HANYA_BACA))
    assert controller.start(path) is Start.OPENED
    window = controller.window
    assert window.banners.isVisible() and window.banners.read_only is not None
    text = window.banners.read_only.label.text()
    assert "Hanya-baca" in text and "rusak" in text and "tidak dapat disimpan" in text
    assert window.banners.restore_button is not None
    assert "(hanya-baca)" in window.windowTitle()
    assert window.banners.geometry().top() == 0  # across the top of the window
    with pytest.raises(ReadOnlyError), controller.services.ctx.session():
        pass
    _save(window, "rusak-hanya-baca.png")
    controller.window.close_confirmed()
    controller.close()
    assert path.read_bytes() == before


def test_damaged_file_batal_fails_cleanly(controller, damaged, monkeypatch):
    path, _backup = damaged
    _answer(monkeypatch, OpenDecision(OpenChoice.BATAL))
    assert controller.start(path) is Start.FAILED
    assert controller.window is None


def test_restore_from_a_damaged_read_only_window(controller, damaged, monkeypatch):
    """Berkas › Pulihkan on a damaged file: no consistent copy can be made of it, so it is
    kept byte for byte, then the backup is put in place and opened for writing."""
    path, backup = damaged
    _answer(monkeypatch, OpenDecision(OpenChoice.HANYA_BACA))
    assert controller.start(path) is Start.OPENED
    assert controller.open_file(FileRequest(FileAction.PULIHKAN, path, backup))
    assert not controller.services.read_only_reason
    assert len(list(path.parent.glob("kantor.rusak-*.sqlite"))) == 1
    assert not controller.window.banners.isVisible()


def test_the_open_problem_dialog_lists_backups_and_offers_three_ways(qtbot, damaged):
    path, backup = damaged
    older = path.with_name("kantor.cadangan-20251120-083000.sqlite")
    shutil.copy(backup, older)
    with pytest.raises(StorageError) as err:
        build_services(path)
    dialog = OpenProblemDialog(describe_failure(path, err.value))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "rusak" in dialog.problem_label.text()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == backup.name  # newest first
    assert "2026" in dialog.table.item(0, 0).text()
    assert UKURAN.search(dialog.table.item(0, 1).text())
    texts = [b.text() for b in dialog.buttons.buttons() if b.isVisible()]
    assert sorted(texts) == ["Batal", "Buka hanya-baca", "Pulihkan"]
    _save(dialog, "dialog-cadangan.png")
    dialog.read_only_button.click()
    assert dialog.decision == OpenDecision(OpenChoice.HANYA_BACA)
    dialog2 = OpenProblemDialog(describe_failure(path, err.value))
    qtbot.addWidget(dialog2)
    dialog2.table.selectRow(1)
    dialog2.restore_button.click()
    assert dialog2.decision == OpenDecision(OpenChoice.PULIHKAN, older)


def test_not_a_database_without_backups_is_just_explained(controller, tmp_path, shown,
                                                          monkeypatch):
    bad = tmp_path / "bukan.sqlite"
    bad.write_text("bukan basis data", encoding="utf-8")
    monkeypatch.setattr(OpenProblemDialog, "ask_problem", classmethod(
        lambda *a, **k: pytest.fail("nothing to offer")))
    assert controller.start(bad) is Start.FAILED
    assert "bukan basis data" in shown[0][1].message


# ---- another window has the file ----------------------------------------------------------

_HOLD = """
import sys
from pathlib import Path
from sistemkerja_desktop.services.container import build_services
services = build_services(Path(sys.argv[1]), create=False, lock=True, pengguna="Sari Dewi")
print("siap", flush=True)
sys.stdin.readline()
services.close()
"""


def test_second_window_opens_read_only_with_the_holders_name(controller, tmp_path):
    path = _demo_file(tmp_path / "kantor.sqlite")
    with subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], cwd=ROOT, text=True,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as holder:
        try:
            assert holder.stdout.readline() == "siap\n"
            assert controller.start(path) is Start.OPENED
            window = controller.window
            text = window.banners.read_only.label.text()
            assert "sedang dibuka oleh Sari Dewi" in text and "dibuka hanya-baca" in text
            assert f"di {file_lock.this_host()} sejak " in text
            assert window.banners.take_over_button is None  # it is really open there
            assert window.banners.isVisible()
            _save(window, "kunci-hanya-baca.png")
            controller.window.close_confirmed()
            controller.close()
            assert file_lock.read_lock(path).pid == holder.pid  # still theirs
        finally:
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait()
    assert not file_lock.lock_path(path).exists()


def test_old_lock_of_another_laptop_can_be_taken_over(controller, tmp_path, monkeypatch):
    path = _demo_file(tmp_path / "kantor.sqlite")
    old = file_lock.LockHolder(os_user="sari", app_user="Sari Dewi", host="laptop-kasubag",
                               pid=77, since=dt.datetime.now() - dt.timedelta(hours=13))
    file_lock.lock_path(path).write_text(old.to_json(), encoding="utf-8")
    assert controller.start(path) is Start.OPENED
    window = controller.window
    assert "laptop-kasubag" in window.banners.read_only.label.text()
    assert window.banners.take_over_button is not None
    _save(window, "kunci-ambil-alih.png")
    monkeypatch.setattr(controller_module, "ask_yes_no", lambda *a: True)
    window.banners.take_over_button.click()
    assert controller.window is not window
    assert not controller.services.read_only_reason and controller.services.lock is not None
    assert file_lock.read_lock(path).host == file_lock.this_host()
    controller.window.close_confirmed()
    controller.close()
    assert not file_lock.lock_path(path).exists()


def test_a_window_takes_the_lock_and_switching_files_releases_it(controller, tmp_path):
    first = _demo_file(tmp_path / "satu.sqlite")
    second = _demo_file(tmp_path / "dua.sqlite")
    assert controller.start(first) is Start.OPENED
    assert file_lock.read_lock(first).pid == os.getpid()
    assert controller.open_file(FileRequest(FileAction.BUKA, second))
    assert not file_lock.lock_path(first).exists()
    assert file_lock.lock_path(second).exists()


# ---- missing files, upgrades ------------------------------------------------------------

def test_opening_a_missing_recent_file_does_not_create_it(controller, tmp_path, shown):
    current = _demo_file(tmp_path / "kantor.sqlite")
    assert controller.start(current) is Start.OPENED
    gone = tmp_path / "pindah" / "lama.sqlite"
    assert not controller.open_file(FileRequest(FileAction.BUKA, gone))
    assert not gone.exists() and not gone.parent.exists()
    assert not file_lock.lock_path(gone).exists()
    _title, exc = shown[0]
    assert isinstance(exc, StorageError) and "tidak ditemukan" in exc.message
    assert controller.services.db_path == current  # the current file stays open


def test_start_on_a_missing_file_left_in_the_welcome_leaves_nothing(controller, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a, **k: None))
    path = tmp_path / "kantr.sqlite"
    assert controller.start(path) is Start.LEFT
    assert list(tmp_path.iterdir()) == []


def test_upgrade_says_where_the_backup_is(controller, tmp_path):
    path = tmp_path / "kantor.sqlite"
    shutil.copy(SNAPSHOT, path)
    assert controller.start(path) is Start.OPENED
    window = controller.window
    [backup] = tmp_path.glob("kantor.cadangan-*.sqlite")
    banner = window.banners.upgraded
    assert banner is not None and banner.isVisible()
    assert backup.name in banner.label.text() and str(tmp_path) in banner.label.text()
    assert window.banners.read_only is None
    _save(window, "diperbarui.png")
    banner.close_button.click()
    assert not banner.isVisible()


@pytest.mark.parametrize(("reason", "said"), [
    ("folder hanya-baca", "folder berkas data ini tidak dapat ditulis"),
    ("berkas hanya-baca", "berkas data ini ditandai hanya-baca"),
])
def test_read_only_place_bar_says_why_and_that_nothing_is_saved(qtbot, tmp_path, reason,
                                                                said):
    from types import SimpleNamespace

    from sistemkerja_desktop.views.banner import FileBanners

    services = SimpleNamespace(read_only_reason=reason, damaged=False, upgrade_backup=None,
                               db_path=tmp_path / "kantor.sqlite",
                               may_take_over=lambda: False)
    banners = FileBanners(services)  # type: ignore[arg-type]
    qtbot.addWidget(banners)
    banners.resize(1000, 60)
    banners.show()
    text = banners.read_only.label.text()
    assert said in text and "Perubahan tidak dapat disimpan" in text
    assert banners.take_over_button is None and banners.restore_button is None
    _save(banners, f"bar-{reason.split()[0]}.png")
