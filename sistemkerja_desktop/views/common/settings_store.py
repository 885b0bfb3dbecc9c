"""The one place the GUI keeps its own preferences (folders per kind of file, recent data files,
window geometry): an INI file in the user data directory, so tests that redirect
`paths.data_dir()` never touch the real profile and a portable copy keeps its settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from sistemkerja_desktop import paths

SETTINGS_FILE = "pengaturan-tampilan.ini"


def app_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
