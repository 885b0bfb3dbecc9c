"""“Ekspor ke Excel…” of the Struktur screen: the user chooses the file (folder remembered for
xlsx), the list is written off the GUI thread with progress, and the message names the file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.tasks import TaskSignals

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Struktur.Ekspor", text)


def suggested_name(services: Services) -> str:
    try:
        nama = services.agency.get_agency().nama
    except SistemKerjaError:
        nama = ""
    stem = "-".join(nama.lower().split()) or "pegawai"
    return f"daftar-pegawai-{stem}.xlsx"


def export_pegawai(parent: QWidget, services: Services,
                   finished: Callable[[Path | None], None] | None = None) -> TaskSignals | None:
    """Ask for the file and write it in the background; None when the user cancelled.
    `finished(path)` runs at the end (path None when writing failed)."""
    path = output.choose_output_path(parent, "xlsx", _tr("Ekspor daftar pegawai"),
                                     suggested_name(services))
    if path is None:
        return None

    def done(n: int) -> None:
        log.info("Exported %s pegawai", n)
        if finished is not None:
            finished(path)
        output.show_output_done(parent, path, _tr("%1 pegawai diekspor ke Excel.")
                                .replace("%1", str(n)))

    def failed(exc: BaseException) -> None:
        if finished is not None:
            finished(None)
        show_error(parent, exc, _tr("Ekspor gagal"))

    return run_output(parent, _tr("Menulis daftar pegawai…"),
                      lambda _progress: services.impor.export(path),
                      on_done=done, on_failure=failed)
