import pytest
from PySide6.QtCore import Qt

from sistemkerja_desktop.domain.findings import Finding, Tingkat, finding_label
from sistemkerja_desktop.views.struktur.findings_panel import COLOURS, FindingsModel, FindingsPanel
from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_services):
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    return w


def test_model_passes_the_model_tester(qtmodeltester, qapp, demo_services):
    model = FindingsModel()
    model.set_findings(demo_services.agency.periksa())
    qtmodeltester.check(model)


def test_galat_first_with_colour_icon_label_pesan_dasar(qapp, demo_services):
    findings = demo_services.agency.periksa()
    model = FindingsModel()
    model.set_findings(findings)
    tingkat = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert tingkat == sorted(tingkat, key=lambda t: t != "Galat") and "Peringatan" in tingkat
    first = model.finding_at(0)
    assert [model.index(0, c).data() for c in range(4)] == [
        "Galat", finding_label(first.kode), first.pesan, first.dasar]
    # the Indonesian label is shown; the code stays in the tooltip
    assert model.index(0, 1).data() != first.kode
    assert first.kode in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == \
        COLOURS[Tingkat.GALAT]
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Tingkat", "Temuan", "Pesan", "Dasar"]


def test_codes_are_shown_as_indonesian_labels(qapp):
    model = FindingsModel()
    model.set_findings([Finding("PPK_GANDA", Tingkat.GALAT, "pesan", "dasar"),
                        Finding("UNIT_TANPA_INDUK", Tingkat.PERINGATAN, "pesan", "dasar")])
    assert [model.index(r, 1).data() for r in range(2)] == ["PPK ganda", "Unit tanpa induk"]
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Kode temuan: PPK_GANDA"


def test_counts_and_states(qtbot, demo_services, services):
    panel = FindingsPanel(demo_services)
    qtbot.addWidget(panel)
    assert "Belum diperiksa" in panel.empty_label.text()
    findings = panel.run_periksa()
    galat = sum(1 for f in findings if f.tingkat is Tingkat.GALAT)
    peringatan = len(findings) - galat
    assert f"{galat} galat" in panel.counts.text()
    assert f"{peringatan} peringatan" in panel.counts.text()
    assert panel.stack.currentWidget() is panel.table
    panel.set_findings([])
    assert "Tidak ada temuan" in panel.empty_label.text()
    assert panel.stack.currentWidget() is panel.empty_label


def test_clicking_a_finding_selects_its_pegawai(widget, demo_services, qtbot):
    widget.show()
    qtbot.waitExposed(widget)
    widget.run_periksa()
    panel = widget.findings
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.finding_at(r).pegawai_id is not None and r > 0)
    finding = panel.model.finding_at(row)
    other_unit = next(u.id for u in demo_services.agency.struktur().units
                      if u.id != demo_services.pegawai.get(finding.pegawai_id).unit_id)
    widget.select_unit(other_unit)  # hides the pegawai: the click must undo that
    widget.set_filter_text("zzz")
    panel.table.scrollTo(panel.model.index(row, 2))
    rect = panel.table.visualRect(panel.model.index(row, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.selected_pegawai_id() == finding.pegawai_id
    assert widget.filter_edit.text() == "" and widget.selected_unit_id() is None
    assert widget.form.pegawai_id == finding.pegawai_id
    current = widget.table.currentIndex()
    assert widget.table.visualRect(current).intersects(widget.table.viewport().rect())


def test_a_unit_finding_selects_the_unit(widget, demo_services):
    unit = demo_services.agency.struktur().units[2]
    widget.findings.set_findings([Finding("UNIT_TANPA_PIMPINAN", Tingkat.PERINGATAN,
                                          "Unit tanpa pimpinan", "uji", unit_id=unit.id)])
    widget.findings.select_row(0)
    assert widget.selected_unit_id() == unit.id


def test_findings_follow_edits_once_checked(widget, demo_services):
    widget.run_periksa()
    tanpa_unit = next(f for f in widget.findings.model.findings
                      if f.kode == "PEGAWAI_TANPA_UNIT")
    widget.select_pegawai(tanpa_unit.pegawai_id)
    form = widget.form
    form.unit_combo.setCurrentIndex(1)
    assert form.save()
    kodes = [f.kode for f in widget.findings.model.findings
             if f.pegawai_id == tanpa_unit.pegawai_id]
    assert "PEGAWAI_TANPA_UNIT" not in kodes
