"""Issue #9 (profiles true to their Perbup, signable documents):

- `unit.tipe`: the class/type of a unit kerja where the Perbup distinguishes it — RSUD Kelas/Tipe
  A–D (Barito Timur Lampiran I angka 3; Pekalongan Tabel 3.8–3.12), UPTD Tipe A/B (Pasuruan
  pola 8). "" = not stated.
- `anggota_tim.sementara` + `dasar_sementara`: Pekalongan Pasal 29, Ketua Tim Kerja sementara
  (acting ketua) and the appointment by the Kepala Unit Organisasi Pemilik Kinerja.
- `pengaturan_naskah.kop_setda`: the Sekretariat Daerah's kop for a Keputusan Sekretaris
  Daerah drafted by the PD (Kapuas Hulu Pasal 10(1), Lampiran II.1); `paraf`: the rows of the
  optional PARAF table (Barito Timur); empty = none.

Revision ID: 0005_profil_naskah
Revises: 0004_keamanan_data
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_profil_naskah"
down_revision = "0004_keamanan_data"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no batch copy: other tables reference these, foreign keys are on).
    op.add_column("unit", sa.Column("tipe", sa.String(10), nullable=False, server_default=""))
    op.add_column("anggota_tim", sa.Column("sementara", sa.Boolean(), nullable=False,
                                           server_default=sa.false()))
    op.add_column("anggota_tim", sa.Column("dasar_sementara", sa.String(300), nullable=False,
                                           server_default=""))
    op.add_column("pengaturan_naskah", sa.Column("kop_setda", sa.Text(), nullable=False,
                                                 server_default=""))
    op.add_column("pengaturan_naskah", sa.Column("paraf", sa.Text(), nullable=False,
                                                 server_default=""))


def downgrade() -> None:  # SQLite ≥ 3.35
    for table, column in (("pengaturan_naskah", "paraf"), ("pengaturan_naskah", "kop_setda"),
                          ("anggota_tim", "dasar_sementara"), ("anggota_tim", "sementara"),
                          ("unit", "tipe")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
