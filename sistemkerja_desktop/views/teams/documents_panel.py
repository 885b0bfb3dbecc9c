"""SK pembentukan tim and Surat Tugas of the selected team: the profile's instrument first
(`NaskahKinds`), number (proposed from the register; a Keputusan Sekretaris Daerah's is typed in
from the Setda register), date, signer and paper; the readiness check that blocks the final
print; a draft (with the DRAF watermark) is always possible; the issued documents, marked when
out of date; an interrupted issuance (number reserved, *belum selesai*) with its resume/void
actions. Pekalongan squads also get the Keputusan appointing their ketua (Pasal 13(2))."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.naskah import Kertas, Kesiapan
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.document_service import HasilCetak
from sistemkerja_desktop.services.penerbitan import PenerbitanTertunda
from sistemkerja_desktop.services.team_dto import TimDetail
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.tasks import TaskSignals
from sistemkerja_desktop.views.common.widgets import ElidingComboBox
from sistemkerja_desktop.views.teams.document_model import IssuedDocumentsBox
from sistemkerja_desktop.views.teams.files import draft_folder, slug
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint
from sistemkerja_desktop.views.teams.labels import (
    OK_COLOUR,
    TINGKAT_COLOURS,
    from_qdate,
    kertas_label,
    naskah_label,
    to_qdate,
)
from sistemkerja_desktop.views.teams.naskah_kinds import (
    NaskahKinds,
    nomor_petunjuk,
    otomatis_label,
)
from sistemkerja_desktop.views.teams.nomor_actions import ReservasiBox
from sistemkerja_desktop.views.teams.team_form import with_hint

log = logging.getLogger(__name__)


class DocumentsPanel(QWidget):
    printed = Signal(object)  # services.document_service.HasilCetak
    data_changed = Signal(object)  # Changes (a number registered, the paper setting changed)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._detail: TimDetail | None = None
        self._dirty = False
        self._kesiapan: Kesiapan | None = None
        self._task: TaskSignals | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.update_readiness)
        self._build()
        self.set_team(None)

    # ---- construction
    def _build(self) -> None:
        self.profile_label = FittedHint()  # its real height counts in the minimum
        self.kinds = NaskahKinds()
        self.sk_radio, self.st_radio = self.kinds.sk_radio, self.kinds.st_radio
        self.ketua_radio, self.kind_group = self.kinds.ketua_radio, self.kinds.group
        self.nomor_edit = QLineEdit()
        self.nomor_edit.setClearButtonEnabled(True)
        self.nomor_hint = FittedHint()
        self.tanggal_edit = QDateEdit()
        self.tanggal_edit.setCalendarPopup(True)
        self.tanggal_edit.setDisplayFormat("d MMMM yyyy")
        self.signer_combo = ElidingComboBox()
        self.kertas_combo = QComboBox()
        for k in Kertas:
            self.kertas_combo.addItem(kertas_label(k), k.value)
        self.draft_button = QPushButton(self.tr("Cetak draf"))
        self.draft_button.setToolTip(self.tr("Selalu dapat dicetak; bertanda air “DRAF”, tanpa "
                                             "mengambil nomor dari register"))
        self.final_button = QPushButton(self.tr("Cetak final…"))
        self.final_button.setDefault(True)

        box = QGroupBox(self.tr("Naskah"))
        form = QFormLayout(box)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Jenis"), self.kinds)
        form.addRow(self.tr("Nomor"), with_hint(self.nomor_edit, self.nomor_hint))
        form.addRow(self.tr("Tanggal"), self.tanggal_edit)
        form.addRow(self.tr("Penandatangan"), self.signer_combo)
        form.addRow(self.tr("Kertas"), self.kertas_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.final_button)
        form.addRow(buttons)

        self.readiness_list = QListWidget()
        self.readiness_list.setWordWrap(True)
        self.readiness_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.readiness_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ready_box = QGroupBox(self.tr("Kesiapan naskah final"))
        rl = QVBoxLayout(ready_box)
        rl.addWidget(self.readiness_list)

        self.issued = IssuedDocumentsBox()
        self.doc_model = self.issued.model
        self.reservasi = ReservasiBox(self._services)
        self.reservasi.changed.connect(self.data_changed)  # the builder reloads the team

        top = QHBoxLayout()
        top.addWidget(box, 1)
        top.addWidget(ready_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.profile_label)
        layout.addLayout(top, 0)
        layout.addWidget(self.reservasi)
        layout.addWidget(self.issued, 1)

        self.kinds.changed.connect(self._on_kind_changed)
        self.nomor_edit.textChanged.connect(lambda _t: self._timer.start())
        self.tanggal_edit.dateChanged.connect(lambda _d: self._on_kind_changed())
        self.signer_combo.currentIndexChanged.connect(lambda _i: self.update_readiness())
        self.kertas_combo.activated.connect(self._on_kertas_combo_activated)
        self.draft_button.clicked.connect(self.print_draft)
        self.final_button.clicked.connect(self.print_final)

    # ---- public API
    def set_team(self, detail: TimDetail | None, *, dirty: bool = False) -> None:
        previous = self._tim_id()
        self._detail, self._dirty = detail, dirty
        if detail is None or detail.tim.id != previous:
            self.nomor_edit.blockSignals(True)
            self.nomor_edit.clear()
            self.nomor_edit.blockSignals(False)
            self.tanggal_edit.blockSignals(True)
            self.tanggal_edit.setDate(to_qdate(self._services.ctx.today()))
            self.tanggal_edit.blockSignals(False)
        saved = detail is not None and detail.tim.id != 0
        if saved and detail is not None:
            self.profile_label.setText(self.kinds.show_team(
                self._services, detail, select=detail.tim.id != previous))
        else:
            self.profile_label.setText(self.tr("Simpan tim lebih dahulu untuk menyiapkan SK dan "
                                               "Surat Tugas."))
        self.issued.set_documents(detail.dokumen if detail else (), saved=saved)
        self.reservasi.set_team(detail.tim.id if saved and detail is not None else 0)
        for w in (self.kinds, self.nomor_edit, self.tanggal_edit, self.signer_combo,
                  self.kertas_combo):
            w.setEnabled(saved)
        self.refresh_choices()
        self._on_kind_changed()

    def set_dirty(self, dirty: bool) -> None:
        """The builder has unsaved edits: the final print waits for them to be saved."""
        if dirty != self._dirty:
            self._dirty = dirty
            self.update_readiness()

    def refresh_choices(self) -> None:
        """Signers and the paper setting (after the naskah settings changed)."""
        current = self.signer_combo.currentData()
        try:
            signers = self._services.naskah.penandatangan()
            p = self._services.naskah.pengaturan()
        except SistemKerjaError as exc:
            log.info("Naskah settings unavailable: %s", exc.code)
            return
        self.signer_combo.blockSignals(True)
        self.signer_combo.clear()
        self.signer_combo.addItem(otomatis_label(self._services, self._tim_id(),
                                                 self.current_jenis()), None)
        for s in signers:
            text = f"{s.label or s.nama} — {s.nama}" if s.label and s.label != s.nama else s.nama
            self.signer_combo.addItem(text, s.id)
        self.signer_combo.setCurrentIndex(max(0, self.signer_combo.findData(current)))
        self.signer_combo.blockSignals(False)
        self.kertas_combo.setCurrentIndex(
            max(0, self.kertas_combo.findData(p.tata_letak.kertas.value)))

    def current_jenis(self) -> JenisNaskah:
        return self.kinds.current()

    def set_kind(self, jenis: JenisNaskah) -> None:
        self.kinds.set_kind(jenis)

    @property
    def kesiapan(self) -> Kesiapan | None:
        return self._kesiapan

    def readiness_texts(self) -> list[str]:
        return [self.readiness_list.item(i).text() for i in range(self.readiness_list.count())]

    def update_readiness(self) -> None:
        self._timer.stop()
        self.readiness_list.clear()
        self._kesiapan = None
        tim_id = self._tim_id()
        if tim_id:
            try:
                self._kesiapan = self._services.dokumen.kesiapan(tim_id, self.current_jenis(),
                                                                 **self._print_args())
            except SistemKerjaError as exc:
                self._add_item(exc.message, TINGKAT_COLOURS[Tingkat.GALAT], "✗")
        k = self._kesiapan
        if k is not None:
            for text in k.kurang:
                self._add_item(text, TINGKAT_COLOURS[Tingkat.GALAT], "✗")
            for text in k.peringatan:
                self._add_item(text, TINGKAT_COLOURS[Tingkat.PERINGATAN], "!")
            if k.siap:
                self._add_item(self.tr("Siap dicetak final."), OK_COLOUR, "✓")
        if self._dirty:
            self._add_item(self.tr("Ada perubahan tim yang belum disimpan: simpan lebih dahulu."),
                           TINGKAT_COLOURS[Tingkat.PERINGATAN], "!")
        self._update_buttons()

    def print_draft(self) -> None:
        """A draft is a scratch file (application data folder): no file question."""
        tim_id = self._tim_id()
        if not tim_id or self._task is not None:
            return
        name = self._detail.tim.nama if self._detail else "tim"
        path = draft_folder() / f"{slug(name)}-{self._kind_slug()}-draf.pdf"
        self._print(path, draf=True)

    def print_final(self) -> None:
        """The user chooses the file (the PDF folder is remembered)."""
        tim_id = self._tim_id()
        if not tim_id or self._task is not None or not self._can_final():
            return
        name = self._detail.tim.nama if self._detail else "tim"
        path = output.choose_output_path(self, "pdf", self.tr("Simpan naskah final"),
                                         f"{slug(name)}-{self._kind_slug()}.pdf")
        if path is not None:
            self._print(path, draf=False)

    @property
    def busy(self) -> bool:
        return self._task is not None

    # ---- internals
    def _tim_id(self) -> int:
        return self._detail.tim.id if self._detail is not None else 0

    def _kind_slug(self) -> str:
        return {JenisNaskah.SURAT_TUGAS: "surat-tugas",
                JenisNaskah.SK_KEPALA_UNIT: "sk-ketua"}.get(self.current_jenis(), "sk")

    def _current_issued(self) -> str:
        jenis = self.current_jenis()
        docs = [d for d in (self._detail.dokumen if self._detail else ())
                if d.jenis is jenis and not d.kedaluwarsa]
        return docs[-1].nomor if docs else ""

    def _print_args(self) -> dict[str, object]:
        return {"nomor": self.nomor_edit.text().strip() or None,
                "tanggal": from_qdate(self.tanggal_edit.date()),
                "penandatangan_id": self.signer_combo.currentData()}

    def _can_final(self) -> bool:
        return (bool(self._tim_id()) and not self._dirty and self._task is None
                and self._kesiapan is not None and self._kesiapan.siap)

    def _add_item(self, text: str, colour: object, mark: str) -> None:
        item = QListWidgetItem(f"{mark}  {text}")
        item.setForeground(QBrush(colour))  # type: ignore[arg-type]
        self.readiness_list.addItem(item)

    def _update_buttons(self) -> None:
        saved = bool(self._tim_id())
        self.draft_button.setEnabled(saved and self._task is None)
        self.final_button.setEnabled(self._can_final())
        reprint = self._current_issued() and not self.nomor_edit.text().strip()
        self.final_button.setText(self.tr("Cetak ulang final…") if reprint
                                  else self.tr("Cetak final…"))
        if not self.final_button.isEnabled() and saved:
            self.final_button.setToolTip(self.tr("Lengkapi dulu hal yang bertanda ✗ di daftar "
                                                 "kesiapan."))
        else:
            self.final_button.setToolTip("")

    def _on_kind_changed(self, *_: object) -> None:
        jenis = self.current_jenis()
        if self._tim_id():
            placeholder, text = nomor_petunjuk(self._services, jenis,
                                               from_qdate(self.tanggal_edit.date()),
                                               self._current_issued())
        else:
            placeholder, text = self.tr("nomor naskah"), ""
        self.nomor_edit.setPlaceholderText(placeholder)
        self.nomor_hint.setText(text)
        self.signer_combo.setItemText(0, otomatis_label(self._services, self._tim_id(), jenis))
        self.update_readiness()
        self._fit_form()

    def _fit_form(self) -> None:
        self.nomor_hint.fit()

    def _on_kertas_combo_activated(self, _index: int) -> None:
        kertas = Kertas(self.kertas_combo.currentData())
        try:
            p = self._services.naskah.pengaturan()
            if p.tata_letak.kertas is kertas:
                return
            _, changes = self._services.naskah.simpan_pengaturan(dataclasses.replace(
                p, tata_letak=dataclasses.replace(p.tata_letak, kertas=kertas)))
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Ukuran kertas tidak dapat diubah"))
            return
        self.data_changed.emit(changes)

    def _print(self, path: Path, *, draf: bool) -> None:
        tim_id, jenis, args = self._tim_id(), self.current_jenis(), self._print_args()
        dokumen = self._services.dokumen

        def work(_progress: object) -> HasilCetak:
            if jenis is JenisNaskah.SURAT_TUGAS:
                return dokumen.cetak_surat_tugas(tim_id, path, draf=draf, **args)  # type: ignore[arg-type]
            if jenis is JenisNaskah.SK_KEPALA_UNIT:
                return dokumen.cetak_sk_ketua(tim_id, path, draf=draf, **args)  # type: ignore[arg-type]
            return dokumen.cetak_sk_tim(tim_id, path, draf=draf, jenis=jenis, **args)  # type: ignore[arg-type]

        label = (self.tr("Mencetak draf %1…") if draf else self.tr("Mencetak %1…")).replace(
            "%1", naskah_label(jenis))
        self._task = run_output(self, label, work, on_done=self._on_print_succeeded,
                                on_failure=self._on_print_failed)
        self._update_buttons()

    def _on_print_succeeded(self, result: HasilCetak) -> None:
        self._task = None
        log.info("Printed %s (draft=%s)", result.jenis.value, result.draf)
        if result.dokumen_baru and self._tim_id():
            try:
                self.issued.set_documents(self._services.dokumen.dokumen(self._tim_id()),
                                          saved=True)
            except SistemKerjaError as exc:
                log.info("Documents not reloaded: %s", exc.code)
        self.update_readiness()
        self.printed.emit(result)
        if result.dokumen_baru:
            self.data_changed.emit(result.changes)
        naskah = naskah_label(result.jenis)
        if result.draf:
            text = self.tr("Draf %1 dicetak (bertanda air DRAF, tanpa nomor).")
        elif result.nomor:
            text = self.tr("%1 dicetak dengan nomor %2.").replace("%2", result.nomor)
        else:
            text = self.tr("%1 dicetak.")
        output.show_output_done(self, result.berkas, text.replace("%1", naskah))

    def _on_print_failed(self, exc: BaseException) -> None:
        self._task = None
        self._update_buttons()
        if isinstance(exc, PenerbitanTertunda):  # the number stays reserved: show it
            self.reservasi.set_team(self._tim_id())
            self.update_readiness()
            self.data_changed.emit(Changes(dokumen=True))
        show_error(self, exc, self.tr("Naskah tidak dapat dicetak"))
