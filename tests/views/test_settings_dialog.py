import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common.widgets import LogoPicker
from sistemkerja_desktop.views.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, demo_services):
    d = SettingsDialog(demo_services)
    qtbot.addWidget(d)
    return d


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_shows_the_current_perangkat_daerah(dialog, demo_services):
    pd = demo_services.agency.get_agency()
    assert dialog.nama_edit.text() == pd.nama
    assert dialog.pemda_edit.text() == pd.pemda
    assert dialog.profile_chooser.current_code() == pd.profil
    assert dialog.kop_edit.toPlainText() == "\n".join(pd.kop)
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Simpan"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_saves_every_field(dialog, demo_services):
    dialog.alamat_edit.setText("Jalan Merdeka No. 1")
    dialog.telepon_edit.setText("(0536) 21000")
    dialog.kode_pos_edit.setText("78711")
    dialog.email_edit.setText("dinkes@contoh.go.id")
    dialog.laman_edit.setText("dinkes.contoh.go.id")
    dialog.tempat_edit.setText("Putussibau")
    dialog.jenis_combo.setCurrentText("Badan")
    dialog.profile_chooser.set_current_code("kapuas-hulu")
    dialog.kop_edit.setPlainText("PEMERINTAH KABUPATEN CONTOH\n\n  DINAS KESEHATAN  \n")
    _save(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    pd = demo_services.agency.get_agency()
    assert (pd.alamat, pd.telepon, pd.kode_pos, pd.email, pd.laman, pd.tempat_penetapan,
            pd.jenis, pd.profil) == ("Jalan Merdeka No. 1", "(0536) 21000", "78711",
                                     "dinkes@contoh.go.id", "dinkes.contoh.go.id", "Putussibau",
                                     "Badan", "kapuas-hulu")
    assert pd.kop == ("PEMERINTAH KABUPATEN CONTOH", "DINAS KESEHATAN")


def test_invalid_kode_pos_names_the_field_and_shows_its_tab(dialog, demo_services):
    before = demo_services.agency.get_agency()
    dialog.kode_pos_edit.setText("12a")
    _save(dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == SettingsDialog.TAB_KONTAK
    assert "Kode pos" in dialog.error_banner.text()
    assert "5 angka" in dialog.error_banner.text()
    assert demo_services.agency.get_agency() == before


def test_empty_name_reveals_identitas(dialog):
    dialog.tabs.setCurrentIndex(SettingsDialog.TAB_KOP)
    dialog.nama_edit.setText("   ")
    _save(dialog)
    assert dialog.tabs.currentIndex() == SettingsDialog.TAB_IDENTITAS
    assert "Nama Perangkat Daerah" in dialog.error_banner.text()


def test_logo_is_chosen_previewed_and_saved(dialog, demo_services, tmp_path, monkeypatch):
    logo = tmp_path / "logo.png"
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(logo))
    monkeypatch.setattr(LogoPicker, "choose_file", lambda self: str(logo))

    dialog.logo_picker.choose_button.click()
    assert not dialog.logo_picker.preview.pixmap().isNull()
    assert "120 × 160" in dialog.logo_picker.status.text()
    _save(dialog)
    assert demo_services.agency.get_agency().logo_path == str(logo)


def test_missing_logo_file_is_reported(dialog, tmp_path):
    dialog.logo_picker.set_path(str(tmp_path / "hilang.png"))
    assert "tidak ditemukan" in dialog.logo_picker.status.text()
    dialog.logo_picker.clear_button.click()
    assert dialog.logo_picker.path() == ""


def test_empty_kop_shows_the_standard_kop_as_placeholder(dialog):
    dialog.kop_edit.setPlainText("")
    dialog.pemda_edit.setText("Kabupaten Bungo")
    assert "PEMERINTAH KABUPATEN BUNGO" in dialog.kop_edit.placeholderText()


def test_ask_reports_agency_changes_only_when_saved(qtbot, demo_services, monkeypatch):
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: self.reject() or 0)
    assert SettingsDialog.ask(demo_services) is None

    def edit_and_save(self):
        self.laman_edit.setText("contoh.go.id")
        _save(self)
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", edit_and_save)
    assert SettingsDialog.ask(demo_services) == Changes(agency=True)
