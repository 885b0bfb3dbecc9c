"""Signer profiles (penandatangan): jabatan, nama, pangkat, NIP and the a.n./Plt./Plh. forms,
with a preview of the signature block. Each profile is saved on its own ("Simpan
penandatangan"); removed profiles stay in issued documents' snapshots."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.naskah import BentukTtd, Penandatangan
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.messages import ask_yes_no
from sistemkerja_desktop.views.common.widgets import FieldErrors, hint
from sistemkerja_desktop.views.teams.labels import bentuk_label

log = logging.getLogger(__name__)

SIGNER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SignerEditor(QWidget):
    changed = Signal()  # a profile was saved or removed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._signers: list[Penandatangan] = []
        self._current_id = 0
        self.list = QListWidget()
        self.list.setMaximumWidth(230)
        self.new_button = QPushButton(self.tr("Baru"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("Nama singkat di daftar, mis. Kepala Dinas"))
        self.bentuk_combo = QComboBox()
        for b in BentukTtd:
            self.bentuk_combo.addItem(bentuk_label(b), b.value)
        self.atas_nama_edit = QPlainTextEdit()
        self.atas_nama_edit.setTabChangesFocus(True)
        self.atas_nama_edit.setFixedHeight(48)
        self.atas_nama_edit.setPlaceholderText(self.tr("KEPALA DINAS KESEHATAN\nKABUPATEN …"))
        self.jabatan_edit = QPlainTextEdit()
        self.jabatan_edit.setTabChangesFocus(True)
        self.jabatan_edit.setFixedHeight(48)
        self.jabatan_edit.setPlaceholderText(self.tr("Satu baris per baris jabatan"))
        self.nama_edit = QLineEdit()
        self.nama_edit.setPlaceholderText(self.tr("Dengan gelar, mis. dr. Hendra W., M.Kes."))
        self.nama_polos_edit = QLineEdit()
        self.nama_polos_edit.setPlaceholderText(self.tr("Untuk Keputusan (tanpa gelar); "
                                                        "kosong: otomatis"))
        self.pangkat_edit = QLineEdit()
        self.pangkat_edit.setPlaceholderText(self.tr("mis. Pembina Utama Muda (IV/c)"))
        self.nip_edit = QLineEdit()
        self.nip_edit.setPlaceholderText(self.tr("18 angka"))
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setStyleSheet("background: palette(base); border: 1px solid palette(mid); "
                                   "padding: 8px;")
        self.preview.setMinimumHeight(110)
        self.error_banner = QLabel()
        self.errors = FieldErrors(self.error_banner)
        self.save_button = QPushButton(self.tr("Simpan penandatangan"))

        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Bentuk"), self.bentuk_combo)
        self.atas_nama_label = QLabel(self.tr("Atas nama"))
        form.addRow(self.atas_nama_label, self.atas_nama_edit)
        form.addRow(self.tr("Jabatan"), self.jabatan_edit)
        form.addRow(self.tr("Nama"), self.nama_edit)
        form.addRow(self.tr("Nama tanpa gelar"), self.nama_polos_edit)
        form.addRow(self.tr("Pangkat/golongan"), self.pangkat_edit)
        form.addRow(self.tr("NIP"), self.nip_edit)
        for name, label, widget in (("nama", self.tr("Nama"), self.nama_edit),
                                    ("jabatan_atas_nama", self.tr("Atas nama"),
                                     self.atas_nama_edit)):
            self.errors.register(name, label, widget)
        self.errors.register("nip", self.tr("NIP"), self.nip_edit)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        lb = QHBoxLayout()
        lb.addWidget(self.new_button)
        lb.addWidget(self.remove_button)
        left.addLayout(lb)
        right = QVBoxLayout()
        right.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.preview, 1)
        right.addLayout(row)
        right.addWidget(self.error_banner)
        save_row = QHBoxLayout()
        save_row.addWidget(hint(self.tr("Profil ini langsung tersimpan dengan “Simpan "
                                        "penandatangan”.")), 1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.new_button.clicked.connect(self.new_signer)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button.clicked.connect(self.save_current)
        self.bentuk_combo.currentIndexChanged.connect(self._update_preview)
        for edit in (self.jabatan_edit, self.atas_nama_edit):
            edit.textChanged.connect(self._update_preview)
        for line in (self.nama_edit, self.pangkat_edit, self.nip_edit):
            line.textChanged.connect(self._update_preview)
        self.reload()

    # ---- public API
    @property
    def signers(self) -> list[Penandatangan]:
        return list(self._signers)

    def reload(self, select_id: int | None = None) -> None:
        self._signers = self._services.naskah.penandatangan()
        self.list.blockSignals(True)
        self.list.clear()
        for s in self._signers:
            item = QListWidgetItem(s.label or s.nama)
            item.setData(SIGNER_ID_ROLE, s.id)
            item.setToolTip(f"{s.nama}\n{s.jabatan}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        index = next((i for i, s in enumerate(self._signers) if s.id == select_id), 0)
        if self._signers:
            self.list.setCurrentRow(index)
            self._load(self._signers[index])
        else:
            self.new_signer()

    def new_signer(self) -> None:
        self.list.clearSelection()
        self._current_id = 0
        self._load(Penandatangan(jabatan="", nama=""))
        self.label_edit.setFocus()

    def value(self) -> Penandatangan:
        return Penandatangan(
            id=self._current_id, label=self.label_edit.text().strip(),
            jabatan=self.jabatan_edit.toPlainText().strip(), nama=self.nama_edit.text().strip(),
            nama_tanpa_gelar=self.nama_polos_edit.text().strip(),
            pangkat=self.pangkat_edit.text().strip(), nip=self.nip_edit.text().strip(),
            bentuk=BentukTtd(self.bentuk_combo.currentData()),
            jabatan_atas_nama=self.atas_nama_edit.toPlainText().strip())

    def save_current(self) -> bool:
        self.errors.clear()
        try:
            saved, _ = self._services.naskah.simpan_penandatangan(self.value())
        except SistemKerjaError as exc:
            self.errors.show(exc)
            return False
        log.info("Signer %s saved", saved.id)
        self.reload(saved.id)
        self.changed.emit()
        return True

    # ---- internals
    def _load(self, s: Penandatangan) -> None:
        self._current_id = s.id
        self.errors.clear()
        self.label_edit.setText(s.label)
        self.bentuk_combo.setCurrentIndex(max(0, self.bentuk_combo.findData(s.bentuk.value)))
        self.atas_nama_edit.setPlainText(s.jabatan_atas_nama)
        self.jabatan_edit.setPlainText(s.jabatan)
        self.nama_edit.setText(s.nama)
        self.nama_polos_edit.setText(s.nama_tanpa_gelar)
        self.pangkat_edit.setText(s.pangkat)
        self.nip_edit.setText(s.nip)
        self.remove_button.setEnabled(bool(s.id))
        self._update_preview()

    def _update_preview(self, *_: object) -> None:
        s = self.value()
        an = s.bentuk is BentukTtd.AN
        self.atas_nama_label.setVisible(an)
        self.atas_nama_edit.setVisible(an)
        lines = "<br>".join(html.escape(x) for x in s.baris_jabatan()) or "…"
        nama = html.escape(s.nama or "…")
        nip = html.escape(self.tr("NIP %1").replace("%1", s.nip)) if s.nip else ""
        self.preview.setText(f"<div align='center'>{lines}<br><br><br><b><u>{nama}</u></b><br>"
                             f"{html.escape(s.pangkat)}<br>{nip}</div>")

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._signers):
            self._load(self._signers[row])

    def _on_remove_button_clicked(self) -> None:
        if not self._current_id:
            return
        if not ask_yes_no(self, self.tr("Hapus penandatangan"), self.tr(
                "Hapus profil penandatangan ini dari pilihan? Naskah yang sudah terbit tidak "
                "berubah.")):
            return
        try:
            self._services.naskah.hapus_penandatangan(self._current_id)
        except SistemKerjaError as exc:
            self.errors.show(exc)
            return
        self.reload()
        self.changed.emit()
