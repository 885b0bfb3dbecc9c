"""`sistemkerja cadangan buat / daftar` (issue #8 item 8): a consistent copy of the open data file
through SQLite's online backup API, never over the data file itself."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from sistemkerja_desktop.cli.main import main

# A file size as the app prints it ("812 KB", "1,5 MB": the demo is about a megabyte).
UKURAN = re.compile(r"\b\d+(,\d+)? [KM]B\b")


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cadangan") / "kantor.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def db(template, tmp_path, capsys):
    path = tmp_path / "kantor.sqlite"
    shutil.copy(template, path)
    capsys.readouterr()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _first_name(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT nama FROM pegawai ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()


def test_a_change_still_in_the_wal_is_in_the_copy_and_a_plain_file_copy_misses_it(
        db, tmp_path, capsys):
    """Another program (the GUI) committed a change SQLite still keeps in the -wal: the copy made
    by `cadangan buat` holds it; copying the .sqlite file by hand (what a file manager does)
    silently loses it — why the README says never to copy the live file by hand."""
    other = sqlite3.connect(db, isolation_level=None)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        other.execute("PRAGMA wal_autocheckpoint=0")  # the change stays in the -wal
        other.execute("UPDATE pegawai SET nama = 'Nama Sesudah Perubahan' "
                      "WHERE id = (SELECT min(id) FROM pegawai)")
        wal = db.with_name(db.name + "-wal")
        assert wal.stat().st_size > 0  # committed, still in the -wal, connection kept open

        copy = tmp_path / "salinan" / "kantor-salinan.sqlite"
        code, out, err = run(capsys, "--db", db, "cadangan", "buat", "-o", copy)
        assert code == 0, err
        assert str(copy) in out and UKURAN.search(out)
        plain = tmp_path / "salinan" / "disalin-tangan.sqlite"
        shutil.copy(db, plain)
    finally:
        other.close()

    assert _first_name(copy) == "Nama Sesudah Perubahan"
    assert _first_name(plain) != "Nama Sesudah Perubahan"  # lost by a plain file copy
    # the copy is one self-contained file that opens as a data file
    assert sorted(p.name for p in copy.parent.iterdir()) == ["disalin-tangan.sqlite",
                                                             "kantor-salinan.sqlite"]
    code, out, err = run(capsys, "--db", copy, "pegawai", "daftar")
    assert code == 0 and "Nama Sesudah Perubahan" in out


def test_a_copy_replaces_an_older_copy(db, tmp_path, capsys):
    copy = tmp_path / "salinan.sqlite"
    assert run(capsys, "--db", db, "cadangan", "buat", "-o", copy)[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE pegawai SET nama = 'Lebih Baru' WHERE id = (SELECT min(id) FROM pegawai)")
    conn.commit()
    conn.close()
    assert run(capsys, "--db", db, "cadangan", "buat", "-o", copy)[0] == 0
    assert _first_name(copy) == "Lebih Baru"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_without_output_a_backup_is_made_beside_the_file_and_listed(db, capsys):
    code, out, err = run(capsys, "--db", db, "cadangan", "daftar")
    assert code == 0 and "Belum ada cadangan kantor.sqlite" in out

    code, out, err = run(capsys, "--db", db, "cadangan", "buat")
    assert code == 0, err
    backups = sorted(db.parent.glob("kantor.cadangan-*.sqlite"))
    assert len(backups) == 1 and f"Cadangan dibuat: {backups[0]}" in out

    code, out, err = run(capsys, "--db", db, "cadangan", "daftar")
    assert code == 0
    line, = out.splitlines()
    assert str(backups[0]) in line and UKURAN.search(line)
    assert line[:4].isdigit() and line[4] == "-"  # the date first: YYYY-MM-DD HH:MM:SS

    code, out, err = run(capsys, "--db", db, "cadangan", "daftar", "--json")
    listed, = json.loads(out)
    assert listed["berkas"] == str(backups[0])
    assert listed["ukuran"] == backups[0].stat().st_size


@pytest.mark.parametrize("target", ["{db}", "{db}-wal", "{db}-shm", "{db}-journal",
                                    "{backup}", "{dir}/./kantor.sqlite"])
def test_the_data_file_its_side_files_and_its_backups_are_never_overwritten(
        db, capsys, target):
    assert run(capsys, "--db", db, "cadangan", "buat")[0] == 0
    backup, = db.parent.glob("kantor.cadangan-*.sqlite")
    before, backup_before = _digest(db), _digest(backup)
    out_path = target.format(db=db, backup=backup, dir=db.parent)

    code, out, err = run(capsys, "--db", db, "cadangan", "buat", "-o", out_path)

    assert code == 2 and out == ""
    assert "Tidak ada yang ditulis" in err and Path(out_path).name in err
    assert "Traceback" not in err
    assert _digest(db) == before and _digest(backup) == backup_before
    assert not db.with_name(db.name + "-journal").exists()
    assert run(capsys, "--db", db, "pegawai", "daftar")[0] == 0  # still opens and reads


# ---- a file too damaged to open: list its backups and put one back, from the CLI -----------

def _damage(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.seek(16384)
        fh.write(b"\xa5" * 4096)


def test_a_damaged_file_lists_its_backups_and_is_restored_keeping_the_damaged_copy(db, capsys):
    assert run(capsys, "--db", db, "cadangan", "buat")[0] == 0
    backup, = db.parent.glob("kantor.cadangan-*.sqlite")
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    _damage(db)
    damaged = _digest(db)
    code, _, err = run(capsys, "--db", db, "pegawai", "daftar")
    assert code == 2 and "rusak" in err and f"cadangan pulihkan {backup}" in err

    code, out, _ = run(capsys, "--db", db, "cadangan", "daftar", "--json")
    assert code == 0 and [Path(b["berkas"]).name for b in json.loads(out)] == [backup.name]

    code, out, err = run(capsys, "--db", db, "cadangan", "pulihkan", backup)
    assert code == 0, err
    kept, = db.parent.glob("kantor.rusak-*.sqlite")
    assert _digest(kept) == damaged  # nothing deleted: the damaged file is kept as it was
    assert kept.name in out
    assert run(capsys, "--db", db, "periksa-berkas")[0] == 0
    assert run(capsys, "--db", db, "pegawai", "daftar")[0] == 0


def test_restore_refused_while_the_app_holds_the_file(db, capsys):
    from sistemkerja_desktop.services import file_lock

    assert run(capsys, "--db", db, "cadangan", "buat")[0] == 0
    backup, = db.parent.glob("kantor.cadangan-*.sqlite")
    lock = file_lock.acquire(db)  # this (live) process holds it, as an open window would
    before = _digest(db)
    try:
        code, _, err = run(capsys, "--db", db, "cadangan", "pulihkan", backup)
    finally:
        lock.release()
    assert code == 2 and "sedang dibuka" in err and "Tidak ada yang diubah" in err
    assert _digest(db) == before and not list(db.parent.glob("kantor.rusak-*"))


def test_restore_from_a_file_that_is_not_a_backup_changes_nothing(db, capsys, tmp_path):
    bogus = tmp_path / "bukan.sqlite"
    bogus.write_text("bukan basis data")
    before = _digest(db)
    code, _, err = run(capsys, "--db", db, "cadangan", "pulihkan", bogus)
    assert code == 2 and "bukan.sqlite" in err and "Traceback" not in err
    assert _digest(db) == before
