"""`sistemkerja pantau` (issue #11): the dashboard's figures as the issue names them, the PDF
for the pimpinan's meeting (read back with pypdf), never written over the data file."""

from __future__ import annotations

import json

from cli_uji import demo_db, run
from pypdf import PdfReader

KEYS = {"tim_aktif", "laporan_jatuh_tempo", "laporan_terlambat", "menunggu_tinjauan",
        "permohonan_menunggu", "beban"}


def test_pantau_json_has_the_figures_and_the_chart_series(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    code, out, err = run(capsys, "--db", db, "pantau", "--tanggal", "2026-11-27", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert KEYS <= set(d)
    assert d["tanggal"] == "2026-11-27"
    assert {"pegawai", "rata_rata", "maksimum", "tanpa_tim", "histogram"} <= set(d["beban"])
    assert sum(h["jumlah"] for h in d["beban"]["histogram"]) == d["beban"]["pegawai"]
    assert len(d["per_bulan"]) == 12 and d["per_bulan"][-1]["bulan"] == "Nov 2026"
    assert len(d["progres_tim"]) == d["tim_aktif"]
    assert sum(u["jumlah"] for u in d["terlambat_per_unit"]) == d["laporan_terlambat"]
    assert len(d["terlambat"]) == d["laporan_terlambat"]
    # the same figure the report tracker gives: unsent reports past due at the date
    code, out, _ = run(capsys, "--db", db, "laporan", "daftar", "--tanggal", "2026-11-27",
                       "--json")
    rows = json.loads(out)
    assert d["laporan_terlambat"] == sum(r["terlambat"] and r["status"] in ("belum", "draf")
                                         for r in rows)
    assert d["menunggu_tinjauan"] == sum(r["status"] == "dikirim" for r in rows)


def test_pantau_text(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    code, out, _ = run(capsys, "--db", db, "pantau", "--tanggal", "2026-11-27")
    assert code == 0
    assert "PANTAUAN SISTEM KERJA" in out and "Tim kerja aktif" in out
    assert "Laporan terlambat" in out and "Nov 2026" in out


def test_pantau_ekspor_writes_a_pdf_with_the_date(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    pdf = tmp_path / "pantauan.pdf"
    # the date given before `ekspor` is kept
    code, out, err = run(capsys, "--db", db, "pantau", "--tanggal", "2026-11-27", "ekspor", "-o",
                         pdf)
    assert code == 0, err
    assert str(pdf) in out
    reader = PdfReader(pdf)
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "PANTAUAN SISTEM KERJA" in text and "27 November 2026" in text
    assert "DINAS KESEHATAN" in text and "Progres per tim kerja" in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape


def test_pantau_ekspor_never_over_the_data_file(tmp_path, capsys):
    db = demo_db(tmp_path, capsys)
    before = db.read_bytes()
    code, _, err = run(capsys, "--db", db, "pantau", "ekspor", "-o", db)
    assert code == 2 and "berkas data" in err and "Traceback" not in err
    assert db.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
