"""A scrolled rich-text page with its attachments listed under it — the contents of a request
(Penugasan) or of a report (Laporan); an attachment opens from a temporary copy with the
system's viewer. And the dot-and-line rail of a vertical timeline (a request's chain, a report's
review chain)."""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import heading, hint

MUTED = "#6b6b6b"


def ukuran_label(n: int) -> str:
    """A file size as people read it: "812 B", "45 KB", "1,5 MB"."""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


class IsiPanel(QScrollArea):
    """`text` (rich text) and the *Lampiran* list; subclasses say how an attachment is read
    (`open_lampiran`)."""

    def __init__(self, parent: QWidget | None = None,
                 margins: tuple[int, int, int, int] = (4, 4, 8, 4)) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        box = QWidget()
        self._layout = QVBoxLayout(box)
        self._layout.setContentsMargins(*margins)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.lampiran_title = heading(self.tr("Lampiran"), 0)
        self.lampiran_box = QVBoxLayout()
        self.lampiran_box.setSpacing(2)
        self._layout.addWidget(self.text)
        self._layout.addWidget(self.lampiran_title)
        self._layout.addLayout(self.lampiran_box)
        self._layout.addStretch(1)
        self.setWidget(box)
        self.lampiran_buttons: list[QPushButton] = []

    def set_lampiran(self, items: Iterable[tuple[int, str, int]]) -> None:
        """List (id, name, size) with a *Buka* button each (replacing the previous list)."""
        self.clear_lampiran()
        for lid, nama, ukuran in items:
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"📎 {html.escape(nama)} "
                           f"<span style='color:{MUTED}'>({ukuran_label(ukuran)})</span>")
            button = QPushButton(self.tr("Buka"))
            button.clicked.connect(lambda _=False, i=lid: self.open_lampiran(i))
            h.addWidget(label, 1)
            h.addWidget(button)
            self.lampiran_box.addWidget(row)
            self.lampiran_buttons.append(button)
        self.lampiran_title.setVisible(bool(self.lampiran_buttons))

    def clear_lampiran(self) -> None:
        for b in self.lampiran_buttons:
            row = b.parentWidget()
            self.lampiran_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.lampiran_buttons = []
        self.lampiran_title.hide()

    def open_lampiran(self, lampiran_id: int) -> Path | None:
        raise NotImplementedError

    def buka_salinan(self, baca: Callable[[], tuple[str, bytes]], prefix: str) -> Path | None:
        """Write the attachment `baca` returns (name, bytes) to a temporary folder and open it
        with the system's viewer; an error is shown, never raised."""
        try:
            nama, data = baca()
            path = Path(tempfile.mkdtemp(prefix=prefix)) / Path(nama).name
            path.write_bytes(data)
        except (SistemKerjaError, OSError) as exc:
            show_error(self, exc, self.tr("Lampiran tidak dapat dibuka"))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path


class Rel(QWidget):
    """The dot of one step of a vertical timeline and the line to its neighbours."""

    def __init__(self, colour: QColor, filled: bool, current: bool, first: bool, last: bool,
                 parent: QWidget | None = None, *, lebar: int = 30, titik: int = 14,
                 atas: int = 12) -> None:
        super().__init__(parent)
        self.colour, self.filled, self.current = colour, filled, current
        self.first, self.last = first, last
        self.lebar, self.titik, self.atas = lebar, titik, atas
        self.setFixedWidth(lebar)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(self.lebar, self.atas * 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cx, cy = self.lebar / 2, self.atas + self.titik / 2
        painter.setPen(QPen(QColor("#c9c9c9"), 2))
        if not self.first:
            painter.drawLine(QPointF(cx, 0), QPointF(cx, cy - self.titik / 2))
        if not self.last:
            painter.drawLine(QPointF(cx, cy + self.titik / 2), QPointF(cx, self.height()))
        r = self.titik / 2 + (2 if self.current else 0)
        painter.setPen(QPen(self.colour, 3 if self.current else 2))
        painter.setBrush(self.colour if self.filled else QColor("white"))
        painter.drawEllipse(QPointF(cx, cy), r, r)
        painter.end()


def kepala_halaman(level: int) -> tuple[QLabel, QLabel, QLabel, QHBoxLayout]:
    """The head of a request's or report's page: title and subtitle (rich text) on the left,
    the status chip at the top right → (title, subtitle, chip, layout)."""
    title = heading("", level)
    subtitle = hint("")
    subtitle.setTextFormat(Qt.TextFormat.RichText)
    chip = QLabel()
    head = QHBoxLayout()
    titles = QVBoxLayout()
    titles.setSpacing(2)
    titles.addWidget(title)
    titles.addWidget(subtitle)
    head.addLayout(titles, 1)
    head.addWidget(chip, 0, Qt.AlignmentFlag.AlignTop)
    return title, subtitle, chip, head


def bilah_berikut(margin_v: int) -> tuple[QFrame, QLabel, QHBoxLayout]:
    """The bar saying what happens next (and its action buttons, added by the page) →
    (frame "nextBar", its label, its layout)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    frame = QFrame()
    frame.setObjectName("nextBar")
    bar = QHBoxLayout(frame)
    bar.setContentsMargins(10, margin_v, 10, margin_v)
    bar.addWidget(label, 1)
    return frame, label, bar
