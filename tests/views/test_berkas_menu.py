"""The Berkas menu: what each entry asks, writes or requests."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from sistemkerja_desktop import paths
from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.data_file_service import BackupInfo
from sistemkerja_desktop.views import berkas_menu
from sistemkerja_desktop.views.berkas_menu import FileAction, FileRequest
from sistemkerja_desktop.views.berkas_restore_dialog import RestoreDialog, format_size
from sistemkerja_desktop.views.common.recent_files import (
    add_recent_file,
    forget_recent_file,
    recent_files,
)
from sistemkerja_desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, demo_services):
    w = MainWindow(demo_services)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def requests(window):
    got = []
    window.open_file_requested.connect(got.append)
    return got


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes shown (title, text, informative text); none is really shown."""
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def _save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a, **k: (str(path) if path else "", "")))


def test_perangkat_daerah_baru_requests_a_new_file(window, requests, monkeypatch, tmp_path):
    _save_as(monkeypatch, tmp_path / "dinas-pendidikan")
    window.berkas.new_action.trigger()
    assert requests == [FileRequest(FileAction.BARU, tmp_path / "dinas-pendidikan.sqlite")]


def test_perangkat_daerah_baru_never_overwrites_a_file(window, requests, monkeypatch, tmp_path,
                                                       boxes):
    existing = tmp_path / "ada.sqlite"
    existing.write_bytes(b"isi")
    _save_as(monkeypatch, existing)
    window.berkas.new_action.trigger()
    assert requests == []
    assert "sudah ada dan bukan berkas data" in boxes[0][1]
    assert existing.read_bytes() == b"isi"


def test_perangkat_daerah_baru_suggests_the_default_data_file_while_it_is_unused(
        window, monkeypatch, tmp_path):
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, start, *a: offered.append(Path(start)) or ("", "")))
    window.berkas.new_action.trigger()
    assert offered == [paths.default_db_path()]


def test_buka_requests_the_chosen_file(window, requests, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a, **k: (str(tmp_path / "kantor.sqlite"), "")))
    window.berkas.open_action.trigger()
    assert requests == [FileRequest(FileAction.BUKA, tmp_path / "kantor.sqlite")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    window.berkas.open_action.trigger()
    assert len(requests) == 1


def test_buka_contoh_requests_the_demo_file(window, requests):
    window.berkas.demo_action.trigger()
    assert requests == [FileRequest(FileAction.CONTOH, paths.demo_db_path())]


def test_recent_files_are_listed_and_missing_ones_dropped(window, requests, tmp_path):
    a, b, gone = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "hilang.sqlite"
    for p in (a, b, gone):
        p.write_bytes(b"x")
    for p in (gone, a, b, a):  # a again: moved to the front, never twice
        add_recent_file(p)
    add_recent_file(paths.demo_db_path())  # never listed
    gone.unlink()
    assert recent_files() == [a.resolve(), b.resolve()]
    window.berkas.rebuild_recent()
    actions = window.berkas.recent_menu.actions()
    assert [x.text() for x in actions] == ["&1 a.sqlite", "&2 b.sqlite"]
    assert actions[1].toolTip() == str(b.resolve())
    actions[1].trigger()
    assert requests == [FileRequest(FileAction.BUKA, b.resolve())]
    forget_recent_file(a)
    assert recent_files() == [b.resolve()]


def test_no_recent_files_yet(window):
    window.berkas.rebuild_recent()
    [only] = window.berkas.recent_menu.actions()
    assert only.text() == "(belum ada)" and not only.isEnabled()


def test_simpan_salinan_writes_a_copy_that_opens(window, demo_services, monkeypatch, tmp_path,
                                                 boxes):
    target = tmp_path / "flashdisk" / "salinan-kantor"
    target.parent.mkdir()
    _save_as(monkeypatch, target)
    window.berkas.copy_action.trigger()
    written = target.with_name("salinan-kantor.sqlite")
    assert boxes == [("Berkas data", "Salinan berkas data disimpan.", f"Berkas: {written}")]
    copy = build_services(written)
    try:
        assert copy.agency.get_agency() == demo_services.agency.get_agency()
    finally:
        copy.close()


def test_simpan_salinan_onto_the_open_file_is_refused(window, demo_services, monkeypatch):
    shown = []
    monkeypatch.setattr(berkas_menu, "show_error",
                        lambda parent, exc, title="": shown.append((title, exc)))
    before = demo_services.db_path.read_bytes()
    _save_as(monkeypatch, demo_services.db_path)
    window.berkas.copy_action.trigger()
    title, exc = shown[0]
    assert title == "Salinan tidak dibuat" and isinstance(exc, ValidationError)
    assert demo_services.db_path.read_bytes() == before


def test_cadangkan_sekarang_then_the_backup_is_listed(window, demo_services, boxes):
    window.berkas.backup_action.trigger()
    [backup] = demo_services.files.backups()
    assert backup.path.parent == demo_services.db_path.parent
    assert backup.path.name.startswith("t.cadangan-")
    assert boxes[0][1].startswith("Cadangan dibuat.")
    assert backup.path.name in window.statusBar().currentMessage()


def test_pulihkan_lists_backups_and_requests_the_chosen_one(window, demo_services, requests,
                                                            monkeypatch):
    backup = demo_services.files.backup_now()
    offered = []
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(
        lambda cls, backups, db_path, parent=None: offered.append(backups) or backups[0]))
    monkeypatch.setattr(berkas_menu, "confirm_restore", lambda parent, name, when: False)
    window.berkas.restore_action.trigger()
    assert [b.path for b in offered[0]] == [backup]
    assert requests == []  # not confirmed
    monkeypatch.setattr(berkas_menu, "confirm_restore", lambda parent, name, when: True)
    window.berkas.restore_action.trigger()
    assert requests == [FileRequest(FileAction.PULIHKAN, demo_services.db_path, backup)]


def test_the_restore_dialog_shows_date_and_size(qtbot, tmp_path):
    infos = [BackupInfo(tmp_path / "t.cadangan-20261206-013015.sqlite",
                        dt.datetime(2026, 12, 6, 1, 30, 15), 2_500_000),
             BackupInfo(tmp_path / "t.cadangan-20261101-080000.sqlite",
                        dt.datetime(2026, 11, 1, 8, 0), 300_000)]
    dialog = RestoreDialog(infos, tmp_path / "t.sqlite")
    qtbot.addWidget(dialog)
    table = dialog.table
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Tanggal dan jam", "Ukuran", "Berkas"]
    assert table.item(0, 0).text() == "Minggu, 6 Desember 2026, 01.30"
    assert table.item(0, 1).text() == format_size(2_500_000) == "2,4 MB"
    assert table.item(1, 1).text() == "293 KB"
    assert dialog.selected() == infos[0] and dialog.restore_button.isEnabled()
    assert dialog.restore_button.text() == "Pulihkan"
    table.selectRow(1)
    assert dialog.selected() == infos[1]


def test_no_backups_yet_disables_pulihkan(qtbot, tmp_path, monkeypatch):
    dialog = RestoreDialog([], tmp_path / "t.sqlite")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert RestoreDialog.ask([], tmp_path / "t.sqlite") is None


def test_buka_folder_data_opens_the_files_folder(window, demo_services, monkeypatch):
    opened = []
    monkeypatch.setattr(berkas_menu, "open_path", lambda path: opened.append(Path(path)) or True)
    window.berkas.folder_action.trigger()
    assert opened == [demo_services.db_path.parent]


# ---- Riwayat perubahan and Periksa berkas data (issue #8) ---------------------------------

def test_riwayat_and_periksa_berkas_are_in_the_menu(window):
    texts = [a.text().replace("&", "") for a in window.berkas.menu.actions()]
    assert texts.index("Riwayat perubahan…") < texts.index("Periksa berkas data…") < \
        texts.index("Keluar")


def test_riwayat_perubahan_opens_the_history(window, monkeypatch):
    from sistemkerja_desktop.views.riwayat_dialog import RiwayatDialog

    shown = []
    monkeypatch.setattr(RiwayatDialog, "exec", lambda d: shown.append(d.model.jumlah) or 0)
    window.berkas.riwayat_action.trigger()
    assert shown and shown[0] > 300


def test_periksa_berkas_data_says_the_file_is_whole_then_finds_an_outside_edit(
        window, demo_services, boxes, qtbot):
    import sqlite3

    window.berkas.periksa_berkas_action.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 1)
    title, text, _info = boxes[0]
    assert title == "Periksa berkas data" and text.startswith("Berkas data utuh")
    assert window.berkas.periksa_berkas_action.isEnabled()
    conn = sqlite3.connect(demo_services.db_path)
    with conn:
        conn.execute("DELETE FROM audit_log WHERE id = 12")
    conn.close()
    window.berkas.periksa_berkas_action.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 2)
    assert "Log audit diubah di luar aplikasi: baris id 12 dihapus" in boxes[1][1]
    assert "Pulihkan dari cadangan" in boxes[1][2]
