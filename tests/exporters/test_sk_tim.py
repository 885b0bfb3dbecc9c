"""SK pembentukan tim PDF read back with pypdf."""

from __future__ import annotations

import re

from naskah_uji import sk
from pypdf import PdfReader

from sistemkerja_desktop.domain.naskah import Kertas, TataLetak
from sistemkerja_desktop.exporters.pdf.sk_tim import write_sk_tim_pdf


def _pages(path):
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(path).pages]


def test_sk_contents(tmp_path):
    path = tmp_path / "sk.pdf"
    n = write_sk_tim_pdf(sk(5), path, invariant=True)
    pages = _pages(path)
    assert n == len(pages)
    text = " ".join(pages)
    for needle in ("KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN CONTOH",
                   "NOMOR 100.3.3/45/Dinkes/2024", "TENTANG", "Menimbang", "Mengingat",
                   "MEMUTUSKAN", "Menetapkan", "KESATU", "KEDUA", "KETIGA", "KEEMPAT",
                   "Ditetapkan di", "16 Juli 2024", "HENDRA WIJAYAKUSUMA",
                   "NIP. 19710314 199903 1 901", "Tembusan", "Pegawai Uji 003, S.KM."):
        assert needle in text, needle
    assert "dr. Hendra" not in text  # Keputusan: signer without gelar (Pasal 44(1))
    assert "DRAF" not in text
    assert "- 2 -" in pages[1]
    meta = PdfReader(path).metadata
    assert meta.title.startswith("Keputusan")


def test_lampiran_header_repeats_on_every_page(tmp_path):
    path = tmp_path / "sk200.pdf"
    write_sk_tim_pdf(sk(200), path, invariant=True)
    pages = _pages(path)
    lampiran = [i for i, p in enumerate(pages) if "SUSUNAN KEANGGOTAAN" in p][0]
    assert len(pages) - lampiran >= 4
    for p in pages[lampiran:]:
        if "Pegawai Uji" in p:
            assert "JABATAN DALAM TIM" in p and "JABATAN DALAM DINAS" in p and "NIP" in p
    assert "Pegawai Uji 200, S.KM." in pages[-1] or "Pegawai Uji 200, S.KM." in pages[-2]


def test_draft_has_watermark_and_placeholders(tmp_path):
    path = tmp_path / "draf.pdf"
    write_sk_tim_pdf(sk(3, nomor="", signer=None), path, draf=True)
    pages = _pages(path)
    assert all("DRAF" in p for p in pages)
    assert "NOMOR …" in pages[0]


def test_f4_paper(tmp_path):
    path = tmp_path / "f4.pdf"
    write_sk_tim_pdf(sk(3, t=TataLetak(Kertas.F4)), path)
    box = PdfReader(path).pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 215 and round(float(box.height) / 72 * 25.4) == 330
