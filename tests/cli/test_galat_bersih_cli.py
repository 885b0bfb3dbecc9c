"""Hostile-input sweep of the CLI (issue #8 "Clean errors everywhere"): every subcommand found
in `build_parser()` runs with huge, negative, empty and 1,000-character arguments, a missing
file, a folder where a file is expected and dates at the ends of the calendar. The promise to
users: an Indonesian message and exit 0, 1 or 2 — never a traceback.

Commands run in-process through `cli.main.main` (a subprocess per case would take minutes): an
exception escaping `main` is exactly what would print a traceback. A few cases are repeated
in a real subprocess to look at stderr itself.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sistemkerja_desktop.cli.main import build_parser, main
from sistemkerja_desktop.services.container import build_services

HUGE = "99999999999999999999999"
LONG = "X" * 1000
BAD_DATES = ("0001-01-01", "9999-12-31", "2024-02-30")
EXIT_CODES = {0, 1, 2}


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
           ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, sub in subs[0].choices.items():
        yield from leaves(sub, (*path, name))


COMMANDS = [path for path, _ in leaves(build_parser())]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> dict[str, object]:
    """A demo database (made once) and real values for the arguments that need them."""
    base = tmp_path_factory.mktemp("sapuan")
    db = base / "demo.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    svc = build_services(db)
    try:
        rows = svc.pegawai.rows()
        tim = svc.teams.teams()[0]
        detail = svc.teams.team(tim.id)
        unit = detail.unit_pemilik
    finally:
        svc.close()
    nip = next(r.nip for r in rows if r.nip_ppk)
    ppk = next(r.nip_ppk for r in rows if r.nip_ppk)
    xlsx = base / "pegawai.xlsx"
    assert main(["--db", str(db), "pegawai", "ekspor", str(xlsx)]) == 0
    return {"db": db, "nip": nip, "ppk": ppk, "tim": str(tim.id), "unit": unit,
            "xlsx": xlsx, "base": base}


def _sane(path: tuple[str, ...], action: argparse.Action, demo: dict[str, object],
          out: Path) -> str:
    """A value the argument accepts, so that one hostile value at a time is tested."""
    name = (action.option_strings[0] if action.option_strings else action.dest).lstrip("-")
    metavar = str(action.metavar or "")
    if action.choices:
        return str(next(iter(action.choices)))
    if name in ("o", "output") or "BERKAS" in metavar and name != "berkas":
        suffix = ".png" if "png" in metavar and "pdf" not in metavar else \
            Path(metavar.split("|")[0]).suffix or ".out"
        return str(out / f"keluaran{suffix}")
    if name == "berkas":
        return str(demo["xlsx"] if "impor" in path else out / "ekspor.xlsx")
    if name == "tim_id":
        return str(demo["tim"])
    if name in ("nip", "ketua", "anggota"):
        return str(demo["nip"])
    if name == "ppk":
        return str(demo["ppk"])
    if name == "unit-pemilik":
        return str(demo["unit"])
    if getattr(action.type, "__name__", "") == "tanggal" or "YYYY" in metavar:
        return "2026-06-01" if name != "selesai" else "2026-12-31"
    if name == "tahun":
        return "2026"
    if name == "profil":
        return "generic"
    if name == "jenis":
        return "tim-kerja"
    return "Uji"


def _value_actions(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions
            if not isinstance(a, argparse._HelpAction) and a.nargs != 0]


def _argv(path: tuple[str, ...], parser: argparse.ArgumentParser, demo: dict[str, object],
          out: Path, hostile: tuple[argparse.Action, str] | None) -> list[str]:
    argv: list[str] = []
    positionals: list[str] = []
    for action in _value_actions(parser):
        if hostile is not None and hostile[0] is action:
            value = hostile[1]
        elif action.required or not action.option_strings and action.nargs != "?":
            value = _sane(path, action, demo, out)
        else:
            continue
        if action.option_strings:
            argv += [action.option_strings[-1], value]
        else:
            positionals.append(value)
    return [*path, *argv, *(["--"] if positionals else []), *positionals]


def _hostile_values(action: argparse.Action, base: Path) -> list[str]:
    values = ["", LONG, HUGE, "-1", "0", "محمد 王小明 😀"]
    metavar = str(action.metavar or "")
    if getattr(action.type, "__name__", "") in ("Path",) or "BERKAS" in metavar:
        values += [str(base / "tidak-ada" / "x.xlsx"), str(base), str(base / ("n" * 300))]
    if getattr(action.type, "__name__", "") == "tanggal" or "YYYY" in metavar:
        values += list(BAD_DATES)
    return values


@pytest.mark.parametrize("path", COMMANDS, ids=[" ".join(p) for p in COMMANDS])
def test_every_command_survives_hostile_arguments(path, demo, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # relative hostile output names land here
    parser = dict(leaves(build_parser()))[path]
    db = tmp_path / "kantor.sqlite"
    shutil.copy(demo["db"], db)
    out = tmp_path / "keluar"
    out.mkdir()
    failures: list[str] = []
    plans: list[tuple[argparse.Action, str] | None] = [None]
    for action in _value_actions(parser):
        plans += [(action, v) for v in _hostile_values(action, tmp_path)]
    for plan in plans:
        argv = ["--db", str(db), *_argv(path, parser, demo, out, plan)]
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage errors exit 2
            code = exc.code if isinstance(exc.code, int) else 2
        except Exception as exc:  # noqa: BLE001 - this is what would be a traceback
            failures.append(f"{_show(argv)} → {type(exc).__name__}: {str(exc)[:160]}")
            continue
        finally:
            _out, err = capsys.readouterr()
        if code not in EXIT_CODES:
            failures.append(f"{_show(argv)} → exit {code}")
        elif "Traceback" in err:
            failures.append(f"{_show(argv)} → traceback on stderr")
    assert not failures, "\n".join(failures)


def _show(argv: list[str]) -> str:
    return " ".join(a if len(a) < 40 else a[:20] + f"…({len(a)})" for a in argv[2:])


def _subprocess(db: Path, *args: str, env: dict[str, str] | None = None
                ) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[2]
    full = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen", **(env or {}))
    full.pop("SISTEMKERJA_DB", None)
    return subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db",
                           str(db), *args], check=False, capture_output=True, text=True,
                          timeout=120,
                          env=full)


@pytest.mark.parametrize("args", [
    ("tim", "anggota", "tambah", HUGE, "199001012015011001"),
    ("tim", "roster", HUGE, "-o", "{out}/r.xlsx"),
    ("dokumen", "sk-tim", HUGE, "-o", "{out}/sk.pdf", "--draf"),
    ("dokumen", "surat-tugas", "--", "-5", "-o", "{out}/st.pdf", "--draf"),
], ids=["anggota", "roster", "sk-tim", "surat-tugas-negatif"])
def test_huge_or_negative_id_is_an_indonesian_usage_error(args, demo, tmp_path):
    """The reported OverflowError: `tim … 99999999999999999999999` crashed in the SQLite
    driver with an English traceback."""
    proc = _subprocess(Path(demo["db"]), *(a.format(out=tmp_path) for a in args))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "OverflowError" not in proc.stderr
    assert "TIM_ID" in proc.stderr and ("terlalu besar" in proc.stderr
                                        or "harus 1 atau lebih" in proc.stderr)
