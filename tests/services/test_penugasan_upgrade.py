"""Migration 0006_penugasan on a file of the previous release: the 0005 schema snapshot (the demo
Dinas Kesehatan with an issued Surat Tugas and SK) keeps every row, gains the permohonan tables,
and takes a request at once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sistemkerja_desktop.db.engine import HEAD_REVISION
from sistemkerja_desktop.services.container import build_services

SNAPSHOT = (Path(__file__).resolve().parents[1] / "data" / "db"
            / "schema_0005_profil_naskah.sqlite")
TABLES = ("pegawai", "unit", "posisi", "kedudukan", "tim", "anggota_tim", "nomor_register",
          "dokumen_tim", "audit_log")
NEW = {"permohonan_penugasan", "permohonan_pegawai", "langkah_permohonan",
       "lampiran_permohonan", "lampiran_isi"}


def _read(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_upgrade_from_0005_keeps_the_data_and_creates_the_tables(tmp_path):
    path = tmp_path / "lama.sqlite"
    shutil.copy(SNAPSHOT, path)
    assert _read(path, "SELECT version_num FROM alembic_version") == [("0005_profil_naskah",)]
    before = {t: _read(path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert before["pegawai"] >= 120 and before["dokumen_tim"] == 2
    services = build_services(path)
    try:
        assert services.upgrade_backup is not None and services.upgrade_backup.exists()
        struktur = services.agency.struktur()
        pegawai = next(p for p in struktur.pegawai if p.jabatan and p.jabatan.is_jf_or_pelaksana
                       and struktur.ppk_of(p.id, services.ctx.today()))
        preview = services.penugasan.pratinjau(
            jenis="penunjukan", lingkup="dalam-unit", pegawai_nip=[pegawai.nip],
            oleh_nip=pegawai.nip)
        puo = preview[0].nip
        r, _ = services.penugasan.ajukan(
            jenis="penunjukan", lingkup="dalam-unit", pegawai_nip=[pegawai.nip], oleh_nip=puo,
            maksud="Validasi data", kompetensi="Pengolahan data", target="Data valid",
            mulai=services.ctx.today(), selesai=services.ctx.today())
        r, _ = services.penugasan.setujui(r.id, oleh_nip=puo)
        assert r.status == "disetujui"
        teams = services.teams.teams()
        assert len(teams) == before["tim"] and services.naskah.register()
    finally:
        services.close()
    after = {t: _read(path, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert {t: after[t] for t in TABLES if t != "audit_log"} == {
        t: before[t] for t in TABLES if t != "audit_log"}
    assert after["audit_log"] > before["audit_log"]  # the request's rows were audited
    tables = {r[0] for r in _read(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert NEW <= tables
    assert _read(path, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
    assert _read(path, "SELECT count(*) FROM permohonan_penugasan") == [(1,)]
