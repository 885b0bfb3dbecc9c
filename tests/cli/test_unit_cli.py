"""`sistemkerja unit daftar [--json]` (issue #7); `unit tambah` / `unit ubah` with `--tipe`, the
Kelas/Tipe of an RSUD or UPTD (issue #9; Perbup Pekalongan 52/2024 Tabel 3.8, 3.9, 3.12)."""

import json

import openpyxl
import pytest

from sistemkerja_desktop.cli.main import main

PD = "Dinas Pekerjaan Umum"
KADIS = "197101012000031001"
KABID = "198001012005011001"
ROWS = [
    ["NIP BARU", "NAMA", "JABATAN NAMA", "JENIS JABATAN", "UNOR NAMA", "NIP ATASAN"],
    [KADIS, "Kadis", "Kepala Dinas", "JPT Pratama", PD.upper(), ""],
    [KABID, "Kabid", "Kepala Bidang Bina Marga", "Administrator", "Bidang Bina Marga", KADIS],
    ["198501012010011001", "Kasi", "Kepala Seksi Jalan", "Struktural", "Seksi Jalan", KABID],
    ["199001012015011001", "Staf", "Pengawas Lapangan", "Pelaksana", "Seksi Jalan",
     "198501012010011001"],
    ["199101012015011001", "Staf B", "Pengadministrasi Umum", "Pelaksana", "Seksi Sepi", ""],
]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _imported(tmp_path, capsys):
    db = tmp_path / "pu.sqlite"
    assert run(capsys, "--db", db, "init", "--pd", PD, "--pemda", "Kabupaten Uji", "--profil",
               "generic")[0] == 0
    wb = openpyxl.Workbook()
    for r in ROWS:
        wb.active.append(r)
    wb.save(tmp_path / "siasn.xlsx")
    code, _, err = run(capsys, "--db", db, "pegawai", "impor", tmp_path / "siasn.xlsx")
    assert code == 0, err
    # "Seksi Sepi" has no head and no atasan: hung under the root, and said so (not silence)
    assert "siasn.xlsx: peringatan: Unit 'Seksi Sepi'" in err
    return db


def test_unit_daftar_json_gives_the_tree_from_an_imported_file(tmp_path, capsys):
    db = _imported(tmp_path, capsys)
    code, out, err = run(capsys, "--db", db, "unit", "daftar", "--json")
    assert code == 0 and err == ""
    units = json.loads(out)
    assert units == [
        {"nama": PD, "jalur": PD, "induk": None, "jenis": "Pimpinan", "tipe": None, "nip_kepala": KADIS},
        {"nama": "Bidang Bina Marga", "jalur": "Bidang Bina Marga", "induk": PD,
         "jenis": "Bidang", "tipe": None, "nip_kepala": KABID},
        {"nama": "Seksi Jalan", "jalur": "Bidang Bina Marga / Seksi Jalan",
         "induk": "Bidang Bina Marga", "jenis": "Seksi", "tipe": None,
         "nip_kepala": "198501012010011001"},
        {"nama": "Seksi Sepi", "jalur": "Seksi Sepi", "induk": PD, "jenis": "Seksi",
         "tipe": None, "nip_kepala": None},
    ]


def test_unit_daftar_plain_is_an_indented_tree(tmp_path, capsys):
    db = _imported(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "unit", "daftar")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"{PD} (Pimpinan; kepala 19710101 200003 1 001)")
    assert "        Seksi Jalan (Seksi; kepala 19850101 201001 1 001)" in lines
    assert "    Seksi Sepi (Seksi; tanpa kepala)  [induk belum diketahui]" in lines
    assert lines[-1] == "4 unit."


def test_unit_daftar_on_the_demo_leaves_the_root_out_of_paths(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert run(capsys, "--db", db, "demo")[0] == 0
    units = json.loads(run(capsys, "--db", db, "unit", "daftar", "--json")[1])
    by_jalur = {u["jalur"]: u for u in units}
    sub = by_jalur["Sekretariat / Subbagian Umum dan Kepegawaian"]
    assert sub["induk"] == "Sekretariat" and sub["jenis"] == "Subbagian"
    assert by_jalur["Sekretariat"]["induk"] == "Pimpinan"
    assert [u for u in units if u["induk"] is None] == [by_jalur["Pimpinan"]]


def test_unit_bad_usage_and_missing_agency_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(tmp_path / "x.sqlite"), "unit", "hapus"])
    assert exc.value.code == 2 and "pilihan tidak dikenal" in capsys.readouterr().err
    code, out, err = run(capsys, "--db", tmp_path / "kosong.sqlite", "unit", "daftar")
    assert code == 2 and out == "" and err.startswith("sistemkerja: ")


def test_unit_tambah_reads_the_type_from_the_name_and_ubah_sets_it(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, err = run(capsys, "--db", db, "unit", "tambah", "RSUD dr. Uji Kelas C",
                         "--induk", "Pimpinan")
    assert (code, err) == (0, "")
    assert "ditambahkan: RSUD dr. Uji Kelas C (RSUD Kelas C)" in out  # jenis and tipe guessed
    code, out, err = run(capsys, "--db", db, "unit", "tambah", "UPTD Gudang Farmasi",
                         "--induk", "Pimpinan", "--tipe", "b")
    assert (code, err) == (0, "") and "(UPTD Tipe B)" in out
    code, out, err = run(capsys, "--db", db, "unit", "ubah", "RSUD dr. Uji Kelas C",
                         "--tipe", "D")
    assert (code, err) == (0, "") and "diubah: RSUD dr. Uji Kelas C (RSUD Kelas D)" in out
    units = {u["nama"]: u for u in json.loads(
        run(capsys, "--db", db, "unit", "daftar", "--json")[1])}
    assert units["RSUD dr. Uji Kelas C"]["tipe"] == "D"
    assert units["UPTD Gudang Farmasi"]["tipe"] == "B"
    assert units["Sekretariat"]["tipe"] is None
    plain = run(capsys, "--db", db, "unit", "daftar")[1]
    assert "RSUD dr. Uji Kelas C (RSUD Kelas D; tanpa kepala)" in plain
    code, out, _ = run(capsys, "--db", db, "unit", "ubah", "UPTD Gudang Farmasi", "--tipe", "")
    assert code == 0 and "(UPTD)" in out


@pytest.mark.parametrize(("args", "pesan"), [
    (("ubah", "Sekretariat", "--tipe", "C"), "hanya untuk unit berjenis RSUD atau UPTD"),
    (("tambah", "RSUD Baru", "--tipe", "E"), "Kelas/Tipe unit 'E' tidak dikenal"),
    (("ubah", "Unit Tak Ada", "--tipe", "C"), "Unit 'Unit Tak Ada' tidak ditemukan"),
])
def test_unit_tipe_errors_exit_2_and_change_nothing(tmp_path, capsys, args, pesan):
    db = tmp_path / "demo.sqlite"
    assert run(capsys, "--db", db, "demo")[0] == 0
    before = run(capsys, "--db", db, "unit", "daftar", "--json")[1]
    code, out, err = run(capsys, "--db", db, "unit", *args)
    assert code == 2 and out == "" and pesan in err
    assert run(capsys, "--db", db, "unit", "daftar", "--json")[1] == before
