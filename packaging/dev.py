#!/usr/bin/env python3
"""One entry point for developers and CI, on a fresh machine:

    python3 packaging/dev.py app     # run the app (opens the demo agency when there is no data)
    python3 packaging/dev.py test    # run the whole test suite (headless)
    python3 packaging/dev.py pg-mulai FOLDER   # a throwaway PostgreSQL server (prints its URL)
    python3 packaging/dev.py pg-henti FOLDER   # … stopped, its folder removed

It creates `.venv/` in the checkout, installs the package with its test extras (again only when
pyproject.toml changed), and on Debian/Ubuntu installs the system libraries Qt needs: `app` the Qt
runtime (including the xcb libraries of Qt's X11 platform plugin), `test` those plus the tools the
tests use (poppler, LibreOffice). As root directly, otherwise through `sudo` when it can ask.
Extra arguments are passed on (to pytest, or to the app, e.g. `--db FILE`).

`pg-mulai` (issue #12) installs PostgreSQL from the distribution's packages when it is missing,
makes a new cluster in FOLDER (as the `postgres` user when run as root: PostgreSQL refuses root),
starts it on 127.0.0.1 at a free port with trust authentication and no durability (test data),
and prints `postgresql://postgres@127.0.0.1:PORT/postgres` — what the tests read from
$SISTEMKERJA_PG_URL. .ci/run starts one around the test run and stops it on exit.
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
# For `pg-mulai`: the server the PostgreSQL variants of the service and fault tests run on.
APT_SERVER_PACKAGES = ("postgresql",)


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


# ---- a throwaway PostgreSQL server ----------------------------------------------------------

def _pg_bin(name: str) -> str:
    """`name` (initdb, pg_ctl) of the newest PostgreSQL installed (Debian keeps them out of PATH,
    in /usr/lib/postgresql/VERSION/bin)."""
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                   key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    if found:
        return str(found[-1])
    on_path = shutil.which(name)
    if on_path is None:
        raise SystemExit(f"{name} PostgreSQL tidak ditemukan; pasang paket postgresql.")
    return on_path


def _as_server_user(cmd: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: then as the `postgres` user of the package."""
    if os.name == "nt" or os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *cmd]
    return ["su", "-s", "/bin/sh", "postgres", "-c", " ".join(cmd)]


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pg_start(folder: Path) -> str:
    ensure_system_packages(APT_SERVER_PACKAGES)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt" and os.geteuid() == 0:
        import pwd

        user = pwd.getpwnam("postgres")
        os.chown(folder, user.pw_uid, user.pw_gid)
    data, port = folder / "data", _free_port()
    quiet = {"stdout": subprocess.DEVNULL}
    _run(_as_server_user([_pg_bin("initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                          "-E", "UTF8", "--locale=C"]), **quiet)
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
    _run(_as_server_user([_pg_bin("pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"),
                          "-o", options, "-w", "-t", "60", "start"]), **quiet)
    return f"postgresql://postgres@127.0.0.1:{port}/postgres"


def pg_stop(folder: Path) -> None:
    data = folder / "data"
    if (data / "postmaster.pid").exists():
        _run(_as_server_user([_pg_bin("pg_ctl"), "-D", str(data), "-m", "fast", "-w",
                              "stop"]), stdout=subprocess.DEVNULL)
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("pg-mulai", "pg-henti") and len(argv) == 2:
        if argv[0] == "pg-mulai":
            import contextlib

            with contextlib.redirect_stdout(sys.stderr):  # stdout: the URL alone
                url = pg_start(Path(argv[1]))
            print(url, flush=True)
        else:
            pg_stop(Path(argv[1]))
        return 0
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
