"""The audit log is tamper-evident (issue #8): edits made with an outside SQLite tool (here the
`sqlite3` module) are found by `sistemkerja periksa-berkas`, which names the first broken row;
the application's own writes, also from two processes at once, keep the chain whole."""

from __future__ import annotations

import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from gangguan import cli, digest, execute, is_server, python, query

pytestmark = pytest.mark.slow

PPK_BIDANG = "198001172006042904"  # drg. Ratna Kusumawardani, Kepala Bidang (demo)
JF = "198209092009021905"  # Agus Setiawan, Epidemiolog (demo)


@pytest.fixture(scope="module")
def _made(demo_template) -> Path | str:
    """The demo made by the CLI, plus one move (an `ubah` row with a `sebelum`): a file, or a
    database on the PostgreSQL test server."""
    moved = cli(demo_template, "kedudukan", "pindah", JF, "--ppk", PPK_BIDANG, "--tmt",
                "2026-11-01")
    assert moved.returncode == 0, moved.stderr
    return demo_template


@pytest.fixture
def kantor(_made, demo_copy) -> Path | str:
    return demo_copy


def _sql(path: Path | str, statement: str, *args: object) -> None:
    """The outside tool (sqlite3, or psycopg on the server)."""
    execute(path, statement, args)


def _one(path: Path | str, sql: str, *args: object) -> tuple:
    rows = query(path, sql, args)
    return rows[0] if rows else None


def _unchanged(path: Path | str) -> str:
    """What shows the database unchanged: the file's bytes; on a server, its audit rows."""
    if is_server(path):
        return repr(query(path, "SELECT id, hash FROM audit_log ORDER BY id"))
    return digest(path)


def _periksa(path: Path | str, *, text: bool = True,
             upgrade: bool = False) -> tuple[int, dict, str]:
    """(exit code, the --json report, the text report). `upgrade`: this open upgrades the file
    (which may say where its backup went)."""
    as_json = cli(path, "periksa-berkas", "--json")
    if upgrade:
        assert "Traceback" not in as_json.stderr
    else:  # findings are the report: no traceback, no log noise
        assert as_json.stderr == ""
    if not text:
        return as_json.returncode, json.loads(as_json.stdout), ""
    as_text = cli(path, "periksa-berkas")
    assert as_json.returncode == as_text.returncode, as_text.stderr
    assert as_text.stderr == ""
    return as_json.returncode, json.loads(as_json.stdout), as_text.stdout


def test_an_untouched_file_passes_and_is_not_changed_by_the_check(kantor):
    before = _unchanged(kantor)
    code, report, text = _periksa(kantor)
    assert code == 0, text
    assert report["ok"] and report["integritas"]["ok"] and report["rantai_audit"]["ok"]
    assert report["rantai_audit"]["baris"] == _one(kantor, "SELECT count(*) FROM audit_log")[0]
    assert "rantai hash utuh" in text and "Tidak ditemukan masalah" in text
    assert _unchanged(kantor) == before


def test_the_upgraded_0003_file_gets_a_whole_chain_and_keeps_it(demo_db):
    code, report, text = _periksa(demo_db, upgrade=True)  # 0004 chains the old rows
    assert code == 0, text
    assert report["rantai_audit"]["baris"] == 357
    assert _one(demo_db, "SELECT count(*) FROM audit_log WHERE length(hash) = 64")[0] == 357
    moved = cli(demo_db, "kedudukan", "pindah", JF, "--ppk", PPK_BIDANG, "--tmt", "2026-11-01")
    assert moved.returncode == 0, moved.stderr
    code, report, text = _periksa(demo_db)
    assert code == 0, text
    assert report["rantai_audit"]["baris"] > 357


def _pegawai_row(path: Path | str, nip: str) -> int:
    [id_] = [i for i, sesudah in query(path, "SELECT id, sesudah FROM audit_log WHERE tabel = "
                                             "'pegawai' AND aksi = 'tambah'")
             if json.loads(sesudah).get("nip") == nip]
    return id_


def _ubah_row(path: Path | str) -> int:
    return _one(path, "SELECT max(id) FROM audit_log WHERE aksi = 'ubah' AND sebelum IS NOT "
                      "NULL")[0]


def _last(path: Path | str) -> int:
    return _one(path, "SELECT max(id) FROM audit_log")[0]


TAMPERING = {
    # name: (statement, how the row id is found, the kind reported, the id reported)
    "ubah sesudah": (("UPDATE audit_log SET sesudah = replace(sesudah, 'Agus', 'Agung') "
                      "WHERE id = ?"), lambda p: _pegawai_row(p, JF), "diubah", 0),
    "ubah sebelum": (("UPDATE audit_log SET sebelum = '{\"tmt_selesai\": \"2020-01-01\"}' "
                      "WHERE id = ?"), _ubah_row, "diubah", 0),
    "ubah pelaku": ("UPDATE audit_log SET pelaku = 'orang lain' WHERE id = ?",
                    lambda p: 100, "diubah", 0),
    "hapus baris": ("DELETE FROM audit_log WHERE id = ?", lambda p: 100, "hilang", 1),
    "hapus baris terbaru": ("DELETE FROM audit_log WHERE id = ?", _last, "ekor_hilang", 0),
    "sisipkan baris palsu": (
        ("INSERT INTO audit_log (id, waktu, pelaku, pengguna, tabel, record_uuid, aksi, "
         "sebelum, sesudah, keterangan, hash) SELECT id + 1, waktu, pelaku, pengguna, tabel, "
         "record_uuid, 'hapus', sesudah, NULL, '', hash FROM audit_log WHERE id = ?"),
        _last, "tambahan", 1),
}


@pytest.mark.parametrize("name", list(TAMPERING))
def test_an_edit_with_an_outside_tool_is_found_and_the_first_broken_row_named(kantor, name):
    statement, which, kind, offset = TAMPERING[name]
    row_id = which(kantor)
    tabel, aksi = _one(kantor, "SELECT tabel, aksi FROM audit_log WHERE id = ?",
                       row_id + offset) or ("", "")
    _sql(kantor, statement, row_id)
    code, report, text = _periksa(kantor, text=name == "hapus baris")
    assert code == 1, report
    assert not report["ok"] and report["integritas"]["ok"]
    first = report["rantai_audit"]["pertama"]
    assert first["jenis"] == kind
    assert first["id"] == row_id + offset
    if text:
        assert "TERPUTUS" in text and first["pesan"] in text
    if kind in ("diubah", "hilang"):  # a row that is still there is named with its details
        assert (first["tabel"], first["aksi"]) == (tabel, aksi)
        assert f"tabel {tabel}, aksi {aksi}" in first["pesan"]
    if kind == "hilang":
        assert f"baris id {row_id} dihapus" in first["pesan"]


@pytest.mark.sqlite_only(reason="indeks rusak di berkas SQLite (PRAGMA writable_schema)")
def test_a_damaged_index_is_reported_by_the_integrity_check(kantor):
    conn = sqlite3.connect(kantor)
    conn.execute("PRAGMA writable_schema=ON")
    with conn:
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_audit_log_waktu ON "
                     "audit_log (pelaku)' WHERE name = 'ix_audit_log_waktu'")
    conn.close()
    code, report, text = _periksa(kantor)
    assert code == 1
    assert not report["integritas"]["ok"]
    assert any("ix_audit_log_waktu" in line for line in report["integritas"]["pesan"])
    assert "integrity_check): RUSAK" in text and "pesan lain" in text


WRITER = """
from pathlib import Path
from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.services.container import build_services
svc = build_services({db!r})
svc.ctx.pengguna = {name!r}
for i in range(25):
    with svc.ctx.session("uji penulis") as s:
        s.get(PegawaiRow, {pid}).telepon = f"0812{{i:04d}}"
svc.close()
"""


def test_two_processes_writing_at_once_keep_the_chain_whole(kantor):
    before = _one(kantor, "SELECT count(*) FROM audit_log")[0]
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(lambda who: python(WRITER.format(db=str(kantor), name=who[0],
                                                              pid=who[1])),
                             [("Ani", 3), ("Budi", 4)]))
    for run in runs:
        assert run.returncode == 0, run.stderr
    assert _one(kantor, "SELECT count(*) FROM audit_log")[0] == before + 50
    assert _one(kantor, "SELECT count(DISTINCT pengguna) FROM audit_log WHERE keterangan = "
                        "'uji penulis'")[0] == 2
    code, report, _ = _periksa(kantor, text=False)
    assert code == 0, report


def test_a_missing_file_is_bad_input_and_not_created(tmp_path):
    missing = tmp_path / "salah-ketik.sqlite"
    proc = cli(missing, "periksa-berkas")
    assert proc.returncode == 2 and not missing.exists()
    assert "tidak ada" in proc.stderr
