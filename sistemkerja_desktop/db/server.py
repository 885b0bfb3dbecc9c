"""One office database on a PostgreSQL server, shared by several users (issue #12).

The same models and the same Alembic migrations as the SQLite file; what differs is said here:

- **Where**: `--db postgresql://pengguna@server/basisdata` (psycopg 3). The password is never kept
  in a display or a message: give it in the address, in $PGPASSWORD or in the user's `.pgpass`
  (libpq reads both). `ServerPath` stands where the rest of the app expects the data file's
  `Path`: its text is the address without the password, it is never a file.
- **Writes**: SQLite's `BEGIN IMMEDIATE` made every write transaction wait for the one before.
  Here every write transaction takes one transaction-level advisory lock first
  (`pg_advisory_xact_lock`, `lock_writes`), so a service's read-check-write (the next official
  number, the tail of the audit chain, a one-kedudukan-per-date check) cannot interleave with
  another user's; it waits `lock_timeout` (10 s, as SQLite's busy timeout) and then says the
  database is busy. Reading sessions run in REPEATABLE READ: one snapshot for every query of a
  read, as a SQLite read transaction has.
- **Columns**: SQLite does not enforce VARCHAR lengths; the app's own checks do. Strings are
  therefore unbounded VARCHAR on the server too (`_unbounded_varchar`), so a value saved on a
  laptop can always move to the server (`sistemkerja salin`) and back.
- **The audit anchor** (the id of the last audit row) is the row `meta_berkas.jangkar_audit`
  instead of SQLite's `PRAGMA user_version` (db/audit.py).
- **File things** — backups beside the file, *Pulihkan*, the lock file, `PRAGMA
  integrity_check` — do not exist on a server: its administrator backs it up (`pg_dump`).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, String, create_engine, event, make_url
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.compiler import compiles

from sistemkerja_desktop.domain.errors import StorageError, ValidationError

log = logging.getLogger(__name__)

SCHEMES = frozenset({"postgresql", "postgres", "postgresql+psycopg"})
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432

# pg_advisory_xact_lock(CLASS, WRITE_LOCK): the app's one write lock per database. Two int4
# keys: CLASS names the application ("SK"), so another program's advisory locks never clash.
LOCK_CLASS = 0x534B
WRITE_LOCK = 1
LOCK_TIMEOUT = "10s"  # as SQLite's busy timeout in db/engine.py
CONNECT_TIMEOUT = 10  # seconds

CODE_SERVER = "server_tidak_tersedia"
CODE_SERVER_ONLY_FILE = "hanya_untuk_berkas"
CODE_ADDRESS = "alamat_tidak_sah"


# ---- addresses --------------------------------------------------------------------------------

_BasePath: Any = type(Path())


class ServerPath(_BasePath):  # type: ignore[misc]
    """A database on a server where the app expects the data file's `Path`: its text is the
    address without the password (`postgresql://pengguna@server:5432/basisdata`); as a path it
    is only the database's name (`.name`, `.stem`: no folder, nothing a file system could
    misread), it resolves to itself and equals only the same address. `.url` (with the
    password, if one was given) is used only to connect. It names no file: whatever would be a
    file beside it (backups, the lock) is refused first."""

    _shown: str = ""
    _url: URL | None = None

    @classmethod
    def of(cls, url: URL) -> ServerPath:
        url = url.set(drivername=DRIVER)
        shown = URL.create("postgresql", username=url.username, host=url.host, port=url.port,
                           database=url.database, query=url.query).render_as_string(
            hide_password=False)  # (`URL.set(password=None)` would keep the password)
        made = cls(re.sub(r"[\\/:*?\"<>|]", "_", url.database or "") or "basis-data")
        made._shown = shown
        made._url = url
        return made

    @property
    def url(self) -> URL:
        if self._url is None:
            raise ValueError("not a server address")
        return self._url

    @property
    def label(self) -> str:
        """"basis data NAMA di server HOST" — for messages."""
        return f"basis data {self.url.database} di server {self.url.host or 'localhost'}"

    def __str__(self) -> str:
        return self._shown or super().__str__()

    def __repr__(self) -> str:
        return f"ServerPath({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(self, ServerPath) and self._url is not None:
            return isinstance(other, ServerPath) and str(other) == str(self)
        return super().__eq__(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def resolve(self, strict: bool = False) -> ServerPath:
        return self

    def absolute(self) -> ServerPath:
        return self


def is_server(target: object) -> bool:
    return isinstance(target, ServerPath) and target._url is not None


def _scheme(text: str) -> str:
    head, sep, _rest = text.partition("://")
    return head.strip().lower() if sep and re.fullmatch(r"[A-Za-z][\w+.-]*", head.strip()) else ""


def hide_password(text: str) -> str:
    """`text` with the password of an address (`//user:SANDI@`) blanked, for messages."""
    return re.sub(r"(//[^/:@\s]*):[^@/\s]*@", r"\1:***@", text)


def parse_target(value: str | os.PathLike[str]) -> Path:
    """What `--db` (or *Buka server…*) names: a `ServerPath` for `postgresql://…`, the file's
    `Path` for a plain path or `sqlite:///FILE`. An unknown scheme or a broken address is a
    ValidationError (the password never echoed)."""
    if isinstance(value, ServerPath):
        return value
    text = os.fspath(value) if not isinstance(value, str) else value
    scheme = _scheme(text)
    if not scheme:
        return Path(text)
    if scheme not in SCHEMES and not scheme.startswith("sqlite"):
        raise ValidationError(
            f"Alamat basis data {hide_password(text)} tidak dikenal: pakai berkas .sqlite "
            "(mis. kantor.sqlite atau sqlite:///kantor.sqlite) atau server PostgreSQL "
            "(postgresql://pengguna@server/basisdata).", field="db", code=CODE_ADDRESS)
    try:
        url = make_url(text.strip())
    except ArgumentError:
        raise ValidationError(f"Alamat basis data {hide_password(text)} tidak sah.",
                              field="db", code=CODE_ADDRESS) from None
    if scheme.startswith("sqlite"):
        if not url.database:
            raise ValidationError(f"Alamat {text} tidak menyebut berkas SQLite "
                                  "(sqlite:///kantor.sqlite).", field="db", code=CODE_ADDRESS)
        return Path(url.database).expanduser()
    if not url.database:
        raise ValidationError(
            f"Alamat {hide_password(text)} tidak menyebut nama basis data di server "
            "(postgresql://pengguna@server/basisdata).", field="db", code=CODE_ADDRESS)
    return ServerPath.of(url)


def server_url(host: str, database: str, *, user: str = "", password: str = "",
               port: int | None = None) -> ServerPath:
    """The address from its parts (*Buka server…*)."""
    url = URL.create(DRIVER, username=user or None, password=password or None,
                     host=host.strip() or None, port=port, database=database.strip())
    return ServerPath.of(url)


def refuse_file_operation(target: Path, what: str) -> StorageError:
    """The StorageError for a file operation (`what`: "Cadangan", "Pemulihan dari cadangan",
    …) asked of a server database."""
    label = target.label if is_server(target) else str(target)
    return StorageError(
        f"{what} tidak berlaku untuk {label}: data di server PostgreSQL dicadangkan dan "
        "dipulihkan oleh admin server (mis. pg_dump / pg_restore). Tidak ada yang diubah.",
        code=CODE_SERVER_ONLY_FILE)


# ---- the engine -------------------------------------------------------------------------------

@compiles(String, "postgresql")
def _unbounded_varchar(element: String, compiler: Any, **kw: Any) -> str:
    """String(n) → VARCHAR without a length on the server: lengths are the app's checks, as in
    SQLite, which never enforces them (see the module text)."""
    return "VARCHAR"


def make_server_engine(target: ServerPath, write_option: str) -> Engine:
    try:
        import psycopg  # noqa: F401 - the driver; a message instead of ModuleNotFoundError
    except ImportError as exc:
        raise StorageError(
            f"Dukungan server PostgreSQL belum terpasang (paket psycopg), jadi {target.label} "
            "tidak dapat dibuka. Pasang: pip install 'psycopg[binary]'.",
            code=CODE_SERVER) from exc
    # QueuePool (the default): a few connections kept open per app, checked before use
    # (`pool_pre_ping`), so a server restart costs one reconnect, not an error.
    engine = create_engine(
        target.url, pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT,
                      "application_name": "sistemkerja-desktop",
                      "options": f"-c lock_timeout={LOCK_TIMEOUT}"})

    def begin(conn: Connection) -> None:
        if conn.get_execution_options().get(write_option, False):
            lock_writes(conn)

    event.listen(engine, "begin", begin)

    def on_error(context: ExceptionContext) -> None:
        exc = context.original_exception
        if context.is_pre_ping:  # the pool reconnects by itself
            return
        if context.is_disconnect or _sqlstate(exc).startswith("08") \
                or _sqlstate(exc) in ("57P01", "57P02", "57P03"):
            raise StorageError(connection_message(target, exc), code=CODE_SERVER) from exc

    event.listen(engine, "handle_error", on_error)
    return engine


def lock_writes(conn: Connection) -> None:
    """Wait for (and hold until the transaction ends) the database's write lock; taken again by
    the same transaction it returns at once."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_CLASS}, {WRITE_LOCK})")


def current_revision(conn: Connection) -> str | None:
    if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


# ---- errors -----------------------------------------------------------------------------------

def _sqlstate(exc: BaseException | None) -> str:
    orig = getattr(exc, "orig", exc)
    return str(getattr(orig, "sqlstate", "") or "")


def connection_message(target: ServerPath, exc: BaseException) -> str:
    """Why the server cannot be used, in Indonesian, naming server, database and user (never
    the password). The driver's English text goes to the log."""
    url = target.url
    where = (f"server basis data {url.host or 'localhost'}:{url.port or DEFAULT_PORT} "
             f"(basis data {url.database}, pengguna {url.username or '(bawaan)'})")
    orig = getattr(exc, "orig", None) or exc
    text = hide_password(str(orig)).lower()
    log.info("Server connection failed: %s", hide_password(str(orig)).splitlines()[0:1])
    state = _sqlstate(exc)
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return (f"Basis data {url.database} belum ada di {where}. Minta admin server "
                f"membuatnya (mis. createdb {url.database}); aplikasi lalu mengisi skemanya.")
    if state in ("28P01", "28000") or "password" in text or "authentication" in text:
        return (f"Masuk ke {where} ditolak: pengguna atau kata sandi salah, atau pengguna ini "
                "tidak diizinkan. Periksa kata sandinya ($PGPASSWORD atau .pgpass).")
    if "refused" in text or "no route" in text or "could not translate host" in text \
            or "name or service not known" in text or "timeout" in text \
            or "timed out" in text:
        return (f"{where[0].upper()}{where[1:]} tidak dapat dihubungi: server tidak menjawab "
                "(belum berjalan, alamat atau port salah, atau jaringan terputus).")
    if state == "42501" or "permission denied" in text:
        return (f"Pengguna {url.username or '(bawaan)'} tidak berhak memakai {where}; minta "
                "admin server memberi hak.")
    if "server closed the connection" in text or "terminating connection" in text \
            or "connection" in text:
        return f"Hubungan ke {where} terputus. Tidak ada yang diubah; ulangi sebentar lagi."
    return f"{where[0].upper()}{where[1:]} tidak dapat dipakai ({_first_line(orig)})."


def _first_line(exc: BaseException) -> str:
    lines = hide_password(str(exc)).strip().splitlines()
    return lines[0] if lines else type(exc).__name__

