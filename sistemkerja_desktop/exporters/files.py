"""Small file helpers shared by the exporters: never write over a data file, write every output
through a temporary file beside it, and name the file in Indonesian when the disk says no."""

from __future__ import annotations

import errno
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sistemkerja_desktop.domain.errors import StorageError, ValidationError

_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal", ".kunci")  # .kunci: the GUI lock (services/file_lock)
# A temporary file left by a process that was killed while writing is removed by the next
# successful export of the same name once it is this old (a live writer keeps its own fresh).
STALE_TEMP_SECONDS = 10 * 60


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == _SQLITE_HEADER
    except OSError:
        return False


def _refused(path: Path, why: str) -> ValidationError:
    return ValidationError(f"Berkas keluaran {path} {why}. Pilih nama lain. Tidak ada yang "
                           "ditulis.", field="berkas", code="keluaran_berkas_data")


def check_output_path(path: Path, *, protected: tuple[Path, ...] = (),
                      allow_database: bool = False) -> None:
    """Refuse an output path that would replace a data file: one of `protected` (the open
    database) or its -wal/-shm/-journal (even before they exist), any existing SQLite database
    (a data file, a backup, a copy), or the -wal/-shm/-journal beside one. Raises
    ValidationError naming the file; nothing is written. `allow_database`: a copy of the data
    file may replace an older copy (still never a protected file or a side file)."""
    path = Path(path)
    try:
        _check(path, protected, allow_database)
    except OSError as exc:  # a name the system cannot even look up (too long, a loop, …)
        why = ("namanya terlalu panjang" if exc.errno == errno.ENAMETOOLONG
               else f"tidak dapat diperiksa ({exc.strerror or exc})")
        raise ValidationError(f"Berkas keluaran {path} tidak dapat dipakai: {why}. Tidak ada "
                              "yang ditulis.", field="berkas", code="keluaran_tidak_sah") from exc


def _check(path: Path, protected: tuple[Path, ...], allow_database: bool) -> None:
    target = path.resolve()
    for other in protected:
        other = Path(other).resolve()
        same = target == other
        with suppress(OSError):
            same = same or (target.exists() and os.path.samefile(target, other))
        side = target.parent == other.parent and target.name.casefold() in {
            (other.name + s).casefold() for s in _SIDE_FILES}
        if same or side:
            raise _refused(path, "adalah berkas data yang sedang dibuka"
                           + ("" if same else f" ({other.name}, bagian {target.name})")
                           + "; menimpanya akan merusak data")
    if target.is_dir():
        raise ValidationError(f"{path} adalah folder; pilih nama berkas. Tidak ada yang ditulis.",
                              field="berkas", code="keluaran_folder")
    if not allow_database and _is_database(target):
        raise _refused(path, "adalah berkas data Sistem Kerja (SQLite); menimpanya akan "
                             "menghapus data")
    for side in _SIDE_FILES:
        if target.name.casefold().endswith(side):
            base = target.with_name(target.name[: -len(side)])
            if _is_database(base):
                raise _refused(path, f"adalah bagian dari berkas data {base.name}")


def storage_error(path: Path, exc: OSError) -> StorageError:
    """An OSError met while writing `path`, as an Indonesian message that names the file and
    says the previous file (if any) is unchanged."""
    path = Path(path)
    folder = path.parent
    try:
        existed = path.exists()
        folder_missing = not folder.is_dir()
    except OSError:
        existed = folder_missing = False
    kept = (" Berkas lama dengan nama itu tidak berubah." if existed
            else " Tidak ada berkas yang ditulis.")
    code = exc.errno
    if code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        text = (f"Disk penuh: berkas {path} tidak dapat ditulis (ruang disk habis atau batas "
                "ukuran berkas tercapai). Kosongkan ruang atau pilih disk lain.")
    elif code == errno.EROFS:
        text = f"Folder {folder} tidak dapat ditulis: disk hanya-baca. Pilih folder lain."
    elif code in (errno.EACCES, errno.EPERM):
        text = (f"Folder {folder} tidak dapat ditulis (tidak ada izin), atau berkas {path.name} "
                "sedang dibuka di aplikasi lain. Tutup berkas itu atau pilih folder lain.")
    elif code == errno.ENOENT and folder_missing:
        text = f"Folder {folder} tidak ada; berkas {path.name} tidak dapat ditulis."
    elif code == errno.ENAMETOOLONG:
        text = f"Nama berkas {path} terlalu panjang; pilih nama yang lebih pendek."
    elif code == errno.ENOTDIR:
        text = f"{folder} bukan folder; berkas {path.name} tidak dapat ditulis."
    else:
        text = f"Berkas {path} tidak dapat ditulis: {exc.strerror or exc}."
    return StorageError(text + kept, code="tidak_dapat_ditulis")


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


# Permissions for files users share (tempfile.mkstemp creates 0600).
FILE_MODE = _file_mode()


def _temp_pattern(path: Path, suffix: str) -> re.Pattern[str]:
    # tempfile.mkstemp: prefix + 8 characters of [a-z0-9_] + suffix
    return re.compile(rf"\.{re.escape(path.stem)}-[a-z0-9_]{{8}}{re.escape(suffix)}\Z")


def remove_stale_temps(path: Path, suffix: str, *, older_than: float = STALE_TEMP_SECONDS,
                       now: float | None = None) -> list[Path]:
    """Remove temporary files of `path` (`.NAME-xxxxxxxx.SUFFIX`) older than `older_than`
    seconds: left by an export that was killed before it could clean up."""
    path = Path(path)
    now = time.time() if now is None else now
    pattern = _temp_pattern(path, suffix)
    removed: list[Path] = []
    with suppress(OSError):
        for candidate in path.parent.iterdir():
            if not pattern.match(candidate.name):
                continue
            with suppress(OSError):
                if now - candidate.stat().st_mtime > older_than and candidate.is_file():
                    candidate.unlink()
                    removed.append(candidate)
    return removed


def _remove_temp(tmp: Path) -> None:
    """The temporary file and anything a writer made beside it from its name (a nested
    temporary file, an SQLite journal)."""
    with suppress(OSError):
        tmp.unlink(missing_ok=True)
    with suppress(OSError):
        for leftover in tmp.parent.glob(f"{_glob_escape(tmp.name)}-*"):
            leftover.unlink(missing_ok=True)
        for leftover in tmp.parent.glob(f"{_glob_escape('.' + tmp.stem)}-*"):
            leftover.unlink(missing_ok=True)


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?[])", r"[\1]", text)


@contextmanager
def atomic_output(path: Path, suffix: str, *, replace_database: bool = False,
                  protected: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Write through a temporary file beside `path`, renamed over it only when the block ends
    without error: a failed or cancelled export never leaves a half-written file, and an
    existing file of that name stays as it was. A path that is a data file is refused
    (`check_output_path`); `replace_database` lets a copy of the data file replace an older
    copy (never one of `protected` or a -wal/-shm). An OSError (disk full, no permission,
    read-only disk) becomes a StorageError naming `path`."""
    path = Path(path)
    check_output_path(path, protected=protected, allow_database=replace_database)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=suffix)
        os.close(fd)
    except OSError as exc:
        raise storage_error(path, exc) from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, FILE_MODE)  # mkstemp makes 0600; exports are for sharing
        os.replace(tmp, path)
    except OSError as exc:
        raise storage_error(path, exc) from exc
    except StorageError as exc:
        # a writer that reported the temporary file's name: name the file the user chose
        if isinstance(exc.__cause__, OSError) and tmp.name in exc.message:
            raise storage_error(path, exc.__cause__) from exc.__cause__
        raise
    finally:
        _remove_temp(tmp)
    remove_stale_temps(path, suffix)


def write_bytes_atomic(path: Path, data: bytes, suffix: str, *,
                       protected: tuple[Path, ...] = ()) -> Path:
    """`data` into `path` through `atomic_output`."""
    with atomic_output(path, suffix, protected=protected) as tmp, tmp.open("wb") as fh:
        fh.write(data)
    return Path(path)
