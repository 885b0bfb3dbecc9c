"""Tim Kerja dan naskah dinas: tim, tugas, anggota, penandatangan, pengaturan naskah, pola
nomor, register nomor, dokumen tim.

Revision ID: 0002_tim
Revises: 0001_awal
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_tim"
down_revision = "0001_awal"
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


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=f"fk_{table}_{column}_{target}", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "tim", *_stamped(),
        sa.Column("nama", sa.String(300), nullable=False),
        sa.Column("jenis", sa.String(40), nullable=False),
        sa.Column("sasaran", sa.Text(), nullable=False),
        sa.Column("unit_pemilik_id", sa.Integer(), nullable=False),
        sa.Column("pemilik_kinerja_position_id", sa.Integer(), nullable=True),
        sa.Column("penanggung_jawab_id", sa.Integer(), nullable=True),
        sa.Column("mulai", sa.Date(), nullable=False),
        sa.Column("selesai", sa.Date(), nullable=False),
        sa.Column("tahun_anggaran", sa.Integer(), nullable=True),
        sa.Column("sumber_biaya", sa.String(300), nullable=False),
        sa.Column("frekuensi_laporan", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("kebutuhan", sa.Text(), nullable=False),
        sa.Column("menimbang", sa.Text(), nullable=False),
        sa.Column("mengingat", sa.Text(), nullable=False),
        sa.Column("dasar", sa.Text(), nullable=False),
        sa.Column("tembusan", sa.Text(), nullable=False),
        _fk("tim", "unit_pemilik_id", "unit", "RESTRICT"),
        _fk("tim", "pemilik_kinerja_position_id", "posisi", "SET NULL"),
        _fk("tim", "penanggung_jawab_id", "pegawai", "SET NULL"),
        *_keys("tim"),
    )
    op.create_index("ix_tim_unit_pemilik_id", "tim", ["unit_pemilik_id"])
    op.create_index("ix_tim_status", "tim", ["status"])
    op.create_table(
        "tugas_tim", *_stamped(),
        sa.Column("tim_id", sa.Integer(), nullable=False),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.Column("uraian", sa.Text(), nullable=False),
        _fk("tugas_tim", "tim_id", "tim", "CASCADE"),
        *_keys("tugas_tim"),
    )
    op.create_index("ix_tugas_tim_tim_id", "tugas_tim", ["tim_id"])
    op.create_table(
        "anggota_tim", *_stamped(),
        sa.Column("tim_id", sa.Integer(), nullable=False),
        sa.Column("pegawai_id", sa.Integer(), nullable=False),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.Column("peran", sa.String(20), nullable=False),
        sa.Column("jabatan_dalam_tim", sa.String(100), nullable=False),
        sa.Column("asal", sa.String(40), nullable=False),
        sa.Column("persetujuan", sa.String(30), nullable=False),
        sa.Column("alasan_persetujuan", sa.String(500), nullable=False),
        sa.Column("pengganti", sa.Boolean(), nullable=False),
        sa.Column("alasan_pengganti", sa.String(300), nullable=False),
        _fk("anggota_tim", "tim_id", "tim", "CASCADE"),
        _fk("anggota_tim", "pegawai_id", "pegawai", "RESTRICT"),
        sa.UniqueConstraint("tim_id", "pegawai_id", name="uq_anggota_tim_tim_id_pegawai_id"),
        *_keys("anggota_tim"),
    )
    op.create_index("ix_anggota_tim_pegawai_id", "anggota_tim", ["pegawai_id"])
    op.create_table(
        "penandatangan", *_stamped(),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("jabatan", sa.Text(), nullable=False),
        sa.Column("nama", sa.String(200), nullable=False),
        sa.Column("nama_tanpa_gelar", sa.String(200), nullable=False),
        sa.Column("nip", sa.String(18), nullable=False),
        sa.Column("pangkat", sa.String(100), nullable=False),
        sa.Column("bentuk", sa.String(20), nullable=False),
        sa.Column("jabatan_atas_nama", sa.Text(), nullable=False),
        sa.Column("aktif", sa.Boolean(), nullable=False),
        *_keys("penandatangan"),
    )
    op.create_table(
        "pengaturan_naskah", *_stamped(),
        sa.Column("kertas", sa.String(10), nullable=False),
        sa.Column("margin_atas", sa.Float(), nullable=False),
        sa.Column("margin_bawah", sa.Float(), nullable=False),
        sa.Column("margin_kiri", sa.Float(), nullable=False),
        sa.Column("margin_kanan", sa.Float(), nullable=False),
        sa.Column("ukuran_huruf", sa.Float(), nullable=False),
        sa.Column("garis_kop", sa.String(10), nullable=False),
        sa.Column("ambang_beban", sa.Integer(), nullable=False),
        sa.Column("batas_nama_badan", sa.Integer(), nullable=False),
        sa.Column("kata_perintah_st", sa.String(40), nullable=False),
        sa.Column("gaya_tanggal_st", sa.String(20), nullable=False),
        sa.Column("sk_tampilkan_pangkat", sa.Boolean(), nullable=False),
        sa.Column("sk_tampilkan_nip", sa.Boolean(), nullable=False),
        sa.Column("mengingat", sa.Text(), nullable=False),
        sa.Column("dasar_st", sa.Text(), nullable=False),
        sa.Column("tembusan_sk", sa.Text(), nullable=False),
        sa.Column("tembusan_st", sa.Text(), nullable=False),
        sa.Column("penandatangan_sk_id", sa.Integer(), nullable=True),
        sa.Column("penandatangan_st_id", sa.Integer(), nullable=True),
        _fk("pengaturan_naskah", "penandatangan_sk_id", "penandatangan", "SET NULL"),
        _fk("pengaturan_naskah", "penandatangan_st_id", "penandatangan", "SET NULL"),
        *_keys("pengaturan_naskah"),
    )
    op.create_table(
        "pola_nomor", *_stamped(),
        sa.Column("jenis", sa.String(20), nullable=False),
        sa.Column("pola", sa.String(200), nullable=False),
        sa.Column("klasifikasi", sa.String(40), nullable=False),
        sa.Column("kode_unit", sa.String(60), nullable=False),
        sa.UniqueConstraint("jenis", name="uq_pola_nomor_jenis"),
        *_keys("pola_nomor"),
    )
    op.create_table(
        "nomor_register", *_stamped(),
        sa.Column("jenis", sa.String(20), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("urut", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(200), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("perihal", sa.String(500), nullable=False),
        sa.Column("tim_id", sa.Integer(), nullable=True),
        _fk("nomor_register", "tim_id", "tim", "SET NULL"),
        sa.UniqueConstraint("jenis", "tahun", "urut", name="uq_nomor_register_jenis_tahun_urut"),
        sa.UniqueConstraint("nomor", name="uq_nomor_register_nomor"),
        *_keys("nomor_register"),
    )
    op.create_index("ix_nomor_register_jenis_tahun", "nomor_register", ["jenis", "tahun"])
    op.create_index("ix_nomor_register_tim_id", "nomor_register", ["tim_id"])
    op.create_table(
        "dokumen_tim", *_stamped(),
        sa.Column("tim_id", sa.Integer(), nullable=False),
        sa.Column("jenis", sa.String(20), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(200), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("penandatangan", sa.Text(), nullable=False),
        sa.Column("sidik_roster", sa.String(64), nullable=False),
        sa.Column("berkas", sa.String(1000), nullable=False),
        _fk("dokumen_tim", "tim_id", "tim", "RESTRICT"),
        _fk("dokumen_tim", "register_id", "nomor_register", "RESTRICT"),
        *_keys("dokumen_tim"),
    )
    op.create_index("ix_dokumen_tim_tim_id", "dokumen_tim", ["tim_id"])
    op.create_index("ix_dokumen_tim_register_id", "dokumen_tim", ["register_id"])


def downgrade() -> None:
    for table in ("dokumen_tim", "nomor_register", "pola_nomor", "pengaturan_naskah",
                  "penandatangan", "anggota_tim", "tugas_tim", "tim"):
        op.drop_table(table)
