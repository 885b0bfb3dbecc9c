"""Struktur at 1366×768 (a 1166 px area beside the navigation): unit names read in full, the
pegawai form only takes room while it shows someone, and the table columns follow the data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sistemkerja_desktop.views.struktur.pegawai_table_model import Kolom
from sistemkerja_desktop.views.struktur.pegawai_table_view import share_width
from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_services):
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1166, 700)  # a 1366 px window minus the 200 px sidebar
    w.show()
    qtbot.waitExposed(w)
    return w


def _rows(tree, parent):
    model = tree.model()
    return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]


def test_the_unit_tree_is_wide_and_shows_whole_unit_names(widget, qtbot):
    tree = widget.unit_tree
    assert widget.splitter.sizes()[0] >= 260
    semua = widget.unit_model.index_for_unit(None)
    units = [i for top in _rows(tree, semua) for i in [top, *_rows(tree, top)]]
    assert len(units) > 3
    fm = tree.fontMetrics()
    for index in units:
        rect = tree.visualRect(index)
        name = index.data()
        if fm.horizontalAdvance(name) > rect.width():  # does not fit one line: wraps
            qtbot.waitUntil(lambda r=rect, i=index: tree.visualRect(i).height()
                            >= 2 * fm.lineSpacing())
        lines = fm.boundingRect(0, 0, tree.name_width(index) - 8, 10000,
                                Qt.TextFlag.TextWordWrap, name).height()
        assert tree.visualRect(index).height() >= lines, name


def test_unit_rows_grow_when_the_tree_narrows(widget, qtbot):
    tree = widget.unit_tree
    top = _rows(tree, widget.unit_model.index_for_unit(None))[0]
    wide = tree.visualRect(top).height()
    widget.splitter.setSizes([190, 900, 0])
    qtbot.waitUntil(lambda: tree.visualRect(top).height() >= wide)
    if tree.fontMetrics().horizontalAdvance(top.data()) > tree.name_width(top):
        qtbot.waitUntil(lambda: tree.visualRect(top).height() > tree.fontMetrics().height() + 4)


def test_the_unit_tooltip_gives_the_path(widget, demo_services):
    struktur = demo_services.agency.struktur()
    child = next(u for u in struktur.units if u.parent_id is not None)
    tip = widget.unit_model.index_for_unit(child.id).data(Qt.ItemDataRole.ToolTipRole)
    assert struktur.unit_path(child.id) in tip


def test_the_form_only_takes_room_while_it_shows_a_pegawai(widget, demo_services, qtbot):
    assert widget.form.isHidden() and widget.splitter.sizes()[2] == 0
    assert widget.open_hint.isVisible()
    table_width = widget.splitter.sizes()[1]
    assert table_width >= 800
    assert widget.table.horizontalScrollBar().maximum() == 0

    row = demo_services.pegawai.rows()[3]
    widget.select_pegawai(row.id)
    qtbot.waitUntil(lambda: widget.form.isVisible())
    sizes = widget.splitter.sizes()
    assert sizes[2] >= 280 and sizes[0] >= 260 and not widget.open_hint.isVisible()
    assert widget.table.horizontalScrollBar().maximum() == 0
    # beside the form the Unit column steps aside; Nama, Jabatan and PPK keep room to read
    assert widget.table.isColumnHidden(Kolom.UNIT)
    for col in (Kolom.NAMA, Kolom.JABATAN, Kolom.PPK):
        assert widget.table.columnWidth(col) >= 100, col.name

    widget.form.close_button.click()
    assert widget.form.isHidden() and widget.selected_pegawai_id() is None
    assert widget.form.pegawai_id is None
    assert widget.splitter.sizes()[1] >= table_width - 2
    assert not widget.table.isColumnHidden(Kolom.UNIT)

    widget.add_button.click()  # a new pegawai opens the form too
    assert widget.form.isVisible() and widget.form.pegawai_id == 0


def test_closing_the_form_asks_about_unsaved_edits(widget, demo_services, monkeypatch):
    row = demo_services.pegawai.rows()[3]
    widget.select_pegawai(row.id)
    widget.form.telepon_edit.setText("0812")
    asked = []
    monkeypatch.setattr(widget, "_confirm_discard", lambda action="": asked.append(action))
    widget.close_form()  # "Batal": stays open
    assert asked == ["menutup data pegawai"] and widget.form.isVisible()
    assert widget.form.telepon_edit.text() == "0812"


def test_nip_nama_jabatan_and_ppk_get_the_width(widget):
    table = widget.table
    assert table.columnWidth(Kolom.NIP) >= table.fontMetrics().horizontalAdvance(
        "19930514 202012 2 911")
    for col in (Kolom.NAMA, Kolom.JABATAN, Kolom.PPK):
        assert table.columnWidth(col) >= 150, col.name
        assert table.columnWidth(col) >= table.columnWidth(Kolom.UNIT), col.name


def test_share_width_gives_short_columns_what_they_need():
    weights = {1: 3, 2: 4, 5: 2, 6: 3}
    desired = {1: 110, 2: 280, 5: 145, 6: 105}  # short names, long jabatan and unit
    roomy = share_width(640, desired, weights)
    assert roomy[1] == 110 and roomy[6] == 105 and roomy[2] == 280
    assert sum(roomy.values()) <= 640
    wide = share_width(2000, desired, weights)
    assert all(wide[c] >= desired[c] for c in desired) and sum(wide.values()) <= 2000
    # the form is open: names still read in full, the rest is shared, none under 60 px
    tight = share_width(360, desired, weights, first=(1, 6))
    assert tight[1] == 110 and tight[6] == 105 and min(tight.values()) >= 60
    assert sum(tight.values()) <= 360
    assert share_width(360, desired, weights)[1] < 110  # without the favour: its share


def test_sizes_the_user_dragged_are_kept(widget, demo_services, qtbot):
    splitter = widget.splitter
    splitter.setSizes([330, 800, 0])
    splitter.splitterMoved.emit(330, 1)  # what a drag of the handle reports
    widget.resize(1500, 700)
    qtbot.waitUntil(lambda: splitter.sizes()[1] > 900)
    assert splitter.sizes()[0] == 330
    widget.select_pegawai(demo_services.pegawai.rows()[0].id)
    assert splitter.sizes()[0] == 330 and splitter.sizes()[2] >= 280
