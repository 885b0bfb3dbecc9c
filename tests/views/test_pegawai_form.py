import pytest
from PySide6.QtCore import Qt

from sistemkerja_desktop.domain.jabatan import Kategori
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget

pytestmark = pytest.mark.gui

DADANG = "197904302006011938"  # Pengadministrasi Perkantoran, PNS III/a, two PPK in the demo


@pytest.fixture
def widget(qtbot, demo_services):
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    return w


def open_pegawai(widget, nip):
    assert widget.select_nip(nip)
    return widget.form


def test_editing_saves_through_the_service(widget, demo_services, qtbot):
    form = open_pegawai(widget, DADANG)
    pegawai_id = form.pegawai_id
    form.nama_edit.clear()
    qtbot.keyClicks(form.nama_edit, "Dadang Supriatna Putra")
    form.gelar_belakang_edit.setText("S.Sos.")
    form.pendidikan_edit.setText("S1 Sosiologi")
    form.email_edit.setText("dadang@contoh.go.id")
    form.kompetensi_edit.setText("arsip,  surat menyurat ,")
    assert form.is_dirty()
    with qtbot.waitSignal(widget.data_changed) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].pegawai
    saved = demo_services.pegawai.get(pegawai_id)
    assert (saved.nama, saved.gelar_belakang, saved.pendidikan, saved.email, saved.kompetensi) \
        == ("Dadang Supriatna Putra", "S.Sos.", "S1 Sosiologi", "dadang@contoh.go.id",
            ("arsip", "surat menyurat"))
    assert saved.nip == DADANG  # unchanged fields survive
    assert not form.is_dirty() and widget.selected_pegawai_id() == pegawai_id
    row = next(r for r in widget.model.rows if r.id == pegawai_id)
    assert row.nama == "Dadang Supriatna Putra, S.Sos."


def test_nip_is_read_live(widget):
    form = open_pegawai(widget, DADANG)
    assert form.nip_info.text() == "✓ PNS · lahir 30 April 1979 · TMT CPNS Januari 2006 · laki-laki"
    form.nip_edit.setText("19790430 200601 1")
    assert "18 digit" in form.nip_info.text()


def test_invalid_nip_is_shown_inline_and_nothing_is_saved(widget, demo_services, qtbot):
    form = open_pegawai(widget, DADANG)
    pegawai_id = form.pegawai_id
    form.nip_edit.setText("19791330 200601 1 938")  # month 13
    form.nama_edit.setText("Nama Baru")
    assert "tanggal lahir" in form.nip_info.text()
    with qtbot.assertNotEmitted(widget.data_changed):
        assert not form.save()
    assert "tanggal lahir" in form.field_error("nip")
    assert form.nip_edit.styleSheet()  # highlighted
    stored = demo_services.pegawai.get(pegawai_id)
    assert (stored.nip, stored.nama) == (DADANG, "Dadang Supriatna")


def test_service_errors_land_next_to_their_field(widget, demo_services):
    form = open_pegawai(widget, DADANG)
    form.email_edit.setText("bukan-email")
    assert not form.save()
    assert "tidak sah" in form.field_error("email")
    assert form.field_error("nip") == ""
    form.email_edit.setText("")
    other = demo_services.pegawai.rows()[0]
    form.nip_edit.setText(other.nip_tampil)
    assert not form.save()
    assert "sudah dipakai" in form.field_error("nip")


def test_golongan_choices_follow_the_status_in_the_nip(widget):
    form = open_pegawai(widget, DADANG)
    assert form.golongan_combo.currentText() == "Penata Muda (III/a)"
    assert form.golongan_combo.findText("Penata Muda Tingkat I (III/b)") > 0
    form.nip_edit.setText("19900101 2022 2 1 1 001")  # PPPK layout: 2 + angkatan after TMT
    assert form.nip_info.text().startswith("✓ PPPK")
    labels = [form.golongan_combo.itemText(i) for i in range(form.golongan_combo.count())]
    assert labels[1:] == [f"Golongan {r}" for r in (
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"])]
    form.golongan_combo.setCurrentIndex(9)
    assert form.collect().golongan.kode == "IX"


def test_jenjang_only_for_fungsional_and_golongan_warning(widget):
    form = open_pegawai(widget, DADANG)
    assert not form.jenjang_combo.isEnabled()
    form.kategori_combo.setCurrentIndex(form.kategori_combo.findData(Kategori.FUNGSIONAL.value))
    assert form.jenjang_combo.isEnabled()
    form.jabatan_edit.setText("Arsiparis Ahli Madya")
    form.jenjang_combo.setCurrentIndex(form.jenjang_combo.findData("Ahli Madya"))
    assert form.warning_label.isVisibleTo(form)
    assert "III/a" in form.warning_label.text() and "IV/a" in form.warning_label.text()
    form.jenjang_combo.setCurrentIndex(form.jenjang_combo.findData("Ahli Pertama"))
    assert not form.warning_label.isVisibleTo(form)


def test_adding_a_new_pegawai(widget, demo_services, qtbot):
    n = len(demo_services.pegawai.rows())
    widget.add_button.click()
    form = widget.form
    assert form.pegawai_id == 0 and form.title.text() == "Pegawai baru"
    form.nip_edit.setText("199501012020122001")
    form.nama_edit.setText("Rina Wulandari")
    form.jabatan_edit.setText("Perawat Ahli Pertama")
    form.jabatan_edit.editingFinished.emit()  # jenjang read from the name
    assert form.kategori_combo.currentData() == "Fungsional"
    assert form.jenjang_combo.currentData() == "Ahli Pertama"
    sukamaju = next(u.id for u in demo_services.agency.struktur().units
                    if u.nama == "UPTD Puskesmas Sukamaju")
    form.unit_combo.setCurrentIndex(form.unit_combo.findData(sukamaju))
    ppk_index = next(i for i in range(form.ppk_combo.count())
                     if "Puskesmas Sukamaju" in form.ppk_combo.itemText(i))
    form.ppk_combo.setCurrentIndex(ppk_index)
    with qtbot.waitSignal(widget.data_changed) as blocker:
        assert form.save()
    assert blocker.args[0] == Changes(pegawai=True, kedudukan=True)
    rows = demo_services.pegawai.rows()
    assert len(rows) == n + 1
    new = next(r for r in rows if r.nip == "199501012020122001")
    assert new.jenjang == "Ahli Pertama" and new.unit_id == sukamaju
    assert "Puskesmas Sukamaju" in new.ppk
    assert widget.selected_pegawai_id() == new.id


def test_required_fields_for_a_new_pegawai(widget, demo_services):
    widget.add_button.click()
    widget.form.nip_edit.setText("199501012020122001")
    assert not widget.form.save()
    assert widget.form.field_error("nama") == "Nama wajib diisi"
    widget.form.nama_edit.setText("Rina")
    assert not widget.form.save()
    assert widget.form.field_error("jabatan") == "Jabatan wajib diisi"
    assert widget.form.field_error("nama") == ""
    assert all(r.nip != "199501012020122001" for r in demo_services.pegawai.rows())


def test_unsaved_edits_are_kept_when_the_user_says_no(widget, demo_services, monkeypatch,
                                                      qtbot):
    form = open_pegawai(widget, DADANG)
    form.nama_edit.setText("Belum disimpan")
    asked = []
    monkeypatch.setattr(widget, "_confirm_discard", lambda: asked.append(1) or False)
    other = demo_services.pegawai.rows()[0]
    widget.select_pegawai(other.id)
    qtbot.waitUntil(lambda: bool(asked))  # asked once the selection change is over
    assert form.nama_edit.text() == "Belum disimpan"
    assert widget.selected_pegawai_id() == form.pegawai_id
    monkeypatch.setattr(widget, "_confirm_discard", lambda: True)
    widget.select_pegawai(other.id)
    qtbot.waitUntil(lambda: form.pegawai_id == other.id)


def test_ppk_combo_keeps_an_ambiguous_kedudukan(widget, demo_services):
    form = open_pegawai(widget, DADANG)  # two PPK at once in the demo
    assert form.ppk_combo.currentIndex() == 0
    assert form.ppk_combo.currentText() == "(tetap: 2 PPK (ganda))"
    form.telepon_edit.setText("0812 3456 7890")
    assert form.save()  # saving other fields leaves the kedudukan alone
    row = next(r for r in demo_services.pegawai.rows() if r.nip == DADANG)
    assert row.ppk == "2 PPK (ganda)"


def test_revert_restores_the_stored_values(widget):
    form = open_pegawai(widget, DADANG)
    form.nama_edit.setText("Salah ketik")
    form.revert_button.click()
    assert form.nama_edit.text() == "Dadang Supriatna" and not form.is_dirty()
