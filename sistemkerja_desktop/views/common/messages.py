"""Known errors → an Indonesian message box; standard buttons relabelled in Indonesian
(PySide6 ships no Indonesian qtbase catalogue).

Never English to the user: an OSError that escaped a service (a file that vanished, a full
disk) is said in Indonesian with its file; any other exception is a bug — an Indonesian
sentence, the technical details collapsed under *Tampilkan rincian…*, and the traceback in the
log. (Uncaught exceptions in slots reach `app.make_excepthook`'s crash dialog.)"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError, os_error_reason

log = logging.getLogger(__name__)

_BOX = QDialogButtonBox.StandardButton
_MSG = QMessageBox.StandardButton


def _labels() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "Ok": tr("Common", "OK"), "Cancel": tr("Common", "Batal"),
        "Save": tr("Common", "Simpan"), "Yes": tr("Common", "Ya"), "No": tr("Common", "Tidak"),
        "Close": tr("Common", "Tutup"), "Apply": tr("Common", "Terapkan"),
        "Discard": tr("Common", "Buang"), "Open": tr("Common", "Buka"),
        "Help": tr("Common", "Bantuan"), "Reset": tr("Common", "Atur ulang"),
    }


def relabel_buttons(box: QDialogButtonBox) -> None:
    labels = _labels()
    for name, text in labels.items():
        button = box.button(getattr(_BOX, name))
        if button is not None:
            button.setText(text)


def relabel_message_box(box: QMessageBox) -> None:
    labels = _labels()
    for name, text in labels.items():
        button = box.button(getattr(_MSG, name))
        if button is not None:
            button.setText(text)


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: QMessageBox.StandardButton, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    if detail:
        box.setDetailedText(detail)
    relabel_message_box(box)
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A known error (SistemKerjaError) as its Indonesian message; anything else is a bug."""
    tr = QCoreApplication.translate
    detail = ""
    if isinstance(exc, SistemKerjaError):
        text = exc.message
    elif isinstance(exc, OSError | MemoryError):
        log.warning("Environment error: %s", type(exc).__name__, exc_info=exc)
        text = environment_message(exc)
    else:
        log.error("Unexpected error", exc_info=exc)
        text = tr("Common", "Terjadi kesalahan yang tidak terduga (kesalahan program, bukan "
                            "kesalahan Anda). Data yang sudah disimpan tetap aman. Rinciannya "
                            "tercatat di berkas log; sampaikan kepada pengelola aplikasi.")
        detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    _box(parent, QMessageBox.Icon.Warning, title or tr("Common", "Tidak dapat dilanjutkan"),
         text, _MSG.Ok, detail).exec()


def environment_message(exc: BaseException) -> str:
    """An OSError or MemoryError in Indonesian, naming the file."""
    tr = QCoreApplication.translate
    if isinstance(exc, MemoryError):
        return tr("Common", "Memori komputer tidak cukup untuk pekerjaan ini; tutup program "
                            "lain lalu ulangi.")
    assert isinstance(exc, OSError)
    reason = os_error_reason(exc)
    if exc.filename:
        return tr("Common", "Berkas %1 tidak dapat dipakai: %2.").replace(
            "%1", str(exc.filename)).replace("%2", reason)
    return tr("Common", "Operasi berkas gagal: %1.").replace("%1", reason)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, _MSG.Ok).exec()


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    box = _box(parent, QMessageBox.Icon.Question, title, text, _MSG.Yes | _MSG.No)
    return box.exec() == _MSG.Yes
