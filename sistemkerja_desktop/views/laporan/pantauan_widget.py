"""*Pantauan*: the monitoring dashboard of the Laporan area — the state of the reporting on a
chosen date (*Keadaan pada*): six figures (Tim aktif, Laporan jatuh tempo, Terlambat, Menunggu
tinjauan, Permohonan menunggu, Permasalahan) and four charts (progress per team, overdue reports
per unit, the workload histogram, reports sent per month on time vs late), each with *Simpan
PNG…*; *Ekspor PDF…* writes the dashboard for the pimpinan's meeting (`services.pantauan`).

Everything is computed by `services.pantauan.pantauan(tanggal)`; nothing here is typed in."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.pantauan_dto import JATUH_TEMPO_HARI, Pantauan
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.laporan import grafik as gr
from sistemkerja_desktop.views.teams.labels import from_qdate, to_qdate

log = logging.getLogger(__name__)

# key → (label, tooltip, colour when > 0)
UBIN: dict[str, tuple[str, str, str]] = {
    "tim_aktif": (
        QT_TRANSLATE_NOOP("PantauanWidget", "Tim aktif"),
        QT_TRANSLATE_NOOP("PantauanWidget",
                          "Tim berstatus aktif yang masa tugasnya berjalan pada tanggal "
                          "ini."),
        "#1f5fa8"),
    "laporan_jatuh_tempo": (
        QT_TRANSLATE_NOOP("PantauanWidget", "Laporan jatuh tempo"),
        QT_TRANSLATE_NOOP("PantauanWidget",
                          "Laporan yang belum dikirim dan jatuh tempo hari ini atau dalam "
                          "%1 hari."),
        "#9a5b00"),
    "laporan_terlambat": (
        QT_TRANSLATE_NOOP("PantauanWidget", "Terlambat"),
        QT_TRANSLATE_NOOP("PantauanWidget",
                          "Laporan yang belum dikirim padahal sudah lewat jatuh tempo."),
        "#c62828"),
    "menunggu_tinjauan": (
        QT_TRANSLATE_NOOP("PantauanWidget", "Menunggu tinjauan"),
        QT_TRANSLATE_NOOP("PantauanWidget",
                          "Laporan yang sudah dikirim dan menunggu tinjauan pada alurnya."),
        "#9a5b00"),
    "permohonan_menunggu": (
        QT_TRANSLATE_NOOP("PantauanWidget", "Permohonan menunggu"),
        QT_TRANSLATE_NOOP("PantauanWidget",
                          "Permohonan penugasan yang menunggu keputusan."),
        "#9a5b00"),
    "permasalahan_terbuka": (
        QT_TRANSLATE_NOOP("PantauanWidget", "Permasalahan"),
        QT_TRANSLATE_NOOP("PantauanWidget",
                          "Laporan memuat permasalahan dan kendala yang belum diterima "
                          "penyelesaiannya."),
        "#c62828"),
}


class Ubin(QFrame):
    """A figure tile: the number large, its label under it, the definition as tooltip."""

    def __init__(self, label: str, tooltip: str, warna: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ubin")
        self.setStyleSheet("#ubin { background: #ffffff; border: 1px solid #d5dbe1; "
                           "border-radius: 6px; }")
        self.warna = warna
        self.angka = QLabel("—")
        font = QFont(self.angka.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.angka.setFont(font)
        self.label = QLabel(label)
        # no word wrap: a height-for-width child makes the scroll area ask for the preferred
        # height of every chart, and the dashboard would scroll at 1366×768
        self.label.setStyleSheet("color: #3e4a56;")
        self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.angka)
        layout.addWidget(self.label)

    def set_nilai(self, n: int) -> None:
        self.angka.setText(str(n))
        self.angka.setStyleSheet(f"color: {self.warna if n else '#5f6b76'};")

    def nilai(self) -> int:
        return int(self.angka.text()) if self.angka.text().isdigit() else -1


class PantauanWidget(QWidget):
    pdf_exported = Signal(object)  # Path

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._task: object | None = None
        self.pantauan: Pantauan | None = None
        protected = (services.db_path,)

        self.tanggal_edit = QDateEdit()
        self.tanggal_edit.setCalendarPopup(True)
        self.tanggal_edit.setDisplayFormat("d MMMM yyyy")
        self.tanggal_edit.setMinimumWidth(150)
        self.tanggal_edit.setDate(to_qdate(services.ctx.today()))
        self.hari_ini_button = QPushButton(self.tr("Hari ini"))
        self.pdf_button = QPushButton(self.tr("Ekspor PDF…"))
        self.pdf_button.setToolTip(self.tr("Angka dan grafik ini dalam satu PDF untuk rapat "
                                           "pimpinan"))
        self.status = hint("")
        atas = QHBoxLayout()
        atas.setContentsMargins(0, 0, 0, 0)
        atas.addWidget(QLabel(self.tr("Keadaan pada")))
        atas.addWidget(self.tanggal_edit)
        atas.addWidget(self.hari_ini_button)
        atas.addSpacing(12)
        atas.addWidget(self.status, 1)
        atas.addWidget(self.pdf_button)

        self.ubin: dict[str, Ubin] = {k: Ubin(self.tr(v[0]), self.tr(v[1]).replace(
                                          "%1", str(JATUH_TEMPO_HARI)), v[2])
                                      for k, v in UBIN.items()}
        baris_ubin = QHBoxLayout()
        baris_ubin.setSpacing(8)
        for u in self.ubin.values():
            baris_ubin.addWidget(u, 1)

        self.grafik_progres = gr.GrafikWidget(self.tr("Progres per tim"), "progres-tim.png",
                                              protected)
        self.grafik_unit = gr.GrafikWidget(self.tr("Laporan terlambat per unit"),
                                           "laporan-terlambat-per-unit.png", protected)
        self.grafik_beban = gr.GrafikWidget(self.tr("Beban kerja pegawai"),
                                            "beban-kerja-pegawai.png", protected)
        self.grafik_bulanan = gr.GrafikWidget(self.tr("Laporan dikirim per bulan"),
                                              "laporan-per-bulan.png", protected)
        grid = QGridLayout()
        grid.setSpacing(8)
        grid.addWidget(self.grafik_progres, 0, 0)
        grid.addWidget(self.grafik_unit, 0, 1)
        grid.addWidget(self.grafik_beban, 1, 0)
        grid.addWidget(self.grafik_bulanan, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        body = QWidget()
        body.setObjectName("pantauan_body")
        body.setStyleSheet("#pantauan_body { background: #f3f5f7; }")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(8, 8, 8, 8)
        body_layout.setSpacing(8)
        body_layout.addLayout(baris_ubin)
        body_layout.addLayout(grid, 1)
        body.setMinimumHeight(500)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(atas)
        layout.addWidget(scroll, 1)

        self.tanggal_edit.dateChanged.connect(lambda _d: self.refresh())
        self.hari_ini_button.clicked.connect(self._on_hari_ini)
        self.pdf_button.clicked.connect(self.ekspor_pdf_dialog)
        self.refresh()

    @property
    def grafik(self) -> tuple[gr.GrafikWidget, ...]:
        return (self.grafik_progres, self.grafik_unit, self.grafik_beban, self.grafik_bulanan)

    def tanggal(self) -> dt.date:
        return from_qdate(self.tanggal_edit.date())

    def set_tanggal(self, tanggal: dt.date) -> None:
        self.tanggal_edit.setDate(QDate(tanggal.year, tanggal.month, tanggal.day))

    # ---- contract with the Laporan area
    def refresh(self) -> None:
        try:
            p = self._services.pantauan.pantauan(self.tanggal())
        except SistemKerjaError as exc:  # e.g. no Perangkat Daerah in this file yet
            log.info("Pantauan unavailable: %s", exc.code)
            self.pantauan = None
            self.status.setText(exc.message)
            for u in self.ubin.values():
                u.angka.setText("—")
            self.pdf_button.setEnabled(False)
            return
        self.pantauan = p
        for key, u in self.ubin.items():
            u.set_nilai(int(getattr(p, key)))
        sub = gr.subjudul(p)
        self.grafik_progres.set_data(gr.grafik_progres(p), gr.ringkasan_progres(p), sub)
        self.grafik_unit.set_data(gr.grafik_terlambat_unit(p), subjudul=sub)
        self.grafik_beban.set_data(gr.grafik_beban(p), gr.ringkasan_beban(p), sub)
        self.grafik_bulanan.set_data(gr.grafik_bulanan(p), gr.ringkasan_bulanan(p), sub)
        self.status.setText(self._status_text(p))
        self.pdf_button.setEnabled(self._task is None)

    def _status_text(self, p: Pantauan) -> str:
        if p.tanggal == self._services.ctx.today():
            return ""
        return self.tr("Angka dihitung pada tanggal yang dipilih, bukan hari ini.")

    # ---- actions
    def _on_hari_ini(self) -> None:
        self.set_tanggal(self._services.ctx.today())

    def ekspor_pdf_dialog(self) -> None:
        tanggal = self.tanggal()
        path = output.choose_output_path(
            self, "pdf", self.tr("Ekspor pantauan ke PDF"),
            f"pantauan-laporan-{tanggal.isoformat()}.pdf",
            protected=(self._services.db_path,))
        if path is None:
            return
        svc = self._services.pantauan
        self.pdf_button.setEnabled(False)
        self._task = run_output(self, self.tr("Menulis PDF pantauan…"),
                                lambda _p: svc.ekspor_pdf(path, tanggal),
                                on_done=lambda _r: self._on_pdf_done(path),
                                on_failure=self._on_pdf_failed)

    def _on_pdf_done(self, path: Path) -> None:
        self._task = None
        self.pdf_button.setEnabled(self.pantauan is not None)
        self.pdf_exported.emit(path)
        output.show_output_done(self, path, self.tr("Pantauan laporan ditulis sebagai PDF."))

    def _on_pdf_failed(self, exc: BaseException) -> None:
        self._task = None
        self.pdf_button.setEnabled(self.pantauan is not None)
        show_error(self, exc, self.tr("Ekspor PDF gagal"))
