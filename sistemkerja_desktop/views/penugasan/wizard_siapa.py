"""The request form, page 1 — *who*: jenis (penunjukan / pengajuan sukarela), lingkup (dalam unit,
lintas unit, lintas instansi), arah of a lintas-instansi request (keluar / masuk), who submits it
and the pegawai concerned (picked by name or NIP; for a request to another instansi, NIPs of
theirs typed from its list).

A kind of request the profile forbids (e.g. sukarela lintas instansi) is refused right here with
the profile's own message and Pasal (`domain.penugasan_alur.alur_penugasan`): *Lanjut* stays
disabled. A pengajuan sukarela names one pegawai, the one who submits it."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.nip import normalize_nip
from sistemkerja_desktop.domain.penugasan import Arah, JenisPenugasan, LingkupPenugasan
from sistemkerja_desktop.domain.penugasan_alur import alur_penugasan
from sistemkerja_desktop.domain.profiles import RegulationProfile
from sistemkerja_desktop.views.common.widgets import ERROR_STYLE
from sistemkerja_desktop.views.penugasan.labels import arah_label, jenis_label, lingkup_label
from sistemkerja_desktop.views.penugasan.orang import Orang, PersonCombo
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint

NIP_ROLE = Qt.ItemDataRole.UserRole + 1


def _radios(values: tuple[str, ...], label: callable, parent: QWidget) -> tuple[
        QButtonGroup, dict[str, QRadioButton], QHBoxLayout]:
    group = QButtonGroup(parent)
    buttons: dict[str, QRadioButton] = {}
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for value in values:
        button = QRadioButton(label(value))
        group.addButton(button)
        buttons[value] = button
        row.addWidget(button)
    row.addStretch(1)
    next(iter(buttons.values())).setChecked(True)
    return group, buttons, row


class _Banner(FittedHint):
    """A wrapped message exactly as tall as its text at its real width (a form row otherwise
    takes the height guessed for a narrow width)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class SiapaPage(QWizardPage):
    changed = Signal()

    def __init__(self, profile: RegulationProfile, people: list[Orang],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.people = {o.nip: o for o in people}
        self.setTitle(self.tr("Siapa yang ditugaskan"))
        self.setSubTitle(self.tr("Jenis dan lingkup penugasan menentukan alur persetujuan "
                                 "menurut %1.").replace("%1", profile.singkat or profile.nama))
        self.jenis_group, self.jenis_buttons, jenis_row = _radios(
            tuple(j.value for j in JenisPenugasan), jenis_label, self)
        self.lingkup_group, self.lingkup_buttons, lingkup_row = _radios(
            tuple(x.value for x in LingkupPenugasan), lingkup_label, self)
        self.arah_group, self.arah_buttons, arah_row = _radios(
            (Arah.KELUAR.value, Arah.MASUK.value), arah_label, self)
        self.arah_box = QWidget()
        self.arah_box.setLayout(arah_row)
        self.refusal = _Banner()
        self.refusal.setObjectName("refusal")
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.refusal.setTextFormat(Qt.TextFormat.RichText)
        self.refusal.hide()

        self.oleh_combo = PersonCombo(self.tr("Ketik nama atau NIP…"))
        self.oleh_combo.set_people(people)
        self.pegawai_combo = PersonCombo(self.tr("Ketik nama atau NIP, lalu Tambahkan"))
        self.pegawai_combo.set_people(o for o in people if o.jf_pelaksana)
        self.add_button = QPushButton(self.tr("Tambahkan"))
        self.pegawai_list = QListWidget()
        self.pegawai_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pegawai_list.setMinimumHeight(90)
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.luar_nip_edit = QLineEdit()
        self.luar_nip_edit.setPlaceholderText(self.tr("NIP (18 angka)"))
        self.luar_nama_edit = QLineEdit()
        self.luar_nama_edit.setPlaceholderText(self.tr("Nama seperti di surat instansi itu"))
        self.combo_box = QWidget()
        pick = QHBoxLayout(self.combo_box)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(self.pegawai_combo, 1)
        self.luar_box = QWidget()
        luar = QHBoxLayout(self.luar_box)
        luar.setContentsMargins(0, 0, 0, 0)
        luar.addWidget(self.luar_nip_edit, 2)
        luar.addWidget(self.luar_nama_edit, 3)
        adding = QHBoxLayout()
        adding.addWidget(self.combo_box, 1)
        adding.addWidget(self.luar_box, 1)
        adding.addWidget(self.add_button)
        chosen = QHBoxLayout()
        chosen.addWidget(self.pegawai_list, 1)
        chosen.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.pegawai_box = QWidget()
        pv = QVBoxLayout(self.pegawai_box)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.addLayout(adding)
        pv.addLayout(chosen)
        self.pegawai_hint = FittedHint()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Jenis"), jenis_row)
        self.form.addRow(self.tr("Lingkup"), lingkup_row)
        self.form.addRow(self.tr("Arah"), self.arah_box)
        self.form.addRow("", self.refusal)
        self.oleh_label = QLabel(self.tr("Diajukan oleh"))
        self.form.addRow(self.oleh_label, self.oleh_combo)
        self.form.addRow(self.tr("Pegawai"), self.pegawai_box)
        self.form.addRow("", self.pegawai_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)

        for group in (self.jenis_group, self.lingkup_group, self.arah_group):
            group.buttonToggled.connect(self._on_kind_changed)
        self.oleh_combo.currentIndexChanged.connect(self._on_changed)
        self.oleh_combo.editTextChanged.connect(self._on_changed)
        self.add_button.clicked.connect(self.add_current)
        self.pegawai_combo.lineEdit().returnPressed.connect(self.add_current)
        self.luar_nama_edit.returnPressed.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.pegawai_list.itemSelectionChanged.connect(self._update_buttons)
        self._on_kind_changed()

    # ---- values
    def jenis(self) -> JenisPenugasan:
        return JenisPenugasan(next(v for v, b in self.jenis_buttons.items() if b.isChecked()))

    def lingkup(self) -> LingkupPenugasan:
        return LingkupPenugasan(next(v for v, b in self.lingkup_buttons.items()
                                     if b.isChecked()))

    def arah(self) -> Arah:
        if self.lingkup() is not LingkupPenugasan.LINTAS_INSTANSI:
            return Arah.DALAM
        return Arah(next(v for v, b in self.arah_buttons.items() if b.isChecked()))

    def set_kind(self, jenis: str, lingkup: str, arah: str | None = None) -> None:
        self.jenis_buttons[JenisPenugasan(jenis).value].setChecked(True)
        self.lingkup_buttons[LingkupPenugasan(lingkup).value].setChecked(True)
        if arah in self.arah_buttons:
            self.arah_buttons[arah].setChecked(True)

    def oleh_nip(self) -> str:
        return self.oleh_combo.nip()

    def pegawai_nips(self) -> list[str]:
        if self.jenis() is JenisPenugasan.SUKARELA:
            return [self.oleh_nip()] if self.oleh_nip() else []
        return [self.pegawai_list.item(i).data(NIP_ROLE) for i in range(self.pegawai_list.count())]

    def set_pegawai(self, nips: list[str]) -> None:
        self.pegawai_list.clear()
        for nip in nips:
            self._add_nip(nip)
        self._on_changed()

    def refusal_text(self) -> str:
        return self.refusal.text() if self.refusal.isVisibleTo(self) else ""

    # ---- editing
    def _add_nip(self, nip: str) -> bool:
        if any(self.pegawai_list.item(i).data(NIP_ROLE) == nip
               for i in range(self.pegawai_list.count())):
            return False
        bare, _, nama = nip.partition(":")
        o = self.people.get(bare)
        text = f"{o.label}  ·  NIP {bare}" if o else self.tr(
            "%1 · NIP %2 (pegawai instansi lain)").replace(
            "%1", nama or self.tr("(nama belum diisi)")).replace("%2", bare)
        item = QListWidgetItem(text)
        item.setData(NIP_ROLE, nip)
        item.setToolTip(f"{o.label}\n{o.unit}" if o else text)
        self.pegawai_list.addItem(item)
        return True

    def add_current(self) -> bool:
        """Add the person chosen; for a request to another instansi, the NIP and name typed
        from its letter (sent to the service as "NIP:Nama")."""
        self.error.hide()
        if self.arah() is Arah.KELUAR:
            try:
                digits = normalize_nip(self.luar_nip_edit.text())
            except SistemKerjaError as exc:  # not 18 digits, letters …
                self.error.setText(self.tr("NIP pegawai instansi lain: %1.").replace(
                    "%1", exc.message))
                self.error.show()
                self.luar_nip_edit.setFocus()
                return False
            nama = " ".join(self.luar_nama_edit.text().split())
            added = self._add_nip(f"{digits}:{nama}" if nama else digits)
            self.luar_nip_edit.clear()
            self.luar_nama_edit.clear()
            self.luar_nip_edit.setFocus()
        else:
            nip = self.pegawai_combo.nip()
            if not nip:
                typed = self.pegawai_combo.currentText().strip()
                if typed:
                    self.error.setText(self.tr("“%1” tidak ada di daftar pegawai; pilih dari "
                                               "daftar.").replace("%1", typed))
                    self.error.show()
                return False
            added = self._add_nip(nip)
            self.pegawai_combo.set_nip("")
        self._on_changed()
        return added

    def remove_selected(self) -> None:
        for item in self.pegawai_list.selectedItems():
            self.pegawai_list.takeItem(self.pegawai_list.row(item))
        self._on_changed()

    # ---- state
    def _on_kind_changed(self, *_: object) -> None:
        lingkup, jenis = self.lingkup(), self.jenis()
        self.form.setRowVisible(self.arah_box, lingkup is LingkupPenugasan.LINTAS_INSTANSI)
        sukarela = jenis is JenisPenugasan.SUKARELA
        keluar = self.arah() is Arah.KELUAR
        self.combo_box.setVisible(not keluar)
        self.luar_box.setVisible(keluar)
        self.form.setRowVisible(self.pegawai_box, not sukarela)
        self.oleh_label.setText(self.tr("Pegawai yang mengajukan diri") if sukarela
                                else self.tr("Diajukan oleh"))
        if sukarela:
            hint = self.tr("Pengajuan sukarela diajukan oleh pegawai itu sendiri; dialah pegawai "
                           "yang ditugaskan.")
        elif lingkup is LingkupPenugasan.LINTAS_UNIT:
            hint = self.tr("Pilih pegawai dari unit organisasi lain; permohonan ditujukan ke "
                           "unit tempat mereka berada.")
        elif lingkup is LingkupPenugasan.LINTAS_INSTANSI and self.arah() is Arah.KELUAR:
            hint = self.tr("Ketik NIP dan nama pegawai instansi lain dari daftar yang mereka "
                           "kirim, lalu Tambahkan.")
        elif lingkup is LingkupPenugasan.LINTAS_INSTANSI:
            hint = self.tr("Pegawai kita yang diminta oleh instansi lain (dari surat masuknya).")
        else:
            hint = self.tr("Pegawai di unit organisasi pemohon.")
        self.pegawai_hint.setText(hint)
        try:
            alur_penugasan(self.profile, jenis, lingkup, self.arah())
        except SistemKerjaError as exc:
            cite = getattr(exc, "citation", "") or ""
            text = html.escape(exc.message) + (f" <i>({html.escape(cite)})</i>" if cite
                                               and cite not in exc.message else "")
            self.refusal.setText(text)
            self.refusal.show()
        else:
            self.refusal.setText("")
            self.refusal.hide()
        self._on_changed()

    def _on_changed(self, *_: object) -> None:
        self._update_buttons()
        self.completeChanged.emit()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.pegawai_list.selectedItems()))

    def isComplete(self) -> bool:
        if self.refusal.text():
            return False
        if not self.oleh_nip():
            return False
        return bool(self.pegawai_nips())
