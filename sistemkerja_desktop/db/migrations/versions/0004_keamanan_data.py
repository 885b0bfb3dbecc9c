"""Data safety (issue #8): optimistic `versi` on every record; the numbering register's
`status` (belum_selesai / terbit / batal) and `alasan_batal`; the audit log's `pengguna` (the
name chosen in the app) and `hash` (SHA-256 chain).

Revision ID: 0004_keamanan_data
Revises: 0003_unit_induk
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sistemkerja_desktop.domain.audit_chain import canonical_text, chain_hash

revision = "0004_keamanan_data"
down_revision = "0003_unit_induk"
branch_labels = None
depends_on = None

STAMPED = ("perangkat_daerah", "unit", "pegawai", "posisi", "kedudukan", "tim", "tugas_tim",
           "anggota_tim", "penandatangan", "pengaturan_naskah", "pola_nomor", "nomor_register",
           "dokumen_tim")

def upgrade() -> None:
    # Plain ADD COLUMNs (no batch copies: foreign keys are enforced on the connection).
    for table in STAMPED:
        op.add_column(table, sa.Column("versi", sa.Integer(), nullable=False,
                                       server_default="1"))
    op.add_column("nomor_register", sa.Column("status", sa.String(20), nullable=False,
                                              server_default="terbit"))
    op.add_column("nomor_register", sa.Column("alasan_batal", sa.String(500), nullable=False,
                                              server_default=""))
    op.add_column("audit_log", sa.Column("pengguna", sa.String(100), nullable=False,
                                         server_default=""))
    op.add_column("audit_log", sa.Column("hash", sa.String(64), nullable=False,
                                         server_default=""))
    _chain_existing_audit_rows()


def _chain_existing_audit_rows() -> None:
    """Data: chain the audit rows already in the file (the frozen `domain.audit_chain` text,
    read as stored) and anchor the last one, as the session hook does for new rows."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        # A server database (issue #12) goes through this revision only while it is created
        # from empty, in the same transaction as 0001: no rows to chain, and its anchor is the
        # meta_berkas row of 0008, written by the first audited write (db/audit.py).
        return
    rows = conn.exec_driver_sql(
        "SELECT id, waktu, pelaku, pengguna, tabel, record_uuid, aksi, sebelum, sesudah, "
        "keterangan FROM audit_log ORDER BY id").fetchall()
    previous, updates = "", []
    for (id_, waktu, pelaku, pengguna, tabel, record_uuid, aksi, sebelum, sesudah,
         keterangan) in rows:
        previous = chain_hash(previous, canonical_text(
            waktu=waktu, pelaku=pelaku, pengguna=pengguna, tabel=tabel,
            record_uuid=record_uuid, aksi=aksi, sebelum=sebelum, sesudah=sesudah,
            keterangan=keterangan))
        updates.append((previous, id_))
    if updates:
        conn.exec_driver_sql("UPDATE audit_log SET hash = ? WHERE id = ?", updates)
    conn.exec_driver_sql(f"PRAGMA user_version = {int(rows[-1][0]) if rows else 0}")


def downgrade() -> None:
    for column in ("hash", "pengguna"):
        op.execute(f"ALTER TABLE audit_log DROP COLUMN {column}")
    for column in ("alasan_batal", "status"):
        op.execute(f"ALTER TABLE nomor_register DROP COLUMN {column}")
    for table in STAMPED:
        op.execute(f"ALTER TABLE {table} DROP COLUMN versi")
