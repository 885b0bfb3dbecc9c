"""Every export and print goes through here: the user chooses the file (the folder is remembered
per kind of file), the work shows progress when it takes a while, and it ends with one message
that names the file and offers *Buka* and *Buka folder*.

    path = choose_output_path(parent, "pdf", title, "bagan-dinas.pdf")
    if path: ... write ...; show_output_done(parent, path, "Bagan ditulis (12 halaman).")
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.data_file_service import check_output
from sistemkerja_desktop.views.common.messages import relabel_message_box
from sistemkerja_desktop.views.common.settings_store import app_settings

log = logging.getLogger(__name__)

# kind → (file dialog filter, suffix)
KINDS: dict[str, tuple[str, str]] = {
    "pdf": (QT_TRANSLATE_NOOP("Common.Output", "Dokumen PDF (*.pdf)"), ".pdf"),
    "png": (QT_TRANSLATE_NOOP("Common.Output", "Gambar PNG (*.png)"), ".png"),
    "xlsx": (QT_TRANSLATE_NOOP("Common.Output", "Buku kerja Excel (*.xlsx)"), ".xlsx"),
    "eml": (QT_TRANSLATE_NOOP("Common.Output", "Draf surel (*.eml)"), ".eml"),
}
_SETTINGS_KEY = "keluaran/folder_{kind}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Common.Output", text)


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(base) if base else Path.home()


def remembered_folder(kind: str) -> Path:
    value = app_settings().value(_SETTINGS_KEY.format(kind=kind), "")
    folder = Path(str(value)) if value else default_folder()
    return folder if folder.is_dir() else default_folder()


def remember_folder(kind: str, folder: Path) -> None:
    app_settings().setValue(_SETTINGS_KEY.format(kind=kind), str(folder))


def with_suffix(path: Path, kind: str) -> Path:
    suffix = KINDS[kind][1]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def choose_output_path(parent: QWidget | None, kind: str, title: str, suggested_name: str,
                       *, protected: Sequence[Path] = ()) -> Path | None:
    """Ask where to write a file of `kind` ('pdf', 'png', 'xlsx', 'eml'), starting in the folder
    last used for that kind. None when the user cancelled. The folder is remembered.

    A data file is never offered as an output: the open database (`protected`, e.g.
    `services.db_path`) or its -wal/-shm, and any existing SQLite file (a data file, a backup, a
    copy — recognised by its content, so the open database is refused even without
    `protected`). The user is told why, with the file's name, and chooses again."""
    filter_ = _tr(KINDS[kind][0])
    start = remembered_folder(kind) / suggested_name
    while True:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), filter_)
        if not chosen:
            return None
        path = with_suffix(Path(chosen), kind)
        try:
            check_output(path, protected)
        except SistemKerjaError as exc:
            log.info("Output refused: a data file was chosen")
            _refuse(parent, exc)
            start = path.parent / suggested_name
            continue
        remember_folder(kind, path.parent)
        return path


def _refuse(parent: QWidget | None, exc: SistemKerjaError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Pilih berkas lain"), exc.message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("output_refused")
    box.setInformativeText(_tr("Berkas data tidak pernah ditimpa. Pilih tempat menyimpan sekali "
                               "lagi."))
    relabel_message_box(box)
    box.exec()


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the user associates with it."""
    ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not ok:
        log.warning("No program opened %s", path.suffix or "folder")
    return bool(ok)


def show_output_done(parent: QWidget | None, path: Path, text: str = "") -> None:
    """'<text> Berkas: <path>' with Buka / Buka folder / Tutup."""
    box = QMessageBox(parent)
    box.setObjectName("output_done")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Berkas ditulis"))
    box.setText(text or _tr("Berkas selesai ditulis."))
    box.setInformativeText(_tr("Berkas: %1").replace("%1", str(path)))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = QPushButton(_tr("Buka"))
    folder_button = QPushButton(_tr("Buka folder"))
    box.addButton(open_button, QMessageBox.ButtonRole.ActionRole)
    box.addButton(folder_button, QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    relabel_message_box(box)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        open_path(path)
    elif clicked is folder_button:
        open_path(path.parent)


def progress_dialog(parent: QWidget | None, label: str, maximum: int = 0,
                    cancellable: bool = False) -> QProgressDialog:
    """A modal progress dialog shown after ~0.8 s (`maximum=0`: busy indicator). With
    `cancellable`, check `wasCanceled()` between steps."""
    dialog = QProgressDialog(label, _tr("Batal") if cancellable else "", 0, maximum, parent)
    dialog.setWindowTitle(_tr("Mohon tunggu"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(800)
    dialog.setAutoClose(True)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setValue(0)
    return dialog
