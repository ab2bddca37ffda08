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

import sqlite_utils

from cdtt_desktop.storage.migrations import MIGRATIONS, SCHEMA_VERSION


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


def connect(path: Path) -> sqlite_utils.Database:
    """A connection with the pragmas every connection needs."""
    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    # No sqlite-utils plugins: scanning installed packages for them costs ~20 ms at every start.
    return sqlite_utils.Database(conn, execute_plugins=False)


def open_database(path: Path, backup_dir: Path) -> sqlite_utils.Database:
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
    migrate(db)
    return db


def migrate(db: sqlite_utils.Database) -> None:
    """Apply pending migrations and record the schema version."""
    MIGRATIONS.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Every write goes through here: one transaction (a savepoint when nested)."""
    with db.atomic():
        yield db
