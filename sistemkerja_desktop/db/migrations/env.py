"""Alembic environment: runs on the connection handed over by `engine.open_database`.

Transactions: `open_database` runs the whole upgrade inside one `engine.begin()` on an engine
that emits its own `BEGIN` (`engine._begin`; the driver's implicit transactions are off), so
SQLite's DDL is transactional and every pending migration commits or rolls back together.
Alembic sees that outer transaction (`_in_external_transaction`) and makes
`begin_transaction()` a no-op, so `transaction_per_migration=True` would change nothing here
and is not set: a kill anywhere in an upgrade from 0001 to head leaves the file at its old
revision, which is what we want (tests/faults/test_migrasi_mati.py).
"""

from __future__ import annotations

from pathlib import Path

from alembic import context

from sistemkerja_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # command line use: `alembic -x db=FILE upgrade head`
        from sistemkerja_desktop.db.engine import make_engine  # its BEGIN makes DDL atomic

        path = Path(context.get_x_argument(as_dictionary=True)["db"])
        with make_engine(path).begin() as conn:
            _run_with(conn)
    else:
        _run_with(connection)


def _run_with(connection: object) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
