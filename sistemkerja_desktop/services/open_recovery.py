"""A data file that would not open: what went wrong, which automatic backups there are, and
putting one back. The GUI shows this in a dialog (views/open_problem_dialog.py), the CLI as a
few lines on stderr.

Restoring over a file that failed to open first keeps that file, byte for byte, as
`NAMA.rusak-YYYYMMDD-HHMMSS.sqlite` (with its -wal): a damaged file may still hold the latest
work, which a specialist can sometimes recover. Then the backup is copied in with
`data_file_service.restore_backup`, the same code as *Berkas › Pulihkan dari cadangan*.

A database on a PostgreSQL server (issue #12) has no backups beside it: a failure to open it is
explained (server, database, user) without any, and restoring is the server administrator's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sistemkerja_desktop.db.engine import (
    CODE_DAMAGED,
    CODE_NOT_SQLITE,
    CODE_UNREADABLE,
    CODE_UPGRADE_FAILED,
    DAMAGED_REASON,
)
from sistemkerja_desktop.db.server import is_server, refuse_file_operation
from sistemkerja_desktop.domain.errors import SistemKerjaError, StorageError
from sistemkerja_desktop.domain.naskah import tanggal_id
from sistemkerja_desktop.services.data_file_service import (
    BackupInfo,
    list_backups,
    restore_backup,
)

log = logging.getLogger(__name__)

__all__ = ["DAMAGED_REASON", "OpenProblem", "cli_hint", "describe_failure",
           "restore_after_failure"]

# Failures for which an automatic backup may help (not: missing file, newer version).
RECOVERABLE = frozenset({CODE_DAMAGED, CODE_NOT_SQLITE, CODE_UNREADABLE, CODE_UPGRADE_FAILED})


@dataclass(frozen=True)
class OpenProblem:
    path: Path
    message: str  # the Indonesian reason, from the error
    code: str
    backups: list[BackupInfo] = field(default_factory=list)  # newest first
    read_only_possible: bool = False  # a damaged file may still be read
    server: bool = False  # a PostgreSQL server's database: no backups here

    @property
    def offers_recovery(self) -> bool:
        return bool(self.backups) or self.read_only_possible


def describe_failure(path: Path, exc: SistemKerjaError) -> OpenProblem:
    if is_server(path):
        return OpenProblem(path=path, message=exc.message, code=exc.code, server=True)
    path = Path(path)
    recoverable = isinstance(exc, StorageError) and exc.code in RECOVERABLE
    return OpenProblem(path=path, message=exc.message, code=exc.code,
                       backups=list_backups(path) if recoverable else [],
                       read_only_possible=recoverable and exc.code == CODE_DAMAGED)


def format_size(size: int) -> str:
    """1,2 MB / 840 KB, as Indonesian writes decimals."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def cli_hint(problem: OpenProblem) -> list[str]:
    """The lines the CLI prints after the error: the newest backup and how to put it back."""
    if problem.server:
        return ([SERVER_HINT] if problem.code == CODE_UPGRADE_FAILED else [])
    if problem.code not in RECOVERABLE:
        return []
    if not problem.backups:
        return [(f"Tidak ada cadangan otomatis ({problem.path.stem}.cadangan-*.sqlite) di "
                 f"folder {problem.path.parent}.")]
    newest = problem.backups[0]
    others = (f"; {len(problem.backups) - 1} cadangan lain di folder yang sama."
              if len(problem.backups) > 1 else ".")
    lines = [f"Cadangan otomatis terbaru: {newest.path}",
             (f"  dibuat {tanggal_id(newest.waktu.date())} pukul {newest.waktu:%H.%M}, "
              f"{format_size(newest.ukuran)}{others}")]
    lines.append(f"Memulihkan: `sistemkerja --db {problem.path} cadangan pulihkan "
                 f"{newest.path}` (berkas yang sekarang disimpan dulu sebagai "
                 f"{problem.path.stem}.rusak-….sqlite), atau buka aplikasi Sistem Kerja Desktop "
                 "dengan berkas ini lalu pilih Pulihkan.")
    return lines


SERVER_HINT = ("Basis data di server dicadangkan dan dipulihkan oleh admin server (mis. "
               "pg_dump / pg_restore); tidak ada cadangan otomatis di komputer ini.")


def keep_damaged_copy(path: Path, now: dt.datetime | None = None) -> Path | None:
    """Copy the file as it is (and its -wal) to `NAMA.rusak-YYYYMMDD-HHMMSS.sqlite`; None
    when there is nothing to keep."""
    if is_server(path):
        raise refuse_file_operation(path, "Pemulihan dari cadangan")
    path = Path(path)
    if not path.exists():
        return None
    stamp = f"{(now or dt.datetime.now()):%Y%m%d-%H%M%S}"
    target = path.with_name(f"{path.stem}.rusak-{stamp}{path.suffix}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.stem}.rusak-{stamp}-{n}{path.suffix}")
        n += 1
    try:
        shutil.copy2(path, target)
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise StorageError(f"Berkas {path.name} tidak dapat disimpan sebagai {target.name} "
                           f"sebelum dipulihkan: {exc}. Tidak ada yang diubah.") from exc
    log.info("Damaged data file kept as %s", target.name)
    return target


def restore_after_failure(path: Path, backup: Path, now: dt.datetime | None = None) -> Path | None:
    """Keep the file that failed to open, then put `backup` in its place. Returns the kept
    copy. The file must not be open (it is not: it failed to open)."""
    kept = keep_damaged_copy(path, now)
    restore_backup(backup, path)
    return kept
