"""Team memberships over the org chart: one dotted star per team, from its ketua to each member,
one colour per team — kedudukan (solid connectors) and teams (dotted) on one picture."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QCheckBox, QGraphicsPathItem, QLabel, QVBoxLayout, QWidget

from sistemkerja_desktop.views.orgchart.scene import OrgChartScene

# Distinct on white and from the kategori colours of the cards.
WARNA_TIM = ("#d1495b", "#2e86ab", "#8e44ad", "#e67e22", "#16a085", "#c0392b", "#2c3e50",
             "#7f8c8d", "#b7950b", "#1abc9c")


@dataclass(frozen=True, slots=True)
class GarisTim:
    """A team as the overlay needs it: its name and members' NIPs, ketua first (or None)."""

    nama: str
    ketua_nip: str | None
    anggota_nip: tuple[str, ...]


def warna(index: int) -> QColor:
    return QColor(WARNA_TIM[index % len(WARNA_TIM)])


class TeamOverlay:
    """Owns the path items in the scene; `tampilkan` redraws, `sembunyikan` removes them."""

    Z = 2.5  # above units and groups, below the badges

    def __init__(self, scene: OrgChartScene) -> None:
        self._scene = scene
        self._items: list[QGraphicsPathItem] = []

    def tampilkan(self, tims: Sequence[GarisTim], nip_to_key: dict[str, str]) -> int:
        """Draw every team with at least two members on the canvas; returns how many."""
        self.sembunyikan()
        drawn = 0
        for i, tim in enumerate(tims):
            pusat = [c for c in (self._centre(nip_to_key.get(n)) for n in
                                 ((tim.ketua_nip,) if tim.ketua_nip else ()) + tim.anggota_nip)
                     if c is not None]
            if len(pusat) < 2:
                continue
            path = QPainterPath()
            hub = pusat[0]
            for point in pusat[1:]:
                path.moveTo(hub)
                path.lineTo(point)
            pen = QPen(warna(i), 2.5, Qt.PenStyle.DotLine)
            pen.setCosmetic(True)  # the same on screen at every zoom
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            item.setZValue(self.Z)
            item.setToolTip(tim.nama)
            self._scene.addItem(item)
            self._items.append(item)
            drawn += 1
        return drawn

    def sembunyikan(self) -> None:
        for item in self._items:
            self._scene.removeItem(item)
        self._items.clear()

    @property
    def items(self) -> list[QGraphicsPathItem]:
        return list(self._items)

    def _centre(self, key: str | None) -> QPointF | None:
        if key is None:
            return None
        rect = self._scene.rect_of(key)
        card = self._scene.cards.get(key)
        if rect is None or card is None or not card.isVisible():
            return None
        return rect.center()


class TeamOverlayBox(QWidget):
    """The toggle and its legend, for the side panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QCheckBox(self.tr("Tampilkan keanggotaan Tim Kerja (garis titik-titik)"))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.toggle)
        layout.addWidget(self.legend)

    def set_legend(self, tims: Sequence[GarisTim], drawn: int) -> None:
        if not self.toggle.isChecked():
            self.legend.hide()
            return
        if not tims:
            self.legend.setText(self.tr("Belum ada Tim Kerja aktif."))
        else:
            rows = [f"<span style='color:{warna(i).name()}'>●●●</span> {t.nama}"
                    for i, t in enumerate(tims)]
            note = "" if drawn == len(tims) else self.tr(
                "<br><i>Tim yang anggotanya tersembunyi di cabang yang diciutkan tidak "
                "tergambar penuh.</i>")
            self.legend.setText("<br>".join(rows) + note)
        self.legend.show()
