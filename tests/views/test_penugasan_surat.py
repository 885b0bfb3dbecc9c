"""The *Surat* section of a request's page: the letters its chain produces with their state; a
draft is written without a number, a final one takes the register's next number (or the one
typed), records it on the step and the page reloads; a letter not ready says why and its final
button is disabled."""

import datetime as dt
import re

import pytest
from penugasan_uji import isi_permohonan
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices

from sistemkerja_desktop.domain.penugasan import JenisSurat
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.penugasan import surat_panel
from sistemkerja_desktop.views.penugasan.permohonan_page import PermohonanPage

pytestmark = pytest.mark.gui

HAL = "Permohonan Pelibatan Pejabat Fungsional dan/atau Pelaksana"


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


@pytest.fixture
def ids(demo_services):
    return isi_permohonan(demo_services)


@pytest.fixture
def page(qtbot, demo_services):
    p = PermohonanPage(demo_services)
    qtbot.addWidget(p)
    p.resize(1160, 700)
    return p


def _text(path):
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def _nama(svc, pid):
    return svc.penugasan.detail(pid).pegawai[0].nama


def test_the_section_lists_the_chains_letters_with_their_state(page, ids, demo_services):
    assert page.show_permohonan(ids["lama"])
    panel = page.surat
    assert list(panel.rows) == [JenisSurat.PERMOHONAN, JenisSurat.PENUGASAN]
    siap = panel.rows[JenisSurat.PERMOHONAN]
    assert siap.item.state == surat_panel.SIAP and siap.final_button.isEnabled()
    assert siap.state_label.text() == "Siap dicetak final (langkah 1)"

    belum = panel.rows[JenisSurat.PENUGASAN]
    assert belum.item.state == surat_panel.BELUM
    assert belum.state_label.text() == "Belum dapat dicetak"
    assert not belum.final_button.isEnabled() and belum.draft_button.isEnabled()
    assert "diterbitkan setelah permohonan disetujui" in belum.reasons.text()
    assert not belum.reasons.isHidden()
    assert "setelah permohonan disetujui" in belum.final_button.toolTip()
    assert "setelah permohonan disetujui" in belum.state_label.toolTip()

    # a request within one unit has no surat permohonan (only the penugasan)
    assert page.show_permohonan(ids["dalam"])
    assert list(page.surat.rows) == [JenisSurat.PENUGASAN]


def test_a_draft_is_written_without_a_number(page, ids, demo_services, qtbot, user_dirs, done,
                                             opened):
    page.show_permohonan(ids["lama"])
    row = page.surat.rows[JenisSurat.PERMOHONAN]
    with qtbot.waitSignal(page.surat.printed, timeout=30000) as blocker:
        row.draft_button.click()
    result = blocker.args[0]
    assert result.draf and result.nomor == "" and not result.dokumen_baru
    assert result.berkas.exists() and result.berkas.is_relative_to(user_dirs)
    text = _text(result.berkas)
    assert HAL in text and "DRAF" in text
    assert _nama(demo_services, ids["lama"]) in text
    qtbot.waitUntil(lambda: bool(done))
    assert done[0][0] == result.berkas and done[0][1].startswith("Draf Surat Permohonan Penugasan")
    assert demo_services.naskah.register() == []  # a draft takes no number
    assert page.detail.langkah[0].surat_nomor == ""
    assert opened == []  # opened only through the message's "Buka"


def test_a_final_takes_the_next_number_and_the_step_shows_it(page, ids, demo_services, qtbot,
                                                             tmp_path, monkeypatch, done):
    page.show_permohonan(ids["lama"])
    proposed = "800.1/1/Dinkes/2026"  # the Surat Tugas's kode unit, borrowed
    assert surat_panel.usul_nomor(demo_services, JenisSurat.PERMOHONAN,
                                  dt.date(2026, 11, 27)) == proposed
    asked, chosen = [], []
    monkeypatch.setattr(surat_panel.NomorDialog, "ask", classmethod(
        lambda cls, parent, judul, usul, today, tanpa_nomor: asked.append(
            (judul, usul, tanpa_nomor)) or (None, dt.date(2026, 11, 27))))
    pdf = tmp_path / "surat-permohonan.pdf"
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name, protected=(): chosen.append(
                            (kind, name, tuple(protected))) or pdf)
    with qtbot.waitSignal(page.surat_issued, timeout=30000):
        page.surat.rows[JenisSurat.PERMOHONAN].final_button.click()
    assert asked == [("Surat permohonan", proposed, False)]
    assert chosen == [("pdf", f"permohonan-{ids['lama']}-surat-permohonan.pdf",
                       (demo_services.db_path,))]
    text = _text(pdf)
    assert HAL in text and proposed in text and "DRAF" not in text
    assert _nama(demo_services, ids["lama"]) in text
    # recorded on the step, in the register; the reloaded page shows it
    step = demo_services.penugasan.detail(ids["lama"]).langkah[0]
    assert (step.surat_nomor, step.surat_tanggal) == (proposed, dt.date(2026, 11, 27))
    assert [r.nomor for r in demo_services.naskah.register()] == [proposed]
    assert page.detail.langkah[0].surat_nomor == proposed
    row = page.surat.rows[JenisSurat.PERMOHONAN]
    assert row.item.state == surat_panel.TERBIT
    assert row.state_label.text() == f"Terbit — nomor {proposed}, 27 November 2026"
    assert row.final_button.text() == "Cetak ulang…"
    qtbot.waitUntil(lambda: bool(done))
    assert done == [(pdf, f"Surat Permohonan Penugasan dicetak dengan nomor {proposed}.")]

    # another request, the number typed: taken as is
    page.show_permohonan(ids["baru"])
    monkeypatch.setattr(surat_panel.NomorDialog, "ask", classmethod(
        lambda cls, *a, **k: ("800.1/77/Dinkes/2026", dt.date(2026, 11, 26))))
    with qtbot.waitSignal(page.surat_issued, timeout=30000):
        page.surat.rows[JenisSurat.PERMOHONAN].final_button.click()
    text = _text(pdf)
    assert "800.1/77/Dinkes/2026" in text and _nama(demo_services, ids["baru"]) in text
    assert page.detail.langkah[0].surat_nomor == "800.1/77/Dinkes/2026"
    assert sorted(r.nomor for r in demo_services.naskah.register()) == sorted(
        [proposed, "800.1/77/Dinkes/2026"])


def test_cancelling_the_number_question_writes_nothing(page, ids, demo_services, monkeypatch,
                                                       tmp_path):
    page.show_permohonan(ids["lama"])
    monkeypatch.setattr(surat_panel.NomorDialog, "ask", classmethod(lambda cls, *a, **k: None))
    monkeypatch.setattr(output, "choose_output_path",
                        lambda *a, **k: pytest.fail("no file asked after a cancel"))
    page.surat.rows[JenisSurat.PERMOHONAN].final_button.click()
    assert not page.surat.busy and demo_services.naskah.register() == []


def test_the_number_dialog_proposes_the_registers_next(qtbot):
    d = surat_panel.NomorDialog(None, "Surat permohonan", "800.1/3/Dinkes/2026",
                                dt.date(2026, 11, 27), tanpa_nomor=False)
    qtbot.addWidget(d)
    assert d.nomor_edit.placeholderText() == "800.1/3/Dinkes/2026"
    assert d.answer() == (None, dt.date(2026, 11, 27))
    d.nomor_edit.setText(" 800/9/X/2026 ")
    assert d.answer()[0] == "800/9/X/2026"


def test_a_refused_request_offers_the_answer_of_refusal(page, ids, demo_services):
    from penugasan_uji import RAHMAT

    demo_services.penugasan.tolak(ids["baru"], oleh_nip=RAHMAT, alasan="Beban kerja penuh",
                                  tanggal=dt.date(2026, 11, 26))
    page.show_permohonan(ids["baru"])
    rows = page.surat.rows
    assert JenisSurat.PENUGASAN not in rows  # a refusal assigns no one
    jawaban = rows[JenisSurat.JAWABAN]
    assert jawaban.title.text() == "<b>Surat jawaban (penolakan)</b>"
    assert jawaban.item.state == surat_panel.SIAP and jawaban.final_button.isEnabled()
