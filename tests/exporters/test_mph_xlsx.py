"""The Matriks Peran Hasil workbook (domain_conventions §4.4 layout) read back with openpyxl:
title rows 1–3, header row 5, one row per pegawai from row 6, a sheet per Tim Kerja; sheet
names Excel accepts; print set-up; never written over the open data file; opens in
LibreOffice."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.exporters.xlsx.mph import LAINNYA, build_workbook, lebar_kolom
from sistemkerja_desktop.services.kinerja_dto import IndikatorInfo, Mph, MphBaris, MphTim

YULIANA = "NIP. 19910303 201712 2 909"


@pytest.fixture
def exported(demo_services, tmp_path):
    path = demo_services.kinerja.ekspor_mph(tmp_path / "mph.xlsx")
    return openpyxl.load_workbook(path), path


def test_main_sheet_title_header_and_cells(exported):
    wb, _ = exported
    ws = wb["MPH 2026"]
    assert wb.sheetnames[0] == "MPH 2026"
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == [
        "MATRIKS PERAN HASIL", "Unit Kerja: Dinas Kesehatan Kabupaten Contoh", "Tahun: 2026"]
    header = [c.value for c in ws[5]]
    assert header[:4] == ["No", "Nama / NIP", "Jabatan", "Peran"]
    assert header[4] == "IKU.1 Prevalensi stunting pada balita\n(target 14 %)"
    assert len(header) == 8 and header[7].startswith("IKU.4 Nilai evaluasi SAKIP")
    rows = {ws.cell(r, 2).value.split("\n")[1]: r for r in range(6, ws.max_row + 1)}
    r = rows[YULIANA]
    assert ws.cell(r, 2).value.startswith("Yuliana Safitri, S.Gz.\n")
    assert ws.cell(r, 3).value == "Nutrisionis Ahli Muda"
    assert ws.cell(r, 4).value == "Ketua Tim"
    assert ws.cell(r, 5).value.startswith("Ketua Tim Kerja Percepatan Penurunan Stunting")
    assert ws.cell(r, 6).value is None  # blank where no role
    assert ws.cell(6, 1).value == 1 and ws.cell(r, 5).alignment.wrap_text
    assert ws.cell(r, 5).border.left.style == "thin"
    assert ws.freeze_panes == "C6" and ws.print_title_rows == "$5:$5"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["E"].width == lebar_kolom(4)
    assert ws.row_dimensions[r].height > 15


def test_team_sheets_and_tanpa_peran(exported):
    wb, _ = exported
    names = wb.sheetnames
    assert len(names) == len(set(n.lower() for n in names)) == 6
    assert all(len(n) <= 31 and not set(n) & set(":\\/?*[]'") for n in names)
    assert names[-1] == "Tanpa Peran Hasil"
    ws = wb[next(n for n in names if n.startswith("Tim Kerja Percepatan"))]
    assert ws["A1"].value == "MATRIKS PERAN HASIL TIM KERJA"
    assert ws["A2"].value.startswith("Tim Kerja Percepatan Penurunan Stunting Tahun 2026 — "
                                     "Ketua: Yuliana Safitri")
    header = [c.value for c in ws[5]]
    assert header[3] == "Peran dalam Tim" and len(header) == 8
    assert header[4].startswith("mengoordinasikan intervensi gizi")
    assert ws["B6"].value.startswith("Siti Nurhaliza") and ws["E6"].value == "Sekretaris"
    assert ws.max_row == 11  # six members besides the ketua


def _info(id, kode, teks):
    return IndikatorInfo(id, 2026, id, kode, "", teks, "", "", None, "", "", None, "", "", "",
                         (), (), 1)


def test_hostile_names_formulas_and_lainnya():
    kolom = (_info(1, "", "=SUM(A1:A9)"),)
    b = MphBaris(1, "199103032017122909", "@Nama", "Jabatan", "Anggota Tim", ("-1",),
                 lainnya="Anggota Tim Tanpa Indikator")
    tims = tuple(MphTim(i, "Tim: a/b [c]*? 'x' " + "panjang " * 6, "", ("+hasil",), (b,))
                 for i in range(3))
    wb = build_workbook(Mph(2026, "Dinas X", kolom, (b,), tims))
    names = wb.sheetnames
    assert len(set(n.lower() for n in names)) == 4
    assert all(len(n) <= 31 and not set(n) & set(":\\/?*[]'") for n in names)
    ws = wb["MPH 2026"]
    assert ws["E5"].value == "=SUM(A1:A9)" and ws["E5"].data_type == "s"
    assert ws["E6"].value == "-1" and ws["E6"].data_type == "s"
    assert ws["F5"].value == LAINNYA and ws["F6"].value == "Anggota Tim Tanpa Indikator"
    assert wb[names[1]]["E5"].data_type == "s"


def test_empty_year_still_has_the_layout(demo_services, tmp_path):
    wb = openpyxl.load_workbook(demo_services.kinerja.ekspor_mph(tmp_path / "k.xlsx", 2031))
    assert wb.sheetnames[0] == "MPH 2031" and "Tanpa Peran Hasil" in wb.sheetnames
    ws = wb["MPH 2031"]
    assert ws["E5"].value.startswith("IKI pimpinan (belum ada")
    assert ws["B6"].value == "Belum ada pegawai dengan peran hasil"


def test_never_over_the_open_data_file(demo_services, tmp_path):
    db = demo_services.db_path
    before = db.read_bytes()[:100]
    with pytest.raises(ValidationError) as err:
        demo_services.kinerja.ekspor_mph(db)
    assert "sedang dibuka" in err.value.message
    with pytest.raises(ValidationError):
        demo_services.kinerja.ekspor_mph(db.with_name(db.name + "-wal"))
    assert db.read_bytes()[:100] == before
    target = tmp_path / "lama.xlsx"
    target.write_bytes(b"lama")
    with pytest.raises(ValidationError):
        demo_services.kinerja.ekspor_mph(target, 1999)  # bad year: the old file stays
    assert target.read_bytes() == b"lama"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) tidak ada")
def test_opens_in_libreoffice(exported, tmp_path):
    from pypdf import PdfReader

    _, path = exported
    out = tmp_path / "pdf"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    reader = PdfReader(out / "mph.pdf")
    first = reader.pages[0]
    text = first.extract_text()
    assert "MATRIKS PERAN HASIL" in text and "Yuliana Safitri" in text
    assert first.mediabox.width > first.mediabox.height  # landscape
    assert any("MATRIKS PERAN HASIL TIM KERJA" in p.extract_text() for p in reader.pages)
