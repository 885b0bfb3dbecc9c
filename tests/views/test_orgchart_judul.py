"""Semantic zoom, the unit boxes: zoomed out (as in the Paskan view) the box of every unit and
position is drawn with the unit's name in text that stays readable on screen, never blank."""

import pytest
from PySide6.QtCore import QRectF

from sistemkerja_desktop.domain.bagan import JenisNode

pytestmark = pytest.mark.gui


@pytest.fixture
def widget(orgchart_widget):
    return orgchart_widget


def test_zoomed_out_every_unit_box_shows_its_name_in_readable_text(widget):
    view, scene, bagan = widget.view, widget.scene, widget.document.bagan
    view.set_skala(0.2)
    assert scene.mode_blok
    labels = scene.blok.judul_pada(view.skala())
    boxes = [nid for nid in scene.letak.node if bagan.nodes[nid].jenis is not JenisNode.KELOMPOK]
    assert boxes and set(boxes) <= labels.keys()
    for nid in boxes:
        susunan = labels[nid]
        assert susunan is not None and susunan.baris, bagan.nodes[nid].judul
        first = susunan.baris[0][1].text().rstrip("…")
        assert first and first in bagan.nodes[nid].judul  # whole, short or cut with "…"
        assert all(font.pixelSize() >= 8 for _pos, _st, font, _kind in susunan.baris)
    root = bagan.akar[0]  # wide space beside it: the whole name and everyone under it
    assert labels[root].teks.startswith(bagan.nodes[root].judul)
    assert str(bagan.jumlah_orang[root]) in labels[root].teks


def test_widened_plates_keep_clear_of_each_other_and_of_other_boxes(widget):
    view, scene = widget.view, widget.scene
    view.fit_all()
    assert scene.mode_blok
    plates = {nid: s.plat for nid, s in scene.blok.judul_pada(view.skala()).items()
              if s is not None}
    assert plates
    others = [QRectF(b.x, b.y, b.w, b.h) for b in scene.letak.node.values()]
    for nid, plat in plates.items():
        inner = plat.adjusted(0.5, 0.5, -0.5, -0.5)
        own = scene.letak.node[nid]
        assert not any(inner.intersects(p) for n, p in plates.items() if n != nid)
        assert not any(inner.intersects(r) for r in others
                       if (r.x(), r.y()) != (own.x, own.y) and not plat.contains(r))


def test_the_root_box_is_drawn_with_text_on_screen(widget, qtbot):
    view, scene, bagan = widget.view, widget.scene, widget.document.bagan
    view.set_skala(0.2)
    root = bagan.akar[0]
    plat = scene.blok.judul_pada(view.skala())[root].plat
    view.centerOn(plat.center())
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    area = view.mapFromScene(plat).boundingRect().adjusted(3, 2, -3, 0)
    area.setHeight(int(area.height() * 0.7))  # above the colour bar at the foot
    dark = sum(1 for x in range(area.left(), area.right()) for y in range(area.top(),
                                                                          area.bottom())
               if image.pixelColor(x, y).lightness() < 110)
    assert dark > 40  # glyphs, not an empty box (its frame is lighter and left out)
