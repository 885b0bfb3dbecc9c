"""The canvas's toolbar and banners as a layout class with public child widgets; the widget
(`orgchart_widget.py`) wires them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from sistemkerja_desktop.domain.bagan_layout import Arah
from sistemkerja_desktop.views.orgchart.dialogs import date_edit

BANNER_STYLE = {
    "amber": "QFrame#banner { background: #fff4e0; border: 1px solid #f0c36d; "
             "border-radius: 4px; }",
    "red": "QFrame#banner { background: #fdecec; border: 1px solid #f3b4b4; "
           "border-radius: 4px; } QLabel { color: #7f1d1d; }",
    "blue": "QFrame#banner { background: #e8f0fe; border: 1px solid #aecbfa; "
            "border-radius: 4px; }",
}


class Banner(QFrame):
    """A one-line message with up to two buttons; hidden until shown."""

    def __init__(self, colour: str, *buttons: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(BANNER_STYLE[colour])
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = [QPushButton(text) for text in buttons]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        for button in self.buttons:
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def tampil(self, html: str) -> None:
        self.label.setText(html)
        self.show()


class OrgChartToolbar(QWidget):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setToolTip(self.tr("Simpan perpindahan kedudukan (Ctrl+S)"))
        self.undo_button = QToolButton()
        self.undo_button.setText(self.tr("Batalkan"))
        self.redo_button = QToolButton()
        self.redo_button.setText(self.tr("Ulangi"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Cari nama / NIP / jabatan…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(150)
        self.search_edit.setMaximumWidth(340)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Hasil sebelumnya (Shift+F3)"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Hasil berikutnya (F3 atau Enter)"))
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(48)
        self.date_edit = date_edit(today)
        self.date_edit.setDisplayFormat("d MMM yyyy")  # "1 Jun 2023": the toolbar fits 1280 px
        self.date_edit.setToolTip(self.tr("Tampilkan kedudukan pada tanggal ini (riwayat)"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Hari ini"))
        self.arah_combo = QComboBox()
        self.arah_combo.addItem(self.tr("Atas–bawah"), Arah.ATAS_BAWAH)
        self.arah_combo.addItem(self.tr("Kiri–kanan"), Arah.KIRI_KANAN)
        self.arah_combo.setToolTip(self.tr("Arah susunan bagan"))
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Perkecil (−)"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Perbesar (+)"))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Paskan"))
        self.fit_button.setToolTip(self.tr("Tampilkan seluruh bagan di jendela (0)"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Ekspor"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.pdf_action = QAction(self.tr("PDF seluruh bagan…"), self)
        self.pdf_branch_action = QAction(self.tr("PDF cabang yang dipilih…"), self)
        self.png_view_action = QAction(self.tr("PNG tampilan saat ini…"), self)
        self.png_all_action = QAction(self.tr("PNG seluruh bagan…"), self)
        for action in (self.pdf_action, self.pdf_branch_action, self.png_view_action,
                       self.png_all_action):
            self.export_menu.addAction(action)
        self.export_button.setMenu(self.export_menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for w in (self.save_button, self.undo_button, self.redo_button):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.search_edit)
        for w in (self.prev_button, self.next_button, self.count_label):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("Per tanggal")))
        layout.addWidget(self.date_edit)
        layout.addWidget(self.today_button)
        layout.addSpacing(12)
        layout.addWidget(self.arah_combo)
        for w in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.export_button)

