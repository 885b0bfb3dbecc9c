"""Layer contracts (pyproject [tool.importlinter]) and module size, checked in the test suite."""

from pathlib import Path

from importlinter import cli

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True) == 0


def test_modules_stay_small():
    big = {str(p.relative_to(ROOT)): n for p in (ROOT / "sistemkerja_desktop").rglob("*.py")
           if "forms" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert big == {}
