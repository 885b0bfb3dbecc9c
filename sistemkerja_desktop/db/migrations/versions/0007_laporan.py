"""Issue #11 (laporan): Perjanjian Kinerja indicators and the teams / requests serving them,
reports with their capaian, review history and attachments (metadata in `lampiran_laporan`,
bytes in `lampiran_laporan_isi`), and the closing of a team's work.

Revision ID: 0007_laporan
Revises: 0006_penugasan
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_laporan"
down_revision = "0006_penugasan"
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
    t = "indikator_kinerja"
    op.create_table(
        t, *_stamped(),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("urut", sa.Integer(), nullable=False),
        sa.Column("kode", sa.String(50), nullable=False),
        sa.Column("sasaran", sa.Text(), nullable=False),
        sa.Column("indikator", sa.Text(), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("satuan", sa.String(100), nullable=False),
        sa.Column("position_id", sa.Integer(), nullable=True),
        sa.Column("induk_id", sa.Integer(), nullable=True),
        sa.Column("penanggung_jawab_id", sa.Integer(), nullable=True),
        _fk(t, "position_id", "posisi", "SET NULL"),
        _fk(t, "induk_id", "indikator_kinerja", "SET NULL"),
        _fk(t, "penanggung_jawab_id", "pegawai", "SET NULL"),
        *_keys(t),
    )
    op.create_index("ix_indikator_kinerja_tahun_urut", t, ["tahun", "urut"])
    op.create_index("ix_indikator_kinerja_position_id", t, ["position_id"])
    op.create_index("ix_indikator_kinerja_induk_id", t, ["induk_id"])
    op.create_index("ix_indikator_kinerja_penanggung_jawab_id", t, ["penanggung_jawab_id"])

    t = "dukungan_indikator"
    op.create_table(
        t, *_stamped(),
        sa.Column("indikator_id", sa.Integer(), nullable=False),
        sa.Column("tim_id", sa.Integer(), nullable=True),
        sa.Column("permohonan_id", sa.Integer(), nullable=True),
        _fk(t, "indikator_id", "indikator_kinerja", "CASCADE"),
        _fk(t, "tim_id", "tim", "CASCADE"),
        _fk(t, "permohonan_id", "permohonan_penugasan", "CASCADE"),
        sa.UniqueConstraint("tim_id", name=f"uq_{t}_tim_id"),
        sa.UniqueConstraint("permohonan_id", name=f"uq_{t}_permohonan_id"),
        *_keys(t),
    )
    op.create_index("ix_dukungan_indikator_indikator_id", t, ["indikator_id"])

    t = "laporan"
    op.create_table(
        t, *_stamped(),
        sa.Column("jenis", sa.String(10), nullable=False),
        sa.Column("tim_id", sa.Integer(), nullable=True),
        sa.Column("permohonan_id", sa.Integer(), nullable=True),
        sa.Column("pelapor_id", sa.Integer(), nullable=False),
        sa.Column("kunci", sa.String(100), nullable=True),
        sa.Column("periode_urut", sa.Integer(), nullable=True),
        sa.Column("periode_label", sa.String(60), nullable=False),
        sa.Column("periode_mulai", sa.Date(), nullable=True),
        sa.Column("periode_selesai", sa.Date(), nullable=True),
        sa.Column("jatuh_tempo", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("tahap", sa.Integer(), nullable=False),
        sa.Column("rute", sa.Text(), nullable=False),
        sa.Column("dikirim", sa.Date(), nullable=True),
        sa.Column("diterima", sa.Date(), nullable=True),
        sa.Column("diminta_oleh", sa.String(100), nullable=False),
        sa.Column("diminta_oleh_id", sa.Integer(), nullable=True),
        sa.Column("progres", sa.Integer(), nullable=True),
        sa.Column("narasi", sa.Text(), nullable=False),
        sa.Column("permasalahan", sa.Text(), nullable=False),
        sa.Column("rekomendasi", sa.Text(), nullable=False),
        _fk(t, "tim_id", "tim", "CASCADE"),
        _fk(t, "permohonan_id", "permohonan_penugasan", "CASCADE"),
        _fk(t, "pelapor_id", "pegawai", "RESTRICT"),
        _fk(t, "diminta_oleh_id", "pegawai", "SET NULL"),
        sa.UniqueConstraint("kunci", name=f"uq_{t}_kunci"),
        *_keys(t),
    )
    op.create_index("ix_laporan_status_jatuh_tempo", t, ["status", "jatuh_tempo"])
    op.create_index("ix_laporan_tim_periode", t, ["tim_id", "periode_urut"])
    op.create_index("ix_laporan_permohonan_id", t, ["permohonan_id"])
    op.create_index("ix_laporan_pelapor_id", t, ["pelapor_id"])

    t = "capaian_laporan"
    op.create_table(
        t, *_stamped(),
        sa.Column("laporan_id", sa.Integer(), nullable=False),
        sa.Column("urut", sa.Integer(), nullable=False),
        sa.Column("indikator_id", sa.Integer(), nullable=True),
        sa.Column("indikator", sa.Text(), nullable=False),
        sa.Column("capaian", sa.String(300), nullable=False),
        _fk(t, "laporan_id", "laporan", "CASCADE"),
        _fk(t, "indikator_id", "indikator_kinerja", "SET NULL"),
        *_keys(t),
    )
    op.create_index("ix_capaian_laporan_laporan_urut", t, ["laporan_id", "urut"])

    t = "riwayat_laporan"
    op.create_table(
        t, *_stamped(),
        sa.Column("laporan_id", sa.Integer(), nullable=False),
        sa.Column("urut", sa.Integer(), nullable=False),
        sa.Column("aksi", sa.String(20), nullable=False),
        sa.Column("peran", sa.String(100), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(300), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        _fk(t, "laporan_id", "laporan", "CASCADE"),
        _fk(t, "pegawai_id", "pegawai", "SET NULL"),
        *_keys(t),
    )
    op.create_index("ix_riwayat_laporan_laporan_urut", t, ["laporan_id", "urut"])

    t = "lampiran_laporan"
    op.create_table(
        t, *_stamped(),
        sa.Column("laporan_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(300), nullable=False),
        sa.Column("ukuran", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        _fk(t, "laporan_id", "laporan", "CASCADE"),
        *_keys(t),
    )
    op.create_index("ix_lampiran_laporan_laporan_id", t, ["laporan_id"])
    op.create_table(
        "lampiran_laporan_isi",
        sa.Column("lampiran_id", sa.Integer(), nullable=False),
        sa.Column("isi", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["lampiran_id"], ["lampiran_laporan.id"],
                                name="fk_lampiran_laporan_isi_lampiran_id_lampiran_laporan",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("lampiran_id", name="pk_lampiran_laporan_isi"),
    )

    t = "penutupan_tim"
    op.create_table(
        t, *_stamped(),
        sa.Column("tim_id", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(300), nullable=False),
        sa.Column("jabatan", sa.String(300), nullable=False),
        sa.Column("peran", sa.String(100), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        _fk(t, "tim_id", "tim", "CASCADE"),
        _fk(t, "pegawai_id", "pegawai", "SET NULL"),
        sa.UniqueConstraint("tim_id", name=f"uq_{t}_tim_id"),
        *_keys(t),
    )


def downgrade() -> None:
    for table in ("penutupan_tim", "lampiran_laporan_isi", "lampiran_laporan",
                  "riwayat_laporan", "capaian_laporan", "laporan", "dukungan_indikator",
                  "indikator_kinerja"):
        op.drop_table(table)
