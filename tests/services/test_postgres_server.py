"""The office database on a PostgreSQL server (issue #12): addresses, opening, what a server
refuses (file things), its write lock, its anchor and its messages. The rest of tests/services
runs on the server too (tests/services/conftest.py); these are what only a server has.

Needs $SISTEMKERJA_PG_URL (tests/server_uji.py): skipped without it, except under CI."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from server_uji import address, execute, query
from sqlalchemy import select

from sistemkerja_desktop.db import audit, server
from sistemkerja_desktop.db.engine import open_database
from sistemkerja_desktop.db.models import PegawaiRow
from sistemkerja_desktop.db.raw import kursor, pg_sql
from sistemkerja_desktop.domain.errors import SchemaTooNewError, StorageError, ValidationError
from sistemkerja_desktop.services import file_lock
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.data_file_service import restore_backup, server_address
from sistemkerja_desktop.services.open_recovery import cli_hint, describe_failure

pytestmark = pytest.mark.postgresql


@pytest.fixture
def engine_name():
    return "postgresql"


# ---- addresses (no server needed) ------------------------------------------------------------

@pytest.mark.parametrize("text", ["postgresql://ani:rahasia@server-kantor:5433/dinkes",
                                  "postgres://ani:rahasia@server-kantor:5433/dinkes",
                                  "postgresql+psycopg://ani:rahasia@server-kantor:5433/dinkes"])
def test_a_server_address_never_shows_its_password(text):
    target = server.parse_target(text)
    assert server.is_server(target)
    shown = (str(target), repr(target), target.label, target.name, str(target.parent))
    assert not any("rahasia" in s for s in shown), shown
    assert str(target) == "postgresql://ani@server-kantor:5433/dinkes"
    assert target.name == "dinkes" and target.label == "basis data dinkes di server server-kantor"
    assert target.url.password == "rahasia"  # kept, to connect


def test_file_names_and_sqlite_addresses_stay_files(tmp_path):
    assert server.parse_target(str(tmp_path / "a.sqlite")) == tmp_path / "a.sqlite"
    assert server.parse_target(f"sqlite:///{tmp_path}/b.sqlite") == tmp_path / "b.sqlite"
    assert not server.is_server(server.parse_target("kantor.sqlite"))


@pytest.mark.parametrize(("text", "words"), [
    ("mysql://ani:rahasia@h/db", "tidak dikenal"),
    ("postgresql://ani:rahasia@server-kantor", "nama basis data"),
    ("sqlite://", "tidak menyebut berkas"),
])
def test_a_bad_address_is_refused_in_indonesian_without_the_password(text, words):
    with pytest.raises(ValidationError) as err:
        server.parse_target(text)
    assert words in err.value.message and "rahasia" not in err.value.message


def test_the_form_of_buka_server_makes_the_same_address():
    target = server_address(" server-kantor ", "dinkes", user="ani", password="rahasia",
                            port=5433)
    assert str(target) == "postgresql://ani@server-kantor:5433/dinkes"
    assert target.url.password == "rahasia"
    with pytest.raises(ValidationError) as err:
        server_address("", "dinkes")
    assert err.value.field == "server"
    with pytest.raises(ValidationError) as err:
        server_address("h", " ")
    assert err.value.field == "basis_data"


def test_the_read_paths_sql_in_postgresql_words():
    assert pg_sql("SELECT a FROM t WHERE b = ? AND c LIKE '%x' AND 0") == \
        "SELECT a FROM t WHERE b = %s AND c LIKE '%%x' AND FALSE"
    assert pg_sql(" WHERE 1 ORDER BY id") == " WHERE TRUE ORDER BY id"
    assert pg_sql("SELECT 1 FROM t WHERE x = 1") == "SELECT 1 FROM t WHERE x = 1"


# ---- opening ---------------------------------------------------------------------------------

def test_a_missing_database_names_server_database_and_user_never_the_password(pg_server):
    url = pg_server.url.set(drivername="postgresql", database="sk_tidak_ada", password="rahasia")
    target = server.ServerPath.of(url)
    with pytest.raises(StorageError) as err:
        open_database(target)
    message = err.value.message
    assert "sk_tidak_ada" in message and "belum ada" in message and "createdb" in message
    assert str(url.host) in message and "rahasia" not in message
    problem = describe_failure(target, err.value)
    assert problem.server and problem.backups == [] and cli_hint(problem) == []


def test_an_unreachable_server_is_explained(pg_server):
    url = pg_server.url.set(drivername="postgresql", port=1, database="dinkes")
    with pytest.raises(StorageError) as err:
        open_database(server.ServerPath.of(url))
    assert "tidak dapat dihubungi" in err.value.message and ":1 " in err.value.message


def test_an_empty_database_gets_the_schema_once_and_a_newer_one_is_refused(pg_server):
    target = pg_server.create(empty=True)
    try:
        db = open_database(target)
        assert db.server and not db.read_only and db.backup is None
        assert db.label.startswith("basis data sk_uji_")
        db.dispose()
        execute(target, "UPDATE alembic_version SET version_num = '9999_masa_depan'")
        with pytest.raises(SchemaTooNewError) as err:
            open_database(target)
        assert "9999_masa_depan" in err.value.message and "Perbarui aplikasi" in err.value.message
        assert query(target, "SELECT version_num FROM alembic_version") == [("9999_masa_depan",)]
    finally:
        pg_server.drop(target)


def test_a_database_of_another_program_is_not_mixed_into(pg_server):
    target = pg_server.create(empty=True)
    try:
        execute(target, "CREATE TABLE gaji (id integer)")
        with pytest.raises(StorageError) as err:
            open_database(target)
        assert "tabel lain" in err.value.message
        assert query(target, "SELECT count(*) FROM information_schema.tables WHERE "
                             "table_schema = current_schema()") == [(1,)]
    finally:
        pg_server.drop(target)


# ---- file things are the server admin's --------------------------------------------------------

def test_backups_and_restores_are_refused_and_a_copy_is_a_new_sqlite_file(demo_services,
                                                                         tmp_path):
    files = demo_services.files
    assert files.server and files.backups() == []
    with pytest.raises(StorageError) as err:
        files.backup_now()
    assert "admin server" in err.value.message and "pg_dump" in err.value.message
    with pytest.raises(StorageError):
        restore_backup(tmp_path / "x.sqlite", demo_services.db_path)
    copy = files.save_copy(tmp_path / "salinan.sqlite")
    with sqlite3.connect(copy) as conn:
        names = conn.execute("SELECT nama FROM pegawai ORDER BY id").fetchall()
    conn.close()
    assert names == query(address(demo_services), "SELECT nama FROM pegawai ORDER BY id")
    assert not list(tmp_path.glob(".*"))  # no temporary file left


def test_no_lock_file_and_two_windows_both_write(db_target):
    assert file_lock.acquire(server.parse_target(db_target)) is None
    first = build_services(db_target, lock=True)
    second = build_services(db_target, lock=True)
    try:
        assert first.lock is None and not first.read_only_reason
        assert second.lock is None and not second.read_only_reason
        first.demo.create_demo()
        assert second.agency.has_agency()
    finally:
        first.close()
        second.close()


# ---- writes ----------------------------------------------------------------------------------

def test_the_anchor_is_kept_in_meta_berkas_and_moves_with_each_write(demo_services):
    with demo_services.ctx.reading() as s:
        anchor = audit.read_anchor(s.connection())
        last = s.scalar(select(audit.AuditRow.id).order_by(audit.AuditRow.id.desc()).limit(1))
    assert anchor == last > 300
    assert query(address(demo_services), "SELECT nilai FROM meta_berkas WHERE kunci = ?",
                 (audit.ANCHOR_KEY,)) == [(str(last),)]
    with demo_services.ctx.session() as s:
        s.get(PegawaiRow, 3).telepon = "0811"
    with demo_services.ctx.reading() as s:
        assert audit.read_anchor(s.connection()) == last + 1


def test_a_duplicate_is_the_same_indonesian_message_as_on_sqlite(demo_services):
    with demo_services.ctx.reading() as s:
        nips = list(s.scalars(select(PegawaiRow.nip).order_by(PegawaiRow.id).limit(2)))
    with pytest.raises(ValidationError) as err, demo_services.ctx.session() as s:
        s.scalars(select(PegawaiRow).where(PegawaiRow.nip == nips[1])).one().nip = nips[0]
    assert err.value.message == ("Tidak disimpan: nip sudah dipakai data pegawai lain (harus "
                                 "unik). Tidak ada yang diubah.")


def test_a_writer_waits_for_the_write_lock_and_then_says_the_database_is_busy(db_target,
                                                                            monkeypatch):
    """Another user's write transaction holds the lock for as long as this test wants: a save
    meanwhile waits `lock_timeout` (here shortened) and is refused in Indonesian, nothing
    written; once the lock is free it goes through."""
    monkeypatch.setattr(server, "LOCK_TIMEOUT", "200ms")
    svc = build_services(db_target)
    holder = build_services(db_target)
    try:
        svc.demo.create_demo()
        taken, release = threading.Event(), threading.Event()

        def hold() -> None:
            with holder.ctx.session("memegang kunci") as s:
                s.connection()  # the transaction begins (and takes the lock) on first use
                taken.set()
                release.wait()

        thread = threading.Thread(target=hold)
        thread.start()
        try:
            assert taken.wait(30)
            with pytest.raises(StorageError) as err, svc.ctx.session() as s:
                s.get(PegawaiRow, 3).telepon = "0811"
            assert "sedang dipakai" in err.value.message and "terkunci" in err.value.message
        finally:
            release.set()
            thread.join()
        with svc.ctx.session() as s:
            s.get(PegawaiRow, 3).telepon = "0812"
        with svc.ctx.reading() as s:
            assert s.get(PegawaiRow, 3).telepon == "0812"
    finally:
        svc.close()
        holder.close()


def test_a_reading_session_sees_one_snapshot(demo_services):
    with demo_services.ctx.reading() as s:
        before = s.scalar(select(PegawaiRow.telepon).where(PegawaiRow.id == 3))
        with demo_services.ctx.session() as w:
            w.get(PegawaiRow, 3).telepon = before + "9"
        assert s.scalar(select(PegawaiRow.telepon).where(PegawaiRow.id == 3)) == before
    with demo_services.ctx.reading() as s:
        assert s.scalar(select(PegawaiRow.telepon).where(PegawaiRow.id == 3)) == before + "9"


def test_the_raw_read_paths_get_values_as_sqlite_gives_them(demo_services):
    with demo_services.ctx.reading() as s:
        cur = kursor(s)
        try:
            [(tmt, mandiri, created)] = cur.execute(
                "SELECT k.tmt_mulai, u.mandiri, k.created_at FROM kedudukan k JOIN pegawai p "
                "ON p.id = k.pegawai_id JOIN unit u ON u.id = p.unit_id WHERE k.id = ? AND 1",
                (1,))
        finally:
            cur.close()
    assert isinstance(tmt, str) and len(tmt) == 10 and mandiri in (0, 1)
    assert isinstance(created, str) and len(created) == 26  # "YYYY-MM-DD HH:MM:SS.ffffff"


def test_a_thousand_character_value_is_kept_as_on_sqlite(services):
    """SQLite never enforces VARCHAR lengths; the server's columns do not either, so data
    moves between them (`salin`) without loss."""
    services.demo.create_demo()
    long_name = "N" * 1000
    with services.ctx.session() as s:
        s.get(PegawaiRow, 3).nama = long_name
    with services.ctx.reading() as s:
        assert s.get(PegawaiRow, 3).nama == long_name
