"""Fonts embedded in generated PDFs, registered once from resources/fonts/.

- "SansNaskah": Liberation Sans (SIL OFL 1.1), metric-compatible with Arial — Surat Tugas and
  korespondensi (Permendagri 1/2023 Pasal 32: Arial 12).
- "SerifNaskah": Bonum Naskah, TeX Gyre Bonum (GUST Font License) converted once from CFF to
  TrueType — a Bookman Old Style stand-in for Keputusan (Pasal 32: Bookman Old Style 12).
Each family has regular, bold, italic and bold-italic faces (`<family>-Bold` …).
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sistemkerja_desktop import paths
from sistemkerja_desktop.domain.errors import StorageError

SANS = "SansNaskah"
SERIF = "SerifNaskah"
_FILES: dict[str, tuple[str, str, str, str]] = {
    SANS: ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
           "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    SERIF: ("BonumNaskah-Regular.ttf", "BonumNaskah-Bold.ttf", "BonumNaskah-Italic.ttf",
            "BonumNaskah-BoldItalic.ttf"),
}
_SUFFIX = ("", "-Bold", "-Italic", "-BoldItalic")
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Idempotent and thread-safe (exports run on a background thread in the GUI)."""
    global _done
    with _lock:
        if _done:
            return
        for family, files in _FILES.items():
            for suffix, name in zip(_SUFFIX, files, strict=True):
                path = paths.resource("fonts", name)
                if not path.is_file():
                    raise StorageError(f"Berkas huruf {path} tidak ditemukan; pasang ulang "
                                       "aplikasi")
                pdfmetrics.registerFont(TTFont(family + suffix, str(path)))
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, family + "-Bold")
            addMapping(family, 0, 1, family + "-Italic")
            addMapping(family, 1, 1, family + "-BoldItalic")
        _done = True


def bold(family: str) -> str:
    return family + "-Bold"
