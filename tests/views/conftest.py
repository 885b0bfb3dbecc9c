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


@pytest.fixture
def wizard(qtbot, demo_services):
    """The import wizard on the demo agency, shown."""
    from sistemkerja_desktop.views.struktur.import_wizard import ImportWizard

    w = ImportWizard(demo_services)
    w.show()
    yield w
    # closed here rather than by qtbot.addWidget (which closes before fixtures are torn down):
    # a loaded file would make closing ask Simpan/Buang/Batal in a real message box
    w.discard_unsaved()
    w.close()
    w.deleteLater()


@pytest.fixture
def done(monkeypatch):
    """Records the "file written" messages (path, text) instead of showing them."""
    from sistemkerja_desktop.views.common import output

    calls = []
    monkeypatch.setattr(output, "show_output_done",
                        lambda parent, path, text="": calls.append((path, text)))
    return calls
