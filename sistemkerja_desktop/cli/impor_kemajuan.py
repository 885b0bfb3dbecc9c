"""`sistemkerja pegawai impor` on a large sheet: one line on stderr every few seconds while the
sheet is read ("daftar.xlsx: membaca baris 40.000 dari ±100.000 …"). A sheet read within the
first interval prints nothing, so small imports stay quiet.

    svc.impor.run(path, …, read_progress=LaporanBaca(path.name))
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

INTERVAL_DETIK = 3.0


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class LaporanBaca:
    """A `Progress` callback (rows read, rows declared or 0) that prints at most one line per
    `interval` seconds, the first only after `interval` seconds."""

    def __init__(self, nama_berkas: str, *, interval: float = INTERVAL_DETIK,
                 clock: Callable[[], float] = time.monotonic, stream: TextIO | None = None
                 ) -> None:
        self._nama = nama_berkas
        self._interval = interval
        self._clock = clock
        self._stream = stream
        self._next = clock() + interval
        self.lines = 0

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if now < self._next:
            return
        self._next = now + self._interval
        dari = f" dari ±{_angka(total)}" if total > done else ""
        print(f"{self._nama}: membaca baris {_angka(done)}{dari} …",
              file=self._stream or sys.stderr, flush=True)
        self.lines += 1
