"""What every `sistemkerja` command module shares: exit codes, argument types, argparse in
Indonesian, and the quiet end of a closed pipe."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from sistemkerja_desktop.domain.errors import os_error_reason

EXIT_OK, EXIT_GALAT, EXIT_INPUT = 0, 1, 2
EXIT_PIPE = 141  # 128 + SIGPIPE, as other Unix tools whose reader went away (`| head`)


# SQLite stores integers in 8 bytes: a larger id cannot name a record (and would crash the
# driver with an English OverflowError).
SQLITE_INT_MAX = 2**63 - 1
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def record_id(text: str) -> int:
    """argparse type for a record number (TIM_ID …): a whole number from 1 to SQLite's largest
    integer, with an Indonesian message; never an OverflowError from the database driver."""
    value = text.strip()
    if not _WHOLE_NUMBER.fullmatch(value):
        raise argparse.ArgumentTypeError(f"bukan bilangan bulat: '{_short(text)}'")
    digits = value.lstrip("+-").lstrip("0")
    if len(digits) > len(str(SQLITE_INT_MAX)) or int(value) > SQLITE_INT_MAX:
        raise argparse.ArgumentTypeError(f"nomor '{_short(text)}' terlalu besar; tidak ada "
                                         "data dengan nomor itu")
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"nomor '{_short(text)}' tidak sah (harus 1 atau "
                                         "lebih)")
    return number


def _short(text: str, limit: int = 40) -> str:
    """An echoed argument stays readable even when it is 1,000 characters long."""
    return text if len(text) <= limit else text[:limit - 1] + "…"


# Dates a government office writes: outside this range a date is a typo (0001-01-01,
# 9999-12-31), and date arithmetic on it would overflow (English OverflowError).
TANGGAL_MIN, TANGGAL_MAX = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


def tanggal(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD from 1900 to 2100, with an Indonesian message."""
    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal '{_short(text)}' tidak sah (format "
                                         "YYYY-MM-DD)") from None
    if not TANGGAL_MIN <= value <= TANGGAL_MAX:
        raise argparse.ArgumentTypeError(
            f"tanggal {value.isoformat()} di luar rentang {TANGGAL_MIN.year}–"
            f"{TANGGAL_MAX.year}; periksa tahunnya")
    return value


# ---- argparse in Indonesian ----------------------------------------------------------------

USAGE_PREFIX = "Penggunaan: "
POSITIONALS_TITLE = "argumen"
OPTIONALS_TITLE = "opsi"
HELP_HELP = "tampilkan bantuan ini lalu keluar"
VERSION_HELP = "tampilkan nomor versi lalu keluar"


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


# argparse's own error messages (Python 3.11–3.13 wording), in the order they are tried.
_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"^argument (\S+): ", r"argumen \1: "),
        (r"the following arguments are required: ", "argumen berikut wajib diisi: "),
        (r"invalid choice: (.*) \(choose from (.*)\)",
         r"pilihan tidak dikenal: \1 (pilih dari \2)"),
        (r"invalid int value: ", "bukan bilangan bulat: "),
        (r"invalid float value: ", "bukan bilangan: "),
        (r"invalid \S+ value: ", "nilai tidak sah: "),
        (r"unrecognized arguments: ", "argumen tidak dikenal: "),
        (r"expected one argument", "perlu satu nilai"),
        (r"expected at most one argument", "paling banyak satu nilai"),
        (r"expected at least one argument", "perlu sedikitnya satu nilai"),
        (r"expected (\d+) arguments?", r"perlu \1 nilai"),
        (r"not allowed with argument ", "tidak boleh bersama argumen "),
        (r"one of the arguments (.*) is required", r"salah satu argumen \1 wajib diisi"),
        (r"ambiguous option: (.*) could match (.*)", r"opsi ambigu: \1 dapat berarti \2"),
        (r"ignored explicit argument ", "nilai tidak dipakai: "),
        (r"unexpected option string: ", "opsi tak terduga: "),
    ))


def translate_error(message: str) -> str:
    for pattern, replacement in _ERRORS:
        message = pattern.sub(replacement, message)
    return message


# ---- database files ------------------------------------------------------------------------

def remove_new_database(path: Path) -> None:
    """A command failed on a file it created: leave nothing behind (not even -wal/-shm)."""
    for candidate in (path, path.with_name(path.name + "-wal"),
                      path.with_name(path.name + "-shm"),
                      path.with_name(path.name + "-journal")):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            pass


# ---- errors of the environment -------------------------------------------------------------

def os_error_message(exc: OSError) -> str:
    """An OSError that escaped a service, in Indonesian and naming the file (no English
    strerror): "berkas X tidak dapat dipakai: namanya terlalu panjang"."""
    reason = os_error_reason(exc)
    if exc.filename is not None:
        name = _short(os.fsdecode(exc.filename), 120)
        return f"berkas {name} tidak dapat dipakai: {reason}"
    return f"operasi berkas gagal: {reason}"


# ---- output ------------------------------------------------------------------------------

def configure_console() -> None:
    """A Windows console in cp1252 cannot encode every name (Arabic, CJK, emoji): print what
    it can and a replacement for the rest instead of a UnicodeEncodeError traceback."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):  # not a text file (tests' capture objects)
            pass


def stop_on_broken_pipe() -> int:
    """The reader of stdout went away (`sistemkerja pegawai daftar | head -1`): stop quietly.
    stdout is pointed at devnull so Python's final flush does not complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests)
        pass
    return EXIT_PIPE
