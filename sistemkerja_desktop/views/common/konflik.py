""""Diubah di tempat lain": the message shown when a save is refused with `ConflictError`.

A form, dialog or the chart carries the version of the records it showed; when another window,
the CLI or an import saved them since, the service refuses and saves nothing. The user is told
so and offered *Muat ulang* (reload the form with the other change, then redo the edit) or
*Tutup* (keep the edits on screen, e.g. to copy them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Common.Konflik", text)


class KonflikDialog(QMessageBox):
    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, _tr("Diubah di tempat lain"), message,
                         QMessageBox.StandardButton.NoButton, parent)
        self.setInformativeText(_tr(
            "Muat ulang menampilkan data terbaru; ulangi perubahan Anda setelahnya."))
        self.reload_button = self.addButton(_tr("Muat ulang"),
                                            QMessageBox.ButtonRole.AcceptRole)
        self.close_button = self.addButton(_tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.reload_button)
        self.setEscapeButton(self.close_button)

    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> bool:
        """Show the conflict; True when the user chose *Muat ulang*."""
        box = cls(message, parent)
        box.exec()
        return box.clickedButton() is box.reload_button
