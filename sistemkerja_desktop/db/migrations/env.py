"""Alembic environment: runs on the connection handed over by `engine.open_database`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from sistemkerja_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # command line use: `alembic -x db=FILE upgrade head`
        url = f"sqlite:///{context.get_x_argument(as_dictionary=True)['db']}"
        with create_engine(url).begin() as conn:
            _run_with(conn)
    else:
        _run_with(connection)


def _run_with(connection: object) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
