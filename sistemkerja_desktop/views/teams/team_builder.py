"""The builder of one team: its fields, its members (picked by drag-and-drop or keyboard), the
profile's rules checked live, and its documents. Edits are a draft until "Simpan"; hard rules
(galat) keep "Simpan" disabled, soft ones (peringatan) only warn.

Unsaved edits: the builder implements `views.common.unsaved.UnsavedEdits` and emits
`modified_changed(bool)`; a new team counts as edited once something differs from its defaults."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from sistemkerja_desktop.domain.errors import ConflictError, RuleViolation, SistemKerjaError
from sistemkerja_desktop.domain.organisasi import Struktur
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.domain.tim import Anggota, Persetujuan, Tim, lengkapi_anggota, lingkup_tim
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import JenisTimInfo, TimDetail
from sistemkerja_desktop.views.common.konflik import KonflikDialog
from sistemkerja_desktop.views.common.messages import ask_yes_no, show_error, show_info
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.penugasan.minta_anggota import minta_anggota
from sistemkerja_desktop.views.teams.builder_header import BuilderHeader
from sistemkerja_desktop.views.teams.documents_panel import DocumentsPanel
from sistemkerja_desktop.views.teams.indikator_tim import IndikatorTimPicker
from sistemkerja_desktop.views.teams.labels import lingkup_label
from sistemkerja_desktop.views.teams.member_list import MemberListWidget
from sistemkerja_desktop.views.teams.member_model import MemberModel, member_info
from sistemkerja_desktop.views.teams.member_picker import MemberPicker
from sistemkerja_desktop.views.teams.rules_panel import RulesPanel
from sistemkerja_desktop.views.teams.team_form import TeamForm

log = logging.getLogger(__name__)


class TeamBuilder(QWidget):
    saved = Signal(object, object)  # TimDetail, Changes
    deleted = Signal(object)  # Changes
    data_changed = Signal(object)  # Changes from the documents panel
    modified_changed = Signal(bool)  # unsaved_description() became non-None / None
    TAB_DATA, TAB_ANGGOTA, TAB_DOKUMEN = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._struktur: Struktur | None = None
        self._base: Tim | None = None  # the team as loaded (or the new team's defaults)
        self._detail: TimDetail | None = None
        self._dirty = False
        self._modified = False
        self._loading = False
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.recheck)
        self._build()
        self.show_nothing()

    # ---- construction
    def _build(self) -> None:
        self.header = BuilderHeader()
        self.title, self.subtitle = self.header.title, self.header.subtitle
        self.status_chip, self.delete_button = self.header.status_chip, self.header.delete_button

        self.form = TeamForm()
        self.indikator = IndikatorTimPicker(self._services)  # stored at once (issue #11)
        self.form.kinerja_form.addRow(self.tr("Indikator kinerja yang didukung"), self.indikator)
        self.picker = MemberPicker(self._services)
        self.members = MemberModel(self)
        self.member_list = MemberListWidget(self.members)
        self.member_split = QSplitter(Qt.Orientation.Horizontal)
        self.member_split.addWidget(self.picker)
        self.member_split.addWidget(self.member_list)
        self.member_split.setChildrenCollapsible(False)
        self.member_split.setStretchFactor(0, 0)
        self.member_split.setStretchFactor(1, 1)
        self.member_split.setSizes([290, 480])
        self.documents = DocumentsPanel(self._services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Data tim"))
        self.tabs.addTab(self.member_split, self.tr("Anggota"))
        self.tabs.addTab(self.documents, self.tr("SK dan Surat Tugas"))

        self.rules = RulesPanel()
        self.rules.setMinimumHeight(50)
        self.dirty_label = hint("")
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.dirty_label, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.rules)
        self.body.setStretchFactor(0, 4)
        self.body.setStretchFactor(1, 1)
        self.body.setChildrenCollapsible(False)
        self.body.setSizes([520, 130])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)

        self.form.edited.connect(self._on_form_edited)
        self.form.unit_changed.connect(self._on_form_unit_changed)
        self.members.members_changed.connect(self._on_members_changed)
        self.picker.add_requested.connect(self.add_members)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.documents.data_changed.connect(self.data_changed)
        self.indikator.linked.connect(self.data_changed)
        self.member_list.persetujuan_requested.connect(self._on_persetujuan_requested)
        self.member_list.minta_requested.connect(lambda: minta_anggota(self, self._services))

    # ---- context
    def set_context(self, struktur: Struktur, profile: RegulationProfile,
                    jenis: Sequence[JenisTimInfo]) -> None:
        """Choices for the form and the picker (call after the data changed elsewhere).
        A draft being edited keeps its unsaved values."""
        draft = self.draft() if self._base is not None and self._dirty else None
        self._struktur = struktur
        self._loading = True
        self.form.set_choices(struktur, jenis, profile)
        if draft is not None:
            self.form.load(draft, self._detail.tim.status if self._detail else None)
        self.picker.set_structure(struktur)
        self.picker.reload()
        ppk = {r.id: r.ppk for r in self._services.pegawai.rows(struktur=struktur)
               if r.ppk and r.ppk != "—"}
        self.picker.model.set_ppk(ppk)
        self.members.set_info(member_info(struktur, self.picker.model.candidates, ppk))
        self.members.set_derive(self._derive)
        self.rules.set_profile_name(profile.singkat or profile.nama)
        self.member_list.ketua_sementara = profile.ketua.sementara  # Pekalongan Pasal 29
        self._loading = False

    def _derive(self, anggota: tuple[Anggota, ...]) -> tuple[Anggota, ...]:
        if self._struktur is None or self._base is None:
            return anggota
        unit = self.form.unit_combo.currentData()
        draft = dataclasses.replace(self._base, unit_pemilik_id=unit, anggota=anggota)
        return lengkapi_anggota(draft, self._struktur).anggota

    # ---- showing a team
    @property
    def tim_id(self) -> int | None:
        """The team shown (0 for a new one), None when nothing is shown."""
        return self._base.id if self._base is not None else None

    @property
    def detail(self) -> TimDetail | None:
        return self._detail

    def is_dirty(self) -> bool:
        return self._dirty

    # ---- unsaved edits (views.common.unsaved.UnsavedEdits)
    def has_unsaved_edits(self) -> bool:
        """Dirty, except a new team nobody has touched yet."""
        if not self._dirty or self._base is None:
            return False
        return bool(self._base.id) or self.draft() != self._base

    def unsaved_description(self) -> str | None:
        if not self.has_unsaved_edits() or self._base is None:
            return None
        nama = self.form.nama_edit.text().strip()
        if not self._base.id:
            return (self.tr("tim baru '%1'").replace("%1", nama) if nama
                    else self.tr("tim baru"))
        return self.tr("perubahan tim '%1'").replace("%1", nama or self._base.nama)

    def save_unsaved(self) -> bool:
        """Save; with galat left, say why and stay (the findings are listed below)."""
        if self.rules.blocking:
            self.recheck()
            show_info(self, self.tr("Tim belum dapat disimpan"), self.tr(
                "Perbaiki dulu %1 galat aturan profil yang tercantum di bawah, atau pilih Buang.")
                .replace("%1", str(len(self.rules.blocking))))
            return False
        return self.save()

    def discard_unsaved(self) -> None:
        self.revert()

    def show_nothing(self) -> None:
        self._base, self._detail = None, None
        self.header.show_text(self.tr("Pilih tim atau buat tim baru"), self.tr(
            "Daftar di sebelah kiri memuat semua Tim Kerja dan Kelompok Kerja Perangkat Daerah "
            "ini."))
        self.members.set_members(())
        self.rules.set_findings(())
        self.documents.set_team(None)
        self.setEnabled(True)
        for w in (self.tabs, self.rules, self.save_button, self.revert_button,
                  self.delete_button):
            w.setEnabled(False)
        self._set_dirty(False)

    def load_team(self, tim_id: int) -> None:
        try:
            detail = self._services.teams.team(tim_id)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Tim tidak dapat dibuka"))
            self.show_nothing()
            return
        self._show(detail.tim, detail)

    def new_team(self) -> None:
        self._show(self.form.default_team(self._services.ctx.today()), None)
        self.tabs.setCurrentIndex(self.TAB_DATA)
        self.form.nama_edit.setFocus()

    def _show(self, tim: Tim, detail: TimDetail | None) -> None:
        self._loading = True
        self._base, self._detail = tim, detail
        for w in (self.tabs, self.rules, self.revert_button):
            w.setEnabled(True)
        self.delete_button.setEnabled(bool(tim.id))
        self.form.load(tim, detail.tim.status if detail else None)
        self.members.set_members(tim.anggota)
        self.picker.set_members(self.members.pegawai_ids())
        self.documents.set_team(detail)
        self.indikator.set_team(tim)
        self._loading = False
        self._set_dirty(tim.id == 0)
        self._update_header()
        self.recheck()

    # ---- editing
    def draft(self) -> Tim:
        if self._base is None:
            raise RuntimeError("no team shown")
        return dataclasses.replace(self.form.value(self._base), anggota=self.members.anggota())

    def add_members(self, pegawai_ids: list[int]) -> list[int]:
        added = self.members.add(pegawai_ids)
        if added:
            self.member_list.select_row(self.members.row_of(added[-1]) or 0)
        return added

    def recheck(self) -> None:
        """Check the draft against the profile now; galat disable "Simpan"."""
        self._check_timer.stop()
        if self._base is None:
            return
        try:
            findings = self._services.teams.check(self.draft())
        except SistemKerjaError as exc:
            log.info("Live check failed: %s", exc.code)
            findings = []
        self.rules.set_findings(findings)
        self._fit_rules()
        self._update_save_button()
        self._update_header()

    def _fit_rules(self) -> None:
        """Give the findings the room they need, no more."""
        sizes = self.body.sizes()
        total = sum(sizes)
        if total <= 0:
            return
        n = len(self.rules.findings)
        want = 58 if n == 0 else min(64 + 44 * n, max(150, total // 3))
        self.body.setSizes([total - want, want])

    def save(self) -> bool:
        if self._base is None or self.rules.blocking:
            return False
        try:
            detail, changes = self._services.teams.save(
                self.draft(), versi=self._detail.versi if self._detail is not None else None)
        except ConflictError as exc:  # saved elsewhere since shown: nothing was saved
            if KonflikDialog.ask(self, exc.message):
                self.load_team(self._base.id)
            return False
        except RuleViolation as exc:
            self.rules.set_findings(getattr(exc, "findings", ()))
            self._update_save_button()
            show_error(self, exc, self.tr("Tim belum dapat disimpan"))
            return False
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Tim tidak dapat disimpan"))
            return False
        log.info("Team %s saved", detail.tim.id)
        self._show(detail.tim, detail)
        self.saved.emit(detail, changes)
        return True

    def revert(self) -> None:
        if self._base is None:
            return
        if self._base.id:
            self.load_team(self._base.id)
        else:
            self.show_nothing()

    # ---- internals
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rules()

    def _update_modified(self) -> None:
        modified = self.has_unsaved_edits()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._update_modified()
        self.dirty_label.setText(self.tr("Perubahan belum disimpan.") if dirty
                                 and self._base is not None else "")
        self.revert_button.setEnabled(dirty)
        self.documents.set_dirty(dirty and bool(self._base and self._base.id))
        self._update_save_button()

    def _update_save_button(self) -> None:
        blocking = self.rules.blocking
        self.save_button.setEnabled(self._base is not None and self._dirty and not blocking)
        self.save_button.setToolTip(
            self.tr("Perbaiki dulu %1 galat aturan profil di bawah.").replace(
                "%1", str(len(blocking))) if blocking else "")

    def _update_header(self) -> None:
        if self._base is None:
            return
        draft = self.draft()
        unit = self.form.unit_combo.currentText() if draft.unit_pemilik_id else ""
        lingkup = lingkup_tim(lengkapi_anggota(draft, self._struktur)) if self._struktur \
            else None
        self.header.show_team(draft.nama or self.tr("Tim baru"), [
            self.form.jenis_combo.currentText(), unit,
            lingkup_label(lingkup) if lingkup is not None and draft.anggota else ""],
            draft.status)
        n = sum(self.members.shown(r).persetujuan is not Persetujuan.DITOLAK  # type: ignore[union-attr]
                for r in range(self.members.rowCount()))  # a refused member is not counted
        self.tabs.setTabText(self.TAB_ANGGOTA, self.tr("Anggota (%1)").replace("%1", str(n)))

    def _on_form_edited(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._check_timer.start()

    def _on_form_unit_changed(self) -> None:
        if self._loading:
            return
        self.members.reset_origin()

    def _on_members_changed(self) -> None:
        if self._loading:
            return
        self.picker.set_members(self.members.pegawai_ids())
        self._set_dirty(True)
        self.recheck()

    def _on_persetujuan_requested(self, pegawai_id: int, status: str, teks: str) -> None:
        """Setujui / Tolak: a saved member's decision is stored at once through the service
        (unsaved edits of the draft are kept); a member not saved yet gets it in the draft."""
        persetujuan = Persetujuan(status)
        if self._detail is None or pegawai_id not in {a.pegawai_id for a in self._detail.tim.anggota}:
            self.members.set_persetujuan(pegawai_id, persetujuan, teks)  # saved with "Simpan"
            return
        try:
            detail, changes = self._services.teams.set_persetujuan(
                self._detail.tim.id, pegawai_id, persetujuan, teks)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Persetujuan tidak dapat dicatat"))
            return
        if self._dirty:  # keep the draft; it now builds on the stored version
            self._base, self._detail = detail.tim, detail
            self.documents.set_team(detail)
            self.members.set_persetujuan(pegawai_id, persetujuan, teks)
        else:
            self._show(detail.tim, detail)
        row = self.members.row_of(pegawai_id)
        self.member_list.select_row(row if row is not None else -1)
        self.data_changed.emit(changes)

    def _on_delete_button_clicked(self) -> None:
        if self._base is None or not self._base.id:
            return
        if not ask_yes_no(self, self.tr("Hapus tim"), self.tr(
                "Hapus “%1” beserta susunan anggotanya? Tindakan ini tidak dapat dibatalkan.")
                .replace("%1", self._base.nama)):
            return
        try:
            changes = self._services.teams.delete(self._base.id)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Tim tidak dapat dihapus"))
            return
        self.show_nothing()
        self.deleted.emit(changes)
