"""Pengaturan Perangkat Daerah: identity, regulation profile, address and contacts, kop and logo;
and *Pengguna*: the name recorded in the audit log beside the computer account (kept in this
user's settings on this computer, not in the data file).

Saves through `services.profil.simpan` (issue #9; as `sistemkerja profil pakai`): a changed
profile also refreshes the Mengingat / Dasar Surat Tugas lists that still hold the old default,
asks about edited ones, and `ask` then shows what changes in `periksa`. A validation error is
shown above the buttons, naming the field, and the offending field is framed, focused and its tab
brought forward.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.services.base import PENGGUNA_MAX, clean_pengguna
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.profil_service import GantiProfil
from sistemkerja_desktop.views import profil_dialogs
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.settings_store import app_settings
from sistemkerja_desktop.views.common.widgets import (
    JENIS_PD,
    FieldErrors,
    LogoPicker,
    ProfileChooser,
    hint,
)

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)

PENGGUNA_KEY = "pengguna/nama"


def saved_user_name() -> str:
    """The name chosen in Pengaturan › Pengguna ("" = none)."""
    return clean_pengguna(str(app_settings().value(PENGGUNA_KEY, "") or ""))


def apply_saved_user_name(services: Services) -> None:
    """Record the chosen name in the audit log of `services` (call once the file is open)."""
    name = saved_user_name()
    if name:
        services.ctx.pengguna = name


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setContentsMargins(16, 16, 16, 16)
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(16)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SettingsDialog(QDialog):
    TAB_IDENTITAS, TAB_KONTAK, TAB_KOP, TAB_PENGGUNA = range(4)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.original = services.agency.get_agency()
        self.saved: PerangkatDaerah | None = None
        self.hasil: GantiProfil | None = None  # what the save did (profile, legal basis)
        self.changes = Changes(agency=True)
        self.setWindowTitle(self.tr("Pengaturan Perangkat Daerah"))
        self.setMinimumWidth(640)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._identitas_tab(), self.tr("Identitas"))
        self.tabs.addTab(self._kontak_tab(), self.tr("Alamat dan kontak"))
        self.tabs.addTab(self._kop_tab(), self.tr("Kop dan logo"))
        self.tabs.addTab(self._pengguna_tab(), self.tr("Pengguna"))

        self.error_banner = QLabel()
        self.errors = FieldErrors(self.error_banner)
        self._register_fields()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.buttons)

        self._load(self.original)
        for edit in (self.nama_edit, self.pemda_edit, self.alamat_edit, self.telepon_edit,
                     self.kode_pos_edit, self.email_edit, self.laman_edit):
            edit.textChanged.connect(self._update_kop_placeholder)
        self._update_kop_placeholder()

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None,
            tab: int = 0) -> Changes | None:
        """Show the dialog (at `tab`, e.g. TAB_PENGGUNA); the change set if something was
        saved, else None."""
        dialog = cls(services, parent)
        dialog.tabs.setCurrentIndex(tab)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.hasil is None:
            return None
        if dialog.hasil.profil_berubah:  # what changes in `periksa` (issue #9)
            profil_dialogs.RingkasanProfilDialog(dialog.hasil, parent).exec()
        return dialog.changes

    # ---- tabs ---------------------------------------------------------------------------

    def _identitas_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        self.nama_edit = QLineEdit()
        self.nama_edit.setPlaceholderText(self.tr("mis. Dinas Kesehatan"))
        self.jenis_combo = QComboBox()
        self.jenis_combo.setEditable(True)
        self.jenis_combo.addItems(JENIS_PD)
        self.pemda_edit = QLineEdit()
        self.pemda_edit.setPlaceholderText(self.tr("mis. Kabupaten Kapuas Hulu"))
        self.tempat_edit = QLineEdit()
        self.tempat_edit.setPlaceholderText(self.tr("mis. Putussibau"))
        self.profile_chooser = ProfileChooser(self.services.agency.profiles())
        form.addRow(self.tr("Nama Perangkat Daerah"), self.nama_edit)
        form.addRow(self.tr("Jenis"), self.jenis_combo)
        form.addRow(self.tr("Pemerintah daerah"), self.pemda_edit)
        form.addRow(self.tr("Tempat penetapan"), self.tempat_edit)
        form.addRow("", hint(self.tr("Kota tempat naskah dinas ditetapkan, ditulis di atas "
                                     "tanda tangan.")))
        form.addRow(self.tr("Profil peraturan"), self.profile_chooser)
        form.addRow("", hint(self.tr(
            "Mengganti profil juga mengganti Mengingat dan Dasar Surat Tugas yang masih berisi "
            "bawaan profil lama; teks yang sudah diubah ditanyakan dahulu. Sesudah disimpan, "
            "perubahan hasil pemeriksaan kedudukan ditampilkan.")))
        return page

    def _kontak_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        self.alamat_edit = QLineEdit()
        self.alamat_edit.setPlaceholderText(self.tr("mis. Jalan Merdeka No. 1"))
        self.telepon_edit = QLineEdit()
        self.kode_pos_edit = QLineEdit()
        self.kode_pos_edit.setMaxLength(5)
        self.kode_pos_edit.setMaximumWidth(120)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("mis. dinkes@contoh.go.id"))
        self.laman_edit = QLineEdit()
        self.laman_edit.setPlaceholderText(self.tr("mis. dinkes.contoh.go.id"))
        form.addRow(self.tr("Alamat"), self.alamat_edit)
        form.addRow(self.tr("Telepon"), self.telepon_edit)
        form.addRow(self.tr("Kode pos"), self.kode_pos_edit)
        form.addRow(self.tr("Pos-el"), self.email_edit)
        form.addRow(self.tr("Laman"), self.laman_edit)
        return page

    def _kop_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        self.kop_edit = QPlainTextEdit()
        self.kop_edit.setMinimumHeight(110)
        self.kop_edit.setTabChangesFocus(True)
        self.logo_picker = LogoPicker()
        form.addRow(self.tr("Baris kop"), self.kop_edit)
        form.addRow("", hint(self.tr(
            "Satu baris per baris kop. Kosongkan untuk memakai kop baku yang disusun dari "
            "identitas dan alamat (tampak samar di atas).")))
        form.addRow(self.tr("Logo daerah"), self.logo_picker)
        return page

    def _pengguna_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        self.pengguna_edit = QLineEdit(saved_user_name() or self.services.ctx.pengguna)
        self.pengguna_edit.setObjectName("nama_pengguna")
        self.pengguna_edit.setMaxLength(PENGGUNA_MAX)
        self.pengguna_edit.setPlaceholderText(self.tr("mis. Siti Aminah, Subbagian Umum"))
        form.addRow(self.tr("Nama pengguna"), self.pengguna_edit)
        form.addRow("", hint(self.tr(
            "Dicatat di riwayat perubahan bersama akun komputer (%1) untuk setiap perubahan "
            "yang Anda simpan. Disimpan di komputer ini untuk akun ini, tidak di berkas data.")
            .replace("%1", self.services.ctx.actor)))
        return page

    def _register_fields(self) -> None:
        def reveal(tab: int) -> Callable[[], None]:
            return lambda: self.tabs.setCurrentIndex(tab)

        for name, label, widget, tab in (
            ("nama", self.tr("Nama Perangkat Daerah"), self.nama_edit, self.TAB_IDENTITAS),
            ("jenis", self.tr("Jenis"), self.jenis_combo, self.TAB_IDENTITAS),
            ("pemda", self.tr("Pemerintah daerah"), self.pemda_edit, self.TAB_IDENTITAS),
            ("tempat_penetapan", self.tr("Tempat penetapan"), self.tempat_edit,
             self.TAB_IDENTITAS),
            ("profil", self.tr("Profil peraturan"), self.profile_chooser.combo,
             self.TAB_IDENTITAS),
            ("alamat", self.tr("Alamat"), self.alamat_edit, self.TAB_KONTAK),
            ("telepon", self.tr("Telepon"), self.telepon_edit, self.TAB_KONTAK),
            ("kode_pos", self.tr("Kode pos"), self.kode_pos_edit, self.TAB_KONTAK),
            ("email", self.tr("Pos-el"), self.email_edit, self.TAB_KONTAK),
            ("laman", self.tr("Laman"), self.laman_edit, self.TAB_KONTAK),
            ("kop", self.tr("Baris kop"), self.kop_edit, self.TAB_KOP),
            ("logo_path", self.tr("Logo daerah"), self.logo_picker.path_edit, self.TAB_KOP),
        ):
            self.errors.register(name, label, widget, reveal(tab))

    # ---- data ---------------------------------------------------------------------------

    def _load(self, pd: PerangkatDaerah) -> None:
        self.nama_edit.setText(pd.nama)
        self.jenis_combo.setCurrentText(pd.jenis)
        self.pemda_edit.setText(pd.pemda)
        self.tempat_edit.setText(pd.tempat_penetapan)
        self.profile_chooser.set_current_code(pd.profil)
        self.alamat_edit.setText(pd.alamat)
        self.telepon_edit.setText(pd.telepon)
        self.kode_pos_edit.setText(pd.kode_pos)
        self.email_edit.setText(pd.email)
        self.laman_edit.setText(pd.laman)
        self.kop_edit.setPlainText("\n".join(pd.kop))
        self.logo_picker.set_path(pd.logo_path)

    def value(self) -> PerangkatDaerah:
        """The Perangkat Daerah as currently edited (not yet validated)."""
        kop = tuple(line.strip() for line in self.kop_edit.toPlainText().splitlines()
                    if line.strip())
        return dataclasses.replace(
            self.original, nama=self.nama_edit.text().strip(),
            jenis=self.jenis_combo.currentText().strip(), pemda=self.pemda_edit.text().strip(),
            tempat_penetapan=self.tempat_edit.text().strip(),
            profil=self.profile_chooser.current_code() or self.original.profil,
            alamat=self.alamat_edit.text().strip(), telepon=self.telepon_edit.text().strip(),
            kode_pos=self.kode_pos_edit.text().strip(), email=self.email_edit.text().strip(),
            laman=self.laman_edit.text().strip(), kop=kop, logo_path=self.logo_picker.path())

    def _update_kop_placeholder(self) -> None:
        standard = dataclasses.replace(self.value(), kop=()).kop_lines()
        self.kop_edit.setPlaceholderText("\n".join(standard))

    def _ask_edited(self, rencana: GantiProfil) -> bool | None:
        """Edited Mengingat / Dasar text would be kept: replace it too (True), keep it (False)
        or cancel the save (None). Tests replace this method."""
        return profil_dialogs.ask_edited(self, rencana)

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        # the chosen name already signs this save's audit rows
        previous, name = self.services.ctx.pengguna, clean_pengguna(self.pengguna_edit.text())
        self.services.ctx.pengguna = name
        pd = self.value()
        try:
            # the same use case as `sistemkerja profil pakai`: the legal basis that still holds
            # the old profile's default follows the new one; edited text is asked about
            rencana = self.services.profil.rencana(pd)
            ganti = False
            if rencana.teks_diubah:
                choice = self._ask_edited(rencana)
                if choice is None:
                    self.services.ctx.pengguna = previous
                    return
                ganti = choice
            self.hasil, self.changes = self.services.profil.simpan(pd, ganti_diubah=ganti)
        except SistemKerjaError as exc:
            self.services.ctx.pengguna = previous
            log.info("Settings not saved: %s (%s)", exc.code, getattr(exc, "field", None))
            self.errors.show(exc)
            return
        self.saved = self.hasil.baru
        app_settings().setValue(PENGGUNA_KEY, name)
        log.info("Perangkat Daerah settings saved (profil %s → %s)", self.hasil.lama.profil,
                 self.hasil.baru.profil)
        self.accept()
