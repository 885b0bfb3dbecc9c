"""Fonts embedded in generated PDFs, registered once from resources/fonts/.

- "SansNaskah": Liberation Sans (SIL OFL 1.1), metric-compatible with Arial — Surat Tugas and
  korespondensi (Permendagri 1/2023 Pasal 32: Arial 12).
- "SerifNaskah": Bonum Naskah, TeX Gyre Bonum (GUST Font License) converted once from CFF to
  TrueType — a Bookman Old Style stand-in for Keputusan (Pasal 32: Bookman Old Style 12).
Each family has regular, bold, italic and bold-italic faces (`<family>-Bold` …).

Fallback fonts, for the characters the main font lacks (a name in Arabic, Chinese, with an
emoji), so they print instead of empty boxes — tried in this order:
- "CadanganSans": DejaVu Sans (Bitstream Vera licence) — Arabic, Hebrew, Greek, Cyrillic,
  symbols; bold face for bold text.
- "CadanganCJK": WenQuanYi Micro Hei (Apache-2.0) — Chinese, Japanese, Korean.
- "CadanganSimbol": Symbola (free for any use) — emoji, in black and white (a PDF font cannot
  carry colour emoji).
`runs()` cuts a text into (text, font) runs by glyph coverage; `markup()` gives paragraph markup
with `<font name=…>` around the runs the main font lacks; `apply_fallback()` does the same to
paragraphs already built (naskah_common.write_pdf calls it on the whole story).

Arabic: reportlab neither joins nor reorders it (that needs the optional `uharfbuzz`), so
`runs()` first puts it in joined presentation forms and visual order (`huruf_arab`).
"""

from __future__ import annotations

import copy
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from sistemkerja_desktop import paths
from sistemkerja_desktop.domain.errors import StorageError
from sistemkerja_desktop.exporters.pdf import huruf_arab

SANS = "SansNaskah"
SERIF = "SerifNaskah"
_FILES: dict[str, tuple[str, str, str, str]] = {
    SANS: ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
           "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
    SERIF: ("BonumNaskah-Regular.ttf", "BonumNaskah-Bold.ttf", "BonumNaskah-Italic.ttf",
            "BonumNaskah-BoldItalic.ttf"),
}
_SUFFIX = ("", "-Bold", "-Italic", "-BoldItalic")

CADANGAN_SANS = "CadanganSans"
CADANGAN_CJK = "CadanganCJK"
CADANGAN_SIMBOL = "CadanganSimbol"
# name → (file, face index in a collection); registered with the main fonts.
_CADANGAN: dict[str, tuple[str, int]] = {
    CADANGAN_SANS: ("DejaVuSans.ttf", 0),
    CADANGAN_SANS + "-Bold": ("DejaVuSans-Bold.ttf", 0),
    CADANGAN_CJK: ("WenQuanYiMicroHei.ttc", 0),
    CADANGAN_SIMBOL: ("Symbola.ttf", 0),
}
# The files Qt registers for the chart on screen and in PNG (render.gaya).
FALLBACK_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "WenQuanYiMicroHei.ttc",
                  "Symbola.ttf")

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
                pdfmetrics.registerFont(TTFont(family + suffix, str(_path(name))))
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, family + "-Bold")
            addMapping(family, 0, 1, family + "-Italic")
            addMapping(family, 1, 1, family + "-BoldItalic")
        for name, (file, index) in _CADANGAN.items():
            pdfmetrics.registerFont(TTFont(name, str(_path(file)), subfontIndex=index))
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        _done = True


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF specification requires: reportlab writes `<1F600>`, which PDF
    readers reject, so an emoji could not be searched or copied."""
    cmap = _REPORTLAB_TO_UNICODE(fontname, subset)
    for i, v in enumerate(subset):
        if v > 0xFFFF:
            utf16 = chr(v).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{i:02X}> <{v:04X}>", f"<{i:02X}> <{utf16}>", 1)
    return cmap


def _path(name: str) -> Path:
    path = paths.resource("fonts", name)
    if not path.is_file():
        raise StorageError(f"Berkas huruf {path} tidak ditemukan; pasang ulang aplikasi")
    return path


def bold(family: str) -> str:
    return family + "-Bold"


# ---- per-character fallback ----------------------------------------------------------------

@lru_cache(maxsize=64)
def _cmap(font: str) -> frozenset[int]:
    """The characters a registered TrueType font has glyphs for (empty: not a TrueType font,
    or not registered — then no fallback is attempted)."""
    try:
        face = getattr(pdfmetrics.getFont(font), "face", None)
    except KeyError:
        return frozenset()
    return frozenset(getattr(face, "charToGlyph", None) or ())


def _chain(font: str) -> tuple[str, ...]:
    sans = CADANGAN_SANS + "-Bold" if "Bold" in font else CADANGAN_SANS
    return (sans, CADANGAN_CJK, CADANGAN_SIMBOL)


def _invisible(ch: str) -> bool:
    """Joiners, variation selectors (the emoji presentation selector U+FE0F) and other format
    characters that no font draws: dropped rather than printed as a box."""
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F


@lru_cache(maxsize=4096)
def _font_for(font: str, ch: str) -> str | None:
    """The font that draws `ch` when `font` is asked for; None: drop the character."""
    code = ord(ch)
    own = _cmap(font)
    if not own or code in own or ch in "\n\r\t":
        return font
    for other in _chain(font):
        if code in _cmap(other):
            return other
    return None if _invisible(ch) else font  # nothing has it: the main font's .notdef


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` cut into (text, font name) runs: the main `font` wherever it has the glyph, a
    fallback font elsewhere. Fonts must be registered (register_fonts)."""
    if text.isascii():
        return [(text, font)] if text else []
    text = huruf_arab.visual(text)
    out: list[tuple[str, str]] = []
    for ch in text:
        use = _font_for(font, ch)
        if use is None:
            continue
        if out and out[-1][1] == use:
            out[-1] = (out[-1][0] + ch, use)
        else:
            out.append((ch, use))
    return out


def string_width(text: str, font: str, size: float) -> float:
    """Width of `text` as `runs` prints it."""
    return sum(pdfmetrics.stringWidth(t, f, size) for t, f in runs(text, font))


def markup(text: str, font: str) -> str:
    """`text` escaped for a Paragraph whose font is `font`, runs the font lacks wrapped in
    `<font name="…">`."""
    return "".join(escape(t) if f == font else f'<font name="{f}">{escape(t)}</font>'
                   for t, f in runs(text, font))


def apply_fallback(paragraphs: Iterable[object]) -> None:
    """Give every paragraph's text fragments a fallback font where their font lacks a glyph.
    Works on paragraphs built elsewhere (the fragments keep size, colour, underline …)."""
    for para in paragraphs:
        frags = getattr(para, "frags", None)
        if not frags or all(_plain_ascii(f) for f in frags):
            continue
        new: list[object] = []
        for frag in frags:
            new.extend(_split_frag(frag))
        para.frags = new  # type: ignore[attr-defined]


def _plain_ascii(frag: object) -> bool:
    text = getattr(frag, "text", "")
    return not isinstance(text, str) or text.isascii()


def _split_frag(frag: object) -> Iterator[object]:
    text = getattr(frag, "text", None)
    font = getattr(frag, "fontName", None)
    if not isinstance(text, str) or text.isascii() or not font or getattr(frag, "cbDefn", None):
        yield frag
        return
    parts = runs(text, font)
    if len(parts) == 1 and parts[0][1] == font and parts[0][0] == text:
        yield frag
        return
    for part, use in parts:
        piece = copy.copy(frag)
        piece.text = part  # type: ignore[attr-defined]
        piece.fontName = use  # type: ignore[attr-defined]
        yield piece


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """`canvas.drawString` with fallback fonts; returns the width drawn. The canvas is left
    on `font`."""
    start = x
    for part, use in runs(text, font):
        canvas.setFont(use, size)
        canvas.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, use, size)
    canvas.setFont(font, size)
    return x - start
