"""The Bagan Organisasi area with the demo agency: drops judged by the profile (refused with the
Pasal, confirmed, remembered TMT/dasar), undo/redo, save, search, collapse/focus, history,
findings, keyboard, level of detail, export, and closing with unsaved moves."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from sistemkerja_desktop.views.orgchart import moves
from sistemkerja_desktop.views.orgchart.dialogs import DataPindah, PindahDialog

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def widget(orgchart_widget):
    return orgchart_widget


@pytest.fixture
def dialog(monkeypatch):
    """PindahDialog.ask answers TMT today, a dasar, and records how often it was asked."""
    asked = []

    def ask(cls, parent, ringkasan, tmt, dasar=""):
        asked.append(ringkasan)
        return DataPindah(tmt, "800.1.3/11/2026", ingat=len(asked) == 1 and ask.ingat)

    ask.ingat = False
    monkeypatch.setattr(PindahDialog, "ask", classmethod(ask))
    return ask, asked


def _pid(w, nama):
    return next(p.id for p in w.document.struktur.pegawai if p.nama == nama)


def _pos(w, nama):
    return next(p.id for p in w.document.struktur.positions if p.nama == nama)


def _card_key(w, nama):
    return w.document.bagan.kartu_pegawai[_pid(w, nama)][0][1].key


def _group_of(w, nama):
    bagan = w.document.bagan
    node_id = bagan.kartu_pegawai[_pid(w, nama)][0][0]
    return bagan.nodes[bagan.nodes[node_id].induk].judul


def test_the_chart_shows_every_card_findings_and_legend(widget, demo_services):
    letak = widget.scene.letak
    assert set(widget.scene.cards) == set(letak.kartu)
    assert len(widget.scene.nodes) == len(letak.node)
    assert widget.panel.model.rowCount() == len(demo_services.agency.periksa())
    assert "galat" in widget.panel.counts.text()
    assert widget.status_label.text().startswith(f"{len(widget.document.bagan.kartu_pegawai)} "
                                                 "pegawai")
    vacant = widget.scene.nodes[next(n.id for n in widget.document.bagan.nodes.values()
                                     if n.judul == "Subbagian Perencanaan dan Pelaporan")]
    assert vacant.lencana.galat > 0  # a badge on the unit whose PPK is vacant
    assert not widget.unsaved_banner.isVisible() and not widget.bar.save_button.isEnabled()


def test_a_hard_rule_refuses_the_drop_and_quotes_the_pasal(widget, dialog):
    _ask, asked = dialog
    ok = widget.flow.pindahkan([_pid(widget, "Fajar Nugroho")],
                               _pos(widget, "Kepala Subbagian Perencanaan dan Pelaporan"))
    assert not ok and asked == []  # refused before asking for TMT/dasar
    text = widget.alert_banner.label.text()
    assert widget.alert_banner.isVisible() and "Perpindahan ditolak" in text
    assert "Pasal" in text and "kosong" in text
    assert widget.document.undo_stack.count() == 0
    assert widget.flow.nilai_sasaran([_pid(widget, "Fajar Nugroho")], _pos(
        widget, "Kepala Subbagian Perencanaan dan Pelaporan"))[0] == 3


def test_a_soft_rule_asks_and_can_be_declined(widget, dialog, monkeypatch):
    answers = []
    monkeypatch.setattr(moves, "konfirmasi_peringatan",
                        lambda parent, findings: answers.append(findings) or False)
    s = widget.document.struktur
    madya = next(p for p in s.pegawai if p.jabatan and p.jabatan.jenjang
                 and p.jabatan.jenjang.value == "Ahli Madya"
                 and s.ppk_of(p.id, TODAY)[0].nama.startswith("Kepala Dinas"))
    kabid = _pos(widget, "Kepala Bidang Pelayanan Kesehatan")
    assert widget.flow.nilai_sasaran([madya.id], kabid)[0] == 2
    assert not widget.flow.pindahkan([madya.id], kabid)
    assert [f.kode for f in answers[0]] == ["JF_MADYA_UTAMA_BUKAN_JPT"]
    assert widget.document.undo_stack.count() == 0
    monkeypatch.setattr(moves, "konfirmasi_peringatan", lambda parent, findings: True)
    assert widget.flow.pindahkan([madya.id], kabid)
    assert widget.document.undo_stack.count() == 1


def test_move_undo_redo_and_save(widget, dialog, qtbot, demo_services):
    fajar = _pid(widget, "Fajar Nugroho")
    yankes = _pos(widget, "Kepala Bidang Pelayanan Kesehatan")
    assert widget.flow.nilai_sasaran([fajar], yankes)[0] == 1
    assert widget.flow.pindahkan([fajar, _pid(widget, "Retno")],
                                 _pos(widget, "Kepala Bidang Pelayanan Kesehatan"))
    assert _group_of(widget, "Fajar Nugroho") == "Bidang Pelayanan Kesehatan"
    banner = widget.unsaved_banner
    assert banner.isVisible() and "2 perpindahan" in banner.label.text()
    assert widget.has_unsaved_changes() and widget.undo_action.isEnabled()
    widget.undo_action.trigger()
    assert _group_of(widget, "Fajar Nugroho") == "Bidang Kesehatan Masyarakat"
    assert not widget.unsaved_banner.isVisible()
    widget.redo_action.trigger()
    with qtbot.waitSignal(widget.data_changed) as blocker:
        assert widget.simpan()
    assert blocker.args[0].kedudukan and not widget.has_unsaved_changes()
    rows = {r.nama: r for r in demo_services.pegawai.rows()}
    assert rows["Fajar Nugroho, S.KM."].ppk.startswith("Kepala Bidang Pelayanan Kesehatan")


def test_tmt_and_dasar_are_remembered_for_a_batch(widget, dialog):
    ask, asked = dialog
    ask.ingat = True
    yankes = _pos(widget, "Kepala Bidang Pelayanan Kesehatan")
    assert widget.flow.pindahkan([_pid(widget, "Fajar Nugroho")], yankes)
    assert widget.flow.pindahkan([_pid(widget, "Retno")], yankes)
    assert len(asked) == 1  # the second move used the remembered TMT and dasar
    assert "dipakai untuk perpindahan berikutnya" in widget.unsaved_banner.label.text()
    assert {r.dasar for r in widget.document.pending()[1]} == {"800.1.3/11/2026"}


def test_dropping_cards_with_the_mouse(widget, dialog, qtbot):
    view = widget.view
    view.set_skala(1.0)
    key = _card_key(widget, "Fajar Nugroho")
    card = widget.scene.cards[key]
    view.centerOn(card)
    start = view.mapFromScene(card.sceneBoundingRect().center())
    target_node = widget.document.bagan.ppk_node[_pos(widget, "Kepala Bidang Kesehatan Masyarakat")]
    # drop on another card of the same group: nothing to do; on the Kepala Seksi-less P2P Kabid
    p2p = widget.document.bagan.ppk_node[_pos(widget, "Kepala Bidang Pencegahan dan Pengendalian "
                                                      "Penyakit")]
    target = widget.scene.nodes[p2p]
    view.centerOn(target)
    start = view.mapFromScene(card.sceneBoundingRect().center())
    end = view.mapFromScene(target.sceneBoundingRect().center())
    if not view.viewport().rect().contains(start):  # both on screen at a smaller zoom
        view.set_skala(0.5)
        view.centerOn((card.sceneBoundingRect().center() + target.sceneBoundingRect().center()) / 2)
        start = view.mapFromScene(card.sceneBoundingRect().center())
        end = view.mapFromScene(target.sceneBoundingRect().center())
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(12, 12))
    qtbot.mouseMove(vp, end)
    assert view.ghost.isVisible() and view.ghost.tingkat == 1
    assert target.sasaran == 1
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    assert not view.ghost.isVisible() and target.sasaran == 0
    assert _group_of(widget, "Fajar Nugroho") == "Bidang Pencegahan dan Pengendalian Penyakit"
    assert target_node in widget.document.bagan.nodes


def test_search_highlights_and_centres_and_opens_collapsed_branches(widget):
    p2p = widget.document.bagan.ppk_node[_pos(widget, "Kepala Bidang Pencegahan dan Pengendalian "
                                                      "Penyakit")]
    widget.toggle(p2p)
    assert widget.scene.letak.ciut == {p2p}
    key = _card_key(widget, "Retno")
    assert key not in widget.scene.cards
    widget.bar.search_edit.setText("retno")
    assert widget.cari.matches and widget.bar.count_label.text() == "1 dari 1"
    assert key in widget.scene.cards and widget.scene.cards[key].aktif  # branch opened
    centre = widget.view.mapToScene(widget.view.viewport().rect().center())
    near = widget.scene.cards[key].sceneBoundingRect().adjusted(-200, -200, 200, 200)
    assert near.contains(centre)
    nip = widget.document.struktur.pegawai_by_id[_pid(widget, "Retno")].nip
    widget.bar.search_edit.setText(nip)
    assert [k for _n, k in widget.cari.matches] == [key]
    widget.bar.search_edit.setText("perawat")
    n = len(widget.cari.matches)
    assert n > 3 and widget.bar.count_label.text() == f"1 dari {n}"
    widget.cari.lompat(-1)
    widget.cari.lompat(-1)
    assert widget.bar.count_label.text() == f"{n - 1} dari {n}"
    assert sum(c.cocok for c in widget.scene.cards.values()) == n
    widget.bar.search_edit.setText("")
    assert not any(c.cocok for c in widget.scene.cards.values())


def test_collapse_focus_and_show_all(widget):
    bagan = widget.document.bagan
    root = bagan.akar[0]
    widget.toggle(root)
    assert set(widget.scene.nodes) == {root}
    assert widget.scene.nodes[root].tersembunyi == len(bagan.kartu_pegawai) - 1
    widget.toggle(root)
    sek = next(n.id for n in bagan.nodes.values() if n.judul == "Sekretariat")
    widget.fokus_cabang(sek)
    assert set(widget.scene.nodes) == {sek, *bagan.urutan(bagan.nodes[sek].anak)}
    assert widget.focus_banner.isVisible() and "Sekretariat" in widget.focus_banner.label.text()
    widget.tampilkan_semua()
    assert len(widget.scene.nodes) == len(bagan.nodes) and not widget.focus_banner.isVisible()


def test_as_of_date_control_shows_history(widget):
    assert _group_of(widget, "Fajar Nugroho") == "Bidang Kesehatan Masyarakat"
    widget.bar.date_edit.setDate(QDate(2023, 6, 1))
    assert widget.document.tanggal == dt.date(2023, 6, 1)
    assert _group_of(widget, "Fajar Nugroho") == "Bidang Pencegahan dan Pengendalian Penyakit"
    assert "1 Juni 2023" in widget.status_label.text()
    assert widget.bar.date_edit.text() == "1 Jun 2023"  # Indonesian month names
    widget.bar.today_button.click()
    assert widget.document.tanggal == TODAY


def test_clicking_a_finding_centres_on_its_card(widget):
    model = widget.panel.model
    row = next(i for i in range(model.rowCount()) if model.finding_at(i).kode == "PPK_GANDA")
    finding = model.finding_at(row)
    widget.view.set_skala(0.3)
    widget.panel.select(row)
    key = widget.scene.fokus
    card = widget.scene.cards[key]
    assert card.kartu.pegawai_id == finding.pegawai_id and card.aktif
    assert widget.view.skala() >= 0.8
    centre = widget.view.mapToScene(widget.view.viewport().rect().center())
    assert card.sceneBoundingRect().adjusted(-150, -150, 150, 150).contains(centre)
    assert finding.pesan in widget.ekspor.tooltip(key)


def test_keyboard_navigation_and_zoom_levels(widget, qtbot):
    view = widget.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = widget.scene.fokus
    assert first is not None
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert widget.scene.fokus not in (None, first)
    qtbot.keyClick(view, Qt.Key.Key_0)  # fit
    view.set_skala(0.1)
    assert widget.scene.ringkas
    group = next(i for i in widget.scene.nodes.values() if hasattr(i, "wadah"))
    assert not group.wadah.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    view.set_skala(1.0)
    assert not widget.scene.ringkas and group.wadah.isVisible()


def test_exports_pdf_and_png(widget, tmp_path, demo_services):
    pdf = tmp_path / "bagan.pdf"
    hasil = demo_services.bagan.ekspor_pdf(pdf, widget.document.bagan, kertas="f4")
    assert len(PdfReader(pdf).pages) == hasil.halaman
    png = tmp_path / "bagan.png"
    assert widget.ekspor.simpan_png(png) > 0.5
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_the_pdf_export_can_be_cancelled_and_then_writes_nothing(widget, tmp_path, monkeypatch):
    """The chart PDF runs with Batal on its progress dialog (output_task's own tests cover the
    Batal mechanics); cancelling raises at the next page report, and the exporter's temporary
    file keeps the target untouched (tests/exporters/test_bagan_pdf.py)."""
    from sistemkerja_desktop.views.common.output_task import Cancelled
    from sistemkerja_desktop.views.orgchart import dialogs, ekspor_aksi

    target = tmp_path / "keluar.pdf"
    monkeypatch.setattr(dialogs.EksporPdfDialog, "ask", classmethod(
        lambda cls, parent, cakupan: dialogs.OpsiEkspor("a4", "otomatis")))
    monkeypatch.setattr(ekspor_aksi, "choose_output_path", lambda *a: target)
    started = []
    monkeypatch.setattr(ekspor_aksi, "run_output",
                        lambda parent, label, work, **kw: started.append((work, kw)))
    widget.ekspor.pdf(None)
    (work, kw), = started
    assert kw["cancellable"] and kw["on_cancelled"] is not None

    def batal(done, total):
        raise Cancelled

    with pytest.raises(Cancelled):
        work(batal)
    assert not target.exists() and not list(tmp_path.glob(".keluar-*"))


def test_closing_with_unsaved_moves_asks(widget, dialog, monkeypatch):
    assert widget.maybe_save()  # nothing to ask
    widget.flow.pindahkan([_pid(widget, "Fajar Nugroho")],
                          _pos(widget, "Kepala Bidang Pelayanan Kesehatan"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    assert not widget.maybe_save() and widget.has_unsaved_changes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    assert widget.maybe_save() and not widget.has_unsaved_changes()


def test_ctrl_click_selects_several_and_the_list_alternative_moves_them(widget, dialog, qtbot,
                                                                          monkeypatch):
    view = widget.view
    view.set_skala(1.0)
    first = widget.scene.cards[_card_key(widget, "Retno")]
    second = widget.scene.cards[_card_key(widget, "Dewi Anggraeni")]
    view.centerOn(first)
    for card in (first, second):
        pos = view.mapFromScene(card.sceneBoundingRect().center())
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, pos)
    assert first.isSelected() and second.isSelected()
    chosen = []

    def ask(cls, parent, ringkasan, pilihan):
        chosen.append((ringkasan, pilihan))
        return _pos(widget, "Sekretaris Dinas")

    monkeypatch.setattr(moves.PilihPpkDialog, "ask", classmethod(ask))
    assert widget.flow.pindahkan_terpilih()
    assert "2 pegawai" in chosen[0][0] and len(chosen[0][1]) == len(
        widget.document.struktur.positions)
    assert widget.document.undo_stack.count() == 1
    assert _group_of(widget, "Retno") == _group_of(widget, "Dewi Anggraeni") == "Sekretariat"
