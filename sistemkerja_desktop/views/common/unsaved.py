"""One mechanism for unsaved edits: every area (or dialog) that can hold edits reports to the shell
through `UnsavedRegistry`; closing the window, switching the data file or leaving an area asks
*Simpan / Buang / Batal* the same way everywhere.

An area implements the `UnsavedEdits` protocol:

    unsaved_description() -> str | None   # "3 perpindahan kedudukan di bagan", None when clean
    save_unsaved() -> bool                # True when saved (False: it showed why, stay)
    discard_unsaved() -> None             # drop the edits, back to the stored state

A modal dialog with a form (unit dialog, naskah settings, import wizard) calls
`confirm_leave(self, guard)` from its `reject()`/`closeEvent()` with itself as the guard.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sistemkerja_desktop.views.common.messages import relabel_message_box

log = logging.getLogger(__name__)


@runtime_checkable
class UnsavedEdits(Protocol):
    def unsaved_description(self) -> str | None: ...

    def save_unsaved(self) -> bool: ...

    def discard_unsaved(self) -> None: ...


class Choice(enum.Enum):
    SIMPAN = "simpan"
    BUANG = "buang"
    BATAL = "batal"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Common.Unsaved", text)


def ask_save_discard_cancel(parent: QWidget | None, description: str,
                            action: str = "") -> Choice:
    """The one Simpan / Buang / Batal question. `description` names what is unsaved,
    `action` what the user is about to do ("menutup aplikasi", "membuka berkas lain")."""
    text = _tr("Ada perubahan yang belum disimpan: %1.").replace("%1", description)
    info = (_tr("Simpan sebelum %1?").replace("%1", action) if action
            else _tr("Simpan perubahan ini?"))
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Perubahan belum disimpan"), text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(info)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setObjectName("unsaved_prompt")
    relabel_message_box(box)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Choice.SIMPAN
    if answer == QMessageBox.StandardButton.Discard:
        return Choice.BUANG
    return Choice.BATAL


def confirm_leave(parent: QWidget | None, guard: UnsavedEdits, action: str = "") -> bool:
    """Ask about `guard`'s edits, act on the answer. True when it is fine to go on."""
    description = guard.unsaved_description()
    if not description:
        return True
    choice = ask_save_discard_cancel(parent, description, action)
    if choice is Choice.SIMPAN:
        return guard.save_unsaved()
    if choice is Choice.BUANG:
        guard.discard_unsaved()
        return True
    return False


class UnsavedRegistry(QObject):
    """The shell's list of everything that can hold edits. Areas register once; the shell asks
    `confirm_all()` before closing or switching the file, `confirm(guard)` before leaving an
    area."""

    changed = Signal()  # something became dirty or clean (the shell refreshes its title)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guards: list[tuple[UnsavedEdits, QWidget | None]] = []

    def register(self, guard: UnsavedEdits, widget: QWidget | None = None) -> None:
        """`widget` is shown (made current) before its question is asked, when given."""
        if any(g is guard for g, _ in self._guards):
            return
        self._guards.append((guard, widget))

    def unregister(self, guard: UnsavedEdits) -> None:
        self._guards = [(g, w) for g, w in self._guards if g is not guard]

    def notify(self) -> None:
        """Areas call this whenever their dirty state may have changed."""
        self.changed.emit()

    def dirty(self) -> Iterator[tuple[UnsavedEdits, str]]:
        for guard, _widget in list(self._guards):
            description = guard.unsaved_description()
            if description:
                yield guard, description

    def has_unsaved(self) -> bool:
        return any(True for _ in self.dirty())

    def confirm(self, parent: QWidget | None, guard: UnsavedEdits, action: str = "") -> bool:
        return confirm_leave(parent, guard, action)

    def confirm_all(self, parent: QWidget | None, action: str = "",
                    show: object = None) -> bool:
        """Ask about every dirty area in turn; False as soon as one answer is Batal (or a save
        fails). `show(widget)` is called first so the user sees the area being asked about."""
        for guard, widget in list(self._guards):
            if not guard.unsaved_description():
                continue
            if widget is not None and callable(show):
                show(widget)
            if not confirm_leave(parent, guard, action):
                log.info("Leaving cancelled: unsaved edits kept")
                return False
        return True
