"""User data/log directories and the resources/ folder, in a source checkout and a frozen build."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "SistemKerjaDesktop"
DB_ENV = "SISTEMKERJA_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """`--db FILE` beats `SISTEMKERJA_DB`, which beats the user data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "sistemkerja.sqlite"


def demo_db_path() -> Path:
    """The demo agency lives in its own file beside the user's data file, never in it."""
    return data_dir() / "contoh.sqlite"


def resources_dir() -> Path:
    """Fonts and icons, first found of: the package data of an installed wheel
    (`sistemkerja_desktop/resources`, mapped from the top-level folder in pyproject.toml; the
    PyInstaller spec puts them at the same place), `resources` at a PyInstaller bundle's root,
    the checkout's top-level `resources/` (editable install, tests)."""
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    if installed.is_dir():
        return installed
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    return here.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
