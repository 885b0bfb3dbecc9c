"""`sistemkerja tim …` and `sistemkerja dokumen …`: exit codes, JSON, nothing written on error."""

from __future__ import annotations

import json
import re

import openpyxl
import pytest
from pypdf import PdfReader

from sistemkerja_desktop.cli.main import main

YULIANA, FAJAR, NOVI, KADIS, RIZKI = ("199103032017122909", "198708182013121910",
                                      "199405172023212929", "197103141999031901",
                                      "199201202019031907")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "d.sqlite"
    assert run(capsys, "--db", path, "demo")[0] == 0
    return path


def _buat(capsys, db, *extra):
    return run(capsys, "--db", db, "tim", "buat", "--nama", "Tim Uji", "--jenis", "tim-kerja",
               "--unit-pemilik", "Bidang Kesehatan Masyarakat", "--mulai", "2026-12-01",
               "--selesai", "2027-03-31", *extra)


def test_buat_json_and_daftar(capsys, db):
    code, out, _ = _buat(capsys, db, "--ketua", YULIANA, "--anggota", f"{FAJAR},{NOVI}",
                         "--tugas", "menyusun laporan", "--json")
    assert code == 0
    created = json.loads(out)
    assert set(created) == {"id", "uuid"}
    code, out, _ = run(capsys, "--db", db, "tim", "daftar", "--json")
    rows = json.loads(out)
    mine = next(r for r in rows if r["id"] == created["id"])
    assert mine["nama"] == "Tim Uji" and mine["jenis"] == "tim-kerja"
    assert mine["unit_pemilik"] == "Bidang Kesehatan Masyarakat"
    assert (mine["mulai"], mine["selesai"]) == ("2026-12-01", "2027-03-31")
    assert mine["ketua"] == YULIANA and mine["anggota"] == [FAJAR, NOVI]
    assert len(rows) == 5


def test_hard_rule_exits_2_with_citation_and_writes_nothing(capsys, db):
    code, out, err = _buat(capsys, db, "--ketua", KADIS)
    assert code == 2 and out == ""
    assert "tidak dapat menjadi ketua" in err and "dasar:" in err and "Pasal" in err
    assert len(json.loads(run(capsys, "--db", db, "tim", "daftar", "--json")[1])) == 4


@pytest.mark.parametrize("extra", [["--ketua", "123"], ["--ketua", YULIANA, "--jenis", "x"]])
def test_bad_input_exits_2(capsys, db, extra):
    args = ["--db", db, "tim", "buat", "--nama", "T", "--jenis", "tim-kerja", "--unit-pemilik",
            "Sekretariat", "--mulai", "2026-12-01", "--selesai", "2027-01-31", *extra]
    code, _, err = run(capsys, *args)
    assert code == 2 and err


def test_bad_date_and_unknown_unit_exit_2(capsys, db):
    with pytest.raises(SystemExit) as exc:
        _buat(capsys, db, "--ketua", YULIANA, "--mulai", "31-12-2026")
    assert exc.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
    code, _, err = run(capsys, "--db", db, "tim", "buat", "--nama", "T", "--jenis", "tim-kerja",
                       "--unit-pemilik", "Bidang Entah", "--mulai", "2026-12-01", "--selesai",
                       "2027-01-31", "--ketua", YULIANA)
    assert code == 2 and "tidak ditemukan" in err


def test_anggota_tambah(capsys, db):
    code, out, _ = run(capsys, "--db", db, "tim", "anggota", "tambah", "1", RIZKI, "--peran",
                       "Notulis")
    assert code == 0 and "Notulis" in out and "menunggu persetujuan" in out
    assert run(capsys, "--db", db, "tim", "anggota", "tambah", "1", RIZKI)[0] == 2
    assert run(capsys, "--db", db, "tim", "anggota", "tambah", "99", RIZKI)[0] == 2


def test_roster(capsys, db, tmp_path):
    path = tmp_path / "r.xlsx"
    assert run(capsys, "--db", db, "tim", "roster", "--semua", "-o", path)[0] == 0
    assert len(openpyxl.load_workbook(path).sheetnames) == 5
    one = tmp_path / "one.xlsx"
    assert run(capsys, "--db", db, "tim", "roster", "2", "-o", one)[0] == 0
    assert len(openpyxl.load_workbook(one).sheetnames) == 2
    assert run(capsys, "--db", db, "tim", "roster", "-o", one)[0] == 2


def test_dokumen_final_and_draft(capsys, db, tmp_path):
    sk = tmp_path / "sk.pdf"
    code, out, _ = run(capsys, "--db", db, "dokumen", "sk-tim", "1", "-o", sk, "--tanggal",
                       "2026-07-16")
    assert code == 0 and "100.3.3/1/Dinkes/2026" in out
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(sk).pages))
    assert "KESATU" in text and "Yuliana Safitri, S.Gz." in text and "DRAF" not in text
    # issue #9: the demo's outside members are all approved; a new one waits for approval
    assert run(capsys, "--db", db, "tim", "anggota", "tambah", "2", RIZKI)[0] == 0
    st = tmp_path / "st.pdf"
    code, out, err = run(capsys, "--db", db, "dokumen", "surat-tugas", "2", "-o", st, "--draf")
    assert code == 0 and "Draf" in out and "menunggu persetujuan" in err
    assert "DRAF" in " ".join(p.extract_text() for p in PdfReader(st).pages)


def test_dokumen_not_ready_exits_2_listing_what_is_missing(capsys, tmp_path):
    db = tmp_path / "baru.sqlite"
    assert run(capsys, "--db", db, "init", "--pd", "Dinas Sosial", "--pemda", "Kabupaten Uji",
               "--profil", "generic")[0] == 0
    # an agency without pegawai: make one team through the demo file instead
    demo = tmp_path / "demo.sqlite"
    run(capsys, "--db", demo, "demo")
    from sistemkerja_desktop.domain.penomoran import JenisNaskah
    from sistemkerja_desktop.services.container import build_services

    svc = build_services(demo)
    pola = svc.naskah.pola_nomor(JenisNaskah.SURAT_TUGAS)
    import dataclasses

    svc.naskah.simpan_pola_nomor(dataclasses.replace(pola, kode_unit=""))
    svc.close()
    out_pdf = tmp_path / "st.pdf"
    code, out, err = run(capsys, "--db", demo, "dokumen", "surat-tugas", "1", "-o", out_pdf)
    assert code == 2 and "Nomor naskah belum ada" in err and not out_pdf.exists()
    code, _, _ = run(capsys, "--db", demo, "dokumen", "surat-tugas", "1", "-o", out_pdf, "--draf")
    assert code == 0 and out_pdf.exists()
