"""The Laporan area: per team and per person, the timeline of periods with status chips as they
stand at the chosen date (lateness included), *Perlu tindakan* of the chosen person, the badge on
the area's button, and Penugasan's *Perlu tindakan* pointing here."""

import datetime as dt

import pytest
from laporan_view_uji import KETUA, NIP, PUO, bangun, cell, heads, kirim, lanes

from sistemkerja_desktop.domain.laporan import jatuh_tempo
from sistemkerja_desktop.views.laporan import penunggu
from sistemkerja_desktop.views.laporan.laporan_pane import LaporanPane
from sistemkerja_desktop.views.laporan.laporan_widget import LaporanWidget
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.penugasan.inbox_widget import InboxWidget
from sistemkerja_desktop.views.penugasan.nav_badge import BADGE_ROLE

pytestmark = pytest.mark.gui

BULAN = ["Feb 2026", "Mar 2026", "Apr 2026", "Mei 2026", "Jun 2026", "Jul 2026", "Agu 2026",
         "Sep 2026", "Okt 2026", "Nov 2026"]


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


def test_per_team_timeline_of_periods_with_chips(pane, ag, services, qtmodeltester):
    assert pane.mode() == LaporanPane.MODE_TIM
    qtmodeltester.check(pane.proxy)
    assert [e.judul for e in pane.model.entri] == ["Tim Kerja Uji Rujukan"]
    strip = pane.strip
    qtmodeltester.check(strip.grid)
    assert heads(strip) == BULAN
    assert lanes(strip)[0] == "Laporan tim (ketua)\nKurniawati"
    assert {x.split("\n")[1] for x in lanes(strip)[1:]} == {"Andi Anggota", "Setyo Disetujui"}
    # nothing sent: every ketua report past due is late by today − due date
    late = (dt.date(2026, 11, 27) - jatuh_tempo(dt.date(2026, 3, 31))).days
    assert cell(strip, 0, "Mar 2026") == ("Terlambat", f"+{late} hari")
    assert cell(strip, 0, "Nov 2026") == ("Belum", "tempo 7 Des")  # due 7 Dec: not late yet
    assert pane.model.entri[0].chip == "9 terlambat"
    # the page opens on the period running today
    assert strip.current_sel().kolom.judul == "November 2026"
    assert pane.page.title.text() == "Laporan November 2026 — Tim Kerja Uji Rujukan"


def test_chips_follow_the_chosen_date(pane, ag, services):
    kirim(services, ag, 1, dt.date(2026, 3, 10))  # due 6 March: sent 4 days late
    kirim(services, ag, 2, dt.date(2026, 4, 1))  # due 7 April: on time
    pane.refresh()
    strip = pane.strip
    assert cell(strip, 0, "Feb 2026") == ("Dikirim", "+4 hari")
    assert cell(strip, 0, "Mar 2026") == ("Dikirim", "tempo 7 Apr")
    pane.set_tanggal(dt.date(2026, 4, 10))
    assert pane.tanggal == dt.date(2026, 4, 10)
    assert cell(strip, 0, "Apr 2026") == ("Belum", "tempo 7 Mei")
    assert cell(strip, 0, "Mei 2026")[0] == "Belum dimulai"  # a period not begun on that date
    late = (dt.date(2026, 4, 10) - jatuh_tempo(dt.date(2026, 2, 28))).days
    assert cell(strip, 1, "Feb 2026") == ("Terlambat", f"+{late} hari")  # a member's report
    pane.set_tanggal(dt.date(2026, 5, 12))
    assert cell(strip, 0, "Apr 2026") == ("Terlambat", "+5 hari")  # due 7 May, not sent
    assert strip.current_sel().kolom.judul == "Mei 2026"  # the period running on 12 May


def test_per_person_with_search(pane, ag, services, qtmodeltester):
    pane.set_mode(LaporanPane.MODE_PEGAWAI)
    qtmodeltester.check(pane.proxy)
    names = [e.judul for e in pane.model.entri]
    assert "Irma Individu" in names and "Kurniawati" in names
    pane.search.setText("irma")
    assert pane.proxy.rowCount() == 1
    assert pane.current_entry().judul == "Irma Individu"
    assert lanes(pane.strip) == [f"Penugasan individu\nPenugasan individu #{ag.permohonan_id}"]
    assert heads(pane.strip) == ["Mar 2026", "Apr 2026", "Mei 2026", "Jun 2026"]
    pane.set_tanggal(dt.date(2026, 6, 15))
    pane.search.setText("kurniawati")  # her team's periods not begun yet are columns too
    assert lanes(pane.strip) == ["Laporan tim (ketua)\nTim Kerja Uji Rujukan"]
    assert heads(pane.strip) == BULAN
    assert cell(pane.strip, 0, "Jul 2026")[0] == "Belum dimulai"


def test_perlu_tindakan_of_the_reviewer_and_the_badge(qtbot, services, ag):
    r = kirim(services, ag)
    penunggu.remember_nip(PUO)
    w = LaporanWidget(services)
    qtbot.addWidget(w)
    counts = []
    w.badge_changed.connect(lambda n, nip: counts.append((n, nip)))
    w.refresh()
    assert w.pane.nip() == PUO
    assert counts[-1] == (services.laporan.jumlah_perlu_tindakan(PUO), PUO) == (1, PUO)
    assert w.open_tindakan(PUO, r.id)
    e = w.pane.current_entry()
    assert (e.judul, e.chip) == ("Februari 2026", "Tinjau")
    assert w.pane.mode_buttons.button(LaporanPane.MODE_TINDAKAN).text() == "Perlu tindakan (1)"
    assert w.pane.page.detail.ringkas.id == r.id
    assert w.pane.page.terima_button.isVisibleTo(w.pane.page)


def test_main_window_badge_and_the_link_from_penugasan(qtbot, services, ag):
    r = kirim(services, ag)
    penunggu.remember_nip(PUO)
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.navigation.item(MainWindow.AREA_LAPORAN).data(BADGE_ROLE) == 1
    inbox = InboxWidget(services)
    qtbot.addWidget(inbox)
    inbox.refresh()
    assert inbox.set_person(PUO)
    assert inbox.laporan_link.text().startswith("1 laporan menunggu tinjauan")
    asked = []
    inbox.laporan_requested.connect(lambda nip, lid: asked.append((nip, lid)))
    inbox.laporan_link.linkActivated.emit("laporan")
    assert asked == [(PUO, r.id)]
    window.open_laporan(PUO, r.id)  # what the main window does with it
    assert window.pages.currentIndex() == MainWindow.AREA_LAPORAN
    page = window.pages.widget(MainWindow.AREA_LAPORAN)
    assert page.pane.page.detail.ringkas.id == r.id
    # the ketua's side: reports due or late, no review
    assert inbox.set_person(KETUA)
    assert "laporan jatuh tempo" in inbox.laporan_link.text()
    assert NIP["kadis"] != PUO
