"""The frozen release: packaging/frozen.py builds the one-folder PyInstaller build (GUI + CLI) and
smoke-tests it — `--self-test`, the demo, a Surat Tugas and a chart PDF, a chart PNG and the
employee .xlsx, all from the frozen programs, each read back (see frozen.smoke).

The build (about a minute, some 240 MB) is kept in the temp folder under a digest of everything
it is made from (frozen.source_digest), so a second run with unchanged sources only smoke-tests.
Skipped only when PyInstaller cannot be installed (no network)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
import time
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(tempfile.gettempdir()) / "sistemkerja-frozen"
DONE = "selesai"


def _frozen() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("frozen_build", ROOT / "packaging" / "frozen.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cached_build(frozen: types.ModuleType) -> tuple[Path, str]:
    """dist folder of a finished build of the current sources, built now if there is none."""
    key = frozen.source_digest()
    home = CACHE / key
    if (home / DONE).is_file():
        return home / "dist" / frozen.APP_NAME, (home / DONE).read_text(encoding="utf-8")
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.iterdir():  # finished builds of other sources; a build in progress stays
        if old.name != key and (old / DONE).is_file():
            shutil.rmtree(old, ignore_errors=True)
    staging = CACHE / f"{key}.{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    started = time.monotonic()
    dist = frozen.build(staging / "dist", staging / "work")
    note = (f"dibangun dalam {time.monotonic() - started:.0f} detik, "
            f"{frozen.folder_size(dist) / 2**20:.0f} MiB")
    shutil.rmtree(staging / "work")
    (staging / DONE).write_text(note, encoding="utf-8")
    try:
        staging.rename(home)
    except OSError:  # another session finished the same build first
        shutil.rmtree(staging, ignore_errors=True)
    return home / "dist" / frozen.APP_NAME, note


@pytest.mark.slow
def test_frozen_build_passes_the_smoke_test():
    frozen = _frozen()
    try:
        frozen.ensure_pyinstaller()
    except frozen.Unavailable as exc:
        pytest.skip(f"PyInstaller tidak dapat dipasang: {exc}")
    try:
        dist, note = _cached_build(frozen)
        done = frozen.smoke(dist)
    except frozen.Failed as exc:
        pytest.fail(str(exc), pytrace=False)
    print(f"\n{dist}: {note}\n  " + "\n  ".join(done))
    assert len(done) == 9
    assert any(line.startswith(f"{frozen.APP_NAME} --self-test") for line in done)
    for executable in (frozen.APP_NAME, frozen.CLI_NAME):  # one folder, shared libraries
        assert frozen.executable(dist, executable).is_file()
    assert len([p for p in dist.iterdir() if p.is_file()]) == 2
