import hashlib
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sistemkerja_desktop.db.engine import alembic_config, head_revision, open_database
from sistemkerja_desktop.db.models import Base
from sistemkerja_desktop.domain.errors import SchemaTooNewError, StorageError


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_migrated_to_head_with_pragmas(tmp_path):
    db = open_database(tmp_path / "baru.sqlite")
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert db.backup is None
    db.dispose()


def test_models_and_migrations_do_not_drift(tmp_path):
    db = open_database(tmp_path / "drift.sqlite")
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.dispose()


def test_newer_schema_refused_and_file_untouched(tmp_path):
    path = tmp_path / "baru.sqlite"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_masa_depan'")
    conn.close()
    before = _digest(path)
    with pytest.raises(SchemaTooNewError) as err:
        open_database(path)
    assert "lebih baru" in err.value.message
    assert _digest(path) == before


def test_backup_made_before_upgrade(tmp_path):
    path = tmp_path / "lama.sqlite"
    db = open_database(path)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    db.dispose()
    db = open_database(path)
    assert db.backup is not None and db.backup.exists()
    assert db.backup.name.startswith("lama.cadangan-")
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    db.dispose()


def test_not_a_database_refused(tmp_path):
    path = tmp_path / "bukan.sqlite"
    path.write_text("ini bukan basis data")
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert "bukan basis data" in err.value.message
    assert path.read_text() == "ini bukan basis data"


DATA = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "db"


@pytest.mark.parametrize("snapshot", sorted(DATA.glob("schema_*.sqlite")), ids=lambda p: p.stem)
def test_released_schema_snapshots_open_with_data(tmp_path, snapshot):
    """One file per released schema revision (demo data): upgrading keeps every row."""
    import shutil

    from sistemkerja_desktop.services.container import build_services

    path = tmp_path / snapshot.name
    shutil.copy(snapshot, path)
    with sqlite3.connect(path) as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("pegawai", "unit", "posisi", "kedudukan")}
    conn.close()
    services = build_services(path)
    try:
        struktur = services.agency.struktur()
        assert (len(struktur.pegawai), len(struktur.units), len(struktur.positions),
                len(struktur.kedudukan)) == (counts["pegawai"], counts["unit"], counts["posisi"],
                                             counts["kedudukan"])
        assert counts["pegawai"] >= 120
        assert struktur.pd.nama == "Dinas Kesehatan"
        if "0002" in snapshot.name or snapshot.name > "schema_0002":  # teams exist from 0002_tim
            with sqlite3.connect(path) as conn:
                tim = conn.execute("SELECT count(*) FROM tim").fetchone()[0]
                anggota = conn.execute("SELECT count(*) FROM anggota_tim").fetchone()[0]
            conn.close()
            teams = services.teams.teams()
            assert (len(teams), sum(t.jumlah_anggota for t in teams)) == (tim, anggota) != (0, 0)
            assert services.naskah.register()
    finally:
        services.close()


def test_head_revision_constant_matches_the_migration_scripts():
    from sistemkerja_desktop.db.engine import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_failed_upgrade_leaves_the_file_unchanged_and_names_the_backup(tmp_path, monkeypatch):
    """A migration that fails half-way (here: the third new column) rolls back as a whole."""
    import shutil

    from alembic import op

    from sistemkerja_desktop.db.engine import CODE_UPGRADE_FAILED

    path = tmp_path / "lama.sqlite"
    shutil.copy(DATA / "schema_0003_unit_induk.sqlite", path)
    real, calls = op.add_column, []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("kolom ketiga gagal")
        return real(*args, **kwargs)

    monkeypatch.setattr(op, "add_column", failing)
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert err.value.code == CODE_UPGRADE_FAILED
    assert "Berkas tidak diubah" in err.value.message and "lama.cadangan-" in err.value.message
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] \
            == "0003_unit_induk"
        for table in ("perangkat_daerah", "unit", "pegawai"):
            assert "versi" not in [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    conn.close()
    monkeypatch.undo()
    open_database(path).dispose()  # and the next open upgrades


def test_missing_file_is_not_created_without_create(tmp_path):
    from sistemkerja_desktop.db.engine import CODE_NOT_FOUND

    with pytest.raises(StorageError) as err:
        open_database(tmp_path / "sub" / "salah-ketik.sqlite", create=False)
    assert err.value.code == CODE_NOT_FOUND and "tidak ditemukan" in err.value.message
    assert list(tmp_path.iterdir()) == []


def test_damaged_file_is_refused_by_quick_check_and_untouched(tmp_path):
    from sistemkerja_desktop.db.engine import CODE_DAMAGED

    path = tmp_path / "rusak.sqlite"
    db = open_database(path)
    db.dispose()
    with sqlite3.connect(path) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='pegawai'").fetchone()
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((page[0] - 1) * 4096)
        fh.write(b"\xff" * 4096)
    before = _digest(path)
    with pytest.raises(StorageError) as err:
        open_database(path)
    assert err.value.code == CODE_DAMAGED and "rusak" in err.value.message
    assert "sqlite3" not in err.value.message
    assert _digest(path) == before
