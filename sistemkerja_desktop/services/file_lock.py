"""One GUI window per data file: a lock file beside it, `NAMA.sqlite.kunci`.

The lock is JSON naming who holds the file (OS user, the name chosen in the app, host, process
id, since when). The GUI takes it when it opens a file and removes it when it closes or switches
files; a second window (another process, on this laptop or on another one sharing the folder)
finds it and opens the file read-only, saying who has it. The CLI does not take the lock: its
writes are single `BEGIN IMMEDIATE` transactions, which SQLite already serialises.

- A lock of this host whose process is gone (the app was killed, the laptop rebooted) is stale
  and taken over silently.
- A lock of another host older than `FOREIGN_STALE_AFTER` may be stale too (we cannot see that
  host's processes): it is reported and the user may take it over (*Ambil alih*).
- A lock file that cannot be read or parsed (half-written by a killed process) is stale.
- A database on a PostgreSQL server (issue #12) has no lock file: several users at once is
  what a server is for, and its write lock serialises their saves (db/server.py).

Qt-free: plain functions over paths, tested without a window.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import secrets
import socket
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from sistemkerja_desktop.db.server import is_server

log = logging.getLogger(__name__)

SUFFIX = ".kunci"
FOREIGN_STALE_AFTER = dt.timedelta(hours=12)


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some locked-down Windows set-ups
        return "pengguna"


def this_host() -> str:
    return socket.gethostname() or "komputer ini"


@dataclass(frozen=True, slots=True)
class LockHolder:
    os_user: str
    app_user: str
    host: str
    pid: int
    since: dt.datetime  # local time, naive
    token: str = ""  # tells our own lock from a later holder's

    @property
    def name(self) -> str:
        """The name to show: the one chosen in the app, else the OS user."""
        if self.app_user and self.app_user != self.os_user:
            return f"{self.app_user} ({self.os_user})"
        return self.app_user or self.os_user

    def describe(self, today: dt.date | None = None) -> str:
        """ "Berkas ini sedang dibuka oleh NAMA di HOST sejak JAM — dibuka hanya-baca"."""
        today = today or dt.date.today()
        when = (f"{self.since:%H.%M}" if self.since.date() == today
                else f"{self.since:%d-%m-%Y %H.%M}")
        return (f"Berkas ini sedang dibuka oleh {self.name} di {self.host} sejak {when} — "
                "dibuka hanya-baca")

    def to_json(self) -> str:
        data = asdict(self)
        data["since"] = self.since.isoformat(timespec="seconds")
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LockHolder:
        data = json.loads(text)
        return cls(os_user=str(data["os_user"]), app_user=str(data.get("app_user", "")),
                   host=str(data["host"]), pid=int(data["pid"]),
                   since=dt.datetime.fromisoformat(str(data["since"])),
                   token=str(data.get("token", "")))


def read_lock(db_path: Path) -> LockHolder | None:
    """The holder named in the lock file; None when there is none or it cannot be read."""
    try:
        return LockHolder.from_json(lock_path(db_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        log.warning("Unreadable lock file beside %s: treated as stale", Path(db_path).name)
        return None


def pid_alive(pid: int) -> bool:
    """Is process `pid` running on this host? (Never sends a signal on Windows, where
    `os.kill` would terminate the process.)"""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    except OSError:
        return False
    return True


def _boot_time() -> dt.datetime | None:
    """When this host started (Linux); a lock older than that is from before a reboot."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith("btime "):
                return dt.datetime.fromtimestamp(int(line.split()[1]))
    return None


def is_stale(holder: LockHolder, *, host: str | None = None,
             alive: Callable[[int], bool] = pid_alive) -> bool:
    """A lock of this host whose process is gone (or from before the last boot)."""
    if holder.host != (host or this_host()):
        return False
    boot = _boot_time()
    if boot is not None and holder.since < boot - dt.timedelta(minutes=1):
        return True
    return not alive(holder.pid)


def may_take_over(holder: LockHolder, now: dt.datetime, *, host: str | None = None) -> bool:
    """Another host's lock older than FOREIGN_STALE_AFTER: perhaps that laptop was switched
    off without closing the app. The user may take the file over."""
    return holder.host != (host or this_host()) and now - holder.since > FOREIGN_STALE_AFTER


class FileLock:
    """The lock this process holds; `release()` removes the file if it is still ours."""

    def __init__(self, db_path: Path, holder: LockHolder) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self.holder = holder
        self._released = False

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        current = read_lock(self.db_path)
        if current is not None and current.token != self.holder.token:
            log.info("Lock was taken over meanwhile; left in place")
            return
        with contextlib.suppress(OSError):
            self.path.unlink()


def acquire(db_path: Path, *, app_user: str = "", now: dt.datetime | None = None,
            take_over: bool = False, host: str | None = None,
            alive: Callable[[int], bool] = pid_alive) -> FileLock | LockHolder | None:
    """Take the lock of `db_path`. Returns our `FileLock`; or the other `LockHolder` when the
    file is open elsewhere (open it read-only); or None when no lock can be written here (a
    read-only folder: the file is opened read-only anyway). `take_over` replaces any lock."""
    if is_server(db_path):
        return None  # no file to lock; the server serialises writes itself
    now = now or dt.datetime.now().replace(microsecond=0)
    mine = LockHolder(os_user=_os_user(), app_user=app_user or _os_user(),
                      host=host or this_host(), pid=os.getpid(), since=now,
                      token=secrets.token_hex(8))
    path = lock_path(db_path)
    try:
        created = _create(path, mine)
    except OSError as exc:  # read-only folder, network share refusing: no lock
        log.info("No lock file written (%s)", exc.strerror)
        return None
    if created:
        return FileLock(db_path, mine)
    holder = read_lock(db_path)
    if holder is not None and not take_over and not is_stale(holder, host=mine.host,
                                                              alive=alive):
        return holder
    if holder is not None:
        log.info("Taking over the lock of %s (pid %s)", holder.host, holder.pid)
    if not _replace(path, mine):
        return None
    now_there = read_lock(db_path)  # two windows taking over at once: one wins
    if now_there is not None and now_there.token != mine.token:
        return now_there
    return FileLock(db_path, mine)


def _create(path: Path, holder: LockHolder) -> bool:
    """Write the lock file whole, only if there is none: False when one exists. (A hard link
    of a finished temporary file, so no other window ever reads it half-written; where links
    are not supported, an exclusive create.)"""
    tmp = path.with_name(f".{path.name}.{holder.token}.tmp")
    tmp.write_text(holder.to_json(), encoding="utf-8")
    try:
        os.link(tmp, path)
        return True
    except FileExistsError:
        return False
    except OSError:
        pass  # no hard links here (FAT, some shares)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(holder.to_json())
    return True


def _replace(path: Path, holder: LockHolder) -> bool:
    tmp = path.with_name(f".{path.name}.{holder.token}.tmp")
    try:
        tmp.write_text(holder.to_json(), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False
    return True
