"""Roster .xlsx: read back with openpyxl; opened by LibreOffice when available.

Issue #9 "Roster prints legibly": A4 landscape, text >= 8 pt when printed, PERIODE and NOMOR SK/ST in
the sheet header instead of on every row, column order NAMA | NIP | JABATAN DALAM TIM | JABATAN
DALAM DINAS (the susunan of KH Lampiran II); a refused member is not listed (no naskah lists them:
KH Lampiran I B.2.a.2 d; BG Pasal 6 ayat (3) huruf d), a pending one is marked."""

from __future__ import annotations

import os
import shutil
import subprocess

import openpyxl
import pytest

from sistemkerja_desktop.exporters.xlsx.roster import (
    KOLOM,
    MENUNGGU,
    RosterBaris,
    RosterTim,
    sheet_title,
    skala_cetak,
    write_roster_xlsx,
)

NIP = "199103032017122909"
PERIODE = "1 Januari 2026 s.d. 31 Desember 2026"
NOMOR = "Surat Tugas 800.1.11.1/1/Dinkes/2026"


def _tim(nama, n=3, evil=False, ditolak=()):
    rows = tuple(RosterBaris("=HYPERLINK(\"x\")" if evil and i == 0 else f"Nama {i}",
                             NIP, "Penata (III/c)", "+Perawat" if evil else "Perawat Ahli Muda",
                             "-Sekretaris" if evil and i == 1 else "Anggota", "@Puskesmas",
                             persetujuan=MENUNGGU if i == n - 1 else "Disetujui")
                 for i in range(n))
    return RosterTim(nama, "Tim Kerja", "Bidang Kesmas", PERIODE, "aktif", "Nama 0", NOMOR, rows,
                     ditolak)


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "roster.xlsx"
    write_roster_xlsx([_tim("Tim Kerja Stunting", evil=True),
                       _tim("Tim Kerja Surveilans", 5, ditolak=(
                           "Ns. Maya Sari (NIP 19880830 201403 2 921): dibutuhkan di Puskesmas",))],
                      path, judul="Daftar Tim Kerja")
    return path


def _header_row(ws):
    return next(r[0].row for r in ws.iter_rows() if r[0].value == "NO")


def test_one_sheet_per_team_plus_summary(book):
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Ringkasan", "Tim Kerja Stunting", "Tim Kerja Surveilans"]
    ring = wb["Ringkasan"]
    assert ring["B4"].value == "Tim Kerja Stunting" and ring["H5"].value == 5
    assert ring["J5"].value == "1 menunggu persetujuan; 1 ditolak (tidak dicantumkan)"
    ws = wb["Tim Kerja Stunting"]
    head = _header_row(ws)
    assert head == 8  # title, jenis, unit, PERIODE, NOMOR SK/ST, the waiting note, blank
    assert [c.value for c in ws[head]] == list(KOLOM)
    assert ws.freeze_panes == f"C{head + 1}"
    assert ws.print_title_rows == f"${head}:${head}"
    assert ws.column_dimensions["C"].width >= 20  # an 18-digit NIP on one line


def test_column_order_follows_the_susunan_nama_nip_jabatan_tim_dinas(book):
    ws = openpyxl.load_workbook(book)["Tim Kerja Surveilans"]
    heads = [c.value for c in ws[_header_row(ws)]]
    assert heads[:5] == ["NO", "NAMA", "NIP", "JABATAN DALAM TIM", "JABATAN DALAM DINAS"]
    assert heads.index("UNIT/ASAL") < heads.index("PERSETUJUAN")
    assert "PERIODE" not in heads and "NOMOR SK/ST" not in heads  # not on every row


def test_periode_and_nomor_once_in_the_sheet_header_and_page_header(book):
    ws = openpyxl.load_workbook(book)["Tim Kerja Surveilans"]
    info = {ws.cell(r, 2).value: ws.cell(r, 3).value for r in range(2, 6)}
    assert info["PERIODE"] == PERIODE and info["NOMOR SK/ST"] == NOMOR
    cells = [c.value for row in ws.iter_rows(min_row=_header_row(ws) + 1) for c in row]
    assert PERIODE not in cells and NOMOR not in cells
    assert ws.oddHeader.left.text == f"Periode: {PERIODE}"
    assert ws.oddHeader.right.text == f"Nomor SK/ST: {NOMOR}"
    assert ws.oddHeader.center.text == "Tim Kerja Surveilans"
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text


def test_refused_member_not_in_the_table_but_noted_pending_marked(book):
    ws = openpyxl.load_workbook(book)["Tim Kerja Surveilans"]
    head = _header_row(ws)
    table = [[c.value for c in row] for row in ws.iter_rows(min_row=head + 1)]
    assert len(table) == 5 and not any("Maya" in str(v) for row in table for v in row)
    notes = [ws.cell(r, 2).value for r in range(2, head)]
    assert any(n and n.startswith("Tidak dicantumkan — persetujuan ditolak: Ns. Maya Sari")
               and "dibutuhkan di Puskesmas" in n for n in notes)
    assert any(n and "1 anggota menunggu persetujuan" in n for n in notes)
    waiting = ws.cell(head + 5, len(KOLOM))
    assert waiting.value == MENUNGGU and waiting.font.b
    assert ws.cell(head + 1, len(KOLOM)).value == "Disetujui"


@pytest.mark.parametrize("sheet", ["Ringkasan", "Tim Kerja Stunting", "Tim Kerja Surveilans"])
def test_prints_on_a4_landscape_with_text_at_least_8_pt(book, sheet):
    """Fit to one page wide shrinks the sheet to the printable width: every font size times
    that scale stays >= 8 pt (read back from the file, not from the writer's constants)."""
    ws = openpyxl.load_workbook(book)[sheet]
    ps = ws.page_setup
    assert (ps.orientation, str(ps.paperSize), ps.fitToWidth, ps.fitToHeight) == (
        "landscape", "9", 1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    widths = [ws.column_dimensions[chr(65 + i)].width for i in range(ws.max_column)]
    printable_px = (297 / 25.4 - ws.page_margins.left - ws.page_margins.right) * 96
    scale = min(1.0, printable_px / sum(7 * w + 5 for w in widths))
    assert scale == pytest.approx(skala_cetak(widths, margin_inch=ws.page_margins.left))
    sizes = {c.font.sz for row in ws.iter_rows() for c in row if c.value is not None}
    assert min(sizes) * scale >= 8, (min(sizes), scale)
    assert not ws.HeaderFooter.scaleWithDoc and ws.oddHeader.center.size >= 8


def test_long_text_wraps_in_rows_tall_enough(tmp_path):
    long = "Pengelola Pengadaan Barang/Jasa Ahli Muda pada Bidang Sumber Daya Kesehatan"
    rows = (RosterBaris("dr. Nama Yang Sangat Panjang Sekali, S.Ked., M.Kes., Sp.KKLP", NIP,
                        "Pembina Utama Muda (IV/c)", long, "Anggota", long),)
    path = tmp_path / "r.xlsx"
    write_roster_xlsx([RosterTim("Tim", "Tim Kerja", "Bidang", PERIODE, "aktif", "x", "",
                                 rows)], path, judul="Daftar")
    ws = openpyxl.load_workbook(path)["Tim"]
    head = _header_row(ws)
    cell = ws.cell(head + 1, 5)
    assert cell.value == long and cell.alignment.wrap_text
    assert ws.row_dimensions[head + 1].height >= 3 * 12.75  # three wrapped lines at least
    assert ws.cell(4, 3).value == PERIODE and ws.cell(5, 3).value == "belum diterbitkan"


def test_nip_is_text_and_injection_safe(book):
    wb = openpyxl.load_workbook(book)
    ws = wb["Tim Kerja Stunting"]
    first = _header_row(ws) + 1
    nip = ws[f"C{first}"]
    assert nip.value == NIP and nip.data_type == "s" and nip.number_format == "@"
    for ref in (f"B{first}", f"E{first}", f"D{first + 1}", f"G{first}"):
        assert ws[ref].data_type == "s", ref
        assert ws[ref].value[0] in "=+-@"
    assert ws[f"B{first}"].value == '=HYPERLINK("x")'
    assert ws[f"B{first}"].quotePrefix


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
