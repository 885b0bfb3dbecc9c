"""Pengaturan naskah dinas: the kop (lines, logo, address block, rule), signer profiles,
numbering patterns with the register, paper and margins, the default texts of the SK and
Surat Tugas, the Setda's kop and the PARAF rows (`koordinasi_tab`). "Simpan" saves the kop, layout, defaults and patterns; signer profiles are saved
on their own tab. Closing or cancelling with unsaved edits asks *Simpan / Buang / Batal*
(`views.common.unsaved`): the dialog is its own `UnsavedEdits` guard."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.naskah import Kertas, TataLetak
from sistemkerja_desktop.domain.naskah_dok import GarisKop
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.naskah_settings import PengaturanNaskah
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.unsaved import confirm_leave
from sistemkerja_desktop.views.common.widgets import FieldErrors, LogoPicker, hint
from sistemkerja_desktop.views.teams.koordinasi_tab import KoordinasiTab, kop_html
from sistemkerja_desktop.views.teams.labels import kertas_label
from sistemkerja_desktop.views.teams.line_list_editor import LineListEditor
from sistemkerja_desktop.views.teams.numbering_editor import NumberingEditor
from sistemkerja_desktop.views.teams.signer_editor import SignerEditor
from sistemkerja_desktop.views.teams.team_form import with_hint

if TYPE_CHECKING:
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(x.strip() for x in edit.toPlainText().splitlines() if x.strip())


def _form(page: QWidget) -> QFormLayout:
    """A form at the top of `page` (spare height stays below it, not between rows)."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(12, 12, 12, 12)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    form.setVerticalSpacing(8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class NaskahSettingsDialog(QDialog):
    TAB_KOP, TAB_TTD, TAB_NOMOR, TAB_KERTAS, TAB_ISI, TAB_KOORDINASI = range(6)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._pd = services.agency.get_agency()
        self._p = services.naskah.pengaturan()
        self.changed = False  # something was saved (signers save on their own)
        self.setWindowTitle(self.tr("Pengaturan naskah dinas"))
        self.resize(820, 640)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._kop_tab(), self.tr("Kop surat"))
        self.signers = SignerEditor(services)
        self.tabs.addTab(self._signer_tab(), self.tr("Penandatangan"))
        self.numbering = NumberingEditor(services)
        self.tabs.addTab(self.numbering, self.tr("Penomoran"))
        self.tabs.addTab(self._kertas_tab(), self.tr("Kertas dan tata letak"))
        self.tabs.addTab(self._isi_tab(), self.tr("Isi baku"))
        self.koordinasi = KoordinasiTab(self._pd.pemda, self._p.kop_setda, self._p.paraf)
        self.tabs.addTab(self.koordinasi, self.tr("Kop Setda dan paraf"))
        self.error_banner = QLabel()
        self.errors = FieldErrors(self.error_banner)
        for name, label, widget, tab in (
                ("pola", self.tr("Pola nomor"), self.numbering.pola_edit, self.TAB_NOMOR),
                ("ambang_beban", self.tr("Ambang beban kerja"), self.ambang_spin,
                 self.TAB_KERTAS),
                ("ukuran_huruf", self.tr("Ukuran huruf"), self.huruf_spin, self.TAB_KERTAS),
                ("email", self.tr("Pos-el"), self.email_edit, self.TAB_KOP),
                ("kode_pos", self.tr("Kode pos"), self.kode_pos_edit, self.TAB_KOP)):
            self.errors.register(name, label, widget, lambda t=tab: self.tabs.setCurrentIndex(t))
        for side, spin in self.margin_spins.items():
            self.errors.register(f"margin_{side}", self.tr("Margin"), spin,
                                 lambda: self.tabs.setCurrentIndex(self.TAB_KERTAS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.signers.changed.connect(self._on_signers_changed)
        self.numbering.register_changed.connect(self._on_register_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.buttons)
        self._update_kop_preview()
        self._stored = self.value()  # what "Buang" goes back to and edits are compared with

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None) -> Changes | None:
        dialog = cls(services, parent)
        dialog.exec()
        return Changes(agency=True, dokumen=True) if dialog.changed else None

    # ---- tabs
    def _kop_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        self.kop_edit = QPlainTextEdit("\n".join(self._pd.kop))
        self.kop_edit.setTabChangesFocus(True)
        self.kop_edit.setFixedHeight(96)
        self.kop_edit.setPlaceholderText("\n".join(dataclasses.replace(self._pd, kop=())
                                                   .kop_lines()))
        self.logo_picker = LogoPicker()
        self.logo_picker.set_path(self._pd.logo_path)
        self.alamat_edit = QLineEdit(self._pd.alamat)
        self.telepon_edit = QLineEdit(self._pd.telepon)
        self.kode_pos_edit = QLineEdit(self._pd.kode_pos)
        self.kode_pos_edit.setMaxLength(5)
        self.kode_pos_edit.setMaximumWidth(90)
        self.email_edit = QLineEdit(self._pd.email)
        self.laman_edit = QLineEdit(self._pd.laman)
        contact = QHBoxLayout()
        contact.addWidget(self.telepon_edit, 1)
        contact.addSpacing(12)
        contact.addWidget(QLabel(self.tr("Kode pos")))
        contact.addWidget(self.kode_pos_edit)
        web = QHBoxLayout()
        web.addWidget(self.email_edit, 1)
        web.addSpacing(12)
        web.addWidget(QLabel(self.tr("Laman")))
        web.addWidget(self.laman_edit, 1)
        self.garis_combo = QComboBox()
        for g, text in ((GarisKop.GANDA, self.tr("Garis ganda (tebal dan tipis)")),
                        (GarisKop.TUNGGAL, self.tr("Garis tunggal")),
                        (GarisKop.TIDAK, self.tr("Tanpa garis"))):
            self.garis_combo.addItem(text, g.value)
        self.garis_combo.setCurrentIndex(self.garis_combo.findData(self._p.garis_kop.value))
        self.kop_preview = QLabel()
        self.kop_preview.setTextFormat(Qt.TextFormat.RichText)
        self.kop_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.kop_preview.setStyleSheet("background: white; color: black; padding: 8px;")
        self.kop_logo = QLabel()
        self.kop_logo.setFixedSize(64, 64)
        preview = QHBoxLayout()
        preview.addWidget(self.kop_logo)
        preview.addWidget(self.kop_preview, 1)
        form.addRow(self.tr("Baris kop"), with_hint(self.kop_edit, hint(self.tr(
            "Satu baris per baris kop. Kosongkan untuk memakai kop baku dari identitas dan "
            "alamat di bawah (tampak samar)."))))
        form.addRow(self.tr("Logo daerah"), self.logo_picker)
        form.addRow(self.tr("Alamat"), self.alamat_edit)
        form.addRow(self.tr("Telepon"), contact)
        form.addRow(self.tr("Pos-el"), web)
        form.addRow(self.tr("Garis kop"), self.garis_combo)
        form.addRow(self.tr("Pratinjau"), preview)
        for edit in (self.alamat_edit, self.telepon_edit, self.kode_pos_edit, self.email_edit,
                     self.laman_edit):
            edit.textChanged.connect(self._update_kop_preview)
        self.kop_edit.textChanged.connect(self._update_kop_preview)
        self.logo_picker.path_changed.connect(self._update_kop_preview)
        return page

    def _signer_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.signers, 1)
        defaults = QFormLayout()
        defaults.setContentsMargins(12, 0, 12, 12)
        self.default_sk_combo = QComboBox()
        self.default_st_combo = QComboBox()
        defaults.addRow(self.tr("Bawaan untuk SK"), self.default_sk_combo)
        defaults.addRow(self.tr("Bawaan untuk Surat Tugas"), self.default_st_combo)
        layout.addLayout(defaults)
        self._fill_default_signers()
        return page

    def _kertas_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        t = self._p.tata_letak
        self.kertas_combo = QComboBox()
        for k in Kertas:
            self.kertas_combo.addItem(kertas_label(k), k.value)
        self.kertas_combo.setCurrentIndex(self.kertas_combo.findData(t.kertas.value))
        margins = QHBoxLayout()
        self.margin_spins: dict[str, QDoubleSpinBox] = {}
        for side, label in (("atas", self.tr("Atas")), ("bawah", self.tr("Bawah")),
                            ("kiri", self.tr("Kiri")), ("kanan", self.tr("Kanan"))):
            spin = QDoubleSpinBox()
            spin.setRange(5.0, 60.0)
            spin.setDecimals(0)
            spin.setSuffix(" mm")
            spin.setValue(getattr(t, side))
            self.margin_spins[side] = spin
            if margins.count():
                margins.addSpacing(10)
            margins.addWidget(QLabel(label))
            margins.addWidget(spin)
        margins.addStretch(1)
        self.huruf_spin = QDoubleSpinBox()
        self.huruf_spin.setRange(9.0, 14.0)
        self.huruf_spin.setDecimals(1)
        self.huruf_spin.setSingleStep(0.5)
        self.huruf_spin.setSuffix(" pt")
        self.huruf_spin.setValue(t.ukuran_huruf)
        self.batas_spin = QSpinBox()
        self.batas_spin.setRange(1, 50)
        self.batas_spin.setSuffix(self.tr(" orang"))
        self.batas_spin.setValue(self._p.batas_nama_badan)
        self.perintah_combo = QComboBox()
        self.perintah_combo.setEditable(True)
        self.perintah_combo.addItem(self.tr("(sesuai profil peraturan)"), "")
        for word in ("MEMBERI TUGAS", "MEMERINTAHKAN", "MENUGASKAN"):
            self.perintah_combo.addItem(word, word)
        index = self.perintah_combo.findData(self._p.kata_perintah_st)
        if index >= 0:
            self.perintah_combo.setCurrentIndex(index)
        else:
            self.perintah_combo.setEditText(self._p.kata_perintah_st)
        self.gaya_combo = QComboBox()
        self.gaya_combo.addItem(self.tr("Tempat, tanggal (mis. Contoh, 16 Juli 2024)"), "tempat")
        self.gaya_combo.addItem(self.tr("Ditetapkan di … pada tanggal …"), "ditetapkan")
        self.gaya_combo.setCurrentIndex(max(0, self.gaya_combo.findData(self._p.gaya_tanggal_st)))
        self.pangkat_check = QCheckBox(self.tr("Cantumkan pangkat penandatangan pada SK"))
        self.pangkat_check.setChecked(self._p.sk_tampilkan_pangkat)
        self.nip_check = QCheckBox(self.tr("Cantumkan NIP penandatangan pada SK"))
        self.nip_check.setChecked(self._p.sk_tampilkan_nip)
        self.ambang_spin = QSpinBox()
        self.ambang_spin.setRange(1, 20)
        self.ambang_spin.setSuffix(self.tr(" tim bersamaan"))
        self.ambang_spin.setValue(self._p.ambang_beban)
        form.addRow(self.tr("Ukuran kertas"), self.kertas_combo)
        form.addRow(self.tr("Margin"), margins)
        form.addRow(self.tr("Ukuran huruf"), self.huruf_spin)
        form.addRow(self.tr("Nama di badan Surat Tugas"), with_hint(self.batas_spin, hint(
            self.tr("Lebih dari ini, nama-nama dipindah ke lampiran."))))
        form.addRow(self.tr("Kata perintah Surat Tugas"), self.perintah_combo)
        form.addRow(self.tr("Tanggal Surat Tugas"), self.gaya_combo)
        form.addRow("", self.pangkat_check)
        form.addRow("", self.nip_check)
        form.addRow(self.tr("Ambang beban kerja"), self.ambang_spin)
        for spin in (self.huruf_spin, self.batas_spin, self.ambang_spin):
            spin.setMaximumWidth(180)
        return page

    def _isi_tab(self) -> QWidget:
        body = QWidget()
        form = _form(body)
        self.isi_edits: dict[str, LineListEditor] = {}
        for key, label, values, height in (
                ("mengingat", self.tr("Mengingat (SK)"), self._p.mengingat, 200),
                ("dasar_st", self.tr("Dasar (Surat Tugas)"), self._p.dasar_st, 110),
                ("tembusan_sk", self.tr("Tembusan SK"), self._p.tembusan_sk, 90),
                ("tembusan_st", self.tr("Tembusan Surat Tugas"), self._p.tembusan_st, 90)):
            editor = LineListEditor(self.tr("butir baru"))
            editor.set_values(values)
            editor.setFixedHeight(height)
            self.isi_edits[key] = editor
            form.addRow(label, editor)
        form.addRow("", hint(self.tr("Satu butir per baris daftar; klik dua kali untuk mengubah. "
                                     "Dipakai bila tim tidak mengisi daftarnya sendiri.")))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # ---- data
    def _fill_default_signers(self) -> None:
        for combo, current in ((self.default_sk_combo, self._p.penandatangan_sk_id),
                               (self.default_st_combo, self._p.penandatangan_st_id)):
            chosen = combo.currentData() if combo.count() else current
            combo.clear()
            combo.addItem(self.tr("(pimpinan Perangkat Daerah dari struktur)"), None)
            for s in self.signers.signers:
                combo.addItem(s.label or s.nama, s.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def value(self) -> tuple[PerangkatDaerah, PengaturanNaskah]:
        """(PerangkatDaerah, PengaturanNaskah) as edited."""
        pd = dataclasses.replace(
            self._pd, kop=_lines(self.kop_edit), logo_path=self.logo_picker.path(),
            alamat=self.alamat_edit.text().strip(), telepon=self.telepon_edit.text().strip(),
            kode_pos=self.kode_pos_edit.text().strip(), email=self.email_edit.text().strip(),
            laman=self.laman_edit.text().strip())
        m = {side: spin.value() for side, spin in self.margin_spins.items()}
        text = self.perintah_combo.currentText().strip()
        perintah = "" if self.perintah_combo.currentIndex() == 0 and text == \
            self.perintah_combo.itemText(0) else text.upper()
        p = dataclasses.replace(
            self._p, tata_letak=TataLetak(Kertas(self.kertas_combo.currentData()), m["atas"],
                                          m["bawah"], m["kiri"], m["kanan"],
                                          self.huruf_spin.value()),
            garis_kop=GarisKop(self.garis_combo.currentData()),
            ambang_beban=self.ambang_spin.value(), batas_nama_badan=self.batas_spin.value(),
            kata_perintah_st=perintah, gaya_tanggal_st=self.gaya_combo.currentData(),
            sk_tampilkan_pangkat=self.pangkat_check.isChecked(),
            sk_tampilkan_nip=self.nip_check.isChecked(),
            mengingat=self.isi_edits["mengingat"].values(),
            dasar_st=self.isi_edits["dasar_st"].values(),
            tembusan_sk=self.isi_edits["tembusan_sk"].values(),
            tembusan_st=self.isi_edits["tembusan_st"].values(),
            penandatangan_sk_id=self.default_sk_combo.currentData(),
            penandatangan_st_id=self.default_st_combo.currentData(),
            kop_setda=self.koordinasi.kop_setda(), paraf=self.koordinasi.paraf())
        return pd, p

    def _update_kop_preview(self, *_: object) -> None:
        pd, _p = self.value()
        lines = pd.kop_lines()
        self.kop_edit.setPlaceholderText("\n".join(dataclasses.replace(pd, kop=()).kop_lines()))
        self.kop_preview.setText(kop_html(lines))
        path = self.logo_picker.path()
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        self.kop_logo.setPixmap(pixmap.scaled(60, 60, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation)
                                if not pixmap.isNull() else QPixmap())

    def _on_register_changed(self, _changes: Changes) -> None:
        self.changed = True  # an issuance finished or a number voided: teams show it

    def _on_signers_changed(self) -> None:
        self.changed = True
        self._fill_default_signers()

    # ---- unsaved edits (views.common.unsaved.UnsavedEdits)
    def unsaved_description(self) -> str | None:
        if self.result() == QDialog.DialogCode.Accepted:
            return None
        if self.value() != self._stored or self.numbering.changed_patterns():
            return self.tr("perubahan pengaturan naskah dinas")
        return None

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        """Nothing is written; the dialog closes right after (see `reject`)."""
        self._stored = self.value()

    def reject(self) -> None:
        """Batal, Esc or the window's close button: ask first when something was edited."""
        if not confirm_leave(self, self, self.tr("menutup pengaturan")):
            return
        if self.result() != QDialog.DialogCode.Accepted:  # "Simpan" in the question accepts
            super().reject()

    def _on_buttons_accepted(self) -> None:
        self.save()

    def save(self) -> bool:
        """Save every edited part; on an error show it at its field and stay (False)."""
        self.errors.clear()
        pd, p = self.value()
        try:
            if pd != self._pd:
                self._pd = self._services.agency.update_agency(pd)
                self.changed = True
            for pola in self.numbering.changed_patterns():
                self._services.naskah.simpan_pola_nomor(pola)
                self.changed = True
            if p != self._p:
                self._p, _ = self._services.naskah.simpan_pengaturan(p)
                self.changed = True
        except SistemKerjaError as exc:
            log.info("Naskah settings not saved: %s", exc.code)
            self.errors.show(exc)
            return False
        self.changed = True
        self._stored = self.value()
        self.accept()
        return True
