"""Acting on the step a request waits at: Setujui / Tolak / Rekomendasi / Teruskan (and the
pemohon's Batalkan). Asks for what the action needs — the reason of a refusal (required), a note,
the number of the letter the step produces, the date — and for the acting person only when the
app cannot know it: a step of the other instansi (or of a vacant position) is recorded from its
letter by someone here, proposed as the one the service names (`MenungguRow.pencatat_nip`)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.penugasan import Aksi
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, heading
from sistemkerja_desktop.views.penugasan.labels import aksi_label
from sistemkerja_desktop.views.penugasan.orang import Orang, PersonCombo
from sistemkerja_desktop.views.teams.dialog_fit import fit_height_later
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint
from sistemkerja_desktop.views.teams.labels import from_qdate, to_qdate


@dataclass(frozen=True, slots=True)
class Jawaban:
    oleh_nip: str
    catatan: str  # the note, or the reason of a refusal / cancellation
    nomor_surat: str
    tanggal: dt.date


class AksiDialog(QDialog):
    def __init__(self, aksi: Aksi, judul: str, *, oleh_nip: str, ask_actor: bool,
                 people: Sequence[Orang], today: dt.date, letter: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aksi = aksi
        self.setWindowTitle(aksi_label(aksi))
        self.setMinimumWidth(700 if ask_actor else 520)  # a person's name, jabatan and NIP
        required = aksi in (Aksi.TOLAK, Aksi.BATALKAN)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(judul, 1))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.actor_combo = PersonCombo(self.tr("Ketik nama atau NIP…"))
        self.actor_combo.set_people(people, keep=oleh_nip)
        self.actor_combo.setVisible(ask_actor)
        if ask_actor:
            form.addRow(self.tr("Dicatat oleh"), self.actor_combo)
        self._oleh_nip = oleh_nip
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(72)
        if aksi is Aksi.TOLAK:
            label = self.tr("Alasan penolakan (wajib)")
            self.note_edit.setPlaceholderText(
                self.tr("mis. pegawai sedang menjalankan tugas lain di unit asalnya"))
        elif aksi is Aksi.BATALKAN:
            label = self.tr("Alasan pembatalan (wajib)")
        else:
            label = self.tr("Catatan (opsional)")
        form.addRow(label, self.note_edit)
        self.nomor_edit = QLineEdit()
        self.nomor_edit.setPlaceholderText(self.tr("mis. 800/123/Dinkes/2026"))
        if aksi is Aksi.SETUJUI and letter:
            form.addRow(self.tr("Nomor %1").replace("%1", letter.lower()), self.nomor_edit)
        self.nomor_edit.setVisible(aksi is Aksi.SETUJUI and bool(letter))
        self.date_edit = QDateEdit(to_qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        if aksi is not Aksi.BATALKAN:
            form.addRow(self.tr("Tanggal"), self.date_edit)
        self.date_edit.setVisible(aksi is not Aksi.BATALKAN)
        layout.addLayout(form)
        if ask_actor:
            layout.addWidget(FittedHint(self.tr(
                "Langkah ini dijawab dengan surat dari pihak lain atau jabatannya kosong: "
                "catat siapa yang memasukkan jawabannya.")))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(aksi_label(aksi))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._required = required

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_later(self)

    def show_error(self, text: str) -> None:
        self.error.setText(html.escape(text))
        self.error.show()

    def answer(self) -> Jawaban:
        nip = self.actor_combo.nip() if self.actor_combo.isVisibleTo(self) else self._oleh_nip
        return Jawaban(nip, " ".join(self.note_edit.toPlainText().split()),
                       self.nomor_edit.text().strip(), from_qdate(self.date_edit.date()))

    def submit(self) -> bool:
        a = self.answer()
        if self._required and not a.catatan:
            self.show_error(self.tr("Alasan penolakan wajib diisi.") if self.aksi is Aksi.TOLAK
                            else self.tr("Alasan pembatalan wajib diisi."))
            self.note_edit.setFocus()
            return False
        if not a.oleh_nip:
            self.show_error(self.tr("Pilih pegawai yang mencatat jawaban ini."))
            self.actor_combo.setFocus()
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, parent: QWidget | None, aksi: Aksi, judul: str, *, oleh_nip: str,
            ask_actor: bool, people: Sequence[Orang], today: dt.date,
            letter: str = "") -> Jawaban | None:
        """What the user entered, or None when cancelled. Tests monkeypatch this."""
        dialog = cls(aksi, judul, oleh_nip=oleh_nip, ask_actor=ask_actor, people=people,
                     today=today, letter=letter, parent=parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
