"""Fault tests (issue #8): subprocesses killed mid-write, two processes, a full or read-only
folder. Tools shared by every test in this folder.

- `cli(db, *args, **kw)`: run `sistemkerja --db DB …` in a fresh Python process.
- `python(code, **kw)`: run a Python snippet in a fresh process (for kills at a named point).
- `disk_full(limit_bytes)`: `preexec_fn` giving the child a file-size limit: a write past it
  fails with EFBIG as on a full disk (portable; no tmpfs or root needed).
- `as_other_user()`: `preexec_fn` dropping root to `nobody`, so a chmod'ed read-only folder is
  really read-only when the tests run as root (CI containers); `None` when not root.
- `digest(path)`: SHA-256 of a file, to show it is unchanged.
- `query(db, sql, params)` / `execute(db, sql, params)`: read or edit the database as an outside
  tool would (`sqlite3`, or psycopg on a PostgreSQL server; `?` parameters either way);
  `integrity(db)`: SQLite's integrity_check ("ok" on a server, which checks its own storage).

`db` is a SQLite file's path or, for the PostgreSQL variant of a test (issue #12), the address of
a database on the test server (tests/server_uji.py): `cli(db, …)` passes either to `--db`.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from server_uji import execute, is_server, query  # noqa: F401 - re-exported for the tests

ROOT = Path(__file__).resolve().parents[2]
DEMO_SNAPSHOT = ROOT / "tests" / "data" / "db" / "schema_0003_unit_induk.sqlite"


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("SISTEMKERJA_DB", None)
    env.update(extra or {})
    return env


def cli(db: Path | str, *args: str, env: dict[str, str] | None = None, timeout: float = 120,
        preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db", str(db),
                           *args], capture_output=True, text=True, timeout=timeout,
                          env=_env(env), cwd=ROOT, preexec_fn=preexec_fn)


def python(code: str, *, env: dict[str, str] | None = None, timeout: float = 120,
           preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=timeout, env=_env(env), cwd=ROOT, preexec_fn=preexec_fn)


def disk_full(limit_bytes: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
    return apply


def as_other_user() -> Callable[[], None] | None:
    if os.geteuid() != 0:
        return None

    def apply() -> None:
        os.setgid(65534)
        os.setuid(65534)
    return apply


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()




def integrity(db: Path | str) -> str:
    if is_server(db):
        return "ok"  # no file: the server keeps its own storage whole
    return str(query(db, "PRAGMA integrity_check")[0][0])
