"""Team memberships drawn over the org chart (issue #4's overlay)."""

import pytest
from PySide6.QtCore import Qt

from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget


@pytest.fixture
def widget(qtbot, demo_services):
    w = OrgChartWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def _active_teams(services):
    return [t for t in services.teams.teams() if t.status.value == "aktif"]


@pytest.mark.gui
def test_overlay_off_by_default_then_one_dotted_path_per_team(widget, demo_services):
    assert widget.overlay.items == []
    widget.overlay_box.toggle.setChecked(True)
    teams = _active_teams(demo_services)
    assert len(widget.overlay.items) == len(teams) >= 2
    pens = [item.pen() for item in widget.overlay.items]
    assert all(p.style() == Qt.PenStyle.DotLine for p in pens)
    assert len({p.color().name() for p in pens}) == len(pens)  # one colour per team
    for item, team in zip(widget.overlay.items, teams, strict=True):
        assert item.toolTip() == team.nama
        # a star from the ketua to every member shown: one segment per other member
        assert item.path().elementCount() == 2 * (len(team.anggota_nip))
    assert all(t.nama in widget.overlay_box.legend.text() for t in teams)
    widget.overlay_box.toggle.setChecked(False)
    assert widget.overlay.items == [] and widget.overlay_box.legend.isHidden()


@pytest.mark.gui
def test_overlay_follows_team_changes_relayed_by_the_main_window(qtbot, demo_services):
    from sistemkerja_desktop.domain.tim import StatusTim
    from sistemkerja_desktop.views.main_window import MainWindow

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    chart = window.bagan
    chart.overlay_box.toggle.setChecked(True)
    before = len(chart.overlay.items)
    team = _active_teams(demo_services)[0]
    _, changes = demo_services.teams.set_status(team.id, StatusTim.SELESAI)
    window.data_changed.emit(changes)
    assert changes.teams
    assert len(chart.overlay.items) == before - 1
    assert team.nama not in chart.overlay_box.legend.text()
