"""The request form, last page: the chain the request will follow, step by step, with the names
of the people who will act on the request's date (`services.penugasan.pratinjau`), and a short
summary of what is asked. A request the profile forbids, or one the chain cannot be resolved for
(a pegawai without PPK, a unit in the pemohon's own unit organisasi …), is refused here with the
service's Indonesian message, and *Ajukan* stays disabled. *Ajukan* (the wizard's finish button)
submits; a refusal at that moment is shown in the same place and the form stays open."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penugasan import Pihak
from sistemkerja_desktop.services.penugasan_dto import LangkahRow
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, hint
from sistemkerja_desktop.views.penugasan.timeline import TimelineWidget


class PratinjauPage(QWizardPage):
    def __init__(self, preview: Callable[[], list[LangkahRow]], summary: Callable[[], str],
                 submit: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._summary = summary
        self._submit = submit
        self.steps: list[LangkahRow] = []
        self.setTitle(self.tr("Pratinjau alur persetujuan"))
        self.setSubTitle(self.tr("Langkah yang akan dilalui permohonan ini dan pejabat yang "
                                 "akan bertindak."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setObjectName("pratinjauError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.timeline = TimelineWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.timeline)
        self.note = hint(self.tr("Nama pejabat diambil dari struktur pada tanggal permohonan. "
                                 "Jawaban instansi lain dicatat dari suratnya."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> bool:
        self.summary.setText(self._summary())
        self.error.hide()
        try:
            self.steps = list(self._preview())
        except SistemKerjaError as exc:
            self.steps = []
            self.timeline.set_steps((), waiting=False)
            self.show_error(exc.message)
            return False
        self.timeline.set_steps(self.steps, waiting=True,
                                current_text=self.tr("Langkah pertama setelah diajukan"))
        vacant = [x for x in self.steps if x.pihak == Pihak.KITA and not x.nip]
        if vacant:  # nobody would decide it: the service refuses such a request
            x = vacant[0]
            self.show_error(self.tr(
                "Jabatan %1 kosong pada tanggal permohonan: langkah %2 (%3) tidak ada yang "
                "memutus. Isi jabatan itu (definitif, Plt. atau Plh.) lebih dahulu.")
                .replace("%1", x.jabatan or x.peran).replace("%2", str(x.urut))
                .replace("%3", x.peran))
            return False
        self.completeChanged.emit()
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(html.escape(text))
        self.error.show()
        self.completeChanged.emit()

    def refused(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def isComplete(self) -> bool:
        return bool(self.steps) and self.error.isHidden()

    def validatePage(self) -> bool:
        try:
            self._submit()
        except SistemKerjaError as exc:
            self.show_error(exc.message)
            return False
        return True
