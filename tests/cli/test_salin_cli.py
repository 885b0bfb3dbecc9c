"""`sistemkerja salin --dari A --ke B` (issue #12): an office's data from a SQLite file to a
PostgreSQL server and back, every row as stored (ids, uuids, the audit log with its hashes and
its anchor); refused into a target holding data, from a source whose audit chain is broken, and
onto itself; nothing left in the target when it fails.

The server tests need $SISTEMKERJA_PG_URL (tests/server_uji.py); file → file runs anyway."""

from __future__ import annotations

import json
import sqlite3

import pytest
from cli_uji import demo_db, run
from server_uji import execute, query
from sqlalchemy.exc import OperationalError

from sistemkerja_desktop.services import salin_service

TABLES = ("pegawai", "unit", "kedudukan", "tim", "anggota_tim", "nomor_register",
          "laporan", "riwayat_laporan", "audit_log")


def _rows(db, table):
    return query(db, f"SELECT * FROM {table} ORDER BY 1")


def _chain(db):
    return query(db, "SELECT id, waktu, hash FROM audit_log ORDER BY id")


@pytest.fixture
def kosong(pg_server):
    """An empty database on the test server, as its administrator makes one (createdb)."""
    address = pg_server.create(empty=True)
    yield address
    pg_server.drop(address)


def test_file_to_server_and_back_keeps_every_row_and_the_audit_chain(tmp_path, capsys, kosong):
    source = demo_db(tmp_path, capsys)
    assert run(capsys, "--db", source, "dokumen", "sk-tim", "1", "-o", tmp_path / "sk.pdf")[0] == 0

    code, out, err = run(capsys, "salin", "--dari", f"sqlite:///{source}", "--ke", kosong)
    assert code == 0, err
    assert "rantai log audit" in out and "utuh" in out
    for table in ("pegawai", "nomor_register", "audit_log"):
        assert len(_rows(kosong, table)) == len(_rows(source, table)), table
    assert [r[0] for r in _rows(kosong, "pegawai")] == [r[0] for r in _rows(source, "pegawai")]
    assert _chain(kosong) == _chain(source)  # ids, times and hashes as stored
    [(anchor,)] = query(source, "PRAGMA user_version")
    assert query(kosong, "SELECT nilai FROM meta_berkas WHERE kunci = 'jangkar_audit'") == \
        [(str(anchor),)]

    # the server is the office's database now: it checks whole, and work goes on there
    code, out, err = run(capsys, "--db", kosong, "periksa-berkas")
    assert code == 0, out + err
    code, out, err = run(capsys, "--db", kosong, "dokumen", "sk-tim", "2", "-o",
                         tmp_path / "sk2.pdf")
    assert code == 0, err  # a new number, a new register row: the id sequences moved on
    new_ids = [r[0] for r in query(kosong, "SELECT id FROM nomor_register ORDER BY id")]
    assert len(new_ids) == len(set(new_ids)) == len(_rows(source, "nomor_register")) + 1

    back = tmp_path / "kembali.sqlite"
    code, out, err = run(capsys, "salin", "--dari", kosong, "--ke", back, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["baris"]["nomor_register"] == len(new_ids) and report["audit"] > 900
    for table in TABLES:
        assert _rows(back, table) == _rows(kosong, table), table
    assert query(back, "PRAGMA user_version") == [(report["jangkar_audit"],)]
    code, out, err = run(capsys, "--db", back, "periksa-berkas")
    assert code == 0, out + err


def test_a_target_holding_data_is_refused_and_left_as_it_was(tmp_path, capsys, kosong):
    source = demo_db(tmp_path, capsys)
    assert run(capsys, "salin", "--dari", source, "--ke", kosong)[0] == 0
    before = _rows(kosong, "audit_log")
    code, out, err = run(capsys, "salin", "--dari", source, "--ke", kosong)
    assert code == 2 and out == ""
    assert "sudah berisi data" in err and "Tidak ada yang diubah" in err
    assert "Traceback" not in err and _rows(kosong, "audit_log") == before


def test_a_failed_copy_leaves_the_server_database_empty(tmp_path, capsys, kosong, monkeypatch):
    source = demo_db(tmp_path, capsys)
    real = salin_service._copy_table

    def failing(src, dst, table, progress):
        if table.name == "kedudukan":
            raise OSError(28, "No space left on device")
        return real(src, dst, table, progress)

    monkeypatch.setattr(salin_service, "_copy_table", failing)
    code, _out, err = run(capsys, "salin", "--dari", source, "--ke", kosong)
    assert code == 2 and "Traceback" not in err
    assert query(kosong, "SELECT count(*) FROM pegawai") == [(0,)]
    assert query(kosong, "SELECT count(*) FROM audit_log") == [(0,)]
    monkeypatch.undo()
    assert run(capsys, "salin", "--dari", source, "--ke", kosong)[0] == 0  # and again: whole


def test_a_source_with_a_broken_audit_chain_is_not_copied(tmp_path, capsys, kosong):
    source = demo_db(tmp_path, capsys)
    execute(source, "UPDATE audit_log SET pelaku = 'orang lain' WHERE id = 5")
    code, _out, err = run(capsys, "salin", "--dari", source, "--ke", kosong)
    assert code == 2 and "baris id 5" in err and "periksa-berkas" in err
    assert query(kosong, "SELECT count(*) FROM pegawai") == [(0,)]


# ---- file to file: no server needed ------------------------------------------------------------

def test_file_to_a_new_file_and_the_refusals(tmp_path, capsys):
    source = demo_db(tmp_path, capsys)
    target = tmp_path / "baru.sqlite"
    code, out, err = run(capsys, "salin", "--dari", source, "--ke", target)
    assert code == 0, err
    for table in TABLES:
        assert _rows(target, table) == _rows(source, table), table
    assert query(target, "PRAGMA user_version") == query(source, "PRAGMA user_version")

    code, _out, err = run(capsys, "salin", "--dari", source, "--ke", target)
    assert code == 2 and "sudah berisi data" in err
    code, _out, err = run(capsys, "salin", "--dari", source, "--ke", f"sqlite:///{source}")
    assert code == 2 and "Sumber dan tujuan sama" in err
    code, _out, err = run(capsys, "salin", "--dari", tmp_path / "tidak-ada.sqlite", "--ke",
                          tmp_path / "x.sqlite")
    assert code == 2 and "tidak ditemukan" in err and not (tmp_path / "x.sqlite").exists()
    code, _out, err = run(capsys, "salin", "--dari", source, "--ke",
                          "mysql://ani:rahasia@server/dinkes")
    assert code == 2 and "tidak dikenal" in err and "rahasia" not in err


def test_a_failed_copy_to_a_new_file_leaves_no_file(tmp_path, capsys, monkeypatch):
    source = demo_db(tmp_path, capsys)
    target = tmp_path / "baru.sqlite"

    def failing(src, dst, table, progress):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(salin_service, "_copy_table", failing)
    code, _out, err = run(capsys, "salin", "--dari", source, "--ke", target)
    assert code == 2 and "Traceback" not in err
    assert not target.exists() and not list(tmp_path.glob("baru.sqlite*"))
