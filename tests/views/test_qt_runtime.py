"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 on Python 3.11
returns None from void methods without a reference; the app aborts after a few thousand calls)."""

import sys

import pytest
from PySide6.QtWidgets import QLineEdit


@pytest.mark.gui
def test_void_qt_calls_keep_none_alive(qtbot, qapp):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for i in range(2000):
        edit.setText(f"x{i}")
        qapp.processEvents()
    # On an affected build the count drops by ~4000 (and soon aborts the interpreter).
    assert sys.getrefcount(None) >= before - 100
