import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sistemkerja_desktop.domain.profiles import list_profiles
from sistemkerja_desktop.views.welcome_dialog import WelcomeDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, services):
    d = WelcomeDialog(services)
    qtbot.addWidget(d)
    return d


def test_creates_the_perangkat_daerah(dialog, services):
    dialog.nama_edit.setText("  Dinas Pendidikan ")
    dialog.pemda_edit.setText("Kabupaten Bungo")
    dialog.profile_chooser.set_current_code("bungo")
    dialog.tempat_edit.setText("Muara Bungo")
    dialog.create_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None and dialog.changes.agency
    pd = services.agency.get_agency()
    assert (pd.nama, pd.pemda, pd.profil, pd.jenis, pd.tempat_penetapan) == (
        "Dinas Pendidikan", "Kabupaten Bungo", "bungo", "Dinas", "Muara Bungo")


def test_jenis_follows_the_name_until_chosen_by_hand(dialog):
    dialog.nama_edit.setText("Kecamatan Sukamaju")
    assert dialog.jenis_combo.currentText() == "Kecamatan"
    dialog.jenis_combo.setCurrentText("UPTD")
    dialog.jenis_combo.activated.emit(0)
    dialog.nama_edit.setText("Badan Kepegawaian")
    assert dialog.jenis_combo.currentText() == "UPTD"


def test_missing_name_is_shown_inline_and_nothing_is_saved(dialog, services):
    dialog.pemda_edit.setText("Kabupaten Bungo")
    dialog.create_button.click()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.error_banner.isHidden()
    assert "Nama Perangkat Daerah" in dialog.error_banner.text()
    assert dialog.nama_edit.styleSheet()  # framed red
    assert not services.agency.has_agency()

    dialog.nama_edit.setText("Dinas Kesehatan")
    dialog.create_button.click()
    assert dialog.error_banner.isHidden()
    assert services.agency.has_agency()


def test_buka_contoh_creates_the_demo(dialog, services):
    dialog.demo_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changes is not None
    assert services.agency.has_agency()
    assert "Contoh" in services.agency.get_agency().pemda


def test_profiles_are_listed_by_name_and_described(dialog):
    combo = dialog.profile_chooser.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [p.nama for p in list_profiles()]
    dialog.profile_chooser.set_current_code("pekalongan")
    assert "Pekalongan" in dialog.profile_chooser.description.text()


def test_leaving_returns_nothing(dialog, services, monkeypatch):
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert button.text() == "Keluar"
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: self.reject())
    assert WelcomeDialog.ask(services) is None
    assert not services.agency.has_agency()
