"""The Berkas menu: data files (new, open, recent, the demo, copy, backup, restore, folder), the
file's history and check (*Riwayat perubahan*, *Periksa berkas data*), the exchange with other
laptops (*Kirim perubahan*, *Terima paket*; `views.paket`), the file-related entries the areas
provide (impor/ekspor pegawai, kirim roster), then Keluar.

Operations on the open file itself (copy, backup) run here through `services.files`; everything
that opens another file (or replaces this one) is only *requested* through `file_requested`: the
window controller asks about unsaved edits, opens the new file and swaps the window.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QPushButton, QWidget

from sistemkerja_desktop import paths
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.data_file_service import is_sqlite_file
from sistemkerja_desktop.services.riwayat_dto import HasilPeriksaBerkas
from sistemkerja_desktop.services.riwayat_service import RiwayatService
from sistemkerja_desktop.views.berkas_restore_dialog import RestoreDialog
from sistemkerja_desktop.views.buka_server_dialog import BukaServerDialog
from sistemkerja_desktop.views.common.messages import relabel_message_box, show_error
from sistemkerja_desktop.views.common.output import open_path, remember_folder, remembered_folder
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.recent_files import recent_files
from sistemkerja_desktop.views.paket.aksi import PaketAksi
from sistemkerja_desktop.views.riwayat_dialog import RiwayatDialog

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)

SUFFIX = ".sqlite"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BerkasMenu", text)


class FileAction(enum.Enum):
    BUKA = "buka"  # an existing file (Buka…, recent files)
    BARU = "baru"  # a new file, then the welcome form
    CONTOH = "contoh"  # the demo file (created when missing)
    PULIHKAN = "pulihkan"  # replace the open file by `backup`, then reopen it


@dataclass(frozen=True)
class FileRequest:
    action: FileAction
    path: Path
    backup: Path | None = None


class DemoImport(enum.Enum):
    BUAT_BARU = "buat_baru"
    IMPOR = "impor"
    BATAL = "batal"


def ask_import_into_demo(parent: QWidget | None) -> DemoImport:
    """Importing a DUK while the demo is open: make a Perangkat Daerah of one's own instead?"""
    box = QMessageBox(parent)
    box.setObjectName("demo_import_prompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Ini data contoh"))
    box.setText(_tr("Ini data contoh. Buat Perangkat Daerah baru untuk data Anda?"))
    box.setInformativeText(_tr(
        "Data yang diimpor ke contoh bercampur dengan pegawai rekaan. Perangkat Daerah baru "
        "disimpan di berkasnya sendiri; setelah dibuat, impor daftar pegawai ke sana."))
    new_button = box.addButton(_tr("Buat baru"), QMessageBox.ButtonRole.AcceptRole)
    keep_button = box.addButton(_tr("Tetap impor ke contoh"),
                                QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(new_button)
    relabel_message_box(box)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new_button:
        return DemoImport.BUAT_BARU
    if clicked is keep_button:
        return DemoImport.IMPOR
    return DemoImport.BATAL


def confirm_restore(parent: QWidget | None, file_name: str, when: dt.datetime) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Pulihkan dari cadangan"), _tr(
        "Ganti isi %1 dengan cadangan %2?").replace("%1", file_name)
        .replace("%2", f"{when:%d-%m-%Y %H.%M}"), QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(_tr(
        "Isi berkas yang sekarang dicadangkan dulu, jadi dapat dipulihkan kembali."))
    restore_button = box.addButton(_tr("Pulihkan"), QMessageBox.ButtonRole.AcceptRole)
    relabel_message_box(box)
    box.exec()
    return box.clickedButton() is restore_button


def _file_filter() -> str:
    return _tr("Basis data Sistem Kerja (*.sqlite *.db);;Semua berkas (*)")


class BerkasMenu(QObject):
    """Builds *Berkas* on `window`'s menu bar. `area_actions` (None = separator) come between the
    file entries and Keluar."""

    file_requested = Signal(object)  # FileRequest

    def __init__(self, window: QMainWindow, services: Services,
                 area_actions: Sequence[QAction | None], quit_action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.new_action = self._action(self.tr("Perangkat Daerah &baru…"), self.new_file,
                                       QKeySequence.StandardKey.New)
        self.open_action = self._action(self.tr("&Buka…"), self._on_open_triggered,
                                        QKeySequence.StandardKey.Open)
        self.server_action = self._action(self.tr("Buka ser&ver PostgreSQL…"),
                                          self._on_open_server_triggered)
        self.demo_action = self._action(self.tr("Buka &contoh"), self._on_demo_triggered)
        self.copy_action = self._action(self.tr("Simpan &salinan…"), self._on_copy_triggered)
        self.backup_action = self._action(self.tr("&Cadangkan sekarang"),
                                          self._on_backup_triggered)
        self.restore_action = self._action(self.tr("&Pulihkan dari cadangan…"),
                                           self._on_restore_triggered)
        self.folder_action = self._action(self.tr("Buka &folder data"),
                                          self._on_folder_triggered)
        self.riwayat_action = self._action(self.tr("&Riwayat perubahan…"),
                                           self._on_riwayat_triggered)
        self.periksa_berkas_action = self._action(self.tr("Periksa berkas &data…"),
                                                  self._on_periksa_berkas_triggered)
        self.paket = PaketAksi(window, services)  # issue #12: Kirim perubahan / Terima paket

        self.menu = window.menuBar().addMenu(self.tr("&Berkas"))
        self.menu.setObjectName("berkas_menu")
        self.recent_menu = QMenu(self.tr("Buka &terakhir"), self.menu)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.rebuild_recent)
        for entry in (self.new_action, self.open_action, self.recent_menu, self.server_action,
                      self.demo_action,
                      None, self.copy_action, self.backup_action, self.restore_action,
                      self.folder_action, None, self.riwayat_action,
                      self.periksa_berkas_action, None, self.paket.kirim_action,
                      self.paket.terima_action, None, *area_actions, None, quit_action):
            if entry is None:
                self.menu.addSeparator()
            elif isinstance(entry, QMenu):
                self.menu.addMenu(entry)
            else:
                self.menu.addAction(entry)
        self.rebuild_recent()
        # A database on a server is no file: its backups, restore and folder are the server
        # administrator's (pg_dump); Simpan salinan still writes a SQLite copy.
        for action in (self.backup_action, self.restore_action, self.folder_action):
            action.setEnabled(not services.files.server)

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    @property
    def _db_path(self) -> Path:
        return self._services.db_path

    def _request(self, action: FileAction, path: Path, backup: Path | None = None) -> None:
        log.info("File requested: %s", action.value)
        self.file_requested.emit(FileRequest(action, path, backup))

    # ---- opening other files ----------------------------------------------------------------

    def new_file(self) -> None:
        """Choose where the new Perangkat Daerah is kept; the welcome form follows."""
        default = paths.default_db_path()
        start = (default if not default.exists() or default.stat().st_size == 0
                 else self._db_path.parent / f"perangkat-daerah{SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Perangkat Daerah baru — simpan datanya di berkas"),
            str(start), _file_filter(), "", QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + SUFFIX)
        if path.exists() and path.stat().st_size > 0 and not is_sqlite_file(path):
            # an existing data file is checked when opened: it must not hold an agency yet
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Berkas sudah ada"), self.tr(
                "Berkas %1 sudah ada dan bukan berkas data Sistem Kerja. Pilih nama lain "
                "untuk Perangkat Daerah baru.").replace("%1", path.name),
                QMessageBox.StandardButton.Ok, self._window)
            relabel_message_box(box)
            box.exec()
            return
        self._request(FileAction.BARU, path)

    def _on_open_triggered(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Buka berkas data"), str(self._db_path.parent), _file_filter())
        if chosen:
            self._request(FileAction.BUKA, Path(chosen))

    def _on_open_server_triggered(self) -> None:
        target = BukaServerDialog.ask(self._window)
        if target is not None:
            self._request(FileAction.BUKA, target)

    def _on_demo_triggered(self) -> None:
        self._request(FileAction.CONTOH, paths.demo_db_path())

    def rebuild_recent(self) -> None:
        self.recent_menu.clear()
        current = self._db_path.resolve()
        files = [p for p in recent_files() if p.resolve() != current]
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path:
                                     self._request(FileAction.BUKA, p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(belum ada)"))
            empty.setEnabled(False)
        self.recent_menu.setToolTipsVisible(True)

    # ---- the open file ----------------------------------------------------------------------

    def _on_copy_triggered(self) -> None:
        suggested = f"{self._db_path.stem}-salinan-{dt.date.today():%Y%m%d}{SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Simpan salinan berkas data"),
            str(remembered_folder("salinan") / suggested), _file_filter())
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_name(target.name + SUFFIX)
        try:
            self._services.files.save_copy(target)
        except SistemKerjaError as exc:
            show_error(self._window, exc, self.tr("Salinan tidak dibuat"))
            return
        remember_folder("salinan", target.parent)
        self._done(self.tr("Salinan berkas data disimpan."), target)

    def _on_backup_triggered(self) -> None:
        try:
            backup = self._services.files.backup_now()
        except SistemKerjaError as exc:
            show_error(self._window, exc, self.tr("Cadangan tidak dibuat"))
            return
        self._window.statusBar().showMessage(
            self.tr("Cadangan dibuat: %1").replace("%1", backup.name), 8000)
        self._done(self.tr("Cadangan dibuat. Pulihkan kapan saja lewat Berkas › Pulihkan dari "
                           "cadangan."), backup)

    def _on_restore_triggered(self) -> None:
        chosen = RestoreDialog.ask(self._services.files.backups(), self._db_path, self._window)
        if chosen is None:
            return
        if confirm_restore(self._window, self._db_path.name, chosen.waktu):
            self._request(FileAction.PULIHKAN, self._db_path, chosen.path)

    def _on_folder_triggered(self) -> None:
        open_path(self._db_path.parent)

    # ---- history and check ------------------------------------------------------------------

    def _on_riwayat_triggered(self) -> None:
        RiwayatDialog.tampilkan(self._services, self._window)

    def _on_periksa_berkas_triggered(self) -> None:
        """SQLite's integrity check and the audit chain, in the background (a large file takes
        a few seconds); the result in a message box."""
        service = RiwayatService(self._services.ctx)
        self.periksa_berkas_action.setEnabled(False)

        def done(hasil: HasilPeriksaBerkas) -> None:
            self.periksa_berkas_action.setEnabled(True)
            self.show_periksa_berkas(hasil)

        def failed(exc: BaseException) -> None:
            self.periksa_berkas_action.setEnabled(True)
            show_error(self._window, exc, self.tr("Berkas data tidak dapat diperiksa"))

        run_output(self._window, self.tr("Memeriksa berkas data…"), service.periksa_berkas,
                   on_done=done, on_failure=failed)

    def show_periksa_berkas(self, hasil: HasilPeriksaBerkas) -> None:
        lines = hasil.baris_laporan()
        if hasil.ok:
            icon, text = QMessageBox.Icon.Information, self.tr(
                "Berkas data utuh: struktur berkas baik dan log audit (%1 baris) tidak diubah "
                "di luar aplikasi.").replace("%1", str(hasil.baris_audit))
        else:
            icon = QMessageBox.Icon.Warning
            parts = []
            if not hasil.integritas_ok:
                parts.append(self.tr("Struktur berkas rusak (pemeriksaan SQLite)."))
            if not hasil.rantai_ok:
                parts.append(self.tr("Log audit diubah di luar aplikasi: %1")
                             .replace("%1", hasil.pesan_rantai))
            text = " ".join(parts)
        box = QMessageBox(icon, self.tr("Periksa berkas data"), text,
                          QMessageBox.StandardButton.Close, self._window)
        box.setObjectName("periksa_berkas_hasil")
        box.setInformativeText(lines[-1])
        box.setDetailedText("\n".join(lines))
        relabel_message_box(box)
        box.exec()

    def _done(self, text: str, path: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Berkas data"), text,
                          QMessageBox.StandardButton.Close, self._window)
        box.setObjectName("berkas_done")
        box.setInformativeText(self.tr("Berkas: %1").replace("%1", str(path)))
        folder_button = QPushButton(self.tr("Buka folder"))
        box.addButton(folder_button, QMessageBox.ButtonRole.ActionRole)
        relabel_message_box(box)
        box.exec()
        if box.clickedButton() is folder_button:
            open_path(path.parent)
