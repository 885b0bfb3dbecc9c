"""Migration 0008_paket on a file of the previous release: the 0007 schema snapshot (the demo
Dinas Kesehatan with its reports and an issued SK and Surat Tugas, made with the 0007 code by its
CLI) keeps every row and its audit chain, gains the exchange bookkeeping, and its whole office
travels through a package into a new file record for record."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sistemkerja_desktop.db.engine import HEAD_REVISION
from sistemkerja_desktop.services.container import build_services
from sistemkerja_desktop.services.paket_baca import baca_isi

SNAPSHOT = (Path(__file__).resolve().parents[1] / "data" / "db"
            / "schema_0007_laporan.sqlite")
TABLES = ("pegawai", "unit", "tim", "anggota_tim", "nomor_register", "dokumen_tim", "laporan",
          "riwayat_laporan", "indikator_kinerja", "audit_log")


def _read(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_upgrade_from_0007_keeps_the_data_and_exchanges_it(tmp_path):
    path = tmp_path / "lama.sqlite"
    shutil.copy(SNAPSHOT, path)
    assert _read(path, "SELECT version_num FROM alembic_version") == [("0007_laporan",)]
    before = {t: _read(path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert before["nomor_register"] == 2 and before["laporan"] > 0
    services = build_services(path)
    try:
        assert services.upgrade_backup is not None and services.upgrade_backup.exists()
        services.paket.ekspor(tmp_path / "kantor.skp")
        fresh = build_services(tmp_path / "baru.sqlite")
        hasil = fresh.paket.impor(tmp_path / "kantor.skp")
        assert hasil.ditambah > 900
        with services.ctx.reading() as s:
            ours = baca_isi(s)
        with fresh.ctx.reading() as s:
            theirs = baca_isi(s)
        for tabel, rows in ours.baris.items():
            assert {u: r.nilai for u, r in rows.items()} == {
                u: r.nilai for u, r in theirs.baris[tabel].items()}, tabel
        fresh.close()
    finally:
        services.close()
    assert _read(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    after = {t: _read(path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert {t: after[t] for t in TABLES if t != "audit_log"} == {
        t: before[t] for t in TABLES if t != "audit_log"}
    assert after["audit_log"] >= before["audit_log"]
    assert {"meta_berkas", "sinkron_dasar", "paket_masuk", "asal_rekaman"} <= {
        r[0] for r in _read(path, "SELECT name FROM sqlite_master WHERE type='table'")}
