"""Declarative base and the columns every record has: id, stable UUID, created/updated stamps."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """Mixin: integer key for joins, UUID for merging between laptops, audit stamps."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow,
                                                    server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow,
                                                    server_default=func.current_timestamp())
    # Optimistic version (migration 0004): raised by every ORM update, which also checks it
    # (SQLAlchemy `version_id_col`); forms carry the version they showed and a save of an older
    # one is refused ("diubah di tempat lain").
    versi: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.versi}  # type: ignore[attr-defined]
