"""*Perlu tindakan*: the people something waits for (the longest-waiting first, remembered once
chosen), what waits for the chosen one with its age in days, oldest first, and acting in place —
the list then moves on to the next request."""

import datetime as dt

import pytest
from penugasan_uji import KADIS, RAHMAT, SRI, YULIANA, isi_permohonan

from sistemkerja_desktop.domain.penugasan import Aksi
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.penugasan import perlu_tindakan
from sistemkerja_desktop.views.penugasan.aksi_dialog import AksiDialog, Jawaban
from sistemkerja_desktop.views.penugasan.inbox_card import card_lines
from sistemkerja_desktop.views.penugasan.inbox_widget import InboxWidget
from sistemkerja_desktop.views.penugasan.register_model import ID_ROLE, PERMOHONAN_ROLE

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def ids(demo_services):
    return isi_permohonan(demo_services)


@pytest.fixture
def inbox(qtbot, demo_services, ids):
    w = InboxWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1150, 700)
    w.refresh()
    return w


@pytest.fixture
def answers(monkeypatch):
    queue = []

    def fake_ask(cls, parent, aksi, judul, **kwargs):
        return queue.pop(0)

    monkeypatch.setattr(AksiDialog, "ask", classmethod(fake_ask))
    return queue


def _shown(w):
    return [w.proxy.index(r, 0).data(ID_ROLE) for r in range(w.proxy.rowCount())]


def _ages(w):
    return [w.proxy.index(r, 0).data(PERMOHONAN_ROLE).umur_hari
            for r in range(w.proxy.rowCount())]


def test_people_waited_on_longest_first_and_what_waits_oldest_first(inbox, ids, qtmodeltester):
    combo = inbox.person_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [RAHMAT, SRI, KADIS]
    assert combo.itemText(0) == ("dr. Rahmat Hidayatullah, M.Kes. — Kepala Bidang Pencegahan "
                                 "dan Pengendalian Penyakit (3)")
    assert inbox.nip() == RAHMAT  # nothing remembered yet: the one waited on longest
    qtmodeltester.check(inbox.proxy)
    assert _shown(inbox) == [ids["lama"], ids["baru"], ids["dalam"]]
    assert _ages(inbox) == [25, 7, 2]
    assert inbox.count_label.text() == "3 menunggu"
    assert inbox.page.detail.ringkas.id == ids["lama"]  # the oldest is opened
    title, kind, step = card_lines(inbox.proxy.index(0, 0).data(PERMOHONAN_ROLE))
    assert title == f"#{ids['lama']} · Rina Marlina, A.Md.KL."
    assert kind == "Penunjukan lintas unit · Bidang Kesehatan Masyarakat"
    assert step == "1. Pimpinan Unit Organisasi pemilik kinerja"
    assert inbox.set_person(SRI)
    assert _shown(inbox) == [ids["sukarela"]] and _ages(inbox) == [17]


def test_acting_in_place_moves_on_to_the_next_request(qtbot, inbox, ids, answers,
                                                      demo_services):
    answers.append(Jawaban(RAHMAT, "", "800/7/P2P/2026", TODAY))
    counts = []
    inbox.count_changed.connect(counts.append)
    with qtbot.waitSignal(inbox.data_changed) as blocker:
        inbox.page.buttons[Aksi.SETUJUI].click()
    assert blocker.args == [Changes(penugasan=True)]
    assert counts == [2]
    assert _shown(inbox) == [ids["baru"], ids["dalam"]]  # lama now waits for Sri
    assert inbox.page.detail.ringkas.id == ids["baru"]  # the next one, ready to act on
    assert inbox.count_label.text() == "2 menunggu"
    combo = inbox.person_combo
    assert combo.itemText(combo.findData(RAHMAT)).endswith("(2)")
    assert combo.itemText(combo.findData(SRI)).endswith("(2)")  # lama reached her step
    assert demo_services.penugasan.detail(ids["lama"]).langkah[0].surat_nomor == \
        "800/7/P2P/2026"


def test_refusing_in_place_needs_and_keeps_the_reason(inbox, ids, answers, demo_services):
    answers.append(Jawaban(RAHMAT, "pegawai sedang menyusun laporan", "", TODAY))
    inbox.page.buttons[Aksi.TOLAK].click()
    assert _shown(inbox) == [ids["baru"], ids["dalam"]]
    d = demo_services.penugasan.detail(ids["lama"])
    assert d.ringkas.status == "ditolak"
    assert d.langkah[0].catatan == "pegawai sedang menyusun laporan"


def test_the_choice_is_remembered(qtbot, inbox, demo_services):
    assert inbox.set_person(KADIS)
    assert perlu_tindakan.remembered_nip() == KADIS
    again = InboxWidget(demo_services)
    qtbot.addWidget(again)
    again.refresh()
    assert again.nip() == KADIS
    assert perlu_tindakan.badge_count(demo_services) == (1, KADIS)
    assert again.set_person(YULIANA)  # nothing waits for her: listed with 0
    assert again.model.rowCount() == 0 and again.count_label.text() == "0 menunggu"
    assert again.person_combo.currentText().endswith("(0)")
    assert "Tidak ada yang perlu ditindaklanjuti" in again.page.empty.text()


def test_someone_else_s_inbox_offers_no_cancelling(inbox, ids):
    assert inbox.set_person(SRI)  # the sukarela of Yuliana waits for her PUO
    page = inbox.page
    assert page.detail.ringkas.id == ids["sukarela"]
    assert page.buttons[Aksi.SETUJUI].isVisibleTo(page)
    assert not page.buttons[Aksi.BATALKAN].isVisibleTo(page)
    inbox.set_person(RAHMAT)  # his own requests: he may cancel them
    assert page.buttons[Aksi.BATALKAN].isVisibleTo(page)


def test_an_empty_data_file_has_nobody_to_wait_for(qtbot, demo_services):
    w = InboxWidget(demo_services)
    qtbot.addWidget(w)
    w.refresh()
    assert w.person_combo.count() == 0 and w.nip() == ""
    assert w.model.rowCount() == 0
    assert w.table.property("empty_text") == \
        "Belum ada permohonan yang menunggu tindakan siapa pun."
