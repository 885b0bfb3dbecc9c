#!/usr/bin/env python3
"""One entry point for developers and CI, on a fresh machine:

    python3 packaging/dev.py app     # run the app (opens the demo agency when there is no data)
    python3 packaging/dev.py test    # run the whole test suite (headless)

It creates `.venv/` in the checkout, installs the package with its test extras (again only when
pyproject.toml changed), and on Debian/Ubuntu installs the system libraries Qt needs: `app` the Qt
runtime (including the xcb libraries of Qt's X11 platform plugin), `test` those plus the tools the
tests use (poppler, LibreOffice). As root directly, otherwise through `sudo` when it can ask.
Extra arguments are passed on (to pytest, or to the app, e.g. `--db FILE`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
# Qt runtime: the libraries QtGui/QtWidgets link against, the xcb platform plugin's libraries
# (libqxcb.so / libQt6XcbQpa.so; the same list sistemkerja_desktop/qt_check.py looks for when
# the app starts) and a fallback font. Kept in step by tests/test_qt_check.py.
APT_APP_PACKAGES = (
    "libegl1", "libgl1", "libopengl0", "libxkbcommon0", "libfontconfig1", "libfreetype6",
    "libglib2.0-0", "libdbus-1-3", "fonts-dejavu-core",
    "libxcb1", "libx11-6", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-render0", "libxcb-render-util0", "libxcb-xinerama0",
    "libxcb-randr0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1", "libxcb-util1",
    "libxcb-xfixes0", "libxcb-xkb1", "libxkbcommon-x11-0",
)
# Additionally for `test`: poppler-utils renders PDFs in checks; LibreOffice opens the roster
# .xlsx (tests/exporters/test_roster.py) and the Surat Tugas benchmark (benchmarks/tim.py).
APT_TEST_PACKAGES = ("poppler-utils", "libreoffice-calc-nogui", "libreoffice-writer-nogui")


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(cmd: list[str], **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def _installed(package: str) -> bool:
    # Ubuntu 24.04 renamed some libraries for the 64-bit time_t transition (libglib2.0-0t64).
    for name in (package, package + "t64"):
        status = subprocess.run(["dpkg-query", "-W", "-f=${db:Status-Abbrev}", name],
                                capture_output=True, text=True)
        if status.returncode == 0 and status.stdout.startswith("ii"):
            return True
    return False


def ensure_system_packages(packages: tuple[str, ...]) -> None:
    """Install the missing Debian/Ubuntu `packages` (as root, or via sudo when it can ask)."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None \
            or shutil.which("apt-get") is None:
        return
    missing = [p for p in packages if not _installed(p)]
    if not missing:
        return
    print("Memasang paket sistem yang diperlukan: " + " ".join(missing), flush=True)
    prefix: list[str] = []
    if os.geteuid() != 0:
        sudo = shutil.which("sudo")
        if sudo is None or not (sys.stdin.isatty() or subprocess.run(
                [sudo, "-n", "true"], capture_output=True).returncode == 0):
            print("Paket sistem berikut belum terpasang (perlu root). Pasang dengan:\n"
                  "  sudo apt-get install " + " ".join(missing), flush=True)
            return
        prefix = [sudo, "env", "DEBIAN_FRONTEND=noninteractive"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        _run([*prefix, "apt-get", "update", "-q"], env=env)
        _run([*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing],
             env=env)
    except subprocess.CalledProcessError:
        print("Pemasangan paket sistem gagal; pasang sendiri dengan:\n"
              "  sudo apt-get install " + " ".join(missing), flush=True)


def ensure_venv() -> Path:
    if not _python().exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".terpasang"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        _run([str(_python()), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        _run([str(_python()), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"])
        stamp.write_text(digest)
    return _python()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_system_packages(APT_APP_PACKAGES if command == "app"
                           else APT_APP_PACKAGES + APT_TEST_PACKAGES)
    python = ensure_venv()
    if command == "app":
        return subprocess.call([str(python), "-m", "sistemkerja_desktop", "--demo-jika-kosong",
                                *rest], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
