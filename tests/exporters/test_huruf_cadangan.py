"""Names in Arabic, Chinese/Japanese/Korean or with emoji print with the shipped fallback fonts
instead of empty boxes — in the naskah PDFs (reportlab) and on the chart (Qt)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest
from naskah_uji import sk, st
from pypdf import PdfReader

from sistemkerja_desktop.domain.naskah_dok import Orang
from sistemkerja_desktop.exporters.pdf import fonts
from sistemkerja_desktop.exporters.pdf.huruf_arab import visual
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf
from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf

NAMA = "Siti محمد عبد الله 王小明 김민준 やまだ 😀👍 Ψ"
WORDS = ("Siti", "محمد", "الله", "王小明", "김민준", "やまだ", "😀", "👍", "Ψ")


def _text(path) -> str:
    raw = " ".join(p.extract_text() for p in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", re.sub(r"\s+", " ", raw))


def _orang() -> Orang:
    return Orang(NAMA, "19900101 201501 1 001", "Penata (III/c)", "Pranata Komputer 日本",
                 "Ketua")


@pytest.mark.parametrize("family", [fonts.SANS, fonts.SERIF, fonts.bold(fonts.SANS)])
def test_every_character_has_a_font_with_its_glyph(family):
    fonts.register_fonts()
    parts = fonts.runs(NAMA, family)
    assert "".join(t for t, _ in parts).replace(" ", "") == visual(NAMA).replace(" ", "")
    for text, font in parts:
        cmap = fonts._cmap(font)
        missing = [c for c in text if ord(c) not in cmap]
        assert not missing, (font, missing)  # a missing glyph is an empty box on paper
    used = {f for _, f in parts}
    assert {fonts.CADANGAN_CJK, fonts.CADANGAN_SIMBOL} <= used
    assert family in used  # Latin stays in the document's own font


def test_markup_escapes_and_wraps_only_missing_runs():
    fonts.register_fonts()
    out = fonts.markup("A & B 王 <i>", fonts.SANS)
    assert out == f'A &amp; B <font name="{fonts.CADANGAN_CJK}">王</font> &lt;i&gt;'


def test_sk_and_surat_tugas_carry_the_characters(tmp_path):
    d = sk(3)
    d = dataclasses.replace(d, susunan=(_orang(), *d.susunan))
    write_sk_tim_pdf(d, tmp_path / "sk.pdf", invariant=True)
    write_surat_tugas_pdf(dataclasses.replace(st(2), kepada=(_orang(),)), tmp_path / "st.pdf",
                          invariant=True)
    for name in ("sk.pdf", "st.pdf"):
        text = _text(tmp_path / name)
        for word in WORDS:
            assert word in text, (name, word)
        assert "日本" in text


def test_emoji_beyond_the_basic_plane_are_extractable(tmp_path):
    """reportlab writes `<1F600>` in the ToUnicode map, which readers reject; fonts.py writes the
    UTF-16 surrogate pair."""
    write_surat_tugas_pdf(dataclasses.replace(st(2), kepada=(_orang(),)), tmp_path / "st.pdf")
    data = (tmp_path / "st.pdf").read_bytes()
    assert b"<1F600>" not in data
    assert "😀" in _text(tmp_path / "st.pdf")


def test_arabic_is_joined_and_in_visual_order():
    # meem initial, hah medial, meem medial, dal final — drawn right to left
    assert visual("محمد") == "\ufeaa\ufee4\ufea4\ufee3"
    assert unicodedata.normalize("NFKC", visual("محمد")[::-1]) == "محمد"
    assert visual("Siti") == "Siti"
    assert unicodedata.normalize("NFKC", visual("الله")[::-1]) == "الله"


@pytest.mark.gui
def test_chart_font_draws_cjk_and_emoji(qapp):
    """Qt falls back to the shipped fonts: no glyph 0 (an empty box) for CJK or emoji even
    without such system fonts."""
    from PySide6.QtGui import QTextLayout

    from sistemkerja_desktop.render.gaya import Gaya, fallback_families

    assert {"DejaVu Sans", "WenQuanYi Micro Hei", "Symbola"} <= set(fallback_families())
    gaya = Gaya()
    for text in ("王小明 김민준 やまだ", "😀👍", "محمد"):
        layout = QTextLayout(text, gaya.font_nama)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
        assert glyphs and 0 not in glyphs, text
