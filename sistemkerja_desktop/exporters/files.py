"""Small file helpers shared by the exporters."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


# Permissions for files users share (tempfile.mkstemp creates 0600).
FILE_MODE = _file_mode()


@contextmanager
def atomic_output(path: Path, suffix: str) -> Iterator[Path]:
    """Write through a temporary file beside `path`, renamed over it only when the block ends
    without error: a failed or cancelled export never leaves a half-written file, and an
    existing file of that name stays as it was."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=suffix)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, FILE_MODE)  # mkstemp makes 0600; exports are for sharing
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
