"""The "Bagan Organisasi" area: the whole Perangkat Daerah on one canvas.

Wires the toolbar, the canvas (document → scene → view) and the findings panel. Moves are
checked with the active profile when dropped (`domain.pindah`): a galat refuses the drop and
quotes the Pasal, a peringatan asks; accepted moves go on the undo stack until *Simpan*.
The shell calls `refresh()`; unsaved moves follow the `views.common.unsaved.UnsavedEdits`
protocol (`unsaved_description()`, `save_unsaved()`, `discard_unsaved()`); `show_pegawai(nip)`
and `show_ppk_of(nip)` let other areas jump to a person (or their PPK) on the chart.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.bagan_layout import Arah, tata_letak
from sistemkerja_desktop.domain.errors import ConflictError, SistemKerjaError
from sistemkerja_desktop.domain.findings import Finding, Tingkat
from sistemkerja_desktop.domain.periksa import tanggal_indonesia
from sistemkerja_desktop.domain.profiles import get_profile
from sistemkerja_desktop.domain.tim import StatusTim
from sistemkerja_desktop.services.container import Services
from sistemkerja_desktop.views.common.konflik import KonflikDialog
from sistemkerja_desktop.views.common.messages import show_error
from sistemkerja_desktop.views.common.unsaved import confirm_leave
from sistemkerja_desktop.views.orgchart.dialogs import to_date
from sistemkerja_desktop.views.orgchart.document import OrgChartDocument
from sistemkerja_desktop.views.orgchart.ekspor_aksi import EksporBagan
from sistemkerja_desktop.views.orgchart.items import NodeItem
from sistemkerja_desktop.views.orgchart.moves import PindahFlow
from sistemkerja_desktop.views.orgchart.overlay_tim import GarisTim, TeamOverlay, TeamOverlayBox
from sistemkerja_desktop.views.orgchart.panel import TemuanPanel
from sistemkerja_desktop.views.orgchart.pencarian import Pencarian
from sistemkerja_desktop.views.orgchart.scene import OrgChartScene, tanpa_gc
from sistemkerja_desktop.views.orgchart.toolbar import Banner, OrgChartToolbar
from sistemkerja_desktop.views.orgchart.view import OrgChartView

log = logging.getLogger(__name__)


class OrgChartWidget(QWidget):
    data_changed = Signal(object)  # services.changes.Changes, after Simpan
    modified_changed = Signal(bool)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.document = OrgChartDocument(self)
        self.scene = OrgChartScene(self)
        self.view = OrgChartView(self.scene)
        self.panel = TemuanPanel()
        self.overlay = TeamOverlay(self.scene)
        self.overlay_box = TeamOverlayBox()
        self.panel.layout().addWidget(self.overlay_box)
        self._tims: list[GarisTim] | None = None  # active teams, loaded when the overlay is on
        self.bar = OrgChartToolbar(services.ctx.today())
        self.arah = Arah.ATAS_BAWAH
        self.ciut: set[str] = set()
        self.fokus: str | None = None
        self._fitted = False
        self.flow = PindahFlow(self)
        self.ekspor = EksporBagan(self)
        self.cari = Pencarian(self)
        self._build()
        self._wire()
        self.refresh()

    # ---- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.unsaved_banner = Banner("amber", self.tr("Simpan"), self.tr("Buang perubahan"))
        self.alert_banner = Banner("red", self.tr("Tutup"))
        self.focus_banner = Banner("blue", self.tr("Tampilkan seluruh bagan"))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: #52606d;")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([980, 300])
        self.splitter.setChildrenCollapsible(False)
        canvas = QWidget()
        cl = QVBoxLayout(canvas)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(6)
        for w in (self.unsaved_banner, self.alert_banner, self.focus_banner):
            cl.addWidget(w)
        cl.addWidget(self.splitter, 1)
        cl.addWidget(self.status_label)
        self.empty_label = QLabel(self.tr(
            "Belum ada Perangkat Daerah di berkas ini. Buat Perangkat Daerah atau impor "
            "daftar pegawai di area “Struktur & Kedudukan”."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(canvas)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)

        stack = self.document.undo_stack
        keys = QKeySequence.StandardKey
        self.undo_action = self._action(self.tr("Batalkan"), stack.undo, keys.Undo)
        self.redo_action = self._action(self.tr("Ulangi"), stack.redo, keys.Redo, "Ctrl+Y")
        self.save_action = self._action(self.tr("Simpan"), self.simpan, keys.Save)
        self._action(self.tr("Cari"), self.cari.fokus, keys.Find)
        self._action(self.tr("Hasil berikutnya"), lambda: self.cari.lompat(1), "F3")
        self._action(self.tr("Hasil sebelumnya"), lambda: self.cari.lompat(-1), "Shift+F3")
        self.bar.undo_button.setDefaultAction(self.undo_action)
        self.bar.redo_button.setDefaultAction(self.redo_action)
        self._update_undo()

    def _action(self, text: str, slot: object, *keys: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])  # type: ignore[arg-type]
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _wire(self) -> None:
        doc, bar = self.document, self.bar
        doc.changed.connect(self._on_document_changed)
        doc.modified_changed.connect(self._on_document_modified_changed)
        doc.undo_stack.indexChanged.connect(self._update_undo)
        self.overlay_box.toggle.toggled.connect(lambda _on: self._gambar_tim())
        bar.save_button.clicked.connect(self.simpan)
        bar.search_edit.textChanged.connect(self.cari.cari)
        bar.search_edit.returnPressed.connect(lambda: self.cari.lompat(1))
        bar.next_button.clicked.connect(lambda: self.cari.lompat(1))
        bar.prev_button.clicked.connect(lambda: self.cari.lompat(-1))
        bar.date_edit.dateChanged.connect(lambda _d: doc.set_tanggal(to_date(bar.date_edit)))
        bar.today_button.clicked.connect(self._on_today_button_clicked)
        bar.arah_combo.currentIndexChanged.connect(self._on_arah_combo_changed)
        bar.zoom_in_button.clicked.connect(lambda: self.view.perbesar())
        bar.zoom_out_button.clicked.connect(lambda: self.view.perbesar(1 / 1.25))
        bar.fit_button.clicked.connect(self.view.fit_all)
        bar.pdf_action.triggered.connect(lambda: self.ekspor.pdf(None))
        bar.pdf_branch_action.triggered.connect(lambda: self.ekspor.pdf(self._branch()))
        bar.png_view_action.triggered.connect(self.ekspor.png_tampilan)
        bar.png_all_action.triggered.connect(self.ekspor.png_seluruh)
        self.unsaved_banner.buttons[0].clicked.connect(self.simpan)
        self.unsaved_banner.buttons[1].clicked.connect(self._on_discard_clicked)
        self.alert_banner.buttons[0].clicked.connect(self.alert_banner.hide)
        self.focus_banner.buttons[0].clicked.connect(self.tampilkan_semua)
        self.scene.toggle_requested.connect(self.toggle)
        self.view.cards_dropped.connect(self.flow.pindahkan)
        self.view.nilai_sasaran = self.flow.nilai_sasaran
        self.view.tooltip_for = self.ekspor.tooltip
        self.view.context_requested.connect(self._on_view_context_requested)
        self.view.zoom_changed.connect(lambda _z: self._update_status())
        self.panel.finding_activated.connect(self.cari.tunjukkan_temuan)

    # ---- contract with the main window --------------------------------------------------

    def refresh(self) -> None:
        """Reload the saved data; unsaved moves on the canvas are kept."""
        try:
            with tanpa_gc():
                struktur = self._services.agency.struktur()
            profile = get_profile(struktur.pd.profil)
        except SistemKerjaError as exc:  # no agency yet, or a profile this version lacks
            log.info("Chart not shown: %s", exc.code)
            self.document.load(None, None, self.document.tanggal)
            return
        if self.document.loaded:
            self.document.rebase(struktur, profile)
        else:
            self.document.load(struktur, profile, to_date(self.bar.date_edit))

    @property
    def services(self) -> Services:
        return self._services

    def has_unsaved_changes(self) -> bool:
        return self.document.has_unsaved_changes()

    def maybe_save(self, action: str = "") -> bool:
        """Before leaving: Simpan / Buang / Batal (the shell's one question). True if it is
        fine to go on."""
        return confirm_leave(self, self, action)

    # `views.common.unsaved.UnsavedEdits`
    def unsaved_description(self) -> str | None:
        n = self.document.jumlah_tertunda() if self.document.loaded else 0
        return self.tr("%1 perpindahan kedudukan di bagan").replace("%1", str(n)) if n else None

    def save_unsaved(self) -> bool:
        return self.simpan()

    def discard_unsaved(self) -> None:
        self._on_discard_clicked()

    def show_pegawai(self, nip: str) -> bool:
        """Select and centre the card of the pegawai with this NIP. False if not on the chart
        (e.g. not active, or not placed yet on the date shown)."""
        return self.cari.tunjukkan_pegawai(nip)

    def show_ppk_of(self, nip: str) -> bool:
        """Select and centre the card of the PPK of the pegawai with this NIP."""
        return self.cari.tunjukkan_ppk_pegawai(nip)

    def simpan(self) -> bool:
        batal, rencana = self.document.pending()
        if not batal and not rencana:
            return True
        try:
            catatan, changes = self._services.kedudukan.simpan(
                batal, rencana, dilihat=self.document.dilihat())
            baseline = self._services.agency.struktur()
        except ConflictError as exc:  # changed elsewhere since the chart was loaded
            if KonflikDialog.ask(self, exc.message):
                self.muat_ulang()
            return False
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Perubahan bagan tidak dapat disimpan"))
            return False
        self.document.mark_saved(catatan, baseline)
        self.flow.batch = None
        self.data_changed.emit(changes)
        return True

    def muat_ulang(self) -> None:
        """The saved data as it is now (after a conflict); the unsaved moves are dropped."""
        try:
            struktur = self._services.agency.struktur()
        except SistemKerjaError as exc:
            show_error(self, exc, self.tr("Bagan tidak dapat dimuat ulang"))
            return
        self.flow.batch = None
        self.document.load(struktur, get_profile(struktur.pd.profil), self.document.tanggal)

    # ---- showing --------------------------------------------------------------------------

    def _on_document_changed(self) -> None:
        if not self.document.loaded:
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)
        with tanpa_gc():
            self.document.bagan  # noqa: B018 - derive chart and findings now, without GC
            self.tampilkan()
        self.panel.set_findings(self.document.findings)
        self.cari.cari(self.bar.search_edit.text(), jump=False)
        self._update_banner()

    def tampilkan(self) -> None:
        """Lay out and show the chart with the current view state."""
        bagan = self.document.bagan
        self.ciut &= set(bagan.nodes)
        if self.fokus is not None and self.fokus not in bagan.nodes:
            self.fokus = None
        with tanpa_gc():
            letak = tata_letak(bagan, arah=self.arah, ciut=self.ciut, fokus=self.fokus)
            self.scene.tampilkan(bagan, letak, self.document.temuan)
        if self.fokus is not None:
            self.focus_banner.tampil(self.tr("Menampilkan cabang <b>%1</b> saja.")
                                     .replace("%1", bagan.nodes[self.fokus].judul))
        else:
            self.focus_banner.hide()
        if not self._fitted and self.isVisible():
            self.view.tampilan_awal()
            self._fitted = True
        self._gambar_tim()
        self._update_status()

    def teams_changed(self) -> None:
        """Team memberships changed elsewhere: redraw the overlay if it is shown."""
        self._tims = None
        self._gambar_tim()

    def _gambar_tim(self) -> None:
        if not self.overlay_box.toggle.isChecked() or not self.document.loaded:
            self.overlay.sembunyikan()
            self.overlay_box.set_legend((), 0)
            return
        if self._tims is None:
            self._tims = [GarisTim(t.nama, t.ketua_nip, t.anggota_nip)
                          for t in self._services.teams.teams() if t.status is StatusTim.AKTIF]
        pegawai = self.document.struktur.pegawai_by_id
        nip_to_key = {pegawai[c.kartu.pegawai_id].nip: key for key, c in self.scene.cards.items()
                      if c.kartu.pegawai_id in pegawai}
        drawn = self.overlay.tampilkan(self._tims, nip_to_key)
        self.overlay_box.set_legend(self._tims, drawn)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted and self.scene.letak is not None:
            self.view.tampilan_awal()
            self._fitted = True

    def toggle(self, node_id: str) -> None:
        """Collapse or expand a node, keeping it where it is on screen."""
        item = self.scene.nodes.get(node_id)
        before = item.scenePos() if item is not None else None
        self.ciut ^= {node_id}
        self.tampilkan()
        after = self.scene.nodes.get(node_id)
        if before is not None and after is not None:
            delta = (after.scenePos() - before) * self.view.skala()
            h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
            h.setValue(h.value() + round(delta.x()))
            v.setValue(v.value() + round(delta.y()))

    def fokus_cabang(self, node_id: str) -> None:
        self.fokus = node_id
        self.tampilkan()
        self.view.fit_all()

    def tampilkan_semua(self) -> None:
        self.fokus = None
        self.tampilkan()
        self.view.fit_all()

    def tampakkan(self, node_id: str) -> None:
        """Make a node visible: expand its collapsed ancestors, leave a focus that hides it."""
        bagan = self.document.bagan
        ancestors = bagan.leluhur(node_id)
        changed = bool(self.ciut & set(ancestors))
        self.ciut -= set(ancestors)
        if self.fokus is not None and self.fokus != node_id and self.fokus not in ancestors:
            self.fokus = None
            changed = True
        if changed:
            self.tampilkan()

    def _update_status(self) -> None:
        if not self.document.loaded:
            return
        bagan, findings = self.document.bagan, self.document.findings
        n_galat = sum(1 for f in findings if f.tingkat is Tingkat.GALAT)
        self.status_label.setText(self.tr(
            "%1 pegawai · %2 galat, %3 peringatan · keadaan per %4 · %5 · zoom %6%")
            .replace("%1", str(len(bagan.kartu_pegawai)))
            .replace("%2", str(n_galat)).replace("%3", str(len(findings) - n_galat))
            .replace("%4", tanggal_indonesia(self.document.tanggal))
            .replace("%5", self.document.profile.singkat if self.document.profile else "")
            .replace("%6", str(round(self.view.skala() * 100))))

    def _update_banner(self) -> None:
        n = self.document.jumlah_tertunda()
        if n:
            text = self.tr("<b>%1 perpindahan kedudukan belum disimpan.</b> Ctrl+Z membatalkan "
                           "langkah terakhir.").replace("%1", str(n))
            if self.flow.batch is not None:
                text += self.tr(" TMT %1, dasar %2 dipakai untuk perpindahan berikutnya.") \
                    .replace("%1", tanggal_indonesia(self.flow.batch.tmt)) \
                    .replace("%2", self.flow.batch.dasar or "—")
            self.unsaved_banner.tampil(text)
        else:
            self.unsaved_banner.hide()
        self.bar.save_button.setEnabled(bool(n))
        self.save_action.setEnabled(bool(n))

    def _update_undo(self, *_: object) -> None:
        stack = self.document.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setToolTip(self.tr("Batalkan: %1 (Ctrl+Z)").replace(
            "%1", stack.undoText()) if stack.canUndo() else self.tr("Batalkan (Ctrl+Z)"))
        self.redo_action.setToolTip(self.tr("Ulangi: %1 (Ctrl+Y)").replace(
            "%1", stack.redoText()) if stack.canRedo() else self.tr("Ulangi (Ctrl+Y)"))

    def _on_document_modified_changed(self, modified: bool) -> None:
        # the shell marks its title (it has the '[*]'): this widget is not a window
        self._update_banner()
        self.modified_changed.emit(modified)

    # ---- context menu, export ------------------------------------------------------------

    def _branch(self) -> str | None:
        """The node a branch command applies to: the keyboard focus, else the focused branch."""
        key = self.scene.fokus
        if key in self.scene.nodes:
            return key
        if key in self.scene.cards:
            owner = self.scene._owner(self.scene.cards[key])
            return owner.node.id if owner is not None else None
        return self.fokus

    def _on_view_context_requested(self, key: str, pos: QPoint) -> None:
        menu = self.context_menu(key)
        if not menu.isEmpty():
            menu.exec(pos)

    def context_menu(self, key: str) -> QMenu:
        """The actions for a card (key) or a unit/group (node id)."""
        menu = QMenu(self)
        card = self.scene.cards.get(key)
        if card is not None:
            if card.kartu.dapat_dipindah:
                if not card.isSelected():
                    self.scene.clearSelection()
                    card.setSelected(True)
                menu.addAction(self.tr("Pindahkan ke Pejabat Penilai Kinerja lain…"),
                               self.flow.pindahkan_terpilih)
            lihat = menu.addAction(self.tr("Lihat PPK"),
                                   lambda k=key: self.cari.tunjukkan_ppk(k))
            lihat.setEnabled(self.document.bagan.kartu_ppk(card.kartu) is not None)
            lihat.setObjectName("lihat_ppk")
            owner = self.scene._owner(card)
            key = owner.node.id if owner is not None else key
        if key in self.scene.nodes:
            item = self.scene.nodes[key]
            if isinstance(item, NodeItem) and item.punya_anak:
                menu.addAction(self.tr("Bentangkan") if key in self.ciut else self.tr("Ciutkan"),
                               lambda: self.toggle(key))
            menu.addAction(self.tr("Fokus pada cabang ini"), lambda: self.fokus_cabang(key))
            menu.addAction(self.tr("Ekspor cabang ini ke PDF…"), lambda: self.ekspor.pdf(key))
        if self.fokus is not None:
            menu.addAction(self.tr("Tampilkan seluruh bagan"), self.tampilkan_semua)
        return menu

    # ---- slots -----------------------------------------------------------------------------

    def _on_today_button_clicked(self) -> None:
        today = self._services.ctx.today()
        self.bar.date_edit.setDate(QDate(today.year, today.month, today.day))

    def _on_arah_combo_changed(self, _index: int) -> None:
        self.arah = Arah(self.bar.arah_combo.currentData())
        self.tampilkan()
        self.view.tampilan_awal()

    def _on_discard_clicked(self) -> None:
        self.document.discard()
        self.flow.batch = None
        self._update_banner()

    def tolak(self, findings: Sequence[Finding] = (), message: str = "") -> None:
        """Show why a move was refused (red banner), quoting the rule and its Pasal."""
        parts = [self.tr("<b>Perpindahan ditolak.</b>")]
        if message:
            parts.append(message)
        for f in list(findings)[:3]:
            parts.append(f"{f.pesan}<br><i>{self.tr('Dasar')}: {f.dasar}</i>")
        if len(findings) > 3:
            parts.append(self.tr("… dan %1 alasan lain").replace("%1", str(len(findings) - 3)))
        self.alert_banner.tampil("<br>".join(parts))
