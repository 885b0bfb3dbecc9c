"""The request form: who / where / the four contents / attachments / the chain preview with the
names that will act, submitted through the real service; a kind of request the profile forbids
refused in place with its Pasal; the team builder's *Minta anggota dari unit lain…* opening it
pre-filled and the requested pegawai then listed *menunggu persetujuan*."""

import datetime as dt

import pytest
from penugasan_uji import DEWI, FAJAR, KESMAS, LUAR, P2P, PROVINSI, PUTRI, RAHMAT, SRI, YULIANA
from PySide6.QtWidgets import QWizard

from sistemkerja_desktop.domain.tim import Persetujuan
from sistemkerja_desktop.views.penugasan import minta_anggota as minta_module
from sistemkerja_desktop.views.penugasan.permohonan_wizard import PermohonanWizard, Prefill
from sistemkerja_desktop.views.teams.member_model import Kolom as MemberKolom
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui

AGUS = "198209092009021905"  # Agus Setiawan, P2P: ketua of the Surveilans team (team 2)
YOGA = "199307062021031920"  # dr. Yoga, Puskesmas Tanjungsari


def _wizard(qtbot, svc, prefill=None):
    w = PermohonanWizard(svc, prefill)
    qtbot.addWidget(w)
    w.show()
    return w


def _fill_isi(w, **values):
    w.isi.maksud_edit.setPlainText(values.get("maksud", "Memperkuat Tim Surveilans"))
    w.isi.kompetensi_edit.setPlainText("Epidemiologi lapangan")
    w.isi.target_edit.setPlainText("Laporan penyelidikan selesai dalam 14 hari")


def _next_enabled(w):
    return w.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_form_submits_through_the_service(qtbot, demo_services, tmp_path):
    w = _wizard(qtbot, demo_services)
    assert w.windowTitle() == "Permohonan penugasan baru"
    s = w.siapa
    assert not _next_enabled(w)  # nobody chosen yet
    s.set_kind("penunjukan", "lintas-unit")
    s.oleh_combo.set_nip(RAHMAT)
    s.pegawai_combo.set_nip(PUTRI)
    assert s.add_current()
    assert not s.add_current()  # the combo is cleared after adding
    assert s.pegawai_nips() == [PUTRI] and _next_enabled(w)
    assert not s.arah_box.isVisibleTo(w)  # arah only for lintas instansi

    w.next()
    t = w.tujuan
    assert t.unit_label.text() == "Unit tujuan (tempat pegawai)"
    assert t.unit_tujuan() == KESMAS  # proposed from the pegawai's unit
    assert not t.instansi_edit.isVisibleTo(w)
    t.set_tim(2)
    team = demo_services.teams.team(2).tim

    w.next()
    assert w.isi.values()["mulai"] == team.mulai  # the team's period is the default durasi
    assert w.isi.values()["selesai"] == team.selesai
    assert not _next_enabled(w) and "Belum diisi" in w.isi.missing.text()
    _fill_isi(w)
    assert _next_enabled(w) and not w.isi.missing.text()

    w.next()
    scan = tmp_path / "surat-masuk.pdf"
    scan.write_bytes(b"%PDF-1.4 pindaian")
    w.lampiran.add_paths([scan, tmp_path / "tidak-ada.pdf"])  # a missing file is skipped
    assert w.lampiran.paths() == [scan]

    w.next()
    p = w.pratinjau
    assert [(x.urut, x.nama) for x in p.steps] == [
        (1, "dr. Rahmat Hidayatullah, M.Kes."), (2, "Sri Rahayuningsih, S.KM., M.M.")]
    assert len(p.timeline.rows) == 2 and p.timeline.rows[0].current
    assert "Sri Rahayuningsih" in p.timeline.rows[1].label.text()
    assert "Penunjukan lintas unit" in p.summary.text() and "Putri Wulandari" in p.summary.text()
    assert "1 lampiran" in p.summary.text()
    finish = w.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Ajukan" and finish.isEnabled()
    finish.click()
    ringkas, changes = w.result_
    assert changes.penugasan and changes.teams  # the team now lists her, waiting
    d = demo_services.penugasan.detail(ringkas.id)
    assert d.ringkas.pegawai == (PUTRI,) and d.ringkas.tim_id == 2
    assert d.isi.kompetensi == "Epidemiologi lapangan"
    assert [a.nama for a in d.lampiran] == ["surat-masuk.pdf"]
    assert demo_services.penugasan.lampiran(ringkas.id, d.lampiran[0].id)[1] == \
        b"%PDF-1.4 pindaian"
    putri = demo_services.teams.pegawai_by_nip(PUTRI).id
    member = next(a for a in demo_services.teams.team(2).tim.anggota if a.pegawai_id == putri)
    assert member.persetujuan is Persetujuan.MENUNGGU


def test_a_forbidden_kind_is_refused_in_place_with_its_pasal(qtbot, demo_services):
    w = _wizard(qtbot, demo_services)
    s = w.siapa
    s.oleh_combo.set_nip(YULIANA)
    s.set_kind("sukarela", "lintas-instansi", "keluar")
    assert s.refusal.isVisibleTo(w)
    assert "Pengajuan sukarela hanya dapat dilakukan" in s.refusal.text()
    assert "dasar:" in s.refusal.text()
    assert not _next_enabled(w)
    s.set_kind("sukarela", "lintas-unit")
    assert not s.refusal.isVisibleTo(w) and _next_enabled(w)
    assert not s.pegawai_box.isVisibleTo(w)  # sukarela: the pegawai is the one who submits
    assert s.oleh_label.text() == "Pegawai yang mengajukan diri"
    assert s.pegawai_nips() == [YULIANA]


def test_a_refusal_on_submitting_keeps_the_form_open(qtbot, demo_services):
    w = _wizard(qtbot, demo_services, Prefill(
        lingkup="lintas-unit", oleh_nip=RAHMAT, pegawai=(DEWI,),
        unit_tujuan_id=_unit_id(demo_services, P2P), maksud="m"))
    _fill_isi(w)
    for _ in range(4):
        w.next()
    assert w.currentId() == w.PAGE_PRATINJAU
    w.button(QWizard.WizardButton.FinishButton).click()
    assert w.result_ is None and w.isVisible()
    assert "unit organisasi pemohon sendiri" in w.pratinjau.refused()
    assert demo_services.penugasan.daftar() == []


def test_lintas_instansi_keluar_takes_typed_nips_and_names(qtbot, demo_services):
    w = _wizard(qtbot, demo_services)
    s = w.siapa
    s.set_kind("penunjukan", "lintas-instansi", "keluar")
    s.oleh_combo.set_nip(RAHMAT)
    assert s.luar_box.isVisibleTo(w) and not s.combo_box.isVisibleTo(w)
    s.luar_nip_edit.setText("12345")
    assert not s.add_current() and "NIP harus 18 digit" in s.error.text()
    s.luar_nip_edit.setText(f"{LUAR[:8]} {LUAR[8:14]} {LUAR[14:15]} {LUAR[15:]}")
    s.luar_nama_edit.setText("Budi  Santoso, S.KM.")
    assert s.add_current()
    assert s.pegawai_nips() == [f"{LUAR}:Budi Santoso, S.KM."]
    assert "Budi Santoso, S.KM." in s.pegawai_list.item(0).text()
    w.next()
    assert w.tujuan.instansi_label.text() == "Instansi tujuan"
    assert not _next_enabled(w)
    w.tujuan.instansi_edit.setText(PROVINSI)
    assert _next_enabled(w)
    w.next()
    _fill_isi(w)
    w.next()
    w.next()
    assert [x.pihak for x in w.pratinjau.steps][:2] == ["kita", "mereka"]
    w.button(QWizard.WizardButton.FinishButton).click()
    ringkas, _ = w.result_
    assert (ringkas.arah, ringkas.tujuan, ringkas.pegawai) == ("keluar", PROVINSI, (LUAR,))


def test_masuk_names_our_pegawai_and_the_requesting_instansi(qtbot, demo_services):
    w = _wizard(qtbot, demo_services, Prefill(lingkup="lintas-instansi", arah="masuk",
                                              oleh_nip=SRI, pegawai=(FAJAR,),
                                              instansi=PROVINSI))
    assert w.siapa.arah().value == "masuk" and w.siapa.combo_box.isVisibleTo(w)
    w.next()
    assert w.tujuan.instansi_label.text() == "Instansi pemohon"
    assert w.tujuan.instansi() == PROVINSI


def _unit_id(svc, path):
    st = svc.agency.struktur()
    return next(u.id for u in st.units if st.unit_path(u.id) == path)


@pytest.fixture
def teams(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1180, 780)
    assert w.select_team(2)
    w.builder.tabs.setCurrentIndex(w.builder.TAB_ANGGOTA)
    return w


def test_builder_button_opens_the_form_prefilled_and_reloads_the_team(qtbot, demo_services,
                                                                      teams, monkeypatch):
    b = teams.builder
    assert b.member_list.minta_button.text() == "Minta anggota dari unit lain…"
    tim = demo_services.teams.team(2).tim
    seen = {}

    def fake_ask(cls, services, parent, prefill):
        seen["prefill"] = prefill
        w = _wizard(qtbot, services, prefill)
        s = w.siapa
        seen["kind"] = (s.jenis().value, s.lingkup().value, s.oleh_nip())
        s.pegawai_combo.set_nip(FAJAR)
        s.add_current()
        w.next()
        seen["tim"] = w.tujuan.tim_id()
        w.next()
        seen["isi"] = w.isi.values()
        _fill_isi(w, maksud=seen["isi"]["maksud"])
        w.next()
        w.next()
        w.button(QWizard.WizardButton.FinishButton).click()
        return w.result_

    monkeypatch.setattr(PermohonanWizard, "ask", classmethod(fake_ask))
    with qtbot.waitSignal(teams.data_changed):
        b.member_list.minta_button.click()
    assert seen["kind"] == ("penunjukan", "lintas-unit", AGUS)  # by the team's ketua
    assert seen["tim"] == 2
    assert (seen["isi"]["mulai"], seen["isi"]["selesai"]) == (tim.mulai, tim.selesai)
    assert seen["isi"]["maksud"].startswith(f"Penugasan sebagai anggota {tim.nama}")
    assert seen["prefill"].pegawai == ()  # nobody from another unit selected
    row = b.members.row_of(demo_services.teams.pegawai_by_nip(FAJAR).id)
    assert row is not None  # the team was reloaded: the pegawai is listed …
    assert b.members.index(row, MemberKolom.PERSETUJUAN).data() == "Menunggu"  # … waiting


def test_builder_prefill_takes_the_selected_waiting_member(qtbot, demo_services):
    yoga = demo_services.teams.pegawai_by_nip(YOGA)
    demo_services.teams.set_persetujuan(2, yoga.id, Persetujuan.MENUNGGU, "")
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    assert w.select_team(2)
    b = w.builder
    b.member_list.select_row(b.members.row_of(yoga.id))
    prefill = minta_module.prefill_for(b, demo_services.agency.struktur())
    assert prefill.pegawai == (YOGA,) and prefill.unit_tujuan_id == yoga.unit_id
    assert prefill.tim_id == 2 and prefill.lingkup == "lintas-unit"


def test_a_new_team_must_be_saved_first(qtbot, demo_services, monkeypatch):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.new_team()
    told = []
    monkeypatch.setattr(minta_module, "show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(PermohonanWizard, "ask", classmethod(
        lambda *a, **k: pytest.fail("the form must not open for an unsaved team")))
    assert not w.builder.has_unsaved_edits()  # untouched new team: nothing to ask about
    assert not minta_module.minta_anggota(w.builder, demo_services)
    assert told and "Simpan tim lebih dahulu" in told[0]


def test_today_is_the_request_date_by_default(qtbot, demo_services):
    w = _wizard(qtbot, demo_services)
    assert w.tujuan.tanggal() == dt.date(2026, 11, 27)
    assert w.tujuan.tanggal_edit.displayFormat() == "d MMMM yyyy"
    assert w.tujuan.tanggal_edit.text() == "27 November 2026"


def test_a_vacant_position_in_the_chain_is_refused_in_the_preview(qtbot):
    from sistemkerja_desktop.services.penugasan_dto import LangkahRow
    from sistemkerja_desktop.views.penugasan.wizard_pratinjau import PratinjauPage

    def step(urut, nip, jabatan):
        return LangkahRow(urut=urut, peran="Pimpinan Unit Organisasi tempat pegawai berada",
                          nip=nip, nama="Sri" if nip else "", jabatan=jabatan,
                          keputusan="menunggu", tanggal=None, catatan="", pihak="kita",
                          surat="", surat_nomor="", surat_tanggal=None, aksi=("setujui",))

    steps = [step(1, SRI, "Sekretaris Dinas"),
             step(2, "", "Kepala Subbagian Perencanaan dan Pelaporan")]
    page = PratinjauPage(lambda: steps, lambda: "ringkasan", lambda: None)
    qtbot.addWidget(page)
    assert not page.refresh()
    assert "Jabatan Kepala Subbagian Perencanaan dan Pelaporan kosong" in page.refused()
    assert "langkah 2" in page.refused() and not page.isComplete()
    assert "(jabatan kosong)" in page.timeline.rows[1].label.text()
    steps.pop()
    assert page.refresh() and page.isComplete() and not page.refused()
    assert "Langkah pertama setelah diajukan" in page.timeline.rows[0].label.text()
