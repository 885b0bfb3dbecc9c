"""Issue #12 (exchange packages): this database's own facts (`meta_berkas`, e.g. its exchange
identity), the values last agreed with each peer per record (`sinkron_dasar`, the base of the
three-way merge), the packages already imported (`paket_masuk`, so a second import changes
nothing) and the provenance of every merged record (`asal_rekaman`). Bookkeeping only: these
tables are neither exchanged nor audited.

Revision ID: 0008_paket
Revises: 0007_laporan
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_paket"
down_revision = "0007_laporan"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta_berkas",
        sa.Column("kunci", sa.String(60), nullable=False),
        sa.Column("nilai", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kunci", name="pk_meta_berkas"),
    )
    op.create_table(
        "sinkron_dasar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asal", sa.String(36), nullable=False),
        sa.Column("tabel", sa.String(40), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("nilai", sa.Text(), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sinkron_dasar"),
        sa.UniqueConstraint("asal", "record_uuid", name="uq_sinkron_dasar_asal"),
    )
    op.create_table(
        "paket_masuk",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paket_id", sa.String(36), nullable=False),
        sa.Column("asal", sa.String(36), nullable=False),
        sa.Column("asal_nama", sa.String(300), nullable=False),
        sa.Column("dibuat", sa.DateTime(), nullable=False),
        sa.Column("diimpor", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("pelaku", sa.String(100), nullable=False),
        sa.Column("ringkasan", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_paket_masuk"),
        sa.UniqueConstraint("paket_id", name="uq_paket_masuk_paket_id"),
    )
    op.create_table(
        "asal_rekaman",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tabel", sa.String(40), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("paket_id", sa.String(36), nullable=False),
        sa.Column("asal", sa.String(36), nullable=False),
        sa.Column("asal_nama", sa.String(300), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.Column("aksi", sa.String(10), nullable=False),
        sa.Column("rincian", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_asal_rekaman"),
    )
    op.create_index("ix_asal_rekaman_record_uuid", "asal_rekaman", ["record_uuid"])


def downgrade() -> None:
    op.drop_index("ix_asal_rekaman_record_uuid", table_name="asal_rekaman")
    for table in ("asal_rekaman", "paket_masuk", "sinkron_dasar", "meta_berkas"):
        op.drop_table(table)
