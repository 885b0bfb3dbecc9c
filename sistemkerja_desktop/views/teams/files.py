"""Where the team documents go (opening them: `views.common.output.open_path`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from sistemkerja_desktop import paths


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
