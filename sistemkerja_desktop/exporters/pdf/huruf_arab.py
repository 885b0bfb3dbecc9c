"""Arabic for reportlab, which neither joins nor reorders it: letters become their contextual
presentation forms (Unicode "Arabic Presentation Forms-B", which DejaVu Sans has), lam + alef
the ligature, and each right-to-left run is put in visual order (left to right on the page).

Enough for names (محمد عبد الله prints joined and in the right order); not a full bidi or
shaping engine: Persian/Urdu extra letters keep their isolated form, and a right-to-left run
that wraps over two lines reads line by line from the bottom. `uharfbuzz` would do all of it.
"""

from __future__ import annotations

import unicodedata

# letter → (isolated, final, initial, medial); right-joining letters have only two forms.
_FORMS: dict[str, tuple[int, ...]] = {
    "\u0621": (0xFE80,), "\u0622": (0xFE81, 0xFE82), "\u0623": (0xFE83, 0xFE84),
    "\u0624": (0xFE85, 0xFE86), "\u0625": (0xFE87, 0xFE88),
    "\u0626": (0xFE89, 0xFE8A, 0xFE8B, 0xFE8C), "\u0627": (0xFE8D, 0xFE8E),
    "\u0628": (0xFE8F, 0xFE90, 0xFE91, 0xFE92), "\u0629": (0xFE93, 0xFE94),
    "\u062A": (0xFE95, 0xFE96, 0xFE97, 0xFE98), "\u062B": (0xFE99, 0xFE9A, 0xFE9B, 0xFE9C),
    "\u062C": (0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0), "\u062D": (0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4),
    "\u062E": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8), "\u062F": (0xFEA9, 0xFEAA),
    "\u0630": (0xFEAB, 0xFEAC), "\u0631": (0xFEAD, 0xFEAE), "\u0632": (0xFEAF, 0xFEB0),
    "\u0633": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4), "\u0634": (0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8),
    "\u0635": (0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC), "\u0636": (0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0),
    "\u0637": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4), "\u0638": (0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8),
    "\u0639": (0xFEC9, 0xFECA, 0xFECB, 0xFECC), "\u063A": (0xFECD, 0xFECE, 0xFECF, 0xFED0),
    "\u0641": (0xFED1, 0xFED2, 0xFED3, 0xFED4), "\u0642": (0xFED5, 0xFED6, 0xFED7, 0xFED8),
    "\u0643": (0xFED9, 0xFEDA, 0xFEDB, 0xFEDC), "\u0644": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0),
    "\u0645": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4), "\u0646": (0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8),
    "\u0647": (0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC), "\u0648": (0xFEED, 0xFEEE),
    "\u0649": (0xFEEF, 0xFEF0), "\u064A": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
}
_LAM = "\u0644"
_LAM_ALEF = {"\u0622": (0xFEF5, 0xFEF6), "\u0623": (0xFEF7, 0xFEF8),
             "\u0625": (0xFEF9, 0xFEFA), "\u0627": (0xFEFB, 0xFEFC)}
_TATWEEL = "\u0640"


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def _joins_left(ch: str | None) -> bool:
    """The letter connects to the one after it (dual-joining or tatweel)."""
    return ch == _TATWEEL or (ch is not None and len(_FORMS.get(ch, ())) == 4)


def _joins_right(ch: str | None) -> bool:
    return ch == _TATWEEL or (ch is not None and len(_FORMS.get(ch, ())) >= 2)


def shape(text: str) -> str:
    """Logical-order Arabic → presentation forms, still in logical order."""
    letters = [i for i, ch in enumerate(text) if not _mark(ch)]
    prev_of: dict[int, str | None] = {}
    next_of: dict[int, str | None] = {}
    for k, i in enumerate(letters):
        prev_of[i] = text[letters[k - 1]] if k else None
        next_of[i] = text[letters[k + 1]] if k + 1 < len(letters) else None
    out: list[str] = []
    skip = -1
    for i, ch in enumerate(text):
        if i == skip:
            continue
        forms = _FORMS.get(ch)
        if forms is None:
            out.append(ch)
            continue
        joined_before = _joins_left(prev_of.get(i))
        if ch == _LAM and i + 1 < len(text) and text[i + 1] in _LAM_ALEF:
            lig = _LAM_ALEF[text[i + 1]]
            out.append(chr(lig[1] if joined_before else lig[0]))
            skip = i + 1
            continue
        joined_after = len(forms) == 4 and _joins_right(next_of.get(i))
        if len(forms) == 1:
            out.append(chr(forms[0]))
        elif joined_before and joined_after:
            out.append(chr(forms[3]))
        elif joined_after:
            out.append(chr(forms[2]))
        elif joined_before:
            out.append(chr(forms[1]))
        else:
            out.append(chr(forms[0]))
    return "".join(out)


def _strong_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _neutral(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("WS", "ON", "CS", "ES", "ET", "BN", "NSM", "S")


def visual(text: str) -> str:
    """Shape, then reverse every right-to-left run (letters, the spaces and punctuation between
    them, marks kept after their letter) so a left-to-right line shows it in reading order."""
    if not has_rtl(text):
        return text
    text = shape(text)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if not _strong_rtl(text[i]):
            out.append(text[i])
            i += 1
            continue
        j = i
        end = i  # last strong RTL character of the run
        while j < n and (_strong_rtl(text[j]) or _neutral(text[j]) or _mark(text[j])):
            if _strong_rtl(text[j]) or _mark(text[j]):
                end = j
            j += 1
        run = text[i:end + 1]
        clusters: list[str] = []
        for ch in run:
            if _mark(ch) and clusters:
                clusters[-1] += ch
            else:
                clusters.append(ch)
        out.append("".join(reversed(clusters)))
        i = end + 1
    return "".join(out)
