"""The pegawai detail form on the right of the Struktur screen: edit, validate inline, save."""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from sistemkerja_desktop.domain.errors import ConflictError, SistemKerjaError, ValidationError
from sistemkerja_desktop.domain.jabatan import Jabatan, Jenjang, Kategori, jenjang_from_nama
from sistemkerja_desktop.domain.nip import StatusKepegawaian, parse_nip
from sistemkerja_desktop.domain.organisasi import Pegawai, Struktur
from sistemkerja_desktop.domain.pangkat import Golongan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.pegawai_service import golongan_warning
from sistemkerja_desktop.views.common.konflik import KonflikDialog
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.struktur.pegawai_form_view import (
    BAD_FIELD,
    ERROR_LABEL,
    OK_LABEL,
    PegawaiFormView,
    describe_nip,
    golongan_from_kode,
    golongan_items,
)

log = logging.getLogger(__name__)


class PegawaiForm(PegawaiFormView):
    """Shows one pegawai (or a new one) for editing. Emits `saved(changes)` after "Simpan",
    `modified_changed(dirty)` when it gains or loses unsaved edits,
    `show_ppk_requested(nip_ppk)` for "Lihat PPK di bagan", and `reload_requested(pegawai_id)`
    when a save was refused because the pegawai changed elsewhere since it was shown (another
    window, the CLI, an import) and the user chose *Muat ulang*: the edits are dropped and the
    owner shows the stored data again."""

    saved = Signal(object)  # services.changes.Changes
    modified_changed = Signal(bool)
    show_ppk_requested = Signal(str)  # NIP of the pegawai holding the PPK position
    reload_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self._services = services
        self._pegawai: Pegawai | None = None
        self._initial_ppk: int | None = None
        self._initial_delegasi: tuple[bool, str] = (False, "")
        self._kedudukan_versi: tuple[tuple[int, int], ...] | None = None
        self._ppk_keterangan = ""
        self._nip_ppk = ""
        self._status = StatusKepegawaian.PNS
        self._loading = False
        self._dirty = False
        super().__init__(parent)
        self._wire()
        self.show_empty()

    def _wire(self) -> None:
        for edit in (self.nama_edit, self.gelar_depan_edit, self.gelar_belakang_edit,
                     self.pendidikan_edit, self.email_edit, self.telepon_edit,
                     self.kompetensi_edit, self.jabatan_edit, self.delegasi_dasar_edit):
            edit.textChanged.connect(self._on_edited)
        for combo in (self.golongan_combo, self.unit_combo, self.ppk_combo, self.jenjang_combo):
            combo.currentIndexChanged.connect(self._on_edited)
        self.aktif_check.toggled.connect(self._on_edited)
        self.delegasi_check.toggled.connect(self._on_delegasi_check_toggled)
        self.nip_edit.textChanged.connect(self._on_nip_edit_text_changed)
        self.kategori_combo.currentIndexChanged.connect(self._on_kategori_combo_changed)
        self.jabatan_edit.editingFinished.connect(self._on_jabatan_edit_editing_finished)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.lihat_ppk_button.clicked.connect(self._on_lihat_ppk_button_clicked)

    # ---- public API
    @property
    def pegawai_id(self) -> int | None:
        """The pegawai shown (0 for a new one), None when the form is empty."""
        return self._pegawai.id if self._pegawai is not None else None

    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def nip_ppk(self) -> str:
        """NIP of the current PPK's holder ('' when none, vacant or more than one)."""
        return self._nip_ppk

    # ---- unsaved edits (views.common.unsaved.UnsavedEdits)
    def unsaved_description(self) -> str | None:
        if not self._dirty or self._pegawai is None:
            return None
        if self._pegawai.id == 0:
            nama = self.nama_edit.text().strip()
            return (self.tr("data pegawai baru %1").replace("%1", nama) if nama
                    else self.tr("data pegawai baru"))
        return self.tr("perubahan data pegawai %1").replace("%1", self._pegawai.nama_lengkap)

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        """Back to the stored data (a new pegawai is dropped)."""
        if self._pegawai is None or self._pegawai.id == 0:
            self.show_empty()
            return
        self.load(self._pegawai, self._initial_ppk, self._ppk_keterangan,
                  *self._initial_delegasi, nip_ppk=self._nip_ppk,
                  kedudukan_versi=self._kedudukan_versi)

    def set_choices(self, struktur: Struktur) -> None:
        """Fill the unit and PPK combos (call after every reload of the data)."""
        self._loading = True
        unit = self.unit_combo.currentData()
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("(tanpa unit)"), None)
        paths = sorted(((struktur.unit_path(u.id), u.id) for u in struktur.units),
                       key=lambda pu: pu[0].casefold())
        for path, uid in paths:
            self.unit_combo.addItem(path, uid)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, path,
                                        Qt.ItemDataRole.ToolTipRole)
        self._select_data(self.unit_combo, unit)
        ppk = self.ppk_combo.currentData()
        self.ppk_combo.clear()
        self.ppk_combo.addItem("", None)
        self._label_no_ppk_item()
        for choice in self._services.pegawai.ppk_choices(struktur):
            self.ppk_combo.addItem(choice.label, choice.position_id)
            self.ppk_combo.setItemData(self.ppk_combo.count() - 1, choice.label,
                                       Qt.ItemDataRole.ToolTipRole)
        self._select_data(self.ppk_combo, ppk)
        self._loading = False

    def show_empty(self) -> None:
        self._pegawai = None
        self._set_dirty(False)
        self.stack.setCurrentIndex(0)

    def load(self, pegawai: Pegawai, ppk_position_id: int | None = None,
             ppk_keterangan: str = "", delegasi: bool = False,
             delegasi_dasar: str = "", *, nip_ppk: str = "",
             kedudukan_versi: tuple[tuple[int, int], ...] | None = None) -> None:
        """Show `pegawai`; `ppk_position_id` is their single current PPK, if any, and
        `ppk_keterangan` describes it ("Kepala Bidang … — nama") or the kedudukan otherwise
        (e.g. "2 PPK (ganda)"); `delegasi`/`delegasi_dasar` come from that current kedudukan;
        `nip_ppk` is the NIP of the PPK position's holder ('' if vacant or none);
        `kedudukan_versi` the versions of their kedudukan as shown (handed back on save)."""
        self._loading = True
        self._pegawai = pegawai
        self._kedudukan_versi = kedudukan_versi
        self._initial_ppk = ppk_position_id
        self._initial_delegasi = (delegasi, delegasi_dasar)
        self._ppk_keterangan = ppk_keterangan
        self._nip_ppk = nip_ppk
        self._show_ppk_info(pegawai.id == 0)
        self._clear_errors()
        new = pegawai.id == 0
        self.title.setText(self.tr("Pegawai baru") if new else pegawai.nama_lengkap)
        self.subtitle.setText(self.tr("Isi data lalu klik Simpan.") if new
                              else pegawai.nip_tampil)
        self.nip_edit.setText(pegawai.nip_tampil if pegawai.nip else "")
        self.nama_edit.setText(pegawai.nama)
        self.gelar_depan_edit.setText(pegawai.gelar_depan)
        self.gelar_belakang_edit.setText(pegawai.gelar_belakang)
        self._status = pegawai.status
        self._fill_golongan(pegawai.status, pegawai.golongan)
        self.pendidikan_edit.setText(pegawai.pendidikan)
        j = pegawai.jabatan
        self.jabatan_edit.setText(j.nama if j else "")
        self._select_data(self.kategori_combo, (j.kategori if j else Kategori.PELAKSANA).value)
        self._select_data(self.jenjang_combo, j.jenjang.value if j and j.jenjang else None)
        self._select_data(self.unit_combo, pegawai.unit_id)
        self._label_no_ppk_item()
        self._select_data(self.ppk_combo, ppk_position_id)
        self.delegasi_check.setChecked(delegasi)
        self.delegasi_dasar_edit.setText(delegasi_dasar)
        self._update_delegasi_enabled()
        self.email_edit.setText(pegawai.email)
        self.telepon_edit.setText(pegawai.telepon)
        self.kompetensi_edit.setText(", ".join(pegawai.kompetensi))
        self.aktif_check.setChecked(pegawai.aktif)
        self._loading = False
        self._update_nip_info()
        self._update_jenjang_enabled()
        self._update_warning()
        self._set_dirty(False)
        self.stack.setCurrentIndex(1)

    def new(self, unit_id: int | None = None) -> None:
        self.load(Pegawai(id=0, nip="", nama="", jabatan=None, unit_id=unit_id))
        self.nip_edit.setFocus()

    def collect(self) -> Pegawai:
        """The pegawai as currently typed (not validated)."""
        base = self._pegawai or Pegawai(id=0, nip="", nama="", jabatan=None, unit_id=None)
        nama_jabatan = self.jabatan_edit.text().strip()
        kategori = Kategori(self.kategori_combo.currentData())
        jenjang_value = self.jenjang_combo.currentData()
        jenjang = Jenjang(jenjang_value) if jenjang_value and self.jenjang_combo.isEnabled() \
            else None
        jabatan = Jabatan(nama_jabatan, kategori, jenjang) if nama_jabatan else None
        golongan = golongan_from_kode(self.golongan_combo.currentData(), self._status)
        kompetensi = tuple(k.strip() for k in self.kompetensi_edit.text().split(",")
                           if k.strip())
        return dataclasses.replace(
            base, nip=self.nip_edit.text().strip(), nama=self.nama_edit.text().strip(),
            status=self._status, gelar_depan=self.gelar_depan_edit.text().strip(),
            gelar_belakang=self.gelar_belakang_edit.text().strip(),
            golongan=golongan,
            pendidikan=self.pendidikan_edit.text().strip(), jabatan=jabatan,
            unit_id=self.unit_combo.currentData(), email=self.email_edit.text().strip(),
            telepon=self.telepon_edit.text().strip(), kompetensi=kompetensi,
            aktif=self.aktif_check.isChecked())

    def save(self) -> bool:
        """Validate and save through the service; errors are shown next to their field."""
        if self._pegawai is None:
            return False
        self._clear_errors()
        pegawai = self.collect()
        ppk = self.ppk_combo.currentData()
        new_ppk = ppk if ppk is not None and ppk != self._initial_ppk else None
        delegasi = self.delegasi_state()
        try:
            saved, changes = self._services.pegawai.save(
                pegawai, ppk_position_id=new_ppk,
                delegasi=delegasi[0] if new_ppk is not None or delegasi != self._initial_delegasi
                else None, delegasi_dasar=delegasi[1], kedudukan_versi=self._kedudukan_versi)
        except ConflictError as exc:
            self._on_conflict(exc)
            return False
        except ValidationError as exc:
            self.show_field_error(exc.field, exc.message)
            return False
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Pegawai tidak dapat disimpan"))
            return False
        log.info("Saved pegawai #%s", saved.id)
        self._pegawai = saved
        self._initial_ppk = ppk if ppk is not None else self._initial_ppk
        self._initial_delegasi = delegasi
        self._kedudukan_versi = None  # changed by this save: the owner reloads the row
        self._set_dirty(False)
        self.title.setText(saved.nama_lengkap)
        self.subtitle.setText(saved.nip_tampil)
        self.saved.emit(changes)
        return True

    def _on_conflict(self, exc: ConflictError) -> None:
        """Saved elsewhere since shown: nothing was saved. Say so in the banner too (the edits
        stay until the user reloads)."""
        self.banner.setText(exc.message)
        self.banner.show()
        if self._pegawai is not None and KonflikDialog.ask(self, exc.message):
            pegawai_id = self._pegawai.id
            self._set_dirty(False)
            self.reload_requested.emit(pegawai_id)

    def delegasi_state(self) -> tuple[bool, str]:
        """(PPK acts by delegation, its dasar) as currently entered."""
        checked = self.delegasi_check.isChecked()
        return checked, self.delegasi_dasar_edit.text().strip() if checked else ""

    def show_field_error(self, field: str | None, message: str) -> None:
        label = self.error_labels.get(field or "")
        if label is None:
            self.banner.setText(message)
            self.banner.show()
            return
        label.setText(message)
        # The live NIP line may already say exactly this; don't print it twice.
        label.setVisible(not (field == "nip" and message == self.nip_info.text()))
        widget = self.field_widgets[field or ""]
        widget.setStyleSheet(BAD_FIELD)
        widget.setFocus()

    def field_error(self, field: str) -> str:
        """The error shown for `field` after "Simpan" ('' when none)."""
        return self.error_labels[field].text()

    # ---- helpers
    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.modified_changed.emit(dirty)

    def _show_ppk_info(self, new: bool) -> None:
        """The current PPK in full under the combo, and whether "Lihat PPK" can jump to it."""
        ket = self._ppk_keterangan
        self.ppk_info.setVisible(not new)
        self.lihat_ppk_button.setVisible(not new)
        if ket and ket != "—":
            self.ppk_info.setText(self.tr("Saat ini: %1").replace("%1", ket))
        else:
            self.ppk_info.setText(self.tr("Saat ini: belum ditetapkan"))
        self.ppk_info.setToolTip(self.tr("NIP PPK: %1").replace("%1", self._nip_ppk)
                                 if self._nip_ppk else "")
        self.lihat_ppk_button.setEnabled(bool(self._nip_ppk))
        self.lihat_ppk_button.setToolTip(
            self.tr("Tampilkan Pejabat Penilai Kinerja pegawai ini pada Bagan Organisasi")
            if self._nip_ppk else self.tr(
                "Tidak ada pemangku PPK tunggal untuk ditampilkan (belum ditetapkan, "
                "jabatan PPK kosong, atau PPK ganda)"))

    @staticmethod
    def _select_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _fill_golongan(self, status: StatusKepegawaian, current: Golongan | None) -> None:
        was_loading, self._loading = self._loading, True
        self.golongan_combo.clear()
        self.golongan_combo.addItem(self.tr("— belum diisi —"), None)
        for gol in golongan_items(status):
            self.golongan_combo.addItem(gol.tampil, gol.kode)
        index = self.golongan_combo.findData(current.kode) if current is not None else 0
        self.golongan_combo.setCurrentIndex(max(index, 0))
        self._loading = was_loading

    def _label_no_ppk_item(self) -> None:
        """The first PPK item means "leave the kedudukan as it is": say what that is."""
        if self.ppk_combo.count() == 0:
            return
        ket = self._ppk_keterangan
        text = (self.tr("(tetap: %1)").replace("%1", ket) if ket and ket != "—"
                else self.tr("— belum ditetapkan —"))
        self.ppk_combo.setItemText(0, text)

    def _clear_errors(self) -> None:
        for name, label in self.error_labels.items():
            label.hide()
            label.setText("")
            self.field_widgets[name].setStyleSheet("")
        self.banner.hide()

    def _update_nip_info(self) -> None:
        text = self.nip_edit.text().strip()
        if not text:
            self.nip_info.setStyleSheet(ERROR_LABEL if self._pegawai and self._pegawai.id
                                        else "color: #555;")
            self.nip_info.setText(self.tr("NIP wajib diisi (18 digit)."))
            return
        try:
            info = parse_nip(text)
        except ValidationError as exc:
            self.nip_info.setStyleSheet(ERROR_LABEL)
            self.nip_info.setText(exc.message)
            return
        self.nip_info.setStyleSheet(OK_LABEL)
        self.nip_info.setText("✓ " + describe_nip(info))
        if info.status is not self._status:
            self._status = info.status  # PNS ↔ PPPK: the other golongan list
            self._fill_golongan(info.status, None)

    def _update_jenjang_enabled(self) -> None:
        fungsional = self.kategori_combo.currentData() == Kategori.FUNGSIONAL.value
        self.jenjang_combo.setEnabled(fungsional)
        self.jenjang_combo.setToolTip("" if fungsional else self.tr(
            "Jenjang hanya untuk Jabatan Fungsional"))

    def _update_delegasi_enabled(self) -> None:
        checked = self.delegasi_check.isChecked()
        self.delegasi_dasar_edit.setEnabled(checked)
        self.delegasi_label.setEnabled(checked)

    def _update_warning(self) -> None:
        warning = golongan_warning(self.collect())
        self.warning_label.setText(self.tr("Perhatian: %1").replace("%1", warning or ""))
        self.warning_label.setVisible(bool(warning))

    # ---- slots
    def _on_edited(self, *_: object) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self._update_warning()

    def _on_delegasi_check_toggled(self, _checked: bool) -> None:
        self._update_delegasi_enabled()
        self._on_edited()

    def _on_nip_edit_text_changed(self, _text: str) -> None:
        if self._loading:
            return
        self._update_nip_info()
        self._on_edited()

    def _on_kategori_combo_changed(self, _index: int) -> None:
        self._update_jenjang_enabled()
        self._on_edited()

    def _on_jabatan_edit_editing_finished(self) -> None:
        """Offer the jenjang written in the name ('Perawat Ahli Muda') when none is chosen."""
        jenjang = jenjang_from_nama(self.jabatan_edit.text())
        if jenjang is None or self.jenjang_combo.currentData() is not None:
            return
        if self.kategori_combo.currentData() == Kategori.PELAKSANA.value:
            self._select_data(self.kategori_combo, Kategori.FUNGSIONAL.value)
        if self.jenjang_combo.isEnabled():
            self._select_data(self.jenjang_combo, jenjang.value)

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_revert_button_clicked(self) -> None:
        if self._pegawai is not None:
            self.load(self._pegawai, self._initial_ppk, self._ppk_keterangan,
                      *self._initial_delegasi, nip_ppk=self._nip_ppk,
                      kedudukan_versi=self._kedudukan_versi)

    def _on_lihat_ppk_button_clicked(self) -> None:
        if self._nip_ppk:
            self.show_ppk_requested.emit(self._nip_ppk)
