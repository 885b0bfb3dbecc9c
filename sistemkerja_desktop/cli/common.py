"""What every `sistemkerja` command module shares: exit codes and argument types."""

from __future__ import annotations

import argparse
import datetime as dt

EXIT_OK, EXIT_GALAT, EXIT_INPUT = 0, 1, 2


def tanggal(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD, with an Indonesian message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal '{text}' tidak sah (format YYYY-MM-DD)") \
            from None
