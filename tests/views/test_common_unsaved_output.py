"""The shared Simpan/Buang/Batal mechanism and the output-file helpers every area uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from unsaved_uji import answer

from sistemkerja_desktop.views.common import output, unsaved
from sistemkerja_desktop.views.common.unsaved import Choice, UnsavedEdits, UnsavedRegistry

pytestmark = pytest.mark.gui


class FakeArea:
    def __init__(self, description: str | None, save_ok: bool = True) -> None:
        self.description = description
        self.save_ok = save_ok
        self.saved = self.discarded = 0

    def unsaved_description(self) -> str | None:
        return self.description

    def save_unsaved(self) -> bool:
        self.saved += 1
        if self.save_ok:
            self.description = None
        return self.save_ok

    def discard_unsaved(self) -> None:
        self.discarded += 1
        self.description = None


def test_fake_area_satisfies_the_protocol():
    assert isinstance(FakeArea(None), UnsavedEdits)
    assert not isinstance(object(), UnsavedEdits)


def test_clean_areas_are_never_asked(qtbot, monkeypatch):
    asked = answer(monkeypatch)
    registry = UnsavedRegistry()
    registry.register(FakeArea(None))
    assert not registry.has_unsaved()
    assert registry.confirm_all(None, "menutup aplikasi")
    assert asked == []


@pytest.mark.parametrize(("choice", "ok", "saved", "discarded"), [
    (Choice.SIMPAN, True, 1, 0), (Choice.BUANG, True, 0, 1), (Choice.BATAL, False, 0, 0)])
def test_each_answer(qtbot, monkeypatch, choice, ok, saved, discarded):
    asked = answer(monkeypatch, choice)
    area = FakeArea("2 perpindahan kedudukan di bagan")
    registry = UnsavedRegistry()
    registry.register(area)
    registry.register(area)  # registering twice asks once
    assert registry.confirm_all(None) is ok
    assert asked == ["2 perpindahan kedudukan di bagan"]
    assert (area.saved, area.discarded) == (saved, discarded)


def test_a_failed_save_stops_and_later_areas_are_not_asked(qtbot, monkeypatch):
    asked = answer(monkeypatch, Choice.SIMPAN)
    first, second = FakeArea("a", save_ok=False), FakeArea("b")
    registry = UnsavedRegistry()
    registry.register(first)
    registry.register(second)
    assert not registry.confirm_all(None)
    assert asked == ["a"] and second.description == "b"


def test_confirm_all_shows_the_area_it_asks_about(qtbot, monkeypatch):
    answer(monkeypatch, Choice.BUANG, Choice.BUANG)
    registry = UnsavedRegistry()
    widgets = [QWidget(), QWidget()]
    for widget in widgets:
        qtbot.addWidget(widget)
    registry.register(FakeArea("a"), widgets[0])
    registry.register(FakeArea(None), QWidget())
    registry.register(FakeArea("c"), widgets[1])
    shown: list[QWidget] = []
    assert registry.confirm_all(None, show=shown.append)
    assert shown == widgets
    assert not registry.has_unsaved()


def test_unregister_and_changed_signal(qtbot):
    registry = UnsavedRegistry()
    area = FakeArea("x")
    registry.register(area)
    registry.unregister(area)
    assert not registry.has_unsaved()
    with qtbot.waitSignal(registry.changed, timeout=100):
        registry.notify()


def test_the_question_is_indonesian_with_three_buttons(qtbot, monkeypatch):
    seen = {}

    def fake_exec(box):
        seen["text"] = box.text() + " " + box.informativeText()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    choice = unsaved.ask_save_discard_cancel(None, "perubahan tim 'Tim A'", "menutup aplikasi")
    assert choice is Choice.BUANG
    assert "perubahan tim 'Tim A'" in seen["text"] and "menutup aplikasi" in seen["text"]
    assert seen["buttons"] == ["Batal", "Buang", "Simpan"]


# ---- output files ----------------------------------------------------------------------------

def test_output_path_gets_its_suffix_and_the_folder_is_remembered(qtbot, monkeypatch, tmp_path):
    target = tmp_path / "keluar"
    target.mkdir()
    starts: list[str] = []

    def fake_dialog(parent, title, start, filter_):
        starts.append(start)
        return str(target / "bagan"), filter_

    monkeypatch.setattr(output.QFileDialog, "getSaveFileName", fake_dialog)
    first = output.choose_output_path(None, "pdf", "Ekspor", "bagan.pdf")
    assert first == target / "bagan.pdf"
    assert output.remembered_folder("pdf") == target
    assert output.remembered_folder("xlsx") != target  # per kind of file
    output.choose_output_path(None, "pdf", "Ekspor", "lagi.pdf")
    assert starts[1] == str(target / "lagi.pdf")


def test_cancelled_choice_is_none(qtbot, monkeypatch):
    monkeypatch.setattr(output.QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert output.choose_output_path(None, "xlsx", "Ekspor", "x.xlsx") is None


def test_a_vanished_remembered_folder_falls_back(qtbot, tmp_path):
    output.remember_folder("png", tmp_path / "hilang")
    assert output.remembered_folder("png") == output.default_folder()


@pytest.mark.parametrize(("button", "opened"), [("Buka", "file"), ("Buka folder", "folder"),
                                                ("Tutup", None)])
def test_done_message_names_the_file_and_opens_it(qtbot, monkeypatch, tmp_path, button, opened):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"x")
    calls: list[Path] = []
    monkeypatch.setattr(output, "open_path", lambda p: calls.append(p) or True)
    seen = {}

    def fake_exec(box):
        seen["text"] = box.informativeText()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        for b in box.buttons():
            if b.text() == button:
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    output.show_output_done(None, path, "Roster ditulis.")
    assert str(path) in seen["text"]
    assert seen["buttons"] == ["Buka", "Buka folder", "Tutup"]
    expected = {"file": [path], "folder": [tmp_path], None: []}[opened]
    assert calls == expected


def test_progress_dialog_is_indonesian(qtbot):
    dialog = output.progress_dialog(None, "Menulis PDF…", 10, cancellable=True)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Mohon tunggu"
    assert dialog.maximum() == 10 and dialog.labelText() == "Menulis PDF…"


def _sqlite_file(path: Path) -> Path:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE pegawai (nama TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("how", ["open database", "another data file"])
def test_a_data_file_is_refused_and_the_user_chooses_again(qtbot, monkeypatch, tmp_path, how):
    """Issue #8 item 1: a save dialog never hands out a data file — the open database (named by
    `protected`) or any SQLite file (a backup, a copy) recognised by its content. The user is
    told which file and why, and the dialog opens again; nothing was written."""
    data = _sqlite_file(tmp_path / ("kantor.xlsx" if how == "open database" else "arsip.xlsx"))
    before = data.read_bytes()
    good = tmp_path / "roster.xlsx"
    answers = [str(data), str(good)]
    starts: list[str] = []

    def fake_dialog(parent, title, start, filter_):
        starts.append(start)
        return answers.pop(0), filter_

    shown: list[tuple[str, str, str]] = []

    def fake_exec(box):
        shown.append((box.objectName(), box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(output.QFileDialog, "getSaveFileName", fake_dialog)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    protected = (data,) if how == "open database" else ()

    chosen = output.choose_output_path(None, "xlsx", "Ekspor roster", "roster.xlsx",
                                       protected=protected)

    assert chosen == good
    assert len(starts) == 2 and starts[1] == str(tmp_path / "roster.xlsx")
    (name, text, info), = shown
    assert name == "output_refused"
    assert str(data) in text and "Tidak ada yang ditulis" in text
    assert "sedang dibuka" in text if how == "open database" else "SQLite" in text
    assert "tidak pernah ditimpa" in info
    assert data.read_bytes() == before
    assert output.remembered_folder("xlsx") == tmp_path


def test_refusing_then_cancelling_is_none(qtbot, monkeypatch, tmp_path):
    data = _sqlite_file(tmp_path / "kantor.pdf")
    answers = [str(data), ""]
    monkeypatch.setattr(output.QFileDialog, "getSaveFileName",
                        lambda *a: (answers.pop(0), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    assert output.choose_output_path(None, "pdf", "Ekspor", "bagan.pdf") is None
    assert answers == []
