"""Saving an openpyxl workbook so that a save failing midway (a full disk) leaves no noise.

openpyxl writes each sheet through a generator; a save that fails leaves those writers
suspended, and when they are collected their clean-up writes to the full file again and Python
prints "Exception ignored in <generator …>" with a traceback on stderr — after our Indonesian
message. `simpan` closes a write-only workbook's sheet writers itself and collects the rest of
a failed save right away, logging what their clean-up raised instead of printing it."""

from __future__ import annotations

import gc
import logging
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

import openpyxl

log = logging.getLogger(__name__)


def simpan(wb: openpyxl.Workbook, tmp: Path) -> None:
    """`wb.save(tmp)`; a failure to write (OSError) is re-raised after the writers are
    disposed of, without its traceback (it holds them); any other error keeps its traceback for
    the log."""
    try:
        wb.save(tmp)
        return
    except OSError as exc:
        err = exc
    _buang(wb, err)
    raise err


def _buang(wb: openpyxl.Workbook, err: BaseException) -> None:
    for ws in wb.worksheets:  # write-only sheets keep their writer on the sheet
        with suppress(Exception):
            if getattr(ws, "closed", True) is False:
                ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with suppress(Exception):
                writer.cleanup()
    hook = sys.unraisablehook

    def catat(u: Any) -> None:
        log.debug("openpyxl writer clean-up after a failed save: %r", u.exc_value)

    sys.unraisablehook = catat
    try:
        # a normal workbook's sheet writers live in the frames of the failed save, which the
        # traceback keeps: dropping it finalises them here, quietly
        err.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = hook
