"""Add or change a unit kerja: nama, jenis, induk, kode, Kelas/Tipe and "unit kerja mandiri".

The Kelas/Tipe row (RSUD Kelas A–D, UPTD Tipe A–D) shows only for an RSUD or UPTD; for a new unit it
follows the name ("RSUD Kelas C" → C) until the user picks one. "—" on a unit whose name tells a
type says so: the rules read `unit.tipe or tebak_tipe(unit.nama)`.

`UnitDialog.edit(...)` / `UnitDialog.add_sub_unit(...)` open the dialog and return the
`Changes` of the save, or None when cancelled. `submit()` is the testable "Simpan".

Closing or cancelling with edits asks *Simpan / Buang / Batal* (`views.common.unsaved`): the
dialog is its own `UnsavedEdits` guard.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import ConflictError, SistemKerjaError
from sistemkerja_desktop.domain.organisasi import JenisUnit, Struktur, Unit, guess_jenis_unit
from sistemkerja_desktop.domain.tipe_unit import JENIS_BERTIPE, TIPE_UNIT, label_tipe, tebak_tipe
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.konflik import KonflikDialog
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.unsaved import confirm_leave
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE
from sistemkerja_desktop.views.teams.dialog_fit import fit_height_later
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint

log = logging.getLogger(__name__)


def _descendants(struktur: Struktur, unit_id: int) -> set[int]:
    """`unit_id` and every unit below it (these cannot become its induk)."""
    kids = struktur.children
    out: set[int] = set()
    todo = [unit_id]
    while todo:
        current = todo.pop()
        if current in out:
            continue
        out.add(current)
        todo.extend(u.id for u in kids.get(current, ()))
    return out


class UnitDialog(QDialog):
    """Edits `unit`, or adds a new unit under `parent_id` when `unit` is None."""

    def __init__(self, services: Services, struktur: Struktur, unit: Unit | None = None,
                 parent_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._unit = unit
        self._jenis_touched = unit is not None
        self._tipe_touched = unit is not None
        self.changes: Changes | None = None
        self.saved_unit: Unit | None = None
        self.setWindowTitle(self.tr("Ubah unit kerja") if unit else self.tr("Tambah sub-unit"))
        self._parent_id = parent_id
        self._build(struktur)
        self._load(unit, parent_id)
        self._initial = self._values()

    # ---- opening
    @classmethod
    def edit(cls, parent: QWidget, services: Services, struktur: Struktur,
             unit_id: int) -> Changes | None:
        unit = struktur.unit_by_id.get(unit_id)
        if unit is None:
            return None
        dialog = cls(services, struktur, unit, parent=parent)
        return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def add_sub_unit(cls, parent: QWidget, services: Services, struktur: Struktur,
                     parent_id: int | None) -> Changes | None:
        dialog = cls(services, struktur, None, parent_id, parent=parent)
        return dialog.changes if dialog.exec() == QDialog.DialogCode.Accepted else None

    # ---- layout
    def _build(self, struktur: Struktur) -> None:
        self.nama_edit = QLineEdit()
        self.nama_edit.setPlaceholderText(self.tr("mis. Seksi Pelayanan Kesehatan Primer"))
        self.jenis_combo = QComboBox()
        for jenis in JenisUnit:
            self.jenis_combo.addItem(jenis.value, jenis.value)
        self.induk_combo = QComboBox()
        self.induk_combo.addItem(self.tr("(tanpa induk — unit teratas)"), None)
        excluded = _descendants(struktur, self._unit.id) if self._unit else set()
        for path, uid in sorted(((struktur.unit_path(u.id) or u.nama, u.id)
                                 for u in struktur.units if u.id not in excluded),
                                key=lambda pu: pu[0].casefold()):
            self.induk_combo.addItem(path, uid)
        self.induk_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.induk_combo.setMinimumContentsLength(30)
        self.mandiri_check = QCheckBox(self.tr(
            "Unit kerja mandiri (dipimpin Pejabat Fungsional)"))
        self.mandiri_hint = FittedHint(self.tr(
            "Pejabat Fungsional yang memimpin unit kerja mandiri (mis. Puskesmas) dapat menjadi "
            "Pejabat Penilai Kinerja (Perbup Kapuas Hulu Pasal 7; Perbup Barito Timur Pasal 6 "
            "ayat (2))."))
        self.kode_edit = QLineEdit()
        self.kode_edit.setPlaceholderText(self.tr("opsional, mis. PKM-SKM"))
        self.tipe_combo = QComboBox()
        self.tipe_combo.addItem("—", "")
        for tipe in TIPE_UNIT:
            self.tipe_combo.addItem(tipe, tipe)
        self.tipe_hint = FittedHint(self.tr(
            "Kelas RSUD / Tipe UPTD menentukan aturan jenjang yang berlaku (mis. Perbup Pekalongan "
            "52/2024 Tabel 3.8, 3.9, 3.12: RSUD Tipe B/C ya, Tipe D tidak)."))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Nama unit"), self.nama_edit)
        form.addRow(self.tr("Jenis"), self.jenis_combo)
        form.addRow(self.tr("Induk"), self.induk_combo)
        form.addRow(self.tr("Kelas/Tipe"), self.tipe_combo)
        form.addRow("", self.tipe_hint)
        form.addRow(self.tr("Kode"), self.kode_edit)
        form.addRow("", self.mandiri_check)
        form.addRow("", self.mandiri_hint)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        relabel_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.nama_edit.textEdited.connect(self._on_nama_edit_text_edited)
        self.jenis_combo.activated.connect(self._on_jenis_combo_activated)
        self.jenis_combo.currentIndexChanged.connect(self._on_jenis_combo_current_index_changed)
        self.tipe_combo.activated.connect(self._on_tipe_combo_activated)
        self._form = form

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _load(self, unit: Unit | None, parent_id: int | None) -> None:
        self.nama_edit.setText(unit.nama if unit else "")
        jenis = unit.jenis if unit else JenisUnit.LAINNYA
        self.jenis_combo.setCurrentIndex(max(self.jenis_combo.findData(jenis.value), 0))
        induk = unit.parent_id if unit else parent_id
        self.induk_combo.setCurrentIndex(max(self.induk_combo.findData(induk), 0))
        self.mandiri_check.setChecked(unit.mandiri if unit else False)
        self.kode_edit.setText(unit.kode if unit else "")
        self.tipe_combo.setCurrentIndex(max(self.tipe_combo.findData(unit.tipe if unit else ""), 0))
        self._sync_tipe()

    def _values(self) -> tuple[object, ...]:
        return (self.nama_edit.text().strip(), self.jenis_combo.currentData(),
                self.induk_combo.currentData(), self.mandiri_check.isChecked(),
                self.kode_edit.text().strip(), self._tipe())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_height_later(self)  # no empty band under the wrapped hints

    def _bertipe(self) -> bool:
        return self.jenis_combo.currentData() in JENIS_BERTIPE

    def _tipe(self) -> str:
        """The Kelas/Tipe to save: none for a unit that is neither RSUD nor UPTD."""
        return str(self.tipe_combo.currentData() or "") if self._bertipe() else ""

    def _sync_tipe(self) -> None:
        """Show the Kelas/Tipe row for an RSUD/UPTD only, its items labelled by the jenis
        ("Kelas C" / "Tipe C"); "—" names the type the unit's name tells, if any."""
        bertipe = self._bertipe()
        self._form.setRowVisible(self.tipe_combo, bertipe)
        self._form.setRowVisible(self.tipe_hint, bertipe)
        if self.isVisible():
            fit_height_later(self)
        word = label_tipe(self.jenis_combo.currentData() or "")
        for i, tipe in enumerate(TIPE_UNIT, start=1):
            self.tipe_combo.setItemText(i, f"{word} {tipe}")
        guess = tebak_tipe(self.nama_edit.text())
        self.tipe_combo.setItemText(0, self.tr("— (tidak diisi; menurut nama: %1 %2)")
                                    .replace("%1", word).replace("%2", guess) if guess
                                    else self.tr("— (tidak diisi)"))

    # ---- unsaved edits (views.common.unsaved.UnsavedEdits)
    def unsaved_description(self) -> str | None:
        if self.changes is not None or self._values() == self._initial:
            return None
        nama = self.nama_edit.text().strip()
        if self._unit is None:
            return (self.tr("unit baru '%1'").replace("%1", nama) if nama
                    else self.tr("unit baru"))
        return self.tr("perubahan unit '%1'").replace("%1", self._unit.nama)

    def save_unsaved(self) -> bool:
        return self.submit()

    def discard_unsaved(self) -> None:
        self._load(self._unit, self._parent_id)

    def reject(self) -> None:
        """Batal, Esc or the window's close button: ask first when something was edited."""
        if not confirm_leave(self, self, self.tr("menutup dialog")):
            return
        if self.changes is not None:  # "Simpan" in the question: saved and accepted
            return
        super().reject()

    # ---- behaviour
    def submit(self) -> bool:
        """Save through the service; on a validation error show it and keep the dialog open."""
        self.error_label.hide()
        nama = self.nama_edit.text()
        jenis = JenisUnit(self.jenis_combo.currentData())
        induk = self.induk_combo.currentData()
        mandiri = self.mandiri_check.isChecked()
        kode = self.kode_edit.text()
        tipe = self._tipe()
        try:
            if self._unit is None:
                unit, changes = self._services.units.add_unit(nama, jenis, induk, mandiri=mandiri,
                                                              kode=kode, tipe=tipe)
            else:
                unit, changes = self._services.units.update_unit(
                    self._unit.id, nama, jenis, induk, mandiri, kode, versi=self._unit.versi,
                    tipe=tipe)
        except ConflictError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            if KonflikDialog.ask(self, exc.message):
                self.reload()
            return False
        except SistemKerjaError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            widget = {"nama": self.nama_edit, "jenis": self.jenis_combo,
                      "induk": self.induk_combo, "tipe": self.tipe_combo}.get(getattr(exc, "field", None) or "")
            if widget is not None:
                widget.setFocus()
            return False
        log.info("Saved unit #%s", unit.id)
        self.saved_unit, self.changes = unit, changes
        self.accept()
        return True

    def reload(self) -> None:
        """Show the unit as stored now (after a conflict: the other change), edits dropped."""
        if self._unit is None:
            return
        try:
            self._unit = self._services.units.get(self._unit.id)
        except SistemKerjaError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self._load(self._unit, self._parent_id)
        self._initial = self._values()
        self.error_label.hide()

    def _on_buttons_accepted(self) -> None:
        self.submit()

    def _on_nama_edit_text_edited(self, text: str) -> None:
        if not self._jenis_touched:  # a new unit: offer the jenis written in its name
            guess = guess_jenis_unit(text)
            self.jenis_combo.setCurrentIndex(max(self.jenis_combo.findData(guess.value), 0))
        if not self._tipe_touched:  # … and the Kelas/Tipe ("RSUD Kelas C" → C)
            self.tipe_combo.setCurrentIndex(max(self.tipe_combo.findData(tebak_tipe(text)), 0))
        self._sync_tipe()

    def _on_jenis_combo_activated(self, _index: int) -> None:
        self._jenis_touched = True

    def _on_jenis_combo_current_index_changed(self, _index: int) -> None:
        self._sync_tipe()

    def _on_tipe_combo_activated(self, _index: int) -> None:
        self._tipe_touched = True
