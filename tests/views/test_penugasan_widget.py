"""The Penugasan area: the register's model and filters (arah, lingkup, jenis, status, umur,
name/NIP), a request's page acting through the real service (approving step by step, refusing
only with a reason, the other instansi's answer recorded by the pemohon), its chain as a
timeline, and the count of *Perlu tindakan* on the area's navigation button."""

import datetime as dt

import pytest
from penugasan_uji import (
    FAJAR,
    KADIS,
    LUAR,
    RAHMAT,
    RINA,
    SRI,
    isi_permohonan,
)
from PySide6.QtCore import Qt

from sistemkerja_desktop.domain.penugasan import Aksi
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.views.main_window import MainWindow
from sistemkerja_desktop.views.penugasan import permohonan_page
from sistemkerja_desktop.views.penugasan.aksi_dialog import AksiDialog, Jawaban
from sistemkerja_desktop.views.penugasan.nav_badge import BADGE_ROLE
from sistemkerja_desktop.views.penugasan.penugasan_widget import PenugasanWidget
from sistemkerja_desktop.views.penugasan.register_model import (
    FilterRegister,
    Kolom,
    RegisterFilterProxyModel,
    RegisterModel,
)
from sistemkerja_desktop.views.penugasan.register_pane import RegisterPane

pytestmark = pytest.mark.gui

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def ids(demo_services):
    return isi_permohonan(demo_services)


@pytest.fixture
def answers(monkeypatch):
    """Replaces the action dialog: `answers.append(Jawaban|None)` for the next calls; each
    call's arguments are recorded in `answers.asked`."""

    class Answers(list):
        asked: list[dict]

    queue = Answers()
    queue.asked = []

    def fake_ask(cls, parent, aksi, judul, **kwargs):
        queue.asked.append({"aksi": aksi, "judul": judul, **kwargs})
        return queue.pop(0)

    monkeypatch.setattr(AksiDialog, "ask", classmethod(fake_ask))
    return queue


@pytest.fixture
def errors(monkeypatch):
    shown = []
    monkeypatch.setattr(permohonan_page, "show_error",
                        lambda parent, exc, title="": shown.append(exc.message))
    return shown


def _page(qtbot, svc, pid):
    pane = RegisterPane(svc)
    qtbot.addWidget(pane)
    pane.resize(1150, 700)
    pane.refresh()
    assert pane.open_permohonan(pid)
    return pane.page


def test_register_model_texts_and_filters(qtmodeltester, demo_services, ids):
    model = RegisterModel()
    model.set_rows(demo_services.penugasan.daftar())
    qtmodeltester.check(model)
    proxy = RegisterFilterProxyModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == 5
    row = model.row_of(ids["lama"])
    texts = [model.index(row, c).data() for c in Kolom]
    assert texts == [f"#{ids['lama']}", "2 Nov 2026", "Penunjukan", "Lintas unit", "Dalam",
                     "Rina Marlina, A.Md.KL.", "Bidang Kesehatan Masyarakat", "Menunggu",
                     "1. dr. Rahmat Hidayatullah, M.Kes.", "25 hari"]
    assert "Pimpinan Unit Organisasi pemilik kinerja" in model.index(
        row, Kolom.MENUNGGU).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, Kolom.UMUR).data(Qt.ItemDataRole.ForegroundRole).color().name() \
        == "#9b1c1c"  # waiting more than a week
    keluar = model.row_of(ids["keluar"])
    assert model.index(keluar, Kolom.ARAH).data() == "Keluar"
    assert model.index(keluar, Kolom.PEGAWAI).data() == "Budi Santoso, S.KM."

    def shown(**kw):
        proxy.set_filter(FilterRegister(**kw))
        return sorted(proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
                      for r in range(proxy.rowCount()))

    assert shown(arah="keluar") == [ids["keluar"]]
    assert shown(lingkup="lintas-unit") == sorted([ids["lama"], ids["baru"], ids["sukarela"]])
    assert shown(jenis="sukarela") == [ids["sukarela"]]
    assert shown(status="menunggu") == sorted(ids.values())
    assert shown(status="ditolak") == []
    assert shown(umur_min=8) == sorted([ids["lama"], ids["sukarela"], ids["keluar"]])
    assert shown(teks="rina") == [ids["lama"]]
    assert shown(teks=FAJAR) == [ids["baru"]]
    assert shown(teks=LUAR) == [ids["keluar"]]
    assert shown(teks="rahmat") == sorted([ids["lama"], ids["baru"], ids["dalam"],
                                           ids["keluar"]])  # the pemohon's name
    assert shown(teks="rahmat marlina") == [ids["lama"]]  # every word must match
    assert shown(lingkup="lintas-unit", umur_min=8, jenis="penunjukan") == [ids["lama"]]
    proxy.set_filter(FilterRegister())
    proxy.sort(Kolom.UMUR, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, Kolom.UMUR).data() for r in range(5)] == [
        "25 hari", "17 hari", "12 hari", "7 hari", "2 hari"]


def test_register_pane_combos_filter_and_open_a_page(qtbot, demo_services, ids):
    pane = RegisterPane(demo_services)
    qtbot.addWidget(pane)
    pane.refresh()
    assert pane.count_label.text() == "5 permohonan"
    assert [pane.umur_combo.itemText(i) for i in range(pane.umur_combo.count())] == [
        "Semua umur", "> 3 hari", "> 7 hari", "> 14 hari", "> 30 hari"]
    pane.umur_combo.setCurrentIndex(pane.umur_combo.findText("> 7 hari"))
    assert pane.proxy.rowCount() == 3 and pane.count_label.text() == "3 dari 5"
    pane.arah_combo.setCurrentIndex(pane.arah_combo.findData("keluar"))
    assert pane.proxy.rowCount() == 1
    pane.search_edit.setText("tidak ada orang ini")
    assert pane.proxy.rowCount() == 0
    pane.search_edit.clear()
    pane.umur_combo.setCurrentIndex(0)
    pane.arah_combo.setCurrentIndex(0)

    def ages():
        return [pane.proxy.index(r, Kolom.UMUR).data() for r in range(pane.proxy.rowCount())]

    assert pane.proxy.index(0, Kolom.NOMOR).data() == f"#{ids['keluar']}"  # newest first
    pane.table.sortByColumn(Kolom.UMUR, Qt.SortOrder.AscendingOrder)
    assert ages() == ["2 hari", "7 hari", "12 hari", "17 hari", "25 hari"]
    pane.refresh()  # a reload keeps the chosen order
    assert ages() == ["2 hari", "7 hari", "12 hari", "17 hari", "25 hari"]
    pane.arah_combo.setCurrentIndex(pane.arah_combo.findData("keluar"))
    pane.table.setCurrentIndex(pane.proxy.index(0, 0))
    assert pane.open_button.isEnabled()
    pane.open_button.click()
    assert pane.stack.currentIndex() == 1
    assert pane.page.detail.ringkas.id == ids["keluar"]
    assert pane.page.title.text() == f"Permohonan #{ids['keluar']} — Penunjukan lintas instansi"
    pane.back_button.click()
    assert pane.stack.currentIndex() == 0


def test_page_approves_step_by_step_through_the_service(qtbot, demo_services, ids, answers):
    page = _page(qtbot, demo_services, ids["lama"])
    visible = {a for a, b in page.buttons.items() if b.isVisibleTo(page)}
    assert visible == {Aksi.SETUJUI, Aksi.TOLAK, Aksi.BATALKAN}  # the step's own actions
    assert "Menunggu langkah 1" in page.next_label.text()
    assert page.timeline.current_row().step.urut == 1
    answers.append(Jawaban(RAHMAT, "", "800/7/P2P/2026", TODAY))
    with qtbot.waitSignal(page.acted) as blocker:
        page.buttons[Aksi.SETUJUI].click()
    asked = answers.asked[0]
    assert asked["oleh_nip"] == RAHMAT and not asked["ask_actor"]  # the holder acts
    assert asked["letter"] == "Surat permohonan"
    assert blocker.args[1] == Changes(penugasan=True)
    step1 = page.detail.langkah[0]
    assert (step1.keputusan, step1.surat_nomor, step1.tanggal) == (
        "setuju", "800/7/P2P/2026", TODAY)
    assert page.timeline.current_row().step.urut == 2
    assert "Menunggu langkah 2" in page.next_label.text() and "Sri Rahayuningsih" in \
        page.next_label.text()
    assert "Setuju" in page.timeline.rows[0].label.text()
    assert "800/7/P2P/2026" in page.timeline.rows[0].label.text()

    answers.append(Jawaban(SRI, "pegawai dapat dilepas Desember", "", TODAY))
    page.buttons[Aksi.SETUJUI].click()
    assert answers.asked[1]["oleh_nip"] == SRI and not answers.asked[1]["ask_actor"]
    assert page.detail.ringkas.status == "disetujui"
    assert page.status_chip.text() == "Disetujui"
    assert "Disetujui" in page.next_label.text()
    assert not any(b.isVisibleTo(page) for b in page.buttons.values())
    assert page.timeline.current_row() is None
    assert demo_services.penugasan.detail(ids["lama"]).langkah[1].catatan == \
        "pegawai dapat dilepas Desember"


def test_a_refusal_needs_its_reason(qtbot, demo_services, ids, answers, errors):
    dialog = AksiDialog(Aksi.TOLAK, "Tolak — langkah 1", oleh_nip=RAHMAT, ask_actor=False,
                        people=[], today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.submit()  # no reason: stays open, says so
    assert dialog.error.isVisibleTo(dialog) and "Alasan penolakan wajib diisi" in \
        dialog.error.text()
    dialog.note_edit.setPlainText("  pegawai sedang   menyusun laporan triwulan ")
    assert dialog.submit()
    assert dialog.answer().catatan == "pegawai sedang menyusun laporan triwulan"

    page = _page(qtbot, demo_services, ids["baru"])
    page.record(Aksi.TOLAK, Jawaban(RAHMAT, "", "", TODAY))  # the service refuses as well
    assert errors and "wajib disertai alasan" in errors[0]
    assert demo_services.penugasan.detail(ids["baru"]).ringkas.status == "menunggu"

    answers.append(None)  # Batal: nothing recorded
    page.buttons[Aksi.TOLAK].click()
    assert page.detail.ringkas.status == "menunggu"
    answers.append(Jawaban(RAHMAT, "pegawai sedang menyusun laporan triwulan", "", TODAY))
    page.buttons[Aksi.TOLAK].click()
    assert page.detail.ringkas.status == "ditolak"
    assert page.status_chip.text() == "Ditolak"
    assert "pegawai sedang menyusun laporan triwulan" in page.next_label.text()
    assert "Alasan: pegawai sedang menyusun laporan triwulan" in \
        page.timeline.rows[0].label.text()
    assert "tidak dilanjutkan" in page.timeline.rows[1].label.text()  # never reached
    assert "Surat" not in page.timeline.rows[0].label.text()  # no letter of a refused step


def test_not_the_waited_for_person_is_told_who_it_waits_for(qtbot, demo_services, ids, answers,
                                                            errors):
    page = _page(qtbot, demo_services, ids["lama"])
    assert not page.record(Aksi.SETUJUI, Jawaban(RINA, "", "", TODAY))
    assert errors and "Rahmat Hidayatullah" in errors[0]
    assert page.detail.ringkas.status == "menunggu"


def test_the_other_instansi_answer_is_recorded_by_the_pemohon(qtbot, demo_services, ids,
                                                              answers):
    page = _page(qtbot, demo_services, ids["keluar"])
    answers.append(Jawaban(KADIS, "", "800/9/Dinkes/2026", TODAY))
    page.buttons[Aksi.SETUJUI].click()
    assert not answers.asked[0]["ask_actor"] and answers.asked[0]["oleh_nip"] == KADIS
    # step 2 belongs to the province: its answer is entered from its letter, by the pemohon
    visible = {a for a, b in page.buttons.items() if b.isVisibleTo(page)}
    assert {Aksi.TERUSKAN, Aksi.TOLAK} <= visible and Aksi.SETUJUI not in visible
    assert "instansi lain" in page.next_label.text()
    answers.append(Jawaban(RAHMAT, "surat PyB provinsi diterima", "", TODAY))
    page.buttons[Aksi.TERUSKAN].click()
    asked = answers.asked[1]
    assert asked["ask_actor"] and asked["oleh_nip"] == RAHMAT  # proposed, asked to confirm
    steps = page.detail.langkah
    assert [s.keputusan for s in steps] == ["setuju", "diteruskan", "menunggu"]
    rows = page.timeline.rows
    assert len(rows) == 3 and rows[2].current
    assert "Instansi lain" in rows[1].label.text() and "Diteruskan" in rows[1].label.text()
    assert "Dicatat oleh" in rows[1].label.text()


def test_badge_on_the_navigation_counts_perlu_tindakan(qtbot, demo_services, ids):
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    item = window.navigation.item(MainWindow.AREA_PENUGASAN)
    assert item.text() == "Penugasan"
    assert item.data(BADGE_ROLE) == 3  # Rahmat: waited on longest (lama, baru, dalam)
    demo_services.penugasan.setujui(ids["dalam"], oleh_nip=RAHMAT)
    window.data_changed.emit(Changes(penugasan=True))  # done elsewhere (the CLI, another area)
    assert item.data(BADGE_ROLE) == 2
    area = window.penugasan  # built on first use; its inbox keeps the count
    assert isinstance(area, PenugasanWidget)
    assert area.inbox.set_person(SRI)
    assert item.data(BADGE_ROLE) == 1
    assert area.tabs.tabText(area.TAB_INBOX) == "Perlu tindakan (1)"
    other = MainWindow(demo_services)  # the choice is remembered
    qtbot.addWidget(other)
    assert other.navigation.item(MainWindow.AREA_PENUGASAN).data(BADGE_ROLE) == 1


def test_no_badge_without_requests(qtbot, demo_services):
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert not window.navigation.item(MainWindow.AREA_PENUGASAN).data(BADGE_ROLE)
    area = window.penugasan
    assert area.inbox.model.rowCount() == 0 and area.register.model.rowCount() == 0
    assert area.tabs.tabText(area.TAB_INBOX) == "Perlu tindakan"


def _ringkas_rows(n):
    """`n` register rows of every kind, ages 0–59 days (no database: the view's own cost)."""
    from sistemkerja_desktop.services.penugasan_dto import MenungguRow, PermohonanRingkas

    kinds = [("penunjukan", "dalam-unit", "dalam"), ("penunjukan", "lintas-unit", "dalam"),
             ("sukarela", "lintas-unit", "dalam"), ("penunjukan", "lintas-instansi", "keluar"),
             ("penunjukan", "lintas-instansi", "masuk")]
    statuses = ["menunggu", "menunggu", "disetujui", "ditolak", "dibatalkan"]
    rows = []
    for i in range(n):
        jenis, lingkup, arah = kinds[i % 5]
        status = statuses[(i // 5) % 5]
        nip = f"19{i:016d}"
        wait = MenungguRow(1, "Kepala Perangkat Daerah", "kita", RAHMAT, "dr. Rahmat", "Kepala",
                           1, RAHMAT, "dr. Rahmat") if status == "menunggu" else None
        rows.append(PermohonanRingkas(
            id=i + 1, jenis=jenis, lingkup=lingkup, arah=arah, status=status, pegawai=(nip,),
            pegawai_nama=f"Pegawai Nomor {i}", oleh_nip=RAHMAT, oleh_nama="dr. Rahmat",
            unit_pemohon="Bidang P2P", tujuan="Bidang Kesmas", tim_id=None,
            tanggal=TODAY - dt.timedelta(days=i % 60), umur_hari=i % 60, menunggu=wait,
            maksud="m"))
    return rows


def test_filters_at_5000_requests_count_right(qtbot):
    """Every filter and the inbox's sort on 5,000 rows give the right rows (the time they take is
    measured in benchmarks/penugasan.py, not asserted here)."""
    model = RegisterModel()
    model.set_rows(_ringkas_rows(5000))
    proxy = RegisterFilterProxyModel()
    proxy.setSourceModel(model)
    filters = [FilterRegister(arah="keluar"), FilterRegister(lingkup="lintas-unit"),
               FilterRegister(jenis="sukarela"), FilterRegister(status="menunggu"),
               FilterRegister(umur_min=8), FilterRegister(teks="nomor 4999"),
               FilterRegister(teks=RAHMAT, status="ditolak", umur_min=31), FilterRegister()]
    aged = sum(i % 60 >= 8 for i in range(5000))
    expected = [1000, 2000, 1000, 2000, aged, 1, None, 5000]
    for f, want in zip(filters, expected, strict=True):
        proxy.set_filter(f)
        if want is not None:
            assert proxy.rowCount() == want, f
    proxy.sort(Kolom.UMUR, Qt.SortOrder.DescendingOrder)  # the inbox's order
    assert proxy.index(0, Kolom.UMUR).data() == "59 hari"
