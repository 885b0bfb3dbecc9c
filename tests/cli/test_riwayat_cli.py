"""`sistemkerja riwayat` and `sistemkerja periksa-berkas` (issue #8), in process."""

import json
import sqlite3

import pytest

from sistemkerja_desktop.cli.main import main

AGUS = "198209092009021905"  # Agus Setiawan (demo)
PPK_BIDANG = "198001172006042904"


def run(capsys, *args):
    try:
        code = main([str(a) for a in args])
    except SystemExit as stop:  # argparse's usage errors
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, capsys, monkeypatch):
    path = tmp_path / "kantor.sqlite"
    monkeypatch.setenv("SISTEMKERJA_PENGGUNA", "Operator Kepegawaian")
    assert run(capsys, "--db", path, "demo")[0] == 0
    monkeypatch.delenv("SISTEMKERJA_PENGGUNA")
    code, _, err = run(capsys, "--db", path, "kedudukan", "pindah", AGUS, "--ppk", PPK_BIDANG,
                       "--tmt", "2026-11-01", "--dasar", "SK 7/2026")
    assert code == 0, err
    return path


def test_riwayat_of_one_person_newest_first_with_before_and_after(db, capsys):
    code, out, err = run(capsys, "--db", db, "riwayat", "--nip", "19820909 200902 1 905")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[-1] == "5 catatan."
    heads = [line for line in lines if not line.startswith("    ")][:-1]
    assert heads[0].endswith("kedudukan  ubah  19820909 200902 1 905 Agus Setiawan")
    assert "    tmt_selesai: — → 2026-10-31" in lines
    assert any("anggota_tim  tambah" in h and "— Tim Kerja" in h for h in heads)
    assert heads[-1].endswith("pegawai  tambah  19820909 200902 1 905 Agus Setiawan")
    assert "Operator Kepegawaian (" in heads[-1]  # $SISTEMKERJA_PENGGUNA at demo time
    assert "Operator Kepegawaian" not in heads[0]  # the move: only the computer account


def test_riwayat_json_filters_by_table_and_date(db, capsys):
    code, out, _ = run(capsys, "--db", db, "riwayat", "--nip", AGUS, "--tabel", "kedudukan",
                       "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["tabel"], r["aksi"]) for r in rows] == [
        ("kedudukan", "ubah"), ("kedudukan", "tambah"), ("kedudukan", "tambah")]
    assert rows[0]["sebelum"] == {"tmt_selesai": None}
    assert rows[0]["sesudah"] == {"tmt_selesai": "2026-10-31"}
    assert rows[0]["nip"] == AGUS and "SK 7/2026" in rows[0]["keterangan"]
    assert rows[2]["pengguna"] == "Operator Kepegawaian" and rows[0]["pengguna"] == ""
    assert set(rows[0]) == {"id", "waktu", "pelaku", "pengguna", "tabel", "record_uuid",
                            "rujukan", "nip", "aksi", "sebelum", "sesudah", "keterangan"}
    code, out, _ = run(capsys, "--db", db, "riwayat", "--sampai", "2000-01-01", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "--db", db, "riwayat", "--sejak", "2000-01-01", "--json")
    assert len(json.loads(out)) > 350


@pytest.mark.parametrize("args,words", [
    (["--nip", "123"], "NIP harus 18 digit"),
    (["--nip", "199001012020121001"], "Tidak ada pegawai dengan NIP 19900101 202012 1 001"),
    (["--tabel", "gaji"], "argumen --tabel: pilihan tidak dikenal: 'gaji'"),
    (["--sejak", "2026-13-01"], "tanggal '2026-13-01' tidak sah"),
    (["--sejak", "2026-02-01", "--sampai", "2026-01-01"], "sesudah tanggal sampai"),
])
def test_riwayat_bad_input_is_exit_2_in_indonesian(db, capsys, args, words):
    code, out, err = run(capsys, "--db", db, "riwayat", *args)
    assert code == 2 and out == ""
    assert words in err and "Traceback" not in err


def test_periksa_berkas_exit_0_then_1_after_an_outside_edit(db, capsys):
    code, out, err = run(capsys, "--db", db, "periksa-berkas")
    assert code == 0 and err == ""
    assert "rantai hash utuh" in out and "Tidak ditemukan masalah." in out
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE audit_log SET sesudah = replace(sesudah, 'Agus', 'Agung') "
                     "WHERE tabel = 'pegawai' AND json_extract(sesudah, '$.nip') = ?", (AGUS,))
        row_id, tabel, aksi = conn.execute(
            "SELECT id, tabel, aksi FROM audit_log WHERE sesudah LIKE '%Agung%'").fetchone()
    conn.close()
    code, out, err = run(capsys, "--db", db, "periksa-berkas", "--json")
    assert code == 1 and err == ""  # the finding is the report, not log noise on stderr
    report = json.loads(out)
    assert report["ok"] is False and report["integritas"]["ok"] is True
    first = report["rantai_audit"]["pertama"]
    assert (first["id"], first["tabel"], first["aksi"], first["jenis"]) == (
        row_id, tabel, aksi, "diubah")
    code, out, _ = run(capsys, "--db", db, "periksa-berkas")
    assert code == 1 and f"baris id {row_id} (" in out and "TERPUTUS" in out


def test_help_is_indonesian(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["riwayat", "-h"])
    out = capsys.readouterr().out
    assert stop.value.code == 0
    assert "Penggunaan: sistemkerja riwayat" in out and "--nip NIP" in out
    assert "SISTEMKERJA_PENGGUNA" in out
