"""The *Pantauan* dashboard: its figures are the service's, each chart saves a PNG (2×, atomic,
never over the open database), the dashboard exports to PDF, empty data shows an empty state."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.laporan import grafik as gr
from sistemkerja_desktop.views.laporan.pantauan_widget import UBIN, PantauanWidget

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(qtbot, demo_services):
    w = PantauanWidget(demo_services)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_tiles_are_the_service_figures(widget, demo_services):
    p = demo_services.pantauan.pantauan(widget.tanggal())
    assert widget.tanggal() == demo_services.ctx.today()
    shown = {key: tile.nilai() for key, tile in widget.ubin.items()}
    assert shown == {key: getattr(p, key) for key in UBIN}
    assert [t.label.text() for t in widget.ubin.values()] == [
        "Tim aktif", "Laporan jatuh tempo", "Terlambat", "Menunggu tinjauan",
        "Permohonan menunggu", "Permasalahan"]
    assert widget.grafik_beban.data.label == tuple(label for label, _ in p.beban.histogram)


def test_another_date_recomputes_everything(widget, demo_services):
    earlier = demo_services.ctx.today().replace(month=1, day=2)
    widget.set_tanggal(earlier)
    p = demo_services.pantauan.pantauan(earlier)
    assert widget.pantauan is not None and widget.pantauan.tanggal == earlier
    assert {k: t.nilai() for k, t in widget.ubin.items()} == {k: getattr(p, k) for k in UBIN}
    assert "bukan hari ini" in widget.status.text()
    widget.hari_ini_button.click()
    assert widget.tanggal() == demo_services.ctx.today() and widget.status.text() == ""


def test_a_chart_saves_a_png_at_twice_its_size(widget, monkeypatch, tmp_path, done):
    (tmp_path / "keluar").mkdir()
    target = tmp_path / "keluar" / "beban.png"
    asked = []
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name, protected=(): asked.append(
                            (kind, name, protected)) or target)
    chart = widget.grafik_beban
    assert chart.png_button.isEnabled()
    chart.png_button.click()
    assert asked == [("png", "beban-kerja-pegawai.png", (widget._services.db_path,))]
    image = QImage(str(target))
    assert not image.isNull()
    assert image.size() == chart.ukuran_png() == QSize(1520, 880)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1520, 20)
               for y in range(0, 880, 20)}
    assert QColor("#3a7ca5").name() in colours  # the bars were painted, not a blank image
    assert done == [(target, "Grafik disimpan sebagai gambar PNG.")]
    assert [p.name for p in target.parent.iterdir()] == ["beban.png"]  # no temporary file left


def test_a_png_over_the_open_database_is_refused(widget, monkeypatch, tmp_path, qtbot, done):
    """A data file named like a picture (kantor.png) is open: choosing it is refused with a
    message naming it, the dialog asks again (here: Batal), and the file is untouched."""
    from sistemkerja_desktop.services.container import build_services

    other = build_services(tmp_path / "kantor.png")
    try:
        db = other.db_path
        before = db.read_bytes()
        chart = gr.GrafikWidget("Laporan terlambat per unit", "x.png", (db,))
        qtbot.addWidget(chart)
        chart.set_data(widget.grafik_unit.data)
        answers = [str(db), ""]  # the open data file, then Batal
        shown = []
        monkeypatch.setattr(output.QFileDialog, "getSaveFileName",
                            lambda *a: (answers.pop(0), ""))
        monkeypatch.setattr(QMessageBox, "exec",
                            lambda box: shown.append((box.objectName(), box.text())) or 0)
        assert chart.simpan_png_dialog() is None
        (name, text), = shown
        assert name == "output_refused" and str(db) in text and "sedang dibuka" in text
        assert answers == [] and done == []
        with pytest.raises(ValidationError, match="sedang dibuka"):  # also without the dialog
            chart.simpan_png(db)
        assert db.read_bytes() == before
    finally:
        other.close()


def test_a_bar_chart_png_is_as_tall_as_its_bars(widget, tmp_path):
    chart = widget.grafik_unit
    n = len(chart.data.label)
    assert 0 < n <= 4  # the demo: a few units
    path = chart.simpan_png(tmp_path / "unit.png")
    image = QImage(str(path))
    assert image.size() == chart.ukuran_png()
    assert image.width() == 1520 and 480 <= image.height() < 880


def test_export_pdf_writes_the_dashboard(widget, monkeypatch, tmp_path, qtbot, done):
    from pypdf import PdfReader

    target = tmp_path / "pantauan.pdf"
    monkeypatch.setattr(output, "choose_output_path",
                        lambda parent, kind, title, name, protected=(): target)
    with qtbot.waitSignal(widget.pdf_exported, timeout=60000) as blocker:
        widget.pdf_button.click()
    assert blocker.args == [target]
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 1
    assert "per 27 November 2026" in "".join(page.extract_text() for page in reader.pages)
    qtbot.waitUntil(lambda: bool(done))
    assert done[0][0] == target and widget.pdf_button.isEnabled()


def test_empty_data_shows_an_empty_state(widget, qtbot):
    p = widget.pantauan
    kosong = dataclasses.replace(p, progres_tim=(), terlambat_per_unit=(), per_bulan=tuple(
        (label, 0, 0, 0) for label, *_ in p.per_bulan))
    for chart, data in ((widget.grafik_progres, gr.grafik_progres(kosong)),
                        (widget.grafik_unit, gr.grafik_terlambat_unit(kosong)),
                        (widget.grafik_bulanan, gr.grafik_bulanan(kosong))):
        chart.set_data(data)
        assert not data.ada_data and data.kosong
        assert not chart.png_button.isEnabled()
        chart.kanvas.grab()  # paints the sentence, no division by zero
        assert chart.kanvas.tip_at(QPointF(50, 50)) == ""


def test_progress_chart_sorted_lowest_first_and_long_names_in_tooltips(widget):
    p = widget.pantauan
    panjang = "Tim Kerja Percepatan Penurunan Stunting dan Penanganan Gizi Buruk Terpadu 2026"
    data = dataclasses.replace(p, progres_tim=(("Tim B", 80), (panjang, 10), ("Tim A", 0)))
    widget.grafik_progres.set_data(gr.grafik_progres(data))
    chart = widget.grafik_progres.data
    assert chart.label == ("Tim A", panjang, "Tim B") and chart.akhiran == "%"
    kanvas = widget.grafik_progres.kanvas
    kanvas.grab()  # paint: the tooltip areas are those of the last paint
    tips = [kanvas.tip_at(QPointF(30, y)) for y in range(0, kanvas.height(), 4)]
    assert f"{panjang}: 10%" in tips and "Tim A: 0%" in tips
