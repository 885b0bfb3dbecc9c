"""Struktur: unsaved edits of the pegawai form (Simpan / Buang / Batal), the PPK shown in the
table and the form, and *Lihat PPK*."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from unsaved_uji import answer

from sistemkerja_desktop.views.common.unsaved import Choice, UnsavedEdits, confirm_leave
from sistemkerja_desktop.views.struktur.pegawai_table_model import Kolom
from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget

pytestmark = pytest.mark.gui

DADANG = "197904302006011938"  # two PPK in the demo: no single PPK to show
RINA = "199305142020122911"


@pytest.fixture
def widget(qtbot, demo_services):
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1166, 700)  # a 1366 px window minus the 200 px sidebar
    return w


def row_of(svc, nip):
    return next(r for r in svc.pegawai.rows() if r.nip == nip)


def other_row(svc, nip):
    return next(r for r in svc.pegawai.rows() if r.nip != nip and r.aktif)


def test_the_widget_reports_the_forms_edits(widget, demo_services, qtbot):
    assert isinstance(widget, UnsavedEdits)
    assert widget.unsaved_description() is None
    rina = row_of(demo_services, RINA)
    widget.select_pegawai(rina.id)
    with qtbot.waitSignal(widget.modified_changed) as blocker:
        widget.form.telepon_edit.setText("0812 3456")
    assert blocker.args == [True]
    assert widget.unsaved_description() == f"perubahan data pegawai {rina.nama}"
    with qtbot.waitSignal(widget.modified_changed) as blocker:
        assert widget.save_unsaved()
    assert blocker.args == [False]
    assert widget.unsaved_description() is None
    assert demo_services.pegawai.get(rina.id).telepon == "0812 3456"


def test_discard_goes_back_to_the_stored_data(widget, demo_services):
    rina = row_of(demo_services, RINA)
    widget.select_pegawai(rina.id)
    widget.form.nama_edit.setText("Nama Lain")
    widget.discard_unsaved()
    assert widget.unsaved_description() is None
    assert widget.form.pegawai_id == rina.id
    assert widget.form.nama_edit.text() == demo_services.pegawai.get(rina.id).nama


def test_a_new_pegawai_is_described_and_dropped_on_discard(widget, monkeypatch):
    widget.add_button.click()
    widget.form.nama_edit.setText("Ani")
    assert widget.unsaved_description() == "data pegawai baru Ani"
    widget.discard_unsaved()
    assert widget.form.pegawai_id is None and widget.unsaved_description() is None


def test_switching_pegawai_batal_keeps_the_edits(widget, demo_services, monkeypatch, qtbot):
    asked = answer(monkeypatch, Choice.BATAL)
    rina, other = row_of(demo_services, RINA), other_row(demo_services, RINA)
    widget.select_pegawai(rina.id)
    widget.form.telepon_edit.setText("0812")
    widget.select_pegawai(other.id)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [f"perubahan data pegawai {rina.nama}"]
    assert widget.form.pegawai_id == rina.id and widget.form.telepon_edit.text() == "0812"
    assert widget.selected_pegawai_id() == rina.id  # the table went back to the row edited
    assert demo_services.pegawai.get(rina.id).telepon != "0812"


def test_switching_pegawai_buang_drops_the_edits(widget, demo_services, monkeypatch, qtbot):
    asked = answer(monkeypatch, Choice.BUANG)
    rina, other = row_of(demo_services, RINA), other_row(demo_services, RINA)
    before = demo_services.pegawai.get(rina.id).telepon
    widget.select_pegawai(rina.id)
    widget.form.telepon_edit.setText("0812")
    widget.select_pegawai(other.id)
    qtbot.waitUntil(lambda: widget.form.pegawai_id == other.id)
    assert len(asked) == 1 and not widget.form.is_dirty()
    assert demo_services.pegawai.get(rina.id).telepon == before


def test_switching_pegawai_simpan_saves_then_opens_the_other(widget, demo_services,
                                                              monkeypatch, qtbot):
    answer(monkeypatch, Choice.SIMPAN)
    rina, other = row_of(demo_services, RINA), other_row(demo_services, RINA)
    widget.select_pegawai(rina.id)
    widget.form.telepon_edit.setText("0812")
    with qtbot.waitSignal(widget.data_changed):
        widget.select_pegawai(other.id)
    qtbot.waitUntil(lambda: widget.form.pegawai_id == other.id)
    assert demo_services.pegawai.get(rina.id).telepon == "0812"
    assert widget.form.pegawai_id == other.id and not widget.form.is_dirty()
    assert widget.selected_pegawai_id() == other.id


def test_simpan_that_fails_validation_stays(widget, demo_services, monkeypatch, qtbot):
    asked = answer(monkeypatch, Choice.SIMPAN)
    rina, other = row_of(demo_services, RINA), other_row(demo_services, RINA)
    widget.select_pegawai(rina.id)
    widget.form.nama_edit.setText("")  # refused by the service: shown next to the field
    widget.select_pegawai(other.id)
    qtbot.waitUntil(lambda: bool(asked))
    assert widget.selected_pegawai_id() == rina.id
    assert widget.form.pegawai_id == rina.id and widget.form.is_dirty()
    assert widget.form.field_error("nama")
    assert demo_services.pegawai.get(rina.id).nama


def test_adding_a_pegawai_while_editing_asks(widget, demo_services, monkeypatch):
    asked = answer(monkeypatch, Choice.BATAL, Choice.BUANG)
    rina = row_of(demo_services, RINA)
    widget.select_pegawai(rina.id)
    widget.form.telepon_edit.setText("0812")
    widget.add_button.click()
    assert widget.form.pegawai_id == rina.id
    widget.add_button.click()
    assert widget.form.pegawai_id == 0 and len(asked) == 2


def test_confirm_leave_from_the_shell(widget, demo_services, monkeypatch):
    answer(monkeypatch, Choice.SIMPAN)
    rina = row_of(demo_services, RINA)
    widget.select_pegawai(rina.id)
    widget.form.email_edit.setText("rina@contoh.go.id")
    assert confirm_leave(None, widget, "menutup aplikasi")
    assert demo_services.pegawai.get(rina.id).email == "rina@contoh.go.id"


# ---- the PPK of a person ------------------------------------------------------------------

def test_the_ppk_column_stays_visible_at_1366(widget, demo_services, qtbot):
    widget.show()
    qtbot.waitExposed(widget)
    table = widget.table
    viewport = table.viewport().rect()
    rect = table.visualRect(widget.proxy.index(0, Kolom.PPK))
    assert not table.isColumnHidden(Kolom.PPK)
    assert rect.left() >= 0 and rect.left() + 80 <= viewport.right()
    assert table.columnWidth(Kolom.PPK) >= 80
    assert table.horizontalScrollBar().maximum() == 0  # nothing pushed out of view
    rina = row_of(demo_services, RINA)
    index = widget.proxy.mapFromSource(widget.model.index(widget.model.row_for_pegawai(rina.id),
                                                          Kolom.PPK))
    nama_ppk = rina.ppk.rpartition(" — ")[2]
    assert index.data() == nama_ppk
    assert rina.ppk in index.data(Qt.ItemDataRole.ToolTipRole)
    assert rina.nip_ppk in index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_form_shows_the_ppk_and_lihat_ppk_asks_the_shell(widget, demo_services, qtbot):
    rina = row_of(demo_services, RINA)
    assert rina.nip_ppk
    widget.select_pegawai(rina.id)
    form = widget.form
    assert rina.ppk in form.ppk_info.text()
    assert form.lihat_ppk_button.isEnabled()
    with qtbot.waitSignal(widget.show_on_chart_requested) as blocker:
        form.lihat_ppk_button.click()
    assert blocker.args == [rina.nip_ppk]


def test_lihat_ppk_is_off_without_a_single_ppk(widget, demo_services):
    dadang = row_of(demo_services, DADANG)
    widget.select_pegawai(dadang.id)
    assert "ganda" in widget.form.ppk_info.text()
    assert not widget.form.lihat_ppk_button.isEnabled()
    menu = widget.table.row_menu(dadang)
    assert not any(a.isEnabled() for a in menu.actions())


def test_row_menu_shows_or_selects_the_ppk(widget, demo_services, qtbot):
    rina = row_of(demo_services, RINA)
    menu = widget.table.row_menu(rina)
    show, pick = menu.actions()
    assert show.text() == "Lihat PPK di bagan" and show.isEnabled()
    with qtbot.waitSignal(widget.show_on_chart_requested) as blocker:
        show.trigger()
    assert blocker.args == [rina.nip_ppk]
    pick.trigger()
    ppk = next(r for r in demo_services.pegawai.rows() if r.nip == rina.nip_ppk)
    assert widget.selected_pegawai_id() == ppk.id


def test_columns_can_be_hidden_and_shown(widget, qtbot):
    widget.show()
    qtbot.waitExposed(widget)
    table = widget.table
    assert table.isColumnHidden(Kolom.JENJANG)  # in most jabatan names already
    table._set_column_shown(Kolom.JENJANG, True)
    assert not table.isColumnHidden(Kolom.JENJANG)
    assert table.horizontalScrollBar().maximum() == 0


def test_columns_refit_when_the_window_is_resized(widget, qtbot):
    widget.show()
    qtbot.waitExposed(widget)
    table = widget.table
    narrow = table.columnWidth(Kolom.NAMA)
    widget.resize(1700, 700)
    qtbot.waitUntil(lambda: table.columnWidth(Kolom.NAMA) > narrow)
    assert table.horizontalScrollBar().maximum() == 0
