"""The Qt Linguist catalogue (resources/i18n/sistemkerja_id.ts, packaging/i18n.py) and no
English in any window.

The catalogue must be finished (no unfinished, empty or obsolete entries) and up to date with the
code: after adding or changing a visible string run `python packaging/i18n.py perbarui`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_katalog():
    spec = importlib.util.spec_from_file_location("packaging_i18n", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


katalog = _load_katalog()


# ---- (a) finished -----------------------------------------------------------------------------

def test_catalogue_is_finished():
    root = ET.parse(katalog.TS_PATH).getroot()
    assert root.get("language") == "id_ID"
    messages = list(root.iter("message"))
    assert len(messages) > 1500
    bad = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            forms = tr.findall("numerusform") if tr is not None else []
            text = "".join(f.text or "" for f in forms) if forms else (
                tr.text or "" if tr is not None else "")
            if tr is None or tr.get("type") or not text.strip():
                bad.append((ctx.findtext("name"), msg.findtext("source"),
                            None if tr is None else tr.get("type")))
    assert bad == []


def test_catalogue_has_no_unfinished_markers_at_all():
    text = katalog.TS_PATH.read_text(encoding="utf-8")
    for marker in ('type="unfinished"', 'type="vanished"', 'type="obsolete"'):
        assert marker not in text


# ---- (b) up to date ---------------------------------------------------------------------------

def test_catalogue_holds_every_string_of_the_code_and_nothing_else():
    expected = {p.kunci: p for p in katalog.kumpulkan()}
    got = katalog.baca(katalog.TS_PATH)
    missing = sorted(f"{k[0]}: {k[1]!r} ({', '.join(expected[k].berkas)})"
                     for k in set(expected) - set(got))
    assert missing == [], "run `python packaging/i18n.py perbarui`"
    assert sorted(set(got) - set(expected)) == [], "run `python packaging/i18n.py perbarui`"
    assert katalog.masalah() == []


def test_lupdate_finds_nothing_the_scan_misses():
    assert katalog.lupdate_hilang() == []


# tr() calls whose text is not a literal cannot be catalogued (their strings show as written).
# Each should become QT_TRANSLATE_NOOP("Context", "…") at the constant; then drop it from here.
DYNAMIC_TR_CALLS = {
    "sistemkerja_desktop/views/common/output.py": 1,
    "sistemkerja_desktop/views/laporan/kinerja_widget.py": 1,
    "sistemkerja_desktop/views/laporan/kirim_dialog.py": 1,
    "sistemkerja_desktop/views/laporan/laporan_widget.py": 2,
    "sistemkerja_desktop/views/laporan/pantauan_widget.py": 2,
}


def test_no_new_tr_call_with_a_computed_text():
    _found, dynamic = katalog.pindai(katalog.sumber())
    assert Counter(d.rsplit(":", 1)[0] for d in dynamic) == DYNAMIC_TR_CALLS


def test_scan_reads_every_way_the_code_translates(tmp_path):
    src = tmp_path / "contoh.py"
    src.write_text('''
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
_CTX = "Contoh.Label"
KOLOM = (QT_TRANSLATE_NOOP("Contoh.Kolom", "Nama"),)

def _tr(text):
    return QCoreApplication.translate(_CTX, text)

def pesan():
    tr = QCoreApplication.translate
    return tr("Contoh.Alias", "Lewat alias"), _tr("Lewat " "pembantu")

class Jendela:
    def judul(self, n, x):
        self.tr(x)
        return self.tr("%n pegawai", "", n), QCoreApplication.translate("Lain", "Langsung")
''', encoding="utf-8")
    found, dynamic = katalog.pindai([src], tmp_path)
    assert {(p.konteks, p.teks, p.jamak) for p in found} == {
        ("Contoh.Kolom", "Nama", False), ("Contoh.Alias", "Lewat alias", False),
        ("Contoh.Label", "Lewat pembantu", False), ("Jendela", "%n pegawai", True),
        ("Lain", "Langsung", False)}
    assert dynamic == ["contoh.py:15"]


def test_perbarui_keeps_a_reviewers_wording(tmp_path):
    ts = tmp_path / "x.ts"
    pesan = [katalog.Pesan("A", "Simpan", berkas=("a.py",)),
             katalog.Pesan("A", "%n pegawai", jamak=True, berkas=("a.py",))]
    katalog.tulis(ts, pesan)
    lama = katalog.baca(ts)
    edited = lama[("A", "Simpan", "")]
    lama[edited.kunci] = katalog.Entri(*edited.kunci, terjemahan="Simpan data")
    katalog.tulis(ts, [*pesan, katalog.Pesan("A", "Baru")], lama)
    again = katalog.baca(ts)
    assert again[("A", "Simpan", "")].terjemahan == "Simpan data"
    assert again[("A", "Baru", "")].terjemahan == "Baru"
    assert again[("A", "%n pegawai", "")].jamak
    assert not any(e.jenis for e in again.values())


def test_kompilasi_cli_writes_the_qm_and_refuses_in_indonesian(tmp_path):
    out = tmp_path / "keluar"
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "i18n.py"), "kompilasi",
                           str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert (out / "sistemkerja_id.qm").stat().st_size > 10_000
    assert list(out.iterdir()) == [out / "sistemkerja_id.qm"]  # no temp file left
    with pytest.raises(katalog.I18nError, match="katalog tidak ada"):
        katalog.kompilasi(tmp_path, ts_path=tmp_path / "tidak-ada.ts")
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "i18n.py"), "salah"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "pemakaian" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.gui
def test_an_edited_wording_reaches_the_window(qtbot, qapp, demo_services, tmp_path, monkeypatch):
    """A reviewer's wording in the .ts, compiled, is what the app shows (self.tr and _tr)."""
    from sistemkerja_desktop import paths
    from sistemkerja_desktop.views.common.i18n import install_translators
    from sistemkerja_desktop.views.main_window import MainWindow

    ts = tmp_path / "sistemkerja_id.ts"
    shutil.copy(katalog.TS_PATH, ts)
    entries = katalog.baca(ts)
    for key, wording in ((("MainWindow", "Tim Kerja", ""), "Tim Kerja (ditinjau)"),
                         (("BerkasMenu", "&Buka…", ""), "&Buka berkas…")):
        entries[key] = katalog.Entri(*key, terjemahan=wording)
    katalog.tulis(ts, [katalog.Pesan(*k, jamak=e.jamak, berkas=e.berkas)
                       for k, e in entries.items()], entries)
    katalog.kompilasi(tmp_path / "i18n", ts_path=ts)
    real = paths.resource
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts)
                        if parts and parts[0] == "i18n" else real(*parts))
    installed = install_translators(qapp)
    try:
        window = MainWindow(demo_services)
        qtbot.addWidget(window)
        nav = window.navigation
        assert nav.item(MainWindow.AREA_TIM).text() == "Tim Kerja (ditinjau)"
        berkas = window.menuBar().actions()[0].menu()
        assert "&Buka berkas…" in [a.text() for a in berkas.actions()]
    finally:
        for t in installed:
            qapp.removeTranslator(t)


# ---- (c) no English in any window ---------------------------------------------------------------

# Common English UI words that are not also Indonesian ("No", "Data", "Status", "Total", "Unit",
# "Menu", "Email" are left out: they are Indonesian too).
ENGLISH = re.compile(r"\b(Cancel|Close|Open|Save|Yes|Apply|Help|File|Edit|View|Settings|Delete|"
                     r"Remove|Add|Search|Name|Date|Undo|Redo|Copy|Paste|Cut|Select|Back|Next|"
                     r"Finish|Reset|Restore|Discard|Abort|Retry|Ignore|Print|Preview|Export|"
                     r"Import|Loading|Error|Warning|Information|Details|Browse|Refresh|Filter|"
                     r"Clear|Done|Submit|Approve|Reject|Report|Team|Members?|Employee|Chart|Zoom|"
                     r"Page|Width|Height|Size|Color|Font|New|Load|Start|Stop|Please|Untitled|"
                     r"Unknown|Show|Hide|Choose|Folder|Directory|Look in|Modified|the|and|of|"
                     r"with|from|none|True|False|None)\b")
# A key named in a hint ("Keluarkan dari tim (Delete)") is the key's label, not UI wording.
_KEY_HINT = re.compile(r"\((?:[^()]*\b(?:Ctrl|Shift|Alt|Delete|Del|Enter|Esc|F\d{1,2})\b[^()]*)\)")
_PATH = re.compile(r"\S*[/\\]\S*")  # file paths are data (the test's tmp folder says "of")


def _texts(widget):
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QPlainTextEdit,
        QTabBar,
        QTextBrowser,
        QTextEdit,
    )

    out = [("judul jendela", widget.windowTitle()), ("tooltip", widget.toolTip())]
    if isinstance(widget, QLabel):
        out.append(("label", re.sub(r"<[^>]+>", " ", widget.text())))
    if isinstance(widget, QAbstractButton):
        out.append(("tombol", widget.text()))
    if isinstance(widget, QGroupBox):
        out.append(("grup", widget.title()))
    if isinstance(widget, QMenu):
        out.append(("menu", widget.title()))
    if isinstance(widget, QLineEdit):
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        out.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QTextBrowser):
        out.append(("isi", widget.toPlainText()))
    if isinstance(widget, QTabBar):
        out += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        out += [("pilihan", widget.itemText(i)) for i in range(widget.count())]
    out += [("aksi", a.text()) for a in widget.actions()]
    out += [("tooltip aksi", a.toolTip()) for a in widget.actions()]
    model = widget.model() if isinstance(widget, QAbstractItemView) else None
    if model is not None:
        def count(fn):
            for call in (lambda: fn(), lambda: fn(QModelIndex())):
                try:
                    return call()
                except TypeError:
                    continue
            return 0

        cols = count(model.columnCount) or 1
        for c in range(cols):
            head = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            out.append(("kepala kolom", str(head or "")))
        for r in range(min(count(model.rowCount), 50)):
            for c in range(cols):
                out.append(("sel", str(model.index(r, c).data() or "")))
    return [(kind, text) for kind, text in out if text]


def english_in(top, name: str) -> list[str]:
    """'window › Class#objectName (kind): word in «text»' for every English word found."""
    from PySide6.QtWidgets import QWidget

    hits = []
    for widget in [top, *top.findChildren(QWidget)]:
        for kind, text in _texts(widget):
            for m in ENGLISH.finditer(_PATH.sub(" ", _KEY_HINT.sub(" ", text))):
                hits.append(f"{name} › {type(widget).__name__}#{widget.objectName()} ({kind}): "
                            f"{m.group(0)!r} in «{text[:80]}»")
    return sorted(set(hits))


@pytest.fixture
def translators(qapp):
    from sistemkerja_desktop.views.common.i18n import apply_indonesian_locale, install_translators

    apply_indonesian_locale()
    installed = install_translators(qapp)
    yield installed
    for t in installed:
        qapp.removeTranslator(t)


@pytest.mark.gui
def test_the_english_check_can_fail(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    w = QWidget()
    qtbot.addWidget(w)
    QVBoxLayout(w).addWidget(QPushButton("Cancel"))
    w.layout().addWidget(QLabel("Hapus anggota (Delete)"))
    w.layout().addWidget(QLabel("<b>Open</b> the file"))
    assert english_in(w, "uji") == [
        "uji › QLabel# (label): 'Open' in « Open  the file»",
        "uji › QLabel# (label): 'the' in « Open  the file»",
        "uji › QPushButton# (tombol): 'Cancel' in «Cancel»"]


@pytest.mark.gui
@pytest.mark.slow
def test_no_english_in_any_window(qtbot, qapp, demo_services, translators, monkeypatch):
    from PySide6.QtWidgets import QWizard

    from sistemkerja_desktop.views.main_window import MainWindow
    from sistemkerja_desktop.views.orgchart.dialogs import EksporPdfDialog
    from sistemkerja_desktop.views.paket.kirim_dialog import KirimPaketDialog
    from sistemkerja_desktop.views.penugasan.permohonan_wizard import PermohonanWizard
    from sistemkerja_desktop.views.riwayat_dialog import RiwayatDialog
    from sistemkerja_desktop.views.settings_dialog import SettingsDialog
    from sistemkerja_desktop.views.struktur.import_wizard import ImportWizard
    from sistemkerja_desktop.views.teams.naskah_settings_dialog import NaskahSettingsDialog
    from sistemkerja_desktop.views.teams.share_dialog import ShareDialog
    from sistemkerja_desktop.views.welcome_dialog import WelcomeDialog

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    hits = []
    for area in range(window.pages.count()):
        window.show_area(area)
        qapp.processEvents()
        hits += english_in(window, f"Jendela utama, area {window.navigation.item(area).text()}")
    help_window = window.bantuan.buka("mulai")
    for page in ("mulai", "bagan", "struktur", "tim", "penugasan", "laporan", "aturan",
                 "pintasan"):
        help_window.tampilkan(page)
        hits += english_in(help_window, f"Panduan › {page}")
    help_window.close()
    dialogs = [("Pengaturan Perangkat Daerah", lambda: SettingsDialog(demo_services)),
               ("Riwayat perubahan", lambda: RiwayatDialog(demo_services)),
               ("Sambutan", lambda: WelcomeDialog(demo_services)),
               ("Pengaturan naskah dinas", lambda: NaskahSettingsDialog(demo_services)),
               ("Permohonan baru", lambda: PermohonanWizard(demo_services)),
               ("Impor pegawai", lambda: ImportWizard(demo_services)),
               ("Kirim roster", lambda: ShareDialog(demo_services)),
               ("Ekspor bagan ke PDF", lambda: EksporPdfDialog("seluruh bagan")),
               ("Kirim perubahan", lambda: KirimPaketDialog(demo_services))]
    for name, make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qapp.processEvents()
        hits += english_in(dialog, name)
        if isinstance(dialog, QWizard):
            b = QWizard.WizardButton
            buttons = [dialog.buttonText(x) for x in (b.BackButton, b.NextButton, b.CommitButton,
                                                      b.FinishButton, b.CancelButton,
                                                      b.HelpButton)]
            hits += [f"{name} › tombol wizard: {t!r}" for t in buttons if ENGLISH.search(t)]
        dialog.close()
    assert hits == []
