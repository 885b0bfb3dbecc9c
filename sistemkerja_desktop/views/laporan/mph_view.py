"""The Matriks Peran Hasil (PermenPANRB 6/2022) in the app: rows are pegawai (with jabatan and
their role), columns the indicators of the pimpinan (penyelarasan satu tingkat), each cell the
pegawai's peran hasil, wrapped. A combo switches to each Tim Kerja's own matrix (columns: the
ketua's hasil kerja, rows: the members). *Ekspor xlsx…* writes the layout e-Kinerja users copy
from (`services.kinerja.ekspor_mph`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.kinerja_dto import Mph, MphBaris
from sistemkerja_desktop.views.common import output
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.output_task import run_output
from sistemkerja_desktop.views.common.widgets import ElidingComboBox, hint

Index = QModelIndex | QPersistentModelIndex
TETAP = ("No", "Nama / NIP", "Jabatan", "Peran")
LEBAR_TETAP = (36, 210, 190, 110)
LEBAR_KOLOM = 230
WARNA_KOSONG = QColor("#f6f7f9")


@dataclass(frozen=True)
class Matriks:
    """What the table shows: column headers (and their tooltips) after the fixed four, rows."""

    kolom: tuple[str, ...]
    kolom_tip: tuple[str, ...]
    baris: tuple[MphBaris, ...]
    lainnya: bool = False  # a last column "Hasil lain" (a team not linked to an indicator)


def matriks_unit(m: Mph) -> Matriks:
    kolom, tip = [], []
    for k in m.kolom:
        target = " ".join(x for x in (k.target, k.satuan) if x)
        kolom.append("\n".join(x for x in (k.kode, _pendek(k.indikator, 90),
                                           f"Target {target}" if target else "") if x))
        tip.append("\n".join(x for x in (k.label, f"Target: {target}" if target else "",
                                         f"Pemilik: {k.pemilik}" if k.pemilik else "") if x))
    return Matriks(tuple(kolom), tuple(tip), m.baris, m.ada_lainnya)


def _pendek(teks: str, n: int) -> str:
    return teks if len(teks) <= n else teks[: n - 1].rstrip() + "…"


class MphModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.m = Matriks((), (), ())

    def set_matriks(self, m: Matriks) -> None:
        self.beginResetModel()
        self.m = m
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.m.baris)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TETAP) + len(self.m.kolom) + int(self.m.lainnya)

    def sel(self, row: int, col: int) -> str:
        b = self.m.baris[row]
        if col < len(TETAP):
            return (str(b.no), f"{b.nama}\nNIP {b.nip}" if b.nip else b.nama, b.jabatan,
                    b.peran)[col]
        k = col - len(TETAP)
        return b.sel[k] if k < len(b.sel) else b.lainnya

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.m.baris)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.sel(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignTop | (Qt.AlignmentFlag.AlignHCenter
                                                 if index.column() == 0
                                                 else Qt.AlignmentFlag.AlignLeft)
            return int(align)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() >= len(TETAP) \
                and not self.sel(index.row(), index.column()):
            return WARNA_KOSONG
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        k = section - len(TETAP)
        if role == Qt.ItemDataRole.DisplayRole:
            if k < 0:
                return TETAP[section]
            return self.m.kolom[k] if k < len(self.m.kolom) else "Hasil lain\n(tanpa indikator)"
        if role == Qt.ItemDataRole.ToolTipRole and 0 <= k < len(self.m.kolom_tip):
            return self.m.kolom_tip[k]
        return None


class WrapHeader(QHeaderView):
    """A horizontal header whose sections wrap their text and grow to fit it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                 | Qt.TextFlag.TextWordWrap)  # type: ignore[operator]
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logical, self.orientation()) or "")
        w = max(20, self.sectionSize(logical) - 12)
        rect = self.fontMetrics().boundingRect(
            QRect(0, 0, w, 2000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), min(rect.height() + 12, 130)))


class MphView(QWidget):
    xlsx_exported = Signal(object)  # Path

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._task: object | None = None
        self.tahun = services.ctx.today().year
        self.mph: Mph | None = None
        self.pilih_combo = ElidingComboBox()
        self.pilih_combo.setMinimumContentsLength(44)
        self.pilih_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.xlsx_button = QPushButton(self.tr("Ekspor xlsx…"))
        self.xlsx_button.setToolTip(self.tr("Matriks dalam tata letak yang disalin ke "
                                            "e-Kinerja, satu lembar per Tim Kerja"))
        self.keterangan = hint("")
        atas = QHBoxLayout()
        atas.setContentsMargins(0, 0, 0, 0)
        atas.addWidget(QLabel(self.tr("Matriks")))
        atas.addWidget(self.pilih_combo)
        atas.addWidget(self.keterangan, 1)
        atas.addWidget(self.xlsx_button)

        self.model = MphModel(self)
        self.table = QTableView()
        self.table.setHorizontalHeader(WrapHeader(self.table))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.kosong = QLabel()
        self.kosong.setWordWrap(True)
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kosong.setStyleSheet("color: #5f6b76; font-size: 11pt; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.kosong)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(atas)
        layout.addWidget(self.stack, 1)
        self.pilih_combo.currentIndexChanged.connect(self._tampilkan)
        self.xlsx_button.clicked.connect(self.ekspor_xlsx_dialog)

    def set_tahun(self, tahun: int) -> None:
        self.tahun = tahun
        self.refresh()

    def refresh(self) -> None:
        pilihan = self.pilih_combo.currentData()
        try:
            self.mph = self._services.kinerja.mph(self.tahun)
        except SistemKerjaError as exc:
            self.mph = None
            self.kosong.setText(exc.message)
            self.stack.setCurrentWidget(self.kosong)
            self.xlsx_button.setEnabled(False)
            return
        self.pilih_combo.blockSignals(True)
        self.pilih_combo.clear()
        self.pilih_combo.addItem(self.tr("Penyelarasan satu tingkat — %1").replace(
            "%1", self.mph.judul_unit), None)
        for t in self.mph.tim:
            self.pilih_combo.addItem(self.tr("Tim: %1").replace("%1", t.nama), t.tim_id)
            self.pilih_combo.setItemData(self.pilih_combo.count() - 1, t.nama,
                                         Qt.ItemDataRole.ToolTipRole)
        self.pilih_combo.setCurrentIndex(max(0, self.pilih_combo.findData(pilihan)))
        self.pilih_combo.blockSignals(False)
        self.xlsx_button.setEnabled(bool(self.mph.kolom or self.mph.tim) and self._task is None)
        self._tampilkan()

    def pilih_tim(self, tim_id: int | None) -> None:
        self.pilih_combo.setCurrentIndex(max(0, self.pilih_combo.findData(tim_id)))

    def _tampilkan(self, *_: object) -> None:
        m = self.mph
        if m is None:
            return
        tim_id = self.pilih_combo.currentData()
        tim = next((t for t in m.tim if t.tim_id == tim_id), None)
        if tim is None:
            matriks = matriks_unit(m)
            self.keterangan.setText(self.tr(
                "Kolom: indikator kinerja pimpinan tahun %1; sel: peran hasil pegawai.")
                .replace("%1", str(m.tahun)))
            kosong = self.tr("Belum ada indikator kinerja tahun %1. Tambahkan indikator pada "
                             "tab Indikator kinerja, lalu tautkan Tim Kerja yang "
                             "mendukungnya.").replace("%1", str(m.tahun))
        else:
            matriks = Matriks(tim.kolom, tim.kolom, tim.baris)
            self.keterangan.setText(self.tr("Kolom: hasil kerja ketua tim (%1); baris: "
                                            "anggota.").replace("%1", tim.ketua or "—"))
            kosong = self.tr("Tim ini belum punya anggota atau hasil kerja ketua.")
        self.model.set_matriks(matriks)
        if not matriks.baris or not (matriks.kolom or matriks.lainnya):
            self.kosong.setText(kosong)
            self.stack.setCurrentWidget(self.kosong)
            return
        self.stack.setCurrentWidget(self.table)
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, LEBAR_TETAP[col] if col < len(TETAP)
                                      else LEBAR_KOLOM)
        self.table.horizontalHeader().resizeSections(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().updateGeometry()
        self.table.resizeRowsToContents()

    # ---- export
    def ekspor_xlsx_dialog(self) -> None:
        tahun = self.tahun
        path = output.choose_output_path(self, "xlsx", self.tr("Ekspor Matriks Peran Hasil"),
                                         f"matriks-peran-hasil-{tahun}.xlsx",
                                         protected=(self._services.db_path,))
        if path is None:
            return
        svc = self._services.kinerja
        self.xlsx_button.setEnabled(False)
        self._task = run_output(self, self.tr("Menulis Matriks Peran Hasil…"),
                                lambda _p: svc.ekspor_mph(path, tahun),
                                on_done=lambda _r: self._on_done(path),
                                on_failure=self._on_failed)

    def _on_done(self, path: Path) -> None:
        self._task = None
        self.xlsx_button.setEnabled(True)
        self.xlsx_exported.emit(path)
        output.show_output_done(self, path, self.tr("Matriks Peran Hasil ditulis ke Excel."))

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.xlsx_button.setEnabled(True)
        show_error(self, exc, self.tr("Ekspor Matriks Peran Hasil gagal"))
