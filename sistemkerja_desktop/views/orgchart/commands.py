"""Undo commands of the org-chart canvas. Commands touch the document only; the scene follows
the document's `changed` signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from sistemkerja_desktop.domain.pindah import CatatanPindah, RencanaPindah

if TYPE_CHECKING:
    from sistemkerja_desktop.views.orgchart.document import OrgChartDocument


class Langkah:
    """One move on the canvas (one undo step). `catatan` is set once it has been saved."""

    def __init__(self, rencana: RencanaPindah, teks: str) -> None:
        self.rencana = rencana
        self.teks = teks
        self.catatan: tuple[CatatanPindah, ...] | None = None


class PindahCommand(QUndoCommand):
    """Move one or several cards under another PPK: a single undo step."""

    def __init__(self, document: OrgChartDocument, langkah: Langkah) -> None:
        super().__init__(langkah.teks)
        self.document = document
        self.langkah = langkah

    def redo(self) -> None:
        self.document.apply(self.langkah)

    def undo(self) -> None:
        self.document.unapply(self.langkah)
