"""Issue #8, "Damaged files and odd places": opening a data file that is damaged, in a
read-only folder, read-only itself, or not there at all (a `--db` typo). Real files, real
subprocesses; read-only folders as another user (`as_other_user`), since root writes anyway."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from gangguan import as_other_user, cli, digest

from sistemkerja_desktop.db.engine import (
    CODE_DAMAGED,
    CODE_NOT_FOUND,
    DAMAGED_REASON,
    open_database,
)
from sistemkerja_desktop.domain.errors import ReadOnlyError, StorageError
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.open_recovery import describe_failure, restore_after_failure

# A file size as the app prints it ("812 KB", "1,5 MB": the demo is about a megabyte).
UKURAN = re.compile(r"\b\d+(,\d+)? [KM]B\b")

# About the SQLite file itself (damaged pages, read-only folders, a missing file); a server's
# failures to open are in tests/services/test_postgres_server.py.
pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only(
    reason="berkas SQLite rusak, hanya-baca atau tidak ada")]

READING = [("pegawai", "daftar", "--json"), ("unit", "daftar"), ("tim", "daftar"),
           ("periksa",)]


def damage(path: Path, offset: int = 8192, size: int = 4096) -> None:
    """Overwrite one page with garbage, as a failing disk or a bad copy would."""
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(os.urandom(size))


def root_page_offset(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?",
                            (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    return (page - 1) * size


@pytest.fixture
def damaged_db(head_db: Path) -> tuple[Path, Path]:
    """A damaged head file with one automatic backup (an intact copy) beside it."""
    backup = head_db.with_name("kantor.cadangan-20260105-101500.sqlite")
    shutil.copy(head_db, backup)
    damage(head_db, offset=root_page_offset(head_db, "pegawai"))
    return head_db, backup


# ---- a damaged page ---------------------------------------------------------------------

def test_damaged_file_refused_by_every_reading_command_naming_the_backup(damaged_db):
    path, backup = damaged_db
    before = digest(path)
    for args in READING:
        proc = cli(path, *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "Traceback" not in proc.stderr and "DatabaseError" not in proc.stderr
        assert f"Berkas data {path} rusak" in proc.stderr
        assert "Berkas tidak diubah" in proc.stderr
        assert f"Cadangan otomatis terbaru: {backup}" in proc.stderr
        assert "5 Januari 2026 pukul 10.15" in proc.stderr and UKURAN.search(proc.stderr)
        assert proc.stdout == ""
    assert digest(path) == before  # never written into


def test_damaged_file_without_backup_says_so(head_db):
    damage(head_db)
    proc = cli(head_db, "pegawai", "daftar")
    assert proc.returncode == 2
    assert "Tidak ada cadangan otomatis" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_quick_check_at_open_refuses_and_read_only_open_refuses_writes(damaged_db):
    path, _backup = damaged_db
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert err.value.code == CODE_DAMAGED
    before = digest(path)
    services = build_services(path, read_only_reason=DAMAGED_REASON)
    try:
        assert services.damaged and services.read_only_reason == DAMAGED_REASON
        with pytest.raises(ReadOnlyError), services.ctx.session():
            pass
        # reading the damaged page: an Indonesian StorageError, never sqlite3's own
        with pytest.raises(StorageError) as err:
            services.pegawai.rows()
        assert err.value.code == CODE_DAMAGED and "rusak" in err.value.message
    finally:
        services.close()
    assert digest(path) == before


def test_a_page_found_damaged_after_open_stops_all_writes(head_db):
    """quick_check passed, then a query meets a damaged page: from then on read-only."""
    services = build_services(head_db)
    try:
        damage(head_db, offset=root_page_offset(head_db, "pegawai"))
        services.ctx.db.engine.dispose()  # fresh connections: no page cache
        with pytest.raises(StorageError) as err:
            services.pegawai.rows()
        assert err.value.code == CODE_DAMAGED
        assert services.damaged and services.read_only_reason == DAMAGED_REASON
        with pytest.raises(ReadOnlyError), services.ctx.session():
            pass
    finally:
        services.close()


def test_restore_after_failure_keeps_the_damaged_file_and_opens(damaged_db):
    path, backup = damaged_db
    damaged_bytes = path.read_bytes()
    with pytest.raises(StorageError) as err:
        build_services(path)
    problem = describe_failure(path, err.value)
    assert [b.path for b in problem.backups] == [backup] and problem.read_only_possible
    kept = restore_after_failure(path, backup)
    assert kept is not None and kept.name.startswith("kantor.rusak-")
    assert kept.read_bytes() == damaged_bytes  # nothing lost
    services = build_services(path)
    try:
        assert len(services.pegawai.rows()) > 100
    finally:
        services.close()


# ---- --db with a typo -------------------------------------------------------------------

@pytest.mark.parametrize("args", [*READING, ("pegawai", "ekspor", "x.xlsx"),
                                  ("cadangan", "buat", "-o", "x.sqlite")])
def test_missing_file_is_not_found_and_nothing_is_created(tmp_path, args):
    path = tmp_path / "kantr.sqlite"
    proc = cli(path, *args)
    assert proc.returncode == 2
    assert f"berkas basis data {path} tidak ada: berkas tidak ditemukan" in proc.stderr
    assert "tidak ada berkas yang dibuat" in proc.stderr and "init" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_missing_file_through_the_services_is_not_created(tmp_path):
    path = tmp_path / "kantr.sqlite"
    with pytest.raises(StorageError) as err:
        build_services(path, create=False, lock=True)
    assert err.value.code == CODE_NOT_FOUND and "tidak ditemukan" in err.value.message
    assert list(tmp_path.iterdir()) == []


# ---- read-only folder and file ----------------------------------------------------------

@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="sk-hanya-baca-"))
    folder.chmod(0o777)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        p.chmod(p.stat().st_mode | stat.S_IWUSR | stat.S_IXUSR)
    shutil.rmtree(folder)


@pytest.fixture
def other_user():
    drop = as_other_user()
    if drop is None:
        pytest.skip("needs root to run as another user")
    return drop


def _run_as(other_user, db: Path, *args: str):
    return cli(db, *args, preexec_fn=other_user)


@pytest.mark.parametrize("what", ["folder", "berkas"])
def test_read_only_place_reads_but_refuses_writes(head_db, shared_dir, other_user, what):
    folder = shared_dir / "data"
    folder.mkdir()
    db = folder / "kantor.sqlite"
    shutil.copy(head_db, db)
    if what == "folder":
        folder.chmod(0o555)
    else:
        folder.chmod(0o777)
        db.chmod(0o444)
    before = digest(db)
    for args in READING:
        proc = _run_as(other_user, db, *args)
        assert proc.returncode in (0, 1), (args, proc.stderr)  # periksa: 1 = galat found
        assert proc.stdout and "readonly" not in proc.stderr and "Traceback" not in proc.stderr
    for args in [("tim", "anggota", "tambah", "1", "197103141999031901"),
                 ("init", "--pd", "Dinas X", "--pemda", "Kabupaten Y", "--profil", "generic")]:
        proc = _run_as(other_user, db, *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert (f"berkas data kantor.sqlite dibuka hanya-baca ({what} hanya-baca)"
                in proc.stderr)
        assert "Traceback" not in proc.stderr
    assert digest(db) == before


def test_read_only_folder_with_an_old_schema_is_explained(demo_db, shared_dir, other_user):
    folder = shared_dir / "lama"
    folder.mkdir()
    db = folder / "kantor.sqlite"
    shutil.copy(demo_db, db)
    folder.chmod(0o555)
    proc = _run_as(other_user, db, "pegawai", "daftar")
    assert proc.returncode == 2
    assert "perlu diperbarui" in proc.stderr and "folder hanya-baca" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["kantor.sqlite"]
