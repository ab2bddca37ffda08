"""Each named migration has its own test; a meta-test fails when one lacks it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cdtt_desktop.storage.database import (
    SCHEMA_VERSION,
    Database,
    SchemaTooNewError,
    connect,
    open_database,
    read_schema_version,
)
from cdtt_desktop.storage.migrations import MIGRATIONS


def db_until(path: Path, name: str) -> Database:
    """A database with every migration applied up to and including `name`."""
    db = connect(path)
    names = [m.name for m in MIGRATIONS._migrations]
    after = names[names.index(name) + 1:]
    MIGRATIONS.apply(db, stop_before=after[0] if after else None)
    return db


def columns(db: Database, table: str) -> set[str]:
    return {c.name for c in db[table].columns}


RECORD = {"id", "created_at", "updated_at", "created_by", "updated_by", "revision", "deleted_at"}


def test_m001_settings_audit_units(tmp_path: Path) -> None:
    """m001 creates settings, audit_log and the unit tree with validity window, successor and FTS."""
    db = db_until(tmp_path / "x.sqlite3", "m001_settings_audit_units")
    assert {"settings", "audit_log", "units", "units_fts"} <= set(db.table_names())
    assert RECORD | {"kind", "name_sort", "valid_from", "valid_to", "successor_id", "parent_id"} <= columns(
        db, "units")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO units (id, created_at, updated_at, kind, name, name_sort) "
                   "VALUES ('a', 't', 't', 'planet', 'X', 'x')")
    assert "plans" not in db.table_names()


def test_m002_plans(tmp_path: Path) -> None:
    """m002 adds plans with content groups, channels, campaigns (end ≥ start) and positive targets."""
    db = db_until(tmp_path / "x.sqlite3", "m002_plans")
    assert {"plans", "content_groups", "channels", "campaigns", "targets"} <= set(db.table_names())
    db.execute("INSERT INTO plans (id, created_at, updated_at, year, title) VALUES ('p', 't', 't', 2026, 'KH')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO campaigns (id, created_at, updated_at, plan_id, name, starts_on, ends_on) "
                   "VALUES ('c', 't', 't', 'p', 'X', '2026-05-30', '2026-05-01')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO targets (id, created_at, updated_at, plan_id, description, quantity, period) "
                   "VALUES ('t', 't', 't', 'p', 'X', 0, 'day')")


def test_m003_activities(tmp_path: Path) -> None:
    """m003 adds activities with sort key, folded search column, FTS and foreign keys to the plan."""
    db = db_until(tmp_path / "x.sqlite3", "m003_activities")
    assert {"title_sort", "search_text", "channel_id", "participants"} <= columns(db, "activities")
    assert "activities_fts" in db.table_names()
    with pytest.raises(sqlite3.IntegrityError):  # foreign keys are on: no such channel
        db.execute("INSERT INTO activities (id, created_at, updated_at, occurred_on, title, title_sort, "
                   "channel_id) VALUES ('a', 't', 't', '2026-01-01', 'T', 't', 'nope')")


def test_m004_attachments(tmp_path: Path) -> None:
    """m004 adds content-addressed attachments and their links to records."""
    db = db_until(tmp_path / "x.sqlite3", "m004_attachments")
    assert {"sha256", "size", "has_thumbnail"} <= columns(db, "attachments")
    assert RECORD | {"record_table", "record_id", "sha256", "file_name"} <= columns(db, "record_attachments")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO attachments (sha256, size, created_at) VALUES ('short', 1, 't')")


def test_every_migration_has_a_test_and_a_docstring() -> None:
    """Meta-test: a migration without its own test_<name> above, or without a docstring, fails here."""
    here = globals()
    for migration in MIGRATIONS._migrations:
        assert f"test_{migration.name}" in here, f"migration {migration.name} has no test"
        assert migration.fn.__doc__, f"migration {migration.name} has no docstring"


def test_schema_version_is_recorded(tmp_path: Path) -> None:
    """After opening, PRAGMA user_version equals the number of migrations (SCHEMA_VERSION is kept in step)."""
    open_database(tmp_path / "x.sqlite3", tmp_path / "backups").close()
    assert read_schema_version(tmp_path / "x.sqlite3") == SCHEMA_VERSION == len(MIGRATIONS._migrations)


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    """Every connection runs in WAL mode with foreign keys enforced and commits synced to disk (FULL)."""
    db = open_database(tmp_path / "x.sqlite3", tmp_path / "backups")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_backup_is_made_before_a_pending_migration(tmp_path: Path) -> None:
    """An older database is copied to backups/ before it is migrated; the copy holds the old data."""
    path = tmp_path / "x.sqlite3"
    db = db_until(path, "m001_settings_audit_units")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO settings VALUES ('officer_name', '\"An\"', 't')")
    db.conn.commit()
    db.close()
    open_database(path, tmp_path / "backups").close()
    copies = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "activities" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}
    assert old.execute("SELECT value FROM settings").fetchone()[0] == '"An"'


def test_no_backup_for_a_new_or_current_database(tmp_path: Path) -> None:
    """A fresh file, or one already at this version, needs no copy."""
    open_database(tmp_path / "x.sqlite3", tmp_path / "backups").close()
    open_database(tmp_path / "x.sqlite3", tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    """A file from a newer schema raises SchemaTooNewError and keeps every byte (no WAL switch either)."""
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(path, tmp_path / "backups")
    assert caught.value.found == SCHEMA_VERSION + 5
    assert path.read_bytes() == before
    assert not (tmp_path / "x.sqlite3-wal").exists()


def test_m005_activity_covering_indexes(tmp_path: Path) -> None:
    """m005 replaces the single-column activity indexes with ones that cover counts, and gathers statistics."""
    db = db_until(tmp_path / "x.sqlite3", "m005_activity_covering_indexes")
    names = {i.name for i in db.table("activities").indexes}
    assert {"activities_live_totals", "activities_channel_live", "activities_unit_live"} <= names
    assert "activities_channel" not in names
    assert "sqlite_stat1" in db.table_names()
    plan = db.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM activities WHERE channel_id = 'x' "
                      "AND deleted_at IS NULL").fetchall()
    assert "COVERING INDEX activities_channel_live" in str(plan)


def test_m006_activity_search_prefix_index(tmp_path: Path) -> None:
    """m006 rebuilds the activity index with 1–3 letter prefixes; rows already there stay searchable."""
    path = tmp_path / "x.sqlite3"
    db = db_until(path, "m005_activity_covering_indexes")
    db.execute("INSERT INTO plans (id, created_at, updated_at, year, title) VALUES ('p', 't', 't', 2026, 'KH')")
    db.execute("INSERT INTO channels (id, created_at, updated_at, plan_id, code, name) "
               "VALUES ('c', 't', 't', 'p', 'x', 'X')")
    db.execute("INSERT INTO activities (id, created_at, updated_at, occurred_on, title, title_sort, channel_id, "
               "search_text) VALUES ('a', 't', 't', '2026-05-01', 'T', 't', 'c', 'tuyen truyen')")
    db.conn.commit()
    MIGRATIONS.apply(db)
    assert "prefix='1 2 3'" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'activities_fts'").fetchone()[0]
    match = "SELECT rowid FROM activities_fts WHERE activities_fts MATCH ?"
    assert db.execute(match, ['"t"*']).fetchall() == [(1,)]
    db.execute("UPDATE activities SET search_text = 'doi thoai' WHERE id = 'a'")
    assert db.execute(match, ['"t"*']).fetchall() == [(1,)]  # 'thoai' now
    assert db.execute(match, ['"tuyen"']).fetchall() == []


def test_up_to_date_file_opens_without_sqlite_utils(tmp_path: Path) -> None:
    """Opening a current file and reading rows needs no sqlite-utils import (it costs a quarter of the start)."""
    import subprocess
    import sys

    open_database(tmp_path / "x.sqlite3", tmp_path / "b").close()
    code = ("import sys; from pathlib import Path; from cdtt_desktop.storage.database import open_database; "
            f"db = open_database(Path({str(tmp_path / 'x.sqlite3')!r}), Path('b')); "
            "list(db.query('SELECT * FROM settings')); print('sqlite_utils' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_lazy_handle_reads_like_sqlite_utils(tmp_path: Path) -> None:
    """query() gives the same dicts as sqlite-utils, and table helpers reach the real Database."""
    db = open_database(tmp_path / "x.sqlite3", tmp_path / "b")
    db.table("settings").insert({"key": "k", "value": '"v"', "updated_at": "t"})
    assert list(db.query("SELECT key, value FROM settings")) == list(db.full().query("SELECT key, value FROM settings"))
    assert db["settings"].count == 1


def test_m007_stories(tmp_path: Path) -> None:
    """m007 adds stories (kind/status checked, FTS with prefixes), frozen revisions, events, file roles."""
    path = tmp_path / "x.sqlite3"
    db = db_until(path, "m006_activity_search_prefix_index")
    db.execute("INSERT INTO attachments (sha256, size, created_at) VALUES (?, 1, 't')", ["a" * 64])
    db.execute("INSERT INTO record_attachments (id, created_at, updated_at, record_table, record_id, sha256, "
               "file_name) VALUES ('l', 't', 't', 'activities', 'x', ?, 'a.jpg')", ["a" * 64])
    db.conn.commit()
    MIGRATIONS.apply(db.full())
    assert RECORD | {"kind", "status", "title_sort", "grassroots_unit_id", "campaign_id", "year", "story_revision",
                     "content", "return_comment", "search_text"} <= columns(db, "stories")
    assert {"story_id", "revision", "content", "files", "finalised_at", "finalised_by"} <= columns(
        db, "story_revisions")
    assert {"story_id", "at", "actor", "from_status", "to_status", "comment", "revision"} <= columns(
        db, "story_events")
    # Links made before the migration get an empty role and caption.
    assert db.execute("SELECT role, caption FROM record_attachments").fetchall() == [("", "")]
    insert = ("INSERT INTO stories (id, created_at, updated_at, kind, status, year, search_text) "
              "VALUES (?, 't', 't', ?, ?, 2026, ?)")
    db.execute(insert, ["s", "person", "draft", "guong nguoi tot"])
    for kind, status in (("planet", "draft"), ("person", "lost")):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(insert, ["bad", kind, status, ""])
    assert "prefix='1 2 3'" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'stories_fts'").fetchone()[0]
    match = "SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?"
    assert db.execute(match, ['"g"*']).fetchall() == [(1,)]
    db.execute("UPDATE stories SET search_text = 'mo hinh' WHERE id = 's'")
    assert db.execute(match, ['"guong"']).fetchall() == []
    db.execute("INSERT INTO story_revisions (story_id, revision, content, finalised_at) VALUES ('s', 1, '{}', 't')")
    with pytest.raises(sqlite3.IntegrityError):  # one frozen copy per revision
        db.execute("INSERT INTO story_revisions (story_id, revision, content, finalised_at) "
                   "VALUES ('s', 1, '{}', 't')")
    with pytest.raises(sqlite3.IntegrityError):  # foreign keys: no such story
        db.execute("INSERT INTO story_events (story_id, at, to_status) VALUES ('nope', 't', 'draft')")


def test_m008_housing_cases(tmp_path: Path) -> None:
    """m008 adds cases (checked steps, unique numbers, prefix FTS), timeline, rules per year, privacy flags."""
    db = db_until(tmp_path / "x.sqlite3", "m007_stories")
    db.execute("INSERT INTO attachments (sha256, size, created_at) VALUES (?, 1, 't')", ["a" * 64])
    db.execute("INSERT INTO record_attachments (id, created_at, updated_at, record_table, record_id, sha256, "
               "file_name) VALUES ('l', 't', 't', 'stories', 'x', ?, 'a.jpg')", ["a" * 64])
    db.conn.commit()
    MIGRATIONS.apply(db.full())
    assert RECORD | {"number", "step", "year", "grassroots_unit_id", "beneficiary_name", "beneficiary_sort",
                     "build_kind", "content", "requested", "approved", "due_on", "returned_from", "anonymised",
                     "search_text"} <= columns(db, "housing_cases")
    assert {"case_id", "step", "done_on", "responsible", "notes", "data", "at", "actor", "justification"} <= columns(
        db, "housing_steps")
    assert RECORD | {"year", "province", "values"} <= columns(db, "housing_rules")
    # Links made before the migration: no step, not sensitive, not for publicity.
    assert db.execute("SELECT step, sensitive, publicity FROM record_attachments").fetchall() == [("", 0, 0)]
    with pytest.raises(sqlite3.IntegrityError):  # a sensitive file can never be marked for publicity
        db.execute("UPDATE record_attachments SET sensitive = 1, publicity = 1 WHERE id = 'l'")
    insert = ("INSERT INTO housing_cases (id, created_at, updated_at, number, step, year, requested, search_text) "
              "VALUES (?, 't', 't', ?, ?, 2026, ?, ?)")
    db.execute(insert, ["c", 1, "request", 60_000_000, "nguyen thi lan"])
    for number, step, requested in ((2, "building", 0), (1, "survey", 0), (3, "survey", -1)):
        with pytest.raises(sqlite3.IntegrityError):  # unknown step, a number used twice, negative đồng
            db.execute(insert, [f"bad{number}", number, step, requested, ""])
    assert "prefix='1 2 3'" in db.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'housing_cases_fts'").fetchone()[0]
    match = "SELECT rowid FROM housing_cases_fts WHERE housing_cases_fts MATCH ?"
    assert db.execute(match, ['"ng"*']).fetchall() == [(1,)]
    db.execute("UPDATE housing_cases SET search_text = 'tran van binh' WHERE id = 'c'")
    assert db.execute(match, ['"lan"']).fetchall() == []
    rules = "INSERT INTO housing_rules (id, created_at, updated_at, year, province) VALUES (?, 't', 't', 2026, '')"
    db.execute(rules, ["r1"])
    with pytest.raises(sqlite3.IntegrityError):  # one live set of rules per year and province
        db.execute(rules, ["r2"])
    with pytest.raises(sqlite3.IntegrityError):  # foreign keys: no such case
        db.execute("INSERT INTO housing_steps (case_id, step, done_on, at) VALUES ('nope', 'survey', 'd', 't')")


def test_m009_documents(tmp_path: Path) -> None:
    """m009 adds the register: one live number per unit, year and kind; checked kinds and hashes."""
    db = db_until(tmp_path / "x.sqlite3", "m008_housing_cases")
    db.execute("INSERT INTO units (id, created_at, updated_at, kind, name, name_sort) VALUES ('u', 't', 't', "
               "'own', 'CĐ', 'cd')")
    db.conn.commit()
    MIGRATIONS.apply(db.full())
    assert RECORD | {"kind", "number", "year", "unit_id", "issued_on", "number_text", "subject", "signer", "source",
                     "pdf_sha256", "data_sha256", "content_sha256", "data", "profile", "file_name", "size",
                     "pages"} <= columns(db, "documents")
    insert = ("INSERT INTO documents (id, created_at, updated_at, kind, number, year, unit_id, issued_on, "
              "number_text, pdf_sha256, data_sha256, content_sha256, data, profile, file_name, size, pages, "
              "deleted_at) VALUES (?, 't', 't', ?, ?, 2026, 'u', '2026-11-29', 'Số', ?, ?, ?, '{}', '{}', 'f', 1, 1, "
              "?)")
    h = "a" * 64
    db.execute(insert, ["d1", "BC", 5, h, h, h, None])
    db.execute(insert, ["d2", "TTr", 5, h, h, h, None])  # another kind keeps its own series
    db.execute(insert, ["d3", "BC", 5, h, h, h, "2026-11-29"])  # a number of a cancelled row may be reused
    for row in (["d4", "BC", 5, h, h, h, None], ["d5", "XX", 6, h, h, h, None], ["d6", "BC", 7, "short", h, h, None],
                ["d7", "BC", 0, h, h, h, None]):
        with pytest.raises(sqlite3.IntegrityError):  # a number twice, unknown kind, bad hash, number 0
            db.execute(insert, row)


def test_m010_bundles_outbox_inbox(tmp_path: Path) -> None:
    """m010: outbox states, pinned keys, imported bundles, inbox rows; a return needs its comment."""
    db = db_until(tmp_path / "x.sqlite3", "m009_documents")
    MIGRATIONS.apply(db.full())
    assert {"item_id", "revision", "item_type", "state", "bundle_id", "sent_at", "decision_comment"} <= columns(
        db, "outbox")
    assert {"sender_id", "unit_name", "role", "public_key", "fingerprint", "offered_key"} <= columns(
        db, "trusted_keys")
    db.execute("INSERT INTO trusted_keys VALUES ('s', 'CĐ', 'lower', 'k', 'f', 't', NULL, NULL)")
    db.execute("INSERT INTO bundles (bundle_id, kind, direction, sender_id, created_at, handled_at) "
               "VALUES ('b', 'submission', 'in', 's', 't', 't')")
    insert = ("INSERT INTO inbox_items (item_id, revision, item_type, sender_id, sender_name, bundle_id, "
              "content_sha256, received_at, decision, decision_comment) VALUES (?, 1, 'story', 's', 'CĐ', 'b', "
              "'h', 't', ?, ?)")
    db.execute(insert, ["i1", "returned", "Bổ sung ảnh"])
    for row in (["i2", "returned", ""], ["i3", "rejected", "x"], ["i1", None, ""]):
        with pytest.raises(sqlite3.IntegrityError):  # a return without comment, unknown decision, same item twice
            db.execute(insert, row)
    with pytest.raises(sqlite3.IntegrityError):  # outbox states are checked
        db.execute("INSERT INTO outbox (item_id, item_type, state, bundle_id, sent_at) "
                   "VALUES ('x', 'story', 'lost', 'b', 't')")


def test_m011_sync_items(tmp_path: Path) -> None:
    """m011: one sync state per item and revision, from a fixed set, attempts never negative."""
    db = db_until(tmp_path / "x.sqlite3", "m010_bundles_outbox_inbox")
    MIGRATIONS.apply(db.full())
    assert {"item_id", "revision", "state", "attempts", "last_error", "next_attempt_at", "updated_at"} <= columns(
        db, "sync_items")
    insert = "INSERT INTO sync_items (item_id, revision, state, attempts, updated_at) VALUES (?, 1, ?, ?, 't')"
    db.execute(insert, ["a", "failed", 3])
    for row in (["a", "sent", 0], ["b", "lost", 0], ["c", "waiting", -1]):
        with pytest.raises(sqlite3.IntegrityError):  # the same item twice, an unknown state, negative attempts
            db.execute(insert, row)
