"""The data files opened lately (Berkas › Buka terakhir), kept in the GUI settings file.

Files that no longer exist are dropped when the list is read; the demo file is never listed
(it has its own menu entry, *Buka contoh*).
"""

from __future__ import annotations

from pathlib import Path

from sistemkerja_desktop import paths
from sistemkerja_desktop.views.common.settings_store import app_settings

KEY = "berkas/terakhir"
LIMIT = 8


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def _stored() -> list[Path]:
    value = app_settings().value(KEY, [])
    if isinstance(value, str):  # QSettings' INI format gives a lone value back as a string
        value = [value] if value else []
    return [Path(str(v)) for v in (value or []) if str(v)]


def _store(files: list[Path]) -> None:
    settings = app_settings()
    settings.setValue(KEY, [str(p) for p in files[:LIMIT]])
    settings.sync()


def recent_files() -> list[Path]:
    """Newest first; missing files are forgotten."""
    stored = _stored()
    present = [p for p in stored if p.is_file()]
    if present != stored:
        _store(present)
    return present


def add_recent_file(path: Path) -> None:
    path = Path(path).resolve()
    if _same(path, paths.demo_db_path()):
        return
    files = [p for p in _stored() if not _same(p, path)]
    _store([path, *files])


def forget_recent_file(path: Path) -> None:
    _store([p for p in _stored() if not _same(p, Path(path))])
