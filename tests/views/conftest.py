"""Fixtures shared by the view tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def orgchart_widget(qtbot, demo_services):
    """The org-chart area on the demo agency, shown at 1300×800."""
    from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget

    w = OrgChartWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    qtbot.waitExposed(w)
    return w
