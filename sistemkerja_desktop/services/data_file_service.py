"""The data file as a whole: a consistent copy elsewhere, backups beside it, restoring one.

Copies go through SQLite's online backup API (`sqlite3.Connection.backup`), so a copy taken while
the app has the file open (WAL mode) is a consistent snapshot, never half a transaction. Every
copy is written to a temporary file in the target folder and then renamed over the target: a full
disk or a pulled USB stick leaves the old target (or nothing), never a broken file.

Automatic backups sit beside the data file as `NAMA.cadangan-YYYYMMDD-HHMMSS.sqlite` — the same
name the migrations use before a schema upgrade (`db.engine.backup_path`), so *Pulihkan dari
cadangan* lists both kinds.

A database on a PostgreSQL server (issue #12) is no file: its backups are the server
administrator's (pg_dump). A backup asked of it is refused in Indonesian (StorageError), it has
no backups to list, and *Simpan salinan* writes the office's data into a new SQLite file
(`services.salin_service`, as `sistemkerja salin`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sistemkerja_desktop.db.engine import backup_path
from sistemkerja_desktop.db.server import (
    DEFAULT_PORT,
    is_server,
    refuse_file_operation,
    server_url,
)
from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.exporters.files import atomic_output, check_output_path, storage_error

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = re.compile(r"\.cadangan-(\d{8})-(\d{6})(?:-(\d+))?$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    waktu: dt.datetime  # from the file name: when the backup was taken
    ukuran: int  # bytes


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def is_sqlite_file(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except OSError:
        return False


@contextlib.contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(str(path))
    try:
        yield conn
    finally:
        conn.close()


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def write_consistent_copy(source: Path, target: Path, *,
                          protected: tuple[Path, ...] = ()) -> Path:
    """Copy the SQLite database `source` to `target` (a single file in rollback-journal mode),
    atomically, through SQLite's online backup API: changes still in the -wal are in the copy.
    Refuses a target that is the source itself or one of `protected`, the -wal/-shm of either,
    or an existing automatic backup of the source; an older copy may be replaced."""
    source, target = Path(source), Path(target)
    if _same_file(source, target):
        raise ValidationError(f"Berkas tujuan {target} adalah berkas data yang sedang dibuka; "
                              "pilih nama atau folder lain. Tidak ada yang ditulis.",
                              field="tujuan", code="tujuan_sama")
    if not is_sqlite_file(source):
        raise StorageError(f"Berkas {source} bukan basis data Sistem Kerja (SQLite).")
    check_output_path(target, protected=(source, *protected), allow_database=True)
    if target.exists() and any(_same_file(target, b.path) for b in list_backups(source)):
        raise ValidationError(f"Berkas tujuan {target} adalah cadangan otomatis {source.name}; "
                              "menimpanya menghapus cadangan itu. Pilih nama lain. Tidak ada "
                              "yang ditulis.", field="tujuan", code="tujuan_cadangan")
    try:
        with atomic_output(target, ".tmp", replace_database=True,  # renamed when whole
                           protected=(source, *protected)) as tmp:
            try:
                with _connect(source) as src, _connect(tmp) as dst:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                    ok = dst.execute("PRAGMA quick_check").fetchone()
                    if not ok or ok[0] != "ok":
                        raise StorageError(f"Salinan {target.name} tidak utuh ({ok}); tidak "
                                           "disimpan.")
            finally:
                for leftover in _sidecars(tmp):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
    except sqlite3.Error as exc:
        raise _sqlite_storage_error(source, target, exc) from exc
    except OSError as exc:  # (atomic_output names the target already; a last guard)
        raise storage_error(target, exc) from exc
    log.info("Database copied to %s", target.name)
    return target


def _sqlite_storage_error(source: Path, target: Path, exc: sqlite3.Error) -> StorageError:
    """SQLite's English error while copying, as an Indonesian message naming the files."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    kept = (" Salinan lama dengan nama itu tidak berubah." if target.exists()
            else " Tidak ada berkas yang ditulis.")
    if code == sqlite3.SQLITE_FULL or "full" in str(exc):
        text = (f"Disk penuh: salinan {target} tidak dapat ditulis (ruang disk habis atau "
                "batas ukuran berkas tercapai).")
    elif code == sqlite3.SQLITE_IOERR:
        text = (f"Salinan {target} tidak dapat ditulis: galat baca/tulis disk (disk penuh, "
                "dicabut, atau rusak).")
    elif code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        text = f"Folder {target.parent} tidak dapat ditulis; salinan {target.name} tidak dibuat."
    elif code == sqlite3.SQLITE_BUSY:
        text = (f"Berkas data {source.name} sedang sibuk ditulis program lain; salinan tidak "
                "dibuat. Ulangi sebentar lagi.")
    elif code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        text = f"Berkas data {source} rusak; salinan tidak dibuat."
    else:
        text = f"Salinan ke {target} gagal (galat SQLite: {exc})."
    return StorageError(text + kept, code="tidak_dapat_ditulis")


def check_output(path: Path, protected: Sequence[Path] = ()) -> None:
    """Refuse `path` as an output file (PDF, xlsx, PNG, .eml) when it is one of `protected` (the
    open data file) or its -wal/-shm, or any existing data file or backup: ValidationError in
    Indonesian naming the file. For the views' save dialogs."""
    check_output_path(Path(path), protected=tuple(Path(p) for p in protected))


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The automatic backups of `db_path` in its folder, newest first."""
    db_path = Path(db_path)
    found: list[tuple[int, BackupInfo]] = []
    if not db_path.parent.is_dir():
        return []
    prefix = f"{db_path.stem}.cadangan-"
    for candidate in db_path.parent.glob(f"{glob.escape(prefix)}*{glob.escape(db_path.suffix)}"):
        stem = candidate.name[: len(candidate.name) - len(db_path.suffix)]
        match = _STAMP.search(stem)
        if match is None or stem[: match.start()] != db_path.stem or not candidate.is_file():
            continue
        try:
            waktu = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
            size = candidate.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((int(match.group(3) or 1), BackupInfo(candidate, waktu, size)))
    found.sort(key=lambda item: (item[1].waktu, item[0]), reverse=True)
    return [info for _seq, info in found]


def new_backup_path(db_path: Path, now: dt.datetime) -> Path:
    """`NAMA.cadangan-YYYYMMDD-HHMMSS.sqlite`; a second backup in the same second gets `-2`."""
    path = backup_path(Path(db_path), now)
    n = 2
    while path.exists():
        path = path.with_name(f"{Path(db_path).stem}.cadangan-{now:%Y%m%d-%H%M%S}-{n}"
                              f"{Path(db_path).suffix}")
        n += 1
    return path


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace `db_path` by the contents of `backup`. The database must be CLOSED (every engine
    disposed): its WAL/SHM files are removed, then the copy is renamed over it."""
    if is_server(db_path):
        raise refuse_file_operation(db_path, "Pemulihan dari cadangan")
    backup, db_path = Path(backup), Path(db_path)
    if _same_file(backup, db_path):
        raise ValidationError("Cadangan yang dipilih adalah berkas data itu sendiri.",
                              code="tujuan_sama")
    if not is_sqlite_file(backup):
        raise StorageError(f"Berkas {backup.name} bukan cadangan basis data yang dapat dipakai; "
                           "berkas data tidak diubah.")
    # the copy is made first (next to the data file), so a failure leaves the data file as it was
    staging = db_path.with_name(f".{db_path.name}.pulihkan.tmp")
    write_consistent_copy(backup, staging)
    try:
        for sidecar in _sidecars(db_path):
            if sidecar.exists():
                sidecar.unlink()
        os.replace(staging, db_path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise StorageError(f"Berkas data {db_path} tidak dapat diganti: {exc}") from exc
    log.info("Database restored from backup %s", backup.name)


def remove_empty_database(db_path: Path) -> None:
    """Delete a database file the app has just created and left empty (the user cancelled).
    A server database is left alone (its administrator made it)."""
    if is_server(db_path):
        return
    for path in (Path(db_path), *_sidecars(Path(db_path))):
        with contextlib.suppress(OSError):
            path.unlink()


def server_address(host: str, database: str, *, port: int = DEFAULT_PORT, user: str = "",
                   password: str = "") -> Path:
    """The address of an office database on a PostgreSQL server (*Buka server…*), to open like
    a file; nothing is connected yet. The password stays in memory only: it is in no text of
    the address. A missing server or database name is a ValidationError naming the field."""
    host, database = host.strip(), database.strip()
    if not host:
        raise ValidationError("Nama atau alamat server wajib diisi.", field="server")
    if not database:
        raise ValidationError("Nama basis data di server wajib diisi.", field="basis_data")
    if not 0 < port < 65536:
        raise ValidationError(f"Port {port} tidak sah (1–65535).", field="port")
    return server_url(host, database, user=user.strip(), password=password,
                      port=None if port == DEFAULT_PORT else port)


class DataFileService:
    """File-level operations on the open data file. Qt-free; the views call these from the
    Berkas menu."""

    def __init__(self, db_path: Path, now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._path = db_path if is_server(db_path) else Path(db_path)
        self._now = now

    @property
    def path(self) -> Path:
        return self._path

    @property
    def server(self) -> bool:
        """The data is on a PostgreSQL server: no backups beside it (the admin makes them)."""
        return is_server(self._path)

    def save_copy(self, target: Path) -> Path:
        """A consistent copy of the open file at `target` (which must not be the file itself,
        its -wal/-shm, or one of its automatic backups). From a server: a new SQLite file with
        the office's data (as `sistemkerja salin`)."""
        if is_server(self._path):
            from sistemkerja_desktop.services.salin_service import salin_ke_berkas

            return salin_ke_berkas(self._path, Path(target))
        return write_consistent_copy(self._path, Path(target))

    def check_output(self, path: Path) -> None:
        """Refuse `path` as an output (PDF, xlsx, PNG, .eml) when it is the open data file, its
        -wal/-shm, or any other data file or backup (ValidationError naming it)."""
        check_output(path, (self._path,))

    def backup_now(self) -> Path:
        """A backup beside the data file, in the place the automatic backups live."""
        if is_server(self._path):
            raise refuse_file_operation(self._path, "Cadangan otomatis")
        target = new_backup_path(self._path, self._now())
        write_consistent_copy(self._path, target)
        log.info("Backup made: %s", target.name)
        return target

    def backups(self) -> list[BackupInfo]:
        if is_server(self._path):
            return []
        return list_backups(self._path)
