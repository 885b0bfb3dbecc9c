"""exporters.xlsx.pegawai_xlsx: reading users' workbooks and the export round trip."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from sistemkerja_desktop.domain.errors import ValidationError
from sistemkerja_desktop.domain.impor import Kolom, detect_header, parse_table
from sistemkerja_desktop.domain.jabatan import Jenjang, Kategori
from sistemkerja_desktop.domain.nip import StatusKepegawaian
from sistemkerja_desktop.domain.pangkat import Golongan
from sistemkerja_desktop.exporters.xlsx.pegawai_xlsx import (
    PegawaiExportRow,
    read_table,
    write_pegawai_xlsx,
)

NIP_A = "196804111993031009"
NIP_B = "198502152010012003"
NIP_P = "199001012023211001"

ROWS = [
    PegawaiExportRow(nip=NIP_A, nama="Budi Santoso", gelar_depan="dr.", gelar_belakang="M.Kes.",
                     pangkat="Pembina Utama Muda", golongan="IV/c",
                     jabatan="Kepala Dinas Kesehatan", jenis_jabatan="JPT Pratama",
                     unit="Pimpinan", status="PNS", pendidikan="S2 Kesehatan Masyarakat",
                     email="budi@dinkes.go.id", telepon="081234567890"),
    PegawaiExportRow(nip=NIP_B, nama="Siti Nurhaliza", gelar_belakang="S.E., M.M.",
                     pangkat="Penata", golongan="III/c", jabatan="Analis Keuangan Ahli Muda",
                     jenis_jabatan="Fungsional", jenjang="Ahli Muda",
                     unit="Sekretariat / Subbagian Keuangan", nip_atasan=NIP_A, status="PNS",
                     pendidikan="S2 Manajemen", kompetensi="Akuntansi, SIPD"),
    PegawaiExportRow(nip=NIP_P, nama="Maya Sari", gelar_depan="Ns.", gelar_belakang="S.Kep.",
                     golongan="IX", jabatan="Perawat Ahli Pertama", jenis_jabatan="Fungsional",
                     jenjang="Ahli Pertama", unit="UPTD Puskesmas Sukamaju", nip_atasan=NIP_A,
                     status="PPPK", telepon="0812 555"),
    PegawaiExportRow(nip="197711232005011004", nama="=1+1 Andi", pangkat="Pengatur",
                     golongan="II/c", jabatan="Pengadministrasi Perkantoran",
                     jenis_jabatan="Pelaksana", unit="Sekretariat / Subbagian Umum",
                     nip_atasan=NIP_B, status="PNS"),
]


def export(tmp_path: Path, rows=ROWS, name: str = "pegawai.xlsx") -> Path:
    path = tmp_path / name
    write_pegawai_xlsx(rows, path, title="DAFTAR PEGAWAI DINAS KESEHATAN")
    return path


# --- export ------------------------------------------------------------------------------------

def test_round_trip_gives_the_same_pegawai(tmp_path: Path) -> None:
    table, sheet = read_table(export(tmp_path))
    assert sheet == "Pegawai"
    header = detect_header(table)
    assert header.row_index == 2  # below the title and a blank row
    plan = parse_table(table, header)
    assert plan.errors == []
    assert plan.total_rows == 4
    a, b, p, d = plan.records
    assert (a.baris, a.nip, a.gelar_depan, a.nama, a.gelar_belakang) == (
        4, NIP_A, "dr.", "Budi Santoso", "M.Kes.")
    assert a.golongan == Golongan.pns("IV/c") and a.jabatan.kategori is Kategori.JPT_PRATAMA
    assert (a.unit_path, a.nip_atasan, a.email, a.telepon, a.pendidikan) == (
        ("Pimpinan",), None, "budi@dinkes.go.id", "081234567890", "S2 Kesehatan Masyarakat")
    assert (b.gelar_belakang, b.unit_path, b.nip_atasan, b.kompetensi) == (
        "S.E., M.M.", ("Sekretariat", "Subbagian Keuangan"), NIP_A, ("Akuntansi", "SIPD"))
    assert (b.jabatan.kategori, b.jabatan.jenjang) == (Kategori.FUNGSIONAL, Jenjang.AHLI_MUDA)
    assert (p.status, p.golongan, p.gelar_depan, p.gelar_belakang, p.telepon) == (
        StatusKepegawaian.PPPK, Golongan(True, 8), "Ns.", "S.Kep.", "0812 555")
    assert (d.nama, d.jabatan.kategori, d.jabatan.jenjang) == ("=1+1 Andi", Kategori.PELAKSANA,
                                                               None)


def test_export_layout(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(export(tmp_path))
    ws = wb["Pegawai"]
    assert ws["A1"].value == "DAFTAR PEGAWAI DINAS KESEHATAN" and ws["A1"].font.b
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:Q1"]
    header = [c.value for c in ws[3]]
    # Import-only columns: the kedudukan dates, and UNOR INDUK (the export writes UNIT KERJA as a
    # full path, which already places every unit).
    assert header == ["NO", *(k.value for k in Kolom
                              if k not in (Kolom.TMT_KEDUDUKAN, Kolom.DASAR_KEDUDUKAN,
                                           Kolom.UNIT_INDUK))]
    assert all(c.font.b for c in ws[3])
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:Q7"
    assert ws.column_dimensions["C"].width >= len("Siti Nurhaliza")
    nip, atasan, telp = ws["B5"], ws["L5"], ws["P4"]
    for cell, value in ((nip, NIP_B), (atasan, NIP_A), (telp, "081234567890")):
        assert (cell.value, cell.data_type, cell.number_format) == (value, "s", "@")
    assert ws["C7"].value == "=1+1 Andi" and ws["C7"].data_type == "s"  # never a formula
    wb.close()


def test_export_of_nothing_still_has_a_header(tmp_path: Path) -> None:
    table, _ = read_table(export(tmp_path, rows=[]))
    plan = parse_table(table)
    assert (plan.records, plan.errors, plan.total_rows) == ([], [], 0)


def test_export_replaces_existing_file(tmp_path: Path) -> None:
    path = export(tmp_path)
    export(tmp_path, rows=ROWS[:1])
    assert len(parse_table(read_table(path)[0]).records) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["pegawai.xlsx"]  # no temp file left


@pytest.mark.slow
def test_5000_rows_round_trip(tmp_path: Path) -> None:
    """Large files work; their speed is measured in benchmarks/, not asserted here."""
    rows = [PegawaiExportRow(nip=f"1968{1 + i // 1000:02d}11199303{1 + i % 2}{i % 1000:03d}",
                             nama=f"Pegawai {i}", pangkat="Penata", golongan="III/c",
                             jabatan="Perawat Ahli Muda", jenis_jabatan="Fungsional",
                             jenjang="Ahli Muda", unit="Bidang Pelayanan / Seksi Rujukan",
                             nip_atasan=NIP_A, status="PNS", pendidikan="S1 Keperawatan",
                             email=f"p{i}@dinkes.go.id", telepon="0812345678")
            for i in range(5000)]
    path = tmp_path / "besar.xlsx"
    write_pegawai_xlsx(rows, path, title="DAFTAR PEGAWAI")
    table, _ = read_table(path)
    plan = parse_table(table)
    assert (plan.total_rows, len(plan.records), plan.errors) == (5000, 5000, [])


# --- users' workbooks ------------------------------------------------------------------------

def duk_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Petunjuk"
    info["A1"] = "Isi data pada lembar DUK. NIP ditulis sebagai teks."
    ws = wb.create_sheet("DUK")
    ws["A1"] = "DAFTAR URUT KEPANGKATAN PNS"
    ws.merge_cells("A1:G1")
    ws["A2"] = "DINAS KESEHATAN KABUPATEN SUKAMAJU"
    ws.merge_cells("A2:G2")
    ws.append([])
    ws.append(["No.", "NIP Baru", "Nama Lengkap", "Pangkat/Gol", "Jabatan", "Unit Kerja", "HP"])
    ws.append([1, "19680411 199303 1 009", "dr. Budi Santoso, M.Kes.", "Pembina Utama Muda (IV/c)",
               "Pengadministrasi Umum", "Sekretariat", 81234567890])
    ws.append([2, "198502152010012003", "Siti Nurhaliza, S.E.", "Penata (III/c)",
               "Pengadministrasi Umum", "Sekretariat", None])
    ws.append([3, 198502152010012004, "Andi", "III/a", "Pengadministrasi Umum",
               "Sekretariat", None])
    ws.append([4, 1977112320050, "Dewi", "II/c", "Pengadministrasi Umum", None, None])
    ws.append([5, "197001012000031001", "Joko", "II/a", "Pengadministrasi Umum",
               "Sekretariat / Subbagian Umum", None])
    ws.append([6, "198203032006042001", "Rina", "II/b", "Pengadministrasi Umum", None, None])
    ws.merge_cells("F9:F10")  # unit merged over two rows: filled down on reading
    ws["A11"] = dt.datetime(2024, 1, 5)
    wb.save(path)
    wb.close()
    return path


def test_read_users_workbook(tmp_path: Path) -> None:
    table, sheet = read_table(duk_workbook(tmp_path / "duk.xlsx"))
    assert sheet == "DUK"
    assert table[0][:2] == ["DAFTAR URUT KEPANGKATAN PNS", None]
    assert table[2] == [None] * 7 and {len(r) for r in table} == {7}
    # An 18-digit number cell can only be stored as a float: the last digits are gone.
    assert isinstance(table[6][1], float) and int(table[6][1]) != 198502152010012004
    assert table[8][5] == table[9][5] == "Sekretariat / Subbagian Umum"
    assert table[10] == [dt.datetime(2024, 1, 5), *[None] * 6]
    plan = parse_table(table)
    assert [r.baris for r in plan.records] == [5, 6, 9, 10]
    assert plan.records[3].unit_path == ("Sekretariat", "Subbagian Umum")  # merged cell
    assert [(e.baris, e.kolom) for e in plan.errors] == [(7, "NIP Baru"), (8, "NIP Baru")]
    assert "pecahan/ilmiah" in plan.errors[0].pesan
    assert plan.errors[1].pesan == "NIP harus 18 digit, '1977112320050' berisi 13 digit"
    budi = plan.records[0]
    assert (budi.gelar_depan, budi.nama, budi.gelar_belakang, budi.golongan, budi.telepon) == (
        "dr.", "Budi Santoso", "M.Kes.", Golongan.pns("IV/c"), "081234567890")


def test_hidden_sheets_are_tried_last(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    hidden = wb.active
    hidden.title = "Lama"
    hidden.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Baru")
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    wb.save(tmp_path / "dua.xlsx")
    assert read_table(tmp_path / "dua.xlsx")[1] == "Baru"


def test_no_sheet_with_header(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["NAMA", "JABATAN"])
    wb.create_sheet("Kosong")
    wb.save(tmp_path / "tanpa.xlsx")
    with pytest.raises(ValidationError, match=r"'tanpa.xlsx'.*NIP dan NAMA.*Sheet, Kosong"):
        read_table(tmp_path / "tanpa.xlsx")


def test_stale_dimension_does_not_truncate(tmp_path: Path) -> None:
    src_path = duk_workbook(tmp_path / "duk.xlsx")
    fixed = tmp_path / "dimensi.xlsx"
    with zipfile.ZipFile(src_path) as src, zipfile.ZipFile(fixed, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                assert b'<dimension ref="A1:G11" />' in data
                data = data.replace(b'<dimension ref="A1:G11" />', b'<dimension ref="A1:B2" />')
            out.writestr(item, data)
    table, _ = read_table(fixed)
    assert len(table) == 11 and table[4][6] == 81234567890


# --- file errors -------------------------------------------------------------------------------

def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="'hilang.xlsx' tidak ditemukan"):
        read_table(tmp_path / "hilang.xlsx")


def test_csv_renamed_to_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "data.xlsx"
    path.write_text("NIP;NAMA\n196804111993031009;Budi\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="'data.xlsx' bukan berkas Excel .xlsx") as err:
        read_table(path)
    assert err.value.code == "bukan_xlsx"


def test_legacy_xls(tmp_path: Path) -> None:
    path = tmp_path / "lama.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    with pytest.raises(ValidationError, match=r"'lama.xls' berformat Excel 97-2003 \(.xls\)"):
        read_table(path)


def test_password_protected(tmp_path: Path) -> None:
    # An encrypted .xlsx is an OLE container holding 'EncryptionInfo' and 'EncryptedPackage'.
    path = tmp_path / "rahasia.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
                     + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    with pytest.raises(ValidationError, match="'rahasia.xlsx' dilindungi kata sandi"):
        read_table(path)


@pytest.mark.parametrize("content", [
    b"PK\x03\x04 bukan zip yang utuh",
    "zip tanpa workbook",
])
def test_corrupt_file(tmp_path: Path, content: object) -> None:
    path = tmp_path / "rusak.xlsx"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("readme.txt", content)
    with pytest.raises(ValidationError, match="'rusak.xlsx' rusak") as err:
        read_table(path)
    assert err.value.code == "xlsx_rusak"


def test_truncated_export_is_corrupt(tmp_path: Path) -> None:
    path = export(tmp_path)
    path.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(ValidationError, match="rusak"):
        read_table(path)


def test_xlsx_with_other_extension_is_read(tmp_path: Path) -> None:
    path = export(tmp_path, name="pegawai.xls")  # .xlsx content saved under a wrong name
    assert read_table(path)[1] == "Pegawai"


def test_cells_merged_down_over_staff_rows_are_filled(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR PEGAWAI"])
    ws.merge_cells("A1:D1")
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    ws.append(["199001012015031001", "Andi", "Pengadministrasi Umum", "Sekretariat"])
    ws.append(["199101012015031001", "Budi", "Pengadministrasi Umum", None])
    ws.append(["199201012015031001", "Citra", "Pengadministrasi Umum", None])
    ws.merge_cells("D3:D5")  # one UNIT KERJA for the group
    ws.append(["199301012015031001", "Dedi", "Pengadministrasi Umum", "Bidang P2P"])
    path = tmp_path / "gabung.xlsx"
    wb.save(path)
    table, _ = read_table(path)
    plan = parse_table(table)
    assert plan.errors == []
    assert [r.unit_path for r in plan.records] == [("Sekretariat",)] * 3 + [("Bidang P2P",)]
    assert table[0][1] is None  # the merged title is not spread across the header columns


# --- issue #8: bounded, complete reading --------------------------------------------------------

def staff(i: int) -> list[object]:
    return [f"19800101200501{1 + i % 2}{i:03d}", f"Pegawai {i}", "Pengadministrasi Umum",
            "Sekretariat"]


def test_blank_rows_never_end_the_sheet(tmp_path: Path) -> None:
    """Issue #8 item 6: 60 rows, 1,500 empty rows, 73 rows — all 133 are read (the old reader
    stopped after 1,000 empty rows and imported 60, exit 0)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    for i in range(60):
        ws.append(staff(i))
    for i in range(60, 133):
        ws.append(staff(i)) if i > 60 else ws.cell(row=ws.max_row + 1501, column=1)
        if i == 60:
            for col, value in enumerate(staff(i), 1):
                ws.cell(row=ws.max_row, column=col, value=value)
    path = tmp_path / "berlubang.xlsx"
    wb.save(path)
    table, _ = read_table(path)
    assert len(table) == 1 + 60 + 1500 + 73
    plan = parse_table(table)
    assert (plan.total_rows, len(plan.records), plan.errors) == (133, 133, [])
    assert plan.records[60].baris == 1 + 60 + 1500 + 1


def _dated(tmp_path: Path, *tmt: object) -> Path:
    """One row per TMT value, in date-formatted cells except plain numbers given as ('n', x)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA", "TMT KEDUDUKAN"])
    for i, value in enumerate(tmt):
        plain = isinstance(value, tuple)
        ws.append([*staff(i), value[1] if plain else value])
        if not plain:
            ws.cell(row=i + 2, column=5).number_format = "dd-mm-yyyy"
    path = tmp_path / "tmt.xlsx"
    wb.save(path)
    return path


def test_dates_outside_1900_2100_are_row_errors(tmp_path: Path) -> None:
    """A date cell far in the future, a date-formatted serial no date can have (openpyxl only
    warns and gives '#VALUE!'), a text date, a plain number: a clear error on the row and
    column, never a crash, a warning on stderr or an odd year imported."""
    path = _dated(tmp_path, dt.datetime(2024, 1, 2), dt.datetime(2500, 1, 1), 3_000_000,
                  "31-12-1850", "45000", ("n", 45000))
    plan = parse_table(read_table(path)[0])
    assert [r.tmt_kedudukan for r in plan.records] == [dt.date(2024, 1, 2)]
    assert [(e.baris, e.kolom, e.pesan) for e in plan.errors] == [
        (3, "TMT KEDUDUKAN", "tanggal 01-01-2500 di luar rentang tahun 1900–2100"),
        (4, "TMT KEDUDUKAN", ("angka 3000000 bukan tanggal, dan sebagai nomor seri tanggal "
                             "Excel pun di luar rentang tahun 1900–2100; tulis tanggal seperti "
                             "31-01-2024")),
        (5, "TMT KEDUDUKAN", "tanggal 31-12-1850 di luar rentang tahun 1900–2100"),
        (6, "TMT KEDUDUKAN", "tanggal '45000' tidak dikenal (contoh: 31-01-2024)"),
        (7, "TMT KEDUDUKAN", ("angka 45000 bukan tanggal; bila maksudnya nomor seri tanggal "
                             "Excel (15-03-2023), format sel sebagai Tanggal, atau tulis "
                             "15-03-2023")),
    ]


def _no_dimension(path: Path) -> Path:
    """The same workbook without the sheets' <dimension ref> (as some generators write it):
    only what the sheet really holds can be counted."""
    out = path.with_name("tanpa-dimensi-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"<dimension ref=\"[^\"]*\"\s*/>", b"", data)
            dst.writestr(item, data)
    out.replace(path)
    return path


def test_columns_right_of_the_header_are_not_kept(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    for i in range(40):  # past the 30 rows read whole to find the header
        ws.append(staff(i))
    ws.append([*staff(40), None, None, None, "catatan jauh di kanan"])
    wb.save(tmp_path / "kanan.xlsx")
    table, _ = read_table(tmp_path / "kanan.xlsx")
    assert {len(row) for row in table} == {4}
    assert table[-1] == staff(40)


def test_progress_is_reported_and_can_cancel(tmp_path: Path) -> None:
    rows = [PegawaiExportRow(nip=f"19800101200501{1 + i % 2}{i:03d}", nama=f"P {i}",
                             jabatan="Pengadministrasi Umum", jenis_jabatan="Pelaksana",
                             unit="Sekretariat") for i in range(2500)]
    path = tmp_path / "kemajuan.xlsx"
    write_pegawai_xlsx(rows, path, title="DAFTAR")
    calls: list[tuple[int, int]] = []
    read_table(path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1000, 0), (2000, 0), (2503, 2503)]  # no <dimension>: total unknown

    class Batal(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Batal

    with pytest.raises(Batal):  # not mistaken for a damaged file
        read_table(path, progress=cancel)


@pytest.mark.parametrize(("limit", "value", "message"), [
    ("BATAS_SEL", 30, r"'sel.xlsx', lembar 'DUK': lebih dari 30 sel terisi \(sampai baris 8\)"),
    ("BATAS_KOLOM", 3, (r"'sel.xlsx', lembar 'DUK', baris 1: berisi data sampai kolom D \(kolom "
                       r"ke-4\), melebihi batas 3 kolom")),
    ("BATAS_BARIS", 5, r"'sel.xlsx', lembar 'DUK': lebih dari 5 baris"),
])
def test_sheet_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, value: int,
                      message: str) -> None:
    from sistemkerja_desktop.exporters.xlsx import xlsx_batas

    monkeypatch.setattr(xlsx_batas, limit, value)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DUK"
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    for i in range(40):
        ws.append(staff(i))
    wb.save(tmp_path / "sel.xlsx")
    with pytest.raises(ValidationError, match=message) as err:
        read_table(_no_dimension(tmp_path / "sel.xlsx"))
    assert err.value.message.endswith("Tidak ada yang diimpor.")


def test_empty_rows_below_count_as_the_table(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """One filled row far below the list makes the kept table that tall: bounded as well."""
    from sistemkerja_desktop.exporters.xlsx import xlsx_batas

    monkeypatch.setattr(xlsx_batas, "BATAS_SEL", 1000)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIP", "NAMA", "JABATAN", "UNIT KERJA"])
    ws.append(staff(1))
    ws.cell(row=400, column=1, value="catatan")
    wb.save(tmp_path / "jauh.xlsx")
    with pytest.raises(ValidationError, match=r"lembar 'Sheet' menyatakan rentang A1:D400 "
                                              r"\(1.600 sel\), melebihi batas 1.000 sel"):
        read_table(tmp_path / "jauh.xlsx")
    with pytest.raises(ValidationError, match=r"tabel 400 baris × 4 kolom \(1.600 sel\)"):
        read_table(_no_dimension(tmp_path / "jauh.xlsx"))


def test_workbook_part_missing_is_damaged_not_english(tmp_path: Path) -> None:
    """openpyxl's own "File contains no valid workbook part" never reaches the user."""
    source = export(tmp_path)
    broken = tmp_path / "tanpa-buku.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(broken, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"sheet.main+xml", b"sheet.lain+xml")
            out.writestr(item, data)
    with pytest.raises(ValidationError) as err:
        read_table(broken)
    assert err.value.code == "xlsx_rusak" and "'tanpa-buku.xlsx' rusak" in err.value.message


def test_shared_string_index_out_of_range_is_damaged(tmp_path: Path) -> None:
    """A cell pointing at shared string 99 of a workbook without any: IndexError in openpyxl,
    which used to reach the user as a traceback."""
    source = duk_workbook(tmp_path / "duk.xlsx")
    broken = tmp_path / "indeks.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(broken, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data, n = re.subn(rb'(<c r="A1"[^>]*?) t="inlineStr"><is><t>[^<]*</t></is>',
                                  rb'\1 t="s"><v>99</v>', data)
                assert n == 1
            out.writestr(item, data)
    with pytest.raises(ValidationError, match="'indeks.xlsx' rusak"):
        read_table(broken)


def test_export_refuses_a_data_file(tmp_path: Path) -> None:
    """Issue #8 item 1: `pegawai ekspor kantor.sqlite` never writes over the data file."""
    import sqlite3

    db = tmp_path / "kantor.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("create table t (x)")
    before = db.read_bytes()
    with pytest.raises(ValidationError, match="kantor.sqlite adalah berkas data"):
        write_pegawai_xlsx(ROWS, db, title="X")
    with pytest.raises(ValidationError, match="sedang dibuka"):
        write_pegawai_xlsx(ROWS, tmp_path / "kantor.sqlite-wal", title="X", protected=(db,))
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kantor.sqlite"]


def test_failed_export_keeps_the_previous_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from sistemkerja_desktop.domain.errors import StorageError

    path = export(tmp_path)
    before = path.read_bytes()

    def disk_full(self: object, filename: object) -> None:
        Path(str(filename)).write_bytes(b"PK\x03\x04 setengah")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(StorageError, match="Disk penuh: berkas .*pegawai.xlsx"):
        export(tmp_path, rows=ROWS[:1])
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["pegawai.xlsx"]  # no temp file left
