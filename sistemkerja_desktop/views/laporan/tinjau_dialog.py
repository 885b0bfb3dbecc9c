"""Reviewing a report at the step it waits for: *Terima* (pass it on, or accept it at the last
step; a note is optional) or *Kembalikan* for repair, where the note is required — the author
sees it when writing again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading, hint
from sistemkerja_desktop.views.teams.dialog_fit import fit_height_later
from sistemkerja_desktop.views.teams.labels import from_qdate, to_qdate


@dataclass(frozen=True, slots=True)
class Tinjauan:
    terima: bool
    catatan: str
    tanggal: dt.date


class TinjauDialog(QDialog):
    def __init__(self, terima: bool, judul: str, keterangan: str, *, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terima = terima
        self.setWindowTitle(self.tr("Terima laporan") if terima else
                            self.tr("Kembalikan laporan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(judul, 1))
        if keterangan:
            layout.addWidget(hint(keterangan))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(84)
        if terima:
            label = self.tr("Catatan (opsional)")
        else:
            label = self.tr("Catatan perbaikan (wajib)")
            self.note_edit.setPlaceholderText(
                self.tr("mis. lengkapi capaian indikator dan data pendukungnya"))
        form.addRow(label, self.note_edit)
        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        form.addRow(self.tr("Tanggal"), self.date_edit)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Terima") if terima else self.tr("Kembalikan"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.note_edit.setFocus()
        fit_height_later(self)

    def hasil(self) -> Tinjauan:
        return Tinjauan(self.terima, " ".join(self.note_edit.toPlainText().split()),
                        from_qdate(self.date_edit.date()))

    def submit(self) -> bool:
        if not self.terima and not self.hasil().catatan:
            self.error.setText(self.tr("Catatan perbaikan wajib diisi: pelapor perlu tahu apa "
                                       "yang harus diperbaiki."))
            self.error.show()
            self.note_edit.setFocus()
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, terima: bool, judul: str, keterangan: str = "", *,
            today: dt.date) -> Tinjauan | None:
        """The review entered, or None when cancelled. Tests monkeypatch this."""
        dialog = cls(terima, judul, keterangan, today=today, parent=parent)
        return dialog.hasil() if dialog.exec() == QDialog.DialogCode.Accepted else None
