"""The team builder: create a team through the form, pick members by keyboard and by drag,
rules checked live (a hard rule disables Simpan and quotes the Pasal)."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from sistemkerja_desktop.domain.findings import Tingkat
from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan, StatusTim
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common import unsaved
from sistemkerja_desktop.views.common.unsaved import Choice
from sistemkerja_desktop.views.teams.labels import to_qdate
from sistemkerja_desktop.views.teams.member_dialog import MemberDialog
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui

P2P_KETUA = "198209092009021905"  # Agus Setiawan, Bidang P2P (owns the Surveilans team)
KESMAS_MEMBER = "199305142020122911"  # Rina Marlina, Bidang Kesmas: another unit


def _widget(qtbot, services):
    w = TeamsWidget(services)
    qtbot.addWidget(w)
    w.resize(1080, 760)
    return w


def _unit_id(services, nama):
    return next(u.id for u in services.agency.struktur().units if u.nama == nama)


def _pick(builder, nip, services):
    """Select one candidate in the picker by NIP (clears the filters first)."""
    picker = builder.picker
    picker.search_edit.setText(nip)
    pid = services.teams.pegawai_by_nip(nip).id
    assert picker.select_pegawai(pid)
    return pid


def test_create_a_team_through_the_form(qtbot, demo_services):
    w = _widget(qtbot, demo_services)
    w.new_button.click()
    b = w.builder
    assert b.tim_id == 0 and b.title.text() == "Tim baru"
    assert not b.save_button.isEnabled()  # name and unit still missing (galat)
    codes = {f.kode for f in b.rules.blocking}
    assert {"TIM_NAMA_KOSONG", "TIM_UNIT_PEMILIK_KOSONG"} <= codes

    form = b.form
    form.nama_edit.setText("Tim Kerja Eliminasi Malaria 2027")
    form.unit_combo.setCurrentIndex(form.unit_combo.findData(
        _unit_id(demo_services, "Bidang Pencegahan dan Pengendalian Penyakit")))
    assert form.pemilik_combo.currentData() is not None  # head of the unit proposed
    form.mulai_edit.setDate(to_qdate(dt.date(2027, 1, 4)))
    form.selesai_edit.setDate(to_qdate(dt.date(2027, 12, 31)))
    form.sasaran_edit.setPlainText("Tidak ada kasus malaria indigenous")
    form.biaya_edit.setText("DPA Dinas Kesehatan Tahun Anggaran 2027")
    form.tugas_editor.add_line("melaksanakan penemuan kasus aktif;")
    form.tugas_editor.add_line("menyusun laporan bulanan.")

    # members by keyboard: select a candidate and press Enter in the list
    ketua = _pick(b, P2P_KETUA, demo_services)
    qtbot.keyClick(b.picker.view, Qt.Key.Key_Return)
    other = _pick(b, KESMAS_MEMBER, demo_services)
    b.picker.add_button.click()
    assert b.members.pegawai_ids() == [ketua, other]
    b.member_list.select_row(0)
    b.member_list.ketua_button.click()
    b.recheck()
    assert not b.rules.blocking
    assert b.save_button.isEnabled()

    with qtbot.waitSignal(w.data_changed) as blocker:
        b.save_button.click()
    assert blocker.args == [Changes(teams=True)]
    saved = next(t for t in demo_services.teams.teams() if t.nama.endswith("Malaria 2027"))
    detail = demo_services.teams.team(saved.id)
    tim = detail.tim
    assert (tim.mulai, tim.selesai, tim.status) == (dt.date(2027, 1, 4), dt.date(2027, 12, 31),
                                                    StatusTim.DRAF)
    assert tim.tugas == ("melaksanakan penemuan kasus aktif;", "menyusun laporan bulanan.")
    assert tim.sumber_biaya == "DPA Dinas Kesehatan Tahun Anggaran 2027"
    assert [(a.pegawai_id, a.peran) for a in tim.anggota] == [
        (ketua, PeranTim.KETUA), (other, PeranTim.ANGGOTA)]
    assert detail.anggota[1].persetujuan is Persetujuan.MENUNGGU  # from another unit
    assert w.selected_team_id() == saved.id and b.tim_id == saved.id
    assert not b.is_dirty() and not b.save_button.isEnabled()


def test_bungo_cross_unit_ketua_not_from_the_owning_unit_blocks_saving(qtbot, demo_services):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(pd, profil="bungo"))
    w = _widget(qtbot, demo_services)
    assert w.select_team(2)  # Surveilans: owned by P2P, with members of other units
    b = w.builder
    assert b.save_button.isEnabled() is False and not b.rules.blocking
    row = b.members.row_of(demo_services.teams.pegawai_by_nip(KESMAS_MEMBER).id)
    b.member_list.select_row(row)
    b.member_list.ketua_button.click()

    blocking = b.rules.blocking
    assert [f.kode for f in blocking] == ["KETUA_BUKAN_DARI_PEMILIK_KINERJA"]
    assert "Pasal 9" in blocking[0].dasar
    assert any("Pasal 9(3)" in text for text in b.rules.item_texts())
    assert "1 galat" in b.rules.counts.text()
    assert b.is_dirty() and not b.save_button.isEnabled()
    assert "galat" in b.save_button.toolTip()
    assert not b.save()  # refused without touching the service
    assert demo_services.teams.team(2).anggota[0].nip == P2P_KETUA

    b.revert_button.click()
    assert not b.rules.blocking and not b.is_dirty()


def test_soft_rule_warns_but_saving_stays_possible(qtbot, demo_services):
    w = _widget(qtbot, demo_services)  # generic profile: ketua from elsewhere is peringatan
    w.select_team(2)
    b = w.builder
    b.member_list.select_row(b.members.row_of(
        demo_services.teams.pegawai_by_nip(KESMAS_MEMBER).id))
    b.member_list.ketua_button.click()
    warnings = [f for f in b.rules.findings if f.kode == "KETUA_BUKAN_DARI_PEMILIK_KINERJA"]
    assert warnings and warnings[0].tingkat is Tingkat.PERINGATAN
    assert b.save_button.isEnabled()
    assert b.save()
    assert demo_services.teams.team(2).anggota[0].nip == KESMAS_MEMBER


def test_a_candidate_dropped_on_the_member_list_is_added_and_checked(qtbot, demo_services):
    w = _widget(qtbot, demo_services)
    w.select_team(1)
    b = w.builder
    pid = _pick(b, "199305142020122911", demo_services)
    picker = b.picker
    index = picker.view.currentIndex()
    mime = picker.proxy.mimeData([index])  # what the view drags
    before = len(b.members.pegawai_ids())
    assert b.members.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, QModelIndex())
    assert b.members.pegawai_ids()[-1] == pid and len(b.members.pegawai_ids()) == before + 1
    assert b.is_dirty()
    assert picker.model.is_member(pid) and not picker.selected_ids()
    assert b.tabs.tabText(b.TAB_ANGGOTA) == f"Anggota ({before + 1})"


def test_keyboard_delete_removes_the_member(qtbot, demo_services):
    w = _widget(qtbot, demo_services)
    w.select_team(1)
    b = w.builder
    n = b.members.rowCount()
    b.member_list.select_row(n - 1)
    qtbot.keyClick(b.member_list.table, Qt.Key.Key_Delete)
    assert b.members.rowCount() == n - 1 and b.is_dirty()


def test_approval_of_an_outside_member_is_recorded(qtbot, demo_services, monkeypatch):
    yoga = demo_services.teams.pegawai_by_nip("199307062021031920").id  # Puskesmas: outside P2P
    demo_services.teams.set_persetujuan(2, yoga, Persetujuan.MENUNGGU, "")  # the demo approves all
    w = _widget(qtbot, demo_services)
    w.select_team(2)
    b = w.builder
    waiting = next(i for i in range(b.members.rowCount())
                   if b.members.shown(i).persetujuan is Persetujuan.MENUNGGU)
    b.member_list.select_row(waiting)
    monkeypatch.setattr(MemberDialog, "ask", classmethod(
        lambda cls, parent, anggota, info, **_: dataclasses.replace(
            anggota, persetujuan=Persetujuan.DISETUJUI,
            alasan_persetujuan="Nota Dinas Kepala Puskesmas 12/2026")))
    b.member_list.detail_button.click()
    assert b.save()
    row = next(a for a in demo_services.teams.team(2).anggota
               if a.pegawai_id == b.members.anggota()[waiting].pegawai_id)
    assert row.persetujuan is Persetujuan.DISETUJUI
    assert row.alasan_persetujuan == "Nota Dinas Kepala Puskesmas 12/2026"


def test_switching_team_with_unsaved_edits_asks_first(qtbot, demo_services, monkeypatch):
    w = _widget(qtbot, demo_services)
    w.select_team(1)
    w.builder.form.nama_edit.setText("Nama sementara")
    asked = []
    monkeypatch.setattr(unsaved, "ask_save_discard_cancel",
                        lambda *a: asked.append(a) or Choice.BATAL)
    w.list_view.setCurrentIndex(w.proxy.index(2, 0))
    qtbot.waitUntil(lambda: bool(asked))
    assert w.builder.tim_id == 1 and w.selected_team_id() == 1
    assert w.builder.form.nama_edit.text() == "Nama sementara"


def test_barito_timur_need_questions(qtbot, demo_services):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(pd, profil="barito-timur"))
    w = _widget(qtbot, demo_services)
    w.select_team(1)
    form = w.builder.form
    assert form.kebutuhan_box.isVisibleTo(w) and len(form._questions) == 3
    codes = {f.kode for f in w.builder.rules.findings}
    assert "KEBUTUHAN_TIM_BELUM_DIJAWAB" in codes
    form._questions[0][1].setCurrentIndex(2)  # "Tidak"
    w.builder.recheck()
    assert "KEBUTUHAN_TIM_TIDAK_TERPENUHI" in {f.kode for f in w.builder.rules.blocking}


def test_a_refresh_keeps_the_unsaved_draft(qtbot, demo_services):
    w = _widget(qtbot, demo_services)
    w.select_team(1)
    b = w.builder
    b.form.nama_edit.setText("Nama yang belum disimpan")
    b.form.tugas_editor.add_line("tugas tambahan;")
    n = b.members.rowCount()
    b.member_list.select_row(n - 1)
    b.member_list.remove_button.click()
    w.refresh()  # e.g. a pegawai was edited in another area
    assert b.is_dirty() and b.tim_id == 1
    assert b.form.nama_edit.text() == "Nama yang belum disimpan"
    assert b.form.tugas_editor.values()[-1] == "tugas tambahan;"
    assert b.members.rowCount() == n - 1
    assert b.form.unit_combo.currentData() == demo_services.teams.team(1).tim.unit_pemilik_id


def test_delete_a_team_without_documents(qtbot, demo_services, monkeypatch):
    from sistemkerja_desktop.views.teams import team_builder

    w = _widget(qtbot, demo_services)
    w.select_team(4)
    monkeypatch.setattr(team_builder, "ask_yes_no", lambda *a: True)
    with qtbot.waitSignal(w.data_changed) as blocker:
        w.builder.delete_button.click()
    assert blocker.args == [Changes(teams=True)]
    assert [t.id for t in demo_services.teams.teams()] == [1, 2, 3]
    assert w.model.rowCount() == 3 and w.builder.tim_id is None


def test_kapuas_hulu_replacement_ketua_needs_d3_and_iii_b(qtbot, demo_services, monkeypatch):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(pd, profil="kapuas-hulu"))
    w = _widget(qtbot, demo_services)
    w.select_team(2)
    b = w.builder
    rina = demo_services.teams.pegawai_by_nip(KESMAS_MEMBER).id  # Pengatur (II/c)
    b.member_list.select_row(b.members.row_of(rina))
    monkeypatch.setattr(MemberDialog, "ask", classmethod(
        lambda cls, parent, anggota, info, **_: dataclasses.replace(
            anggota, peran=PeranTim.KETUA, pengganti=True,
            alasan_pengganti="Ketua sebelumnya pindah tugas")))
    b.member_list.detail_button.click()
    assert b.members.anggota()[0].pegawai_id == rina and b.members.anggota()[0].pengganti
    assert b.members.index(0, 1).data() == "Ketua (pengganti)"
    blocking = {f.kode: f for f in b.rules.blocking}
    assert "KETUA_PENGGANTI_GOLONGAN" in blocking
    assert "Lampiran I B.3.f" in blocking["KETUA_PENGGANTI_GOLONGAN"].dasar
    assert not b.save_button.isEnabled()


def test_pekalongan_kelompok_kerja_at_most_one_year(qtbot, demo_services):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(pd, profil="pekalongan"))
    w = _widget(qtbot, demo_services)
    w.select_team(3)  # Kelompok Kerja Akreditasi, 1 Mar 2026 – 28 Feb 2027
    form = w.builder.form
    assert form.jenis_combo.currentData() == "kelompok-kerja"
    assert "paling lama 12 bulan" in form.jenis_hint.text()
    form.selesai_edit.setDate(to_qdate(dt.date(2027, 3, 31)))
    w.builder.recheck()
    durasi = [f for f in w.builder.rules.blocking if f.kode == "TIM_DURASI"]
    assert durasi and "Pasal 12" in durasi[0].dasar
    assert not w.builder.save_button.isEnabled()


def test_rules_show_indonesian_labels_with_the_code_in_the_tooltip(qtbot, demo_services):
    from PySide6.QtWidgets import QLabel

    w = _widget(qtbot, demo_services)
    w.new_team()
    w.builder.recheck()
    texts = w.builder.rules.item_texts()
    assert any("Nama tim kosong:" in t for t in texts)
    assert not any("TIM_NAMA_KOSONG" in t for t in texts)
    tips = [label.toolTip() for label in w.builder.rules.list_host.findChildren(QLabel, "finding")]
    assert "Kode temuan: TIM_NAMA_KOSONG" in tips
