"""`sistemkerja riwayat` and `sistemkerja periksa-berkas` (issue #8): the audit log and the
file's integrity."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

COMMANDS: dict[tuple[str, str | None], Callable[..., int]] = {}


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the subcommands (filled in by issue #8)."""
