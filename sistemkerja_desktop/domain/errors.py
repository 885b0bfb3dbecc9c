"""Exception hierarchy. Domain errors carry codes and data; messages are Indonesian and user-facing."""

from __future__ import annotations

import errno


class SistemKerjaError(Exception):
    """A known error: shown to the user, never a bug."""

    code = "galat"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ValidationError(SistemKerjaError):
    """Bad input for one field."""

    code = "tidak_valid"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.field = field


class NotFoundError(SistemKerjaError):
    code = "tidak_ditemukan"


class RuleViolation(SistemKerjaError):
    """A hard rule of the active regulation profile blocks the action."""

    code = "melanggar_aturan"

    def __init__(self, message: str, *, citation: str, code: str | None = None) -> None:
        super().__init__(f"{message} (dasar: {citation})", code=code)
        self.citation = citation


class InvalidTransition(SistemKerjaError):
    code = "transisi_tidak_sah"


class PermissionDenied(SistemKerjaError):
    code = "tidak_berwenang"


class SchemaTooNewError(SistemKerjaError):
    code = "basis_data_terlalu_baru"


class StorageError(SistemKerjaError):
    """The environment failed: disk full, file locked, corrupt, read-only."""

    code = "penyimpanan"


class ConflictError(SistemKerjaError):
    """Someone else (another window, the CLI, another laptop on a shared folder) saved this
    record after it was shown: nothing was saved; reload and try again."""

    code = "konflik"


class ReadOnlyError(StorageError):
    """The data file is open read-only (a read-only folder, a damaged file, another window
    holds it): nothing can be saved."""

    code = "hanya_baca"


# errno → the reason in Indonesian: an OSError's own strerror is English ("Is a directory").
_OS_REASONS = {
    errno.ENOENT: "tidak ditemukan", errno.EACCES: "izin ditolak", errno.EPERM: "izin ditolak",
    errno.ENOSPC: "disk penuh", errno.EFBIG: "disk penuh (atau berkas terlalu besar)",
    getattr(errno, "EDQUOT", -2): "kuota disk habis", errno.EROFS: "folder hanya dapat dibaca",
    errno.EISDIR: "itu sebuah folder, bukan berkas", errno.ENOTDIR: "bagian jalurnya bukan folder",
    errno.ENAMETOOLONG: "namanya terlalu panjang", errno.EEXIST: "sudah ada",
    errno.EBUSY: "sedang dipakai program lain", errno.EINVAL: "nama atau jalurnya tidak sah",
    errno.EIO: "galat baca/tulis perangkat (disk rusak atau dicabut?)",
    errno.ENOTEMPTY: "folder tidak kosong", errno.EXDEV: "berada di perangkat lain",
}


def os_error_reason(exc: OSError) -> str:
    """Why a file operation failed, in Indonesian ("disk penuh", "izin ditolak" …)."""
    if isinstance(exc, PermissionError) and exc.errno is None:
        return "izin ditolak"
    return _OS_REASONS.get(exc.errno or -1, f"galat sistem {exc.errno or '?'}")
