"""*Kinerja & MPH*: the Perjanjian Kinerja of a year — its indicators as a tree by cascade
(induk → turunan) with kode, sasaran, indikator, target + satuan, pemilik kinerja, penanggung
jawab and the teams / assignments serving each; *Tambah…*, *Tambah turunan…*, *Ubah…*, *Hapus*,
*Tautkan ke tim…* — and the Matriks Peran Hasil built from them (`mph_view.MphView`).

The Laporan area embeds one `KinerjaWidget`, calls `refresh()` when data changed elsewhere and
listens to `data_changed(Changes)` for what was done here."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.changes import Changes
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.kinerja_dto import IndikatorInfo
from sistemkerja_desktop.views.common.messages import ask_yes_no, show_error
from sistemkerja_desktop.views.common.widgets import hint
from sistemkerja_desktop.views.laporan.indikator_dialog import IndikatorDialog, TautkanTimDialog
from sistemkerja_desktop.views.laporan.mph_view import MphView

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KOLOM = (QT_TRANSLATE_NOOP("KinerjaWidget", "Kode"),
         QT_TRANSLATE_NOOP("KinerjaWidget", "Sasaran"),
         QT_TRANSLATE_NOOP("KinerjaWidget", "Indikator"),
         QT_TRANSLATE_NOOP("KinerjaWidget", "Target"),
         QT_TRANSLATE_NOOP("KinerjaWidget", "Pemilik kinerja"),
         QT_TRANSLATE_NOOP("KinerjaWidget", "Penanggung jawab"),
         QT_TRANSLATE_NOOP("KinerjaWidget", "Didukung oleh"))
LEBAR = (96, 180, 240, 90, 180, 150, 180)  # Indikator (2) takes the room left


def didukung(i: IndikatorInfo) -> str:
    """'Tim Kerja Stunting; Penugasan #3' — who serves the indicator."""
    bagian = [nama for _, nama in i.tim] + [f"Penugasan #{p}" for p in i.permohonan_ids]
    return "; ".join(bagian)


def baris_item(i: IndikatorInfo) -> list[QStandardItem]:
    target = " ".join(x for x in (i.target, i.satuan) if x)
    pemilik = f"{i.pemilik} — {i.pemilik_nama}" if i.pemilik and i.pemilik_nama else i.pemilik
    teks = (i.kode, i.sasaran, i.indikator, target, pemilik, i.penanggung_jawab_nama,
            didukung(i))
    items = []
    for t in teks:
        item = QStandardItem(t)
        item.setEditable(False)
        item.setToolTip(t)
        items.append(item)
    items[0].setData(i.id, ID_ROLE)
    if not i.tim and not i.permohonan_ids:
        items[6].setText("—")
        items[6].setToolTip("Belum ada tim atau penugasan yang mendukung indikator ini.")
        items[6].setForeground(Qt.GlobalColor.gray)
    return items


def isi_model(model: QStandardItemModel, daftar: list[IndikatorInfo]) -> None:
    """The indicators as a tree: each under its induk (same year); an induk outside the list
    (another year, deleted) puts it at the top."""
    model.removeRows(0, model.rowCount())
    ada = {i.id for i in daftar}
    induk_item: dict[int, QStandardItem] = {}
    sisa = list(daftar)
    while sisa:  # parents first, whatever order the list has
        tunda = []
        for i in sisa:
            if i.induk_id is not None and i.induk_id in ada and i.induk_id not in induk_item:
                tunda.append(i)
                continue
            row = baris_item(i)
            parent = induk_item.get(i.induk_id) if i.induk_id is not None else None
            (parent or model.invisibleRootItem()).appendRow(row)
            induk_item[i.id] = row[0]
        if len(tunda) == len(sisa):  # a cycle: show the rest at the top
            for i in tunda:
                row = baris_item(i)
                model.invisibleRootItem().appendRow(row)
                induk_item[i.id] = row[0]
            break
        sisa = tunda


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their longest cell wrapped in its column (up to `MAKS_BARIS` lines)."""

    MAKS_BARIS = 3

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        w = self.tree.columnWidth(index.column()) - 12
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            w -= self.tree.indentation() * depth
        fm = option.fontMetrics  # type: ignore[attr-defined]
        rect = fm.boundingRect(QRect(0, 0, max(w, 20), 10000), int(Qt.TextFlag.TextWordWrap),
                               str(index.data() or ""))
        h = min(rect.height(), fm.lineSpacing() * self.MAKS_BARIS) + 8
        return QSize(size.width(), max(size.height(), h))


class KinerjaWidget(QWidget):
    data_changed = Signal(object)  # Changes
    TAB_INDIKATOR, TAB_MPH = range(2)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.indikator: dict[int, IndikatorInfo] = {}
        self.tahun_combo = QComboBox()
        self.tahun_combo.setMinimumWidth(90)
        atas = QHBoxLayout()
        atas.setContentsMargins(0, 0, 0, 0)
        atas.addWidget(QLabel(self.tr("Perjanjian Kinerja tahun")))
        atas.addWidget(self.tahun_combo)
        atas.addSpacing(12)
        self.ringkasan = hint("")
        atas.addWidget(self.ringkasan, 1)

        self.tambah_button = QPushButton(self.tr("Tambah…"))
        self.turunan_button = QPushButton(self.tr("Tambah turunan…"))
        self.turunan_button.setToolTip(self.tr("Indikator baru yang diturunkan (cascading) dari "
                                               "indikator terpilih"))
        self.ubah_button = QPushButton(self.tr("Ubah…"))
        self.hapus_button = QPushButton(self.tr("Hapus"))
        self.tautkan_button = QPushButton(self.tr("Tautkan ke tim…"))
        alat = QHBoxLayout()
        alat.setContentsMargins(0, 0, 0, 0)
        for b in (self.tambah_button, self.turunan_button, self.ubah_button, self.hapus_button):
            alat.addWidget(b)
        alat.addSpacing(12)
        alat.addWidget(self.tautkan_button)
        alat.addStretch(1)

        self.model = QStandardItemModel(0, len(KOLOM), self)
        self.model.setHorizontalHeaderLabels([self.tr(k) for k in KOLOM])
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIndentation(18)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        header = self.tree.header()
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for col, w in enumerate(LEBAR):
            self.tree.setColumnWidth(col, w)
        self.kosong = QLabel()
        self.kosong.setWordWrap(True)
        self.kosong.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kosong.setStyleSheet("color: #5f6b76; font-size: 11pt; padding: 40px;")
        self.tree_stack = QStackedWidget()
        self.tree_stack.addWidget(self.tree)
        self.tree_stack.addWidget(self.kosong)
        halaman = QWidget()
        hl = QVBoxLayout(halaman)
        hl.setContentsMargins(0, 6, 0, 0)
        hl.setSpacing(6)
        hl.addLayout(alat)
        hl.addWidget(self.tree_stack, 1)

        self.mph = MphView(services)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(halaman, self.tr("Indikator kinerja"))
        self.tabs.addTab(self.mph, self.tr("Matriks Peran Hasil"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(atas)
        layout.addWidget(self.tabs, 1)

        self.tahun_combo.currentIndexChanged.connect(lambda _i: self._muat())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.tree.doubleClicked.connect(lambda _i: self.ubah())
        self.tambah_button.clicked.connect(lambda: self.tambah())
        self.turunan_button.clicked.connect(lambda: self.tambah(turunan=True))
        self.ubah_button.clicked.connect(lambda: self.ubah())
        self.hapus_button.clicked.connect(lambda: self.hapus())
        self.tautkan_button.clicked.connect(lambda: self.tautkan())
        self.refresh()

    # ---- contract with the Laporan area
    def refresh(self) -> None:
        tahun = self.tahun()
        try:
            years = self._services.kinerja.tahun_tersedia()
        except SistemKerjaError as exc:
            self.kosong.setText(exc.message)
            self.tree_stack.setCurrentWidget(self.kosong)
            return
        today = self._services.ctx.today().year
        years = sorted(set(years) | {today, today + 1})
        self.tahun_combo.blockSignals(True)
        self.tahun_combo.clear()
        for y in years:
            self.tahun_combo.addItem(str(y), y)
        self.tahun_combo.setCurrentIndex(self.tahun_combo.findData(tahun or today))
        self.tahun_combo.blockSignals(False)
        self._muat()

    def tahun(self) -> int | None:
        data = self.tahun_combo.currentData()
        return int(data) if data is not None else None

    def set_tahun(self, tahun: int) -> None:
        index = self.tahun_combo.findData(tahun)
        if index < 0:
            self.tahun_combo.addItem(str(tahun), tahun)
            index = self.tahun_combo.count() - 1
        self.tahun_combo.setCurrentIndex(index)

    def _muat(self) -> None:
        tahun = self.tahun() or self._services.ctx.today().year
        pilihan = self.selected_id()
        daftar = self._services.kinerja.daftar(tahun)
        self.indikator = {i.id: i for i in daftar}
        isi_model(self.model, daftar)
        self.tree.expandAll()
        self.kosong.setText(self.tr(
            "Belum ada indikator Perjanjian Kinerja tahun %1.\nKlik “Tambah…” untuk mencatat "
            "indikator kinerja Kepala Perangkat Daerah, lalu turunkan kepada pejabat di "
            "bawahnya.").replace("%1", str(tahun)))
        self.tree_stack.setCurrentWidget(self.tree if daftar else self.kosong)
        tanpa = sum(1 for i in daftar if not i.tim and not i.permohonan_ids)
        self.ringkasan.setText(self.tr("%1 indikator; %2 belum didukung tim atau penugasan.")
                               .replace("%1", str(len(daftar))).replace("%2", str(tanpa))
                               if daftar else "")
        if pilihan is not None:
            self.select(pilihan)
        self.mph.set_tahun(tahun)
        self._update_actions()

    # ---- selection
    def _index_of(self, indikator_id: int, parent: QModelIndex | None = None) -> QModelIndex:
        parent = parent or QModelIndex()
        for row in range(self.model.rowCount(parent)):
            idx = self.model.index(row, 0, parent)
            if idx.data(ID_ROLE) == indikator_id:
                return idx
            found = self._index_of(indikator_id, idx)
            if found.isValid():
                return found
        return QModelIndex()

    def select(self, indikator_id: int) -> bool:
        idx = self._index_of(indikator_id)
        if idx.isValid():
            self.tree.setCurrentIndex(idx)
            self.tree.scrollTo(idx)
        return idx.isValid()

    def selected_id(self) -> int | None:
        idx = self.tree.currentIndex()
        if not idx.isValid() or not self.tree.selectionModel().hasSelection():
            return None
        value = idx.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def selected(self) -> IndikatorInfo | None:
        iid = self.selected_id()
        return self.indikator.get(iid) if iid is not None else None

    def _update_actions(self) -> None:
        writable = not self._services.read_only_reason
        ada = self.selected() is not None
        self.tambah_button.setEnabled(writable)
        for b in (self.turunan_button, self.ubah_button, self.hapus_button,
                  self.tautkan_button):
            b.setEnabled(writable and ada)

    # ---- actions (each returns the dialog for the tests; None when nothing was shown)
    def dialog_tambah(self, turunan: bool = False) -> IndikatorDialog:
        induk = self.selected_id() if turunan else None
        return IndikatorDialog(self._services, self.tahun() or self._services.ctx.today().year,
                               None, induk, self)

    def tambah(self, turunan: bool = False) -> None:
        self._jalankan(self.dialog_tambah(turunan))

    def dialog_ubah(self) -> IndikatorDialog | None:
        info = self.selected()
        return IndikatorDialog(self._services, info.tahun, info, None, self) if info else None

    def ubah(self) -> None:
        dialog = self.dialog_ubah()
        if dialog is not None:
            self._jalankan(dialog)

    def _jalankan(self, dialog: IndikatorDialog) -> None:
        if dialog.exec() and dialog.hasil is not None:
            self.selesai(dialog.changes, dialog.hasil.id)

    def selesai(self, changes: Changes, pilih: int | None = None) -> None:
        """After a change made here: reload, select `pilih`, tell the area."""
        self._muat()
        if pilih is not None:
            self.select(pilih)
        self.data_changed.emit(changes)

    def hapus(self, tanya: bool = True) -> bool:
        info = self.selected()
        if info is None:
            return False
        didukung_oleh = didukung(info)
        teks = self.tr("Hapus indikator “%1”?").replace("%1", info.label)
        if didukung_oleh:
            teks += " " + self.tr("Tautannya dengan %1 ikut dilepas.").replace("%1",
                                                                               didukung_oleh)
        if tanya and not ask_yes_no(self, self.tr("Hapus indikator"), teks):
            return False
        try:
            changes = self._services.kinerja.hapus(info.id, versi=info.versi)
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Indikator tidak dapat dihapus"))
            return False
        self.selesai(changes, info.induk_id)
        return True

    def dialog_tautkan(self) -> TautkanTimDialog | None:
        info = self.selected()
        return TautkanTimDialog(self._services, info, self) if info else None

    def tautkan(self) -> None:
        dialog = self.dialog_tautkan()
        if dialog is not None and dialog.exec() and dialog.info is not None:
            self.selesai(dialog.changes, dialog.info.id)
