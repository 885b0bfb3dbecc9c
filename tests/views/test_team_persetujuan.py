"""The team builder and an outside member's approval: a refused (ditolak) member stays listed with
its reason and "tidak dicantumkan dalam naskah", a pending (menunggu) one is marked, Setujui / Tolak
go through `TeamService.set_persetujuan` (KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d;
BT Lampiran II C.1)(3) d; PS II.B.2.a a)2 d); the acting ketua of Pekalongan Pasal 29."""

import dataclasses

import pytest
from PySide6.QtCore import Qt

from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan
from sistemkerja_desktop.views.teams.member_dialog import SEMENTARA, MemberDialog
from sistemkerja_desktop.views.teams.member_model import Kolom, MemberInfo
from sistemkerja_desktop.views.teams.persetujuan_dialog import PersetujuanDialog
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui

YOGA = "199307062021031920"  # dr. Yoga, Puskesmas Tanjungsari: outside P2P (Surveilans, team 2)
MAYA = "198808302014032921"  # Ns. Maya Sari, Puskesmas Sukamaju
DEWI = "198804122014032906"  # Dewi Anggraeni, P2P: inside the unit pemilik kinerja
ALASAN = "dibutuhkan di Puskesmas Sukamaju untuk BIAN"


def _pid(svc, nip):
    return svc.teams.pegawai_by_nip(nip).id


@pytest.fixture
def builder(qtbot, demo_services):
    """Team 2 with dr. Yoga pending and Ns. Maya refused, shown in the builder."""
    svc = demo_services
    svc.teams.set_persetujuan(2, _pid(svc, YOGA), Persetujuan.MENUNGGU, "")
    svc.teams.set_persetujuan(2, _pid(svc, MAYA), Persetujuan.DITOLAK, ALASAN)
    w = TeamsWidget(svc)
    qtbot.addWidget(w)
    w.resize(1180, 780)
    assert w.select_team(2)
    w.builder.tabs.setCurrentIndex(w.builder.TAB_ANGGOTA)
    return w.builder


def test_refused_member_stays_listed_with_reason_and_not_in_naskah(builder, demo_services):
    b = builder
    row = b.members.row_of(_pid(demo_services, MAYA))
    nama = b.members.index(row, Kolom.NAMA).data()
    assert "Ns. Maya Sari" in nama and ALASAN in nama
    assert "tidak dicantumkan dalam naskah" in nama
    assert b.members.index(row, Kolom.PERSETUJUAN).data() == "Ditolak"
    assert b.members.index(row, Kolom.NAMA).data(Qt.ItemDataRole.FontRole).italic()
    tip = b.members.index(row, Kolom.PERSETUJUAN).data(Qt.ItemDataRole.ToolTipRole)
    assert ALASAN in tip and "tidak dicantumkan dalam naskah" in tip
    title = b.member_list.title.text()
    assert "5 orang" in title and "1 menunggu persetujuan" in title
    assert "1 ditolak (tidak dicantumkan dalam naskah)" in title
    b.member_list.select_row(row)
    bar = b.member_list
    assert bar.persetujuan_bar.isVisibleTo(b)
    assert "ditolak" in bar.persetujuan_note.text() and ALASAN in bar.persetujuan_note.text()
    assert bar.tolak_button.text() == "Ubah alasan…" and bar.setujui_button.text() == "Setujui…"


def test_pending_member_is_marked_and_findings_shown(builder, demo_services):
    b = builder
    row = b.members.row_of(_pid(demo_services, YOGA))
    assert b.members.index(row, Kolom.PERSETUJUAN).data() == "Menunggu"
    assert b.members.index(row, Kolom.NAMA).data(Qt.ItemDataRole.BackgroundRole) is not None
    b.member_list.select_row(row)
    assert "menunggu persetujuan" in b.member_list.persetujuan_note.text()
    codes = {f.kode for f in b.rules.findings}
    assert {"ANGGOTA_MENUNGGU_PERSETUJUAN", "ANGGOTA_DITOLAK"} <= codes
    texts = " ".join(b.rules.item_texts())
    assert "Anggota ditolak" in texts and "Anggota menunggu persetujuan" in texts
    b.member_list.select_row(b.members.row_of(_pid(demo_services, DEWI)))
    assert not b.member_list.persetujuan_bar.isVisibleTo(b)  # inside the unit: nothing to ask


def test_setujui_through_the_service_with_an_optional_letter(builder, demo_services,
                                                             monkeypatch):
    b = builder
    yoga = _pid(demo_services, YOGA)
    b.member_list.select_row(b.members.row_of(yoga))
    monkeypatch.setattr(PersetujuanDialog, "ask", classmethod(lambda cls, *a: ""))  # no letter
    b.member_list.setujui_button.click()
    stored = next(a for a in demo_services.teams.team(2).tim.anggota if a.pegawai_id == yoga)
    assert stored.persetujuan is Persetujuan.DISETUJUI and stored.alasan_persetujuan == ""
    assert not b.is_dirty()  # stored at once, nothing left to save
    assert b.members.shown(b.members.row_of(yoga)).persetujuan is Persetujuan.DISETUJUI
    assert "ANGGOTA_MENUNGGU_PERSETUJUAN" not in {f.kode for f in b.rules.findings}


def test_tolak_needs_a_reason_and_keeps_unsaved_edits(builder, demo_services, monkeypatch):
    b = builder
    yoga = _pid(demo_services, YOGA)
    b.form.nama_edit.setText("Nama belum disimpan")
    b.member_list.select_row(b.members.row_of(yoga))
    monkeypatch.setattr(PersetujuanDialog, "ask", classmethod(lambda cls, *a: "cuti besar"))
    b.member_list.tolak_button.click()
    stored = next(a for a in demo_services.teams.team(2).tim.anggota if a.pegawai_id == yoga)
    assert (stored.persetujuan, stored.alasan_persetujuan) == (Persetujuan.DITOLAK, "cuti besar")
    assert b.is_dirty() and b.form.nama_edit.text() == "Nama belum disimpan"
    assert b.save()  # the draft builds on the stored version: no conflict
    assert demo_services.teams.team(2).tim.nama == "Nama belum disimpan"
    assert "cuti besar" in b.members.index(b.members.row_of(yoga), Kolom.NAMA).data()


def test_persetujuan_dialog_requires_the_reason_of_a_refusal(qtbot):
    tolak = PersetujuanDialog("dr. Yoga", Persetujuan.DITOLAK)
    qtbot.addWidget(tolak)
    assert not tolak.submit() and tolak.error.isVisibleTo(tolak)
    assert "wajib" in tolak.error.text()
    tolak.edit.setPlainText("  sedang tugas belajar  ")
    assert tolak.submit() and tolak.text() == "sedang tugas belajar"
    setujui = PersetujuanDialog("dr. Yoga", Persetujuan.DISETUJUI)
    qtbot.addWidget(setujui)
    assert setujui.submit() and setujui.text() == ""  # the letter is optional


def _info():
    return MemberInfo(7, "Rina Marlina, A.Md.KL.", "19930514 202012 2 911", "Sanitarian",
                      "Bidang Kesehatan Masyarakat")


def test_member_dialog_refusal_needs_reason_approval_does_not(qtbot, demo_services):
    from sistemkerja_desktop.domain.tim import Anggota, AsalAnggota

    a = Anggota(7, asal=AsalAnggota.LINTAS_UNIT, persetujuan=Persetujuan.MENUNGGU)
    dialog = MemberDialog(a, _info())
    qtbot.addWidget(dialog)
    dialog.persetujuan_combo.setCurrentIndex(dialog.persetujuan_combo.findData("ditolak"))
    assert dialog.alasan_label.text() == "Alasan penolakan"
    dialog._on_buttons_accepted()
    assert dialog.result_anggota is None and "alasan penolakan" in dialog.error.text()
    dialog.persetujuan_combo.setCurrentIndex(dialog.persetujuan_combo.findData("disetujui"))
    assert dialog.alasan_label.text() == "Dasar / nomor surat"
    dialog._on_buttons_accepted()
    assert dialog.result_anggota.persetujuan is Persetujuan.DISETUJUI


def test_pekalongan_ketua_sementara_role_only_with_the_rule_pasal_29(qtbot, demo_services):
    """Perbup Pekalongan 52/2024 Pasal 29: a Ketua Kelompok Kerja (squad) sementara, appointed by
    the Kepala Unit Organisasi Pemilik Kinerja; offered only where the profile has the rule."""
    from sistemkerja_desktop.domain.profiles import get_profile
    from sistemkerja_desktop.domain.tim import Anggota

    rule = get_profile("pekalongan").ketua.sementara
    assert rule is not None and "Pasal 29" in str(rule.dasar)
    plain = MemberDialog(Anggota(7), _info(), sementara=get_profile("bungo").ketua.sementara)
    qtbot.addWidget(plain)
    assert plain.peran_combo.findData(SEMENTARA) == -1
    dialog = MemberDialog(Anggota(7), _info(), sementara=rule)
    qtbot.addWidget(dialog)
    dialog.show()
    index = dialog.peran_combo.findData(SEMENTARA)
    assert dialog.peran_combo.itemText(index) == "Ketua Kelompok Kerja (squad) sementara"
    assert not dialog.sementara_edit.isVisible()
    dialog.peran_combo.setCurrentIndex(index)
    assert dialog.sementara_edit.isVisible() and "Pasal 29" in dialog.sementara_hint.text()
    assert not dialog.pengganti_check.isVisible()
    dialog._on_buttons_accepted()
    assert dialog.result_anggota is None and "Kepala Unit Organisasi" in dialog.error.text()
    dialog.sementara_edit.setText("Nota Dinas Kepala Bidang P2P Nomor 800/12/2026")
    dialog._on_buttons_accepted()
    value = dialog.result_anggota
    assert (value.peran, value.sementara, value.dasar_sementara) == (
        PeranTim.ANGGOTA, True, "Nota Dinas Kepala Bidang P2P Nomor 800/12/2026")


def test_pekalongan_builder_offers_the_acting_ketua_and_saves_it(qtbot, demo_services,
                                                                 monkeypatch):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(pd, profil="pekalongan"))
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    assert w.select_team(2)
    b = w.builder
    assert b.member_list.ketua_sementara is not None
    dewi = _pid(demo_services, DEWI)
    b.member_list.select_row(b.members.row_of(dewi))
    seen = {}

    def ask(cls, parent, anggota, info, **kw):
        seen.update(kw)
        return dataclasses.replace(anggota, sementara=True, jabatan_dalam_tim="",
                                   dasar_sementara="Nota Dinas Kabid P2P 800/12/2026")

    monkeypatch.setattr(MemberDialog, "ask", classmethod(ask))
    b.member_list.detail_button.click()
    assert seen["sementara"] is not None
    row = b.members.row_of(dewi)
    assert b.members.index(row, Kolom.PERAN).data() == "Ketua sementara"
    assert "Nota Dinas Kabid P2P" in b.members.index(row, Kolom.PERAN).data(
        Qt.ItemDataRole.ToolTipRole)
    assert not b.rules.blocking  # Ahli Muda, one jenjang below the Ahli Madya ketua (ayat (2))
    assert b.save()
    stored = next(a for a in demo_services.teams.team(2).tim.anggota if a.pegawai_id == dewi)
    assert stored.sementara and stored.dasar_sementara == "Nota Dinas Kabid P2P 800/12/2026"
