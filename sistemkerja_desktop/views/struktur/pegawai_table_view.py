"""The pegawai table view: columns that fit the width the Struktur screen gives it (at 1366 px
the PPK column stays visible), long text elided with the full text in the tooltip, columns the
user can hide or show (header menu), and a row menu with *Lihat PPK*.

Column widths follow the data: a column whose longest text fits its share of the width gets
just that, and the others (usually Jabatan and Unit) share what is left (`share_width`)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QTableView,
    QWidget,
)

from sistemkerja_desktop.services.pegawai_service import PegawaiListRow
from sistemkerja_desktop.views.struktur.pegawai_table_model import Kolom, PegawaiTableModel

# Share of the flexible width per column (NIP and Gol. have a fixed width).
_WEIGHTS = {Kolom.NAMA: 3, Kolom.JABATAN: 4, Kolom.JENJANG: 1, Kolom.UNIT: 2, Kolom.PPK: 3}
_MIN_WIDTH = 60
_CELL_PADDING = 14  # text margins of a cell
_FIRST_STRETCH = 1.25  # see share_width
_WIDTH_PERCENTILE = 0.9  # a column "needs" the width of its 90th-percentile text
_SAMPLE_ROWS = 2000  # rows measured for the widths (enough to find the long texts)
HIDDEN_BY_DEFAULT = (Kolom.JENJANG,)  # in most jabatan names already ("… Ahli Muda")


def share_width(available: int, desired: dict[int, int], weights: dict[int, int],
                minimum: int = _MIN_WIDTH, first: tuple[int, ...] = ()) -> dict[int, int]:
    """Widths for the columns of `desired` within `available` pixels: a column whose desired
    width fits its weighted share gets exactly that (the columns of `first` — names, short and
    worth reading in full — may take up to `_FIRST_STRETCH` times their share); the rest share
    what remains by weight, none under `minimum`. When all fit, the rest is shared by weight."""
    widths: dict[int, int] = {}
    left = list(desired)
    room = available
    while left:
        total = sum(weights[c] for c in left)
        fitting = [c for c in left if desired[c] <= room * weights[c] / total
                   * (_FIRST_STRETCH if c in first else 1)]
        if not fitting:
            break
        for c in fitting:
            widths[c] = desired[c]
            room -= desired[c]
            left.remove(c)
    share = left or list(desired)  # no column short of width: spread the rest over all
    while share:
        total = sum(weights[c] for c in share)
        small = [c for c in share if widths.get(c, 0) + max(0, room) * weights[c] // total
                 < minimum]
        if not small:
            break
        for c in small:  # too narrow to read anything: the minimum, taken from the others
            room -= minimum - widths.get(c, 0)
            widths[c] = minimum
            share.remove(c)
    total = sum(weights[c] for c in share) or 1
    for c in share:
        widths[c] = widths.get(c, 0) + max(0, room) * weights[c] // total
    return widths


class PegawaiTableView(QTableView):
    """Emits `show_ppk_requested(nip_ppk)` ("Lihat PPK di bagan") and
    `select_ppk_requested(nip_ppk)` ("Pilih PPK di tabel") from the row menu."""

    show_ppk_requested = Signal(str)
    select_ppk_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user_sized = False
        self._fitting = False
        self._desired: dict[int, int] | None = None  # measured text widths, per column
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        header.sectionResized.connect(self._on_header_section_resized)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu_requested)

    def setModel(self, model: object) -> None:  # type: ignore[override]
        super().setModel(model)  # type: ignore[arg-type]
        for col in HIDDEN_BY_DEFAULT:
            self.setColumnHidden(col, True)
        self._desired = None
        if model is not None:
            model.modelReset.connect(self._on_model_reset)  # type: ignore[attr-defined]
        self.fit_columns()

    # ---- columns
    def fixed_widths(self) -> dict[Kolom, int]:
        fm = self.fontMetrics()
        return {Kolom.NIP: fm.horizontalAdvance("19930514 202012 2 911") + 16,
                Kolom.GOLONGAN: fm.horizontalAdvance("III/b") + 24}

    def fit_columns(self) -> None:
        """Share the width among the visible columns so that none is pushed out of view."""
        header = self.horizontalHeader()
        fixed = {c: w for c, w in self.fixed_widths().items() if not self.isColumnHidden(c)}
        desired = self.desired_widths()
        flexible = {c: desired[c] for c in _WEIGHTS if not self.isColumnHidden(c)}
        available = self.viewport().width() - sum(fixed.values())
        widths = share_width(available, flexible, dict(_WEIGHTS),
                             first=(Kolom.NAMA, Kolom.PPK))
        self._fitting = True
        try:
            for col, width in (fixed | widths).items():
                header.resizeSection(col, width)
        finally:
            self._fitting = False

    def desired_widths(self) -> dict[int, int]:
        """Width each flexible column needs to show its texts (but the longest tenth) and its
        header in full."""
        if self._desired is None:
            proxy = self.model()
            source = getattr(proxy, "sourceModel", lambda: proxy)()
            fm, header_fm = self.fontMetrics(), self.horizontalHeader().fontMetrics()
            rows = min(source.rowCount(), _SAMPLE_ROWS) if source is not None else 0
            self._desired = {}
            for col in _WEIGHTS:
                title = str(source.headerData(col, Qt.Orientation.Horizontal) or "") \
                    if source is not None else ""
                texts = sorted(fm.horizontalAdvance(str(source.index(row, col).data() or ""))
                               for row in range(rows))
                # A few very long texts (elided, in full in the tooltip) set no width.
                typical = texts[int((len(texts) - 1) * _WIDTH_PERCENTILE)] if texts else 0
                heading = header_fm.horizontalAdvance(title) + 16  # room for the sort arrow
                self._desired[col] = max(typical, heading) + _CELL_PADDING
        return self._desired

    def _on_model_reset(self) -> None:
        self._desired = None
        if not self._user_sized:
            self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized:
            self.fit_columns()

    def _on_header_section_resized(self, *_: object) -> None:
        # Only a drag with the mouse counts (the stretching last column resizes itself too).
        if not self._fitting and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._user_sized = True  # the user dragged a column: keep their widths

    def _on_header_context_menu_requested(self, pos: QPoint) -> None:
        model = self.model()
        if model is None:
            return
        menu = QMenu(self)
        for col in Kolom:
            if col in (Kolom.NAMA, Kolom.PPK):
                continue  # always shown
            name = str(model.headerData(col, Qt.Orientation.Horizontal))
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self._set_column_shown(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Paskan lebar kolom")).triggered.connect(self._refit)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def set_form_open(self, form_open: bool) -> None:
        """With the pegawai form beside it the table is narrow: the Unit column (the form and the
        unit tree show the unit) steps aside so Nama, Jabatan and PPK stay readable."""
        if self.isColumnHidden(Kolom.UNIT) != form_open:
            self.setColumnHidden(Kolom.UNIT, form_open)
            self.fit_columns()

    def _set_column_shown(self, col: int, shown: bool) -> None:
        self.setColumnHidden(col, not shown)
        self._refit()

    def _refit(self) -> None:
        self._user_sized = False
        self.fit_columns()

    def count_text(self) -> str:
        """"143 pegawai", "menampilkan 12 dari 143 pegawai", …"""
        proxy = self.model()
        source = proxy.sourceModel() if proxy is not None else None  # type: ignore[attr-defined]
        total = source.rowCount() if source is not None else 0
        shown = proxy.rowCount() if proxy is not None else 0
        if total == 0:
            return ""
        if shown == total:
            return self.tr("%1 pegawai").replace("%1", str(total))
        if shown == 0:
            return self.tr("tidak ada yang cocok dari %1 pegawai").replace("%1", str(total))
        return self.tr("menampilkan %1 dari %2 pegawai").replace(
            "%1", str(shown)).replace("%2", str(total))

    # ---- row menu
    def row_at(self, index: QModelIndex) -> PegawaiListRow | None:
        proxy = self.model()
        if proxy is None or not index.isValid():
            return None
        source = proxy.mapToSource(index)  # type: ignore[attr-defined]
        model = proxy.sourceModel()  # type: ignore[attr-defined]
        return model.pegawai_at(source.row()) if isinstance(model, PegawaiTableModel) else None

    def row_menu(self, row: PegawaiListRow) -> QMenu:
        """The menu of a pegawai row (public for tests)."""
        menu = QMenu(self)
        show = menu.addAction(self.tr("Lihat PPK di bagan"))
        pick = menu.addAction(self.tr("Pilih PPK di tabel"))
        for action in (show, pick):
            action.setEnabled(bool(row.nip_ppk))
        if not row.nip_ppk:
            show.setToolTip(self.tr("Tidak ada pemangku PPK tunggal"))
        menu.setToolTipsVisible(True)
        show.triggered.connect(lambda: self.show_ppk_requested.emit(row.nip_ppk))
        pick.triggered.connect(lambda: self.select_ppk_requested.emit(row.nip_ppk))
        return menu

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        row = self.row_at(index)
        if row is None:
            return
        self.setCurrentIndex(index)
        self.row_menu(row).exec(self.viewport().mapToGlobal(pos))
