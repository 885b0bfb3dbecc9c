import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from sistemkerja_desktop.cli.common import EXIT_PIPE
from sistemkerja_desktop.cli.main import build_parser, main

HEADER = ["No", "NIP Baru", "Nama Lengkap", "Gol. Ruang", "Nama Jabatan", "Jenis Jabatan",
          "Unit Kerja", "NIP Atasan"]
KADIS = ["1", "'197103141999031901", "dr. Budi Santoso, M.Kes.", "IV/c", "Kepala Dinas",
         "JPT Pratama", "Pimpinan", ""]
KABID = ["2", "19800117 200604 2 904", "Rina Wati, S.KM.", "IV/a",
         "Kepala Bidang Kesehatan Masyarakat", "Administrator", "Bidang Kesehatan Masyarakat",
         "197103141999031901"]
JF = ["3", "INT:199103032017122909", "Yuli Safitri, S.Gz.", "III/c", "Nutrisionis Ahli Muda", "",
      "Bidang Kesehatan Masyarakat / Seksi Gizi", "198001172006042904"]


def _xlsx(path, rows):
    """A DUK-like sheet. "INT:<digits>" becomes a true integer cell, as some tools write them
    (openpyxl itself would write an 18-digit int as a float)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR URUT KEPANGKATAN"])
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = re.sub(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>INT:(\d+)</t></is></c>',
                   r'<c r="\1" t="n"><v>\2</v></c>', sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path):
    return tmp_path / "data.sqlite"


@pytest.fixture
def initialised(db, capsys):
    assert run(capsys, "--db", db, "init", "--pd", "Dinas Kesehatan", "--pemda",
               "Kabupaten Uji", "--profil", "generic")[0] == 0
    return db


def test_profil_daftar_lists_all_codes(db, capsys):
    code, out, _ = run(capsys, "--db", db, "profil", "daftar")
    assert code == 0
    for kode in ("generic", "kapuas-hulu", "barito-timur", "pekalongan", "bungo", "pasuruan"):
        assert kode in out
    assert not db.exists()  # listing profiles creates no database file


def test_demo_then_daftar_and_periksa_json(db, capsys):
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db, "pegawai", "daftar", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 120
    assert {"nip", "nama", "jabatan", "unit", "nip_ppk"} <= set(rows[0])
    code, out, _ = run(capsys, "--db", db, "periksa", "--json")
    findings = json.loads(out)
    assert code == 1  # the demo has deliberate problems
    assert findings and {"kode", "tingkat", "pesan", "nip", "dasar"} <= set(findings[0])
    assert {f["tingkat"] for f in findings} <= {"galat", "peringatan"}
    assert any(f["tingkat"] == "galat" for f in findings)


def test_demo_without_db_goes_to_its_own_file_not_the_users_data(capsys):
    from sistemkerja_desktop import paths

    code, out, _ = run(capsys, "demo")
    assert code == 0 and str(paths.demo_db_path()) in out
    assert paths.demo_db_path().exists()
    assert not paths.default_db_path().exists()  # the real data file is never the demo's


def test_demo_refused_on_non_empty_file(db, capsys):
    run(capsys, "--db", db, "demo")
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 2 and "sudah berisi" in err


def test_init_bad_profile_exit_2(db, capsys):
    code, _, err = run(capsys, "--db", db, "init", "--pd", "Dinas X", "--pemda", "Kabupaten Y",
                       "--profil", "tidak-ada")
    assert code == 2
    assert "profil" in err.lower()
    assert not db.exists()  # nothing left of the file the failed command had to create


def test_usage_error_is_indonesian_exit_2(db, capsys):
    code = None
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db), "pegawai"])
    code = exc.value.code
    err = capsys.readouterr().err
    assert code == 2
    assert "wajib" in err and "Penggunaan" in err


def test_periksa_on_clean_agency_exit_0(initialised, capsys):
    code, out, _ = run(capsys, "--db", initialised, "periksa", "--json")
    assert code == 0 and json.loads(out) == []


def test_import_json_and_reimport_updates(initialised, tmp_path, capsys):
    f = _xlsx(tmp_path / "duk.xlsx", [KADIS, KABID, JF])
    assert openpyxl.load_workbook(f).active["B6"].value == 199103032017122909
    code, out, err = run(capsys, "--db", initialised, "pegawai", "impor", f, "--json")
    assert code == 0, err
    assert json.loads(out) == {"ditambah": 3, "diperbarui": 0, "ditolak": 0, "galat": []}
    code, out, _ = run(capsys, "--db", initialised, "pegawai", "impor", f, "--json")
    assert json.loads(out)["diperbarui"] == 3
    code, out, _ = run(capsys, "--db", initialised, "pegawai", "daftar", "--json")
    rows = {r["nip"]: r for r in json.loads(out)}
    assert len(rows) == 3
    assert rows["199103032017122909"]["nip_ppk"] == "198001172006042904"
    assert rows["199103032017122909"]["unit"] == "Bidang Kesehatan Masyarakat / Seksi Gizi"
    assert rows["199103032017122909"]["jenjang"] == "Ahli Muda"


def test_import_all_or_nothing(initialised, tmp_path, capsys):
    bad = ["4", 1.99103032017122e17, "Salah Format", "III/a", "Pranata Komputer Ahli Pertama",
           "", "Sekretariat", ""]
    f = _xlsx(tmp_path / "duk.xlsx", [KADIS, KABID, JF, bad])
    code, out, err = run(capsys, "--db", initialised, "pegawai", "impor", f, "--json")
    assert code == 2
    result = json.loads(out)
    assert result["ditolak"] == 1 and result["galat"][0]["baris"] == 7
    assert "duk.xlsx: baris 7, kolom NIP Baru" in err
    _, out, _ = run(capsys, "--db", initialised, "pegawai", "daftar", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", initialised, "pegawai", "impor", f, "--coba",
                       "--lewati-tidak-valid", "--json")
    assert code == 0 and json.loads(out)["ditambah"] == 3
    _, out, _ = run(capsys, "--db", initialised, "pegawai", "daftar", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", initialised, "pegawai", "impor", f,
                       "--lewati-tidak-valid", "--json")
    assert code == 0 and json.loads(out)["ditambah"] == 3
    _, out, _ = run(capsys, "--db", initialised, "pegawai", "daftar", "--json")
    assert len(json.loads(out)) == 3


def test_import_unknown_atasan_rejected(initialised, tmp_path, capsys):
    orphan = list(JF)
    orphan[7] = "196001011985031001"
    code, _, err = run(capsys, "--db", initialised, "pegawai", "impor",
                       _xlsx(tmp_path / "a.xlsx", [orphan]))
    assert code == 2 and "NIP atasan" in err and "baris 4" in err


def test_missing_file_exit_2(initialised, tmp_path, capsys):
    code, _, err = run(capsys, "--db", initialised, "pegawai", "impor", tmp_path / "tidak.xlsx")
    assert code == 2 and "tidak.xlsx" in err


def _cells(path):
    ws = openpyxl.load_workbook(path).active
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def test_export_import_round_trip(db, tmp_path, capsys):
    run(capsys, "--db", db, "demo")
    first = tmp_path / "satu.xlsx"
    assert run(capsys, "--db", db, "pegawai", "ekspor", first)[0] == 0
    other = tmp_path / "lain.sqlite"
    run(capsys, "--db", other, "init", "--pd", "Dinas Kesehatan", "--pemda", "Kabupaten Contoh",
        "--profil", "generic")
    code, out, err = run(capsys, "--db", other, "pegawai", "impor", first, "--json")
    assert code == 0, err
    second = tmp_path / "dua.xlsx"
    run(capsys, "--db", other, "pegawai", "ekspor", second)
    a, b = _cells(first), _cells(second)
    assert a[1:] == b[1:]  # same header and rows (the title row names the agency)
    header = next(r for r in a if r and "NIP" in r)
    nip_col = header.index("NIP")
    ws = openpyxl.load_workbook(first).active
    nip_cells = [c for c in ws.iter_cols(min_col=nip_col + 1, max_col=nip_col + 1)][0]
    assert all(isinstance(c.value, str) for c in nip_cells if c.value)


def test_console_entry_point_runs(db):
    proc = subprocess.run([sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db", str(db),
                           "profil", "daftar"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and "kapuas-hulu" in proc.stdout


# ---- issue #7: Indonesian argparse, the PPK column, no stray files, quiet closed pipes --------

ENGLISH_FRAMING = ("usage", "positional arguments", "optional arguments", "options:",
                   "show this help", "show program", "and exit", "error:", "default:",
                   "required", "invalid", "choose from")


def _parsers(parser, path=()):
    """Every parser of the command tree (the top level, each command, each action)."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def test_help_of_every_command_is_indonesian():
    seen = 0
    for path, parser in _parsers(build_parser()):
        text = parser.format_help()
        found = [w for w in ENGLISH_FRAMING if w in text.lower()]
        assert found == [], f"sistemkerja {' '.join(path)} --help: {found}\n{text}"
        assert text.startswith("Penggunaan: sistemkerja") and "-h, --help" in text
        seen += 1
    assert seen >= 20  # demo, init, pegawai impor/ekspor/daftar, tim buat, dokumen …


def test_help_and_version_exit_0_in_indonesian(capsys):
    for argv in (["--help"], ["pegawai", "daftar", "-h"], ["--version"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "tampilkan bantuan ini lalu keluar" in out and "opsi:" in out
    assert "tampilkan nomor versi lalu keluar" in out
    assert re.search(r"^sistemkerja \d+\.\d+", out, re.M)


@pytest.mark.parametrize(("argv", "expected"), [
    (["xyz"], "argumen PERINTAH: pilihan tidak dikenal: 'xyz' (pilih dari 'demo'"),
    (["pegawai", "impor"], "argumen berikut wajib diisi: BERKAS.xlsx"),
    (["tim", "anggota", "tambah", "satu", "1971"], "argumen TIM_ID: bukan bilangan bulat: 'satu'"),
    (["bagan", "ekspor", "-o", "a.pdf", "--kertas", "a5"], "argumen --kertas: pilihan tidak"),
    (["periksa", "--salah"], "argumen tidak dikenal: --salah"),
    (["pegawai", "daftar", "--db"], "argumen tidak dikenal: --db"),
])
def test_usage_errors_are_indonesian(capsys, argv, expected):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and expected in err and ": galat: " in err
    assert not [w for w in ("usage", "argument ", "invalid", "error:") if w in err]


def test_plain_daftar_shows_the_ppk_column(initialised, tmp_path, capsys):
    f = _xlsx(tmp_path / "duk.xlsx", [KADIS, KABID, JF])
    assert run(capsys, "--db", initialised, "pegawai", "impor", f)[0] == 0
    code, out, _ = run(capsys, "--db", initialised, "pegawai", "daftar")
    header, *lines = out.splitlines()
    assert code == 0 and header.split() == ["NIP", "NAMA", "JABATAN", "UNIT", "KERJA", "PPK"]
    yuli = next(line for line in lines if "Yuli Safitri" in line)
    assert yuli.startswith("19910303 201712 2 909")
    assert yuli.index("Rina Wati") >= header.index("PPK")  # her PPK, in the PPK column
    assert len(lines) == 3


@pytest.mark.parametrize("argv", [
    ["pegawai", "daftar"], ["pegawai", "daftar", "--json"], ["periksa"], ["tim", "daftar"],
    ["pegawai", "ekspor", "x.xlsx"], ["bagan", "ekspor", "-o", "x.pdf"],
])
def test_command_on_missing_database_creates_nothing(tmp_path, capsys, argv):
    db = tmp_path / "baru.sqlite"
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == 2 and out == ""
    assert f"berkas basis data {db} tidak ada" in err and "init" in err and "demo" in err
    assert list(tmp_path.iterdir()) == []


def test_impor_into_missing_database_asks_for_init_first(tmp_path, capsys):
    """Importing needs a Perangkat Daerah and its profil peraturan, which only `init` knows."""
    f = _xlsx(tmp_path / "duk.xlsx", [KADIS, KABID, JF])
    db = tmp_path / "baru.sqlite"
    code, _, err = run(capsys, "--db", db, "pegawai", "impor", f)
    assert code == 2 and "init" in err and not db.exists()


def test_failed_init_on_new_file_leaves_no_file(tmp_path, capsys):
    db = tmp_path / "sub" / "baru.sqlite"
    code, _, err = run(capsys, "--db", db, "init", "--pd", "Dinas X", "--pemda", "Kabupaten Y",
                       "--profil", "tidak-ada")
    assert code == 2 and "profil" in err.lower()
    assert not db.exists() and list(db.parent.glob("baru.sqlite*")) == []


def test_failed_command_on_existing_file_keeps_it(initialised, capsys):
    code, _, _ = run(capsys, "--db", initialised, "init", "--pd", "Dinas X", "--pemda", "Kab Y",
                     "--profil", "tidak-ada")
    assert code == 2 and initialised.exists()


class _ClosedStdout:
    def write(self, _text):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_stdout_ends_quietly_in_process(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdout", _ClosedStdout())
    assert main(["profil", "daftar"]) == EXIT_PIPE
    monkeypatch.undo()
    assert capsys.readouterr().err == ""


@pytest.fixture
def demo_db(db, capsys):
    assert run(capsys, "--db", db, "demo")[0] == 0
    return db


def _cli(db, *args):
    return [sys.executable, "-m", "sistemkerja_desktop.cli.main", "--db", str(db), *args]


def test_closed_pipe_ends_quietly(demo_db):
    """The reader is gone before the first line: exit 141 (as `yes | head` does), no traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(_cli(demo_db, "pegawai", "daftar"), stdout=write_end,
                              stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert proc.stderr == "" and proc.returncode == EXIT_PIPE


@pytest.mark.skipif(shutil.which("head") is None, reason="needs a POSIX shell with head")
def test_piped_into_head(demo_db):
    command = " ".join(shlex.quote(part) for part in _cli(demo_db, "pegawai", "daftar"))
    proc = subprocess.run(f"{command} | head -1", shell=True, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout.split() == ["NIP", "NAMA", "JABATAN", "UNIT", "KERJA", "PPK"]
