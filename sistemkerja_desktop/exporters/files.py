"""Small file helpers shared by the exporters."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sistemkerja_desktop.domain.errors import ValidationError

_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _is_database(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == _SQLITE_HEADER
    except OSError:
        return False


def check_output_path(path: Path, *, protected: tuple[Path, ...] = ()) -> None:
    """Refuse an output path that would replace a data file: one of `protected` (the open
    database), any existing SQLite database (a data file, a backup, a copy), or the -wal/-shm/
    -journal beside one. Raises ValidationError naming the file; nothing is written."""
    path = Path(path)
    target = path.resolve()
    for other in protected:
        other = Path(other).resolve()
        if target == other or target.name in {other.name + side for side in _SIDE_FILES} \
                and target.parent == other.parent:
            raise ValidationError(
                f"Berkas keluaran {path} adalah berkas data yang sedang dibuka; pilih nama lain. "
                "Tidak ada yang ditulis.", field="berkas", code="keluaran_berkas_data")
    if target.is_dir():
        raise ValidationError(f"{path} adalah folder; pilih nama berkas. Tidak ada yang ditulis.",
                              field="berkas", code="keluaran_folder")
    if _is_database(target):
        raise ValidationError(
            f"Berkas keluaran {path} adalah berkas data Sistem Kerja (SQLite); menimpanya akan "
            "menghapus data. Pilih nama lain. Tidak ada yang ditulis.", field="berkas",
            code="keluaran_berkas_data")
    for side in _SIDE_FILES:
        if target.name.endswith(side):
            base = target.with_name(target.name[: -len(side)])
            if _is_database(base):
                raise ValidationError(
                    f"Berkas keluaran {path} adalah bagian dari berkas data {base.name}; "
                    "pilih nama lain. Tidak ada yang ditulis.", field="berkas",
                    code="keluaran_berkas_data")


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


# Permissions for files users share (tempfile.mkstemp creates 0600).
FILE_MODE = _file_mode()


@contextmanager
def atomic_output(path: Path, suffix: str, *, replace_database: bool = False) -> Iterator[Path]:
    """Write through a temporary file beside `path`, renamed over it only when the block ends
    without error: a failed or cancelled export never leaves a half-written file, and an
    existing file of that name stays as it was. A path that is a data file is refused
    (`check_output_path`) unless `replace_database` (a copy of the data file over an older
    copy, checked by its caller against the open database)."""
    path = Path(path)
    if not replace_database:
        check_output_path(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=suffix)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, FILE_MODE)  # mkstemp makes 0600; exports are for sharing
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
