#!/usr/bin/env python3
"""One entry point for developers and CI, on a fresh machine:

    python3 packaging/dev.py app     # run the app (opens the demo agency when there is no data)
    python3 packaging/dev.py test    # run the whole test suite (headless)

It creates `.venv/` in the checkout, installs the package with its test extras (again only when
pyproject.toml changed), and on Debian/Ubuntu installs the system libraries Qt needs headless.
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
# Qt's offscreen/xcb platforms and fonts; poppler-utils for rendering PDFs in checks.
APT_PACKAGES = ("libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libglib2.0-0",
                "libdbus-1-3", "fonts-dejavu-core", "poppler-utils",
                # LibreOffice: roster .xlsx opens cleanly (tests/exporters/test_roster.py) and the
                # Surat Tugas side-by-side benchmark (benchmarks/tim.py)
                "libreoffice-calc-nogui", "libreoffice-writer-nogui")


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _run(cmd: list[str], **kw: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)  # type: ignore[call-overload]


def ensure_system_packages() -> None:
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        return
    missing = [p for p in APT_PACKAGES
               if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if not missing:
        return
    if os.geteuid() != 0:
        print("Paket sistem berikut belum terpasang (perlu root): " + " ".join(missing))
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    _run(["apt-get", "update", "-q"], env=env)
    _run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env)


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
    if command == "test":
        ensure_system_packages()
    python = ensure_venv()
    if command == "app":
        return subprocess.call([str(python), "-m", "sistemkerja_desktop", "--demo-jika-kosong",
                                *rest], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
