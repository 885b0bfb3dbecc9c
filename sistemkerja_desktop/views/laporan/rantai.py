"""A report's review chain as a vertical timeline: one row per step — its number and role as the
regulation names it, who holds it on the date, what the step does and its Pasal — joined by a
rail. Steps done carry a filled green dot, the step the report waits for is highlighted, steps
still to come are hollow and grey."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.laporan import StatusLaporan
from sistemkerja_desktop.services.laporan_dto import LangkahTinjauan
from sistemkerja_desktop.views.common.isi_panel import Rel
from sistemkerja_desktop.views.laporan.labels import STATUS_WARNA

MUTED = "#6b6b6b"
SELESAI = STATUS_WARNA[StatusLaporan.DITERIMA].pen
MENUNGGU = STATUS_WARNA[StatusLaporan.DIKIRIM].pen
NANTI = QColor("#b5b5b5")


class LangkahRow(QFrame):
    def __init__(self, step: LangkahTinjauan, first: bool, last: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.current = step.keadaan == "menunggu"
        done = step.keadaan == "selesai"
        colour = SELESAI if done else MENUNGGU if self.current else NANTI
        self.setObjectName("langkahRow")
        if self.current:
            self.setStyleSheet("#langkahRow { background: #eef4fc; border: 1px solid #b9d0ee; "
                               "border-radius: 6px; }")
        self.label = QLabel(self._html(done, colour))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 4, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(Rel(colour, done, self.current, first, last, lebar=26, titik=12,
                             atas=10))
        layout.addWidget(self.label, 1)

    def _html(self, done: bool, colour: QColor) -> str:
        e = html.escape
        s = self.step
        title = f"<b>{s.urut}. {e(s.peran)}</b>"
        if done:
            title += f" &nbsp;<span style='color:{colour.name()}'><b>" + e(
                self.tr("selesai")) + "</b></span>"
        elif self.current:
            title += f" &nbsp;<span style='color:{colour.name()}'><b>" + e(
                self.tr("menunggu tinjauan")) + "</b></span>"
        lines = [title]
        if s.pemegang:
            lines.append(e(s.pemegang))
        else:
            lines.append(f"<i style='color:{MUTED}'>"
                         + e(self.tr("pemegang dihitung pada tanggal laporan")) + "</i>")
        if s.keterangan:
            lines.append(f"<span style='color:{MUTED}'>{e(s.keterangan)}</span>")
        if s.dasar:
            lines.append(f"<span style='color:{MUTED}'>" + e(self.tr("Dasar: %1").replace(
                "%1", s.dasar)) + "</span>")
        if not done and not self.current:
            lines[0] = f"<span style='color:{MUTED}'>{lines[0]}</span>"
        return "<br>".join(lines)


class RantaiWidget(QWidget):
    """`set_langkah(steps)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(2)
        self.rows: list[LangkahRow] = []
        self.empty = QLabel(self.tr("Rantai tinjauan muncul setelah laporan dibuat."))
        self.empty.setStyleSheet(f"color: {MUTED};")
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)

    def set_langkah(self, steps: Sequence[LangkahTinjauan]) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for i, step in enumerate(steps):
            row = LangkahRow(step, i == 0, i == len(steps) - 1)
            self._layout.insertWidget(i, row)
            self.rows.append(row)
        self.empty.setVisible(not steps)

    def current_row(self) -> LangkahRow | None:
        return next((r for r in self.rows if r.current), None)
