"""Fixtures for the Struktur views: an .xlsx builder."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest


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
