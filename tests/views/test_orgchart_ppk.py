"""Issue 7 on the chart: the PPK named in the card's tooltip and reachable with *Lihat PPK* (and
from other areas by NIP), unsaved moves reported through the shell's Simpan/Buang/Batal
protocol, unit blocks when zoomed out (semantic zoom), Indonesian finding labels, and exports
that end with Buka / Buka folder."""

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QPainter

from sistemkerja_desktop.domain.findings import finding_label
from sistemkerja_desktop.views.common import unsaved
from sistemkerja_desktop.views.common.unsaved import Choice, UnsavedEdits
from sistemkerja_desktop.views.orgchart import ekspor_aksi
from sistemkerja_desktop.views.orgchart.dialogs import DataPindah, OpsiEkspor, PindahDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(orgchart_widget):
    return orgchart_widget


def _pegawai(w, nama):
    return next(p for p in w.document.struktur.pegawai if p.nama == nama)


def _card_key(w, nama):
    return w.document.bagan.kartu_pegawai[_pegawai(w, nama).id][0][1].key


def test_the_card_tooltip_names_the_ppk(widget):
    key = _card_key(widget, "Fajar Nugroho")
    ppk = widget.document.bagan.kartu_ppk(widget.scene.cards[key].kartu)
    assert ppk is not None and not ppk.kosong
    tip = widget.ekspor.tooltip(key)
    assert f"PPK: {ppk.jabatan} — {ppk.nama}" in tip


def test_lihat_ppk_selects_and_centres_the_ppk_card(widget):
    key = _card_key(widget, "Fajar Nugroho")
    ppk = widget.document.bagan.kartu_ppk(widget.scene.cards[key].kartu)
    menu = widget.context_menu(key)
    action = next(a for a in menu.actions() if a.objectName() == "lihat_ppk")
    assert action.text() == "Lihat PPK" and action.isEnabled()
    widget.view.set_skala(0.2)
    action.trigger()
    assert widget.scene.fokus == ppk.key
    view = widget.view
    centre = view.mapToScene(view.viewport().rect().center())
    card = widget.scene.cards[ppk.key]
    assert view.skala() >= 0.8
    assert card.sceneBoundingRect().adjusted(-150, -150, 150, 150).contains(centre)


def test_other_areas_jump_to_a_person_or_their_ppk_by_nip(widget):
    fajar = _pegawai(widget, "Fajar Nugroho")
    assert widget.show_pegawai(fajar.nip_tampil)  # printed form, with spaces
    assert widget.scene.fokus == _card_key(widget, "Fajar Nugroho")
    assert widget.scene.cards[widget.scene.fokus].isSelected()
    assert widget.show_ppk_of(fajar.nip)
    leader = widget.scene.cards[widget.scene.fokus].kartu
    assert leader.key.startswith("p") and leader.jabatan.startswith("Kepala Bidang")
    assert not widget.show_pegawai("000000000000000000")


def test_unsaved_moves_follow_the_shell_protocol(widget, monkeypatch):
    assert isinstance(widget, UnsavedEdits)
    assert widget.unsaved_description() is None
    monkeypatch.setattr(PindahDialog, "ask", classmethod(
        lambda cls, parent, ringkasan, tmt, dasar="": DataPindah(tmt, "800/1", ingat=False)))
    target = next(p.id for p in widget.document.struktur.positions
                  if p.nama == "Kepala Bidang Pelayanan Kesehatan")
    widget.flow.pindahkan([_pegawai(widget, "Fajar Nugroho").id], target)
    assert widget.unsaved_description() == "1 perpindahan kedudukan di bagan"
    asked = []

    def ask(parent, description, action=""):
        asked.append((description, action))
        return Choice.BATAL

    monkeypatch.setattr(unsaved, "ask_save_discard_cancel", ask)
    assert not widget.maybe_save("menutup aplikasi")
    assert asked == [("1 perpindahan kedudukan di bagan", "menutup aplikasi")]
    widget.discard_unsaved()
    assert widget.unsaved_description() is None and not widget.has_unsaved_changes()
    widget.flow.pindahkan([_pegawai(widget, "Fajar Nugroho").id], target)
    assert widget.save_unsaved() and widget.unsaved_description() is None


def test_zoomed_out_the_chart_shows_unit_blocks_with_names_and_counts(widget):
    view, scene = widget.view, widget.scene
    view.set_skala(0.1)
    assert scene.mode_blok and scene.blok.isVisible()
    assert not any(item.isVisible() for item in scene.nodes.values())
    assert not view.renderHints() & QPainter.RenderHint.Antialiasing  # all axis-aligned
    names = {b.nama: b for b in scene.blok.blok}
    bidang = names["Pelayanan Kesehatan"]  # "Bidang" shared by the siblings is left out
    assert bidang.jumlah == len(widget.document.bagan._orang[bidang.node_id]) - sum(
        len(widget.document.bagan._orang[c]) for c in widget.document.bagan.nodes[
            bidang.node_id].anak if c.startswith("u"))
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    assert image.width() > 0
    assert "Bidang Pelayanan Kesehatan" in widget.ekspor.tooltip(bidang.node_id)
    view.set_skala(1.0)
    assert not scene.mode_blok and not scene.blok.isVisible()
    assert all(item.isVisible() for item in scene.nodes.values())
    assert view.renderHints() & QPainter.RenderHint.Antialiasing


def test_side_panel_shows_the_indonesian_label_with_the_code_in_the_tooltip(widget):
    model = widget.panel.model
    row = next(i for i in range(model.rowCount()) if model.finding_at(i).kode == "PPK_GANDA")
    index = model.index(row, 0)
    label, pesan = model.data(index).split("\n", 1)
    assert label == finding_label("PPK_GANDA") != "PPK_GANDA"
    assert pesan == model.finding_at(row).pesan
    assert "PPK_GANDA" in model.data(index, 3)  # ToolTipRole
    assert [c for c in range(4) if not widget.panel.table.isColumnHidden(c)] == [0]


def test_exports_choose_the_file_and_end_with_buka(widget, tmp_path, monkeypatch, qtbot):
    done = []
    monkeypatch.setattr(ekspor_aksi, "choose_output_path",
                        lambda parent, kind, title, name: tmp_path / f"keluar.{kind}")
    monkeypatch.setattr(ekspor_aksi, "show_output_done",
                        lambda parent, path, text="": done.append((path, text)))
    monkeypatch.setattr(ekspor_aksi.EksporPdfDialog, "ask",
                        classmethod(lambda cls, parent, cakupan: OpsiEkspor("a4", "otomatis")))
    widget.ekspor.pdf(None)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=20000)
    path, text = done[0]
    pages = len(PdfReader(path).pages)
    assert path == tmp_path / "keluar.pdf" and f"{pages} halaman" in text
    widget.ekspor.png_seluruh()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=20000)
    assert done[1][0] == tmp_path / "keluar.png" and QImage(str(done[1][0])).width() >= 900
    widget.ekspor.png_tampilan()
    assert len(done) == 3 and QImage(str(tmp_path / "keluar.png")).width() > 100
