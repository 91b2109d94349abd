"""The records' database behind one small interface: SQLite embedded, or a PostgreSQL server."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from docverify.config import RECORDS
from docverify.errors import InputError

# The setting a site uses to point every workstation at one server (or one file) when the
# command line gives no --db: e.g. DOCVERIFY_RECORDS_DB=postgresql://docverify@db.site/docverify
ENV_RECORDS_DB = "DOCVERIFY_RECORDS_DB"
SERVER_SCHEMES = ("postgresql://", "postgres://")

# The PostgreSQL advisory locks (transaction-scoped) that serialise chain appends and schema
# creation across every connection to the database: fixed 64-bit keys, unlikely to be shared.
CHAIN_LOCK = int.from_bytes(hashlib.sha256(b"docverify-audit-chain").digest()[:8], "big",
                            signed=True)
SCHEMA_LOCK = CHAIN_LOCK ^ 1


def is_server_url(text: str | os.PathLike[str] | None) -> bool:
    return text is not None and str(text).lower().startswith(SERVER_SCHEMES)


def check_store_target(text: str | os.PathLike[str] | None) -> None:
    """Refuse a URL other than PostgreSQL's: taken as a file path it would make a file named
    after it (`sqlite:///x` -> ./sqlite:/x), and the user would not find the records."""
    if text is not None and "://" in str(text) and not is_server_url(text):
        raise InputError(f"{redact_url(str(text))}: not a store this can open: give a file path"
                         " or a postgresql://user@host/database URL")


def redact_url(url: str) -> str:
    """The URL as it may be shown: any password replaced by ***."""
    return re.sub(r"(://[^/:@]*:)[^/@]*@", r"\1***@", url)


class Backend(Protocol):
    """What the records store needs of a database. SQL is written with ``?`` placeholders and
    the DDL with ``{int}``, ``{text}`` and ``{blob}`` column types; each backend translates."""

    kind: str
    where: str  # the file or the URL (password hidden), for messages

    def execute(self, sql: str, args: Sequence[Any] = ()) -> None: ...

    def fetchone(self, sql: str, args: Sequence[Any] = ()) -> tuple[Any, ...] | None: ...

    def fetchall(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...

    def create_schema(self, ddl: str) -> None: ...

    def transaction(self, *, chain: bool = False) -> Any:
        """A write transaction, rolled back on any error; with ``chain``, no other writer can
        append to the chain until it ends."""

    def snapshot(self) -> Any:
        """A read-only transaction: every read inside sees one consistent state of the store."""

    def close(self) -> None: ...


class SqliteBackend:
    """One SQLite file in WAL mode; a write holds the file's single write lock (BEGIN IMMEDIATE),
    which also serialises chain appends between processes."""

    kind = "sqlite"
    types = {"int": "INTEGER", "text": "TEXT", "blob": "BLOB"}

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                      timeout=RECORDS.busy_timeout_s)
            self._wal()
            self.db.execute("PRAGMA synchronous=FULL")
        except (sqlite3.DatabaseError, OSError) as exc:
            raise InputError(f"{path}: not a usable docverify store ({exc})") from None

    def _wal(self) -> None:
        """Switch to WAL. On a new file that several processes open at once, the switch can be
        refused at once ("database is locked", without the busy timeout): try again until then."""
        deadline = time.monotonic() + RECORDS.busy_timeout_s
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def execute(self, sql: str, args: Sequence[Any] = ()) -> None:
        self.db.execute(sql, args)

    def fetchone(self, sql: str, args: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return self.db.execute(sql, args).fetchone()

    def fetchall(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, args).fetchall()

    def create_schema(self, ddl: str) -> None:
        try:
            self.db.executescript(ddl.format(**self.types))
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path}: not a usable docverify store ({exc})") from None

    @contextmanager
    def _tx(self, begin: str) -> Iterator[None]:
        self.db.execute(begin)
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def transaction(self, *, chain: bool = False) -> Any:
        return self._tx("BEGIN IMMEDIATE")

    def snapshot(self) -> Any:
        return self._tx("BEGIN")  # WAL: the first read fixes what the transaction sees

    def close(self) -> None:
        self.db.close()


class PostgresBackend:
    """One connection to a PostgreSQL server (psycopg 3, imported only here). Reads run in
    autocommit; a chain append takes a transaction-scoped advisory lock first, so two
    workstations never link two records to the same predecessor."""

    kind = "postgresql"
    # "C" collation: text compares byte by byte as in SQLite (ISO times, document numbers).
    types = {"int": "BIGINT", "text": 'TEXT COLLATE "C"', "blob": "BYTEA"}

    def __init__(self, url: str) -> None:
        self.path = None
        self.where = redact_url(url)
        try:
            import psycopg
        except ImportError:
            raise InputError("a PostgreSQL store needs psycopg: pip install 'docverify[postgres]'"
                             ) from None
        self._errors = psycopg.Error
        try:
            self.db = psycopg.connect(url, autocommit=True,
                                      connect_timeout=max(1, int(RECORDS.busy_timeout_s)))
            lock_ms = int(RECORDS.busy_timeout_s * 1000)
            self.db.execute(f"SET lock_timeout = {lock_ms}")
        except psycopg.Error as exc:
            raise InputError(f"{self.where}: cannot open the store ({_first_line(exc)})") from None

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, args: Sequence[Any] = ()) -> None:
        self.db.execute(self._sql(sql), args)

    def fetchone(self, sql: str, args: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        return self.db.execute(self._sql(sql), args).fetchone()

    def fetchall(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(self._sql(sql), args).fetchall()

    def create_schema(self, ddl: str) -> None:
        """Create what is missing, one workstation at a time (two concurrent CREATE TABLE IF NOT
        EXISTS can both try to create the table); nothing is run when every table exists, so a
        login with no CREATE right works on a schema its administrator made."""
        tables = re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", ddl)
        try:
            if all(self.fetchone("SELECT to_regclass(?)", (t,))[0] for t in tables):
                return
            with self.db.transaction():
                self.db.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
                for statement in ddl.format(**self.types).split(";"):
                    if statement.strip():
                        self.db.execute(statement)
        except self._errors as exc:
            raise InputError(f"{self.where}: cannot create the store's tables "
                             f"({_first_line(exc)})") from None

    @contextmanager
    def transaction(self, *, chain: bool = False) -> Iterator[None]:
        with self.db.transaction():
            if chain:
                self.db.execute("SELECT pg_advisory_xact_lock(%s)", (CHAIN_LOCK,))
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        with self.db.transaction():
            self.db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield

    def close(self) -> None:
        self.db.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def open_backend(path_or_url: str | Path) -> Backend:
    """SQLite for a file path, PostgreSQL for a ``postgresql://`` URL."""
    check_store_target(path_or_url)
    if is_server_url(path_or_url):
        return PostgresBackend(str(path_or_url))
    return SqliteBackend(Path(path_or_url))
