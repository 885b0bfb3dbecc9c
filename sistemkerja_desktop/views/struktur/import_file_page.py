"""Import wizard step 1: the file. *Lanjut* reads it (`ImportWizard.load_preview`: in the
background, with a progress dialog and *Batal*); a file that cannot be read or is beyond the
reader's limits stays on this page with the reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from sistemkerja_desktop.views.common.widgets import ERROR_STYLE, hint

if TYPE_CHECKING:
    from sistemkerja_desktop.views.struktur.import_wizard import ImportWizard


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wiz = wizard
        self.setTitle(self.tr("Pilih berkas Excel"))
        self.setSubTitle(self.tr("Daftar pegawai dalam berkas .xlsx, misalnya DUK atau unduhan "
                                 "SIASN."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Lokasi berkas .xlsx"))
        self.browse_button = QPushButton(self.tr("Pilih berkas…"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addSpacing(8)
        layout.addWidget(hint(self.tr(
            "Kolom wajib: <b>NIP</b>, <b>NAMA</b>, <b>JABATAN</b> dan <b>UNIT KERJA</b>. Kolom "
            "lain dipakai bila ada: GELAR DEPAN/BELAKANG, PANGKAT, GOL/RUANG, JENIS JABATAN, "
            "JENJANG, NIP ATASAN, UNOR INDUK, STATUS, PENDIDIKAN, EMAIL, TELEPON, KOMPETENSI, "
            "TMT dan DASAR KEDUDUKAN.")))
        layout.addWidget(hint(self.tr(
            "Unit boleh ditulis sebagai jalur (“Sekretariat / Subbagian Umum”, juga dengan "
            "“/”, “\\” atau “>”); nama Perangkat Daerah di depannya berarti unit teratas. Bila "
            "hanya nama unit terendah (cara SIASN), induknya disimpulkan dari NIP ATASAN "
            "pimpinan unit; susunannya ditampilkan sebelum impor.")))
        layout.addWidget(hint(self.tr(
            "Judul kolom boleh ditulis dengan ejaan yang biasa dipakai (mis. “Gol. Ruang”, "
            "“Unor”, “NIP Baru”); baris kop dan judul di atas tabel dilewati. NIP sebaiknya "
            "diketik sebagai teks agar 18 digitnya utuh.")))
        layout.addWidget(hint(self.tr(
            "Pegawai yang NIP-nya sudah ada akan diperbarui; yang belum ada akan ditambahkan. "
            "Tidak ada data yang ditulis sebelum Anda menekan “Impor”.")))
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._on_path_edit_text_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        return self._wiz.load_preview(Path(self.path_edit.text().strip()))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_path_edit_text_changed(self, _text: str) -> None:
        self.show_error("")
        self.completeChanged.emit()

    def _on_browse_button_clicked(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas daftar pegawai"),
                                              start, self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            self.path_edit.setText(path)
