"""The scene mirrors the document's chart: items keyed by node id and card key, synchronised
from a (Bagan, TataLetak, TemuanBagan) triple — unchanged items are kept and only moved."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from sistemkerja_desktop.domain.bagan import Bagan, JenisNode, KelasJabatan, TemuanBagan
from sistemkerja_desktop.domain.bagan_layout import Arah, JudulSeksi, TataLetak
from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.views.orgchart.blok_unit import UnitBlocksItem, hitung_blok
from sistemkerja_desktop.views.orgchart.items import CardItem, GroupItem, NodeItem
from sistemkerja_desktop.views.orgchart.style import Gaya

AnyNode = NodeItem | GroupItem


@contextmanager
def tanpa_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of objects are made at once: its
    repeated full passes cost more than the work itself (reference counting still frees)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _hitung(findings: tuple[Finding, ...]) -> tuple[int, int]:
    galat = sum(1 for f in findings if f.tingkat is Tingkat.GALAT)
    return galat, len(findings) - galat


class OrgChartScene(QGraphicsScene):
    toggle_requested = Signal(str)  # node id whose children to show/hide

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.gaya = Gaya()
        self.bagan: Bagan | None = None
        self.letak: TataLetak | None = None
        self.nodes: dict[str, AnyNode] = {}
        self.cards: dict[str, CardItem] = {}
        self.garis = QGraphicsPathItem()
        self.garis.setPen(self.gaya.pen_garis)
        self.garis.setZValue(0)
        self.addItem(self.garis)
        self.ringkas = False
        self.blok = UnitBlocksItem(self.gaya)  # semantic zoom (`set_mode_blok`)
        self.blok.hide()
        self.addItem(self.blok)
        self.mode_blok = False
        self._blok_basi = True
        self._cocok: set[str] = set()
        self._aktif: str | None = None
        self._fokus: str | None = None

    # ---- synchronisation ------------------------------------------------------------------

    def tampilkan(self, bagan: Bagan, letak: TataLetak, temuan: TemuanBagan) -> None:
        """Show `letak`; keep items whose node is unchanged."""
        self.bagan, self.letak = bagan, letak
        for nid in [n for n in self.nodes if n not in letak.node]:
            self._buang(nid)
        headers: dict[str, list[JudulSeksi]] = {}
        for j in letak.judul_seksi:
            headers.setdefault(j.node_id, []).append(j)
        for nid, box in letak.node.items():
            node = bagan.nodes[nid]
            item = self.nodes.get(nid)
            if item is not None and item.node != node:
                self._buang(nid)
                item = None
            if item is None:
                item = self._buat(nid)
            item.setPos(box.x, box.y)
            if isinstance(item, GroupItem):
                self._atur_kelompok(item, nid, headers)
            else:
                hidden = nid in letak.ciut
                item.set_state(ciut=hidden, tersembunyi=len(bagan.orang_di_bawah(nid))
                               if hidden else 0, ke_kanan=letak.arah is Arah.KIRI_KANAN)
        path = QPainterPath()
        for line in letak.garis:
            path.moveTo(*line[0])
            for x, y in line[1:]:
                path.lineTo(x, y)
        self.garis.setPath(path)
        self._lencana(bagan, letak, temuan)
        margin = 200.0
        self.setSceneRect(QRectF(-margin, -margin, letak.lebar + 2 * margin,
                                 letak.tinggi + 2 * margin))
        self._blok_basi = True
        if self.mode_blok:
            self._perbarui_blok()
        self.sorot(self._cocok & self.cards.keys(), self._aktif)

    def _buat(self, nid: str) -> AnyNode:
        assert self.bagan is not None and self.letak is not None
        node, u = self.bagan.nodes[nid], self.letak.ukuran
        if node.jenis is JenisNode.KELOMPOK:
            item: AnyNode = GroupItem(node, self.gaya)
            item.set_ringkas(self.ringkas)
            for kartu in node.semua_kartu:
                self.cards[kartu.key] = CardItem(kartu, u.kartu_w, u.kartu_h, self.gaya,
                                                 item.wadah)
        else:
            box = self.letak.node[nid]
            item = NodeItem(node, box.w, box.h, self.gaya)
            if node.kartu is not None:
                card = CardItem(node.kartu, u.kartu_w, u.kartu_h, self.gaya, item)
                card.setPos(u.pad, u.judul_unit_h)
                self.cards[node.kartu.key] = card
        item.setVisible(not self.mode_blok)
        self.addItem(item)
        self.nodes[nid] = item
        return item

    def _buang(self, nid: str) -> None:
        item = self.nodes.pop(nid)
        for kartu in item.node.semua_kartu:
            self.cards.pop(kartu.key, None)
        self.removeItem(item)

    def _atur_kelompok(self, item: GroupItem, nid: str,
                       headers: dict[str, list[JudulSeksi]]) -> None:
        assert self.letak is not None
        letak, box = self.letak, self.letak.node[nid]
        bx, by, cards, boxes = box.x, box.y, self.cards, letak.kartu
        rel: list[tuple[KelasJabatan, float, float]] = []
        for kartu in item.node.semua_kartu:
            kb = boxes[kartu.key]
            x, y = kb.x - bx, kb.y - by
            cards[kartu.key].setPos(x, y)
            rel.append((kartu.kelas, x, y))
        judul = [(QRectF(j.kotak.x - bx, j.kotak.y - by, j.kotak.w, j.kotak.h),
                  f"{j.teks} ({j.jumlah}{', lanjutan' if j.lanjutan else ''})")
                 for j in headers.get(nid, ())]
        item.set_geometry(box.w, box.h, judul, rel, letak.ukuran.kartu_w, letak.ukuran.kartu_h)

    def _lencana(self, bagan: Bagan, letak: TataLetak, temuan: TemuanBagan) -> None:
        for key, card in self.cards.items():
            if card.lencana.set(*_hitung(temuan.per_kartu.get(key, ()))):
                card.update()
        for nid, item in self.nodes.items():
            if not isinstance(item, NodeItem):
                continue
            findings = temuan.per_node.get(nid, ())
            if nid in letak.ciut:  # a collapsed node counts what it hides
                seen = {id(f) for f in findings}
                extra = [f for d in bagan.urutan(bagan.nodes[nid].anak)
                         for f in temuan.per_node.get(d, ()) if id(f) not in seen]
                findings = (*findings, *{id(f): f for f in extra}.values())
            if item.lencana.set(*_hitung(findings)):
                item.update()

    # ---- level of detail, highlights --------------------------------------------------------

    def set_mode_blok(self, on: bool) -> None:
        """Unit blocks instead of cards (zoomed out below `style.UNIT_LOD`)."""
        if on == self.mode_blok:
            return
        self.mode_blok = on
        if on and self._blok_basi:
            self._perbarui_blok()
        for item in self.nodes.values():
            item.setVisible(not on)
        self.blok.setVisible(on)

    def _perbarui_blok(self) -> None:
        if self.bagan is not None and self.letak is not None:
            self.blok.set_blok(hitung_blok(self.bagan, self.letak), self.letak.lebar,
                               self.letak.tinggi)
            self._blok_basi = False

    def set_ringkas(self, on: bool) -> None:
        if on != self.ringkas:
            self.ringkas = on
            for item in self.nodes.values():
                if isinstance(item, GroupItem):
                    item.set_ringkas(on)

    def sorot(self, keys: set[str], aktif: str | None) -> None:
        """Search matches (`keys`) and the one shown now (`aktif`)."""
        for key in self._cocok - keys:
            if key in self.cards:
                self.cards[key].set_state(cocok=False)
        for key in keys:
            if key in self.cards:  # cards inside collapsed branches are marked when shown
                self.cards[key].set_state(cocok=True)
        if self._aktif is not None and self._aktif != aktif and self._aktif in self.cards:
            self.cards[self._aktif].set_state(aktif=False)
        if aktif is not None and aktif in self.cards:
            self.cards[aktif].set_state(aktif=True)
        self._cocok, self._aktif = set(keys), aktif

    def set_fokus(self, key: str | None) -> None:
        """Keyboard focus: a card key or a node id."""
        old = self._fokus
        for k in (old, key):
            item = self.item_for(k) if k else None
            if item is not None:
                item.set_state(fokus=k == key)  # type: ignore[union-attr]
        self._fokus = key

    @property
    def fokus(self) -> str | None:
        return self._fokus

    def item_for(self, key: str) -> CardItem | AnyNode | None:
        return self.cards.get(key) or self.nodes.get(key)

    def rect_of(self, key: str) -> QRectF | None:
        item = self.item_for(key)
        if item is None:
            return None
        if isinstance(item, CardItem):
            return item.sceneBoundingRect().adjusted(4, 9, -9, -4)
        return item.mapRectToScene(item.boundingRect())

    # ---- drop targets --------------------------------------------------------------------

    def target_at(self, pos: QPointF) -> tuple[str, int] | None:
        """(node id, PPK position id) of the drop target under `pos`, if any."""
        for item in self.items(pos):
            node = self._owner(item)
            if node is not None and node.node.position_id is not None:
                return node.node.id, node.node.position_id
        return None

    def _owner(self, item: QGraphicsItem | None) -> AnyNode | None:
        while item is not None:
            if isinstance(item, NodeItem | GroupItem):
                return item
            item = item.parentItem()
        return None

    def set_target(self, node_id: str | None, tingkat: int) -> None:
        for nid, item in self.nodes.items():
            item.set_state(sasaran=tingkat if nid == node_id else 0)

    def selected_cards(self) -> list[CardItem]:
        return [i for i in self.selectedItems() if isinstance(i, CardItem)]
