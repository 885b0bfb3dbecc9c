"""The documents tab: readiness blocks the final print, a draft is always written, a final one
takes a number from the register, and a roster change marks it out of date."""

import dataclasses

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from sistemkerja_desktop.domain.naskah import Penandatangan
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


@pytest.fixture
def widget(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1080, 760)
    w.select_team(1)
    w.builder.tabs.setCurrentIndex(w.builder.TAB_DOKUMEN)
    return w


def _text(path):
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_readiness_lists_what_is_missing_and_blocks_the_final(widget, demo_services, qtbot,
                                                              opened, user_dirs, done):
    signer, _ = demo_services.naskah.simpan_penandatangan(
        Penandatangan(jabatan="KEPALA DINAS KESEHATAN", nama="Pejabat Tanpa NIP"))
    panel = widget.builder.documents
    panel.refresh_choices()
    panel.signer_combo.setCurrentIndex(panel.signer_combo.findData(signer.id))
    texts = panel.readiness_texts()
    assert any("NIP penandatangan" in t for t in texts)
    assert any("Pangkat/golongan penandatangan" in t for t in texts)
    assert panel.kesiapan is not None and not panel.kesiapan.siap
    assert not panel.final_button.isEnabled() and panel.draft_button.isEnabled()

    with qtbot.waitSignal(panel.printed, timeout=30000) as blocker:
        panel.draft_button.click()
    result = blocker.args[0]
    assert result.draf and not result.dokumen_baru and result.nomor == ""
    assert result.berkas.exists() and result.berkas.is_relative_to(user_dirs)
    assert "DRAF" in _text(result.berkas)
    qtbot.waitUntil(lambda: bool(done))
    [(path, text)] = done
    assert path == result.berkas and text.startswith("Draf ")
    assert "tanpa nomor" in text and opened == []  # opened only through the message's "Buka"
    assert demo_services.naskah.register() == []  # a draft takes no number


def test_final_print_registers_the_number_and_goes_stale_when_the_roster_changes(
        widget, demo_services, qtbot, opened, tmp_path, monkeypatch, done):
    panel = widget.builder.documents
    panel.set_kind(JenisNaskah.SURAT_TUGAS)
    proposed = demo_services.naskah.usul_nomor(JenisNaskah.SURAT_TUGAS)
    assert proposed == "800.1.11.1/1/Dinkes/2026"
    assert panel.nomor_edit.placeholderText() == proposed
    assert panel.kesiapan is not None and panel.kesiapan.siap
    assert panel.final_button.isEnabled()
    pdf = tmp_path / "surat-tugas.pdf"
    asked = []
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name: asked.append((kind, name)) or pdf)

    with qtbot.waitSignal(widget.data_changed, timeout=30000) as blocker:
        panel.final_button.click()
    assert blocker.args == [Changes(dokumen=True, teams=True)]
    assert asked == [
        ("pdf", "tim-kerja-percepatan-penurunan-stunting-tahun-2026-surat-tugas.pdf")]
    qtbot.waitUntil(lambda: bool(done))
    assert done == [(pdf, f"Surat Tugas dicetak dengan nomor {proposed}.")]
    assert pdf.exists() and opened == []
    assert len(PdfReader(pdf).pages) >= 1
    assert proposed in _text(pdf)
    assert [r.nomor for r in demo_services.naskah.register()] == [proposed]
    assert panel.doc_model.rowCount() == 1
    assert panel.doc_model.index(0, 3).data() == "Berlaku"
    assert widget.model.team_at(widget.model.row_of(1)).nomor_dokumen == proposed
    assert panel.final_button.text() == "Cetak ulang final…"

    # the roster changes: the issued document is marked out of date
    b = widget.builder
    b.member_list.select_row(b.members.rowCount() - 1)
    b.member_list.remove_button.click()
    assert not panel.final_button.isEnabled()  # unsaved edits first
    assert b.save()
    panel = b.documents
    assert panel.doc_model.index(0, 3).data() == "Kedaluwarsa"
    assert "kedaluwarsa" in panel.issued.hint.text()
    assert widget.model.index(widget.model.row_of(1), 6).data().endswith("(kedaluwarsa)")
    assert panel.nomor_edit.placeholderText() == "800.1.11.1/2/Dinkes/2026"


def test_paper_size_is_a_setting(widget, demo_services, qtbot):
    panel = widget.builder.documents
    index = panel.kertas_combo.findData("F4")
    panel.kertas_combo.setCurrentIndex(index)
    with qtbot.waitSignal(widget.data_changed) as blocker:
        panel.kertas_combo.activated.emit(index)
    assert blocker.args == [Changes(dokumen=True)]
    assert demo_services.naskah.pengaturan().tata_letak.kertas.value == "F4"


def test_a_new_team_has_no_documents_yet(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.new_team()
    panel = w.builder.documents
    assert not panel.draft_button.isEnabled() and not panel.final_button.isEnabled()
    assert "Simpan tim lebih dahulu" in panel.profile_label.text()


def test_missing_number_pattern_is_reported(widget, demo_services):
    pola = demo_services.naskah.pola_nomor(JenisNaskah.SURAT_TUGAS)
    demo_services.naskah.simpan_pola_nomor(dataclasses.replace(pola, kode_unit=""))
    panel = widget.builder.documents
    panel.set_kind(JenisNaskah.SK_KEPALA_PD)
    panel.set_kind(JenisNaskah.SURAT_TUGAS)
    assert any("Nomor naskah belum ada" in t for t in panel.readiness_texts())
    assert not panel.final_button.isEnabled()
    panel.nomor_edit.setText("800.1.11.1/77/Dinkes/2026")
    panel.update_readiness()
    assert panel.final_button.isEnabled()
