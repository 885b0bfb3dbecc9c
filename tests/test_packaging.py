"""The wheel is complete: every subpackage, the migrations and the fonts/icons (package data), so
a normal, non-editable install runs and prints PDFs."""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "sistemkerja_desktop"


def _setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"]


def _resource_packages() -> dict[str, Path]:
    """`sistemkerja_desktop.resources[.sub]` → folder under the top-level resources/."""
    base = ROOT / "resources"
    found = {f"{PACKAGE}.resources": base}
    for folder in sorted(p for p in base.rglob("*") if p.is_dir() and p.name != "__pycache__"):
        found[f"{PACKAGE}.resources." + ".".join(folder.relative_to(base).parts)] = folder
    return found


def test_every_subpackage_and_resource_folder_is_listed():
    listed = set(_setuptools_config()["packages"])
    code = {".".join(p.parent.relative_to(ROOT).parts)
            for p in (ROOT / PACKAGE).rglob("__init__.py")}
    expected = code | set(_resource_packages())
    assert sorted(expected - listed) == [], "add these to [tool.setuptools] packages"
    assert sorted(listed - expected) == []
    assert _setuptools_config()["package-dir"] == {f"{PACKAGE}.resources": "resources"}


def test_every_resource_file_is_package_data():
    package_data = _setuptools_config()["package-data"]
    missing = []
    for name, folder in _resource_packages().items():
        patterns = package_data.get(name, [])
        for path in folder.iterdir():
            if path.is_file() and not any(fnmatch.fnmatch(path.name, p) for p in patterns):
                missing.append(str(path.relative_to(ROOT)))
    assert missing == [], "add patterns to [tool.setuptools.package-data]"


# ---- the real thing: build the wheel, install it into a fresh venv, print a Surat Tugas -------

def _copy_source(dest: Path) -> Path:
    """Build from a copy, so build/ and *.egg-info never land in the checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    dest.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    for name in (PACKAGE, "resources"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    return dest


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.mark.slow
def test_wheel_in_fresh_venv_runs_self_test_and_prints_surat_tugas(tmp_path):
    _copy_source(tmp_path / "src")
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, "./src"],
         cwd=tmp_path, timeout=300)
    (wheel,) = dist.glob("sistemkerja_desktop-*.whl")

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
          "--no-index", wheel], cwd=tmp_path)
    # Third-party dependencies come from this environment (appended after the venv's own
    # site-packages, whose copy of our package therefore wins; .pth files there are not run,
    # so an editable install of the checkout stays out).
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=tmp_path).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")

    home = tmp_path / "home"
    work = tmp_path / "kerja"  # outside the checkout, so `python -m` cannot find it there
    work.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "SISTEMKERJA_DB", "PYTHONHOME")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1", PYTHONDONTWRITEBYTECODE="1")

    where = json.loads(_run([python, "-c", (
        "import json, sistemkerja_desktop as s; from sistemkerja_desktop import paths; "
        "print(json.dumps([s.__file__, str(paths.resources_dir())]))")], cwd=work,
        env=env).stdout)
    for path in where:
        assert Path(path).resolve().is_relative_to(site.resolve()), where

    out = _run([python, "-m", PACKAGE, "--self-test"], cwd=work, env=env).stdout
    assert "Uji mandiri berhasil" in out

    cli = bindir / ("sistemkerja.exe" if os.name == "nt" else "sistemkerja")
    db = work / "kantor.sqlite"
    _run([cli, "--db", db, "demo"], cwd=work, env=env)
    teams = json.loads(_run([cli, "--db", db, "tim", "daftar", "--json"], cwd=work,
                            env=env).stdout)
    team = next(t for t in teams if t["status"] == "aktif")
    pdf = work / "surat-tugas.pdf"
    _run([cli, "--db", db, "dokumen", "surat-tugas", team["id"], "-o", pdf], cwd=work, env=env)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(pdf).pages))
    assert "SURAT TUGAS" in text.upper() and team["nama"].split()[0] in text
