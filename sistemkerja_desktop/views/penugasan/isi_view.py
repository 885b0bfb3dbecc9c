"""The contents of a request, as read on its page: the pegawai concerned, where to (unit or
instansi), the team it staffs, the four contents the seeds require (maksud dan tujuan, kompetensi
yang dibutuhkan, ekspektasi/target kinerja, durasi), the addressee and tembusan, a workload note
(Pasuruan) and the attachments (opened from a temporary copy)."""

from __future__ import annotations

import html
import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penugasan import Arah, LingkupPenugasan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.penugasan_dto import PegawaiRingkas, PermohonanDetail
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import heading
from sistemkerja_desktop.views.penugasan.labels import arah_label, tanggal

log = logging.getLogger(__name__)

MUTED = "#6b6b6b"


def ukuran_label(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


class IsiView(QScrollArea):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: PermohonanDetail | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        box = QWidget()
        self._layout = QVBoxLayout(box)
        self._layout.setContentsMargins(4, 4, 8, 4)
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

    def set_detail(self, d: PermohonanDetail) -> None:
        self._detail = d
        self.text.setText(self._html(d))
        for b in self.lampiran_buttons:
            row = b.parentWidget()
            self.lampiran_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.lampiran_buttons = []
        for lamp in d.lampiran:
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            label = QLabel(f"📎 {html.escape(lamp.nama)} "
                           f"<span style='color:{MUTED}'>({ukuran_label(lamp.ukuran)})</span>")
            button = QPushButton(self.tr("Buka"))
            button.clicked.connect(lambda _=False, lid=lamp.id: self.open_lampiran(lid))
            h.addWidget(label, 1)
            h.addWidget(button)
            self.lampiran_box.addWidget(row)
            self.lampiran_buttons.append(button)
        self.lampiran_title.setVisible(bool(d.lampiran))

    def _tim_nama(self, tim_id: int | None) -> str:
        if not tim_id:
            return ""
        try:
            return self._services.teams.team(tim_id).tim.nama
        except SistemKerjaError:
            return self.tr("(tim %1 tidak ditemukan)").replace("%1", str(tim_id))

    def _html(self, d: PermohonanDetail) -> str:
        e = html.escape
        r = d.ringkas

        def section(title: str, body: str) -> str:
            return (f"<p style='margin:10px 0 2px 0'><b>{e(title)}</b></p>"
                    f"<div style='margin-left:2px'>{body}</div>")

        parts = []
        def person(p: PegawaiRingkas) -> str:
            lines = [f"<b>{e(p.nama)}</b>", f"<span style='color:{MUTED}'>NIP {e(p.nip)}</span>"]
            jabatan = ", ".join(x for x in (p.jabatan, p.pangkat) if x)
            if jabatan:
                lines.append(e(jabatan))
            if p.unit:
                lines.append(f"<span style='color:{MUTED}'>{e(p.unit)}</span>")
            return f"<div style='margin-bottom:4px'>{'<br>'.join(lines)}</div>"

        people = "".join(person(p) for p in d.pegawai) or e(r.pegawai_nama)
        parts.append(section(self.tr("Pegawai (%1)").replace("%1", str(len(d.pegawai))),
                             people))
        tujuan = e(r.tujuan) or e(self.tr("(tidak ada)"))
        if r.lingkup == LingkupPenugasan.LINTAS_INSTANSI:
            tujuan += f"<br><span style='color:{MUTED}'>{e(arah_label(Arah(r.arah)))}</span>"
        parts.append(section(self.tr("Tujuan"), tujuan))
        tim = self._tim_nama(r.tim_id)
        if tim:
            parts.append(section(self.tr("Untuk tim"), e(tim)))
        isi = d.isi
        parts.append(section(self.tr("Maksud dan tujuan"), e(isi.maksud)))
        parts.append(section(self.tr("Kompetensi yang dibutuhkan"), e(isi.kompetensi)))
        parts.append(section(self.tr("Ekspektasi / target kinerja"), e(isi.target)))
        days = (isi.selesai - isi.mulai).days + 1
        parts.append(section(self.tr("Durasi"), e(self.tr("%1 s.d. %2 (%3 hari)").replace(
            "%1", tanggal(isi.mulai, True)).replace("%2", tanggal(isi.selesai, True)).replace(
            "%3", str(days)))))
        if d.lisan:
            parts.append(section(self.tr("Bentuk"), e(self.tr(
                "Disampaikan secara lisan; permohonan ini hanya dicatat."))))
        if d.alamat:
            parts.append(section(self.tr("Ditujukan kepada"), e(d.alamat)))
        if d.tembusan:
            parts.append(section(self.tr("Tembusan"), "<br>".join(e(t) for t in d.tembusan)))
        if d.beban_kerja:
            parts.append(section(self.tr("Beban kerja"), "<br>".join(
                e(t) for t in d.beban_kerja)))
        if d.catatan_alur:
            parts.append(f"<p style='color:{MUTED}'>{e(d.catatan_alur)}</p>")
        return "".join(parts)

    def open_lampiran(self, lampiran_id: int) -> Path | None:
        """Open an attachment from a temporary copy with the system's viewer."""
        if self._detail is None:
            return None
        try:
            nama, data = self._services.penugasan.lampiran(self._detail.ringkas.id,
                                                           lampiran_id)
            folder = Path(tempfile.mkdtemp(prefix="lampiran-"))
            path = folder / Path(nama).name
            path.write_bytes(data)
        except (SistemKerjaError, OSError) as exc:
            show_error(self, exc, self.tr("Lampiran tidak dapat dibuka"))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
