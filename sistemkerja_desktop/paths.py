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
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
