"""Pieces of the main window that are content, not wiring: the page of an area not installed
and the *Tentang* box. Kept here so the shell stays a shell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QMessageBox, QVBoxLayout, QWidget

from sistemkerja_desktop import __version__
from sistemkerja_desktop.views.common.messages import relabel_message_box
from sistemkerja_desktop.views.placeholder import PlaceholderWidget

NAV_STYLE = """
QFrame#sidebar { border: none; border-right: 1px solid palette(mid); }
QListWidget#navigation { background: transparent; border: none; outline: 0; }
QListWidget#navigation::item { padding: 10px 14px; margin: 2px 8px; border-radius: 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""
DEMO_BADGE_STYLE = ("QLabel { background: #b45309; color: white; font-weight: bold; "
                    "border-radius: 3px; padding: 1px 8px; }")


def sidebar(navigation: QListWidget) -> tuple[QFrame, QLabel]:
    """The left column: the agency's name above the area list. Returns (column, name label)."""
    side = QFrame()
    side.setObjectName("sidebar")
    side.setStyleSheet(NAV_STYLE)
    side.setFixedWidth(200)
    title = QLabel()
    title.setWordWrap(True)
    title.setContentsMargins(16, 16, 16, 8)
    layout = QVBoxLayout(side)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(title)
    layout.addWidget(navigation, 1)
    return side, title


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def struktur_placeholder() -> PlaceholderWidget:
    return PlaceholderWidget(
        _tr("Struktur & Kedudukan"),
        _tr("Modul struktur tidak terpasang pada salinan aplikasi ini."),
        [_tr("Pohon unit kerja, daftar pegawai dan kedudukannya")])


def show_about(parent: QWidget | None, db_path: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(_tr("Tentang Sistem Kerja Desktop"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setText(_tr("<b>Sistem Kerja Desktop</b> versi %1").replace("%1", __version__))
    box.setInformativeText(_tr(
        "Aplikasi untuk satu Perangkat Daerah yang menerapkan Peraturan Bupati tentang "
        "Sistem Kerja setelah penyederhanaan birokrasi (PermenPANRB 7/2022). Versi ini "
        "mengelola struktur dan kedudukan Pejabat Fungsional dan Pelaksana, serta Tim "
        "Kerja beserta SK dan Surat Tugasnya, dan permohonan penugasan dengan alur "
        "persetujuan dan surat-suratnya, serta laporan berkala beserta tinjauan, pantauan dan "
        "Matriks Peran Hasil.\n\n"
        "Basis data: %1").replace("%1", str(db_path)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    relabel_message_box(box)
    box.exec()
