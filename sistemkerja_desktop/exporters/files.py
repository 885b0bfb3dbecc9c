"""Small file helpers shared by the exporters."""

from __future__ import annotations

import os


def _file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


# Permissions for files users share (tempfile.mkstemp creates 0600).
FILE_MODE = _file_mode()
