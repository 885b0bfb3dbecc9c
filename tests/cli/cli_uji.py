"""What the CLI tests share: run `sistemkerja` in-process, and a demo data file."""

from __future__ import annotations

from pathlib import Path

from sistemkerja_desktop.cli.main import main


def run(capsys, *args) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `sistemkerja ARGS…`; argparse's usage errors included."""
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def demo_db(tmp_path: Path, capsys, name: str = "d.sqlite") -> Path:
    """A fresh demo agency data file (`sistemkerja demo`)."""
    path = tmp_path / name
    assert run(capsys, "--db", path, "demo")[0] == 0
    return path
