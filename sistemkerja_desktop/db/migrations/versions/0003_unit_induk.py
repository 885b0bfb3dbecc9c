"""Unit: `induk_tidak_diketahui` — an imported unit whose parent could not be inferred from the
file (hung under the root); `periksa` warns until the user sets or confirms its induk.

Revision ID: 0003_unit_induk
Revises: 0002_tim
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_unit_induk"
down_revision = "0002_tim"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy of `unit`: other tables reference it and foreign keys
    # are enforced on the connection).
    op.add_column("unit", sa.Column("induk_tidak_diketahui", sa.Boolean(), nullable=False,
                                    server_default=sa.false()))


def downgrade() -> None:
    op.execute("ALTER TABLE unit DROP COLUMN induk_tidak_diketahui")  # SQLite ≥ 3.35
