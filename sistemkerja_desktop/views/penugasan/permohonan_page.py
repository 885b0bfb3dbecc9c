"""A request's page: its head (number, jenis · lingkup, status), the step it waits at with that
step's actions, its contents (pegawai, tujuan, team, the four contents, attachments) and its
chain as a vertical timeline, above it the letters the chain produces with their print buttons
(`SuratPanel`; a final print reloads the page, so the step shows the letter's number).

Acting: the buttons are the actions the waiting step allows (`LangkahRow.aksi`); each asks what
it needs (`AksiDialog`) and goes through `services.penugasan`. The acting person is the one the
step waits for; it is asked only when the step is answered by letter (the other instansi, a
vacant position) and the person shown (`acting_nip`, e.g. the one chosen in *Perlu tindakan*)
is not the one the service names to record it."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.penugasan import Aksi, Keputusan, Pihak, StatusPermohonan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.penugasan_dto import LangkahRow, PermohonanDetail
from sistemkerja_desktop.views.common.isi_panel import bilah_berikut, kepala_halaman
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import heading, hint
from sistemkerja_desktop.views.penugasan.aksi_dialog import AksiDialog, Jawaban
from sistemkerja_desktop.views.penugasan.isi_view import IsiView
from sistemkerja_desktop.views.penugasan.labels import (
    aksi_label,
    jenis_label,
    lingkup_label,
    nomor_permohonan,
    status_colour,
    status_label,
    surat_label,
    tanggal,
    umur_label,
)
from sistemkerja_desktop.views.penugasan.orang import Orang, orang_dari
from sistemkerja_desktop.views.penugasan.surat_panel import SuratPanel
from sistemkerja_desktop.views.penugasan.timeline import TimelineWidget

log = logging.getLogger(__name__)

_STEP_ACTIONS = (Aksi.SETUJUI, Aksi.REKOMENDASI, Aksi.TERUSKAN, Aksi.TOLAK)


class PermohonanPage(QWidget):
    acted = Signal(object, object)  # PermohonanRingkas, Changes
    surat_issued = Signal(object)  # Changes: a final letter printed (numbers register)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.detail: PermohonanDetail | None = None
        self.acting_nip = ""  # the person the user acts as (the inbox's choice), "" = none
        self._people: list[Orang] | None = None
        self._build()
        self.show_nothing()

    # ---- construction
    def _build(self) -> None:
        self.title, self.subtitle, self.status_chip, head = kepala_halaman(3)

        self.buttons: dict[Aksi, QPushButton] = {}
        self.next_bar, self.next_label, bar = bilah_berikut(8)
        for aksi in (*_STEP_ACTIONS, Aksi.BATALKAN):
            button = QPushButton(aksi_label(aksi) + "…")
            button.clicked.connect(lambda _=False, a=aksi: self.act(a))
            bar.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[aksi] = button
        self.buttons[Aksi.SETUJUI].setDefault(True)
        self.buttons[Aksi.BATALKAN].setToolTip(self.tr("Hanya pemohon yang dapat membatalkan "
                                                       "permohonan yang masih menunggu"))

        self.isi = IsiView(self._services)
        self.timeline = TimelineWidget()
        self.surat = SuratPanel(self._services)
        self.surat.issued.connect(self._on_surat_issued)
        self.alur_title = heading(self.tr("Alur persetujuan"), 1)
        self.dasar_label = hint("")
        alur_box = QWidget()
        alur = QVBoxLayout(alur_box)
        alur.setContentsMargins(8, 4, 8, 4)
        alur.addWidget(self.surat)
        alur.addSpacing(8)
        alur.addWidget(self.alur_title)
        alur.addWidget(self.dasar_label)
        alur.addWidget(self.timeline, 1)
        self.alur_scroll = QScrollArea()
        self.alur_scroll.setWidgetResizable(True)
        self.alur_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.alur_scroll.setWidget(alur_box)
        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(self.isi)
        self.body.addWidget(self.alur_scroll)
        self.body.setChildrenCollapsible(False)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 1)

        self.empty = hint("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.next_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)

    # ---- showing
    def show_nothing(self, text: str = "") -> None:
        self.detail = None
        self.title.setText("")
        self.subtitle.setText("")
        self.status_chip.setText("")
        self.status_chip.setStyleSheet("")
        self.next_bar.hide()
        self.surat.set_detail(None)
        self.body.hide()
        self.empty.setText(text or self.tr("Pilih permohonan untuk melihat isi dan alurnya."))
        self.empty.show()

    def show_permohonan(self, pid: int) -> bool:
        try:
            detail = self._services.penugasan.detail(pid)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Permohonan tidak dapat dibuka"))
            self.show_nothing()
            return False
        self.set_detail(detail)
        return True

    def reload(self) -> None:
        if self.detail is not None:
            self.show_permohonan(self.detail.ringkas.id)

    def set_detail(self, detail: PermohonanDetail) -> None:
        self.detail = detail
        r = detail.ringkas
        self.empty.hide()
        self.body.show()
        self.title.setText(self.tr("Permohonan %1 — %2 %3").replace(
            "%1", nomor_permohonan(r.id)).replace("%2", jenis_label(r.jenis)).replace(
            "%3", lingkup_label(r.lingkup).lower()))
        e = html.escape
        self.subtitle.setText(self.tr("Diajukan %1 oleh %2 · %3").replace(
            "%1", e(tanggal(r.tanggal, panjang=True))).replace(
            "%2", f"<b>{e(r.oleh_nama)}</b>" + (f" ({e(r.unit_pemohon)})" if r.unit_pemohon
                                                  else "")).replace(
            "%3", e(umur_label(r.umur_hari))))
        colour = status_colour(r.status)
        self.status_chip.setText(e(status_label(r.status)))
        self.status_chip.setStyleSheet(
            f"color: {colour.darker(120).name()}; background: {colour.lighter(185).name()}; "
            "border-radius: 9px; padding: 2px 10px; font-weight: bold;")
        self.isi.set_detail(detail)
        waiting = r.status == StatusPermohonan.MENUNGGU
        self.timeline.set_steps(detail.langkah, waiting)
        self.surat.set_detail(detail)
        self.dasar_label.setText(self.tr("Dasar: %1").replace("%1", detail.dasar)
                                 if detail.dasar else "")
        self._update_next_bar()

    def _on_surat_issued(self, changes: object) -> None:
        self.reload()
        if changes is not None:
            self.surat_issued.emit(changes)

    def current_step(self) -> LangkahRow | None:
        if self.detail is None or self.detail.ringkas.status != StatusPermohonan.MENUNGGU:
            return None
        return next((s for s in self.detail.langkah if s.sekarang), None)

    def _update_next_bar(self) -> None:
        assert self.detail is not None
        r = self.detail.ringkas
        step = self.current_step()
        e = html.escape
        if step is None:
            last = next((s for s in reversed(self.detail.langkah)
                         if s.keputusan != Keputusan.MENUNGGU), None)
            if r.status == StatusPermohonan.DITOLAK and last is not None:
                text = self.tr("<b>Ditolak</b> oleh %1 pada %2. Alasan: %3").replace(
                    "%1", e(last.nama or last.jabatan or last.peran)).replace(
                    "%2", e(tanggal(last.tanggal, panjang=True))).replace(
                    "%3", e(last.catatan))
            elif r.status == StatusPermohonan.DISETUJUI:
                text = self.tr("<b>Disetujui</b>: semua langkah alur sudah dijawab%1.").replace(
                    "%1", self.tr(" (terakhir %1)").replace(
                        "%1", e(tanggal(last.tanggal, panjang=True)))
                    if last is not None and last.tanggal else "")
            else:
                text = self.tr("<b>Dibatalkan</b> oleh pemohon.")
            style = "background: #f4f4f4; border: 1px solid #dddddd;"
        else:
            who = step.nama or step.jabatan
            if step.pihak == Pihak.MEREKA:
                who = self.tr("%1 (instansi lain; dicatat dari suratnya)").replace(
                    "%1", step.jabatan or step.peran)
            elif not step.nama:
                who = self.tr("%1 (jabatan kosong)").replace("%1", step.jabatan or step.peran)
            text = self.tr("Menunggu langkah %1 — <b>%2</b>: %3").replace(
                "%1", str(step.urut)).replace("%2", e(step.peran)).replace("%3", e(who))
            if step.surat:
                text += "<br>" + e(self.tr("Langkah ini menghasilkan %1.").replace(
                    "%1", surat_label(step.surat).lower()))
            style = "background: #fff6e5; border: 1px solid #f0d58a;"
        self.next_bar.setStyleSheet(f"#nextBar {{ {style} border-radius: 6px; }}")
        self.next_label.setText(text)
        allowed = set(step.aksi) if step is not None else set()
        read_only = self._services.read_only_reason  # e.g. another laptop has the file
        for aksi, button in self.buttons.items():
            button.setEnabled(not read_only)
            if read_only:
                button.setToolTip(read_only)
            if aksi is Aksi.BATALKAN:  # the pemohon's: not offered to someone else's inbox
                button.setVisible(step is not None and self.acting_nip in ("", r.oleh_nip))
            else:
                button.setVisible(aksi.value in allowed)
        self.next_bar.show()

    # ---- acting
    def people(self) -> list[Orang]:
        if self._people is None:
            self._people = orang_dari(self._services.agency.struktur())
        return self._people

    def refresh_people(self) -> None:
        self._people = None

    def _actor(self, aksi: Aksi) -> tuple[str, bool]:
        """(the NIP proposed as the acting person, whether to ask for it)."""
        assert self.detail is not None
        r = self.detail.ringkas
        if aksi is Aksi.BATALKAN:
            return r.oleh_nip, False
        m = r.menunggu
        if m is None:
            return "", True
        holder_acts = m.pihak == Pihak.KITA and bool(m.nip) and m.pencatat_nip == m.nip
        if holder_acts:
            return m.nip, False
        if self.acting_nip and self.acting_nip == m.pencatat_nip:
            return self.acting_nip, False
        return m.pencatat_nip, True

    def act(self, aksi: Aksi) -> bool:
        """Ask what `aksi` needs, then record it. True when recorded."""
        step = self.current_step()
        if self.detail is None or (step is None and aksi is not Aksi.BATALKAN):
            return False
        r = self.detail.ringkas
        oleh, ask = self._actor(aksi)
        if step is not None and aksi is not Aksi.BATALKAN:
            judul = self.tr("%1 — langkah %2: %3").replace("%1", aksi_label(aksi)).replace(
                "%2", str(step.urut)).replace("%3", step.peran)
        else:
            judul = self.tr("Batalkan permohonan %1").replace("%1", nomor_permohonan(r.id))
        letter = surat_label(step.surat) if step is not None and step.surat else ""
        answer = AksiDialog.ask(self, aksi, judul, oleh_nip=oleh, ask_actor=ask,
                                people=self.people(), today=self._services.ctx.today(),
                                letter=letter)
        if answer is None:
            return False
        return self.record(aksi, answer)

    def record(self, aksi: Aksi, a: Jawaban) -> bool:
        assert self.detail is not None
        pid, versi = self.detail.ringkas.id, self.detail.ringkas.versi
        svc = self._services.penugasan
        common = {"oleh_nip": a.oleh_nip, "versi": versi}
        try:  # `versi`: acted on elsewhere since shown → ConflictError, nothing recorded
            if aksi is Aksi.SETUJUI:
                ringkas, changes = svc.setujui(pid, catatan=a.catatan, tanggal=a.tanggal,
                                               nomor_surat=a.nomor_surat, **common)
            elif aksi is Aksi.TOLAK:
                ringkas, changes = svc.tolak(pid, alasan=a.catatan, tanggal=a.tanggal,
                                             **common)
            elif aksi is Aksi.REKOMENDASI:
                ringkas, changes = svc.rekomendasi(pid, catatan=a.catatan, tanggal=a.tanggal,
                                                   **common)
            elif aksi is Aksi.TERUSKAN:
                ringkas, changes = svc.teruskan(pid, catatan=a.catatan, tanggal=a.tanggal,
                                                **common)
            else:
                ringkas, changes = svc.batalkan(pid, alasan=a.catatan, **common)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("%1 tidak dapat dicatat").replace(
                "%1", aksi_label(aksi)))
            self.reload()
            return False
        log.info("Permohonan %s: %s recorded", pid, aksi.value)
        self.show_permohonan(pid)
        self.acted.emit(ringkas, changes)
        return True
