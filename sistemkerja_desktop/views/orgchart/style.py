"""Level-of-detail thresholds of the canvas; its pens, brushes and fonts are `render.gaya.Gaya`
(shared with the PNG renderer, QtGui only)."""

from __future__ import annotations

from sistemkerja_desktop.render.gaya import Gaya

__all__ = ["RINGKAS_LOD", "TEKS_LOD", "UNIT_LOD", "Gaya"]

TEKS_LOD = 0.45  # below this zoom, cards are drawn without text
RINGKAS_LOD = 0.3  # below this zoom, groups draw their cards as plain coloured boxes
UNIT_LOD = TEKS_LOD  # below: one labelled block per unit instead of blank cards (semantic zoom)
