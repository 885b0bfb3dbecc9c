"""Tim Kerja: unsaved edits of the team builder and of the naskah settings dialog
(Simpan / Buang / Batal), and the PPK named in the member tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from unsaved_uji import answer

from sistemkerja_desktop.views.common.unsaved import Choice, UnsavedEdits, confirm_leave
from sistemkerja_desktop.views.teams import team_builder
from sistemkerja_desktop.views.teams.member_model import Kolom as MemberKolom
from sistemkerja_desktop.views.teams.naskah_settings_dialog import NaskahSettingsDialog
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1166, 700)
    return w


def close_discarding(dialog, monkeypatch):
    """Leave no open dialog with edits behind (closing it at teardown would ask)."""
    answer(monkeypatch, Choice.BUANG)
    dialog.reject()
    assert not dialog.isVisible()


def rename(w, text="Tim Kerja Surveilans Baru"):
    w.builder.form.nama_edit.setText(text)
    return text


# ---- the team builder -----------------------------------------------------------------------

def test_the_widget_reports_the_builders_edits(widget, demo_services, qtbot):
    assert isinstance(widget, UnsavedEdits)
    assert widget.unsaved_description() is None
    widget.select_team(1)
    nama = demo_services.teams.team(1).tim.nama
    assert widget.unsaved_description() is None
    with qtbot.waitSignal(widget.modified_changed) as blocker:
        rename(widget)
    assert blocker.args == [True]
    assert widget.unsaved_description() == "perubahan tim 'Tim Kerja Surveilans Baru'"
    with qtbot.waitSignal(widget.modified_changed) as blocker:
        widget.discard_unsaved()
    assert blocker.args == [False]
    assert widget.unsaved_description() is None
    assert widget.builder.form.nama_edit.text() == nama


def test_an_untouched_new_team_is_not_an_edit(widget, qtbot):
    with qtbot.assertNotEmitted(widget.modified_changed):
        widget.new_team()
    assert widget.builder.is_dirty() and widget.unsaved_description() is None
    rename(widget, "Tim Kerja Baru")
    assert widget.unsaved_description() == "tim baru 'Tim Kerja Baru'"


def test_switching_team_buang_drops_the_edits(widget, demo_services, monkeypatch, qtbot):
    asked = answer(monkeypatch, Choice.BUANG)
    widget.select_team(1)
    before = demo_services.teams.team(1).tim.nama
    rename(widget)
    widget.list_view.setCurrentIndex(widget.proxy.mapFromSource(
        widget.model.index(widget.model.row_of(2), 0)))
    qtbot.waitUntil(lambda: widget.builder.tim_id == 2)
    assert asked == ["perubahan tim 'Tim Kerja Surveilans Baru'"]
    assert demo_services.teams.team(1).tim.nama == before
    assert widget.unsaved_description() is None and widget.selected_team_id() == 2


def test_switching_team_simpan_saves_then_opens_the_other(widget, demo_services, monkeypatch,
                                                          qtbot):
    answer(monkeypatch, Choice.SIMPAN)
    widget.select_team(1)
    rename(widget)
    with qtbot.waitSignal(widget.data_changed):
        widget.list_view.setCurrentIndex(widget.proxy.mapFromSource(
            widget.model.index(widget.model.row_of(2), 0)))
    qtbot.waitUntil(lambda: widget.builder.tim_id == 2)
    assert demo_services.teams.team(1).tim.nama == "Tim Kerja Surveilans Baru"
    assert widget.selected_team_id() == 2 and widget.unsaved_description() is None


def test_select_team_batal_keeps_the_team_open(widget, demo_services, monkeypatch):
    asked = answer(monkeypatch, Choice.BATAL)
    widget.select_team(1)
    rename(widget)
    assert not widget.select_team(3)
    assert len(asked) == 1 and widget.builder.tim_id == 1 and widget.selected_team_id() == 1
    assert widget.builder.form.nama_edit.text() == "Tim Kerja Surveilans Baru"


def test_new_team_while_editing_asks(widget, demo_services, monkeypatch):
    answer(monkeypatch, Choice.BATAL, Choice.SIMPAN)
    widget.select_team(1)
    rename(widget)
    widget.new_team()
    assert widget.builder.tim_id == 1
    widget.new_team()
    assert widget.builder.tim_id == 0
    assert demo_services.teams.team(1).tim.nama == "Tim Kerja Surveilans Baru"


def test_simpan_with_a_galat_says_why_and_stays(widget, demo_services, monkeypatch):
    answer(monkeypatch, Choice.SIMPAN)
    told = []
    monkeypatch.setattr(team_builder, "show_info", lambda parent, title, text: told.append(text))
    widget.select_team(1)
    before = demo_services.teams.team(1).tim.nama
    rename(widget, "")  # a hard rule: the name is required
    widget.builder.recheck()
    assert widget.builder.rules.blocking
    assert not confirm_leave(None, widget, "menutup aplikasi")
    assert told and "galat" in told[0]
    assert widget.builder.tim_id == 1 and widget.unsaved_description() is not None
    assert demo_services.teams.team(1).tim.nama == before


# ---- the naskah settings dialog -------------------------------------------------------------

@pytest.fixture
def settings(qtbot, demo_services):
    dialog = NaskahSettingsDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_settings_without_edits_close_without_asking(settings, monkeypatch):
    asked = answer(monkeypatch)
    assert settings.unsaved_description() is None
    settings.reject()
    assert asked == [] and not settings.isVisible()


def test_settings_batal_stays_open(settings, demo_services, monkeypatch):
    asked = answer(monkeypatch, Choice.BATAL)
    settings.alamat_edit.setText("Jl. Baru No. 1")
    settings.close()
    assert asked == ["perubahan pengaturan naskah dinas"] and settings.isVisible()
    assert demo_services.agency.get_agency().alamat != "Jl. Baru No. 1"
    close_discarding(settings, monkeypatch)


def test_settings_buang_closes_without_saving(settings, demo_services, monkeypatch):
    answer(monkeypatch, Choice.BUANG)
    before = demo_services.naskah.pengaturan().ambang_beban
    settings.ambang_spin.setValue(before + 3)
    settings.buttons.button(settings.buttons.StandardButton.Cancel).click()
    assert not settings.isVisible() and settings.result() == QDialog.DialogCode.Rejected
    assert demo_services.naskah.pengaturan().ambang_beban == before
    assert not settings.changed


def test_settings_simpan_saves_and_accepts(settings, demo_services, monkeypatch):
    answer(monkeypatch, Choice.SIMPAN)
    settings.ambang_spin.setValue(7)
    settings.numbering.jenis_combo.setCurrentIndex(
        settings.numbering.jenis_combo.findData("surat-tugas"))
    settings.numbering.pola_edit.setText(
        "{klasifikasi}/{nomor:03d}/{kode_unit}/{bulan_romawi}/{tahun}")
    settings.reject()
    assert not settings.isVisible() and settings.result() == QDialog.DialogCode.Accepted
    assert settings.changed and demo_services.naskah.pengaturan().ambang_beban == 7


def test_settings_simpan_with_an_error_stays(settings, demo_services, monkeypatch):
    answer(monkeypatch, Choice.SIMPAN)
    settings.numbering.pola_edit.setText("{klasifikasi}/{kode_unit}/{tahun}")  # no {nomor}
    settings.reject()
    assert settings.isVisible() and "{nomor}" in settings.error_banner.text()
    close_discarding(settings, monkeypatch)


# ---- the PPK in the member lists ------------------------------------------------------------

def test_member_and_candidate_tooltips_name_the_ppk(widget, demo_services):
    widget.select_team(1)
    rows = {r.id: r for r in demo_services.pegawai.rows()}
    members = widget.builder.members
    with_ppk = next(r for r in range(members.rowCount())
                    if rows[members.anggota()[r].pegawai_id].ppk not in ("", "—"))
    pegawai = rows[members.anggota()[with_ppk].pegawai_id]
    tip = members.index(with_ppk, MemberKolom.NAMA).data(Qt.ItemDataRole.ToolTipRole)
    assert f"PPK: {pegawai.ppk}" in tip
    candidates = widget.builder.picker.model
    row = next(r for r in range(candidates.rowCount())
               if rows[candidates.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)].ppk
               not in ("", "—"))
    pid = candidates.index(row, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert f"PPK: {rows[pid].ppk}" in candidates.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
