"""Search on the canvas (nama / NIP / jabatan: matches highlighted, next/previous, the view
centred on the match) and going to the card a finding is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from sistemkerja_desktop.domain.bagan import Kartu
from sistemkerja_desktop.domain.findings import Finding

if TYPE_CHECKING:
    from sistemkerja_desktop.views.orgchart.orgchart_widget import OrgChartWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrgChart.Cari", text)


class Pencarian:
    def __init__(self, widget: OrgChartWidget) -> None:
        self.w = widget
        self.matches: list[tuple[str, str]] = []  # (node id, card key) in chart order
        self.index = -1

    def cari(self, teks: str, *, jump: bool = True) -> None:
        doc = self.w.document
        self.matches = doc.bagan.cari(teks) if doc.loaded else []
        self.index = -1
        self.w.scene.sorot({key for _n, key in self.matches}, None)
        self._count()
        if jump and self.matches:
            self.lompat(1)

    def lompat(self, step: int) -> None:
        """Go to the next (1) or previous (-1) match and centre the view on it."""
        if not self.matches:
            return
        w = self.w
        self.index = (self.index + step) % len(self.matches)
        node_id, key = self.matches[self.index]
        w.tampakkan(node_id)
        w.scene.sorot({k for _n, k in self.matches}, key)
        rect = w.scene.rect_of(key)
        if rect is not None:
            w.view.centre_on(rect)
        self._count()

    def _count(self) -> None:
        bar, n = self.w.bar, len(self.matches)
        if not bar.search_edit.text().strip():
            bar.count_label.setText("")
        elif n == 0:
            bar.count_label.setText(_tr("tidak ada"))
        else:
            bar.count_label.setText(_tr("%1 dari %2").replace(
                "%1", str(self.index + 1) if self.index >= 0 else "–").replace("%2", str(n)))

    def fokus(self) -> None:
        self.w.bar.search_edit.setFocus()
        self.w.bar.search_edit.selectAll()

    def tunjukkan_temuan(self, finding: Finding) -> None:
        """Centre the canvas on the card (or unit) a finding is about, and mark it."""
        w = self.w
        bagan = w.document.bagan
        places = bagan.kartu_pegawai.get(finding.pegawai_id or -1, ())
        if places:
            node_id, key = places[0][0], places[0][1].key
        else:
            node_id = (bagan.node_unit(finding.unit_id) if finding.unit_id is not None
                       else None) or bagan.akar[0]
            key = node_id
        w.tampakkan(node_id)
        w.scene.sorot({k for _n, k in self.matches}, key if key in w.scene.cards else None)
        w.scene.set_fokus(key)
        rect = w.scene.rect_of(key)
        if rect is not None:
            w.view.centre_on(rect)

    def tunjukkan_kartu(self, node_id: str, key: str) -> bool:
        """Select a card, give it the keyboard focus and centre the view on it (its collapsed
        ancestors are opened first)."""
        w = self.w
        w.tampakkan(node_id)
        card = w.scene.cards.get(key)
        if card is None:
            return False
        w.scene.clearSelection()
        if card.kartu.dapat_dipindah:
            card.setSelected(True)
        w.scene.sorot({k for _n, k in self.matches}, key)
        w.scene.set_fokus(key)
        rect = w.scene.rect_of(key)
        if rect is not None:
            w.view.centre_on(rect)
        return True

    def _tempat_pegawai(self, nip: str) -> tuple[tuple[str, Kartu], ...]:
        """Where the pegawai with this NIP (spaces ignored) is drawn: (node, card) pairs."""
        doc = self.w.document
        if not doc.loaded:
            return ()
        nip = "".join(nip.split())
        pegawai = next((p for p in doc.struktur.pegawai if p.nip == nip), None)
        return doc.bagan.kartu_pegawai.get(pegawai.id, ()) if pegawai is not None else ()

    def tunjukkan_pegawai(self, nip: str) -> bool:
        """Jump to the (first) card of the pegawai with this NIP (spaces ignored)."""
        places = self._tempat_pegawai(nip)
        return bool(places) and self.tunjukkan_kartu(places[0][0], places[0][1].key)

    def tunjukkan_ppk(self, key: str) -> bool:
        """Jump from a card on the canvas to the leader card of that person's PPK."""
        card = self.w.scene.cards.get(key)
        return card is not None and self._ke_ppk(card.kartu)

    def _ke_ppk(self, kartu: Kartu) -> bool:
        bagan = self.w.document.bagan
        ppk = bagan.kartu_ppk(kartu)
        if ppk is None or kartu.ppk_position_id is None:
            return False
        return self.tunjukkan_kartu(bagan.ppk_node[kartu.ppk_position_id], ppk.key)

    def tunjukkan_ppk_pegawai(self, nip: str) -> bool:
        """Jump to the PPK of the pegawai with this NIP."""
        return any(self._ke_ppk(k) for _n, k in self._tempat_pegawai(nip))
