"""Fixtures for domain tests; the builders live in `struktur_uji` (a uniquely named module)."""

from __future__ import annotations

import pytest
from struktur_uji import Builder, Dinas


@pytest.fixture
def b() -> Builder:
    return Builder()


@pytest.fixture
def dinas(b: Builder) -> Dinas:
    return Dinas(b)
