"""The canvas view: wheel zoom, drag to pan, fit, keyboard navigation, and dragging cards onto
another Pejabat Penilai Kinerja (the drop itself is decided by the widget)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip, QWidget

from sistemkerja_desktop.domain.bagan_layout import Kotak
from sistemkerja_desktop.views.orgchart.blok_unit import UnitBlocksItem
from sistemkerja_desktop.views.orgchart.items import CardItem, GhostItem, NodeItem
from sistemkerja_desktop.views.orgchart.scene import OrgChartScene
from sistemkerja_desktop.views.orgchart.style import RINGKAS_LOD, UNIT_LOD

# (pegawai ids, position id) → (1 ok / 2 soft rule / 3 refused, one-line explanation)
Penilai = Callable[[list[int], int], tuple[int, str]]


@dataclass
class _Seret:
    ids: list[int]
    target: tuple[str, int] | None = None
    cache: dict[int, tuple[int, str]] = field(default_factory=dict)


class OrgChartView(QGraphicsView):
    cards_dropped = Signal(list, int)  # pegawai ids, PPK position id
    zoom_changed = Signal(float)
    context_requested = Signal(str, QPoint)  # card key or node id, global position
    MIN_ZOOM, MAX_ZOOM = 0.02, 4.0

    def __init__(self, scene: OrgChartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.chart = scene
        self.nilai_sasaran: Penilai | None = None
        self.tooltip_for: Callable[[str], str] | None = None
        self._press: tuple[QPoint, CardItem] | None = None
        self._seret: _Seret | None = None
        self.ghost = GhostItem(scene.gaya)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setBackgroundBrush(QColor("#fbfcfd"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Bagan organisasi"))

    # ---- zoom ---------------------------------------------------------------------------

    def skala(self) -> float:
        return self.transform().m11()

    def set_skala(self, value: float, *, under_mouse: bool = False) -> None:
        value = max(self.MIN_ZOOM, min(self.MAX_ZOOM, value))
        if abs(value - self.skala()) < 1e-9:
            return
        anchor = (QGraphicsView.ViewportAnchor.AnchorUnderMouse if under_mouse
                  else QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setTransformationAnchor(anchor)
        factor = value / self.skala()
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._lod()

    def perbesar(self, faktor: float = 1.25) -> None:
        self.set_skala(self.skala() * faktor)

    def fit_all(self) -> None:
        letak = self.chart.letak
        if letak is not None:
            self.fit_rect(QRectF(0, 0, letak.lebar, letak.tinggi))

    def tampilan_awal(self) -> None:
        """First view: the whole chart if it is readable, else the top of it at a readable
        zoom ("Paskan" shows everything)."""
        letak = self.chart.letak
        if letak is None or not letak.node:
            return
        self.fit_all()
        if self.skala() >= 0.5:
            return
        self.set_skala(0.85)
        top = next(iter(letak.node.values()))
        height = self.viewport().height() / self.skala()
        self.centerOn(top.x + top.w / 2, top.y - 30 + height / 2)

    def fit_rect(self, rect: QRectF) -> None:
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.skala() > 1.0:
            self.set_skala(1.0)
        self.centerOn(rect.center())
        self._lod()

    def centre_on(self, rect: QRectF, *, readable: bool = True) -> None:
        if readable and self.skala() < 0.8:
            self.set_skala(1.0)
        self.centerOn(rect.center())

    def _lod(self) -> None:
        self.chart.set_ringkas(self.skala() < RINGKAS_LOD)
        blok = self.skala() < UNIT_LOD
        self.chart.set_mode_blok(blok)
        # zoomed out, everything drawn is axis-aligned (blocks, bars, elbow connectors): without
        # antialiasing it stays crisp and a repaint of the whole chart costs half as much
        self.setRenderHint(QPainter.RenderHint.Antialiasing, not blok)
        self.zoom_changed.emit(self.skala())

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)
            return
        self.set_skala(self.skala() * 1.15 ** (delta / 120), under_mouse=True)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lod()

    # ---- dragging cards -------------------------------------------------------------------

    def _card_at(self, pos: QPoint) -> CardItem | None:
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        self._press = None
        if event.button() == Qt.MouseButton.LeftButton:
            card = self._card_at(pos)
            if card is not None and card.kartu.dapat_dipindah:
                self._press = (pos, card)
            elif card is None and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._seret is None and self._press is not None and (
                event.buttons() & Qt.MouseButton.LeftButton) and (
                (pos - self._press[0]).manhattanLength() >= QApplication.startDragDistance()):
            self.mulai_seret(self._press[1])
        if self._seret is not None:
            self.seret_ke(pos)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._seret is not None and event.button() == Qt.MouseButton.LeftButton:
            self.lepas()
            event.accept()
            return
        self._press = None
        super().mouseReleaseEvent(event)
        if self.dragMode() == QGraphicsView.DragMode.RubberBandDrag:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def mulai_seret(self, card: CardItem) -> None:
        """Start dragging the selected movable cards (or just `card` if it is not selected)."""
        if not card.isSelected():
            self.chart.clearSelection()
            card.setSelected(True)
        ids = list(dict.fromkeys(c.kartu.pegawai_id for c in self.chart.selected_cards()
                                 if c.kartu.dapat_dipindah and c.kartu.pegawai_id is not None))
        self._seret = _Seret(ids)
        if self.ghost.scene() is None:
            self.chart.addItem(self.ghost)
        self.ghost.show()
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def seret_ke(self, pos: QPoint) -> None:
        seret = self._seret
        assert seret is not None
        self._autoscroll(pos)
        scene_pos = self.mapToScene(pos)
        self.ghost.setPos(self.mapToScene(pos + QPoint(18, 14)))
        target = self.chart.target_at(scene_pos)
        n = len(seret.ids)
        head = self.tr("%n pegawai", "", n).replace("%n", str(n))
        if target is None:
            seret.target = None
            self.chart.set_target(None, 0)
            self.ghost.set_text([head, self.tr("Lepaskan di atas Pejabat Penilai Kinerja")], 0)
            return
        if target != seret.target:
            seret.target = target
            if target[1] not in seret.cache:
                seret.cache[target[1]] = (self.nilai_sasaran(seret.ids, target[1])
                                          if self.nilai_sasaran else (1, ""))
            tingkat, text = seret.cache[target[1]]
            self.chart.set_target(target[0], tingkat)
            self.ghost.set_text([head, text], tingkat)

    def lepas(self) -> None:
        seret, self._seret, self._press = self._seret, None, None
        self.ghost.hide()
        self.chart.set_target(None, 0)
        self.viewport().unsetCursor()
        if seret is not None and seret.target is not None and seret.ids:
            self.cards_dropped.emit(seret.ids, seret.target[1])

    def batal_seret(self) -> None:
        self._seret, self._press = None, None
        self.ghost.hide()
        self.chart.set_target(None, 0)
        self.viewport().unsetCursor()

    def _autoscroll(self, pos: QPoint) -> None:
        margin, step = 28, 24
        rect = self.viewport().rect()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if pos.x() < margin:
            h.setValue(h.value() - step)
        elif pos.x() > rect.width() - margin:
            h.setValue(h.value() + step)
        if pos.y() < margin:
            v.setValue(v.value() - step)
        elif pos.y() > rect.height() - margin:
            v.setValue(v.value() + step)

    # ---- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
                  Qt.Key.Key_Down: (0, 1)}
        if key == Qt.Key.Key_Escape and self._seret is not None:
            self.batal_seret()
        elif key in arrows:
            self.navigasi(*arrows[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.perbesar()
        elif key == Qt.Key.Key_Minus:
            self.perbesar(1 / 1.25)
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            fokus = self.chart.fokus
            if fokus in self.chart.nodes:
                self.chart.toggle_requested.emit(fokus)
        elif key == Qt.Key.Key_Space:
            item = self.chart.cards.get(self.chart.fokus or "")
            if item is not None and item.kartu.dapat_dipindah:
                item.setSelected(not item.isSelected())
        elif key == Qt.Key.Key_Menu and self.chart.fokus:
            rect = self.chart.rect_of(self.chart.fokus)
            if rect is not None:
                point = self.viewport().mapToGlobal(self.mapFromScene(rect.center()))
                self.context_requested.emit(self.chart.fokus, point)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def navigasi(self, dx: int, dy: int) -> None:
        """Move the keyboard focus to the nearest card or box in that direction."""
        letak = self.chart.letak
        if letak is None:
            return
        boxes = self._kandidat()
        current = self.chart.fokus
        if current not in boxes:
            first = next(iter(boxes), None)
            if first is not None:
                self._fokus_ke(first)
            return
        cx, cy = boxes[current].tengah
        best, score = None, float("inf")
        for key, box in boxes.items():
            x, y = box.tengah
            ax, ay = (x - cx) * dx, (y - cy) * dy
            along = ax + ay
            if along <= 1:
                continue
            across = abs(y - cy) if dx else abs(x - cx)
            s = along + 2.5 * across
            if s < score:
                best, score = key, s
        if best is not None:
            self._fokus_ke(best)

    def _kandidat(self) -> dict[str, Kotak]:
        letak = self.chart.letak
        assert letak is not None
        out: dict[str, Kotak] = {n: b for n, b in letak.node.items()
                                  if isinstance(self.chart.nodes.get(n), NodeItem)}
        out.update(letak.kartu)
        return out

    def _fokus_ke(self, key: str) -> None:
        self.chart.set_fokus(key)
        rect = self.chart.rect_of(key)
        if rect is not None:
            if self.skala() < 0.6:
                self.set_skala(1.0)
            self.ensureVisible(rect, 40, 40)

    # ---- context menu, tooltips ---------------------------------------------------------------

    def _blok_at(self, item: object, pos: QPoint) -> str | None:
        if isinstance(item, UnitBlocksItem):
            blok = item.blok_di(self.mapToScene(pos))
            return blok.node_id if blok is not None else None
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        for item in self.items(event.pos()):
            blok = self._blok_at(item, event.pos())
            if blok is not None:
                self.context_requested.emit(blok, event.globalPos())
                return
            if isinstance(item, CardItem):
                self.context_requested.emit(item.kartu.key, event.globalPos())
                return
            owner = self.chart._owner(item)
            if owner is not None:
                self.context_requested.emit(owner.node.id, event.globalPos())
                return

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tooltip_for is not None:
            pos = event.pos()  # type: ignore[attr-defined]
            for item in self.items(pos):
                key = (item.kartu.key if isinstance(item, CardItem)
                       else item.node.id if isinstance(item, NodeItem)
                       else self._blok_at(item, pos))
                if key:
                    QToolTip.showText(event.globalPos(), self.tooltip_for(key),  # type: ignore
                                      self.viewport())
                    return True
            QToolTip.hideText()
            return True
        return super().viewportEvent(event)

