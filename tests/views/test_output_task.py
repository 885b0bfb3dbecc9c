"""`run_output`: background work with a progress dialog, then the caller's message."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from sistemkerja_desktop.views.common.output_task import run_output

pytestmark = pytest.mark.gui


@pytest.fixture
def parent(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_progress_is_fed_and_the_dialog_goes_away(parent, qtbot):
    release = threading.Event()
    done, failed = [], []

    def work(progress):
        progress(1, 4)
        release.wait(5)
        progress(4, 4)
        return "hasil"

    run_output(parent, "Menulis…", work, on_done=done.append, on_failure=failed.append)
    dialog = parent.findChild(QProgressDialog, "output_progress")
    assert dialog is not None and dialog.labelText() == "Menulis…"
    qtbot.waitUntil(lambda: dialog.maximum() == 4 and dialog.value() == 1)
    release.set()
    qtbot.waitUntil(lambda: done == ["hasil"])
    assert failed == []
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog, "output_progress") is None)


def test_a_failure_goes_to_on_failure(parent, qtbot):
    failed = []

    def work(_progress):
        raise OSError("disk penuh")

    run_output(parent, "Menulis…", work, on_done=lambda r: pytest.fail("no result"),
               on_failure=failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert isinstance(failed[0], OSError)


def test_batal_stops_cancellable_work_at_its_next_step(parent, qtbot):
    started, release = threading.Event(), threading.Event()
    cancelled, steps = [], []

    def work(progress):
        for i in range(3):
            progress(i, 3)
            steps.append(i)
            started.set()
            release.wait(5)
        return "selesai"

    run_output(parent, "Menulis…", work, on_done=lambda r: pytest.fail("cancelled"),
               on_failure=lambda e: pytest.fail(repr(e)),
               on_cancelled=lambda: cancelled.append(True), cancellable=True)
    dialog = parent.findChild(QProgressDialog, "output_progress")
    assert started.wait(5)
    dialog.canceled.emit()  # the user pressed Batal
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert steps == [0]
