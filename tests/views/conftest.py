"""Fixtures for the Struktur views: an .xlsx builder and a large generated agency.

Also works around a PySide6 6.12 defect on Python 3.11: its abi3 wheels return `None` from
void methods (`QLabel.setText`, `processEvents`, …) without taking a reference — harmless on
3.12+, where None/True/False are immortal (PEP 683), fatal on 3.11 after a few thousand calls
("none_dealloc: deallocating None"). Until the application pins the same way (or requires
3.12), the GUI tests make those singletons effectively immortal here.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import openpyxl
import pytest


def _make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12):
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


_make_singletons_immortal()


@pytest.fixture
def make_xlsx(tmp_path):
    """`make_xlsx(rows, name="pegawai.xlsx") -> Path`: a one-sheet workbook with `rows`."""

    def build(rows: list[list[object]], name: str = "pegawai.xlsx") -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "DUK"
        for row in rows:
            ws.append(row)
        path = tmp_path / name
        wb.save(path)
        return path

    return build
