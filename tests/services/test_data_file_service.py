"""The data file as a whole: consistent copies, backups beside it, restoring one; the demo marker."""

import dataclasses
import datetime as dt
import sqlite3

import pytest

from sistemkerja_desktop.domain.errors import StorageError, ValidationError
from sistemkerja_desktop.domain.organisasi import PerangkatDaerah
from sistemkerja_desktop.services import data_file_service as dfs
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.data_file_service import DataFileService

NOW = dt.datetime(2026, 12, 6, 1, 30, 15)

# Copies, backups and restores of the SQLite file itself; on a server they are the admin's
# (tests/services/test_postgres_server.py checks that they are refused there).
pytestmark = pytest.mark.sqlite_only(reason="salinan/cadangan berkas SQLite itu sendiri")


def _names(path):
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT nama FROM pegawai ORDER BY nama").fetchall()
    conn.close()
    return [r[0] for r in rows]


def test_a_copy_of_the_open_file_holds_its_data_and_opens(demo_services, tmp_path):
    target = tmp_path / "salinan" / "kantor.sqlite"
    assert demo_services.files.save_copy(target) == target
    assert _names(target) == _names(demo_services.db_path)
    assert len(_names(target)) > 100
    # a single self-contained file: no WAL beside it, nothing temporary left in the folder
    assert sorted(p.name for p in target.parent.iterdir()) == ["kantor.sqlite"]
    copy = build_services(target)
    try:
        assert copy.agency.get_agency() == demo_services.agency.get_agency()
    finally:
        copy.close()


def test_a_copy_includes_changes_still_in_the_wal(demo_services, tmp_path):
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(pd, nama="Dinas Kesehatan Baru"))
    target = demo_services.files.save_copy(tmp_path / "b.sqlite")
    copy = build_services(target)
    try:
        assert copy.agency.get_agency().nama == "Dinas Kesehatan Baru"
    finally:
        copy.close()


def test_copy_over_the_open_file_is_refused(demo_services):
    before = demo_services.db_path.read_bytes()
    with pytest.raises(ValidationError) as info:
        demo_services.files.save_copy(demo_services.db_path)
    assert "sedang dibuka" in info.value.message
    # the same file reached through another spelling of its path
    other = demo_services.db_path.parent / "." / demo_services.db_path.name
    with pytest.raises(ValidationError):
        demo_services.files.save_copy(other)
    assert demo_services.db_path.read_bytes() == before


def test_copy_overwrites_an_existing_target_atomically(demo_services, tmp_path):
    target = tmp_path / "lama.sqlite"
    target.write_bytes(b"isi lama")
    demo_services.files.save_copy(target)
    assert dfs.is_sqlite_file(target)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_copy_leaves_no_partial_file(demo_services, tmp_path, monkeypatch):
    target = tmp_path / "gagal.sqlite"

    def broken(src, dst):
        raise OSError("disk penuh")

    monkeypatch.setattr(dfs.os, "replace", broken)
    with pytest.raises(StorageError) as info:
        demo_services.files.save_copy(target)
    assert "disk penuh" in info.value.message
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gagal")]


def test_not_a_database_is_refused(tmp_path):
    source = tmp_path / "bukan.sqlite"
    source.write_text("halo", encoding="utf-8")
    with pytest.raises(StorageError):
        dfs.write_consistent_copy(source, tmp_path / "x.sqlite")


def test_backup_now_lands_beside_the_file_and_is_listed(demo_services, tmp_path):
    files = DataFileService(demo_services.db_path, now=lambda: NOW)
    first = files.backup_now()
    second = files.backup_now()  # same second: a distinct name, never overwritten
    assert first.name == "t.cadangan-20261206-013015.sqlite"
    assert second.name == "t.cadangan-20261206-013015-2.sqlite"
    assert first.parent == demo_services.db_path.parent
    # a migration backup from earlier, and files that are not backups of this file
    older = demo_services.db_path.with_name("t.cadangan-20261101-080000.sqlite")
    older.write_bytes(first.read_bytes())
    (tmp_path / "lain.cadangan-20261206-013015.sqlite").write_bytes(b"x")
    (tmp_path / "t.cadangan-rusak.sqlite").write_bytes(b"x")
    listed = files.backups()
    assert [b.path.name for b in listed] == [second.name, first.name, older.name]
    assert listed[-1].waktu == dt.datetime(2026, 11, 1, 8, 0, 0)
    assert listed[0].ukuran == second.stat().st_size > 0


def test_no_backups_yet(services):
    assert services.files.backups() == []


def test_restore_replaces_the_closed_file_with_the_backup(demo_services, tmp_path):
    path = demo_services.db_path
    backup = DataFileService(path, now=lambda: NOW).backup_now()
    pd = demo_services.agency.get_agency()
    demo_services.agency.update_agency(dataclasses.replace(pd, nama="Sesudah cadangan"))
    demo_services.close()

    dfs.restore_backup(backup, path)

    reopened = build_services(path)
    try:
        assert reopened.agency.get_agency().nama == pd.nama
    finally:
        reopened.close()
    assert backup.exists()  # the backup itself is kept


def test_restoring_a_broken_backup_leaves_the_file_alone(services, tmp_path):
    path = services.db_path
    services.close()
    before = path.read_bytes()
    bad = path.with_name("t.cadangan-20261206-000000.sqlite")
    bad.write_bytes(b"bukan basis data")
    with pytest.raises(StorageError):
        dfs.restore_backup(bad, path)
    with pytest.raises(ValidationError):
        dfs.restore_backup(path, path)
    assert path.read_bytes() == before


def test_the_demo_is_marked_and_a_real_agency_is_not(demo_services, services_factory):
    assert demo_services.demo.is_demo()
    real = services_factory("kantor.sqlite")
    assert not real.demo.is_demo()  # empty
    real.agency.create_agency(PerangkatDaerah(nama="Dinas Pendidikan", pemda="Kabupaten Bungo",
                                              profil="bungo"))
    assert not real.demo.is_demo()


def test_the_marker_travels_with_a_copy(demo_services, services_factory, tmp_path):
    demo_services.files.save_copy(tmp_path / "dipindah.sqlite")
    assert services_factory("dipindah.sqlite").demo.is_demo()


@pytest.fixture
def services_factory(tmp_path):
    opened = []

    def make(name):
        built = build_services(tmp_path / name)
        opened.append(built)
        return built

    yield make
    for built in opened:
        built.close()


def test_a_folder_that_cannot_be_written_is_a_clear_error(demo_services, tmp_path):
    """(A file where the folder should be: refused as root too, unlike a chmod'ed folder.)"""
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StorageError) as info:
        demo_services.files.save_copy(blocker / "salinan.sqlite")
    assert "bukan-folder" in info.value.message


def test_a_copy_killed_midway_leaves_the_previous_copy_intact(demo_services, tmp_path):
    """A process killed while copying (SIGKILL: no clean-up runs) never leaves a half-written
    file under the target's name: the old copy stays whole and opens."""
    import os
    import signal
    import subprocess
    import sys
    import time

    target = tmp_path / "salinan.sqlite"
    demo_services.files.save_copy(target)
    before = target.read_bytes()
    script = (
        "import sqlite3, sys, time\n"
        "from sistemkerja_desktop.services import data_file_service as d\n"
        "class Slow(sqlite3.Connection):\n"
        "    def backup(self, target, **kw):\n"
        "        super().backup(target, pages=1)\n"
        "        print('mulai', flush=True); time.sleep(30)\n"
        "connect = sqlite3.connect\n"
        "d.sqlite3.connect = lambda path: connect(path, factory=Slow)\n"
        "d.write_consistent_copy(sys.argv[1], sys.argv[2])\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(demo_services.db_path),
                             str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "mulai"  # inside the copy now
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
    time.sleep(0.05)
    assert target.read_bytes() == before
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


# ---- issue #8: the open data file is never an output; SQLite's errors in Indonesian ------------

@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_a_copy_onto_a_side_file_of_the_open_file_is_refused(demo_services, side):
    path = demo_services.db_path
    target = path.with_name(path.name + side)
    existed = target.exists()
    with pytest.raises(ValidationError) as info:
        demo_services.files.save_copy(target)
    assert "sedang dibuka" in info.value.message and target.name in info.value.message
    assert target.exists() == existed
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]


def test_a_copy_never_replaces_an_automatic_backup(demo_services):
    files = DataFileService(demo_services.db_path, now=lambda: NOW)
    backup = files.backup_now()
    before = backup.read_bytes()
    with pytest.raises(ValidationError) as info:
        files.save_copy(backup)
    assert "cadangan otomatis" in info.value.message and str(backup) in info.value.message
    assert backup.read_bytes() == before


def test_a_full_disk_during_a_copy_is_an_indonesian_message(demo_services, tmp_path,
                                                           monkeypatch):
    target = tmp_path / "salinan.sqlite"
    demo_services.files.save_copy(target)
    before = target.read_bytes()

    class Full(sqlite3.Connection):
        def backup(self, target, **kw):
            raise sqlite3.OperationalError("database or disk is full")

    connect = sqlite3.connect
    monkeypatch.setattr(dfs.sqlite3, "connect", lambda p: connect(p, factory=Full))
    with pytest.raises(StorageError) as info:
        demo_services.files.save_copy(target)
    assert info.value.message.startswith(f"Disk penuh: salinan {target}")
    assert "Salinan lama dengan nama itu tidak berubah" in info.value.message
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("salinan")
                  or p.name.startswith(".salinan")) == ["salinan.sqlite"]


@pytest.mark.parametrize("side", ["", "-wal", "-shm"])
def test_outputs_of_the_services_refuse_the_open_database(demo_services, side):
    """The chart PDF (bagan_service) and every view's save dialog (`check_output`): the open file
    and its -wal/-shm even before SQLite has made them."""
    path = demo_services.db_path
    target = path.with_name(path.name + side)
    before = path.read_bytes()
    with pytest.raises(ValidationError):
        demo_services.files.check_output(target)
    with pytest.raises(ValidationError):
        dfs.check_output(target, (path,))
    with pytest.raises(ValidationError) as info:
        demo_services.bagan.ekspor_pdf(target, demo_services.bagan.bagan())
    assert target.name in info.value.message and "Tidak ada yang ditulis" in info.value.message
    assert path.read_bytes() == before
