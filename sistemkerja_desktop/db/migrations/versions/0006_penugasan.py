"""Issue #10 (permohonan penugasan): the requests that assign pegawai work, their pegawai, the
steps of their approval chain (holder snapshotted as text) and their attachments (metadata in
`lampiran_permohonan`, bytes in `lampiran_isi`).

Revision ID: 0006_penugasan
Revises: 0005_profil_naskah
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_penugasan"
down_revision = "0005_profil_naskah"
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
        sa.Column("versi", sa.Integer(), server_default="1", nullable=False),
    ]


def _keys(table: str) -> list[sa.schema.SchemaItem]:
    return [sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
            sa.UniqueConstraint("uuid", name=f"uq_{table}_uuid")]


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=f"fk_{table}_{column}_{target}", ondelete=ondelete)


def upgrade() -> None:
    t = "permohonan_penugasan"
    op.create_table(
        t, *_stamped(),
        sa.Column("jenis", sa.String(20), nullable=False),
        sa.Column("lingkup", sa.String(20), nullable=False),
        sa.Column("arah", sa.String(10), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("oleh_id", sa.Integer(), nullable=False),
        sa.Column("unit_pemohon_id", sa.Integer(), nullable=True),
        sa.Column("unit_tujuan_id", sa.Integer(), nullable=True),
        sa.Column("instansi", sa.String(300), nullable=False),
        sa.Column("tim_id", sa.Integer(), nullable=True),
        sa.Column("maksud", sa.Text(), nullable=False),
        sa.Column("kompetensi", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("mulai", sa.Date(), nullable=False),
        sa.Column("selesai", sa.Date(), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("dasar", sa.String(500), nullable=False),
        sa.Column("alamat", sa.String(300), nullable=False),
        sa.Column("lisan", sa.Boolean(), nullable=False),
        sa.Column("beban_kerja", sa.Boolean(), nullable=False),
        sa.Column("catatan_alur", sa.Text(), nullable=False),
        sa.Column("langkah_sekarang", sa.Integer(), nullable=True),
        sa.Column("pencatat_id", sa.Integer(), nullable=True),
        sa.Column("diputus", sa.Date(), nullable=True),
        _fk(t, "oleh_id", "pegawai", "RESTRICT"),
        _fk(t, "pencatat_id", "pegawai", "SET NULL"),
        _fk(t, "unit_pemohon_id", "unit", "SET NULL"),
        _fk(t, "unit_tujuan_id", "unit", "SET NULL"),
        _fk(t, "tim_id", "tim", "SET NULL"),
        *_keys(t),
    )
    op.create_index("ix_permohonan_penugasan_oleh_id", t, ["oleh_id"])
    op.create_index("ix_permohonan_penugasan_tim_id", t, ["tim_id"])
    op.create_index("ix_permohonan_penugasan_pencatat_id", t, ["pencatat_id"])
    op.create_index("ix_permohonan_penugasan_status_tanggal", t, ["status", "tanggal"])
    op.create_index("ix_permohonan_penugasan_tanggal", t, ["tanggal"])

    t = "permohonan_pegawai"
    op.create_table(
        t, *_stamped(),
        sa.Column("permohonan_id", sa.Integer(), nullable=False),
        sa.Column("urut", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        _fk(t, "permohonan_id", "permohonan_penugasan", "CASCADE"),
        _fk(t, "pegawai_id", "pegawai", "RESTRICT"),
        *_keys(t),
    )
    op.create_index("ix_permohonan_pegawai_permohonan_urut", t, ["permohonan_id", "urut"])
    op.create_index("ix_permohonan_pegawai_pegawai_id", t, ["pegawai_id"])

    t = "langkah_permohonan"
    op.create_table(
        t, *_stamped(),
        sa.Column("permohonan_id", sa.Integer(), nullable=False),
        sa.Column("urut", sa.Integer(), nullable=False),
        sa.Column("peran", sa.String(100), nullable=False),
        sa.Column("aksi", sa.String(100), nullable=False),
        sa.Column("pihak", sa.String(10), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=True),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("nama", sa.String(300), nullable=False),
        sa.Column("jabatan", sa.String(300), nullable=False),
        sa.Column("keputusan", sa.String(20), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=True),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("dicatat_oleh_id", sa.Integer(), nullable=True),
        sa.Column("tembusan", sa.Text(), nullable=False),
        sa.Column("surat", sa.String(30), nullable=False),
        sa.Column("surat_nomor", sa.String(200), nullable=False),
        sa.Column("surat_tanggal", sa.Date(), nullable=True),
        sa.Column("surat_berkas", sa.String(1000), nullable=False),
        _fk(t, "permohonan_id", "permohonan_penugasan", "CASCADE"),
        _fk(t, "pegawai_id", "pegawai", "SET NULL"),
        _fk(t, "dicatat_oleh_id", "pegawai", "SET NULL"),
        *_keys(t),
    )
    op.create_index("ix_langkah_permohonan_permohonan_urut", t, ["permohonan_id", "urut"])
    op.create_index("ix_langkah_permohonan_pegawai_keputusan", t, ["pegawai_id", "keputusan"])

    t = "lampiran_permohonan"
    op.create_table(
        t, *_stamped(),
        sa.Column("permohonan_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(300), nullable=False),
        sa.Column("ukuran", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        _fk(t, "permohonan_id", "permohonan_penugasan", "CASCADE"),
        *_keys(t),
    )
    op.create_index("ix_lampiran_permohonan_permohonan_id", t, ["permohonan_id"])
    op.create_table(
        "lampiran_isi",
        sa.Column("lampiran_id", sa.Integer(), nullable=False),
        sa.Column("isi", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["lampiran_id"], ["lampiran_permohonan.id"],
                                name="fk_lampiran_isi_lampiran_id_lampiran_permohonan",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("lampiran_id", name="pk_lampiran_isi"),
    )


def downgrade() -> None:
    for table in ("lampiran_isi", "lampiran_permohonan", "langkah_permohonan",
                  "permohonan_pegawai", "permohonan_penugasan"):
        op.drop_table(table)
