"""`sistemkerja cadangan buat -o FILE` (issue #8): a consistent copy of the open data file
through SQLite's online backup API."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

COMMANDS: dict[tuple[str, str | None], Callable[..., int]] = {}


def register(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add the subcommands (filled in by issue #8)."""
