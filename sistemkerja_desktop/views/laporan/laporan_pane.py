"""The *Laporan* tab: on the left *Perlu tindakan* for the chosen person, or every team, or
every person (with a search); on the right the timeline of the selected team or person (periods
across, a status chip each) and the selected report's page, where it is written, sent, accepted
or returned in place. "Keadaan pada" evaluates everything at any date (lateness included);
*Minta laporan…* and *Nyatakan selesai…* act on the selected team."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.services.team_dto import TimRingkas
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.widgets import ElidingComboBox
from sistemkerja_desktop.views.laporan import penunggu, sumber, tim_aksi
from sistemkerja_desktop.views.laporan.daftar_model import (
    ENTRI_ROLE,
    DaftarFilter,
    DaftarModel,
    Entri,
    EntriDelegate,
)
from sistemkerja_desktop.views.laporan.laporan_page import LaporanPage
from sistemkerja_desktop.views.laporan.linimasa import Linimasa, cari_periode
from sistemkerja_desktop.views.laporan.periode_strip import PeriodeStrip
from sistemkerja_desktop.views.penugasan.inbox_widget import EmptyListView
from sistemkerja_desktop.views.teams.labels import from_qdate, to_qdate

log = logging.getLogger(__name__)


class LaporanPane(QWidget):
    data_changed = Signal(object)  # Changes
    count_changed = Signal(int, str)  # Perlu tindakan of the chosen person (at the date), NIP

    MODE_TINDAKAN, MODE_TIM, MODE_PEGAWAI = range(3)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._filling = False
        self._keep_cell = True  # a reload stays on the selected period (not on a new date)
        self._tims: dict[int, TimRingkas] = {}
        self.tanggal = services.ctx.today()
        self.model = DaftarModel(self)
        self.proxy = DaftarFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()

    # ---- construction
    def _build(self) -> None:
        self.person_combo = ElidingComboBox()
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person_combo.setMinimumContentsLength(20)
        self.person_combo.setToolTip(self.tr("Pejabat atau pegawai yang bertindak: laporan yang "
                                             "menunggunya ada di Perlu tindakan; pilihan ini "
                                             "diingat."))
        self.date_edit = QDateEdit(to_qdate(self.tanggal))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setToolTip(self.tr("Status dan keterlambatan dihitung pada tanggal ini"))
        self.today_button = QPushButton(self.tr("Hari ini"))
        self.minta_button = QPushButton(self.tr("Minta laporan…"))
        self.selesai_button = QPushButton(self.tr("Nyatakan selesai…"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Bertindak sebagai")))
        top.addWidget(self.person_combo, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Keadaan pada")))
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.minta_button)
        top.addWidget(self.selesai_button)

        self.mode_buttons = QButtonGroup(self)
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for i, text in enumerate((self.tr("Perlu tindakan"), self.tr("Per tim"),
                                  self.tr("Per pegawai"))):
            b = QPushButton(text)
            b.setCheckable(True)
            self.mode_buttons.addButton(b, i)
            modes.addWidget(b)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari tim, pegawai atau periode…"))
        self.search.setClearButtonEnabled(True)
        self.list = EmptyListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(EntriDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(4)
        lv.addLayout(modes)
        lv.addWidget(self.search)
        lv.addWidget(self.list, 1)

        self.caption = QLabel()  # the team's or person's name; clipped when narrow
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend = QLabel(tim_aksi.legend())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.strip = PeriodeStrip()
        self.page = LaporanPage(self._services)
        strip_box = QWidget()
        sv = QVBoxLayout(strip_box)
        sv.setContentsMargins(4, 0, 0, 0)
        sv.setSpacing(2)
        cap = QHBoxLayout()
        cap.addWidget(self.caption, 1)
        cap.addWidget(self.legend)
        sv.addLayout(cap)
        sv.addWidget(self.strip, 1)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(strip_box)
        self.right.addWidget(self.page)
        self.right.setChildrenCollapsible(False)
        self.right.setStretchFactor(1, 1)
        self.right.setSizes([235, 380])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 860])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.person_combo.currentIndexChanged.connect(self._on_person_changed)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.today_button.clicked.connect(
            lambda: self.set_tanggal(self._services.ctx.today()))
        self.mode_buttons.idClicked.connect(self.set_mode)
        self.search.textChanged.connect(self._on_search)
        self.list.selectionModel().currentRowChanged.connect(self._on_entry_changed)
        self.strip.sel_dipilih.connect(self.page.show_sel)
        self.page.acted.connect(self._on_acted)
        self.page.act_as.connect(self.set_person)
        self.minta_button.clicked.connect(lambda: self.minta())
        self.selesai_button.clicked.connect(lambda: self.nyatakan_selesai())
        self.mode_buttons.button(self.MODE_TIM).setChecked(True)

    # ---- contract
    def nip(self) -> str:
        return str(self.person_combo.currentData() or "")

    def mode(self) -> int:
        return self.mode_buttons.checkedId()

    def refresh(self) -> None:
        """Reload the people, the list (keeping the selection), the timeline and the page."""
        self._fill_people()
        self._load_list()

    def set_tanggal(self, d: dt.date) -> None:
        self.date_edit.setDate(to_qdate(d))  # → _on_date_changed

    def set_person(self, nip: str) -> bool:
        index = self.person_combo.findData(nip)
        if index < 0:
            nama = self.page._nama(nip)
            if not nama or nama == nip:
                return False
            self.person_combo.addItem(self.tr("%1 (0)").replace("%1", nama), nip)
            index = self.person_combo.count() - 1
        self.person_combo.setCurrentIndex(index)
        return True

    def set_mode(self, mode: int) -> None:
        self.mode_buttons.button(mode).setChecked(True)
        self.search.clear()
        self._load_list(keep=False)

    def open_tindakan(self, nip: str = "", laporan_id: int | None = None) -> bool:
        """*Perlu tindakan* of `nip` (or the chosen person), on the report `laporan_id`."""
        if nip:
            self.set_person(nip)
        self.set_mode(self.MODE_TINDAKAN)
        if laporan_id is None:
            return self.model.rowCount() > 0
        row = next((i for i, e in enumerate(self.model.entri) if e.kunci[0] == laporan_id),
                   None)
        if row is None:
            return False
        self._select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def current_entry(self) -> Entri | None:
        index = self.list.currentIndex()
        return index.data(ENTRI_ROLE) if index.isValid() else None

    def current_tim(self) -> TimRingkas | None:
        e = self.current_entry()
        if e is not None and e.jenis == "tim":
            return e.data
        sel = self.strip.current_sel()
        tim_id = sel.lajur.tim_id if sel is not None else None
        if tim_id is None and e is not None and e.jenis == "tindakan":
            tim_id = e.data.laporan.tim_id
        return self._tims.get(tim_id) if tim_id is not None else None

    # ---- loading
    def _fill_people(self) -> None:
        try:
            waiting = penunggu.penunggu(self._services, self.tanggal)
            chosen = self.nip() or penunggu.chosen_nip(self._services, waiting, self.tanggal)
            self._tims = {t.id: t for t in self._services.teams.teams()}
        except SistemKerjaError as exc:  # no Perangkat Daerah yet
            log.info("Laporan not loaded: %s", exc.code)
            waiting, chosen = [], ""
        self._filling = True
        self.person_combo.clear()
        for p in waiting:
            label = f"{p.nama} — {p.jabatan}" if p.jabatan else p.nama
            self.person_combo.addItem(f"{label} ({p.jumlah})", p.nip)
        if chosen and self.person_combo.findData(chosen) < 0:
            nama = self.page._nama(chosen)
            if nama and nama != chosen:
                self.person_combo.addItem(self.tr("%1 (0)").replace("%1", nama), chosen)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(chosen)))
        self._filling = False
        self.page.acting_nip = self.nip()

    def _load_list(self, keep: bool = True) -> None:
        current = self.current_entry()
        kunci = current.kunci if (keep and current is not None) else None
        mode, nip = self.mode(), self.nip()
        try:
            if mode == self.MODE_TINDAKAN:
                entri = sumber.entri_tindakan(self._services, nip, self.tanggal) if nip else []
            elif mode == self.MODE_TIM:
                entri = sumber.entri_tim(self._services, self.tanggal)
            else:
                entri = sumber.entri_pegawai(self._services, self.tanggal)
        except SistemKerjaError as exc:
            log.info("Laporan list not loaded: %s", exc.code)
            entri = []
        self.model.set_entri(entri)
        self.list.setProperty("empty_text", {
            self.MODE_TINDAKAN: self.tr("Tidak ada laporan yang menunggu tindakan."),
            self.MODE_TIM: self.tr("Belum ada tim kerja aktif yang wajib melapor."),
            self.MODE_PEGAWAI: self.tr("Belum ada pegawai yang wajib melapor."),
        }[mode])
        self._update_count(entri if mode == self.MODE_TINDAKAN else None)
        row = self.model.row_of(kunci) if kunci is not None else None
        if row is not None:
            self._select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())
            self._show_entry(self.model.entri[row])
        elif self.proxy.rowCount():
            self._select_row(0)
        else:
            self.strip.set_linimasa(Linimasa(), self.tanggal)
            self.caption.setText("")
            self.page.show_nothing(self.list.property("empty_text"))
        self.minta_button.setEnabled(self.current_tim() is not None)
        self.selesai_button.setEnabled(self.current_tim() is not None)

    def _update_count(self, entri: list[Entri] | None) -> None:
        nip = self.nip()
        try:
            n = len(entri) if entri is not None else (
                self._services.laporan.jumlah_perlu_tindakan(nip, tanggal=self.tanggal)
                if nip else 0)
        except SistemKerjaError:
            n = 0
        self.mode_buttons.button(self.MODE_TINDAKAN).setText(
            self.tr("Perlu tindakan (%1)").replace("%1", str(n)) if n else
            self.tr("Perlu tindakan"))
        self.count_changed.emit(n, nip)

    def _select_row(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_entry_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        e = current.data(ENTRI_ROLE) if current.isValid() else None
        if isinstance(e, Entri):
            self._show_entry(e)
        self.minta_button.setEnabled(self.current_tim() is not None)
        self.selesai_button.setEnabled(self.current_tim() is not None)

    def _show_entry(self, e: Entri, laporan_id: int | None = None) -> None:
        """The entry's timeline, on `laporan_id` or the entry's report or the current period."""
        keep = self.strip.current_sel() if self._keep_cell else None
        try:
            if e.jenis == "tim":
                lin = sumber.linimasa_tim(self._services, e.data, self.tanggal)
                caption = e.data.nama
            elif e.jenis == "pegawai":
                lin = sumber.linimasa_pegawai(self._services, e.data, self.tanggal)
                caption = e.judul
            else:
                r = e.data.laporan
                tim = self._tims.get(r.tim_id) if r.tim_id is not None else None
                lin = (sumber.linimasa_tim(self._services, tim, self.tanggal) if tim else
                       sumber.linimasa_pegawai(self._services, r.pelapor_nip, self.tanggal))
                caption = tim.nama if tim else r.pelapor_nama
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Linimasa laporan tidak dapat dimuat"))
            return
        self.caption.setText(tim_aksi.caption(caption))
        self.strip.set_linimasa(lin, self.tanggal)
        self.page.at(self.tanggal)
        target = None
        if laporan_id is not None:
            target = lin.cari(laporan_id)
        elif e.jenis == "tindakan":
            r = e.data.laporan
            target = (lin.cari(r.id) if r.id is not None else
                      cari_periode(lin, r.pelapor_nip, r.periode))
        elif keep is not None:
            target = (lin.cari(keep.ringkas.id) if keep.ringkas and keep.ringkas.id else
                      cari_periode(lin, keep.lajur.pelapor_nip, keep.kolom.judul))
        if target is not None:
            self.strip.select(self.strip.grid.index(*target))
        elif not self.strip.select_terkini(self.tanggal):
            self.page.show_nothing()
        sel = self.strip.current_sel()
        if sel is not None:
            self.page.show_sel(sel)  # the same cell again: its report reloaded

    # ---- reacting
    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self._select_row(0)  # the selected entry was filtered out: the first one found
    def _on_person_changed(self, _index: int) -> None:
        if self._filling:
            return
        nip = self.nip()
        penunggu.remember_nip(nip)
        self.page.acting_nip = nip
        self._load_list(keep=self.mode() != self.MODE_TINDAKAN)

    def _on_date_changed(self, d: QDate) -> None:
        self.tanggal = from_qdate(d)
        self.page.at(self.tanggal)
        self._keep_cell = False  # the period running on the new date
        try:
            self.refresh()
        finally:
            self._keep_cell = True

    def _on_acted(self, ringkas, changes) -> None:
        self._fill_people()
        e = self.current_entry()
        self._load_list()
        if e is not None and e.jenis != "tindakan" and ringkas.id is not None:
            cell = self.strip.grid.linimasa.cari(ringkas.id)
            if cell is not None:
                self.strip.select(self.strip.grid.index(*cell))
        self.data_changed.emit(changes)

    def minta(self) -> bool:
        got = tim_aksi.minta(self, self._services, self.current_tim(), self.nip(),
                             self.tanggal)
        if got is None:
            return False
        self._on_acted(*got)
        return True

    def nyatakan_selesai(self) -> bool:
        got = tim_aksi.selesai(self, self._services, self.current_tim(), self.nip(),
                               self.tanggal)
        if got is None:
            return False
        self._fill_people()
        self._load_list()
        self.data_changed.emit(got[1])
        return True
