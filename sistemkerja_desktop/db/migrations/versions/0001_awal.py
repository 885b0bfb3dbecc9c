"""Skema awal: perangkat daerah, unit, pegawai, posisi, kedudukan, audit.

Revision ID: 0001_awal
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_awal"
down_revision = None
branch_labels = None
depends_on = None


def _stamped() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                  nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(),
                  nullable=False),
    ]


def _keys(table: str) -> list[sa.schema.SchemaItem]:
    return [sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
            sa.UniqueConstraint("uuid", name=f"uq_{table}_uuid")]


def upgrade() -> None:
    op.create_table(
        "perangkat_daerah", *_stamped(),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("pemda", sa.String(200), nullable=False),
        sa.Column("profil", sa.String(40), nullable=False),
        sa.Column("jenis", sa.String(60), nullable=False),
        sa.Column("alamat", sa.String(300), nullable=False),
        sa.Column("telepon", sa.String(100), nullable=False),
        sa.Column("kode_pos", sa.String(10), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("laman", sa.String(200), nullable=False),
        sa.Column("tempat_penetapan", sa.String(100), nullable=False),
        sa.Column("kop", sa.Text(), nullable=False),
        sa.Column("logo_path", sa.String(500), nullable=False),
        *_keys("perangkat_daerah"),
    )
    op.create_table(
        "unit", *_stamped(),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("jenis", sa.String(40), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("mandiri", sa.Boolean(), nullable=False),
        sa.Column("kode", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["unit.id"], name="fk_unit_parent_id_unit",
                                ondelete="RESTRICT"),
        *_keys("unit"),
    )
    op.create_index("ix_unit_parent_id", "unit", ["parent_id"])
    op.create_table(
        "pegawai", *_stamped(),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("gelar_depan", sa.String(60), nullable=False),
        sa.Column("gelar_belakang", sa.String(100), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("golongan", sa.String(10), nullable=False),
        sa.Column("pendidikan", sa.String(120), nullable=False),
        sa.Column("jabatan_nama", sa.String(200), nullable=False),
        sa.Column("jabatan_kategori", sa.String(20), nullable=False),
        sa.Column("jenjang", sa.String(20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("telepon", sa.String(60), nullable=False),
        sa.Column("kompetensi", sa.Text(), nullable=False),
        sa.Column("aktif", sa.Boolean(), nullable=False),
        sa.Column("eksternal", sa.Boolean(), nullable=False),
        sa.Column("instansi_asal", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_pegawai_unit_id_unit",
                                ondelete="SET NULL"),
        sa.UniqueConstraint("nip", name="uq_pegawai_nip"),
        *_keys("pegawai"),
    )
    op.create_index("ix_pegawai_unit_id", "pegawai", ["unit_id"])
    op.create_table(
        "posisi", *_stamped(),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("kategori", sa.String(20), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("pimpinan_unit", sa.Boolean(), nullable=False),
        sa.Column("pemangku_id", sa.Integer(), nullable=True),
        sa.Column("pengisian", sa.String(20), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_posisi_unit_id_unit",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["pemangku_id"], ["pegawai.id"],
                                name="fk_posisi_pemangku_id_pegawai", ondelete="SET NULL"),
        *_keys("posisi"),
    )
    op.create_index("ix_posisi_unit_id", "posisi", ["unit_id"])
    op.create_index("ix_posisi_pemangku_id", "posisi", ["pemangku_id"])
    op.create_table(
        "kedudukan", *_stamped(),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("ppk_position_id", sa.Integer(), nullable=False),
        sa.Column("tmt_mulai", sa.Date(), nullable=False),
        sa.Column("tmt_selesai", sa.Date(), nullable=True),
        sa.Column("dasar_nomor", sa.String(200), nullable=False),
        sa.Column("dasar_tanggal", sa.Date(), nullable=True),
        sa.Column("delegasi", sa.Boolean(), nullable=False),
        sa.Column("delegasi_dasar", sa.String(300), nullable=False),
        sa.ForeignKeyConstraint(["pegawai_id"], ["pegawai.id"],
                                name="fk_kedudukan_pegawai_id_pegawai", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["ppk_position_id"], ["posisi.id"],
                                name="fk_kedudukan_ppk_position_id_posisi", ondelete="RESTRICT"),
        *_keys("kedudukan"),
    )
    op.create_index("ix_kedudukan_pegawai_tmt", "kedudukan", ["pegawai_id", "tmt_mulai"])
    op.create_index("ix_kedudukan_ppk_position_id", "kedudukan", ["ppk_position_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.Column("pelaku", sa.String(100), nullable=False),
        sa.Column("tabel", sa.String(40), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("aksi", sa.String(10), nullable=False),
        sa.Column("sebelum", sa.Text(), nullable=True),
        sa.Column("sesudah", sa.Text(), nullable=True),
        sa.Column("keterangan", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_waktu", "audit_log", ["waktu"])
    op.create_index("ix_audit_log_record_uuid", "audit_log", ["record_uuid"])


def downgrade() -> None:
    for table in ("audit_log", "kedudukan", "posisi", "pegawai", "unit", "perangkat_daerah"):
        op.drop_table(table)
