import openpyxl
import pytest

from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.import_service import ImportResult
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.struktur import pegawai_export
from sistemkerja_desktop.views.struktur.import_wizard import ImportWizard
from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_services):
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    return w


def test_shows_every_pegawai_and_the_unit_tree(widget, demo_services):
    n = len(demo_services.pegawai.rows())
    assert widget.proxy.rowCount() == n
    assert widget.count_label.text() == f"{n} pegawai"
    assert widget.unit_model.index(0, 0).data() == "Semua unit"
    assert widget.selected_unit_id() is None
    assert widget.table_stack.currentIndex() == 0


def test_typing_in_the_search_box_filters_instantly(widget, demo_services, qtbot):
    rows = demo_services.pegawai.rows()
    qtbot.keyClicks(widget.filter_edit, "bidan")
    expected = sum(1 for r in rows if "bidan" in (r.nama + r.jabatan + r.unit).lower())
    assert 0 < widget.proxy.rowCount() == expected < len(rows)
    assert widget.count_label.text() == f"menampilkan {expected} dari {len(rows)} pegawai"
    widget.set_filter_text("19790430 200601")
    assert widget.proxy.rowCount() == 1
    widget.set_filter_text("tidak ada yang begini")
    assert widget.count_label.text() == f"tidak ada yang cocok dari {len(rows)} pegawai"


def test_selecting_a_unit_shows_it_and_its_sub_units(widget, demo_services):
    struktur = demo_services.agency.struktur()
    sekretariat = next(u for u in struktur.units if u.nama == "Sekretariat")
    subunits = {sekretariat.id} | {u.id for u in struktur.units if u.parent_id == sekretariat.id}
    widget.select_unit(sekretariat.id)
    assert widget.selected_unit_id() == sekretariat.id
    rows = demo_services.pegawai.rows()
    expected = {r.id for r in rows if r.unit_id in subunits}
    shown = {widget.model.pegawai_at(widget.proxy.mapToSource(widget.proxy.index(i, 0)).row()).id
             for i in range(widget.proxy.rowCount())}
    assert shown == expected and len(expected) > len(subunits)
    widget.select_unit(None)
    assert widget.proxy.rowCount() == len(rows)


def test_selecting_a_row_opens_the_pegawai_in_the_form(widget, demo_services):
    row = demo_services.pegawai.rows()[5]
    assert widget.select_pegawai(row.id)
    assert widget.selected_pegawai_id() == row.id
    assert widget.form.pegawai_id == row.id
    assert widget.form.nama_edit.text() == demo_services.pegawai.get(row.id).nama


def test_empty_database_shows_the_empty_state(qtbot, services):
    w = StrukturWidget(services)
    qtbot.addWidget(w)
    assert w.table_stack.currentIndex() == 1
    assert "Belum ada pegawai" in w.empty.title.text()
    assert not w.add_button.isEnabled() and not w.export_button.isEnabled()


def test_export_writes_the_file_and_names_it(widget, demo_services, tmp_path, monkeypatch,
                                            qtbot):
    target = tmp_path / "daftar.xlsx"
    asked, done = [], []
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name: asked.append((kind, name)) or target)
    monkeypatch.setattr(output, "show_output_done",
                        lambda parent, path, text="": done.append((path, text)))
    widget.start_export()
    assert asked == [("xlsx", "daftar-pegawai-dinas-kesehatan.xlsx")]
    assert widget.exporting and not widget.export_button.isEnabled()  # runs in the background
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    n = len(demo_services.pegawai.rows())
    assert done == [(target, f"{n} pegawai diekspor ke Excel.")]
    assert not widget.exporting and widget.export_button.isEnabled()
    values = [c for row in openpyxl.load_workbook(target).active.iter_rows(values_only=True)
              for c in row]
    assert "197904302006011938" in values or "19790430 200601 1 938" in values


def test_export_cancelled_writes_nothing(widget, tmp_path, monkeypatch):
    monkeypatch.setattr(output, "choose_output_path", lambda *a: None)
    monkeypatch.setattr(output, "show_output_done", lambda *a: pytest.fail("no message"))
    widget.start_export()
    assert not widget.exporting and widget.export_button.isEnabled()
    assert list(tmp_path.glob("*.xlsx")) == []


def test_export_failure_is_shown_not_named(widget, tmp_path, monkeypatch, qtbot):
    target = tmp_path / "tidak-ada" / "daftar.xlsx"  # the folder does not exist
    errors = []
    monkeypatch.setattr(output, "choose_output_path", lambda *a: target)
    monkeypatch.setattr(output, "show_output_done", lambda *a: pytest.fail("no file"))
    monkeypatch.setattr(pegawai_export, "show_error",
                        lambda parent, exc, title="": errors.append(title))
    widget.start_export()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert errors == ["Ekspor gagal"] and not widget.exporting


def test_import_refreshes_and_announces_the_change(widget, qtbot, monkeypatch):
    monkeypatch.setattr(ImportWizard, "ask",
                        classmethod(lambda cls, parent, services: ImportResult(ditulis=True)))
    with qtbot.waitSignal(widget.data_changed) as blocker:
        widget.start_import()
    assert blocker.args == [Changes(units=True, pegawai=True, kedudukan=True)]


def test_cancelled_import_changes_nothing(widget, qtbot, monkeypatch):
    monkeypatch.setattr(ImportWizard, "ask", classmethod(lambda cls, parent, services: None))
    with qtbot.assertNotEmitted(widget.data_changed):
        widget.start_import()


def test_run_periksa_fills_the_findings_panel(widget, demo_services):
    widget.run_periksa()
    assert widget.findings.model.rowCount() == len(demo_services.agency.periksa()) > 0


def test_renders_at_1280x800(widget, qtbot, tmp_path):
    widget.show()
    qtbot.waitExposed(widget)
    widget.run_periksa()
    assert widget.splitter.sizes()[1] >= 500  # the table keeps most of the width
    assert not widget.grab().isNull()


def test_filtering_never_switches_the_open_pegawai(widget, demo_services, monkeypatch):
    monkeypatch.setattr(widget, "_confirm_discard", lambda: pytest.fail("asked while typing"))
    rows = demo_services.pegawai.rows()
    dadang = next(r for r in rows if r.nip == "197904302006011938")
    widget.select_pegawai(dadang.id)
    widget.form.telepon_edit.setText("0812")  # unsaved edit: no prompt may appear
    widget.set_filter_text("perawat")  # hides Dadang
    assert widget.selected_pegawai_id() is None
    assert widget.form.pegawai_id == dadang.id and widget.form.telepon_edit.text() == "0812"
    widget.set_filter_text("dadang")
    assert widget.selected_pegawai_id() == dadang.id
