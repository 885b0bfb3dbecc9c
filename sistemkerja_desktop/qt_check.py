"""Can Qt start here? Checked before the QApplication exists, without importing Qt.

When a shared library that Qt's platform plugin needs is missing, Qt aborts the process with an
English "could not load the Qt platform plugin" message that names no package. On Linux we look
for the libraries first and, when some are missing, return an Indonesian message naming the
Debian/Ubuntu packages to install (the same list `packaging/dev.py app` installs):

    problem = qt_check.qt_runtime_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_ERROR

Offscreen/minimal platforms (tests, `--self-test`) need only the base libraries; Wayland sessions
do not need the xcb ones.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Mapping

# soname → Debian/Ubuntu package. What QtGui/QtWidgets link against:
BASE_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# … and what the xcb (X11) platform plugin needs (`ldd libqxcb.so libQt6XcbQpa.so.6`):
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
_SONAME = re.compile(r"lib[\w.+-]*?\.so\.\d+")


def _can_load(soname: str) -> bool:
    """dlopen by soname: the same search (ld.so.cache, LD_LIBRARY_PATH) Qt's loader uses."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def platform_name(environ: Mapping[str, str]) -> str:
    """The platform plugin Qt will load: `QT_QPA_PLATFORM` (first of a `;` list, without
    `:options`), else wayland in a Wayland session, else xcb."""
    requested = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if requested:
        return requested
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def needed_libraries(platform: str) -> dict[str, str]:
    """xcb needs its own libraries; offscreen/minimal (tests, `--self-test`), wayland and the
    framebuffer platforms only the base ones."""
    if platform == "xcb":
        return BASE_LIBRARIES | XCB_LIBRARIES
    return dict(BASE_LIBRARIES)


def missing_packages(environ: Mapping[str, str] | None = None,
                     can_load: Callable[[str], bool] = _can_load) -> list[str]:
    """Debian packages whose libraries cannot be loaded (sorted, no duplicates)."""
    env = os.environ if environ is None else environ
    needed = needed_libraries(platform_name(env))
    return sorted({package for soname, package in needed.items() if not can_load(soname)})


def qt_runtime_problem(environ: Mapping[str, str] | None = None, *,
                       system: str | None = None,
                       can_load: Callable[[str], bool] = _can_load) -> str | None:
    """None when Qt can start; otherwise an Indonesian message saying what to install.
    Only Linux is checked (Windows and macOS builds carry their own Qt libraries)."""
    if not (system or sys.platform).startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    return _message(missing_packages(env, can_load), platform_name(env))


def explain_import_error(exc: ImportError) -> str | None:
    """For `import PySide6.QtWidgets` failing with "libEGL.so.1: cannot open shared object
    file": the same Indonesian message, naming that library's package; None for other errors."""
    known = BASE_LIBRARIES | XCB_LIBRARIES
    packages = sorted({known[name] for name in _SONAME.findall(str(exc)) if name in known})
    return _message(packages, "")


def _message(missing: list[str], platform: str) -> str | None:
    if not missing:
        return None
    shown = f" (tampilan {platform})" if platform else ""
    return ("Sistem Kerja Desktop tidak dapat dimulai: pustaka sistem yang diperlukan Qt"
            f"{shown} belum terpasang.\n"
            f"Di Debian/Ubuntu pasang dengan:\n  sudo apt-get install {' '.join(missing)}\n"
            "atau jalankan `python3 packaging/dev.py app` sebagai root, lalu coba lagi.")
