"""What every service shares: the database, who acts, today's date, and one session per use case."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from sistemkerja_desktop.db.engine import Database
from sistemkerja_desktop.domain.errors import (
    ConflictError,
    ReadOnlyError,
    StorageError,
    ValidationError,
)

CONFLICT_MESSAGE = "Data ini diubah di tempat lain sejak dibuka — muat ulang, lalu ulangi."


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down Windows set-ups
        return "pengguna"


# The name recorded beside the OS user in the audit log (`audit_log.pengguna`) when the CLI runs;
# the GUI sets `ServiceContext.pengguna` from Pengaturan › Pengguna.
PENGGUNA_ENV = "SISTEMKERJA_PENGGUNA"
PENGGUNA_MAX = 100  # audit_log.pengguna is String(100)


def clean_pengguna(name: str) -> str:
    """A chosen user name as recorded: one line, trimmed, at most 100 characters."""
    return " ".join(str(name).split())[:PENGGUNA_MAX]


def _default_pengguna() -> str:
    return clean_pengguna(os.environ.get(PENGGUNA_ENV, ""))


@dataclass
class ServiceContext:
    db: Database
    actor: str = field(default_factory=_default_actor)
    today: Callable[[], dt.date] = dt.date.today
    # Who acts, as named in the app (Pengaturan › Pengguna) or by $SISTEMKERJA_PENGGUNA; "" =
    # only the OS user (`actor`) is known.
    pengguna: str = field(default_factory=_default_pengguna)

    @contextmanager
    def session(self, keterangan: str = "") -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE; on a server, its write lock): committed on
        success, rolled back on any error."""
        if self.db.read_only:
            raise ReadOnlyError(f"Tidak disimpan: {self.db.label} dibuka "
                                f"hanya-baca ({self.db.read_only_reason}).")
        try:
            with self.db.write_factory.begin() as session:
                session.info["actor"] = self.actor
                session.info["pengguna"] = clean_pengguna(self.pengguna)
                session.info["keterangan"] = keterangan
                yield session
        except IntegrityError as exc:
            raise ValidationError(integrity_message(str(exc.orig), exc.orig),
                                  code="integritas") from exc
        except StaleDataError as exc:
            raise ConflictError(CONFLICT_MESSAGE) from exc
        except OperationalError as exc:
            raise StorageError(storage_message(self.db.label, str(exc.orig))) from exc
        except DataError as exc:  # a server refusing a value (SQLite stores any)
            raise ValidationError(data_message(str(exc.orig)), code="integritas") from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.db.session_factory() as session:
            yield session


_UNIQUE = re.compile(r"UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)")


_PG_KEY = re.compile(r"Key \(([^)]*)\)=")


def _pg_columns(text: str, orig: object) -> tuple[str, str, str]:
    """(sqlstate, table, columns) of a PostgreSQL constraint error ("" when not one)."""
    state = str(getattr(orig, "sqlstate", "") or "")
    diag = getattr(orig, "diag", None)
    table = str(getattr(diag, "table_name", "") or "")
    key = _PG_KEY.search(text)
    columns = key.group(1) if key else str(getattr(diag, "column_name", "") or "")
    return state, table, columns


def integrity_message(text: str, orig: object = None) -> str:
    """SQLite's (or PostgreSQL's) English constraint message, said in Indonesian."""
    state, table, columns = _pg_columns(text, orig)
    if state == "23505":  # unique_violation
        text = "UNIQUE constraint failed: " + ", ".join(
            f"{table}.{c.strip()}" for c in columns.split(","))
    elif state == "23503":  # foreign_key_violation
        text = "FOREIGN KEY constraint failed"
    elif state == "23502":  # not_null_violation
        text = f"NOT NULL constraint failed: {table}.{columns}"
    unique = _UNIQUE.search(text)
    if unique:
        kolom = ", ".join(part.split(".")[-1] for part in unique.group(1).split(", "))
        tabel = unique.group(1).split(".")[0]
        return (f"Tidak disimpan: {kolom} sudah dipakai data {tabel} lain (harus unik). Tidak "
                "ada yang diubah.")
    if "FOREIGN KEY" in text:
        return ("Tidak disimpan: data ini masih dirujuk data lain, atau merujuk data yang sudah "
                "tidak ada. Tidak ada yang diubah.")
    if "NOT NULL" in text:
        kolom = text.rsplit(".", 1)[-1]
        return f"Tidak disimpan: {kolom} wajib diisi. Tidak ada yang diubah."
    return "Tidak disimpan: data bertentangan dengan data yang sudah ada. Tidak ada yang diubah."


def storage_message(label: str, text: str) -> str:
    """`label`: `Database.label` ("berkas data NAMA.sqlite" / "basis data NAMA di server X")."""
    lowered = text.lower()
    what = label[:1].upper() + label[1:]
    if "locked" in lowered or "busy" in lowered or "lock timeout" in lowered \
            or "deadlock" in lowered:
        return (f"{what} sedang dipakai proses lain (terkunci); tunggu sebentar lalu "
                "ulangi. Tidak ada yang diubah.")
    if "readonly" in lowered or "read-only" in lowered:
        return f"{what} tidak dapat ditulis (hanya-baca). Tidak ada yang diubah."
    if ("disk" in lowered and "full" in lowered) or "no space left" in lowered:
        return f"Disk penuh: {label} tidak dapat ditulis. Tidak ada yang diubah."
    return f"{what} tidak dapat ditulis ({text.strip()}). Tidak ada yang diubah."


_LENGTH = re.compile(r"character varying\((\d+)\)")


def data_message(text: str) -> str:
    """A value the server refused (too long, out of range), in Indonesian."""
    length = _LENGTH.search(text)
    if length:
        return (f"Tidak disimpan: isian lebih panjang dari {length.group(1)} karakter. Tidak "
                "ada yang diubah.")
    if "out of range" in text:
        return ("Tidak disimpan: sebuah bilangan atau tanggal di luar rentang. Tidak ada yang "
                "diubah.")
    return (f"Tidak disimpan: sebuah isian tidak dapat disimpan ({text.strip().splitlines()[0]})."
            " Tidak ada yang diubah.")
