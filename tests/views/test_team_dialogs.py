"""“Kirim lewat email” and “Pengaturan naskah dinas”."""

import dataclasses
import email
from email.policy import default

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from sistemkerja_desktop.domain.naskah import BentukTtd
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.teams.naskah_settings_dialog import NaskahSettingsDialog
from sistemkerja_desktop.views.teams.share_dialog import ShareDialog
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


def _parse(path):
    return email.message_from_bytes(path.read_bytes(), policy=default)


def test_share_dialog_writes_an_eml_draft_with_the_roster_and_pdfs(qtbot, demo_services,
                                                                   tmp_path, opened, done):
    dialog = ShareDialog(demo_services, [2])
    qtbot.addWidget(dialog)
    assert dialog.checked_ids() == [2]
    assert dialog.prepare_button.text() == "Siapkan email"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    dialog.folder_edit.setText(str(tmp_path / "kirim"))
    dialog.to_edit.setText("pkm.tanjungsari@contoh.go.id")
    dialog.pdf_check.setChecked(True)
    with qtbot.waitSignal(dialog.prepared, timeout=60000) as blocker:
        dialog.prepare_button.click()
    draft = blocker.args[0]
    assert dialog.result_email is draft
    # the message names the draft; its "Buka" opens it in the mail program
    assert done == [(draft.eml, f"Draf email “{draft.subjek}” siap dengan 3 lampiran. Klik Buka "
                     "untuk membukanya di program email Anda.")]
    assert opened == []
    assert output.remembered_folder("eml") == tmp_path / "kirim"
    msg = _parse(draft.eml)
    assert msg["X-Unsent"] == "1"
    assert msg["To"] == "pkm.tanjungsari@contoh.go.id"
    assert msg["Subject"].startswith("Susunan Tim Kerja Surveilans dan Respons KLB")
    names = sorted(part.get_filename() for part in msg.iter_attachments())
    assert names == sorted(p.name for p in draft.lampiran)
    assert any(n.endswith(".xlsx") for n in names)
    assert sum(n.endswith(".pdf") for n in names) == 2  # SK and Surat Tugas
    assert "tersimpan" in dialog.result_label.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Tutup"


def test_share_folder_is_remembered_for_the_next_draft(qtbot, demo_services, tmp_path):
    first = ShareDialog(demo_services, [2])
    qtbot.addWidget(first)
    assert first.folder_edit.text().endswith("Kiriman email")  # nothing remembered yet
    output.remember_folder("eml", tmp_path)
    second = ShareDialog(demo_services, [2])
    qtbot.addWidget(second)
    assert second.folder_edit.text() == str(tmp_path)


def test_share_needs_a_team(qtbot, demo_services):
    dialog = ShareDialog(demo_services, [1])
    qtbot.addWidget(dialog)
    dialog.none_button.click()
    assert dialog.checked_ids() == [] and not dialog.prepare_button.isEnabled()
    dialog.all_button.click()
    assert dialog.checked_ids() == [1, 2, 3, 4]


def test_share_from_the_widget_and_the_menu(qtbot, demo_services, monkeypatch):
    from sistemkerja_desktop.views.main_window import MainWindow

    calls = []
    monkeypatch.setattr(ShareDialog, "ask", classmethod(
        lambda cls, services, parent=None, tim_ids=(): calls.append(list(tim_ids))))
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.tim.select_team(3)  # built on first use
    assert window.pages.widget(MainWindow.AREA_TIM) is window.tim
    assert isinstance(window.tim, TeamsWidget)
    window.share_action.trigger()
    assert calls == [[3]]


@pytest.fixture
def settings(qtbot, demo_services):
    dialog = NaskahSettingsDialog(demo_services)
    qtbot.addWidget(dialog)
    return dialog


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_naskah_settings_save_kop_paper_and_numbering(settings, demo_services):
    assert [settings.tabs.tabText(i) for i in range(settings.tabs.count())] == [
        "Kop surat", "Penandatangan", "Penomoran", "Kertas dan tata letak", "Isi baku",
        "Kop Setda dan paraf"]
    assert settings.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Simpan"
    settings.kop_edit.setPlainText("PEMERINTAH KABUPATEN CONTOH\nDINAS KESEHATAN\n\n")
    assert "DINAS KESEHATAN" in settings.kop_preview.text()
    settings.kertas_combo.setCurrentIndex(settings.kertas_combo.findData("F4"))
    settings.margin_spins["kiri"].setValue(25)
    settings.ambang_spin.setValue(2)
    numbering = settings.numbering
    numbering.jenis_combo.setCurrentIndex(numbering.jenis_combo.findData("surat-tugas"))
    numbering.pola_edit.setText("{klasifikasi}/{nomor:03d}/{kode_unit}/{bulan_romawi}/{tahun}")
    assert numbering.preview.text() == "800.1.11.1/001/Dinkes/XI/2026"
    _save(settings)
    assert settings.changed and settings.result() == settings.DialogCode.Accepted
    assert demo_services.agency.get_agency().kop == ("PEMERINTAH KABUPATEN CONTOH",
                                                     "DINAS KESEHATAN")
    p = demo_services.naskah.pengaturan()
    assert (p.tata_letak.kertas.value, p.tata_letak.kiri, p.ambang_beban) == ("F4", 25.0, 2)
    assert demo_services.naskah.usul_nomor(JenisNaskah.SURAT_TUGAS) == \
        "800.1.11.1/001/Dinkes/XI/2026"


def test_a_bad_pattern_is_shown_on_its_tab(settings, demo_services):
    settings.numbering.pola_edit.setText("{klasifikasi}/{kode_unit}/{tahun}")
    assert "{nomor}" in settings.numbering.preview.text()
    settings.tabs.setCurrentIndex(settings.TAB_KOP)
    _save(settings)
    assert settings.result() != settings.DialogCode.Accepted
    assert settings.tabs.currentIndex() == settings.TAB_NOMOR
    assert "{nomor}" in settings.error_banner.text()


def test_signer_profiles(settings, demo_services):
    editor = settings.signers
    assert [s.label for s in editor.signers] == ["Kepala Dinas", "Sekretaris a.n. Kepala Dinas"]
    editor.new_button.click()
    editor.label_edit.setText("Plt. Kepala Dinas")
    editor.bentuk_combo.setCurrentIndex(editor.bentuk_combo.findData(BentukTtd.PLT.value))
    editor.jabatan_edit.setPlainText("KEPALA DINAS KESEHATAN\nKABUPATEN CONTOH")
    editor.nama_edit.setText("Sri Rahayuningsih, S.KM., M.M.")
    editor.pangkat_edit.setText("Pembina Tingkat I (IV/b)")
    editor.nip_edit.setText("19750822 200003 2 902")
    assert "Plt. KEPALA DINAS KESEHATAN" in editor.preview.text()
    assert editor.save_current()
    saved = next(s for s in demo_services.naskah.penandatangan() if s.label == "Plt. Kepala Dinas")
    assert saved.nip == "197508222000032902" and saved.bentuk is BentukTtd.PLT
    assert settings.changed  # the caller refreshes its signer choices
    assert settings.default_st_combo.findData(saved.id) >= 0

    editor.new_button.click()
    editor.bentuk_combo.setCurrentIndex(editor.bentuk_combo.findData(BentukTtd.AN.value))
    editor.jabatan_edit.setPlainText("Sekretaris")
    editor.nama_edit.setText("Seseorang")
    assert not editor.save_current()
    assert "a.n." in editor.error_banner.text()


def test_register_is_listed(qtbot, demo_services):
    demo_services.naskah.catat_nomor(JenisNaskah.SURAT_TUGAS, None, perihal="Surat manual")
    dialog = NaskahSettingsDialog(demo_services)
    qtbot.addWidget(dialog)
    model = dialog.numbering.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "800.1.11.1/1/Dinkes/2026"
    assert model.index(0, 3).data() == "Surat manual"
    assert "1 nomor" in dialog.numbering.register_title.text()


def test_settings_from_the_widget_refresh_and_announce(qtbot, demo_services, monkeypatch):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    monkeypatch.setattr(NaskahSettingsDialog, "ask", classmethod(
        lambda cls, services, parent=None: Changes(agency=True, dokumen=True)))
    with qtbot.waitSignal(w.data_changed) as blocker:
        w.settings_button.click()
    assert blocker.args == [Changes(agency=True, dokumen=True)]




def test_naskah_settings_kop_setda_and_paraf_rows_are_saved(settings, demo_services):
    """The Setda's kop for a konsep Keputusan Sekretaris Daerah (Perbup Kapuas Hulu 36/2023
    Pasal 10 ayat (1)) and the PARAF rows (Perbup Barito Timur 11/2024: KABAG HUKUM | KEPALA
    OPD | ASS. | SEKDA); empty rows = no PARAF table."""
    tab = settings.koordinasi
    settings.tabs.setCurrentIndex(settings.TAB_KOORDINASI)
    assert settings.tabs.tabText(settings.TAB_KOORDINASI) == "Kop Setda dan paraf"
    assert "PEMERINTAH KABUPATEN CONTOH" in tab.kop_setda_edit.placeholderText()
    assert settings.unsaved_description() is None
    tab.kop_setda_edit.setPlainText("PEMERINTAH KABUPATEN CONTOH\nSEKRETARIAT DAERAH\n\n"
                                    "Jalan Merdeka Nomor 1, Kode Pos 78711")
    assert "SEKRETARIAT DAERAH" in tab.kop_setda_preview.text()
    tab.paraf_bt_button.click()
    assert tab.paraf() == ("Kabag Hukum", "Kepala OPD", "Asisten", "Sekda")
    assert settings.unsaved_description()
    _save(settings)
    stored = demo_services.naskah.pengaturan()
    assert stored.kop_setda == ("PEMERINTAH KABUPATEN CONTOH", "SEKRETARIAT DAERAH",
                                "Jalan Merdeka Nomor 1, Kode Pos 78711")
    assert stored.paraf == ("Kabag Hukum", "Kepala OPD", "Asisten", "Sekda")


def test_naskah_settings_paraf_emptied_means_no_table(qtbot, demo_services):
    p = demo_services.naskah.pengaturan()
    demo_services.naskah.simpan_pengaturan(dataclasses.replace(p, paraf=("Kabag Hukum", "Sekda")))
    dialog = NaskahSettingsDialog(demo_services)
    qtbot.addWidget(dialog)
    assert dialog.koordinasi.paraf() == ("Kabag Hukum", "Sekda")
    dialog.koordinasi.paraf_clear_button.click()
    _save(dialog)
    assert demo_services.naskah.pengaturan().paraf == ()
