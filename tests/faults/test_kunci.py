"""Issue #8 item 4, one GUI window per data file: the lock file beside it (services/file_lock.py).
Plain unit tests of the lock logic, then real processes: one holding the lock, the second
opening read-only, the CLI never blocked, a killed holder's lock taken over."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from gangguan import ROOT, _env, cli

from sistemkerja_desktop.domain.errors import ReadOnlyError
from sistemkerja_desktop.services import file_lock
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.file_lock import (
    FileLock,
    LockHolder,
    acquire,
    lock_path,
    may_take_over,
    read_lock,
)

NOW = dt.datetime(2026, 3, 2, 9, 30)


def _holder(**kw: object) -> LockHolder:
    data: dict[str, object] = {"os_user": "sari", "app_user": "Sari Dewi", "host": "laptop-tu",
                               "pid": 4242, "since": NOW, "token": "abc"}
    data.update(kw)
    return LockHolder(**data)  # type: ignore[arg-type]


def _write(db: Path, holder: LockHolder) -> None:
    lock_path(db).write_text(holder.to_json(), encoding="utf-8")


# ---- the lock logic (no Qt, no database) -------------------------------------------------

def test_first_window_takes_the_lock_and_release_removes_it(tmp_path):
    db = tmp_path / "kantor.sqlite"
    lock = acquire(db, app_user="Budi", now=NOW)
    assert isinstance(lock, FileLock)
    data = json.loads(lock_path(db).read_text(encoding="utf-8"))
    assert data["app_user"] == "Budi" and data["pid"] == os.getpid()
    assert data["host"] == file_lock.this_host() and data["since"] == "2026-03-02T09:30:00"
    assert lock_path(db).name == "kantor.sqlite.kunci"
    lock.release()
    assert not lock_path(db).exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary file left either


def test_a_live_holder_is_reported_not_replaced(tmp_path):
    db = tmp_path / "kantor.sqlite"
    live = _holder(since=dt.datetime.now().replace(microsecond=0))  # since this boot
    _write(db, live)
    taken = acquire(db, host="laptop-tu", alive=lambda pid: True)
    assert taken == live
    assert read_lock(db) == live  # untouched
    assert _holder().describe(NOW.date()) == (
        "Berkas ini sedang dibuka oleh Sari Dewi (sari) di laptop-tu sejak 09.30 — dibuka "
        "hanya-baca")
    assert "sejak 02-03-2026 09.30" in _holder().describe(dt.date(2026, 3, 3))


def test_a_lock_from_before_the_last_boot_is_stale(tmp_path, monkeypatch):
    monkeypatch.setattr(file_lock, "_boot_time", lambda: NOW + dt.timedelta(hours=1))
    db = tmp_path / "kantor.sqlite"
    _write(db, _holder(since=NOW))  # the laptop was switched off with the app open
    assert isinstance(acquire(db, host="laptop-tu", alive=lambda pid: True), FileLock)


def test_a_dead_holder_on_this_host_is_taken_over_silently(tmp_path):
    db = tmp_path / "kantor.sqlite"
    _write(db, _holder(since=dt.datetime.now()))
    taken = acquire(db, host="laptop-tu", alive=lambda pid: False)
    assert isinstance(taken, FileLock)
    assert read_lock(db).pid == os.getpid()


@pytest.mark.parametrize("text", ["", "{", '{"host": "x"}', "\x00\x01"])
def test_an_unreadable_lock_is_stale(tmp_path, text):
    db = tmp_path / "kantor.sqlite"
    lock_path(db).write_text(text, encoding="utf-8")
    assert isinstance(acquire(db), FileLock)


def test_another_hosts_lock_is_kept_and_may_be_taken_over_only_when_old(tmp_path):
    db = tmp_path / "kantor.sqlite"
    holder = _holder(host="laptop-kasubag", since=NOW)
    _write(db, holder)
    assert acquire(db, host="laptop-tu", alive=lambda pid: False) == holder  # pid is theirs
    assert not may_take_over(holder, NOW + dt.timedelta(hours=11), host="laptop-tu")
    assert may_take_over(holder, NOW + dt.timedelta(hours=13), host="laptop-tu")
    assert not may_take_over(_holder(host="laptop-tu"), NOW + dt.timedelta(days=3),
                             host="laptop-tu")
    taken = acquire(db, host="laptop-tu", take_over=True)
    assert isinstance(taken, FileLock) and read_lock(db).host == "laptop-tu"


def test_release_leaves_a_lock_taken_over_meanwhile(tmp_path):
    db = tmp_path / "kantor.sqlite"
    mine = acquire(db)
    assert isinstance(mine, FileLock)
    other = acquire(db, take_over=True)
    assert isinstance(other, FileLock)
    mine.release()
    assert read_lock(db).token == other.holder.token
    other.release()
    assert not lock_path(db).exists()


def test_no_lock_in_a_folder_that_cannot_be_written(tmp_path, monkeypatch):
    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_text", refuse)
    assert acquire(tmp_path / "kantor.sqlite") is None


def test_pid_alive():
    assert file_lock.pid_alive(os.getpid())
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not file_lock.pid_alive(proc.pid)


# ---- real processes ----------------------------------------------------------------------

_HOLD = """
import sys, time
from pathlib import Path
from sistemkerja_desktop.services.container import build_services
services = build_services(Path(sys.argv[1]), create=False, lock=True, pengguna="Sari Dewi")
assert services.lock is not None and not services.read_only_reason
print("siap", flush=True)
sys.stdin.readline()
services.close()
print("selesai", flush=True)
"""


@pytest.fixture
def holder_process(head_db):
    """Another process with the file open as a GUI would (it holds the lock) until told."""
    with subprocess.Popen([sys.executable, "-c", _HOLD, str(head_db)], env=_env(), cwd=ROOT,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None and proc.stdout.readline() == "siap\n"
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.kill()


@pytest.mark.sqlite_only(reason="berkas kunci di samping berkas SQLite")
@pytest.mark.slow
def test_second_window_opens_read_only_naming_the_holder(head_db, holder_process):
    services = build_services(head_db, create=False, lock=True)
    try:
        assert services.lock is None and services.lock_holder is not None
        assert services.lock_holder.pid == holder_process.pid
        reason = services.read_only_reason
        assert reason.startswith("Berkas ini sedang dibuka oleh Sari Dewi (")
        assert f" di {file_lock.this_host()} sejak " in reason
        assert reason.endswith(" — dibuka hanya-baca")
        assert len(services.pegawai.rows()) > 100  # reading works
        with pytest.raises(ReadOnlyError) as err, services.ctx.session():
            pass
        assert "hanya-baca" in err.value.message
        assert not services.may_take_over()  # same host, alive: not offered
    finally:
        services.close()
    assert read_lock(head_db).pid == holder_process.pid  # the reader did not remove it

    # the CLI neither takes nor minds the lock: it reads and writes
    assert cli(head_db, "pegawai", "daftar").returncode == 0
    proc = cli(head_db, "tim", "anggota", "tambah", "1", "197103141999031901")
    assert "hanya-baca" not in proc.stderr and "terkunci" not in proc.stderr
    assert read_lock(head_db).pid == holder_process.pid

    holder_process.stdin.write("\n")
    holder_process.stdin.flush()
    assert holder_process.stdout.readline() == "selesai\n"
    holder_process.wait()
    assert not lock_path(head_db).exists()  # closing the window removed it


@pytest.mark.sqlite_only(reason="berkas kunci di samping berkas SQLite")
@pytest.mark.slow
def test_lock_of_a_killed_window_is_taken_over(head_db, holder_process):
    holder_process.send_signal(signal.SIGKILL)
    holder_process.wait()
    assert read_lock(head_db).pid == holder_process.pid  # left behind by the kill
    assert not file_lock.pid_alive(holder_process.pid)
    services = build_services(head_db, create=False, lock=True)
    try:
        assert services.lock is not None and not services.read_only_reason
        assert read_lock(head_db).pid == os.getpid()
    finally:
        services.close()
    assert not lock_path(head_db).exists()
