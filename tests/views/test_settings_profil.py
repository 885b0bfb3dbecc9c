"""Pengaturan Perangkat Daerah changes the profile through the same use case as `sistemkerja
profil pakai` (issue #9 §3 "Dasar / Mengingat follow the profile"): defaults follow, edited text
is asked about (Ganti dengan bawaan profil baru / Biarkan), then the change in `periksa` is
shown."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sistemkerja_desktop.services.naskah_settings import dasar_st_bawaan, mengingat_bawaan
from sistemkerja_desktop.views import profil_dialogs
from sistemkerja_desktop.views.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui

EDITED = ("Surat Kepala Dinas Nomor 400/1/2026",)


@pytest.fixture
def dialog(qtbot, demo_services):
    d = SettingsDialog(demo_services)
    qtbot.addWidget(d)
    return d


def _edit(services):
    """The settings' Dasar Surat Tugas and team 3's own Mengingat edited by hand."""
    p = services.naskah.pengaturan()
    services.naskah.simpan_pengaturan(dataclasses.replace(p, dasar_st=EDITED))
    detail = services.teams.team(3)
    services.teams.save(dataclasses.replace(detail.tim, mengingat=EDITED), versi=detail.versi)


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_profile_change_refreshes_the_defaults_without_asking(dialog, demo_services,
                                                              monkeypatch):
    monkeypatch.setattr(dialog, "_ask_edited", lambda _r: pytest.fail("nothing was edited"))
    dialog.profile_chooser.set_current_code("kapuas-hulu")
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    pd = demo_services.agency.get_agency()
    assert pd.profil == "kapuas-hulu" and dialog.saved == pd
    p = demo_services.naskah.pengaturan()
    assert p.mengingat == mengingat_bawaan(pd) and p.dasar_st == dasar_st_bawaan(pd)
    assert any("Nomor 36 Tahun 2023" in x for x in p.mengingat)
    assert dialog.hasil.profil_berubah and dialog.changes.teams and dialog.changes.dokumen


@pytest.mark.parametrize(("choice", "kept"), [(False, True), (True, False)])
def test_edited_text_is_asked_about(dialog, demo_services, monkeypatch, choice, kept):
    _edit(demo_services)
    asked = []
    monkeypatch.setattr(dialog, "_ask_edited", lambda r: asked.append(r) or choice)
    dialog.profile_chooser.set_current_code("bungo")
    _save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [d.label for d in asked[0].teks_diubah] == [
        "Pengaturan naskah — Dasar Surat Tugas",
        "Tim #3 Kelompok Kerja Akreditasi UPTD Puskesmas Sukamaju — Mengingat (SK)"]
    pd = demo_services.agency.get_agency()
    p = demo_services.naskah.pengaturan()
    assert p.mengingat == mengingat_bawaan(pd)  # still the old default: follows anyway
    assert (p.dasar_st == EDITED) is kept
    assert (demo_services.teams.team(3).tim.mengingat == EDITED) is kept
    if not kept:
        assert p.dasar_st == dasar_st_bawaan(pd)


def test_cancelling_the_question_saves_nothing(dialog, demo_services, monkeypatch):
    _edit(demo_services)
    before = demo_services.agency.get_agency()
    monkeypatch.setattr(dialog, "_ask_edited", lambda _r: None)
    dialog.profile_chooser.set_current_code("pasuruan")
    dialog.alamat_edit.setText("Jalan Baru 2")
    _save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.hasil is None
    assert demo_services.agency.get_agency() == before


def test_the_question_lists_what_it_keeps_and_answers(qtbot, demo_services, tmp_path):
    _edit(demo_services)
    pd = dataclasses.replace(demo_services.agency.get_agency(), profil="pekalongan")
    rencana = demo_services.profil.rencana(pd)
    box = profil_dialogs.EditedPrompt(rencana)
    qtbot.addWidget(box)
    text = box.text()
    assert "Perbup Pekalongan No. 52 Tahun 2024" in text
    assert "• Pengaturan naskah — Dasar Surat Tugas" in text
    assert "• Tim #3 Kelompok Kerja Akreditasi UPTD Puskesmas Sukamaju — Mengingat (SK)" in text
    assert [b.text() for b in (box.ganti, box.biarkan, box.batal)] == [
        "Ganti dengan bawaan profil baru", "Biarkan", "Batal"]
    box.show()
    qtbot.waitExposed(box)
    assert box.grab().save(str(tmp_path / "pertanyaan.png"))
    box.close()

    for button, expected in (("ganti", True), ("biarkan", False), ("batal", None)):
        def answer(name=button):
            active = next(w for w in _top_levels() if isinstance(w, profil_dialogs.EditedPrompt))
            getattr(active, name).click()
        QTimer.singleShot(0, answer)
        assert profil_dialogs.ask_edited(None, rencana) is expected


def _top_levels():
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_ask_shows_the_periksa_change(qtbot, demo_services, monkeypatch, tmp_path):
    shown = []

    def run(self):
        self.profile_chooser.set_current_code("pekalongan")
        self._on_buttons_accepted()
        return self.result()

    def show(self):
        shown.append(self)
        self.show()
        qtbot.waitExposed(self)
        assert self.grab().save(str(tmp_path / "ringkasan.png"))
        self.close()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", run)
    monkeypatch.setattr(profil_dialogs.RingkasanProfilDialog, "exec", show)
    changes = SettingsDialog.ask(demo_services)
    assert changes is not None and changes.agency and changes.teams and changes.kedudukan
    summary = shown[0]
    hasil = summary.hasil
    assert hasil.baru.profil == "pekalongan"
    assert "Perbup Pekalongan No. 52 Tahun 2024" in summary.judul_label.text()
    assert "diganti dengan bawaan profil baru" in summary.dasar_label.text()
    text = summary.browser.toPlainText()
    muncul, hilang = hasil.periksa.muncul, hasil.periksa.hilang
    assert muncul and f"Temuan yang muncul ({len(muncul)}): " in text
    assert f"Temuan yang hilang ({len(hilang)}): " in text
    assert text.count("[galat]") + text.count("[peringatan]") == len(muncul) + len(hilang)
    assert all(f.pesan in text and f"dasar: {f.dasar}" in text for f in (*muncul, *hilang))
    assert "sebelum" in summary.periksa_label.text() and "sesudah" in summary.periksa_label.text()


def test_no_summary_when_the_profile_stays(demo_services, monkeypatch):
    def run(self):
        self.alamat_edit.setText("Jalan Merdeka 9")
        self._on_buttons_accepted()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", run)
    monkeypatch.setattr(profil_dialogs.RingkasanProfilDialog, "exec",
                        lambda self: pytest.fail("profile unchanged: no summary"))
    changes = SettingsDialog.ask(demo_services)
    assert changes is not None and changes.agency and not changes.kedudukan
    assert demo_services.agency.get_agency().alamat == "Jalan Merdeka 9"
