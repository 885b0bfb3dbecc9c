import time

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard

from sistemkerja_desktop.domain.impor import Kolom
from sistemkerja_desktop.views.struktur.import_wizard import ImportWizard

pytestmark = pytest.mark.gui

KADIS = "19710314 199903 1 901"  # in the demo agency
HEADER = ["No", "NIP", "Nama Lengkap", "Gol. Ruang", "Jabatan", "Jenis Jabatan", "Unit Kerja",
          "NIP Atasan", "Keterangan"]
GOOD = [
    [1, KADIS, "dr. Hendra Wijayakusuma, M.Kes.", "IV/c", "Kepala Dinas Kesehatan",
     "JPT Pratama", "Pimpinan", None, ""],
    [2, "19850101 201001 1 001", "Budi Santoso, S.Kep.", "III/b", "Perawat Ahli Pertama",
     "Fungsional", "Bidang Pelayanan Kesehatan", KADIS, "baru"],
    [4, "19900202 201501 2 002", "Citra Lestari", "II/c", "Pengadministrasi Perkantoran",
     "Pelaksana", "Sekretariat", KADIS, ""],
]
BAD = [3, "1985010120100", "Ani Rahma", "III/a", "Bidan Ahli Pertama", "Fungsional",
       "Bidang Pelayanan Kesehatan", None, ""]


@pytest.fixture
def duk(make_xlsx):
    """Title row, blank row, header on Excel row 3; the bad NIP is on Excel row 6."""
    return make_xlsx([["DAFTAR URUT KEPANGKATAN DINAS KESEHATAN"], [], HEADER,
                      GOOD[0], GOOD[1], BAD, GOOD[2]])


def go_to_errors_page(wizard, path):
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.errors_page


def test_end_to_end_skipping_the_invalid_row(wizard, duk, demo_services, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(duk), "")))
    wizard.file_page.browse_button.click()
    assert wizard.file_page.path_edit.text() == str(duk)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.header_spin.value() == 3  # the detected header row, below the title
    assert page.mapping_of(0) is None and page.mapping_of(1) is Kolom.NIP
    assert page.mapping_of(6) is Kolom.UNIT and page.mapping_of(8) is None
    assert "3 valid, 1 bermasalah" in page.status_label.text()
    wizard.next()
    errors = wizard.errors_page
    items = [errors.errors_list.item(i).text() for i in range(errors.errors_list.count())]
    assert items == ["baris 6, kolom NIP: NIP harus 18 digit, '1985010120100' berisi 13 digit"]
    assert "1 baris bermasalah" in errors.summary_label.text()
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Impor" and not commit.isEnabled()  # all-or-nothing by default
    errors.skip_invalid_radio.setChecked(True)
    assert commit.isEnabled()
    before = {r.nip for r in demo_services.pegawai.rows()}
    with qtbot.waitSignal(wizard.import_finished, timeout=10000):
        commit.click()
    assert wizard.currentPage() is wizard.run_page
    result = wizard.import_result
    assert (result.ditambah, result.diperbarui, result.ditolak, result.ditulis) == (2, 1, 1, True)
    assert wizard.changes.pegawai and wizard.changes.kedudukan
    assert "Ditambah" in wizard.run_page.summary_label.text()
    assert wizard.run_page.progress.value() == wizard.run_page.progress.maximum()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    after = {r.nip: r for r in demo_services.pegawai.rows()}
    assert set(after) - before == {"198501012010011001", "199002022015012002"}
    assert all("Ani Rahma" not in r.nama for r in after.values())  # the invalid row
    assert after["198501012010011001"].nip_ppk == KADIS.replace(" ", "")


def test_all_valid_file_imports_without_a_choice(wizard, make_xlsx, demo_services, qtbot):
    go_to_errors_page(wizard, make_xlsx([HEADER, GOOD[0], GOOD[1]]))
    assert "Semua 2 baris valid" in wizard.errors_page.summary_label.text()
    assert not wizard.errors_page.choice.isVisibleTo(wizard)
    with qtbot.waitSignal(wizard.imported, timeout=10000) as blocker:
        wizard.next()
    result, changes = blocker.args
    assert (result.ditambah, result.diperbarui) == (1, 1) and changes.pegawai


def test_mapping_changes_revalidate(wizard, duk):
    wizard.file_page.path_edit.setText(str(duk))
    wizard.next()
    page = wizard.mapping_page
    page.set_mapping(4, None)  # JABATAN → (abaikan)
    assert wizard.plan is None and not page.isComplete()
    assert "JABATAN" in page.status_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.set_mapping(4, Kolom.JABATAN)
    assert wizard.plan is not None and page.isComplete()
    page.set_mapping(8, Kolom.JABATAN)  # one file column per Kolom: the last choice wins
    assert page.mapping_of(4) is None and page.mapping_of(8) is Kolom.JABATAN
    assert wizard.header.mapping[Kolom.JABATAN] == 8
    assert len(wizard.plan.invalid_rows) == 4  # "Keterangan" is no jabatan


def test_choosing_another_header_row(wizard, duk):
    wizard.file_page.path_edit.setText(str(duk))
    wizard.next()
    page = wizard.mapping_page
    page.header_spin.setValue(1)  # the title row: no NIP column
    assert wizard.plan is None and "NIP" in page.status_label.text()
    page.header_spin.setValue(3)
    assert wizard.plan is not None and wizard.plan.total_rows == 4


def test_unreadable_file_is_reported_on_the_first_page(wizard, tmp_path):
    bogus = tmp_path / "daftar.xlsx"
    bogus.write_text("NIP;NAMA\n1;2\n", encoding="utf-8")
    wizard.file_page.path_edit.setText(str(bogus))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "bukan berkas Excel" in wizard.file_page.error_label.text()


def test_ask_returns_none_when_cancelled(qtbot, demo_services, monkeypatch):
    monkeypatch.setattr(ImportWizard, "exec", lambda self: 0)
    assert ImportWizard.ask(None, demo_services) is None


def test_buttons_are_indonesian(wizard):
    texts = {wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton,
                                            QWizard.WizardButton.NextButton,
                                            QWizard.WizardButton.CancelButton,
                                            QWizard.WizardButton.FinishButton)}
    assert texts == {"< Kembali", "Lanjut >", "Batal", "Selesai"}


def test_a_file_beyond_the_limits_is_refused_on_the_first_page(wizard, make_xlsx):
    path = make_xlsx([HEADER + [f"K{i}" for i in range(300)], GOOD[0]], name="lebar.xlsx")
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page and wizard.preview is None
    text = wizard.file_page.error_label.text()
    assert "'lebar.xlsx'" in text and "melebihi batas 300 kolom" in text
    assert wizard.file_page.isEnabled() and not wizard.loading


def test_reading_shows_progress_and_can_be_cancelled(wizard, duk, demo_services, monkeypatch):
    """The sheet is read off the GUI thread behind a progress dialog with *Batal*."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    reports = []

    def slow_preview(path, *, progress=None):
        for done in range(0, 5_000_000, 1000):  # ends by the cancel (the dialog's Batal)
            progress(done, 100_000)
            reports.append(done)
            time.sleep(0.002)
        raise AssertionError("never cancelled")

    monkeypatch.setattr(demo_services.impor, "preview", slow_preview)
    seen = []

    def press_batal():
        dialog = wizard.findChild(QProgressDialog)
        if dialog is not None and dialog.maximum() > 0 and not seen:  # progress arrived
            seen.append((dialog.labelText(), dialog.maximum(), wizard.loading,
                         wizard.file_page.isEnabled(), dialog.findChild(QPushButton).text()))
            dialog.findChild(QPushButton).click()  # Batal

    timer = QTimer()
    timer.timeout.connect(press_batal)
    timer.start(10)
    wizard.file_page.path_edit.setText(str(duk))
    wizard.next()
    timer.stop()
    assert reports and seen == [(f"Membaca {duk.name}…", 100_000, True, False, "Batal")]
    assert wizard.currentPage() is wizard.file_page and wizard.preview is None
    assert wizard.file_page.error_label.text() == (f"Pembacaan {duk.name} dibatalkan; tidak ada "
                                                   "yang diimpor.")
    assert not wizard.loading and wizard.file_page.isEnabled()
    monkeypatch.undo()
    wizard.next()  # the real reading afterwards still works
    assert wizard.currentPage() is wizard.mapping_page
