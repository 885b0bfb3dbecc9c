"""The *Surat* section of a request's page: the letters its chain produces (surat permohonan,
surat jawaban persetujuan/penolakan, surat penugasan — from the steps' `surat` kinds and the
status), each with its state (belum dapat dicetak with the reasons, siap, terbit with nomor and
tanggal) and *Cetak draf* / *Cetak final…* through `services.penugasan_dokumen`.

A draft is a scratch file (application data folder), never numbered. A final one asks for the
number (empty: the register's next one) and the date, then the file (the PDF folder is
remembered; the data file is never offered); an issued letter is reprinted with its number.
After a final print `issued` is emitted: the page reloads (the step shows the number)."""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.penugasan import JenisPenugasan, JenisSurat, StatusPermohonan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.penerbitan import PenerbitanTertunda
from sistemkerja_desktop.services.penugasan_dokumen import HasilSurat
from sistemkerja_desktop.services.penugasan_dto import LangkahRow, PermohonanDetail
from sistemkerja_desktop.services.penugasan_pihak import langkah_surat
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.tasks import TaskSignals
from sistemkerja_desktop.views.common.widgets import heading, hint
from sistemkerja_desktop.views.penugasan.labels import tanggal as tanggal_label
from sistemkerja_desktop.views.teams.files import draft_folder
from sistemkerja_desktop.views.teams.labels import from_qdate, to_qdate

log = logging.getLogger(__name__)

BELUM, SIAP, TERBIT, LAIN = "belum", "siap", "terbit", "lain"
_SLUG = {JenisSurat.PERMOHONAN: "surat-permohonan", JenisSurat.JAWABAN: "surat-jawaban",
         JenisSurat.PENUGASAN: "surat-penugasan"}
_STATE_STYLE = {BELUM: "color: #9b1c1c;", SIAP: "color: #2e6b30;",
                TERBIT: "color: #1f4e8c; font-weight: bold;", LAIN: "color: #6b6b6b;"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuratPanel", text)


@dataclass(frozen=True, slots=True)
class SuratItem:
    """One letter of the request as the section shows it."""

    jenis: JenisSurat
    judul: str
    state: str  # BELUM / SIAP / TERBIT / LAIN (the other instansi's: not printed here)
    alasan: tuple[str, ...] = ()  # why it is not ready / whose it is
    nomor: str = ""
    tanggal: dt.date | None = None
    langkah: int = 0
    tanpa_nomor: bool = False  # a pegawai's own letter (pengajuan sukarela)


def surat_berlaku(d: PermohonanDetail) -> list[JenisSurat]:
    """The letters the chain produces, from the steps' `surat` kinds and the status."""
    marks = {s.surat for s in d.langkah if s.surat}
    status = d.ringkas.status
    out = []
    if JenisSurat.PERMOHONAN.value in marks and not d.lisan:
        out.append(JenisSurat.PERMOHONAN)
    if status == StatusPermohonan.DITOLAK or JenisSurat.JAWABAN.value in marks:
        out.append(JenisSurat.JAWABAN)
    if status != StatusPermohonan.DITOLAK and (
            JenisSurat.PENUGASAN.value in marks or status == StatusPermohonan.DISETUJUI):
        out.append(JenisSurat.PENUGASAN)
    return out


def judul_surat(d: PermohonanDetail, jenis: JenisSurat) -> str:
    if jenis is JenisSurat.PERMOHONAN:
        return _tr("Surat permohonan")
    if jenis is JenisSurat.JAWABAN:
        return (_tr("Surat jawaban (penolakan)") if d.ringkas.status == StatusPermohonan.DITOLAK
                else _tr("Surat jawaban (persetujuan)"))
    return _tr("Surat penugasan")


def _terbit(step: LangkahRow, jenis: JenisSurat, tanpa_nomor: bool) -> bool:
    """The letter is recorded on its step (number and date)."""
    own = step.surat == jenis.value or (jenis is JenisSurat.JAWABAN and step.keputusan == "tolak")
    if not own:
        return False
    return bool(step.surat_nomor) or (tanpa_nomor and step.surat_tanggal is not None)


def surat_items(services: Services, d: PermohonanDetail) -> list[SuratItem]:
    out = []
    for jenis in surat_berlaku(d):
        judul = judul_surat(d, jenis)
        tanpa_nomor = (jenis is JenisSurat.PERMOHONAN
                       and d.ringkas.jenis == JenisPenugasan.SUKARELA.value)
        try:
            step = langkah_surat(d, jenis)
        except ValidationError as exc:  # the other instansi's letter, or none after all
            out.append(SuratItem(jenis, judul, LAIN, (
                exc.message.replace(" Tidak ada berkas yang ditulis.", ""),)))
            continue
        if _terbit(step, jenis, tanpa_nomor):
            out.append(SuratItem(jenis, judul, TERBIT, (), step.surat_nomor,
                                 step.surat_tanggal or step.tanggal, step.urut, tanpa_nomor))
            continue
        try:
            k = services.penugasan_dokumen.kesiapan(d.ringkas.id, jenis)
        except SistemKerjaError as exc:
            out.append(SuratItem(jenis, judul, BELUM, (exc.message,), langkah=step.urut,
                                 tanpa_nomor=tanpa_nomor))
            continue
        out.append(SuratItem(jenis, judul, SIAP if k.siap else BELUM, tuple(k.kurang),
                             langkah=step.urut, tanpa_nomor=tanpa_nomor))
    return out


def usul_nomor(services: Services, jenis: JenisSurat, tanggal: dt.date) -> str:
    """The register's next number of this letter ("" when the pattern is incomplete)."""
    try:
        return services.penugasan_dokumen.usul_nomor(jenis, tanggal)
    except SistemKerjaError as exc:
        log.info("No number proposed: %s", exc.code)
        return ""


class NomorDialog(QDialog):
    """The final letter's number (empty: the register's next one) and date."""

    def __init__(self, parent: QWidget | None, judul: str, usul: str, today: dt.date, *,
                 tanpa_nomor: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Cetak final — %1").replace("%1", judul))
        self.nomor_edit = QLineEdit()
        self.nomor_edit.setClearButtonEnabled(True)
        self.nomor_edit.setPlaceholderText(usul or _tr("nomor surat"))
        self.nomor_edit.setMinimumWidth(320)
        self.tanggal_edit = QDateEdit(to_qdate(today))
        self.tanggal_edit.setCalendarPopup(True)
        self.tanggal_edit.setDisplayFormat("d MMMM yyyy")
        form = QFormLayout()
        if tanpa_nomor:
            form.addRow(hint(_tr("Surat pegawai sendiri (pengajuan sukarela): tanpa nomor dari "
                                 "register Perangkat Daerah.")))
        else:
            form.addRow(_tr("Nomor"), self.nomor_edit)
            form.addRow(hint(_tr("Kosongkan untuk memakai nomor berikut dari register: %1")
                             .replace("%1", usul) if usul else
                             _tr("Pola nomor belum lengkap: ketik nomornya, atau isi pola di "
                                 "Pengaturan naskah dinas.")))
        form.addRow(_tr("Tanggal"), self.tanggal_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Lanjut…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answer(self) -> tuple[str | None, dt.date]:
        return self.nomor_edit.text().strip() or None, from_qdate(self.tanggal_edit.date())

    @classmethod
    def ask(cls, parent: QWidget | None, judul: str, usul: str, today: dt.date, *,
            tanpa_nomor: bool) -> tuple[str | None, dt.date] | None:
        """(nomor or None for the register's next one, tanggal); None when cancelled."""
        dialog = cls(parent, judul, usul, today, tanpa_nomor=tanpa_nomor)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SuratRow(QFrame):
    def __init__(self, item: SuratItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("suratRow")
        self.setStyleSheet("#suratRow { border: 1px solid #dddddd; border-radius: 6px; }")
        self.title = QLabel(f"<b>{html.escape(item.judul)}</b>")
        self.state_label = QLabel(self.state_text())
        self.state_label.setStyleSheet(_STATE_STYLE[item.state])
        for label in (self.title, self.state_label):  # narrow pages (the inbox) wrap, not clip
            label.setWordWrap(True)
        self.reasons = hint("; ".join(item.alasan))
        self.reasons.setVisible(bool(item.alasan))
        self.draft_button = QPushButton(_tr("Cetak draf"))
        self.draft_button.setToolTip(_tr("Selalu dapat dicetak; bertanda air “DRAF”, tanpa "
                                         "mengambil nomor dari register"))
        self.final_button = QPushButton(_tr("Cetak ulang…") if item.state == TERBIT
                                        else _tr("Cetak final…"))
        self.draft_button.setEnabled(item.state != LAIN)
        self.final_button.setEnabled(item.state in (SIAP, TERBIT))
        if item.alasan:
            tip = "\n".join(f"• {x}" for x in item.alasan)
            self.state_label.setToolTip(tip)
            if not self.final_button.isEnabled():
                self.final_button.setToolTip(tip)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.state_label, 1, 0)
        grid.addWidget(self.draft_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.final_button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.reasons, 2, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def state_text(self) -> str:
        i = self.item
        if i.state == TERBIT:
            when = tanggal_label(i.tanggal, panjang=True)
            if i.nomor:
                return _tr("Terbit — nomor %1, %2").replace("%1", i.nomor).replace("%2", when)
            return _tr("Terbit — %1 (tanpa nomor register)").replace("%1", when)
        if i.state == SIAP:
            return _tr("Siap dicetak final (langkah %1)").replace("%1", str(i.langkah))
        if i.state == LAIN:
            return _tr("Surat instansi lain: tidak dicetak di sini")
        return _tr("Belum dapat dicetak")


class SuratPanel(QWidget):
    printed = Signal(object)  # HasilSurat
    issued = Signal(object)  # Changes: a final letter printed (the page reloads)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: PermohonanDetail | None = None
        self._task: TaskSignals | None = None
        self.rows: dict[JenisSurat, SuratRow] = {}
        self.title = heading(_tr("Surat"), 1)
        self.empty = hint(_tr("Alur permohonan ini tidak menghasilkan surat."))
        self._list = QVBoxLayout()
        self._list.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self._list)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def set_detail(self, detail: PermohonanDetail | None) -> None:
        self._detail = detail
        for row in self.rows.values():
            self._list.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        items = surat_items(self._services, detail) if detail is not None else []
        for item in items:
            row = SuratRow(item)
            row.draft_button.clicked.connect(lambda _=False, j=item.jenis: self.print_draft(j))
            row.final_button.clicked.connect(lambda _=False, j=item.jenis: self.print_final(j))
            self._list.addWidget(row)
            self.rows[item.jenis] = row
        self.empty.setVisible(detail is not None and not items)
        self._update_buttons()

    def print_draft(self, jenis: JenisSurat) -> None:
        if self._detail is None or self._task is not None or jenis not in self.rows:
            return
        pid = self._detail.ringkas.id
        self._print(jenis, draft_folder() / f"permohonan-{pid}-{_SLUG[jenis]}-draf.pdf",
                    draf=True)

    def print_final(self, jenis: JenisSurat) -> None:
        row = self.rows.get(jenis)
        if self._detail is None or self._task is not None or row is None \
                or not row.final_button.isEnabled():
            return
        item = row.item
        nomor, when = None, None
        if item.state != TERBIT:  # a reprint keeps its number and date
            answer = NomorDialog.ask(self, item.judul, self._usul(jenis, item),
                                     self._services.ctx.today(), tanpa_nomor=item.tanpa_nomor)
            if answer is None:
                return
            nomor, when = answer
        pid = self._detail.ringkas.id
        path = output.choose_output_path(self, "pdf", _tr("Simpan %1").replace(
            "%1", item.judul.lower()), f"permohonan-{pid}-{_SLUG[jenis]}.pdf",
            protected=(self._services.db_path,))
        if path is not None:
            self._print(jenis, path, draf=False, nomor=nomor, tanggal=when)

    # ---- internals
    def _usul(self, jenis: JenisSurat, item: SuratItem) -> str:
        return "" if item.tanpa_nomor else usul_nomor(self._services, jenis,
                                                       self._services.ctx.today())

    def _update_buttons(self) -> None:
        busy = self._task is not None
        for row in self.rows.values():
            row.draft_button.setEnabled(not busy and row.item.state != LAIN)
            row.final_button.setEnabled(not busy and row.item.state in (SIAP, TERBIT)
                                        and not self._services.read_only_reason)

    def _print(self, jenis: JenisSurat, path: Path, *, draf: bool, nomor: str | None = None,
               tanggal: dt.date | None = None) -> None:
        assert self._detail is not None
        pid, dokumen = self._detail.ringkas.id, self._services.penugasan_dokumen
        judul = self.rows[jenis].item.judul

        def work(_progress: object) -> HasilSurat:
            return dokumen.cetak(pid, jenis, path, draf=draf, nomor=nomor, tanggal=tanggal)

        label = (_tr("Mencetak draf %1…") if draf else _tr("Mencetak %1…")).replace(
            "%1", judul.lower())
        self._task = run_output(self, label, work, on_done=self._on_done,
                                on_failure=self._on_failed)
        self._update_buttons()

    def _on_done(self, result: HasilSurat) -> None:
        self._task = None
        self._update_buttons()
        log.info("Printed %s of a permohonan (draft=%s)", result.jenis.value, result.draf)
        self.printed.emit(result)
        if not result.draf:
            self.issued.emit(result.changes)  # the page reloads: the step shows the number
        label = result.jenis.label
        if result.draf:
            text = _tr("Draf %1 dicetak (bertanda air DRAF, tanpa nomor).")
            if result.catatan_draf:
                text += " " + result.catatan_draf
        elif result.nomor:
            text = _tr("%1 dicetak dengan nomor %2.").replace("%2", result.nomor)
        else:
            text = _tr("%1 dicetak.")
        output.show_output_done(self, result.berkas, text.replace("%1", label))

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self._update_buttons()
        if isinstance(exc, PenerbitanTertunda):  # the number stays reserved: the page shows it
            self.issued.emit(None)
        show_error(self, exc, _tr("Surat tidak dapat dicetak"))
