"""The team's member list: a drop target for candidates, reorderable by dragging or ▲/▼,
with "Jadikan ketua", "Rincian…" (role, replacement or acting ketua, approval) and "Keluarkan".

Under the list, for a selected member from outside the unit pemilik kinerja: the approval state
with its letter or reason, and "Setujui…" / "Tolak…" (`persetujuan_requested`; the builder records
it through `TeamService.set_persetujuan`). A refused member stays listed, not in the naskah."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.profiles.base import KetuaSementara
from sistemkerja_desktop.domain.tim import PeranTim, Persetujuan
from sistemkerja_desktop.views.teams.fitted_hint import FittedHint
from sistemkerja_desktop.views.teams.labels import asal_label, peran_label
from sistemkerja_desktop.views.teams.member_dialog import MemberDialog
from sistemkerja_desktop.views.teams.member_model import Kolom, MemberModel
from sistemkerja_desktop.views.teams.persetujuan_dialog import PersetujuanDialog

Index = QModelIndex | QPersistentModelIndex


class PeranDelegate(QStyledItemDelegate):
    """Ketua / Anggota / a jabatan dalam tim: an editable combo with the usual choices."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems([peran_label(PeranTim.KETUA), peran_label(PeranTim.ANGGOTA),
                        self.tr("Sekretaris"), self.tr("Bendahara"), self.tr("Koordinator")])
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class MemberTableView(QTableView):
    """Shows a hint where the list is empty: drop pegawai here."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Belum ada anggota.\nSeret pegawai dari daftar calon ke "
                                     "sini, atau pilih lalu tekan Enter."))
            painter.end()


class _BarNote(FittedHint):
    """A wrapped note whose preferred height is its text's at its real width (the bar around it
    then has no empty band)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class MemberListWidget(QWidget):
    persetujuan_requested = Signal(int, str, str)  # pegawai_id, Persetujuan value, dasar/alasan
    minta_requested = Signal()  # "Minta anggota dari unit lain…": a permohonan penugasan

    def __init__(self, model: MemberModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.ketua_sementara: KetuaSementara | None = None  # the profile's acting-ketua rule
        self.title = QLabel()
        self.title.setWordWrap(True)  # the summary wraps beside the request button
        self.minta_button = QPushButton(self.tr("Minta anggota dari unit lain…"))
        self.minta_button.setToolTip(self.tr("Ajukan permohonan penugasan lintas unit untuk tim "
                                             "ini; pegawainya tercantum menunggu persetujuan"))
        self.minta_button.clicked.connect(self.minta_requested)
        self.table = MemberTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.peran_delegate = PeranDelegate(self.table)
        self.table.setItemDelegateForColumn(Kolom.PERAN, self.peran_delegate)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(Kolom.NAMA, QHeaderView.ResizeMode.Stretch)
        for col, width in ((Kolom.PERAN, 112), (Kolom.ASAL, 82), (Kolom.PERSETUJUAN, 82),
                           (Kolom.TIM, 36)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(Kolom.TIM, QHeaderView.ResizeMode.Fixed)
        self.table.installEventFilter(self)

        self.ketua_button = QPushButton(self.tr("Jadikan ketua"))
        self.detail_button = QPushButton(self.tr("Rincian…"))
        self.detail_button.setToolTip(self.tr("Peran, ketua pengganti, dan persetujuan anggota "
                                              "dari luar unit"))
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        for b, tip in ((self.up_button, self.tr("Naikkan urutan")),
                       (self.down_button, self.tr("Turunkan urutan"))):
            b.setToolTip(tip)
            b.setFixedWidth(34)
        self.remove_button = QPushButton(self.tr("Keluarkan"))
        self.remove_button.setToolTip(self.tr("Keluarkan dari tim (Delete)"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.ketua_button, self.detail_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)

        self.persetujuan_note = _BarNote()
        self.setujui_button = QPushButton(self.tr("Setujui…"))
        self.setujui_button.setToolTip(self.tr(
            "Catat persetujuan anggota dari luar unit (dasar/nomor surat opsional)"))
        self.tolak_button = QPushButton(self.tr("Tolak…"))
        self.tolak_button.setToolTip(self.tr(
            "Catat penolakan dengan alasannya; anggota tidak dicantumkan dalam naskah"))
        self.persetujuan_bar = QFrame()
        self.persetujuan_bar.setObjectName("persetujuanBar")
        self.persetujuan_bar.setStyleSheet(
            "#persetujuanBar { background: #faf6ee; border: 1px solid #e4d9c4; "
            "border-radius: 4px; }")
        bar = QHBoxLayout(self.persetujuan_bar)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.persetujuan_note, 1)
        bar.addWidget(self.setujui_button, 0, Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.tolak_button, 0, Qt.AlignmentFlag.AlignVCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.minta_button)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.persetujuan_bar)

        self.ketua_button.clicked.connect(self._on_ketua_button_clicked)
        self.detail_button.clicked.connect(self.edit_current)
        self.up_button.clicked.connect(lambda: self._move_current(-1))
        self.down_button.clicked.connect(lambda: self._move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.setujui_button.clicked.connect(lambda: self.decide_current(Persetujuan.DISETUJUI))
        self.tolak_button.clicked.connect(lambda: self.decide_current(Persetujuan.DITOLAK))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        model.members_changed.connect(self._update_buttons)
        self._update_buttons()

    # ---- public API
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove_rows([row])
            self.select_row(min(row, self.model.rowCount() - 1))

    def edit_current(self) -> None:
        row = self.current_row()
        shown = self.model.shown(row)
        if shown is None:
            return
        result = MemberDialog.ask(self, shown, self.model.info(shown.pegawai_id),
                                  sementara=self.ketua_sementara)
        if result is None:
            return
        original = self.model.anggota()[row]
        # keep a derived origin derived; store the approval only when the dialog changed it
        decided = ((result.persetujuan, result.alasan_persetujuan)
                   != (shown.persetujuan, shown.alasan_persetujuan))
        result = dataclasses.replace(
            result, asal=original.asal,
            persetujuan=result.persetujuan if decided else original.persetujuan,
            alasan_persetujuan=result.alasan_persetujuan if decided
            else original.alasan_persetujuan)
        if result.peran is PeranTim.KETUA and shown.peran is not PeranTim.KETUA:
            self.model.set_ketua(row)
            row = 0
        self.model.replace(row, result)
        self.select_row(row)

    def decide_current(self, persetujuan: Persetujuan) -> None:
        """Setujui… / Tolak…: ask for the letter (optional) or the reason (required), then
        emit `persetujuan_requested`."""
        shown = self.model.shown(self.current_row())
        if shown is None or shown.asal is None or not shown.asal.luar:
            return
        teks = shown.alasan_persetujuan if shown.persetujuan is persetujuan else ""
        answer = PersetujuanDialog.ask(self, self.model.info(shown.pegawai_id).nama,
                                       persetujuan, teks)
        if answer is not None:
            self.persetujuan_requested.emit(shown.pegawai_id, persetujuan.value, answer)

    # ---- internals
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and self.table.state()
                != QAbstractItemView.State.EditingState):
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
        return super().eventFilter(watched, event)

    def _on_ketua_button_clicked(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_ketua(row)
            self.select_row(0)

    def _move_current(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0 and self.model.move(row, row + delta):
            self.select_row(row + delta)

    def _update_buttons(self, *_: object) -> None:
        row = self.current_row()
        n = self.model.rowCount()
        shown = self.model.shown(row)
        for b in (self.detail_button, self.remove_button):
            b.setEnabled(shown is not None)
        self.ketua_button.setEnabled(shown is not None and shown.peran is not PeranTim.KETUA)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < n - 1)
        states = [a.persetujuan for r in range(n) if (a := self.model.shown(r)) is not None]
        waiting = states.count(Persetujuan.MENUNGGU)
        refused = states.count(Persetujuan.DITOLAK)
        text = self.tr("<b>Anggota tim</b> — %1 orang").replace("%1", str(n - refused))
        if waiting:
            text += self.tr(", %1 menunggu persetujuan").replace("%1", str(waiting))
        if refused:
            text += self.tr(" · %1 ditolak (tidak dicantumkan dalam naskah)").replace(
                "%1", str(refused))
        self.title.setText(text)
        self._update_persetujuan_bar()

    def _update_persetujuan_bar(self) -> None:
        shown = self.model.shown(self.current_row())
        luar = shown is not None and shown.asal is not None and shown.asal.luar
        self.persetujuan_bar.setVisible(luar)
        if shown is None or not luar:
            return
        nama = html.escape(self.model.info(shown.pegawai_id).nama)
        asal = html.escape(asal_label(shown.asal))
        alasan = html.escape(shown.alasan_persetujuan)
        if shown.persetujuan is Persetujuan.DITOLAK:
            text = self.tr("<b>%1</b> (%2) <b style='color:#9b1c1c'>ditolak</b>: %3. "
                           "Tidak dicantumkan dalam naskah.").replace(
                "%3", alasan or self.tr("alasan belum diisi"))
        elif shown.persetujuan is Persetujuan.DISETUJUI:
            text = (self.tr("<b>%1</b> (%2) <b style='color:#2e6b30'>disetujui</b>: %3.")
                    .replace("%3", alasan) if alasan
                    else self.tr("<b>%1</b> (%2) <b style='color:#2e6b30'>disetujui</b>."))
        else:
            text = self.tr("<b>%1</b> (%2) <b style='color:#9a5b00'>menunggu persetujuan</b>. "
                           "SK/Surat Tugas final belum dapat diterbitkan sebelum disetujui "
                           "atau ditolak.")
        self.persetujuan_note.setText(text.replace("%1", nama).replace("%2", asal))
        self.setujui_button.setText(self.tr("Ubah dasar…") if shown.persetujuan
                                    is Persetujuan.DISETUJUI else self.tr("Setujui…"))
        self.tolak_button.setText(self.tr("Ubah alasan…") if shown.persetujuan
                                  is Persetujuan.DITOLAK else self.tr("Tolak…"))
