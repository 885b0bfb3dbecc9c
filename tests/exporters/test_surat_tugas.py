"""Surat Tugas PDF read back with pypdf."""

from __future__ import annotations

import re

from naskah_uji import st
from pypdf import PdfReader

from sistemkerja_desktop.exporters.pdf.surat_tugas import write_surat_tugas_pdf


def _text(path):
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def test_few_names_in_the_body(tmp_path):
    path = tmp_path / "st.pdf"
    write_surat_tugas_pdf(st(2), path, invariant=True)
    text = _text(path)
    for needle in ("SURAT TUGAS", "NOMOR : 800.1.11.1/123/Dinkes/2024", "Dasar", "MEMBERI TUGAS",
                   "Kepada", "Pegawai Uji 001, S.KM.", "Pegawai Uji 002, S.KM.", "NIP",
                   "Pangkat/Gol.", "Untuk", "selaku Pejabat Penilai Kinerja",
                   "Contoh, 16 Juli 2024", "dr. Hendra Wijayakusuma, M.Kes.",
                   "Pembina Utama Muda (IV/c)", "NIP. 19710314 199903 1 901", "Tembusan"):
        assert needle in text, needle
    assert "Lampiran Surat Tugas" not in text and "DRAF" not in text


def test_many_names_go_to_the_lampiran(tmp_path):
    path = tmp_path / "st.pdf"
    pages = write_surat_tugas_pdf(st(30), path)
    text = _text(path)
    assert pages >= 2
    assert "sebagaimana tercantum dalam Lampiran" in text
    assert "Lampiran Surat Tugas" in text and "Penanggung jawab pelaksanaan tugas" in text
    assert "Ketua Tim" in text and "Anggota" in text and "Pegawai Uji 030, S.KM." in text
    assert "(Epidemiolog Kesehatan Ahli Muda)" in text


def test_several_teams_and_draft(tmp_path):
    path = tmp_path / "st.pdf"
    write_surat_tugas_pdf(st(3, teams=2), path, draf=True)
    text = _text(path)
    assert "1. Tim Kerja Uji 1" in text and "2. Tim Kerja Uji 2" in text
    assert "DRAF" in text
