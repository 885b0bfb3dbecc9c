"""Writing a report in place: the author opens *Tulis laporan…* on a period, sends it (or keeps
a draf and sends it later from the page); the dialog checks what the regulation asks before
sending — not empty, progress 0–100, no permasalahan without its alternatif rekomendasi — and
builds the content and the capaian per indicator."""

import datetime as dt

import pytest
from laporan_view_uji import KETUA, PUO, bangun, cell, sel_at

from sistemkerja_desktop.domain.laporan import IsiLaporan
from sistemkerja_desktop.services.laporan_dto import CapaianItem
from sistemkerja_desktop.views.laporan.kirim_dialog import (
    Awal,
    Kiriman,
    KirimDialog,
    capaian_awal,
)
from sistemkerja_desktop.views.laporan.laporan_pane import LaporanPane

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 11, 27)
INDIKATOR = (CapaianItem("Rujukan tepat waktu", "", 7, "95", "%"),)


@pytest.fixture
def ag(services):
    return bangun(services)


@pytest.fixture
def pane(qtbot, services, ag):
    w = LaporanPane(services)
    qtbot.addWidget(w)
    w.resize(1150, 680)
    w.refresh()
    return w


@pytest.fixture
def kiriman(monkeypatch):
    queue, asked = [], []

    def fake(cls, parent, judul, ket, *, awal, today):
        asked.append((judul, awal, today))
        return queue.pop(0)

    monkeypatch.setattr(KirimDialog, "ask", classmethod(fake))
    return queue, asked


def test_the_author_sends_in_place(pane, services, ag, kiriman):
    queue, asked = kiriman
    pane.set_person(KETUA)
    assert sel_at(pane.strip, 0, "Mar 2026")
    page = pane.page
    assert page.detail is None and page.tulis_button.isVisibleTo(page)
    isi = IsiLaporan(progres=35, narasi="Pendataan rujukan berjalan.")
    queue.append(Kiriman(isi, (), (), True, dt.date(2026, 4, 2)))
    assert page.tulis()
    assert asked[0][0] == "Laporan Maret 2026 — Tim Kerja Uji Rujukan"
    assert cell(pane.strip, 0, "Mar 2026") == ("Dikirim", "tempo 7 Apr")
    r = page.detail.ringkas
    assert (r.status, r.progres, r.dikirim) == ("dikirim", 35, dt.date(2026, 4, 2))
    assert r.menunggu.nip == PUO  # the reviewer's Perlu tindakan has it
    assert [t.laporan.id for t in services.laporan.perlu_tindakan(PUO)] == [r.id]


def test_a_draf_then_kirim_from_the_page(pane, services, ag, kiriman):
    queue, _ = kiriman
    pane.set_person(KETUA)
    assert sel_at(pane.strip, 0, "Apr 2026")
    queue.append(Kiriman(IsiLaporan(progres=50, narasi="Separuh jalan."), (), (), False,
                         TODAY))
    assert pane.page.tulis()
    assert cell(pane.strip, 0, "Apr 2026")[0] == "Terlambat"  # a draf past due is still late
    page = pane.page
    assert page.detail.ringkas.status == "draf"
    assert page.kirim_button.isVisibleTo(page)
    assert page.tulis_button.text() == "Lanjutkan draf…"
    assert page.kirim_draf()
    assert page.detail.ringkas.status == "dikirim"
    assert cell(pane.strip, 0, "Apr 2026")[0] == "Dikirim"


def test_someone_else_cannot_write_the_ketuas_report(pane, services, ag):
    pane.set_person(PUO)
    assert sel_at(pane.strip, 0, "Mar 2026")
    page = pane.page
    assert not page.tulis_button.isVisibleTo(page)
    assert "Hanya pelapor, <b>Kurniawati</b>" in page.next_label.text()
    assert page.as_button.text() == "Bertindak sebagai Kurniawati"


def test_the_dialog_checks_before_sending(qtbot):
    awal = Awal(capaian=capaian_awal(INDIKATOR, ()), catatan="Lengkapi capaian")
    d = KirimDialog("Laporan Maret 2026", "", awal=awal, today=TODAY)
    qtbot.addWidget(d)
    assert d.capaian_table.rowCount() == 1 and d.capaian_table.item(0, 1).text() == "95 %"
    assert not d.submit(True)  # empty
    assert "isi laporan masih kosong" in d.error.text()
    d.progres_spin.setValue(60)
    d.masalah_edit.setPlainText("Data puskesmas belum lengkap")
    assert not d.submit(True)
    assert "alternatif rekomendasi" in d.error.text()
    assert d.submit(False)  # a draf is kept as it is
    d.rekomendasi_edit.setPlainText("Minta data bulan lalu")
    d.set_capaian(0, "91 %")
    d.narasi_edit.setPlainText("Rujukan berjalan.")
    assert d.submit(True)
    got = d.hasil()
    assert got.kirim and got.tanggal == TODAY
    assert got.isi == IsiLaporan(60, "Rujukan berjalan.", "Data puskesmas belum lengkap",
                                 "Minta data bulan lalu", (("Rujukan tepat waktu", "91 %"),))
    assert got.capaian == ((7, "Rujukan tepat waktu", "91 %"),)


def test_capaian_rows_keep_what_was_entered():
    sudah = (CapaianItem("Rujukan tepat waktu", "80 %", 7), CapaianItem("Lain", "ada"))
    rows = capaian_awal(INDIKATOR, sudah)
    assert [(c.indikator, c.capaian, c.target) for c in rows] == [
        ("Rujukan tepat waktu", "80 %", "95"), ("Lain", "ada", "")]
