#!/usr/bin/env python3
"""The Qt Linguist catalogue of the app: `resources/i18n/sistemkerja_id.ts`.

    python packaging/i18n.py perbarui           # refresh the .ts from the code
    python packaging/i18n.py periksa            # exit 1 when the .ts is stale or unfinished
    python packaging/i18n.py kompilasi OUT_DIR  # OUT_DIR/sistemkerja_id.qm (pyside6-lrelease)

The source language IS Indonesian: every entry is finished with translation = source, and the
catalogue is where a reviewer edits wording in Qt Linguist (an edited translation is kept by
`perbarui`). The strings are read from the code's syntax tree: `self.tr("…")` (context = the
class), `QCoreApplication.translate("Ctx", "…")` and its local aliases
(`tr = QCoreApplication.translate`), `QT_TRANSLATE_NOOP("Ctx", "…")`, and the modules'
`_tr("…")` helpers (context fixed inside the helper). pyside6-lupdate alone misses the helpers
(about 350 strings) and misreads the aliases (the context taken as the text), so it serves as a
cross-check (`lupdate_hilang`): what it finds must be in the catalogue too. Locations name the
file only, so the catalogue does not change when lines move. The .qm is built by `kompilasi`
(pyside6-lrelease) and never committed. Errors are told in Indonesian with exit code 2.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "sistemkerja_desktop"
TS_PATH = ROOT / "resources" / "i18n" / "sistemkerja_id.ts"
QM_NAME = "sistemkerja_id.qm"
LANGUAGE = "id_ID"
_TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


class I18nError(Exception):
    """A known problem, told to the user in Indonesian (exit code 2)."""


@dataclass(frozen=True, order=True)
class Pesan:
    """One catalogue entry: (konteks, teks, komentar) is its identity."""

    konteks: str
    teks: str
    komentar: str = ""
    jamak: bool = field(default=False, compare=False)  # %n with a count: numerus entry
    berkas: tuple[str, ...] = field(default=(), compare=False)  # where it is used

    @property
    def kunci(self) -> tuple[str, str, str]:
        return (self.konteks, self.teks, self.komentar)


def sumber(root: Path = ROOT) -> list[Path]:
    """The files whose strings are visible: every module of views/ and app.py."""
    views = root / "sistemkerja_desktop" / "views"
    files = [p for p in views.rglob("*.py") if "__pycache__" not in p.parts
             and "forms" not in p.relative_to(views).parts]
    return sorted(files) + [root / "sistemkerja_desktop" / "app.py"]


# ---- the AST scan ----------------------------------------------------------------------------

def _teks(node: ast.expr | None) -> str | None:
    """A literal string (implicit concatenation is one constant; "a" + "b" is joined)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _teks(node.left), _teks(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_translate(func: ast.expr, aliases: set[str]) -> bool:
    if isinstance(func, ast.Attribute) and func.attr == "translate":
        return isinstance(func.value, ast.Name) and func.value.id in _TRANSLATE_OWNERS
    return isinstance(func, ast.Name) and func.id in aliases


class _Scan(ast.NodeVisitor):
    def __init__(self, rel: str, tree: ast.Module) -> None:
        self.rel = rel
        self.found: list[Pesan] = []
        self.dinamis: list[str] = []  # "file:line" of tr calls with a non-literal text
        self.classes: list[str] = []
        self.consts = {t.id: v for n in tree.body if isinstance(n, ast.Assign)
                       for t in n.targets if isinstance(t, ast.Name)
                       and (v := _teks(n.value)) is not None}
        self.aliases = {"translate"} | self._translate_aliases(tree)
        self.helpers = self._helpers(tree)

    def _translate_aliases(self, tree: ast.Module) -> set[str]:
        """Names bound to QCoreApplication.translate (`tr = QCoreApplication.translate`)."""
        out: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and _is_translate(node.value, set()):
                out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        return out

    def _helpers(self, tree: ast.Module) -> dict[str, str]:
        """Module functions `def _tr(text): return QCoreApplication.translate(CTX, text)`."""
        out: dict[str, str] = {}
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
                continue
            ret = node.body[-1]
            if (isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call)
                    and _is_translate(ret.value.func, self.aliases) and len(ret.value.args) == 2
                    and isinstance(ret.value.args[1], ast.Name)
                    and ret.value.args[1].id == node.args.args[0].arg):
                ctx = ret.value.args[0]
                name = _teks(ctx) if _teks(ctx) is not None else (
                    self.consts.get(ctx.id) if isinstance(ctx, ast.Name) else None)
                if name is not None:
                    out[node.name] = name
        return out

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name in self.helpers and not self.classes:
            return  # the helper's own translate(CTX, text) call
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, node: ast.Call, ctx: str, text_arg: ast.expr | None,
             rest: Sequence[ast.expr]) -> None:
        text = _teks(text_arg)
        if text is None:
            self.dinamis.append(f"{self.rel}:{node.lineno}")
            return
        comment = (_teks(rest[0]) or "") if rest else ""
        self.found.append(Pesan(ctx, text, comment, jamak=len(rest) >= 2, berkas=(self.rel,)))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if (isinstance(func, ast.Attribute) and func.attr == "tr"
                and isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")
                and self.classes and args):
            self._add(node, self.classes[-1], args[0], args[1:])
        elif _is_translate(func, self.aliases) and len(args) >= 2:
            ctx = _teks(args[0])
            if ctx is None and isinstance(args[0], ast.Name):
                ctx = self.consts.get(args[0].id)
            if ctx is not None:
                self._add(node, ctx, args[1], args[2:])
            else:
                self.dinamis.append(f"{self.rel}:{node.lineno}")
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and len(args) == 2:
            ctx = _teks(args[0])
            if ctx is not None:
                self._add(node, ctx, args[1], ())
        elif (isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and self.classes
              and len(args) == 1):
            self._add(node, self.classes[-1], args[0], ())
        elif isinstance(func, ast.Name) and func.id in self.helpers and len(args) == 1:
            self._add(node, self.helpers[func.id], args[0], ())
        self.generic_visit(node)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def pindai(paths: Iterable[Path], root: Path = ROOT) -> tuple[list[Pesan], list[str]]:
    """Every translatable string found by reading the code, and the tr calls whose text is not a
    literal (those cannot be catalogued: their strings are shown untranslated)."""
    found: list[Pesan] = []
    dinamis: list[str] = []
    for path in paths:
        rel = _rel(path, root)
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except (OSError, SyntaxError, UnicodeDecodeError) as exc:
            raise I18nError(f"{rel}: tidak dapat dibaca ({exc})") from exc
        scan = _Scan(rel, tree)
        scan.visit(tree)
        found += scan.found
        dinamis += scan.dinamis
    return _gabung(found), dinamis


def _gabung(items: Iterable[Pesan]) -> list[Pesan]:
    by_key: dict[tuple[str, str, str], Pesan] = {}
    for p in items:
        old = by_key.get(p.kunci)
        if old is None:
            by_key[p.kunci] = p
        else:
            by_key[p.kunci] = Pesan(*p.kunci, jamak=old.jamak or p.jamak,
                                    berkas=tuple(sorted(set(old.berkas) | set(p.berkas))))
    return sorted(by_key.values())


# ---- lupdate / lrelease ----------------------------------------------------------------------

def alat(name: str) -> Path:
    """pyside6-lupdate / pyside6-lrelease of this Python's PySide6."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    found = shutil.which(f"pyside6-{name}")
    if found:
        candidates.append(Path(found))
    try:
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / f"{name}{exe}")
    except ImportError:
        pass
    for path in candidates:
        if path.is_file():
            return path
    raise I18nError(f"pyside6-{name} tidak ditemukan: pasang PySide6 di lingkungan Python ini "
                    f"({sys.executable})")


def _run(cmd: Sequence[str | Path]) -> str:
    try:
        proc = subprocess.run([str(c) for c in cmd], check=False, capture_output=True, text=True,
                              timeout=300)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise I18nError(f"{Path(str(cmd[0])).name} gagal dijalankan: {exc}") from exc
    if proc.returncode != 0:
        raise I18nError(f"{Path(str(cmd[0])).name} gagal (kode {proc.returncode}): "
                        f"{(proc.stderr or proc.stdout).strip()}")
    return proc.stdout


def lupdate(paths: Sequence[Path], root: Path = ROOT) -> list[Pesan]:
    """What pyside6-lupdate finds in `paths`."""
    with tempfile.TemporaryDirectory(prefix="sistemkerja-i18n-") as tmp:
        out = Path(tmp) / "lupdate.ts"
        _run([alat("lupdate"), "-extensions", "py", "-locations", "absolute", *paths,
              "-ts", out])
        return [Pesan(p.konteks, p.teks, p.komentar, p.jamak,
                      tuple(sorted({_rel((out.parent / b).resolve(), root) for b in p.berkas})))
                for p in baca(out).values()]


def kumpulkan(root: Path = ROOT) -> list[Pesan]:
    """Everything the catalogue must hold (the AST scan of `sumber`)."""
    return pindai(sumber(root), root)[0]


def lupdate_hilang(root: Path = ROOT) -> list[Pesan]:
    """What pyside6-lupdate finds that the AST scan does not (should be empty). lupdate reads
    `tr("Ctx", "text")` through an alias as a `tr("text", "comment")` without a class; such
    misreadings of a string the scan has are left out."""
    paths = sumber(root)
    found = {p.kunci for p in pindai(paths, root)[0]}
    return [p for p in lupdate(paths, root) if p.kunci not in found
            and (p.teks, p.komentar, "") not in found]


# ---- the .ts file ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Entri(Pesan):
    terjemahan: str = field(default="", compare=False)
    jenis: str = field(default="", compare=False)  # "", "unfinished", "vanished", "obsolete"


def baca(path: Path) -> dict[tuple[str, str, str], Entri]:
    """The entries of a .ts file by (konteks, teks, komentar)."""
    try:
        tree = ET.parse(path)
    except (OSError, ET.ParseError) as exc:
        raise I18nError(f"{path}: katalog tidak dapat dibaca ({exc})") from exc
    out: dict[tuple[str, str, str], Entri] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = tr.findall("numerusform") if tr is not None else []
            text = (forms[0].text or "") if forms else ((tr.text or "") if tr is not None else "")
            entry = Entri(name, msg.findtext("source") or "", msg.findtext("comment") or "",
                          jamak=msg.get("numerus") == "yes",
                          berkas=tuple(loc.get("filename", "") for loc in msg.iter("location")),
                          terjemahan=text, jenis=(tr.get("type", "") if tr is not None else ""))
            out[entry.kunci] = entry
    return out


def tulis(path: Path, pesan: Sequence[Pesan],
          lama: dict[tuple[str, str, str], Entri] | None = None) -> None:
    """Write the catalogue (temp file + rename): every entry finished, the translation kept
    from `lama` when a reviewer set one, else the source text."""
    lama = lama or {}
    ts = ET.Element("TS", version="2.1", language=LANGUAGE, sourcelanguage=LANGUAGE)
    by_ctx: dict[str, list[Pesan]] = {}
    for p in sorted(pesan):
        by_ctx.setdefault(p.konteks, []).append(p)
    for name, items in sorted(by_ctx.items()):
        ctx = ET.SubElement(ts, "context")
        ET.SubElement(ctx, "name").text = name
        for p in items:
            msg = ET.SubElement(ctx, "message", {"numerus": "yes"} if p.jamak else {})
            for berkas in p.berkas:
                ET.SubElement(msg, "location", filename=_dari_ts(berkas))
            ET.SubElement(msg, "source").text = p.teks
            if p.komentar:
                ET.SubElement(msg, "comment").text = p.komentar
            old = lama.get(p.kunci)
            text = old.terjemahan if old is not None and old.terjemahan.strip() else p.teks
            tr = ET.SubElement(msg, "translation")
            if p.jamak:
                ET.SubElement(tr, "numerusform").text = text
            else:
                tr.text = text
    ET.indent(ts, space="    ")
    body = ET.tostring(ts, encoding="unicode")
    _tulis_atomik(path, '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def _dari_ts(rel: str) -> str:
    """A location relative to the .ts file (as Qt Linguist expects)."""
    return Path(os.path.relpath(ROOT / rel, TS_PATH.parent)).as_posix()


def _tulis_atomik(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---- commands --------------------------------------------------------------------------------

def perbarui(ts_path: Path = TS_PATH) -> tuple[int, int, int]:
    """Refresh the catalogue; returns (entries, added, removed)."""
    lama = baca(ts_path) if ts_path.exists() else {}
    pesan = kumpulkan()
    tulis(ts_path, pesan, lama)
    keys = {p.kunci for p in pesan}
    return len(pesan), len(keys - set(lama)), len(set(lama) - keys)


def masalah(ts_path: Path = TS_PATH) -> list[str]:
    """What is wrong with the catalogue, in Indonesian (empty: up to date and finished)."""
    if not ts_path.exists():
        return [f"{_rel(ts_path, ROOT)} belum ada: jalankan `python packaging/i18n.py perbarui`"]
    entries = baca(ts_path)
    out = [f"{e.konteks}: '{e.teks}' berstatus {e.jenis}" for e in entries.values() if e.jenis]
    out += [f"{e.konteks}: '{e.teks}' tanpa terjemahan" for e in entries.values()
            if not e.jenis and not e.terjemahan.strip()]
    expected = {p.kunci: p for p in kumpulkan()}
    out += [f"{k[0]}: '{k[1]}' ({', '.join(p.berkas)}) belum ada di katalog"
            for k, p in sorted(expected.items()) if k not in entries]
    out += [f"{k[0]}: '{k[1]}' tidak dipakai lagi" for k in sorted(set(entries) - set(expected))]
    return out


def kompilasi(out_dir: Path, ts_path: Path = TS_PATH) -> Path:
    """OUT_DIR/sistemkerja_id.qm from the catalogue (written to a temp name, then renamed)."""
    if not ts_path.exists():
        raise I18nError(f"{ts_path}: katalog tidak ada; jalankan `python packaging/i18n.py "
                        "perbarui` lebih dahulu")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / QM_NAME
    tmp = out_dir / f".{QM_NAME}.tmp"
    try:
        _run([alat("lrelease"), "-silent", ts_path, "-qm", tmp])
        if not tmp.is_file():
            raise I18nError(f"lrelease tidak menulis {tmp}")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


USAGE = ("pemakaian: python packaging/i18n.py perbarui | periksa | kompilasi FOLDER_KELUARAN")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args == ["perbarui"]:
            total, added, removed = perbarui()
            print(f"{_rel(TS_PATH, ROOT)}: {total} entri ({added} baru, {removed} dibuang)")
        elif args == ["periksa"]:
            problems = masalah()
            for line in problems:
                print(line)
            print(f"{len(problems)} masalah pada {_rel(TS_PATH, ROOT)}")
            return 1 if problems else 0
        elif len(args) == 2 and args[0] == "kompilasi":
            print(kompilasi(Path(args[1])))
        else:
            print(USAGE, file=sys.stderr)
            return 2
    except I18nError as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"galat: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
