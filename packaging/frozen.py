#!/usr/bin/env python3
"""The frozen (PyInstaller) release of Sistem Kerja Desktop: build it, smoke-test it, wrap it.

    python packaging/frozen.py build [--dist DIR]   # → dist/SistemKerjaDesktop/ (GUI + CLI)
    python packaging/frozen.py smoke [DIST]         # run the frozen programs, check what they write
    python packaging/frozen.py installer [DIST]     # Windows: Inno Setup → dist/…-setup.exe
    python packaging/frozen.py version              # the version (sistemkerja_desktop/__init__.py)

`build` installs the pinned PyInstaller into the running environment (outside a virtual
environment: into the checkout's .venv, made as by packaging/dev.py) and runs
packaging/pyinstaller/sistemkerja.spec. `smoke` runs, from the frozen folder and with a throw-away
user profile: `SistemKerjaDesktop --self-test`, `sistemkerja --version`, the demo agency, a Surat
Tugas and an org-chart PDF, a chart PNG, the employee list as .xlsx (each read back), and two
bad inputs (exit 2, no traceback). tests/test_frozen.py does both in CI.
Exit codes: 0 success; 1 the build or a smoke check failed; 2 usage, or a tool is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "pyinstaller" / "sistemkerja.spec"
ISS = HERE / "windows" / "sistemkerja.iss"
APP_NAME = "SistemKerjaDesktop"  # the folder and the GUI program (paths.APP_NAME)
CLI_NAME = "sistemkerja"  # the console script of pyproject.toml
DEFAULT_DIST = ROOT / "dist"
# Works with Python 3.11 and PySide6 6.8–6.11 (built and smoke-tested with 6.11.3).
PYINSTALLER_VERSION = "6.22.3"
HOOKS_CONTRIB_VERSION = "2026.10"  # pyinstaller-hooks-contrib, pinned with it
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEMO_AGENCY = "Dinas Kesehatan Kabupaten Contoh"


class Unavailable(Exception):
    """A tool the step needs cannot be had here (PyInstaller without network, iscc off Windows)."""


class Failed(Exception):
    """The build or a smoke check failed; the message says which and shows the output."""


def version() -> str:
    text = (ROOT / "sistemkerja_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.M)
    if found is None:
        raise Failed("__version__ tidak ditemukan di sistemkerja_desktop/__init__.py")
    return found.group(1)


def numeric_version(text: str) -> str:
    """`a.b.c.d` for Windows version resources: the release numbers of a PEP 440 version."""
    found = re.match(r"\d+(?:\.\d+)*", text)
    numbers = (found.group(0).split(".") if found else [])[:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def executable(dist: Path, name: str) -> Path:
    return dist / (name + ".exe" if os.name == "nt" else name)


def bundled_package(dist: Path) -> Path:
    """sistemkerja_desktop/ inside the folder (PyInstaller ≥ 6 puts it under _internal/)."""
    for base in (dist / "_internal", dist):
        if (base / "sistemkerja_desktop").is_dir():
            return base / "sistemkerja_desktop"
    raise Failed(f"{dist}: tidak ada folder sistemkerja_desktop di dalamnya")


# ---- build ----------------------------------------------------------------------------------

def ensure_pyinstaller() -> None:
    """Install the pinned PyInstaller into this environment unless it is already there."""
    try:
        if metadata.version("pyinstaller") == PYINSTALLER_VERSION:
            return
    except metadata.PackageNotFoundError:
        pass
    print(f"Memasang PyInstaller {PYINSTALLER_VERSION} …", flush=True)
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q",
                           f"pyinstaller=={PYINSTALLER_VERSION}",
                           f"pyinstaller-hooks-contrib=={HOOKS_CONTRIB_VERSION}"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise Unavailable(f"PyInstaller {PYINSTALLER_VERSION} tidak dapat dipasang (tanpa "
                          f"jaringan?):\n{_tail(proc.stdout + proc.stderr)}")


def build(dist_root: Path = DEFAULT_DIST, work: Path | None = None) -> Path:
    """Run the spec; return dist_root/SistemKerjaDesktop. The work folder (default
    build/pyinstaller, git-ignored) keeps the log and the compiled catalogues."""
    ensure_pyinstaller()
    work = work or ROOT / "build" / "pyinstaller"
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist_root),
           "--workpath", str(work), str(SPEC)]
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.run(cmd, cwd=work, stdout=out, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        raise Failed(f"PyInstaller gagal (kode {proc.returncode}); catatan lengkap: {log}\n"
                     + _tail(log.read_text(encoding="utf-8", errors="replace")))
    dist = dist_root / APP_NAME
    for name in (APP_NAME, CLI_NAME):
        if not executable(dist, name).is_file():
            raise Failed(f"{executable(dist, name)} tidak dibuat; catatan: {log}")
    return dist


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def source_digest() -> str:
    """What the build depends on: the package, resources, packaging files and tool versions."""
    digest = hashlib.sha256()
    for tool in ("pyside6-essentials", "sqlalchemy", "alembic", "reportlab", "openpyxl"):
        try:
            digest.update(f"{tool}={metadata.version(tool)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{tool}=-;".encode())
    digest.update(f"{sys.version};{PYINSTALLER_VERSION};{HOOKS_CONTRIB_VERSION}".encode())
    folders = [ROOT / "sistemkerja_desktop", ROOT / "resources", HERE / "pyinstaller"]
    for path in sorted(p for folder in folders for p in folder.rglob("*") if p.is_file()):
        if "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


# ---- smoke test -----------------------------------------------------------------------------

class _Runner:
    """Runs the frozen programs with a throw-away user profile and working folder."""

    def __init__(self, dist: Path, tmp: Path) -> None:
        self.dist, self.work, self.home = dist, tmp / "kerja", tmp / "profil"
        self.work.mkdir()
        home = self.home
        self.env = {k: v for k, v in os.environ.items() if k not in (
            "PYTHONPATH", "PYTHONHOME", "SISTEMKERJA_DB", "SISTEMKERJA_PENGGUNA",
            "SISTEMKERJA_DEMO_JIKA_KOSONG", "QT_PLUGIN_PATH", "VIRTUAL_ENV")}
        self.env.update(
            HOME=str(home), USERPROFILE=str(home), XDG_DATA_HOME=str(home / "data"),
            XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
            XDG_CONFIG_HOME=str(home / "config"), LOCALAPPDATA=str(home / "Local"),
            APPDATA=str(home / "Roaming"), WIN_PD_OVERRIDE_LOCAL_APPDATA=str(home / "Local"),
            WIN_PD_OVERRIDE_APPDATA=str(home / "Roaming"), QT_QPA_PLATFORM="offscreen",
            PYTHONIOENCODING="utf-8")

    def run(self, name: str, *args: object, expect: int = 0) -> subprocess.CompletedProcess[str]:
        cmd = [str(executable(self.dist, name)), *(str(a) for a in args)]
        shown = " ".join([name, *cmd[1:]])
        try:
            proc = subprocess.run(cmd, cwd=self.work, env=self.env, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace", timeout=600)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise Failed(f"`{shown}` tidak dapat dijalankan: {exc}") from exc
        output = f"--- keluaran ---\n{_tail(proc.stdout)}\n--- galat ---\n{_tail(proc.stderr)}"
        if proc.returncode != expect:
            raise Failed(f"`{shown}` keluar dengan kode {proc.returncode}, seharusnya "
                         f"{expect}\n{output}")
        if "Traceback (most recent call last)" in proc.stdout + proc.stderr:
            raise Failed(f"`{shown}` mencetak traceback\n{output}")
        return proc


def _check_layout(dist: Path) -> str:
    package = bundled_package(dist)
    resources = package / "resources"
    wanted = [p.relative_to(ROOT / "resources") for p in (ROOT / "resources").rglob("*")
              if p.is_file() and p.suffix not in (".ts", ".qm") and "__pycache__" not in p.parts]
    missing = [str(p) for p in wanted if not (resources / p).is_file()]
    migrations = ROOT / "sistemkerja_desktop" / "db" / "migrations"
    wanted_migrations = [p.relative_to(migrations) for p in migrations.rglob("*.py")
                         if "__pycache__" not in p.parts]
    missing += [f"migrations/{p}" for p in wanted_migrations
                if not (package / "db" / "migrations" / p).is_file()]
    catalogues = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    missing += [f"i18n/{ts.stem}.qm" for ts in catalogues
                if not (resources / "i18n" / f"{ts.stem}.qm").is_file()]
    if missing:
        raise Failed(f"{dist}: berkas tidak ikut dalam build: {', '.join(missing)}")
    for ts in catalogues:
        from PySide6.QtCore import QTranslator

        if not QTranslator().load(str(resources / "i18n" / f"{ts.stem}.qm")):
            raise Failed(f"{resources / 'i18n' / ts.stem}.qm bukan katalog Qt yang sah")
    return (f"isi lengkap: {len(wanted)} berkas sumber daya, {len(wanted_migrations)} berkas "
            f"migrasi, {len(catalogues)} katalog terjemahan")


def _pdf_text(path: Path) -> tuple[str, set[str]]:
    from pypdf import PdfReader

    if not path.is_file() or path.read_bytes()[:5] != b"%PDF-":
        raise Failed(f"{path} bukan berkas PDF")
    reader = PdfReader(path)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))
    fonts = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        table = resources.get_object().get("/Font") if resources else None
        for font in (table.get_object().values() if table else []):
            fonts.add(str(font.get_object().get("/BaseFont")))
    return text, fonts


def _expect(ok: bool, message: str) -> None:
    if not ok:
        raise Failed(message)


def smoke(dist: Path = DEFAULT_DIST / APP_NAME) -> list[str]:
    """Run the checks; return one line per passed check, raise Failed on the first failure."""
    import openpyxl

    dist = dist.resolve()
    for name in (APP_NAME, CLI_NAME):
        _expect(executable(dist, name).is_file(), f"{executable(dist, name)} tidak ada")
    done = [_check_layout(dist)]
    with tempfile.TemporaryDirectory(prefix="sistemkerja-smoke-") as tmp:
        run = _Runner(dist, Path(tmp))
        out = run.run(CLI_NAME, "--version").stdout.strip()
        _expect(out == f"{CLI_NAME} {version()}", f"--version: {out!r}, seharusnya {version()}")
        done.append(f"{CLI_NAME} --version: {out}")

        out = run.run(APP_NAME, "--self-test").stdout
        # A windowed program on Windows has no stdout; its exit code is the verdict there.
        _expect(os.name == "nt" or "Uji mandiri berhasil" in out, f"--self-test: {out!r}")
        done.append(f"{APP_NAME} --self-test: berhasil")

        out = run.run(CLI_NAME, "demo").stdout
        demo = sorted(run.home.rglob("contoh.sqlite"))
        _expect(len(demo) == 1, f"demo: contoh.sqlite tidak di profil pengguna ({out!r})")
        db = demo[0]
        staff = int(re.search(r"(\d+) pegawai", out).group(1))  # type: ignore[union-attr]
        done.append(f"demo (migrasi Alembic) di profil pengguna: {db.relative_to(run.home)}")

        teams = json.loads(run.run(CLI_NAME, "--db", db, "tim", "daftar", "--json").stdout)
        team = next(t for t in teams if t["status"] == "aktif")
        pdf = run.work / "surat-tugas.pdf"
        run.run(CLI_NAME, "--db", db, "dokumen", "surat-tugas", team["id"], "-o", pdf)
        text, fonts = _pdf_text(pdf)
        word = max(team["nama"].split(), key=len)
        _expect("SURAT TUGAS" in text.upper() and word in text,
                f"{pdf.name}: teks tidak lengkap: {text[:300]!r}")
        _expect(any("LiberationSans" in f for f in fonts),
                f"{pdf.name}: huruf Liberation Sans dari build tidak tertanam ({fonts})")
        done.append(f"PDF Surat Tugas: {pdf.stat().st_size} bita, huruf {sorted(fonts)}")

        chart = run.work / "bagan.pdf"
        run.run(CLI_NAME, "--db", db, "bagan", "ekspor", "-o", chart)
        text, _ = _pdf_text(chart)
        _expect("BAGAN" in text.upper() and DEMO_AGENCY in text,
                f"{chart.name}: teks tidak lengkap: {text[:300]!r}")
        done.append(f"PDF bagan: {chart.stat().st_size} bita")

        png = run.work / "bagan.png"
        run.run(CLI_NAME, "--db", db, "bagan", "ekspor", "-o", png)
        _expect(png.is_file() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n",
                f"{png.name} bukan berkas PNG")
        done.append(f"PNG bagan (QtGui dari program konsol): {png.stat().st_size} bita")

        xlsx = run.work / "pegawai.xlsx"
        run.run(CLI_NAME, "--db", db, "pegawai", "ekspor", xlsx)
        book = openpyxl.load_workbook(xlsx, read_only=True)
        try:  # a read-only workbook keeps its file open until closed
            rows = list(book.active.iter_rows(values_only=True))
        finally:
            book.close()
        _expect(str(rows[0][0]).startswith(f"DAFTAR PEGAWAI {DEMO_AGENCY.upper()}"),
                f"{xlsx.name}: A1 = {rows[0][0]!r}")
        header = next(i for i, row in enumerate(rows) if "NIP" in row)
        nip = rows[header].index("NIP")
        listed = [r for r in rows[header + 1:] if re.fullmatch(r"\d{18}", str(r[nip] or ""))]
        _expect(len(listed) == staff, f"{xlsx.name}: {len(listed)} NIP, seharusnya {staff}")
        done.append(f"xlsx pegawai: {len(listed)} baris, A1 {rows[0][0]!r}")

        missing = run.work / "tidak-ada.pdf"
        err = run.run(CLI_NAME, "--db", db, "dokumen", "surat-tugas", "999999", "-o", missing,
                      expect=2).stderr
        _expect(bool(err.strip()) and not missing.exists(), f"tim tidak ada: {err!r}")
        run.run(CLI_NAME, "--db", db, "pegawai", "impor", run.work / "tidak-ada.xlsx", expect=2)
        done.append(f"masukan salah: kode 2 tanpa traceback ({err.strip()[:60]})")
    return done


# ---- Windows installer ----------------------------------------------------------------------

def iscc_command(iscc: str, dist: Path) -> list[str]:
    return [iscc, f"/DVersion={version()}", f"/DVersionNumeric={numeric_version(version())}",
            f"/DDistDir={dist}", f"/DOutputDir={dist.parent}", str(ISS)]


def installer(dist: Path = DEFAULT_DIST / APP_NAME) -> Path:
    if os.name != "nt":
        raise Unavailable("Pemasang Windows (Inno Setup) hanya dapat dibuat di Windows.")
    candidates = [shutil.which("iscc")] + [
        str(Path(os.environ.get(v, "-")) / sub / "ISCC.exe") for v, sub in (
            ("ProgramFiles(x86)", "Inno Setup 6"), ("ProgramFiles", "Inno Setup 6"),
            ("LOCALAPPDATA", "Programs/Inno Setup 6"))]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        raise Unavailable("ISCC.exe (Inno Setup 6.3+) tidak ditemukan; pasang Inno Setup.")
    if not executable(dist, APP_NAME).is_file():
        raise Failed(f"{dist}: belum ada build; jalankan dulu: python packaging/frozen.py build")
    subprocess.run(iscc_command(iscc, dist.resolve()), check=True)
    return dist.parent / f"{APP_NAME}-{version()}-setup.exe"


# ---- command line ---------------------------------------------------------------------------

def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _in_venv() -> bool:
    return sys.prefix != sys.base_prefix


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="frozen.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build_args = sub.add_parser("build")
    build_args.add_argument("--dist", type=Path, default=DEFAULT_DIST)
    build_args.add_argument("--work", type=Path, help="bawaan: build/pyinstaller")
    for name in ("smoke", "installer"):
        sub.add_parser(name).add_argument("dist", type=Path, nargs="?",
                                          default=DEFAULT_DIST / APP_NAME)
    sub.add_parser("version")
    args = parser.parse_args(argv)
    if args.command == "version":
        print(version())
        return EXIT_OK
    if not _in_venv():  # build and smoke need the app's dependencies: use the checkout's .venv
        sys.path.insert(0, str(HERE))
        from dev import ensure_venv

        return subprocess.call([str(ensure_venv()), str(Path(__file__).resolve()), *argv])
    try:
        if args.command == "build":
            started = time.monotonic()
            dist = build(args.dist, args.work)
            print(f"Build selesai dalam {time.monotonic() - started:.0f} detik: {dist} "
                  f"({folder_size(dist) / 2**20:.0f} MiB)")
        elif args.command == "smoke":
            for line in smoke(args.dist):
                print("  ok  " + line)
            print("Uji asap build beku berhasil.")
        else:
            print(f"Pemasang dibuat: {installer(args.dist)}")
    except Unavailable as exc:
        print(f"frozen.py: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (Failed, subprocess.CalledProcessError) as exc:
        print(f"frozen.py: GAGAL: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
