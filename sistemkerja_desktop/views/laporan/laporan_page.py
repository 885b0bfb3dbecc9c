"""A report's page: its head (period, team or assignment, author, due date, status chip), the
bar of what happens next with its actions in place, the content, and on the right the review
chain as a timeline (holders on the date, Pasal) and the history.

Acting: the person chosen in the area (`acting_nip`; '' = whoever the step is for). The author
writes (*Tulis laporan…*: send or keep as draf) and sends a draf; the holder of the waiting step
accepts (*Terima…*) or returns with a required note (*Kembalikan…*). When the chosen person may
not act, the bar says who may (role, name, NIP, Pasal) and offers to act as that person."""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.laporan import JenisLaporan, StatusLaporan
from sistemkerja_desktop.domain.laporan_alur import rute
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.laporan_dto import LangkahTinjauan, LaporanDetail
from sistemkerja_desktop.views.common.isi_panel import bilah_berikut, kepala_halaman
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import heading, hint
from sistemkerja_desktop.views.laporan import aksi
from sistemkerja_desktop.views.laporan.isi_laporan import IsiLaporanView
from sistemkerja_desktop.views.laporan.labels import (
    chip_text,
    chip_warna,
    hari_label,
    jenis_label,
)
from sistemkerja_desktop.views.laporan.linimasa import Sel
from sistemkerja_desktop.views.laporan.rantai import RantaiWidget
from sistemkerja_desktop.views.penugasan.labels import tanggal

log = logging.getLogger(__name__)
MUTED = "#6b6b6b"
BAR_STYLE = {"tunggu": "background: #eef4fc; border: 1px solid #b9d0ee;",
             "tulis": "background: #fff6e5; border: 1px solid #f0d58a;",
             "selesai": "background: #f4f4f4; border: 1px solid #dddddd;"}


class LaporanPage(QWidget):
    acted = Signal(object, object)  # LaporanRingkas, Changes
    act_as = Signal(str)  # NIP: "Bertindak sebagai …"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.sel: Sel | None = None
        self.detail: LaporanDetail | None = None
        self.tanggal = services.ctx.today()
        self.acting_nip = ""
        self._build()
        self.show_nothing()

    def _build(self) -> None:
        self.title, self.subtitle, self.status_chip, head = kepala_halaman(2)

        self.next_bar, self.next_label, bar = bilah_berikut(6)
        self.tulis_button = QPushButton(self.tr("Tulis laporan…"))
        self.kirim_button = QPushButton(self.tr("Kirim"))
        self.kirim_button.setToolTip(self.tr("Kirim draf ini apa adanya"))
        self.terima_button = QPushButton(self.tr("Terima…"))
        self.kembalikan_button = QPushButton(self.tr("Kembalikan…"))
        self.as_button = QPushButton()
        for b in (self.tulis_button, self.kirim_button, self.terima_button,
                  self.kembalikan_button, self.as_button):
            bar.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)
        self.tulis_button.clicked.connect(lambda: self.tulis())
        self.kirim_button.clicked.connect(lambda: self.kirim_draf())
        self.terima_button.clicked.connect(lambda: self.tinjau(True))
        self.kembalikan_button.clicked.connect(lambda: self.tinjau(False))
        self.as_button.clicked.connect(lambda: self.act_as.emit(self._as_nip))
        self._as_nip = ""

        self.isi = IsiLaporanView(self._services)
        self.rantai = RantaiWidget()
        self.dasar_label = hint("")
        self.riwayat_label = QLabel()
        self.riwayat_label.setWordWrap(True)
        self.riwayat_label.setTextFormat(Qt.TextFormat.RichText)
        self.riwayat_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(8, 0, 8, 4)
        sv.addWidget(heading(self.tr("Rantai tinjauan"), 0))
        sv.addWidget(self.rantai)
        sv.addSpacing(6)
        sv.addWidget(heading(self.tr("Riwayat"), 0))
        sv.addWidget(self.riwayat_label)
        sv.addWidget(self.dasar_label)
        sv.addStretch(1)
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setWidget(side)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.isi)
        self.body.addWidget(self.side_scroll)
        self.body.setChildrenCollapsible(False)
        self.body.setSizes([460, 400])

        self.empty = hint("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.next_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)

    # ---- showing
    def show_nothing(self, text: str = "") -> None:
        self.sel, self.detail = None, None
        for w in (self.title, self.subtitle, self.status_chip):
            w.setText("")
        self.status_chip.setStyleSheet("")
        self.next_bar.hide()
        self.body.hide()
        self.empty.setText(text or self.tr("Pilih periode pada linimasa untuk melihat "
                                           "laporannya."))
        self.empty.show()

    def show_sel(self, sel: Sel) -> bool:
        """A cell of the timeline: its report's page, or what is owed for the period."""
        self.sel = sel
        if sel.ringkas is not None and sel.ringkas.id is not None:
            try:
                detail = self._services.laporan.detail(sel.ringkas.id, tanggal=self.tanggal)
            except SistemKerjaError as exc:
                show_error(self, exc, self.tr("Laporan tidak dapat dibuka"))
                self.show_nothing()
                return False
            self.detail = detail
        else:
            self.detail = None
        self._show()
        return True

    def reload(self) -> None:
        if self.sel is not None:
            self.show_sel(self.sel)

    def _show(self) -> None:
        assert self.sel is not None
        sel, d = self.sel, self.detail
        r = d.ringkas if d is not None else sel.ringkas
        lane = sel.lajur
        e = html.escape
        self.empty.hide()
        self.body.show()
        where = (r.tim_nama if r is not None else "") or self._where(lane)
        self.title.setText(self.tr("Laporan %1 — %2").replace("%1", sel.kolom.judul).replace(
            "%2", where))
        jenis = r.jenis if r is not None else lane.jenis
        due = r.jatuh_tempo if r is not None else sel.kolom.jatuh_tempo
        bits = [e(jenis_label(jenis)), self.tr("pelapor %1").replace(
            "%1", f"<b>{e(r.pelapor_nama if r is not None else lane.pelapor_nama)}</b>")]
        if due:
            bits.append(e(self.tr("jatuh tempo %1").replace("%1", tanggal(due))))
        if r is not None and r.dikirim:
            bits.append(e(self.tr("dikirim %1").replace("%1", tanggal(r.dikirim))))
        if r is not None and r.diterima:
            bits.append(e(self.tr("diterima %1").replace("%1", tanggal(r.diterima))))
        self.subtitle.setText(" · ".join(bits))
        self._set_chip()
        if d is not None:
            self.isi.set_detail(d)
            self.rantai.set_langkah(d.rute)
            self.riwayat_label.setText(aksi.riwayat_html(d.riwayat))
            self.dasar_label.setText(self.tr("Jadwal: %1").replace("%1", d.dasar_jadwal)
                                     if d.dasar_jadwal else "")
        else:
            self.isi.set_belum(sel, self._belum_dimulai())
            self.rantai.set_langkah(self._rute_pratinjau(jenis))
            self.riwayat_label.setText(f"<i style='color:{MUTED}'>" + e(self.tr(
                "Belum ada.")) + "</i>")
            self.dasar_label.setText("")
        self._update_next_bar()

    def _where(self, lane) -> str:
        if lane.permohonan_id is not None:
            return self.tr("penugasan individu #%1").replace("%1", str(lane.permohonan_id))
        return lane.label.split("\n")[-1]

    def _belum_dimulai(self) -> bool:
        p = self.sel.periode if self.sel is not None else None
        return p is not None and p.mulai > self.tanggal

    def _rute_pratinjau(self, jenis: str) -> tuple[LangkahTinjauan, ...]:
        """The chain the profile gives a report of this kind, before it exists."""
        try:
            steps = rute(self._services.agency.profile(), JenisLaporan(jenis))
        except (SistemKerjaError, KeyError):
            return ()
        return tuple(LangkahTinjauan(i + 1, s.label, s.keterangan, str(s.dasar), "",
                                     "akan datang") for i, s in enumerate(steps))

    def _set_chip(self) -> None:
        r = self.detail.ringkas if self.detail is not None else self.sel.ringkas
        if r is None:
            text, warna = (self.tr("Belum dimulai") if self._belum_dimulai() else
                           self.tr("Belum")), None
        else:
            text, warna = chip_text(r), chip_warna(r)
            if r.terlambat:
                text += " · " + hari_label(r.hari_terlambat)
        pen, fill = (warna.pen.name(), warna.fill.name()) if warna else ("#6b6b6b", "#eeeeee")
        self.status_chip.setText(html.escape(text))
        self.status_chip.setStyleSheet(
            f"color: {pen}; background: {fill}; border: 1px solid {pen}; border-radius: 10px;"
            " padding: 2px 10px; font-weight: bold;")

    def _update_next_bar(self) -> None:
        plan = aksi.rencana(self, self.sel, self.detail, self.acting_nip, self._belum_dimulai(),
                            self._nama)
        self.next_bar.setStyleSheet(f"#nextBar {{ {BAR_STYLE[plan.gaya]} border-radius: 6px; }}")
        self.next_label.setText(plan.teks)
        read_only = self._services.read_only_reason
        self.tulis_button.setText(plan.tulis_label or self.tr("Tulis laporan…"))
        for button, show in ((self.tulis_button, plan.tulis), (self.kirim_button, plan.kirim),
                             (self.terima_button, plan.tinjau),
                             (self.kembalikan_button, plan.tinjau)):
            button.setVisible(show)
            button.setEnabled(not read_only)
            button.setToolTip(read_only or "")
        self._as_nip = plan.sebagai_nip
        self.as_button.setText(self.tr("Bertindak sebagai %1").replace("%1", plan.sebagai_nama))
        self.as_button.setVisible(bool(plan.sebagai_nip))
        self.next_bar.show()

    def _nama(self, nip: str) -> str:
        try:
            return self._services.teams.pegawai_by_nip(nip).nama_lengkap
        except SistemKerjaError:
            return nip

    # ---- acting
    def tulis(self) -> bool:
        """The author writes (or repairs, or continues the draf): send or keep as draf."""
        if self.sel is None:
            return False
        got = aksi.tulis(self, self._services, self.sel, self.detail, self.tanggal,
                         self.acting_nip)
        return self._done(got)

    def kirim_draf(self) -> bool:
        if self.detail is None:
            return False
        return self._done(aksi.kirim_draf(self, self._services, self.detail, self.tanggal))

    def tinjau(self, terima: bool) -> bool:
        if self.detail is None or self.detail.ringkas.menunggu is None:
            return False
        got = aksi.tinjau(self, self._services, self.detail, terima, self.tanggal,
                          self.acting_nip)
        return self._done(got)

    def _done(self, got) -> bool:
        if got is None:
            self.reload()
            return False
        ringkas, changes = got
        log.info("Laporan %s: %s", ringkas.id, ringkas.status)
        self.acted.emit(ringkas, changes)
        return True

    def at(self, d: dt.date) -> None:
        self.tanggal = d

    @staticmethod
    def dikirim(status: str) -> bool:
        return StatusLaporan(status) in (StatusLaporan.DIKIRIM, StatusLaporan.DITERIMA)
