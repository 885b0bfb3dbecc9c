"""Where the team documents go, and opening them in the user's own programs."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from sistemkerja_desktop import paths

log = logging.getLogger(__name__)


def slug(text: str, limit: int = 60) -> str:
    """'Tim Kerja Surveilans & KLB' → 'tim-kerja-surveilans-klb' (file names)."""
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(x for x in out.split("-") if x)[:limit].strip("-") or "tim"


def documents_folder() -> Path:
    """'Dokumen/Sistem Kerja' in the user's documents folder (not created here)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return (Path(base) if base else Path.home()) / "Sistem Kerja"


def draft_folder() -> Path:
    """Drafts are scratch files: kept under the application's data directory."""
    return paths.data_dir() / "draf"


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the user associates with it."""
    ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not ok:
        log.warning("No program opened %s", path.suffix or "folder")
    return bool(ok)
