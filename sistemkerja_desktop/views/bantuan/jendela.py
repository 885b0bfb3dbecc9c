"""The help window: pages on the left, the page in a QTextBrowser, a search over all pages.

Non-modal and kept for reuse (`BantuanMenu` owns it). The pages come from `views.bantuan.isi`;
the shortcuts page is rebuilt from the live actions every time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sistemkerja_desktop.domain.profiles import RegulationProfile, list_profiles
from sistemkerja_desktop.views.bantuan import isi


class BantuanWindow(QDialog):
    def __init__(self, profile: RegulationProfile,
                 pintasan: Callable[[], Sequence[isi.Pintasan]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bantuan_window")
        self.setWindowTitle(self.tr("Panduan — Sistem Kerja Desktop"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setModal(False)
        self.resize(1000, 680)
        self._pintasan = pintasan
        self.profile = profile
        self.pages = isi.semua_halaman(profile, pintasan())
        self.kunci = isi.MULAI

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("bantuan_cari")
        self.search_edit.setPlaceholderText(self.tr("Cari di seluruh panduan…"))
        self.search_edit.setClearButtonEnabled(True)
        self.next_button = QPushButton(self.tr("Berikutnya"))
        self.search_label = QLabel()
        self.search_label.setObjectName("bantuan_hasil")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Cari:")))
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.next_button)
        top.addWidget(self.search_label, 3)

        self.nav = QListWidget()
        self.nav.setObjectName("bantuan_halaman")
        for kunci in isi.HALAMAN:
            item = QListWidgetItem(isi.judul_halaman(kunci))
            item.setData(Qt.ItemDataRole.UserRole, kunci)
            self.nav.addItem(item)
        self.nav.setStyleSheet("QListWidget::item { padding: 5px 6px; }")
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(260)

        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("bantuan_profil")
        for p in list_profiles():
            self.profile_combo.addItem(p.singkat or p.nama, p.kode)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(profile.kode)))
        self.profile_row = QWidget()
        row = QHBoxLayout(self.profile_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Profil peraturan:")))
        row.addWidget(self.profile_combo)
        row.addStretch(1)

        self.browser = QTextBrowser()
        self.browser.setObjectName("bantuan_isi")
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(12)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.profile_row)
        rl.addWidget(self.browser, 1)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 780])

        self.close_button = QPushButton(self.tr("Tutup"))
        for button in (self.next_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the search field searches, never closes
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self.cari_berikutnya)
        self.next_button.clicked.connect(self.cari_berikutnya)
        self.profile_combo.currentIndexChanged.connect(self._on_profile_combo_changed)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self,
                  self.search_edit.setFocus)
        self.tampilkan(isi.MULAI)

    # ---- navigation ---------------------------------------------------------------------------

    def tampilkan(self, kunci: str, anchor: str = "") -> None:
        """Show page `kunci` (scrolled to `anchor`, e.g. a finding code on the rules page)."""
        if kunci not in isi.HALAMAN:
            kunci = isi.MULAI
        if kunci == isi.PINTASAN:  # never stale: the actions as they are now
            self.pages[kunci] = isi.html_pintasan(self._pintasan())
        self.kunci = kunci
        row = isi.HALAMAN.index(kunci)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        self.profile_row.setVisible(kunci == isi.ATURAN)
        self.browser.setHtml(self.pages[kunci])
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(isi.HALAMAN):
            self.tampilkan(isi.HALAMAN[row])
            if self.search_edit.text().strip():
                self._sorot()

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        target = url.fragment() or url.toString().lstrip("#")
        if target in isi.HALAMAN:
            self.tampilkan(target)
        elif target:
            self.browser.scrollToAnchor(target)

    def _on_profile_combo_changed(self, _index: int) -> None:
        kode = self.profile_combo.currentData()
        profile = next((p for p in list_profiles() if p.kode == kode), self.profile)
        self.pages[isi.ATURAN] = isi.html_aturan(profile)
        if self.kunci == isi.ATURAN:
            self.tampilkan(isi.ATURAN)

    # ---- search -------------------------------------------------------------------------------

    def _on_search_edit_text_changed(self, text: str) -> None:
        found = set(isi.cari(self.pages, text))
        active = bool(text.strip())
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            hit = not active or item.data(Qt.ItemDataRole.UserRole) in found
            item.setForeground(QBrush() if hit else QBrush(QColor("#9a9a9a")))
        if not active:
            self.search_label.clear()
        elif found:
            names = ", ".join(isi.judul_halaman(k) for k in isi.HALAMAN if k in found)
            self.search_label.setText(self.tr("Ada di: %1").replace("%1", names))
        else:
            self.search_label.setText(self.tr("Tidak ditemukan."))
        self.search_label.setToolTip(self.search_label.text())

    def _sorot(self) -> bool:
        """Select the next occurrence on this page, wrapping to its top once."""
        text = " ".join(self.search_edit.text().split())
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, QTextDocument.FindFlag(0))

    def cari_berikutnya(self) -> None:
        """Enter in the search field: the next occurrence, on this page or the next page that
        has one."""
        text = self.search_edit.text().strip()
        if not text:
            return
        found = isi.cari(self.pages, text)
        if not found:
            return
        if self.kunci in found and self.browser.find(" ".join(text.split())):
            return
        order = list(isi.HALAMAN)
        start = order.index(self.kunci)
        nxt = next((k for k in order[start + 1:] + order[:start + 1] if k in found), found[0])
        self.tampilkan(nxt)
        self._sorot()
