"""The unit dialog (Ubah unit… / Tambah sub-unit…) and the delegasi fields of the pegawai form."""

import pytest
from PySide6.QtWidgets import QDialog
from unsaved_uji import answer

from sistemkerja_desktop.domain.organisasi import JenisUnit
from sistemkerja_desktop.views.common.unsaved import Choice
from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget
from sistemkerja_desktop.views.struktur.unit_dialog import UnitDialog

pytestmark = pytest.mark.gui

DI_BAWAH_JF = "199107192015031942"


def _unit(svc, nama):
    return next(u for u in svc.agency.struktur().units if u.nama == nama)


@pytest.fixture
def widget(qtbot, demo_services):
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    return w


def test_dialog_edits_a_unit(qtbot, demo_services):
    struktur = demo_services.agency.struktur()
    pkm = _unit(demo_services, "UPTD Puskesmas Sukamaju")
    dialog = UnitDialog(demo_services, struktur, pkm)
    qtbot.addWidget(dialog)
    assert dialog.nama_edit.text() == pkm.nama and dialog.mandiri_check.isChecked()
    assert dialog.jenis_combo.currentData() == JenisUnit.PUSKESMAS.value
    assert dialog.induk_combo.currentData() == pkm.parent_id
    assert dialog.induk_combo.findData(pkm.id) == -1  # never its own induk
    assert "Pasal 7" in dialog.mandiri_hint.text()
    dialog.nama_edit.setText("UPTD Puskesmas Sukamaju Raya")
    dialog.mandiri_check.setChecked(False)
    dialog.kode_edit.setText("PKM-01")
    assert dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.changes.units
    saved = demo_services.agency.struktur().unit_by_id[pkm.id]
    assert (saved.nama, saved.mandiri, saved.kode) == ("UPTD Puskesmas Sukamaju Raya", False,
                                                       "PKM-01")


def test_dialog_shows_service_errors_and_stays_open(qtbot, demo_services):
    sek = _unit(demo_services, "Sekretariat")
    dialog = UnitDialog(demo_services, demo_services.agency.struktur(), sek)
    qtbot.addWidget(dialog)
    dialog.nama_edit.setText("   ")
    assert not dialog.submit()
    assert dialog.error_label.isVisibleTo(dialog) and "wajib" in dialog.error_label.text()
    assert dialog.changes is None
    assert demo_services.agency.struktur().unit_by_id[sek.id].nama == "Sekretariat"


def test_dialog_adds_a_sub_unit_guessing_its_jenis(qtbot, demo_services):
    sek = _unit(demo_services, "Sekretariat")
    dialog = UnitDialog(demo_services, demo_services.agency.struktur(), None, sek.id)
    qtbot.addWidget(dialog)
    assert dialog.induk_combo.currentData() == sek.id
    qtbot.keyClicks(dialog.nama_edit, "Subbagian Hukum")
    assert dialog.jenis_combo.currentData() == JenisUnit.SUBBAGIAN.value
    assert dialog.submit()
    unit = dialog.saved_unit
    assert (unit.nama, unit.jenis, unit.parent_id) == ("Subbagian Hukum", JenisUnit.SUBBAGIAN,
                                                       sek.id)


def test_panel_buttons_open_the_dialog_and_refresh(widget, demo_services, qtbot, monkeypatch):
    pkm = _unit(demo_services, "UPTD Puskesmas Sukamaju")
    panel = widget.unit_panel
    widget.select_unit(None)
    assert not panel.edit_button.isEnabled() and panel.add_button.isEnabled()
    widget.select_unit(pkm.id)
    assert panel.edit_button.isEnabled()

    def fake_exec(dialog):
        dialog.nama_edit.setText("Puskesmas Baru")
        return QDialog.DialogCode.Accepted if dialog.submit() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnitDialog, "exec", fake_exec)
    with qtbot.waitSignal(widget.data_changed) as blocker:
        panel.edit_button.click()
    assert blocker.args[0].units
    assert widget.unit_model.index_for_unit(pkm.id).data() == "Puskesmas Baru"
    assert widget.selected_unit_id() == pkm.id
    with qtbot.waitSignal(widget.data_changed):
        panel.add_button.click()
    assert [u.parent_id for u in demo_services.agency.struktur().units
            if u.nama == "Puskesmas Baru"] == [pkm.parent_id, pkm.id]


def test_form_delegasi_checkbox_saves_on_the_kedudukan(widget, demo_services, qtbot):
    assert widget.select_nip(DI_BAWAH_JF)
    form = widget.form
    assert not form.delegasi_check.isChecked() and not form.delegasi_dasar_edit.isEnabled()
    form.delegasi_check.setChecked(True)
    assert form.delegasi_dasar_edit.isEnabled() and form.is_dirty()
    form.delegasi_dasar_edit.setText("SK Kepala Dinas 800/12/2026")
    with qtbot.waitSignal(widget.data_changed) as blocker:
        assert form.save()
    assert blocker.args[0].kedudukan
    row = next(r for r in demo_services.pegawai.rows() if r.nip == DI_BAWAH_JF)
    assert (row.delegasi, row.delegasi_dasar) == (True, "SK Kepala Dinas 800/12/2026")
    codes = [f.kode for f in demo_services.agency.periksa() if f.nip == DI_BAWAH_JF]
    assert "PPK_BUKAN_PEJABAT_PENILAI" not in codes
    # shown again after a reload, and "Batalkan perubahan" restores it
    widget.refresh()
    assert widget.select_nip(DI_BAWAH_JF)
    assert form.delegasi_check.isChecked()
    assert form.delegasi_dasar_edit.text() == "SK Kepala Dinas 800/12/2026"
    form.delegasi_check.setChecked(False)
    assert not form.delegasi_dasar_edit.isEnabled()
    form.revert_button.click()
    assert form.delegasi_check.isChecked() and not form.is_dirty()
    form.delegasi_check.setChecked(False)
    assert form.save()
    row = next(r for r in demo_services.pegawai.rows() if r.nip == DI_BAWAH_JF)
    assert (row.delegasi, row.delegasi_dasar) == (False, "")


# ---- unsaved edits: Simpan / Buang / Batal on closing ----------------------------------------


@pytest.fixture
def open_dialog(qtbot, demo_services):
    def make(nama="Sekretariat"):
        dialog = UnitDialog(demo_services, demo_services.agency.struktur(),
                            _unit(demo_services, nama))
        qtbot.addWidget(dialog)
        dialog.open()
        return dialog
    return make


def test_closing_without_edits_asks_nothing(open_dialog, monkeypatch):
    asked = answer(monkeypatch)
    dialog = open_dialog()
    assert dialog.unsaved_description() is None
    dialog.reject()
    assert asked == [] and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_closing_with_edits_batal_stays_open(open_dialog, demo_services, monkeypatch):
    asked = answer(monkeypatch, Choice.BATAL)
    dialog = open_dialog()
    dialog.nama_edit.setText("Sekretariat Dinas")
    assert dialog.unsaved_description() == "perubahan unit 'Sekretariat'"
    dialog.close()  # the window's close button
    assert asked == ["perubahan unit 'Sekretariat'"] and dialog.isVisible()
    assert dialog.nama_edit.text() == "Sekretariat Dinas"
    assert _unit(demo_services, "Sekretariat").nama == "Sekretariat"
    answer(monkeypatch, Choice.BUANG)
    dialog.reject()  # leave no dialog with edits open
    assert not dialog.isVisible()


def test_closing_with_edits_buang_closes_without_saving(open_dialog, demo_services, monkeypatch):
    answer(monkeypatch, Choice.BUANG)
    dialog = open_dialog()
    sek_id = _unit(demo_services, "Sekretariat").id
    dialog.kode_edit.setText("SEK-99")
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.changes is None
    assert demo_services.agency.struktur().unit_by_id[sek_id].kode != "SEK-99"


def test_closing_with_edits_simpan_saves_and_accepts(open_dialog, demo_services, monkeypatch):
    answer(monkeypatch, Choice.SIMPAN)
    dialog = open_dialog()
    sek_id = _unit(demo_services, "Sekretariat").id
    dialog.kode_edit.setText("SEK-01")
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.units
    assert demo_services.agency.struktur().unit_by_id[sek_id].kode == "SEK-01"


def test_simpan_refused_by_the_service_keeps_the_dialog(open_dialog, demo_services, monkeypatch):
    answer(monkeypatch, Choice.SIMPAN)
    dialog = open_dialog()
    dialog.nama_edit.setText("   ")
    dialog.reject()
    assert dialog.isVisible() and dialog.error_label.isVisibleTo(dialog)
    assert _unit(demo_services, "Sekretariat").nama == "Sekretariat"
    answer(monkeypatch, Choice.BUANG)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_new_unit_with_a_name_counts_as_an_edit(qtbot, demo_services, monkeypatch):
    asked = answer(monkeypatch, Choice.BUANG)
    sek = _unit(demo_services, "Sekretariat")
    dialog = UnitDialog(demo_services, demo_services.agency.struktur(), None, sek.id)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.unsaved_description() is None
    dialog.nama_edit.setText("Subbagian Baru")
    dialog.reject()
    assert asked == ["unit baru 'Subbagian Baru'"] and not dialog.isVisible()
    assert all(u.nama != "Subbagian Baru" for u in demo_services.agency.struktur().units)


def test_tipe_row_only_for_rsud_and_uptd_and_follows_the_name_pk_tabel_3_9(qtbot, demo_services):
    """RSUD Kelas / UPTD Tipe (Perbup Pekalongan 52/2024 Tabel 3.8, 3.9, 3.12): the row shows for
    an RSUD or UPTD only; a new unit takes the type from its name until one is picked."""
    pim = _unit(demo_services, "Pimpinan")
    dialog = UnitDialog(demo_services, demo_services.agency.struktur(), None, pim.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.tipe_combo.isVisible()  # jenis Lainnya
    qtbot.keyClicks(dialog.nama_edit, "RSUD dr. Uji Kelas C")
    assert dialog.jenis_combo.currentData() == JenisUnit.RSUD.value
    assert dialog.tipe_combo.isVisible() and dialog.tipe_combo.currentData() == "C"
    assert dialog.tipe_combo.currentText() == "Kelas C"
    dialog.tipe_combo.setCurrentIndex(dialog.tipe_combo.findData("B"))
    dialog.tipe_combo.activated.emit(dialog.tipe_combo.currentIndex())  # the user's pick
    qtbot.keyClicks(dialog.nama_edit, " Baru")
    assert dialog.tipe_combo.currentData() == "B"  # kept
    assert dialog.submit()
    assert demo_services.units.get(dialog.saved_unit.id).tipe == "B"


def test_tipe_is_edited_labelled_by_jenis_and_dropped_for_other_jenis(qtbot, demo_services):
    pim = _unit(demo_services, "Pimpinan")
    uptd, _ = demo_services.units.add_unit("UPTD Laboratorium Kesehatan", "UPTD", pim.id)
    dialog = UnitDialog(demo_services, demo_services.agency.struktur(),
                        demo_services.units.get(uptd.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tipe_combo.isVisible() and dialog.tipe_combo.currentData() == ""
    assert dialog.tipe_combo.itemText(1) == "Tipe A"
    assert dialog.unsaved_description() is None
    dialog.tipe_combo.setCurrentIndex(dialog.tipe_combo.findData("A"))
    assert dialog.unsaved_description()  # the type is an edit like any other
    assert dialog.submit()
    assert demo_services.units.get(uptd.id).tipe == "A"
    again = UnitDialog(demo_services, demo_services.agency.struktur(),
                       demo_services.units.get(uptd.id))
    qtbot.addWidget(again)
    again.show()
    assert again.tipe_combo.currentText() == "Tipe A"
    again.jenis_combo.setCurrentIndex(again.jenis_combo.findData(JenisUnit.LAINNYA.value))
    assert not again.tipe_combo.isVisible()
    assert again.submit()
    assert demo_services.units.get(uptd.id).tipe == ""


def test_tipe_none_names_the_type_the_unit_name_tells(qtbot, demo_services):
    pim = _unit(demo_services, "Pimpinan")
    rsud, _ = demo_services.units.add_unit("RSUD dr. Uji Kelas C", "RSUD", pim.id, tipe="")
    dialog = UnitDialog(demo_services, demo_services.agency.struktur(),
                        demo_services.units.get(rsud.id))
    qtbot.addWidget(dialog)
    assert dialog.tipe_combo.currentData() == ""
    assert "menurut nama: Kelas C" in dialog.tipe_combo.currentText()
