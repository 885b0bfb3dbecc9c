"""Bars across the top of the main window about the data file itself:

- yellow, while the file is open read-only: why (read-only folder or file, a damaged file,
  another window has it) and that nothing can be saved; with *Pulihkan dari cadangan…* for a
  damaged file and *Ambil alih* for another laptop's old lock;
- blue, once, after opening upgraded the file: where the copy made before the upgrade is.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the type only: views reach the database through these objects
    from sistemkerja_desktop.services.container import Services

WARNING_STYLE = ("QFrame#{name} {{ background: #fef3c7; border: none; "
                 "border-bottom: 1px solid #f59e0b; }} QFrame#{name} QLabel {{ color: #78350f; }}")
INFO_STYLE = ("QFrame#{name} {{ background: #e0f2fe; border: none; "
              "border-bottom: 1px solid #38bdf8; }} QFrame#{name} QLabel {{ color: #0c4a6e; }}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileBanner", text)


class FileBanner(QFrame):
    """One bar: a message and a few buttons (`add_button`); `close_button` hides it."""

    def __init__(self, name: str, style: str, text: str, parent: QWidget | None = None,
                 *, closable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(style.format(name=name))
        self.label = QLabel(text)
        self.label.setObjectName(f"{name}_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(14, 8, 10, 8)
        self._layout.addWidget(self.label, 1)
        self.close_button: QPushButton | None = None
        if closable:
            self.close_button = self.add_button(_tr("Tutup"))
            self.close_button.clicked.connect(self.hide)

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        index = self._layout.count() - (1 if self.close_button is not None else 0)
        self._layout.insertWidget(index, button)
        return button


def read_only_text(reason: str) -> str:
    if reason.endswith("dibuka hanya-baca"):  # another window has it (services.file_lock)
        return _tr("<b>%1.</b> Perubahan tidak dapat disimpan di jendela ini; tutup berkas di "
                   "sana lebih dulu untuk mengubah data.").replace("%1", html.escape(reason))
    return _tr("<b>Hanya-baca:</b> %1. Perubahan tidak dapat disimpan selama berkas ini dibuka "
               "seperti ini.").replace("%1", html.escape(_reason_sentence(reason)))


def _reason_sentence(reason: str) -> str:
    """The read-only reason as the start of a sentence."""
    known = {
        "folder hanya-baca": _tr("folder berkas data ini tidak dapat ditulis (hanya-baca)"),
        "berkas hanya-baca": _tr("berkas data ini ditandai hanya-baca"),
        "berkas rusak": _tr("berkas data ini rusak; pulihkan dari cadangan"),
    }
    for key, sentence in known.items():
        if reason.startswith(key):
            return sentence
    return reason


class FileBanners(QWidget):
    """The bars for one window's file, stacked; empty (hidden) for a normal writable file."""

    take_over_requested = Signal()
    restore_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("file_banners")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.read_only: FileBanner | None = None
        self.upgraded: FileBanner | None = None
        self.take_over_button: QPushButton | None = None
        self.restore_button: QPushButton | None = None
        reason = services.read_only_reason
        if reason:
            self.read_only = FileBanner("read_only_banner", WARNING_STYLE, read_only_text(reason))
            self.read_only.setToolTip(str(services.db_path))
            if services.damaged:
                self.restore_button = self.read_only.add_button(_tr("Pulihkan dari cadangan…"))
                self.restore_button.clicked.connect(self.restore_requested)
            if services.may_take_over():
                self.read_only.label.setText(self.read_only.label.text() + " " + _tr(
                    "Kunci ini sudah lebih dari 12 jam; bila laptop itu tidak lagi membukanya, "
                    "Anda dapat mengambil alih."))
                self.take_over_button = self.read_only.add_button(_tr("Ambil alih"))
                self.take_over_button.clicked.connect(self.take_over_requested)
            layout.addWidget(self.read_only)
        backup = services.upgrade_backup
        if backup is not None:
            self.upgraded = FileBanner("upgrade_banner", INFO_STYLE, _tr(
                "Berkas data diperbarui ke versi aplikasi ini. Salinan sebelum pembaruan: "
                "<b>%1</b> di folder %2.").replace("%1", html.escape(backup.name))
                .replace("%2", html.escape(str(backup.parent))), closable=True)
            layout.addWidget(self.upgraded)
        self.setVisible(self.read_only is not None or self.upgraded is not None)
