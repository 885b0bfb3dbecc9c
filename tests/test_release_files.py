"""The release files are in step: the PyInstaller spec, the Inno Setup script, packaging/frozen.py,
pyproject.toml and the one version source (sistemkerja_desktop/__init__.py). Fast: the spec runs
here with stand-ins for PyInstaller's classes (its catalogue compilation for real); the frozen
build itself is tests/test_frozen.py."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import tomllib
import types
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest

import sistemkerja_desktop

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "sistemkerja.spec"
ISS = ROOT / "packaging" / "windows" / "sistemkerja.iss"
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
<context><name>App</name>
<message><source>Berkas</source><translation>Berkas</translation></message>
</context>
</TS>
"""


def _load(name: str, path: Path) -> types.ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def frozen():
    return _load("frozen_release", ROOT / "packaging" / "frozen.py")


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# ---- the spec, run with stand-ins ----------------------------------------------------------

class _Built:
    def __init__(self, kind: str, args: tuple, kwargs: dict) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.pure, self.scripts, self.binaries = [], [], []
        self.datas = [("PySide6/Qt/translations/qt_de.qm", "/x/qt_de.qm", "DATA"),
                      ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/x/l.so", "BINARY")]


def _run_spec(spec: Path, work: Path, monkeypatch) -> list[_Built]:
    built: list[_Built] = []

    def factory(kind):
        def make(*args, **kwargs):
            built.append(_Built(kind, args, kwargs))
            return built[-1]
        return make

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name, filter=None: [name]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    namespace = {"SPECPATH": str(spec.parent), "workpath": str(work), "__name__": "__main__",
                 **{kind: factory(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")}}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return built


def _of(built: list[_Built], kind: str) -> list[_Built]:
    return [b for b in built if b.kind == kind]


def test_spec_builds_gui_and_cli_into_one_folder(tmp_path, monkeypatch, frozen, capsys):
    before = sorted(p.name for p in (ROOT / "resources").rglob("*"))
    built = _run_spec(SPEC, tmp_path, monkeypatch)
    assert sorted(p.name for p in (ROOT / "resources").rglob("*")) == before  # checkout untouched

    gui, cli = _of(built, "Analysis")
    assert [Path(s) for s in gui.args[0]] == [ROOT / "sistemkerja_desktop" / "__main__.py"]
    assert [Path(s) for s in cli.args[0]] == [SPEC.parent / "cli_entry.py"]
    assert gui.kwargs["pathex"] == [str(ROOT)]
    # Qt's own catalogues stay out; its plugins stay in.
    assert [d[0] for d in gui.datas] == ["PySide6/Qt/plugins/platforms/libqoffscreen.so"]

    exes = {e.kwargs["name"]: e.kwargs["console"] for e in _of(built, "EXE")}
    assert exes == {frozen.APP_NAME: False, frozen.CLI_NAME: True}
    (collect,) = _of(built, "COLLECT")
    assert collect.kwargs["name"] == frozen.APP_NAME
    assert {a.kwargs["name"] for a in collect.args if isinstance(a, _Built)} == set(exes)
    for part in (gui.binaries, gui.datas, cli.binaries, cli.datas):  # the libraries, shared
        assert any(a is part for a in collect.args)

    datas = {(Path(src), Path(dest)) for src, dest in gui.kwargs["datas"]}
    assert cli.kwargs["datas"] == gui.kwargs["datas"]
    resources = ROOT / "resources"
    for path in resources.rglob("*"):
        if path.is_file() and path.suffix not in (".ts", ".qm"):
            dest = Path("sistemkerja_desktop/resources") / path.parent.relative_to(resources)
            assert (path, dest) in datas, path
    migrations = ROOT / "sistemkerja_desktop" / "db" / "migrations"
    for path in [*migrations.rglob("*.py"), migrations / "script.py.mako"]:
        if "__pycache__" not in path.parts:
            dest = Path("sistemkerja_desktop/db") / path.parent.relative_to(migrations.parent)
            assert (path, dest) in datas, path
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):  # compiled into the work folder
        assert (tmp_path / "i18n" / f"{ts.stem}.qm",
                Path("sistemkerja_desktop/resources/i18n")) in datas
    assert not any(src.suffix == ".ts" for src, _ in datas)
    assert {"logging.config", "sqlalchemy.dialects.sqlite", "alembic"} <= set(
        gui.kwargs["hiddenimports"])
    assert f"Sistem Kerja Desktop {sistemkerja_desktop.__version__}" in capsys.readouterr().out


def _mini_checkout(root: Path, ts: str) -> Path:
    """Just enough of a checkout for the spec: package, migrations, resources, a catalogue."""
    shutil.copytree(SPEC.parent, root / "packaging" / "pyinstaller")
    package = root / "sistemkerja_desktop"
    (package / "db" / "migrations" / "versions").mkdir(parents=True)
    (package / "__init__.py").write_text('"""x"""\n\n__version__ = "9.8.7rc1"\n')
    (package / "__main__.py").write_text("")
    (package / "db" / "migrations" / "env.py").write_text("")
    (package / "db" / "migrations" / "versions" / "0001_awal.py").write_text("")
    (root / "resources" / "fonts").mkdir(parents=True)
    (root / "resources" / "fonts" / "Huruf.ttf").write_bytes(b"\0")
    (root / "resources" / "i18n").mkdir()
    (root / "resources" / "i18n" / "sistemkerja_id.ts").write_text(ts, encoding="utf-8")
    (root / "resources" / "i18n" / "sistemkerja_id.qm").write_bytes(b"basi")  # stale
    return root / "packaging" / "pyinstaller" / "sistemkerja.spec"


def test_spec_compiles_the_catalogue_into_the_work_folder(tmp_path, monkeypatch, capsys):
    spec = _mini_checkout(tmp_path / "repo", TS)
    built = _run_spec(spec, tmp_path / "work", monkeypatch)
    datas = {(Path(s).relative_to(tmp_path), d) for s, d in _of(built, "Analysis")[0].kwargs[
        "datas"]}
    assert datas == {
        (Path("repo/resources/fonts/Huruf.ttf"), "sistemkerja_desktop/resources/fonts"),
        (Path("work/i18n/sistemkerja_id.qm"), "sistemkerja_desktop/resources/i18n"),
        (Path("repo/sistemkerja_desktop/db/migrations/env.py"),
         "sistemkerja_desktop/db/migrations"),
        (Path("repo/sistemkerja_desktop/db/migrations/versions/0001_awal.py"),
         "sistemkerja_desktop/db/migrations/versions"),
    }
    qm = (tmp_path / "work" / "i18n" / "sistemkerja_id.qm").read_bytes()
    assert qm[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt .qm magic
    assert (tmp_path / "repo" / "resources" / "i18n" / "sistemkerja_id.qm").read_bytes() == b"basi"
    assert "Sistem Kerja Desktop 9.8.7rc1" in capsys.readouterr().out


def test_spec_refuses_a_broken_catalogue(tmp_path, monkeypatch):
    spec = _mini_checkout(tmp_path / "repo", TS.replace("</TS>", "<TS"))
    with pytest.raises(SystemExit, match=r"Katalog terjemahan .*sistemkerja_id\.ts tidak dapat"):
        _run_spec(spec, tmp_path / "work", monkeypatch)


def test_cli_entry_is_the_console_script():
    scripts = _pyproject()["project"]["scripts"]
    module, function = scripts["sistemkerja"].split(":")
    tree = ast.parse((SPEC.parent / "cli_entry.py").read_text(encoding="utf-8"))
    imports = [(n.module, [a.name for a in n.names]) for n in ast.walk(tree)
               if isinstance(n, ast.ImportFrom)]
    assert imports == [(module, [function])]
    gui_module, gui_function = _pyproject()["project"]["gui-scripts"][
        "sistemkerja-desktop"].split(":")
    main = ast.parse((ROOT / "sistemkerja_desktop" / "__main__.py").read_text(encoding="utf-8"))
    assert (gui_module, [gui_function]) in [
        (n.module, [a.name for a in n.names]) for n in ast.walk(main)
        if isinstance(n, ast.ImportFrom)]


# ---- one version source --------------------------------------------------------------------

def test_one_version_source(frozen):
    project = _pyproject()
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "sistemkerja_desktop.__version__"}
    assert frozen.version() == sistemkerja_desktop.__version__
    three_numbers = re.compile(r"(?<![\d.])\d+\.\d+\.\d+")
    for path in (SPEC, ISS, SPEC.parent / "cli_entry.py"):
        text = path.read_text(encoding="utf-8")
        assert sistemkerja_desktop.__version__ not in text, path
        assert three_numbers.findall(text) == [], path


@pytest.mark.parametrize(("text", "numeric"), [
    ("0.1.0", "0.1.0.0"), ("1.2", "1.2.0.0"), ("2.0.1rc1", "2.0.1.0"), ("1.2.3.4.5", "1.2.3.4"),
])
def test_numeric_version_for_windows(frozen, text, numeric):
    assert frozen.numeric_version(text) == numeric


# ---- the Inno Setup script -----------------------------------------------------------------

def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
        elif line and not line.startswith((";", "#")):
            sections.setdefault(current, []).append(line)
    return sections


def _iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^\s*#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8"),
                           re.M))


def test_iss_is_per_user_with_start_menu_entries(frozen):
    setup = dict(line.split("=", 1) for line in _iss_sections()["Setup"])
    defines = _iss_defines()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith("{localappdata}\\")
    assert setup["AppVersion"] == "{#Version}"
    assert setup["VersionInfoVersion"] == "{#VersionNumeric}"
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).is_file()
    assert defines["AppExe"] == frozen.APP_NAME + ".exe"
    assert defines["CliExe"] == frozen.CLI_NAME + ".exe"
    assert (ISS.parent / defines["DistDir"].replace("\\", "/")).resolve() == (
        frozen.DEFAULT_DIST / frozen.APP_NAME)
    icons = _iss_sections()["Icons"]
    start_menu = [i for i in icons if i.startswith('Name: "{group}\\')]
    assert any('Filename: "{app}\\{#AppExe}"' in i for i in start_menu)
    assert any('Filename: "{uninstallexe}"' in i for i in start_menu)
    assert any("{#CliExe}" in i for i in start_menu)
    assert any('Source: "{#DistDir}\\*"' in f and "recursesubdirs" in f
               for f in _iss_sections()["Files"])


def test_iss_gets_every_required_define_from_frozen(frozen):
    text = ISS.read_text(encoding="utf-8")
    required = set(re.findall(r"#ifndef (\w+)\s*\n\s*#error", text))
    assert required == {"Version", "VersionNumeric"}
    command = frozen.iscc_command("ISCC.exe", frozen.DEFAULT_DIST / frozen.APP_NAME)
    passed = {arg[2:].split("=", 1)[0] for arg in command if arg.startswith("/D")}
    assert required <= passed
    assert f"/DVersion={sistemkerja_desktop.__version__}" in command
    assert command[-1] == str(ISS)


def test_iss_data_folder_is_where_the_app_keeps_data(monkeypatch):
    """The .iss says (and creates) %LOCALAPPDATA%\\SistemKerjaDesktop: paths.data_dir on Windows."""
    folders = {"CSIDL_LOCAL_APPDATA": r"C:\Users\budi\AppData\Local",
               "CSIDL_APPDATA": r"C:\Users\budi\AppData\Roaming"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    paths = _load("paths_windows", ROOT / "sistemkerja_desktop" / "paths.py")  # unpatched copy
    data = PureWindowsPath(str(paths.data_dir()).replace("/", "\\"))
    assert data == PureWindowsPath(folders["CSIDL_LOCAL_APPDATA"]) / _iss_defines()["DataFolder"]
    dirs = _iss_sections()["Dirs"]
    assert any('Name: "{localappdata}\\{#DataFolder}"' in d and "uninsneveruninstall" in d
               for d in dirs)
    assert "%LOCALAPPDATA%\\SistemKerjaDesktop" in ISS.read_text(encoding="utf-8")
