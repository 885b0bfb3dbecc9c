"""Which data file is open, and the one main window over it.

The controller opens the first file at start-up (the user's file, the demo, or the welcome form on
an empty file) and switches files on a window's `open_file_requested`: unsaved edits are asked
about first, the new file is opened (a file that cannot be opened is explained and the current one
stays open), a new `MainWindow` is built over new services and only then is the old window closed
and its services released. Restoring a backup goes the same way after the current file is backed
up and replaced.

The services come from `open_services(path, parent, create=…, take_over=…)` and windows from
`make_window(services)`, both given by the composition root (app.py): the views never open a
database themselves. Only *Perangkat Daerah baru*, *Buka contoh* and the first start (whose
welcome form is the new-file form) may create a file; *Buka…*, recent files and the welcome's
*Buka berkas lain* never do ("tidak ditemukan"). A window opened read-only because another
window holds the file offers *Ambil alih* when that lock looks abandoned.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from sistemkerja_desktop import paths
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.data_file_service import remove_empty_database, restore_backup
from sistemkerja_desktop.services.open_recovery import keep_damaged_copy
from sistemkerja_desktop.views.berkas_menu import FileAction, FileRequest
from sistemkerja_desktop.views.common.messages import ask_yes_no, show_error, show_info
from sistemkerja_desktop.views.common.recent_files import add_recent_file
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.welcome_dialog import WelcomeAction, WelcomeDialog

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

log = logging.getLogger(__name__)

PREFERRED_SIZE = QSize(1280, 800)


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowController", text)


class Start(enum.Enum):
    OPENED = "dibuka"
    LEFT = "ditinggalkan"  # the welcome form was left without data
    FAILED = "gagal"  # the file (or the demo) could not be opened; the user was told


def fitted_geometry(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect | None:
    """Where a new main window goes: centred at `preferred` size when that fits the available
    screen area with room to spare, else None (= open maximised). Never larger than available."""
    if (preferred.width() + 40 > available.width()
            or preferred.height() + 60 > available.height()):
        return None
    rect = QRect(0, 0, preferred.width(), preferred.height())
    rect.moveCenter(available.center())
    return rect


def show_fitted(window: QWidget, like: QWidget | None = None) -> None:
    """Show `window` where `like` was (same size / maximised), or fitted to its screen."""
    if like is not None:
        if like.isMaximized():
            window.showMaximized()
        else:
            window.setGeometry(like.geometry())
            window.show()
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    rect = fitted_geometry(screen.availableGeometry()) if screen is not None else None
    if rect is None:
        window.showMaximized()
    else:
        window.setGeometry(rect)
        window.show()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


class WindowController(QObject):
    def __init__(self, open_services: Callable[..., Services | None],
                 make_window: Callable[[Services], MainWindow],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_services = open_services
        self._make_window = make_window
        self.window: MainWindow | None = None
        self.services: Services | None = None
        self._left_welcome = False  # the last welcome form was left without a choice

    # ---- start-up ---------------------------------------------------------------------------

    def start(self, path: Path, demo_jika_kosong: bool = False) -> Start:
        """Open `path` and show the window. With `demo_jika_kosong`, a file without data is left
        as it is (never created) and the demo file is opened instead. A file this start created
        is removed again when the welcome form is left without a Perangkat Daerah."""
        existed = path.exists()
        started = self._start(path, demo_jika_kosong)
        if started is not Start.OPENED and not existed and path.exists():
            remove_empty_database(path)
        return started

    def _start(self, path: Path, demo_jika_kosong: bool) -> Start:
        if demo_jika_kosong:
            if path.exists() and path.stat().st_size > 0:
                services = self._open_services(path, None, create=False)
                if services is None:
                    return Start.FAILED
                if services.agency.has_agency():
                    return self._show_first(services)
                services.close()
            log.info("No data in the data file: opening the demo file")
            services = self._prepare(paths.demo_db_path(), demo=True, parent=None)
            return Start.FAILED if services is None else self._show_first(services)
        services = self._open_services(path, None)
        if services is None:
            return Start.FAILED
        prepared = self._ensure_agency(services, demo=False, parent=None, leave_text="")
        if prepared is None:
            return Start.LEFT if self._left_welcome else Start.FAILED
        return self._show_first(prepared)

    def _show_first(self, services: Services) -> Start:
        return Start.OPENED if self._swap(services) else Start.FAILED

    def close(self) -> None:
        """At the end of the event loop: release the open file."""
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if self.services is not None:
            self.services.close()
            self.services = None

    # ---- opening a file ---------------------------------------------------------------------

    def _prepare(self, path: Path, *, demo: bool, parent: QWidget | None,
                 leave_text: str = "") -> Services | None:
        services = self._open_services(path, parent, create=demo)
        if services is None:
            return None
        return self._ensure_agency(services, demo=demo, parent=parent, leave_text=leave_text)

    def _ensure_agency(self, services: Services, *, demo: bool, parent: QWidget | None,
                       leave_text: str) -> Services | None:
        """`services` once its file holds a Perangkat Daerah (or other services when the user
        chose the demo or another file in the welcome form); None, closed, otherwise."""
        self._left_welcome = False
        try:
            if services.agency.has_agency():
                return services
            if demo:
                log.info("Empty demo file: creating the demo agency")
                services.demo.create_demo()
                return services
        except SistemKerjaError as exc:
            services.close()
            show_error(parent, exc, _tr("Contoh tidak dapat dibuat"))
            return None
        while True:
            choice = WelcomeDialog.ask(services, parent, leave_text)
            if choice is None:
                services.close()
                self._left_welcome = True
                return None
            if choice.action is WelcomeAction.CREATED:
                return services
            demo = choice.action is WelcomeAction.DEMO
            target = paths.demo_db_path() if demo else choice.path
            assert target is not None
            if _same_file(target, services.db_path):
                continue
            other = self._prepare(target, demo=demo, parent=parent, leave_text=leave_text)
            if other is not None or self._left_welcome:
                services.close()
                return other
            # the other file could not be opened (the user was told): back to this form

    def _swap(self, services: Services) -> bool:
        """A new window over `services`; the old window (its edits already answered) and its
        services are closed after the new one is shown. False (services closed, the user told)
        when the window cannot be built, e.g. a damaged file read-only fails to load."""
        old_window, old_services = self.window, self.services
        try:
            window = self._make_window(services)
        except SistemKerjaError as exc:
            services.close()
            show_error(old_window, exc, _tr("Berkas data tidak dapat ditampilkan"))
            return False
        window.open_file_requested.connect(self.open_file)
        window.take_over_requested.connect(self._take_over)
        self.window, self.services = window, services
        show_fitted(window, old_window)
        if old_window is not None:
            old_window.close_confirmed()
            old_window.deleteLater()
        if old_services is not None and old_services is not services:
            old_services.close()
        if not _same_file(services.db_path, paths.demo_db_path()):
            add_recent_file(services.db_path)
        log.info("Data file open: %s%s", services.db_path.name,
                 " (read-only)" if services.read_only_reason else "")
        return True

    def open_file(self, request: FileRequest) -> bool:
        """Carry out a window's request; True when another (or the restored) file is now open."""
        window, current = self.window, self.services
        assert window is not None and current is not None
        if request.action is FileAction.PULIHKAN:
            return self._restore(request)
        if _same_file(request.path, current.db_path):
            show_info(window, _tr("Berkas data"),
                      _tr("Berkas %1 sudah terbuka.").replace("%1", request.path.name))
            return False
        if not window.confirm_unsaved(_tr("membuka berkas lain")):
            return False
        existed = request.path.exists() and request.path.stat().st_size > 0
        # only a new Perangkat Daerah or the demo make a file; Buka never does
        opened = self._open_services(request.path, window,
                                     create=request.action is not FileAction.BUKA)
        if opened is None:
            return False
        if request.action is FileAction.BARU and opened.agency.has_agency():
            opened.close()  # a new Perangkat Daerah never goes into a file that has one
            show_info(window, _tr("Berkas data"), _tr(
                "Berkas %1 sudah berisi data Perangkat Daerah. Pilih nama lain untuk Perangkat "
                "Daerah baru, atau buka berkas itu lewat Berkas › Buka.")
                .replace("%1", request.path.name))
            return False
        services = self._ensure_agency(opened, demo=request.action is FileAction.CONTOH,
                                       parent=window, leave_text=_tr("Batal"))
        if services is None:
            if request.action is FileAction.BARU and not existed:
                remove_empty_database(request.path)  # the new file was left unused
            return False
        return self._swap(services)

    def _restore(self, request: FileRequest) -> bool:
        window, current = self.window, self.services
        assert window is not None and current is not None and request.backup is not None
        if current.lock_holder is not None:  # another window has the file: not from here
            show_info(window, _tr("Pulihkan dari cadangan"), _tr(
                "%1. Cadangan hanya dapat dipulihkan dari jendela yang membukanya.")
                .replace("%1", current.read_only_reason))
            return False
        if not window.confirm_unsaved(_tr("memulihkan cadangan")):
            return False
        path = current.db_path
        try:
            safety: Path | None = current.files.backup_now()
        except SistemKerjaError as exc:
            if not current.damaged:
                show_error(window, exc, _tr("Cadangan tidak dapat dipulihkan"))
                return False
            safety = None  # a damaged file has no consistent copy: kept byte for byte below
        current.close()  # nothing may hold the file while it is replaced
        try:
            if safety is None:
                safety = keep_damaged_copy(path)
            restore_backup(request.backup, path)
        except SistemKerjaError as exc:
            show_error(window, exc, _tr("Cadangan tidak dapat dipulihkan"))
            safety = None  # the data file was not touched
        services = self._open_services(path, window, create=False)
        if services is None and safety is not None and not current.damaged:
            restore_backup(safety, path)  # the restored copy does not open: undo
            services = self._open_services(path, window, create=False)
        if services is None or not self._swap(services):
            return False
        if safety is not None:
            self.window.statusBar().showMessage(  # type: ignore[union-attr]
                _tr("Cadangan dipulihkan. Isi sebelumnya disimpan sebagai %1.")
                .replace("%1", safety.name), 15000)
        return safety is not None

    def _take_over(self) -> bool:
        """*Ambil alih*: the lock of another laptop, old enough to be a leftover, becomes ours
        and the file is reopened for writing."""
        window, current = self.window, self.services
        assert window is not None and current is not None
        holder = current.lock_holder
        if holder is None or not ask_yes_no(window, _tr("Ambil alih berkas data"), _tr(
                "Berkas %1 tercatat dibuka oleh %2 di %3. Ambil alih hanya bila aplikasi di "
                "sana sudah tidak membukanya; bila masih, perubahan dari dua tempat dapat "
                "saling menimpa. Ambil alih?").replace("%1", current.db_path.name)
                .replace("%2", holder.name).replace("%3", holder.host)):
            return False
        opened = self._open_services(current.db_path, window, create=False, take_over=True)
        if opened is None:
            return False
        log.info("Lock taken over from %s", holder.host)
        return self._swap(opened)
