"""What every service shares: the database, who acts, today's date, and one session per use case."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from sistemkerja_desktop.db.engine import Database
from sistemkerja_desktop.domain.errors import StorageError, ValidationError


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down Windows set-ups
        return "pengguna"


@dataclass
class ServiceContext:
    db: Database
    actor: str = field(default_factory=_default_actor)
    today: Callable[[], dt.date] = dt.date.today

    @contextmanager
    def session(self, keterangan: str = "") -> Iterator[Session]:
        """A transaction: committed on success, rolled back on any error."""
        try:
            with self.db.session_factory.begin() as session:
                session.info["actor"] = self.actor
                session.info["keterangan"] = keterangan
                yield session
        except IntegrityError as exc:
            raise ValidationError(f"Data bertentangan dengan data yang sudah ada: {exc.orig}",
                                  code="integritas") from exc
        except OperationalError as exc:
            raise StorageError(f"Basis data {self.db.path} tidak dapat ditulis: {exc.orig}") \
                from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.db.session_factory() as session:
            yield session
