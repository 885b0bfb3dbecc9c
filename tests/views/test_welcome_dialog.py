import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel

from sistemkerja_desktop.domain.profiles import list_profiles
from sistemkerja_desktop.views.welcome_dialog import WelcomeAction, WelcomeDialog, WelcomeResult

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
    assert dialog.result_value == WelcomeResult(WelcomeAction.CREATED)
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


def test_buka_contoh_asks_for_the_demo_file_and_leaves_this_file_empty(dialog, services):
    dialog.demo_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value == WelcomeResult(WelcomeAction.DEMO)
    assert not services.agency.has_agency()  # the demo is never written into this file


def test_buka_berkas_lain(dialog, services, monkeypatch, tmp_path):
    other = tmp_path / "kantor.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda *a, **k: (str(other), "")))
    dialog.open_button.click()
    assert dialog.result_value == WelcomeResult(WelcomeAction.OPEN, other)
    assert not services.agency.has_agency()


def test_opening_nothing_keeps_the_dialog(dialog, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog.open_button.click()
    assert dialog.result_value is None and dialog.result() != QDialog.DialogCode.Accepted


def test_from_the_menu_the_leave_button_says_batal(qtbot, services):
    d = WelcomeDialog(services, leave_text="Batal")
    qtbot.addWidget(d)
    assert d.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Batal"


def test_fits_1366x768_and_no_text_is_clipped(dialog):
    dialog.resize(dialog.minimumSize())
    dialog.show()
    size = dialog.size()
    assert size.width() <= 1366 and size.height() <= 728
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            # a wrapped label is given at least the height its text needs at its width
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()


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
