"""Issue #8 item 4 in the GUI: a form, a dialog, the team builder and the chart carry the version
of what they showed. When the same file was changed meanwhile through a second
`build_services` (as the CLI, an import or another window would), saving shows "diubah di tempat
lain … muat ulang", saves nothing, and *Muat ulang* shows the other change."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import select

from sistemkerja_desktop.db.models import KedudukanRow
from sistemkerja_desktop.domain.pindah import tanggal_ganda
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.views.common.konflik import KonflikDialog
from sistemkerja_desktop.views.orgchart.dialogs import DataPindah, PindahDialog
from sistemkerja_desktop.views.struktur.struktur_widget import StrukturWidget
from sistemkerja_desktop.views.struktur.unit_dialog import UnitDialog
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui

DADANG = "197904302006011938"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def elsewhere(demo_services):
    """The same data file opened a second time, as the CLI would open it."""
    other = build_services(demo_services.db_path, today=lambda: TODAY)
    yield other
    other.close()


@pytest.fixture
def asked(monkeypatch):
    """Records the conflict messages and answers *Muat ulang*."""
    calls = []

    def ask(cls, parent, message):
        calls.append(message)
        return True
    monkeypatch.setattr(KonflikDialog, "ask", classmethod(ask))
    return calls


def _open_kedudukan(services):
    with services.ctx.reading() as s:
        rows = s.execute(select(KedudukanRow.pegawai_id, KedudukanRow.tmt_mulai,
                                KedudukanRow.tmt_selesai)).all()
    by: dict[int, list] = {}
    for pid, mulai, selesai in rows:
        by.setdefault(pid, []).append((mulai, selesai))
    return by


def test_the_pegawai_form_no_longer_reverts_a_concurrent_change(qtbot, demo_services,
                                                                 elsewhere, asked):
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    assert w.select_nip(DADANG)
    form = w.form
    form.telepon_edit.setText("0812 1111")  # the user's edit, not saved yet
    p = elsewhere.pegawai.get(form.pegawai_id)  # an import renames him meanwhile
    elsewhere.pegawai.save(dataclasses.replace(p, nama="Dadang Supriatna Putra"))

    assert not form.save()
    assert len(asked) == 1 and "diubah di tempat lain" in asked[0] and "muat ulang" in asked[0]
    stored = demo_services.pegawai.get(p.id)
    assert (stored.nama, stored.telepon) == ("Dadang Supriatna Putra", p.telepon)  # not reverted
    assert form.pegawai_id == p.id and not form.is_dirty()  # reloaded:
    assert form.nama_edit.text() == "Dadang Supriatna Putra"  # the other change is shown
    form.telepon_edit.setText("0812 1111")  # redone on the fresh data, it saves
    assert form.save()
    stored = demo_services.pegawai.get(p.id)
    assert (stored.nama, stored.telepon) == ("Dadang Supriatna Putra", "0812 1111")


def test_the_pegawai_form_keeps_the_edits_when_the_user_closes_the_message(
        qtbot, demo_services, elsewhere, monkeypatch):
    monkeypatch.setattr(KonflikDialog, "ask", classmethod(lambda cls, parent, message: False))
    w = StrukturWidget(demo_services)
    qtbot.addWidget(w)
    assert w.select_nip(DADANG)
    w.form.telepon_edit.setText("0812 1111")
    p = elsewhere.pegawai.get(w.form.pegawai_id)
    elsewhere.pegawai.save(dataclasses.replace(p, email="dadang@contoh.go.id"))
    assert not w.form.save()
    assert w.form.is_dirty() and w.form.telepon_edit.text() == "0812 1111"
    assert "diubah di tempat lain" in w.form.banner.text()
    assert demo_services.pegawai.get(p.id).telepon == p.telepon


def test_the_unit_dialog_refuses_a_stale_unit_and_reloads(qtbot, demo_services, elsewhere,
                                                          asked):
    struktur = demo_services.agency.struktur()
    unit = next(u for u in struktur.units if u.nama == "Sekretariat")
    dialog = UnitDialog(demo_services, struktur, unit)
    qtbot.addWidget(dialog)
    dialog.kode_edit.setText("SEK")
    elsewhere.units.update_unit(unit.id, "Sekretariat Dinas", unit.jenis, unit.parent_id,
                                unit.mandiri, unit.kode)
    assert not dialog.submit()
    assert asked and "diubah di tempat lain" in asked[0]
    assert demo_services.units.get(unit.id).kode == unit.kode
    assert dialog.nama_edit.text() == "Sekretariat Dinas" and dialog.unsaved_description() is None
    dialog.kode_edit.setText("SEK")
    assert dialog.submit()
    stored = demo_services.units.get(unit.id)
    assert (stored.nama, stored.kode) == ("Sekretariat Dinas", "SEK")


def test_the_team_builder_refuses_a_stale_team_and_reloads(qtbot, demo_services, elsewhere,
                                                           asked):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.refresh()
    tim = demo_services.teams.teams()[0]
    assert w.select_team(tim.id)
    b = w.builder
    b.form.nama_edit.setText("Nama dari jendela ini")
    members = len(b.detail.tim.anggota)
    extra = next(k for k in elsewhere.teams.candidates()
                 if k.pegawai_id not in {a.pegawai_id for a in b.detail.tim.anggota})
    elsewhere.teams.add_member(tim.id, extra.pegawai_id)  # `tim anggota tambah` meanwhile
    assert not b.save()
    assert asked and "diubah di tempat lain" in asked[0]
    stored = demo_services.teams.team(tim.id)
    assert stored.tim.nama == tim.nama and len(stored.tim.anggota) == members + 1
    assert len(b.detail.tim.anggota) == members + 1 and b.form.nama_edit.text() == tim.nama


def _drop(widget, monkeypatch, nama, position_nama, tmt=TODAY, koreksi=False):
    monkeypatch.setattr(PindahDialog, "ask", classmethod(
        lambda cls, *a, **k: DataPindah(tmt, "SK uji", False, koreksi)))
    s = widget.document.struktur
    pid = next(p.id for p in s.pegawai if p.nama == nama)
    target = next(p.id for p in s.positions if p.nama == position_nama)
    return widget.flow.pindahkan([pid], target), pid


def test_the_chart_refuses_moves_over_a_cli_move_and_reloads(orgchart_widget, demo_services,
                                                             elsewhere, asked, monkeypatch):
    w = orgchart_widget
    moved, fajar = _drop(w, monkeypatch, "Fajar Nugroho", "Kepala Bidang Pelayanan Kesehatan")
    assert moved
    sekretaris = next(p.id for p in w.document.struktur.positions
                      if p.nama == "Sekretaris Dinas")
    elsewhere.kedudukan.pindah([fajar], sekretaris, tmt=TODAY)  # the CLI
    assert not w.simpan()
    assert asked and "Fajar Nugroho" in asked[0] and "diubah di tempat lain" in asked[0]
    assert not w.document.has_unsaved_changes()  # reloaded: the CLI's move is shown
    assert [p.id for p in w.document.struktur.ppk_of(fajar, TODAY)] == [sekretaris]
    assert tanggal_ganda(_open_kedudukan(demo_services)[fajar]) == []


def test_the_charts_undo_of_a_saved_move_refuses_over_a_cli_move(orgchart_widget, demo_services,
                                                                 elsewhere, asked, monkeypatch):
    """The GUI undid a saved move on top of a CLI change: two open kedudukan."""
    w = orgchart_widget
    _moved, fajar = _drop(w, monkeypatch, "Fajar Nugroho", "Kepala Bidang Pelayanan Kesehatan")
    assert w.simpan()
    sekretaris = next(p.id for p in w.document.struktur.positions
                      if p.nama == "Sekretaris Dinas")
    elsewhere.kedudukan.pindah([fajar], sekretaris, tmt=TODAY)  # the CLI
    w.document.undo_stack.undo()  # Ctrl+Z of the saved move, then Simpan
    assert w.document.has_unsaved_changes()
    assert not w.simpan()
    assert asked and "diubah di tempat lain" in asked[0]
    rows = _open_kedudukan(demo_services)[fajar]
    assert tanggal_ganda(rows) == [] and sum(1 for _m, s in rows if s is None) == 1
    assert [p.id for p in demo_services.agency.struktur().ppk_of(fajar, TODAY)] == [sekretaris]


def test_the_chart_asks_for_koreksi_riwayat_before_an_earlier_tmt(orgchart_widget,
                                                                  demo_services, monkeypatch):
    w = orgchart_widget
    before = _open_kedudukan(demo_services)
    moved, _fajar = _drop(w, monkeypatch, "Fajar Nugroho", "Kepala Bidang Pelayanan Kesehatan",
                          tmt=dt.date(2016, 12, 1))
    assert not moved and "TMT 01-12-2016 sebelum awal kedudukan sekarang" in \
        w.alert_banner.label.text()
    assert not w.document.has_unsaved_changes()
    moved, fajar = _drop(w, monkeypatch, "Fajar Nugroho", "Kepala Bidang Pelayanan Kesehatan",
                         tmt=dt.date(2016, 12, 1), koreksi=True)
    assert moved and w.simpan()
    after = _open_kedudukan(demo_services)
    assert len(after[fajar]) == len(before[fajar]) + 1  # nothing deleted


def test_the_conflict_message_offers_muat_ulang(qtbot):
    box = KonflikDialog("Data pegawai X: Data ini diubah di tempat lain sejak dibuka — muat "
                        "ulang, lalu ulangi. Tidak ada yang disimpan.")
    qtbot.addWidget(box)
    assert box.reload_button.text() == "Muat ulang" and box.close_button.text() == "Tutup"
    assert box.defaultButton() is box.reload_button
    QTimer.singleShot(0, box.reload_button.click)
    box.exec()
    assert box.clickedButton() is box.reload_button
