"""The Tim Kerja area: list and filter, workload tab, roster export, wiring in the main window."""

import openpyxl
import pytest

from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1080, 760)
    return w


def test_lists_the_teams_and_opens_the_selected_one(widget, demo_services):
    assert widget.proxy.rowCount() == 4
    assert widget.builder.tim_id is None
    assert not widget.builder.tabs.isEnabled()
    widget.list_view.setCurrentIndex(widget.proxy.index(2, 0))
    team = widget.model.team_at(2)
    assert widget.builder.tim_id == team.id
    assert widget.builder.title.text() == team.nama
    assert widget.builder.form.nama_edit.text() == team.nama
    assert widget.builder.members.rowCount() == team.jumlah_anggota


def test_filter_by_text_and_status(widget):
    widget.filter_edit.setText("akreditasi")
    assert widget.proxy.rowCount() == 1
    widget.filter_edit.clear()
    widget.status_combo.setCurrentIndex(widget.status_combo.findData("draf"))
    assert widget.proxy.rowCount() == 0
    assert "Tidak ada tim" in widget.list_view.property("empty_text")
    assert widget.select_team(2)  # selecting clears a filter that hides the team
    assert widget.proxy.rowCount() == 4


def test_empty_database_invites_a_first_team(qtbot, services):
    from sistemkerja_desktop.domain.organisasi import PerangkatDaerah

    services.agency.create_agency(PerangkatDaerah(nama="Dinas Kesehatan", pemda="Kabupaten X"))
    w = TeamsWidget(services)
    qtbot.addWidget(w)
    assert w.model.rowCount() == 0
    assert "Tim baru" in w.list_view.property("empty_text")
    assert w.new_button.isEnabled() and not w.roster_button.isEnabled()


def test_without_an_agency_everything_is_disabled(qtbot, services):
    w = TeamsWidget(services)
    qtbot.addWidget(w)
    assert not w.new_button.isEnabled() and not w.settings_button.isEnabled()


def test_workload_tab(widget, demo_services):
    widget.tabs.setCurrentIndex(widget.TAB_BEBAN)
    panel = widget.workload
    beban = demo_services.teams.workload()
    assert panel.model.rowCount() == len(beban.rows) > 0
    assert panel.idle_model.rowCount() == len(beban.tanpa_penugasan) > 0
    assert "Belum ada penugasan" in panel.idle_title.text()
    busiest = beban.rows[0]
    assert busiest.tumpang_tindih  # two overlapping teams
    assert panel.select_pegawai(busiest.pegawai_id)
    texts = [panel.detail_list.item(i).text() for i in range(panel.detail_list.count())]
    assert any(t.startswith("Bertumpang tindih") for t in texts)
    item = panel.detail_list.item(0)
    panel.detail_list.itemActivated.emit(item)
    assert widget.tabs.currentIndex() == widget.TAB_TIM
    assert widget.builder.tim_id == busiest.tim[0].tim_id


def test_workload_threshold_is_saved_and_warns(widget, demo_services, qtbot):
    widget.tabs.setCurrentIndex(widget.TAB_BEBAN)
    panel = widget.workload
    panel.ambang_spin.setValue(1)
    with qtbot.waitSignal(widget.data_changed) as blocker:
        panel.ambang_spin.editingFinished.emit()
    assert blocker.args == [Changes(dokumen=True)]
    assert demo_services.naskah.pengaturan().ambang_beban == 1
    assert "melebihi ambang" in panel.summary.text()
    # the builder warns about the same members (soft rule)
    widget.select_team(1)
    codes = [f.kode for f in widget.builder.rules.findings]
    assert "BEBAN_KERJA_TINGGI" in codes and not widget.builder.rules.blocking


def test_roster_of_all_teams_to_excel(widget, demo_services, qtbot, tmp_path, monkeypatch, done):
    target = tmp_path / "roster.xlsx"
    asked = []
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name: asked.append((kind, name)) or target)
    with qtbot.waitSignal(widget.roster_exported, timeout=30000) as blocker:
        widget.roster_all_action.trigger()
    assert asked == [("xlsx", "daftar-tim-kerja.xlsx")]
    path = blocker.args[0]
    assert path == target and path.exists()
    qtbot.waitUntil(lambda: bool(done))
    assert done == [(target, "Roster 4 tim diekspor ke Excel.")]
    wb = openpyxl.load_workbook(path)
    assert len(wb.sheetnames) >= 4
    assert widget.roster_button.isEnabled()


def test_roster_of_the_selected_team(widget, qtbot, tmp_path, monkeypatch, done):
    widget.select_team(3)
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name: tmp_path / name)
    with qtbot.waitSignal(widget.roster_exported, timeout=30000) as blocker:
        widget.roster_selected_action.trigger()
    assert blocker.args[0].name == "kelompok-kerja-akreditasi-uptd-puskesmas-sukamaju.xlsx"
    assert openpyxl.load_workbook(blocker.args[0]).sheetnames


def test_roster_cancelled_writes_nothing(widget, tmp_path, monkeypatch, done):
    monkeypatch.setattr(output, "choose_output_path", lambda *a: None)
    widget.roster_all_action.trigger()
    assert done == [] and list(tmp_path.glob("*.xlsx")) == []
    assert widget.roster_button.isEnabled()


def test_main_window_relays_and_refreshes(qtbot, demo_services, monkeypatch):
    from sistemkerja_desktop.views.main_window import MainWindow

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    tim = window.tim
    assert window.pages.widget(MainWindow.AREA_TIM) is tim
    calls = []
    monkeypatch.setattr(tim, "refresh", lambda: calls.append("refresh"))
    with qtbot.waitSignal(window.data_changed) as blocker:
        tim.data_changed.emit(Changes(teams=True))
    assert blocker.args == [Changes(teams=True)] and calls == []  # its own edit
    window.data_changed.emit(Changes(pegawai=True))  # an edit elsewhere
    assert calls == ["refresh"]
    opened = []
    monkeypatch.setattr(tim, "open_naskah_settings", lambda: opened.append(True))
    window.naskah_action.trigger()
    assert opened == [True]
