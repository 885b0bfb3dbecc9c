"""Roster .xlsx: read back with openpyxl; opened by LibreOffice when available."""

from __future__ import annotations

import os
import shutil
import subprocess

import openpyxl
import pytest

from sistemkerja_desktop.exporters.xlsx.roster import (
    KOLOM,
    RosterBaris,
    RosterTim,
    sheet_title,
    write_roster_xlsx,
)

NIP = "199103032017122909"


def _tim(nama, n=3, evil=False):
    rows = tuple(RosterBaris("=HYPERLINK(\"x\")" if evil and i == 0 else f"Nama {i}",
                             NIP, "Penata (III/c)", "+Perawat" if evil else "Perawat Ahli Muda",
                             "-Sekretaris" if evil and i == 1 else "Anggota", "@Puskesmas",
                             "1 Januari 2026 s.d. 31 Desember 2026", "ST 800.1.11.1/1/Dinkes/2026")
                 for i in range(n))
    return RosterTim(nama, "Tim Kerja", "Bidang Kesmas", "2026", "aktif", "Nama 0", "", rows)


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "roster.xlsx"
    write_roster_xlsx([_tim("Tim Kerja Stunting", evil=True), _tim("Tim Kerja Surveilans", 5)],
                      path, judul="Daftar Tim Kerja")
    return path


def test_one_sheet_per_team_plus_summary(book):
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Ringkasan", "Tim Kerja Stunting", "Tim Kerja Surveilans"]
    ring = wb["Ringkasan"]
    assert ring["B4"].value == "Tim Kerja Stunting" and ring["H5"].value == 5
    ws = wb["Tim Kerja Surveilans"]
    assert [c.value for c in ws[6]] == list(KOLOM)
    assert ws.freeze_panes == "C7"
    assert ws.print_title_rows == "$6:$6"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.column_dimensions["C"].width >= 20


def test_nip_is_text_and_injection_safe(book):
    wb = openpyxl.load_workbook(book)
    ws = wb["Tim Kerja Stunting"]
    nip = ws["C7"]
    assert nip.value == NIP and nip.data_type == "s" and nip.number_format == "@"
    for ref in ("B7", "E7", "F8", "G7"):
        assert ws[ref].data_type == "s", ref
        assert ws[ref].value[0] in "=+-@"
    assert ws["B7"].value == '=HYPERLINK("x")'
    assert ws["B7"].quotePrefix


def test_sheet_titles_are_valid_and_unique():
    used: set[str] = set()
    a = sheet_title("Tim: A/B [uji]? sangat panjang sekali melebihi batas", used)
    b = sheet_title("Tim: A/B [uji]? sangat panjang sekali melebihi batas", used)
    assert len(a) <= 31 and len(b) <= 31 and a != b
    assert not set(a) & set("[]:*?/\\")


def _soffice():
    return shutil.which("libreoffice") or shutil.which("soffice")


def test_libreoffice_opens_the_roster(book, tmp_path):
    binary = _soffice()
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI: libreoffice (libreoffice-calc-nogui) harus terpasang")
        pytest.skip("libreoffice tidak terpasang")
    out = tmp_path / "pdf"
    env = dict(os.environ, HOME=str(tmp_path))  # a private LibreOffice profile
    proc = subprocess.run([binary, "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
                           str(out), str(book)], capture_output=True, text=True, timeout=180,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    pdf = out / "roster.pdf"
    assert pdf.exists() and pdf.stat().st_size > 1000
    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert NIP in text and '=HYPERLINK("x")' in text
