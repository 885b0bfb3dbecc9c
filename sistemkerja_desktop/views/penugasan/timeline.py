"""A request's chain as a vertical timeline: one row per step — number, role, the person holding
it (name, jabatan, NIP), date, decision, note, and the letter it produced — joined by a rail.
Steps already answered carry a filled dot in the colour of their decision; the step the request
waits on is highlighted; steps still to come are hollow and grey; a step of the other instansi
says so (its answer is recorded here from its letter)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.penugasan import Keputusan, Pihak
from sistemkerja_desktop.services.penugasan_dto import LangkahRow
from sistemkerja_desktop.views.common.isi_panel import Rel
from sistemkerja_desktop.views.penugasan.labels import (
    NEXT_COLOUR,
    keputusan_colour,
    keputusan_label,
    surat_label,
    tanggal,
)

MUTED = "#6b6b6b"


class StepRow(QFrame):
    def __init__(self, step: LangkahRow, current: bool, first: bool, last: bool,
                 closed: bool = False, current_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.current = current
        self.closed = closed  # the request was decided: steps not reached never will be
        self.current_text = current_text or self.tr("Menunggu tindakan")
        done = step.keputusan != Keputusan.MENUNGGU
        colour = keputusan_colour(step.keputusan) if done else (
            NEXT_COLOUR if current else QColor("#b5b5b5"))
        self.setObjectName("stepRow")
        if current:
            self.setStyleSheet("#stepRow { background: #fff6e5; border: 1px solid #f0d58a; "
                               "border-radius: 6px; }")
        self.rail = Rel(colour, done, current, first, last)
        self.label = QLabel(self._html(done, colour))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.rail)
        layout.addWidget(self.label, 1)

    def _html(self, done: bool, colour: QColor) -> str:
        s = self.step
        e = html.escape
        peran = e(str(s.peran))
        mereka = s.pihak == Pihak.MEREKA
        title = f"<b>{s.urut}. {peran}</b>"
        if done:
            chip = e(keputusan_label(s.keputusan))
            title += (f" &nbsp;<span style='color:{colour.name()}'><b>{chip}</b></span>"
                      f" <span style='color:{MUTED}'>· {e(tanggal(s.tanggal))}</span>")
        elif self.current:
            waiting = e(self.current_text)
            title += (f" &nbsp;<span style='color:{NEXT_COLOUR.name()}'><b>{waiting}"
                      "</b></span>")
        lines = [title]
        if s.nama:
            who = f"{e(s.nama)}"
            if s.jabatan:
                who += f" — {e(s.jabatan)}"
            if s.nip:
                who += f" <span style='color:{MUTED}'>(NIP {e(s.nip)})</span>"
            lines.append(who)
        elif s.jabatan:
            vacant = "" if mereka else " <i>" + e(self.tr("(jabatan kosong)")) + "</i>"
            lines.append(f"{e(s.jabatan)}{vacant}")
        if mereka:
            note = e(self.tr("Instansi lain: jawabannya dicatat dari suratnya"))
            lines.append(f"<span style='color:{MUTED}'><i>{note}</i></span>")
        if s.dicatat_oleh:
            lines.append(f"<span style='color:{MUTED}'>" + e(self.tr("Dicatat oleh %1").replace(
                "%1", s.dicatat_oleh)) + "</span>")
        if s.catatan:
            label = self.tr("Alasan") if s.keputusan == Keputusan.TOLAK else self.tr("Catatan")
            lines.append(f"{e(label)}: {e(s.catatan)}")
        letter_due = s.keputusan != Keputusan.TOLAK if done else not self.closed
        if s.surat and (s.surat_nomor or letter_due):
            letter = e(surat_label(s.surat))
            if s.surat_nomor:
                letter += " " + e(self.tr("Nomor %1").replace("%1", s.surat_nomor))
                if s.surat_tanggal:
                    letter += f", {e(tanggal(s.surat_tanggal))}"
            else:
                later = e(self.tr("(nomor belum dicatat)") if done else self.tr("(akan dibuat)"))
                letter += f" <span style='color:{MUTED}'>{later}</span>"
            lines.append(f"<span style='color:{MUTED}'>✉</span> {letter}")
        if not done and not self.current:
            if self.closed:
                lines[0] += " <i>" + e(self.tr("— tidak dilanjutkan")) + "</i>"
            lines[0] = f"<span style='color:{MUTED}'>{lines[0]}</span>"
        return "<br>".join(lines)


class TimelineWidget(QWidget):
    """`set_steps(steps)`; the current step is the first one still waiting (when the request
    waits), shown highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(2)
        self.rows: list[StepRow] = []
        self.empty = QLabel(self.tr("Belum ada langkah."))
        self.empty.setStyleSheet(f"color: {MUTED};")
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)

    def set_steps(self, steps: Sequence[LangkahRow], waiting: bool,
                  current_text: str = "") -> None:
        """`waiting`: the request (or the preview) still waits, its current step highlighted
        (and labelled `current_text`, default "Menunggu tindakan"); otherwise it was decided
        and the steps never reached say so."""
        for row in self.rows:  # hidden now: deleted only when the event loop gets to it
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        current = None
        if waiting:  # the step the request waits at (a preview: its first step)
            current = next((s.urut for s in steps if s.sekarang), None) or next(
                (s.urut for s in steps if s.keputusan == Keputusan.MENUNGGU), None)
        for i, step in enumerate(steps):
            row = StepRow(step, step.urut == current, i == 0, i == len(steps) - 1,
                          closed=not waiting, current_text=current_text)
            self._layout.insertWidget(i, row)
            self.rows.append(row)
        self.empty.setVisible(not steps)

    def current_row(self) -> StepRow | None:
        return next((r for r in self.rows if r.current), None)
