"""Opening the one SQLite file of an installation.

The file runs in WAL mode with foreign keys on. Before a pending migration the
file is copied to `backups/`. A file written by a newer version of the
application is refused before anything touches it: the version check opens it
read-only, so not even the journal mode is changed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

# How many migrations storage/migrations.py holds; tests/storage/test_migrations.py keeps the two equal.
# Kept here so that opening an up-to-date file never has to import the migrations (and sqlite-utils).
SCHEMA_VERSION = 11


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer version of the application."""

    def __init__(self, path: Path, found: int, known: int):
        super().__init__(f"{path}: schema version {found}, this version knows up to {known}")
        self.path = path
        self.found = found
        self.known = known


class DatabaseUnreadableError(RuntimeError):
    """The file is not a SQLite database (or is damaged beyond opening)."""


def read_schema_version(path: Path) -> int:
    """The schema version stored in `path`, read without writing anything (0 if absent)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    # Without a pending write-ahead log everything is in the file itself: open it as immutable, so that
    # SQLite does not even create -wal/-shm files beside it. With a log, read through it.
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    except sqlite3.Error as exc:  # pragma: no cover - depends on the OS refusing the open
        raise DatabaseUnreadableError(str(exc)) from exc
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadableError(str(exc)) from exc
    finally:
        conn.close()


def backup_copy(path: Path, backup_dir: Path, *, reason: str) -> Path:
    """Copy the live database (WAL included) to `backup_dir` with the online backup API."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{stamp}-{reason}.sqlite3"
    counter = 1
    while target.exists():
        target = backup_dir / f"{path.stem}-{stamp}-{reason}-{counter}.sqlite3"
        counter += 1
    source = sqlite3.connect(str(path))
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


class Database:
    """The handle every repository uses: sqlite-utils' Database, made on first need.

    Importing sqlite-utils costs ~60 ms, a quarter of the window's start, while the first screen only
    reads a few rows. Plain reads (`query`, `execute`) therefore go straight to sqlite3 and behave as
    sqlite-utils' own; anything else (`table`, `atomic`, `executescript`, `db[name]`…) is passed to a
    real sqlite_utils.Database over the same connection, built the first time one is needed.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._full: sqlite_utils.Database | None = None

    def query(self, sql: str, params: Any = None) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params or ())
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def execute(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, params or ())

    def close(self) -> None:
        self.conn.close()

    def full(self) -> sqlite_utils.Database:
        """The sqlite-utils Database over this connection."""
        if self._full is None:
            import sqlite_utils

            # No plugins: scanning installed packages for them costs ~20 ms.
            self._full = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._full

    def __getattr__(self, name: str) -> Any:
        return getattr(self.full(), name)

    def __getitem__(self, name: str) -> Any:
        return self.full()[name]


def connect(path: Path) -> Database:
    """A connection with the pragmas every connection needs."""
    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    # FULL: each commit reaches the disk before it returns, so a power cut loses nothing saved (NORMAL in
    # WAL mode may drop the commits since the last checkpoint). Writes are few and small: the cost is low.
    conn.execute("PRAGMA synchronous=FULL")
    return Database(conn)


def open_database(path: Path, backup_dir: Path) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Raises SchemaTooNewError, leaving the file untouched, when it is newer than
    this version of the application.
    """
    found = read_schema_version(path)
    if found > SCHEMA_VERSION:
        raise SchemaTooNewError(path, found, SCHEMA_VERSION)
    path.parent.mkdir(parents=True, exist_ok=True)
    if 0 < found < SCHEMA_VERSION:
        backup_copy(path, backup_dir, reason=f"before-v{SCHEMA_VERSION}")
    db = connect(path)
    if found < SCHEMA_VERSION:
        migrate(db)
    return db


def migrate(db: Database) -> None:
    """Apply pending migrations and record the schema version."""
    from cdtt_desktop.storage.migrations import MIGRATIONS

    MIGRATIONS.apply(db.full())
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """Every write goes through here: one transaction (a savepoint when nested)."""
    with db.atomic():
        yield db
