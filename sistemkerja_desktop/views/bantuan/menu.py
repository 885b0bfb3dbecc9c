"""The *Bantuan* menu of the main window: *Panduan…* (F1, the guide of the area on screen),
*Pintasan papan ketik*, then the window's own *Tentang*.

`kumpulkan_pintasan(window)` reads the real shortcuts from the window's actions at run time:
the menus' actions under their menu's title, the other actions under the area that holds them
(an area not opened yet has built no actions: its shortcuts appear once it has been shown).
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu, QStackedWidget, QWidget

from sistemkerja_desktop.domain.errors import SistemKerjaError
from sistemkerja_desktop.domain.profiles import DEFAULT_PROFILE, RegulationProfile, get_profile
from sistemkerja_desktop.views.bantuan import isi
from sistemkerja_desktop.views.bantuan.jendela import BantuanWindow
from sistemkerja_desktop.views.bantuan.panduan import AREA_KUNCI

log = logging.getLogger(__name__)


class _Agency(Protocol):
    def profile(self) -> RegulationProfile: ...


class _Services(Protocol):
    agency: _Agency


def _bersih(text: str) -> str:
    """'&Buka…' → 'Buka' (mnemonic ampersands and the trailing ellipsis dropped)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _tombol(action: QAction) -> str:
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return " / ".join(dict.fromkeys(k for k in keys if k))  # Redo may list Ctrl+Y twice


def _menu_pintasan(menu: QMenu, group: str, seen: set[int], out: list[isi.Pintasan]) -> None:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            _menu_pintasan(sub, group, seen, out)
            continue
        seen.add(id(action))
        tombol = _tombol(action)
        if tombol and not action.isSeparator():
            out.append(isi.Pintasan(group, _bersih(action.text()), tombol))


def kumpulkan_pintasan(window: QMainWindow) -> list[isi.Pintasan]:
    """Every action of `window` that has a shortcut, grouped by menu, then by area."""
    out: list[isi.Pintasan] = []
    seen: set[int] = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            _menu_pintasan(menu, _bersih(top.text()), seen, out)
    pages, nav = _pages(window), getattr(window, "navigation", None)
    for action in window.findChildren(QAction):
        if id(action) in seen or not _tombol(action) or not action.text():
            continue
        seen.add(id(action))
        out.append(isi.Pintasan(_area(action, pages, nav), _bersih(action.text()),
                                _tombol(action)))
    return out


def _pages(window: QMainWindow) -> QStackedWidget | None:
    pages = getattr(window, "pages", None)  # MainWindow.pages: one page per area
    return pages if isinstance(pages, QStackedWidget) else None


def _area(action: QAction, pages: QStackedWidget | None, nav: object) -> str:
    owner = action.parent()
    if pages is not None and isinstance(nav, QListWidget) and isinstance(owner, QWidget):
        for row in range(pages.count()):
            page = pages.widget(row)
            if (page is owner or page.isAncestorOf(owner)) and nav.item(row) is not None:
                return nav.item(row).text().rstrip(" •")
    return "Jendela utama"


class BantuanMenu(QObject):
    """Adds *Panduan…* (F1) and *Pintasan papan ketik* to `menu`, then `tentang`."""

    def __init__(self, window: QMainWindow, menu: QMenu, tentang: QAction | None = None) -> None:
        super().__init__(window)
        self._window = window
        self.help_window: BantuanWindow | None = None
        self.panduan_action = QAction(self.tr("&Panduan…"), window)
        self.panduan_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        if not self.panduan_action.shortcut().toString():
            self.panduan_action.setShortcut(QKeySequence("F1"))
        self.panduan_action.setToolTip(self.tr("Panduan area yang sedang tampil (F1)"))
        self.panduan_action.triggered.connect(self.buka_area)
        self.pintasan_action = QAction(self.tr("Pintasan &papan ketik"), window)
        self.pintasan_action.triggered.connect(lambda: self.buka(isi.PINTASAN))
        menu.addAction(self.panduan_action)
        menu.addAction(self.pintasan_action)
        if tentang is not None:
            menu.addSeparator()
            menu.addAction(tentang)

    def area_kunci(self) -> str:
        """The help page of the area on screen."""
        pages = _pages(self._window)
        row = pages.currentIndex() if pages is not None else -1
        return AREA_KUNCI[row] if 0 <= row < len(AREA_KUNCI) else isi.MULAI

    def buka_area(self) -> None:
        self.buka(self.area_kunci())

    def buka(self, kunci: str, anchor: str = "") -> BantuanWindow:
        if self.help_window is None:
            self.help_window = BantuanWindow(self._profile(),
                                             lambda: kumpulkan_pintasan(self._window),
                                             self._window)
        self.help_window.tampilkan(kunci, anchor)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def _profile(self) -> RegulationProfile:
        services: _Services | None = getattr(self._window, "services", None)
        try:
            if services is not None:
                return services.agency.profile()
        except SistemKerjaError as exc:  # a profile code this version does not know
            log.warning("Help: unknown regulation profile (%s)", exc.code)
        return get_profile(DEFAULT_PROFILE)
