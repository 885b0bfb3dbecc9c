"""A report's page: the review chain with holders and Pasal, reviewing in place (Terima passes it
on or accepts it; Kembalikan only with a note), the wrong reviewer told who may act (and offered
to act as that person), *Minta laporan…* and *Nyatakan selesai…* refused with the reason."""

import datetime as dt

import pytest
from laporan_view_uji import KADIS, KETUA, PUO, bangun, cell, kirim, sel_at

from sistemkerja_desktop.views.laporan import tim_aksi
from sistemkerja_desktop.views.laporan.laporan_pane import LaporanPane
from sistemkerja_desktop.views.laporan.permintaan import MintaDialog, MintaJawaban, SelesaiDialog
from sistemkerja_desktop.views.laporan.tinjau_dialog import Tinjauan, TinjauDialog

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 11, 27)


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
def answers(monkeypatch):
    queue = []
    monkeypatch.setattr(TinjauDialog, "ask",
                        classmethod(lambda cls, parent, terima, *a, **k: queue.pop(0)))
    return queue


def _open(pane, services, ag):
    """The ketua's February report, sent; its page open."""
    r = kirim(services, ag)
    pane.refresh()
    assert sel_at(pane.strip, 0, "Feb 2026")
    assert pane.page.detail.ringkas.id == r.id
    return r


def test_the_chain_shows_its_holders_and_pasal(pane, services, ag):
    _open(pane, services, ag)
    page = pane.page
    assert [row.step.peran for row in page.rantai.rows] == [
        "Pimpinan Unit Organisasi pemilik kinerja"]
    current = page.rantai.current_row()
    assert "Pejabat Pelayanan (Kepala Bidang Pelayanan)" in current.label.text()
    assert "Pasal 13(2)" in current.label.text()
    assert "Dikirim" in page.riwayat_label.text() and "Kurniawati" in page.riwayat_label.text()
    assert page.status_chip.text() == "Dikirim"


def test_the_reviewer_accepts_in_place(pane, services, ag, answers):
    r = _open(pane, services, ag)
    pane.set_person(PUO)
    page = pane.page
    assert page.terima_button.isVisibleTo(page) and page.kembalikan_button.isVisibleTo(page)
    assert not page.as_button.isVisibleTo(page)
    answers.append(Tinjauan(True, "", dt.date(2026, 3, 9)))
    acted = []
    pane.data_changed.connect(acted.append)
    assert page.tinjau(True)
    assert acted and acted[0].laporan
    assert services.laporan.detail(r.id).ringkas.status == "diterima"
    assert cell(pane.strip, 0, "Feb 2026") == ("Diterima", "tempo 6 Mar")
    assert page.detail.ringkas.id == r.id and page.status_chip.text() == "Diterima"
    assert "Diterima" in page.next_label.text()
    assert not page.terima_button.isVisibleTo(page)


def test_the_wrong_reviewer_sees_who_may_act(pane, services, ag, answers):
    _open(pane, services, ag)
    pane.set_person(KADIS)
    page = pane.page
    text = page.next_label.text()
    assert "<b>Hendra Wijaya</b> tidak memegang langkah ini" in text
    assert "Pejabat Pelayanan — Pimpinan Unit Organisasi pemilik kinerja" in text
    assert f"NIP {PUO}" in text and "Pasal 13(2)" in text
    assert not page.terima_button.isVisibleTo(page)
    assert page.as_button.text() == "Bertindak sebagai Pejabat Pelayanan"
    page.as_button.click()
    assert pane.nip() == PUO
    assert page.terima_button.isVisibleTo(page)


def test_returning_requires_a_note(qtbot, pane, services, ag, answers):
    dialog = TinjauDialog(False, "Kembalikan", "", today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.submit()
    assert "wajib" in dialog.error.text() and not dialog.error.isHidden()
    dialog.note_edit.setPlainText("Lengkapi  capaian")
    assert dialog.submit() and dialog.hasil().catatan == "Lengkapi capaian"
    assert TinjauDialog(True, "Terima", "", today=TODAY).submit()  # accepting: note optional

    r = _open(pane, services, ag)
    pane.set_person(PUO)
    answers.append(Tinjauan(False, "Lengkapi capaian indikator", dt.date(2026, 3, 9)))
    assert pane.page.tinjau(False)
    assert services.laporan.detail(r.id).ringkas.status == "perlu-perbaikan"
    assert cell(pane.strip, 0, "Feb 2026")[0] == "Perbaikan"
    pane.set_person(KETUA)  # the author: repair it
    page = pane.page
    assert "Lengkapi capaian indikator" in page.next_label.text()
    assert page.tulis_button.isVisibleTo(page)
    assert page.tulis_button.text() == "Perbaiki laporan…"


def test_nyatakan_selesai_says_why_not(pane, services, ag, monkeypatch):
    shown = []
    monkeypatch.setattr(SelesaiDialog, "ask", classmethod(
        lambda cls, parent, nama, info, alasan: shown.append((info, list(alasan)))))
    pane.set_person(KETUA)
    assert not pane.nyatakan_selesai()
    info, alasan = shown[0]
    assert info.pemegang_nip == KADIS
    assert alasan[0].startswith("Kurniawati bukan Pejabat Level 1; yang menyatakan selesai: "
                                "Hendra Wijaya")
    assert "laporan Februari 2026 belum dikirim" in alasan
    pane.set_person(KADIS)
    pane.nyatakan_selesai()
    assert not any("bukan" in a for a in shown[1][1])  # the official: only the reports


def test_minta_laporan_only_by_the_allowed_role(pane, services, ag, monkeypatch):
    errors = []
    monkeypatch.setattr(tim_aksi, "show_error", lambda parent, exc, title="": errors.append(
        exc.message))
    monkeypatch.setattr(MintaDialog, "ask", classmethod(
        lambda cls, *a, **k: MintaJawaban("ketua", None, dt.date(2026, 12, 4), "")))
    pane.set_person(KETUA)
    assert not pane.minta()
    assert "tidak berwenang" in errors[0] and "Pimpinan Unit Organisasi" in errors[0]
    pane.set_person(PUO)
    assert pane.minta()
    assert cell(pane.strip, 0, "Sewaktu-waktu\ns.d. 4 Des 2026")[0] == "Belum"


def test_selesai_dialog_passes_the_results_up_level_by_level(qtbot):
    # A level below the closing official acts next (berjenjang): the dialog shows the way up
    # and its button passes the results on instead of closing the work.
    from sistemkerja_desktop.services.laporan_dto import PenutupanInfo
    from sistemkerja_desktop.views.laporan.permintaan import alasan_tidak_bisa

    info = PenutupanInfo(
        peran="Kepala Perangkat Daerah", sebutan="Kepala Perangkat Daerah", dasar="Lampiran I",
        pemegang_nip=KADIS, pemegang_nama="Hendra Wijaya", bisa=True,
        rantai=(("Kepala Seksi Rujukan", "Sari Seksi", "selesai"),
                ("Kepala Bidang Pelayanan", "Pejabat Pelayanan", "menunggu"),
                ("Kepala Dinas Uji", "Hendra Wijaya", "akan datang")),
        berikut_nip=PUO, berikut_nama="Pejabat Pelayanan",
        berikut_jabatan="Kepala Bidang Pelayanan", aksi="teruskan")
    dialog = SelesaiDialog("Tim Uji", info, [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert "Teruskan hasil" in [b.text() for b in dialog.buttons.buttons()] and ok
    text = dialog.rantai_label.text()
    assert text.index("Kepala Seksi") < text.index("Kepala Bidang") < text.index("Kepala Dinas")
    assert dialog.rantai_label.isVisibleTo(dialog)
    assert alasan_tidak_bisa(info, PUO, "Pejabat Pelayanan") == []
    why = alasan_tidak_bisa(info, KADIS, "Hendra Wijaya")
    assert len(why) == 1 and "menunggu Kepala Bidang Pelayanan" in why[0]
    assert "meneruskan hasilnya" in why[0]
