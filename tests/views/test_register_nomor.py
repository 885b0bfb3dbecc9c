"""Issue #8 item 3 in the GUI: an interrupted issuance shows in the team's documents tab and in
the register (Pengaturan naskah dinas → Penomoran) as *belum selesai*, and is resumed with the
same number or voided with a required reason."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from sistemkerja_desktop.domain.errors import StorageError
from sistemkerja_desktop.domain.penomoran import JenisNaskah
from sistemkerja_desktop.services.document_service import DocumentService
from sistemkerja_desktop.services.naskah_settings import StatusNomor
from sistemkerja_desktop.services.penerbitan import PenerbitanTertunda
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.teams import documents_panel, nomor_actions
from sistemkerja_desktop.views.teams.naskah_settings_dialog import NaskahSettingsDialog
from sistemkerja_desktop.views.teams.nomor_actions import AlasanBatalDialog
from sistemkerja_desktop.views.teams.numbering_editor import Kolom, NumberingEditor
from sistemkerja_desktop.views.teams.teams_widget import TeamsWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def disk_full(monkeypatch):
    """Final PDFs fail as on a full disk (drafts still work); call the result to undo."""
    real = DocumentService._write

    def write(self, k, jenis, path, draf, invariant):
        if draf:
            return real(self, k, jenis, path, draf, invariant)
        raise StorageError(f"Disk penuh: {path} tidak dapat ditulis")

    monkeypatch.setattr(DocumentService, "_write", write)
    return lambda: monkeypatch.setattr(DocumentService, "_write", real)


@pytest.fixture
def errors(monkeypatch):
    shown = []
    for module in (documents_panel, nomor_actions):
        monkeypatch.setattr(module, "show_error",
                            lambda parent, exc, title="": shown.append((title, exc)))
    return shown


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    asked = []

    def choose(parent, kind, title, name, **kw):
        asked.append((title, name, kw))
        return tmp_path / name

    monkeypatch.setattr(output, "choose_output_path", choose)
    return asked


@pytest.fixture
def widget(qtbot, demo_services):
    w = TeamsWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1080, 820)
    w.select_team(1)
    w.builder.tabs.setCurrentIndex(w.builder.TAB_DOKUMEN)
    return w


def _interrupt(widget, qtbot, jenis=JenisNaskah.SURAT_TUGAS):
    panel = widget.builder.documents
    panel.set_kind(jenis)
    assert panel.final_button.isEnabled()
    with qtbot.waitSignal(widget.data_changed, timeout=30000):
        panel.final_button.click()
    return widget.builder.documents


def test_an_interrupted_issue_is_shown_and_resumed_with_the_same_number(
        widget, demo_services, qtbot, disk_full, errors, chosen, done, tmp_path):
    panel = _interrupt(widget, qtbot)
    [(title, exc)] = errors
    assert title == "Naskah tidak dapat dicetak" and isinstance(exc, PenerbitanTertunda)
    nomor = exc.nomor
    assert nomor == "800.1.11.1/1/Dinkes/2026" and "Disk penuh" in exc.message
    box = panel.reservasi
    assert not box.isHidden() and box.list.count() == 1
    assert nomor in box.list.item(0).text() and "belum selesai" in box.list.item(0).text()
    assert box.resume_button.isEnabled() and box.void_button.isEnabled()
    assert not panel.final_button.isEnabled() and panel.draft_button.isEnabled()
    assert any(nomor in t and "belum selesai" in t for t in panel.readiness_texts())
    assert panel.doc_model.rowCount() == 0  # not an issued document
    widget.grab().save(str(tmp_path / "reservasi.png"))

    disk_full()
    with qtbot.waitSignal(widget.data_changed, timeout=30000):
        box.resume_button.click()
    (_title, name, kw) = chosen[-1]  # chosen[0]: the interrupted final print
    assert name == "tim-kerja-percepatan-penurunan-stunting-tahun-2026-surat-tugas.pdf"
    assert kw == {"protected": (demo_services.db_path,)}
    qtbot.waitUntil(lambda: bool(done))
    [(path, text)] = done
    assert text == f"Surat Tugas diterbitkan dengan nomor {nomor}."
    assert nomor in " ".join(p.extract_text() for p in PdfReader(path).pages)
    panel = widget.builder.documents
    assert panel.reservasi.isHidden() and panel.doc_model.rowCount() == 1
    assert panel.doc_model.index(0, 1).data() == nomor
    assert demo_services.naskah.register()[0].status is StatusNomor.TERBIT
    assert len(errors) == 1


def test_voiding_from_the_team_needs_a_reason_and_frees_the_team(
        widget, demo_services, qtbot, disk_full, errors, chosen, monkeypatch):
    panel = _interrupt(widget, qtbot, JenisNaskah.SK_KEPALA_PD)
    nomor = errors[0][1].nomor
    disk_full()
    monkeypatch.setattr(AlasanBatalDialog, "ask", classmethod(lambda cls, parent, row: None))
    panel.reservasi.void_button.click()  # cancelled: nothing changes
    assert demo_services.naskah.register()[0].status is StatusNomor.BELUM_SELESAI
    monkeypatch.setattr(AlasanBatalDialog, "ask",
                        classmethod(lambda cls, parent, row: "tertutup saat mencetak"))
    with qtbot.waitSignal(widget.data_changed):
        panel.reservasi.void_button.click()
    [row] = demo_services.naskah.register()
    assert (row.nomor, row.status, row.alasan_batal) == (nomor, StatusNomor.BATAL,
                                                          "tertutup saat mencetak")
    panel = widget.builder.documents
    assert panel.reservasi.isHidden() and panel.final_button.isEnabled()
    assert panel.nomor_edit.placeholderText() == "100.3.3/2/Dinkes/2026"


def test_the_reason_dialog_requires_a_reason(qtbot, demo_services, tmp_path):
    row, _ = demo_services.naskah.catat_nomor(JenisNaskah.SURAT_TUGAS, None,
                                              tanggal=dt.date(2026, 7, 16))
    dialog = AlasanBatalDialog(row)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled() and dialog.ok_button.text() == "Batalkan nomor"
    dialog.alasan_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.alasan_edit.setText(" dobel ")
    assert dialog.ok_button.isEnabled() and dialog.alasan() == "dobel"


def _register_states(svc, tmp_path, monkeypatch):
    """One number of each status: terbit (team 3), belum selesai (team 1), batal (hand)."""
    svc.dokumen.cetak_surat_tugas(3, tmp_path / "st3.pdf")
    real = DocumentService._write

    def full(*_args):
        raise StorageError("Disk penuh")

    monkeypatch.setattr(DocumentService, "_write", full)
    with pytest.raises(PenerbitanTertunda) as err:
        svc.dokumen.cetak_surat_tugas(1, tmp_path / "st1.pdf")
    monkeypatch.setattr(DocumentService, "_write", real)
    hand, _ = svc.naskah.catat_nomor(JenisNaskah.SURAT_TUGAS, None, perihal="Surat luar")
    svc.naskah.batalkan_nomor(hand.nomor, "salah ketik")
    return err.value.nomor


def test_register_shows_the_status_and_resumes_or_voids(qtbot, qtmodeltester, demo_services,
                                                        tmp_path, monkeypatch, errors, chosen,
                                                        done):
    nomor = _register_states(demo_services, tmp_path, monkeypatch)
    editor = NumberingEditor(demo_services)
    qtbot.addWidget(editor)
    editor.resize(820, 520)
    qtmodeltester.check(editor.model)
    m = editor.model
    assert m.headerData(Kolom.STATUS, Qt.Orientation.Horizontal) == "Status"
    by_nomor = {m.index(r, Kolom.NOMOR).data(): r for r in range(m.rowCount())}
    status = {n: m.index(r, Kolom.STATUS).data() for n, r in by_nomor.items()}
    assert status == {"800.1.11.1/1/Dinkes/2026": "Terbit", nomor: "Belum selesai",
                      "800.1.11.1/3/Dinkes/2026": "Batal: salah ketik"}
    colours = {n: m.index(r, Kolom.STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name()
               for n, r in by_nomor.items()}
    assert colours == {"800.1.11.1/1/Dinkes/2026": "#2e6b30", nomor: "#9a5b00",
                       "800.1.11.1/3/Dinkes/2026": "#9b1c1c"}
    assert "1 nomor belum selesai" in editor.pending_label.text()
    editor.show()
    qtbot.waitExposed(editor)
    editor.grab().save(str(tmp_path / "register.png"))

    def select(n):
        editor.table.setCurrentIndex(m.index(by_nomor[n], 0))

    select("800.1.11.1/1/Dinkes/2026")  # issued with a team document: neither action
    assert not editor.resume_button.isEnabled() and not editor.void_button.isEnabled()
    select("800.1.11.1/3/Dinkes/2026")  # already void
    assert not editor.resume_button.isEnabled() and not editor.void_button.isEnabled()
    select(nomor)
    assert editor.resume_button.isEnabled() and editor.void_button.isEnabled()
    with qtbot.waitSignal(editor.register_changed, timeout=30000):
        editor.resume_button.click()
    qtbot.waitUntil(lambda: bool(done))
    assert done[0][0] == tmp_path / "st1.pdf"
    assert nomor in " ".join(p.extract_text() for p in PdfReader(done[0][0]).pages)
    row = {r.nomor: r for r in demo_services.naskah.register()}[nomor]
    assert row.status is StatusNomor.TERBIT and errors == []
    assert editor.pending_label.text() == ""


def test_voiding_in_the_register_marks_the_settings_changed(qtbot, demo_services, tmp_path,
                                                            monkeypatch, errors):
    nomor = _register_states(demo_services, tmp_path, monkeypatch)
    dialog = NaskahSettingsDialog(demo_services)
    qtbot.addWidget(dialog)
    editor = dialog.numbering
    m = editor.model
    row = next(r for r in range(m.rowCount()) if m.index(r, Kolom.NOMOR).data() == nomor)
    editor.table.setCurrentIndex(m.index(row, 0))
    monkeypatch.setattr(AlasanBatalDialog, "ask", classmethod(lambda cls, parent, r: "rusak"))
    with qtbot.waitSignal(editor.register_changed):
        editor.void_button.click()
    assert dialog.changed and errors == []
    assert m.index(row, Kolom.STATUS).data() == "Batal: rusak"
    assert not editor.void_button.isEnabled()
    assert dialog.unsaved_description() is None  # an action, not an unsaved edit
