"""An empty data file (first run, or Berkas › Perangkat Daerah baru…): create the Perangkat Daerah
in it, open the fictional example (which lives in its own file, never this one), or open another
data file."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common.messages import relabel_buttons
from sistemkerja_desktop.views.common.widgets import (
    JENIS_PD,
    FieldErrors,
    ProfileChooser,
    guess_jenis_pd,
    heading,
    hint,
)

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)

CARD_STYLE = ("QFrame#%s { background: palette(base); border: 1px solid palette(mid); "
              "border-radius: 8px; }")


def _card(name: str) -> QFrame:
    card = QFrame()
    card.setObjectName(name)
    card.setStyleSheet(CARD_STYLE % name)
    return card


class WelcomeAction(enum.Enum):
    CREATED = "dibuat"  # the Perangkat Daerah now exists in this file
    DEMO = "contoh"  # open the demo file instead (paths.demo_db_path())
    OPEN = "buka"  # open another existing data file (`path`)


@dataclass(frozen=True)
class WelcomeResult:
    action: WelcomeAction
    path: Path | None = None


class WelcomeDialog(QDialog):
    """`ask()` returns what the user chose, or None when they left without choosing. Only
    *Buat Perangkat Daerah* writes to this file; the demo is opened from its own file."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 leave_text: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.changes: Changes | None = None
        self.result_value: WelcomeResult | None = None
        self._jenis_touched = False
        self.setWindowTitle(self.tr("Selamat datang — Sistem Kerja Desktop"))
        self.setMinimumSize(900, 520)

        intro = hint(self.tr(
            "Berkas basis data ini masih kosong. Isi identitas Perangkat Daerah Anda untuk "
            "mulai bekerja, atau buka contoh untuk melihat cara kerja aplikasi lebih dulu."))
        intro.setStyleSheet("")
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self._new_card(), 3)
        columns.addWidget(self._demo_card(), 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        relabel_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            leave_text or self.tr("Keluar"))
        self.open_button = self.buttons.addButton(self.tr("Buka berkas lain…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        path_hint = hint(self.tr("Berkas data: %1").replace("%1", services.db_path.name))
        path_hint.setToolTip(str(services.db_path))
        footer.addWidget(path_hint, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Selamat datang di Sistem Kerja Desktop"), 6))
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(footer)

        self.nama_edit.textChanged.connect(self._on_nama_edit_text_changed)
        self.jenis_combo.activated.connect(self._on_jenis_combo_activated)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.nama_edit.setFocus()

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None,
            leave_text: str = "") -> WelcomeResult | None:
        dialog = cls(services, parent, leave_text)
        dialog.exec()
        return dialog.result_value

    # ---- construction -------------------------------------------------------------------

    def _new_card(self) -> QFrame:
        card = _card("newCard")
        self.nama_edit = QLineEdit()
        self.nama_edit.setPlaceholderText(self.tr("mis. Dinas Kesehatan"))
        self.jenis_combo = QComboBox()
        self.jenis_combo.setEditable(True)
        self.jenis_combo.addItems(JENIS_PD)
        self.pemda_edit = QLineEdit()
        self.pemda_edit.setPlaceholderText(self.tr("mis. Kabupaten Bungo"))
        self.tempat_edit = QLineEdit()
        self.tempat_edit.setPlaceholderText(self.tr("mis. Muara Bungo"))
        self.profile_chooser = ProfileChooser(self.services.agency.profiles())
        self.create_button = QPushButton(self.tr("Buat Perangkat Daerah"))
        self.create_button.setDefault(True)
        self.error_banner = QLabel()
        self.errors = FieldErrors(self.error_banner)
        for name, label, widget in (
            ("nama", self.tr("Nama Perangkat Daerah"), self.nama_edit),
            ("jenis", self.tr("Jenis"), self.jenis_combo),
            ("pemda", self.tr("Pemerintah daerah"), self.pemda_edit),
            ("profil", self.tr("Profil peraturan"), self.profile_chooser.combo),
            ("tempat_penetapan", self.tr("Tempat penetapan"), self.tempat_edit),
        ):
            self.errors.register(name, label, widget)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Nama Perangkat Daerah"), self.nama_edit)
        form.addRow(self.tr("Jenis"), self.jenis_combo)
        form.addRow(self.tr("Pemerintah daerah"), self.pemda_edit)
        form.addRow(self.tr("Profil peraturan"), self.profile_chooser)
        form.addRow(self.tr("Tempat penetapan"), self.tempat_edit)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("Perangkat Daerah baru"), 2))
        layout.addWidget(hint(self.tr(
            "Alamat, kop naskah dan logo dapat dilengkapi nanti di menu Data › Pengaturan "
            "Perangkat Daerah.")))
        layout.addLayout(form)
        layout.addWidget(self.error_banner)
        layout.addStretch(1)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        return card

    def _demo_card(self) -> QFrame:
        card = _card("demoCard")
        self.demo_button = QPushButton(self.tr("Buka contoh"))
        text = QLabel(self.tr(
            "<p><b>Dinas Kesehatan Kabupaten Contoh</b> adalah Perangkat Daerah fiktif dengan "
            "unit kerja, puskesmas, pegawai dan kedudukannya — cocok untuk mencoba impor, "
            "pemeriksaan kedudukan dan pengaturan.</p>"
            "<p>Nama dan NIP di dalamnya rekaan. Contoh disimpan di berkasnya sendiri "
            "(contoh.sqlite), terpisah dari data Anda; judul jendela menandainya CONTOH.</p>"))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(self.tr("Coba dengan contoh"), 2))
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignRight)
        return card

    # ---- slots --------------------------------------------------------------------------

    def _on_nama_edit_text_changed(self, text: str) -> None:
        if not self._jenis_touched:
            guess = guess_jenis_pd(text)
            if guess:
                self.jenis_combo.setCurrentText(guess)

    def _on_jenis_combo_activated(self, _index: int) -> None:
        self._jenis_touched = True

    def value(self) -> PerangkatDaerah:
        return PerangkatDaerah(
            nama=self.nama_edit.text().strip(), pemda=self.pemda_edit.text().strip(),
            profil=self.profile_chooser.current_code(),
            jenis=self.jenis_combo.currentText().strip() or JENIS_PD[0],
            tempat_penetapan=self.tempat_edit.text().strip())

    def _on_create_button_clicked(self) -> None:
        self.errors.clear()
        try:
            self.services.agency.create_agency(self.value())
        except SistemKerjaError as exc:
            log.info("Agency not created: %s (%s)", exc.code, getattr(exc, "field", None))
            self.errors.show(exc)
            return
        log.info("Agency created")
        self.changes = Changes.everything()
        self.result_value = WelcomeResult(WelcomeAction.CREATED)
        self.accept()

    def _on_demo_button_clicked(self) -> None:
        self.result_value = WelcomeResult(WelcomeAction.DEMO)
        self.accept()

    def _on_open_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Buka berkas data"), str(self.services.db_path.parent),
            self.tr("Basis data Sistem Kerja (*.sqlite *.db);;Semua berkas (*)"))
        if chosen:
            self.result_value = WelcomeResult(WelcomeAction.OPEN, Path(chosen))
            self.accept()
