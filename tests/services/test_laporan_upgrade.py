"""Migration 0007_laporan on a file of the previous release: the 0006 schema snapshot (the demo
Dinas Kesehatan with an issued SK and Surat Tugas and an approved individual assignment of Maya
Sari, made with the 0006 code by its CLI) keeps every row, gains the report tables, schedules
what its teams and the assignment owe, and takes a report at once."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from sistemkerja_desktop.db.engine import HEAD_REVISION
from sistemkerja_desktop.domain.laporan import IsiLaporan
from sistemkerja_desktop.services.container import build_services

SNAPSHOT = (Path(__file__).resolve().parents[1] / "data" / "db"
            / "schema_0006_penugasan.sqlite")
TABLES = ("pegawai", "unit", "posisi", "kedudukan", "tim", "anggota_tim", "nomor_register",
          "dokumen_tim", "permohonan_penugasan", "langkah_permohonan", "audit_log")
NEW = {"indikator_kinerja", "dukungan_indikator", "laporan", "capaian_laporan",
       "riwayat_laporan", "lampiran_laporan", "lampiran_laporan_isi", "penutupan_tim"}
MAYA = "198808302014032921"
ON = dt.date(2026, 12, 1)


def _read(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_upgrade_from_0006_keeps_the_data_and_tracks_reports(tmp_path):
    path = tmp_path / "lama.sqlite"
    shutil.copy(SNAPSHOT, path)
    assert _read(path, "SELECT version_num FROM alembic_version") == [("0006_penugasan",)]
    before = {t: _read(path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert before["dokumen_tim"] == 2 and before["permohonan_penugasan"] == 1
    services = build_services(path, today=lambda: ON)
    try:
        assert services.upgrade_backup is not None and services.upgrade_backup.exists()
        rows = services.laporan.daftar(tanggal=ON)
        teams = {r.tim_id for r in rows if r.jenis == "ketua"}
        assert len(teams) == before["tim"] == 4 and all(r.id is None for r in rows)
        tugas = [r for r in rows if r.jenis == "individu"]
        assert {r.pelapor_nip for r in tugas} == {MAYA}
        assert [r.periode for r in tugas] == ["Maret 2026", "April 2026", "Mei 2026",
                                              "Juni 2026"]
        assert all(r.terlambat for r in tugas)  # nothing sent; all due before December
        sent, _ = services.laporan.simpan(
            permohonan_id=tugas[0].permohonan_id, periode="Juni 2026", oleh_nip=MAYA,
            isi=IsiLaporan(progres=100, narasi="Kunjungan rumah selesai"), tanggal=ON)
        assert sent.status == "dikirim" and sent.hari_terlambat > 0
        assert sent.menunggu is not None and sent.menunggu.nip  # the PUO of her unit
    finally:
        services.close()
    after = {t: _read(path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert {t: after[t] for t in TABLES if t != "audit_log"} == {
        t: before[t] for t in TABLES if t != "audit_log"}
    assert after["audit_log"] > before["audit_log"]  # the report's rows were audited
    tables = {r[0] for r in _read(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert NEW <= tables
    assert _read(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert _read(path, "SELECT count(*) FROM laporan") == [(1,)]
