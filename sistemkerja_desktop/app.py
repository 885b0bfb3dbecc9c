"""Composition root of the GUI: logging, QApplication, locale and catalogues, crash dialog, open and
migrate the database, build the services, first-run welcome, main window. Which file is open (and
switching to another from the Berkas menu) is the window controller's job
(views/window_controller.py); it gets `open_services` and the window factory from here.

    sistemkerja-desktop [--db BERKAS] [--demo-jika-kosong] [--self-test] [--debug]

Exit codes: 0 normal end (also when the user leaves the welcome dialog); 1 an unexpected error
at start-up or a failed self-test; 2 the database cannot be opened (e.g. written by a newer
version), the demo cannot be created, or bad command-line usage.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import NoReturn

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from sistemkerja_desktop import __version__, paths, qt_check
from sistemkerja_desktop.db.server import is_server, parse_target
from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import Services, build_services
from sistemkerja_desktop.views.common.i18n import apply_indonesian_locale, install_translators
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import CrashDialog
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.open_problem_dialog import open_or_recover
from sistemkerja_desktop.views.settings_dialog import saved_user_name
from sistemkerja_desktop.views.window_controller import Start, WindowController

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

APP_NAME = "Sistem Kerja Desktop"
DEMO_ENV = "SISTEMKERJA_DEMO_JIKA_KOSONG"
BENCH_EXIT_ENV = "SISTEMKERJA_KELUAR_SETELAH_TAMPIL"  # benchmarks only
LOG_FILE = "sistemkerja.log"
EXIT_OK, EXIT_ERROR, EXIT_DB = 0, 1, 2


@dataclass(frozen=True)
class Options:
    db: Path
    demo_jika_kosong: bool = False
    self_test: bool = False
    debug: bool = False
    qt_args: list[str] = field(default_factory=list)


class _Parser(argparse.ArgumentParser):
    """argparse with Indonesian framing; usage errors exit with code 2."""

    def format_help(self) -> str:
        return (super().format_help().replace("usage:", "Penggunaan:")
                .replace("options:", "Opsi:")
                .replace("show this help message and exit", "tampilkan bantuan ini lalu keluar")
                .replace("show program's version number and exit", "tampilkan versi lalu keluar"))

    def error(self, message: str) -> NoReturn:
        message = message.replace("expected one argument", "perlu satu nilai")
        self.exit(EXIT_DB, f"{self.prog}: galat: {message}\n")


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "ya", "yes", "true", "on"}


def parse_args(argv: Sequence[str] | None = None) -> Options:
    parser = _Parser(prog="sistemkerja-desktop",
                     description="Sistem Kerja Desktop — aplikasi Perangkat Daerah.")
    parser.add_argument("--db", metavar="BERKAS",
                        help="berkas basis data SQLite, atau server PostgreSQL postgresql://"
                             "pengguna@server/basisdata (bawaan: $SISTEMKERJA_DB atau folder data "
                             "pengguna)")
    parser.add_argument("--demo-jika-kosong", action="store_true",
                        help=f"bila berkas belum berisi data, buka contoh Dinas Kesehatan "
                             f"Kabupaten Contoh dari berkasnya sendiri (contoh.sqlite; dibuat "
                             f"bila belum ada) — berkas data Anda tidak diubah "
                             f"(juga: {DEMO_ENV}=1)")
    parser.add_argument("--self-test", action="store_true",
                        help="uji mandiri: basis data sementara, jendela utama tanpa layar, "
                             "lalu keluar")
    parser.add_argument("--debug", action="store_true", help="catatan (log) terperinci")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, qt_args = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    return Options(db=_database(parser, args.db),
                   demo_jika_kosong=args.demo_jika_kosong or _truthy(os.environ.get(DEMO_ENV)),
                   self_test=args.self_test, debug=args.debug, qt_args=qt_args)


def _database(parser: _Parser, value: str | None) -> Path:
    """`--db` (a file, or a `postgresql://…` server: db/server.py), else $SISTEMKERJA_DB, else
    the user's data file; a broken address is a usage error (exit 2)."""
    env = os.environ.get(paths.DB_ENV, "")
    if not value and "://" not in env:
        return paths.default_db_path()
    try:
        target = parse_target(value or env)
    except SistemKerjaError as exc:
        parser.error(exc.message)
    return target if is_server(target) else target.expanduser()


# ---- logging ------------------------------------------------------------------------------

def configure_logging(debug: bool = False, *, to_file: bool = True) -> list[logging.Handler]:
    """Rotating file in the user log directory (+ stderr when there is one). Returns the handlers
    added to the root logger so the caller can remove them."""
    root = logging.getLogger()
    handlers: list[logging.Handler] = []
    fmt = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    if to_file:
        try:
            log_dir = paths.log_dir()
            log_dir.mkdir(parents=True, exist_ok=True)
            file_handler = logging.handlers.RotatingFileHandler(
                log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        except OSError as exc:  # a read-only profile must not stop the app
            print(f"Catatan tidak dapat ditulis: {exc}", file=sys.stderr)
        else:
            file_handler.setFormatter(fmt)
            handlers.append(file_handler)
    if sys.stderr is not None and not getattr(sys, "frozen", False):
        console = logging.StreamHandler()
        console.setFormatter(fmt)
        console.setLevel(logging.DEBUG if debug else logging.WARNING)
        handlers.append(console)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return handlers


def log_file_path(handlers: Sequence[logging.Handler]) -> str:
    for handler in handlers:
        if isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    return ""


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


# Harmless platform-plugin chatter (offscreen: propagateSizeHints, raise, setPos …) is logged
# at DEBUG, not as a warning.
_QT_NOISE = ("This plugin does not support ",)


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = logging.DEBUG if message.startswith(_QT_NOISE) else _QT_LEVELS.get(mode,
                                                                               logging.WARNING)
    qt_log.log(level, "%s", message)


# ---- crash dialog -------------------------------------------------------------------------

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def make_excepthook(log_file: str = "") -> ExceptHook:
    """Known errors → message box; anything else → logged + crash dialog with copyable details."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None or showing:
            sys.__excepthook__(exc_type, exc, tb)
            return
        parent: QWidget | None = QApplication.activeWindow()
        showing = True
        try:
            if isinstance(exc, SistemKerjaError):
                log.warning("Unhandled known error: %s", exc.code)
                show_error(parent, exc)
                return
            log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            details = f"{APP_NAME} {__version__}, Python {sys.version.split()[0]}\n\n{details}"
            CrashDialog(f"{exc_type.__name__}: {exc}", details, log_file, parent).exec()
        except Exception:  # the dialog itself failed: fall back to the console
            sys.__excepthook__(exc_type, exc, tb)
        finally:
            showing = False

    return hook


# ---- start-up -----------------------------------------------------------------------------

def ensure_application(qt_args: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "sistemkerja-desktop", *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SistemKerjaDesktop")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "sistemkerja.png"))))
    apply_indonesian_locale()
    _use_fallback_fonts(app)
    return app


def open_services(db_path: Path, parent: QWidget | None = None, *, create: bool = True,
                  take_over: bool = False) -> Services | None:
    """Open + migrate + take the file's lock (another window has it: read-only). A known
    failure is explained — with the automatic backups when one may help — and None returned.
    `create` False: a missing file is "tidak ditemukan", never created."""
    def attempt(read_only_reason: str) -> Services:
        return build_services(db_path, create=create, read_only_reason=read_only_reason,
                              lock=True, take_over=take_over, pengguna=saved_user_name())

    return open_or_recover(attempt, db_path, parent, show_error, QCoreApplication.translate(
        "App", "Basis data tidak dapat dibuka"))


def run_event_loop(app: QApplication) -> int:
    return app.exec()


def _catalogue_loads() -> bool:
    """The compiled Indonesian catalogue, where the build put one, loads (a frozen build has it;
    a checkout may not)."""
    from PySide6.QtCore import QTranslator

    from sistemkerja_desktop.views.common.i18n import CATALOGUE

    path = paths.resource("i18n", CATALOGUE)
    return not path.exists() or QTranslator().load(str(path))


def self_test() -> int:
    """Temporary database, migrations, the demo, the main window built offscreen, a backup, the
    catalogue; 0 when all of that worked (the smoke test of a frozen build)."""
    if not _catalogue_loads():
        log.error("Catalogue %s does not load", "sistemkerja_id.qm")
        return EXIT_ERROR
    with tempfile.TemporaryDirectory(prefix="sistemkerja-uji-") as tmp:
        services = build_services(Path(tmp) / "uji.sqlite")
        try:
            services.demo.create_demo()
            window = MainWindow(services)
            window.show()
            QApplication.processEvents()
            ok = (services.agency.has_agency() and bool(window.windowTitle())
                  and services.files.backup_now().is_file())  # sqlite3's backup API works
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        finally:
            services.close()
    return EXIT_OK if ok else EXIT_ERROR


def _run_self_test(opts: Options) -> int:
    created_offscreen = QApplication.instance() is None and "QT_QPA_PLATFORM" not in os.environ
    if created_offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        ensure_application(opts.qt_args)
        rc = self_test()
    except Exception:
        log.exception("Self-test failed")
        traceback.print_exc()
        rc = EXIT_ERROR
    finally:
        if created_offscreen:
            os.environ.pop("QT_QPA_PLATFORM", None)
    print("Uji mandiri berhasil." if rc == EXIT_OK else "Uji mandiri GAGAL.")
    return rc


def make_window(services: Services) -> MainWindow:
    return MainWindow(services)


def _run_gui(app: QApplication, opts: Options) -> int:
    controller = WindowController(open_services, make_window)
    try:
        started = controller.start(opts.db, opts.demo_jika_kosong)
        if started is Start.FAILED:
            return EXIT_DB
        if started is Start.LEFT:
            log.info("Welcome dialog left without data")
            return EXIT_OK
        window = controller.window
        if _truthy(os.environ.get(BENCH_EXIT_ENV)) and window is not None:
            # benchmarks/: cold start to first paint
            QTimer.singleShot(0, lambda: (window.repaint(), app.quit()))
        return run_event_loop(app)
    finally:
        controller.close()


def _use_fallback_fonts(app: QApplication) -> None:
    """Names in Arabic, CJK or with emoji show in tables and forms too on a PC without such
    fonts: the shipped fallback fonts follow the default family."""
    from sistemkerja_desktop.render.gaya import fallback_families

    font = app.font()
    font.setFamilies([font.family(), *fallback_families()])
    app.setFont(font)


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(argv)
    root_level = logging.getLogger().level
    handlers = configure_logging(opts.debug, to_file=not opts.self_test)
    previous_qt_handler = qInstallMessageHandler(_qt_message_handler)
    previous_hook = sys.excepthook
    log.info("%s %s starting", APP_NAME, __version__)
    try:
        if opts.self_test:
            return _run_self_test(opts)
        if QApplication.instance() is None:
            problem = qt_check.qt_runtime_problem()
            if problem:  # Qt would abort the process with an English message
                log.error("Qt cannot start: system libraries missing")
                print(problem, file=sys.stderr)
                return EXIT_ERROR
        app = ensure_application(opts.qt_args)
        translators = install_translators(app)  # noqa: F841 - must stay alive while running
        hook = make_excepthook(log_file_path(handlers))
        sys.excepthook = hook
        try:
            return _run_gui(app, opts)
        except Exception as exc:  # a bug during start-up: same crash dialog as in the event loop
            hook(type(exc), exc, exc.__traceback__)
            return EXIT_ERROR
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_qt_handler)
        for handler in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
        logging.getLogger().setLevel(root_level)
