"""Import wizard (issue #7): the unit tree shown before writing, and Simpan/Buang/Batal on close."""

import pytest
from PySide6.QtWidgets import QDialog

from sistemkerja_desktop.views.common import unsaved
from sistemkerja_desktop.views.common.unsaved import Choice

pytestmark = pytest.mark.gui

KADIS = "19710314 199903 1 901"  # in the demo agency
KABID_YANKES = "19800117 200604 2 904"  # Kepala Bidang Pelayanan Kesehatan (demo)
HEADER = ["No", "NIP BARU", "NAMA", "JABATAN NAMA", "JENIS JABATAN", "UNOR NAMA", "NIP ATASAN"]
ROWS = [
    [1, KADIS, "dr. Hendra Wijayakusuma, M.Kes.", "Kepala Dinas Kesehatan", "JPT Pratama",
     "DINAS KESEHATAN", None],
    [2, "19850101 201001 1 001", "Budi", "Kepala Seksi Rujukan", "Pengawas",
     "Seksi Rujukan Kesehatan", KABID_YANKES],
    [3, "19850101 201001 1 002", "Ani", "Pengadministrasi Umum", "Pelaksana",
     "Seksi Rujukan Kesehatan", "19850101 201001 1 001"],
    [4, "19850101 201001 1 003", "Cici", "Kepala Seksi Tanpa Atasan", "Pengawas",
     "Seksi Tanpa Atasan", None],
]


@pytest.fixture
def siasn(make_xlsx):
    return make_xlsx([["DATA PEGAWAI DINAS KESEHATAN"], [], HEADER, *ROWS], name="siasn.xlsx")


def to_errors_page(wizard, path):
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.errors_page


def test_the_unit_tree_is_shown_before_writing(wizard, siasn, demo_services):
    to_errors_page(wizard, siasn)
    preview = wizard.errors_page.unit_tree
    tree = preview.tree
    assert preview.isVisibleTo(wizard)
    assert tree.topLevelItemCount() == 1
    root = tree.topLevelItem(0)
    assert (root.text(0), root.text(1), root.text(2)) == ("Pimpinan", "1", "")  # demo's root
    assert root.isExpanded()
    texts = {path: (item.text(0), item.text(1), item.text(2))
             for path, item in preview.items.items()}
    assert texts[("Bidang Pelayanan Kesehatan",)] == ("Bidang Pelayanan Kesehatan", "", "")
    assert texts[("Bidang Pelayanan Kesehatan", "Seksi Rujukan Kesehatan")] == (
        "Seksi Rujukan Kesehatan", "2", "baru")
    seksi = preview.items[("Bidang Pelayanan Kesehatan", "Seksi Rujukan Kesehatan")]
    assert seksi.parent() is preview.items[("Bidang Pelayanan Kesehatan",)]
    assert seksi.font(0).bold() and not preview.items[("Bidang Pelayanan Kesehatan",)].font(0).bold()
    lost = preview.items[("Seksi Tanpa Atasan",)]
    assert lost.parent() is root and lost.text(2) == "induk belum pasti"
    assert "Seksi Tanpa Atasan" in lost.toolTip(0) and "Pimpinan" in lost.toolTip(0)
    assert "4 unit, 2 di antaranya baru" in preview.summary_label.text()
    assert "1 unit tanpa induk" in preview.summary_label.text()
    root.setExpanded(False)  # collapsible
    assert not root.isExpanded()
    assert not any(u.nama == "Seksi Rujukan Kesehatan" for u in demo_services.agency.struktur().units)


def test_closing_before_loading_a_file_asks_nothing(wizard, monkeypatch):
    monkeypatch.setattr(unsaved, "ask_save_discard_cancel",
                        lambda *a, **k: pytest.fail("nothing to lose yet"))
    assert wizard.unsaved_description() is None
    wizard.reject()
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected


def test_batal_keeps_the_wizard_and_buang_closes_it(wizard, siasn, monkeypatch):
    to_errors_page(wizard, siasn)
    asked = []

    def answer(choice):
        def ask(parent, description, action=""):
            asked.append(description)
            return choice
        return ask

    monkeypatch.setattr(unsaved, "ask_save_discard_cancel", answer(Choice.BATAL))
    wizard.reject()
    assert wizard.isVisible() and wizard.currentPage() is wizard.errors_page
    assert asked == ["impor pegawai dari siasn.xlsx belum dijalankan"]
    monkeypatch.setattr(unsaved, "ask_save_discard_cancel", answer(Choice.BUANG))
    wizard.close()  # the window's close button goes through reject() too
    assert not wizard.isVisible() and len(asked) == 2
    assert wizard.preview is None and wizard.import_result is None


def test_simpan_runs_the_import_and_stays_open(wizard, siasn, demo_services, qtbot, monkeypatch):
    to_errors_page(wizard, siasn)
    wizard.back()  # on the mapping page: Simpan goes through the remaining pages
    monkeypatch.setattr(unsaved, "ask_save_discard_cancel", lambda *a, **k: Choice.SIMPAN)
    with qtbot.waitSignal(wizard.import_finished, timeout=10000):
        wizard.reject()
    assert wizard.isVisible() and wizard.currentPage() is wizard.run_page
    assert wizard.import_result.ditulis and wizard.import_result.ditambah == 3
    assert wizard.unsaved_description() is None  # done: closing asks nothing more
    monkeypatch.setattr(unsaved, "ask_save_discard_cancel",
                        lambda *a, **k: pytest.fail("already imported"))
    wizard.reject()
    assert not wizard.isVisible()
    units = {u.nama for u in demo_services.agency.struktur().units}
    assert {"Seksi Rujukan Kesehatan", "Seksi Tanpa Atasan"} <= units


def test_simpan_with_invalid_rows_stays_on_the_errors_page(wizard, make_xlsx, monkeypatch):
    bad = [5, "1985010120100", "Salah", "Perawat Ahli Pertama", "Fungsional", "Sekretariat",
           None]
    to_errors_page(wizard, make_xlsx([HEADER, *ROWS, bad]))
    monkeypatch.setattr(unsaved, "ask_save_discard_cancel", lambda *a, **k: Choice.SIMPAN)
    wizard.reject()
    assert wizard.isVisible() and wizard.currentPage() is wizard.errors_page
    assert not wizard.running and wizard.import_result is None
