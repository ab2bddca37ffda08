"""The schema, built only by these named migrations.

Each migration is one function with a docstring and its own test in
tests/storage/test_migrations.py (a meta-test fails when one lacks it). A
migration that has shipped is never edited: change the schema with a new one.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("cdtt")
FTS_TOKENIZER = "unicode61 remove_diacritics 2"

# Columns every synchronisable record carries (DESIGN §4).
RECORD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    deleted_at TEXT
"""


def _script(db: sqlite_utils.Database, sql: str) -> None:
    db.executescript(sql.replace("{RECORD}", RECORD_COLUMNS.strip()))


def _prefix_search(table: str, *, rebuild: bool = False) -> str:
    """An FTS5 index with 1–3 letter prefixes over `table`.search_text, kept current by triggers.

    The update trigger fires only when search_text changes, so moving a record to the trash does not
    rewrite its index entry.
    """
    fill = f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild');" if rebuild else ""
    return f"""
        CREATE VIRTUAL TABLE {table}_fts USING FTS5 (
            search_text, tokenize='{FTS_TOKENIZER}', prefix='1 2 3', content={table}
        );
        {fill}
        CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN
            INSERT INTO {table}_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
        END;
        CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN
            INSERT INTO {table}_fts ({table}_fts, rowid, search_text)
            VALUES ('delete', old.rowid, old.search_text);
        END;
        CREATE TRIGGER {table}_au AFTER UPDATE OF search_text ON {table} BEGIN
            INSERT INTO {table}_fts ({table}_fts, rowid, search_text)
            VALUES ('delete', old.rowid, old.search_text);
            INSERT INTO {table}_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
        END;
    """


@MIGRATIONS()
def m001_settings_audit_units(db: sqlite_utils.Database) -> None:
    """Settings, the audit trail and the unit tree (own unit, parent body, grassroots unions)."""
    _script(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'purge')),
            changes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
        CREATE TABLE units (
            {RECORD},
            kind TEXT NOT NULL CHECK (kind IN ('parent', 'own', 'grassroots')),
            name TEXT NOT NULL CHECK (name <> ''),
            name_sort TEXT NOT NULL,
            abbreviation TEXT NOT NULL DEFAULT '',
            place_name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            member_count INTEGER CHECK (member_count IS NULL OR member_count >= 0),
            parent_id TEXT REFERENCES units (id),
            successor_id TEXT REFERENCES units (id),
            valid_from TEXT,
            valid_to TEXT,
            search_text TEXT NOT NULL DEFAULT '',
            CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
        );
        CREATE INDEX units_parent ON units (parent_id);
        CREATE INDEX units_kind_sort ON units (kind, name_sort);
        """,
    )
    db.table("units").enable_fts(["search_text"], tokenize=FTS_TOKENIZER, create_triggers=True)


@MIGRATIONS()
def m002_plans(db: sqlite_utils.Database) -> None:
    """The year's plan as data: content groups, channels, campaigns with windows, and targets."""
    _script(
        db,
        """
        CREATE TABLE plans (
            {RECORD},
            year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
            title TEXT NOT NULL,
            theme TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX plans_year ON plans (year) WHERE deleted_at IS NULL;
        CREATE TABLE content_groups (
            {RECORD},
            plan_id TEXT NOT NULL REFERENCES plans (id),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX content_groups_plan ON content_groups (plan_id);
        CREATE TABLE channels (
            {RECORD},
            plan_id TEXT NOT NULL REFERENCES plans (id),
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            examples TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX channels_plan ON channels (plan_id);
        CREATE TABLE campaigns (
            {RECORD},
            plan_id TEXT NOT NULL REFERENCES plans (id),
            name TEXT NOT NULL,
            theme TEXT NOT NULL DEFAULT '',
            starts_on TEXT NOT NULL,
            ends_on TEXT NOT NULL,
            CHECK (ends_on >= starts_on)
        );
        CREATE INDEX campaigns_plan ON campaigns (plan_id);
        CREATE TABLE targets (
            {RECORD},
            plan_id TEXT NOT NULL REFERENCES plans (id),
            description TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            period TEXT NOT NULL CHECK (period IN ('day', 'week', 'month', 'quarter', 'year')),
            channel_id TEXT REFERENCES channels (id),
            content_group_id TEXT REFERENCES content_groups (id),
            outlet TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX targets_plan ON targets (plan_id);
        """,
    )


@MIGRATIONS()
def m003_activities(db: sqlite_utils.Database) -> None:
    """The activity log, with a sort key for Vietnamese order and a folded search column."""
    _script(
        db,
        """
        CREATE TABLE activities (
            {RECORD},
            occurred_on TEXT NOT NULL,
            title TEXT NOT NULL CHECK (title <> ''),
            title_sort TEXT NOT NULL,
            channel_id TEXT NOT NULL REFERENCES channels (id),
            content_group_id TEXT REFERENCES content_groups (id),
            campaign_id TEXT REFERENCES campaigns (id),
            outlet TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            grassroots_unit_id TEXT REFERENCES units (id),
            participants INTEGER CHECK (participants IS NULL OR participants >= 0),
            reach INTEGER CHECK (reach IS NULL OR reach >= 0),
            interactions INTEGER CHECK (interactions IS NULL OR interactions >= 0),
            notes TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX activities_live_date ON activities (deleted_at, occurred_on);
        CREATE INDEX activities_title_sort ON activities (title_sort);
        CREATE INDEX activities_channel ON activities (channel_id);
        CREATE INDEX activities_group ON activities (content_group_id);
        CREATE INDEX activities_campaign ON activities (campaign_id);
        CREATE INDEX activities_unit ON activities (grassroots_unit_id);
        """,
    )
    db.table("activities").enable_fts(["search_text"], tokenize=FTS_TOKENIZER, create_triggers=True)


@MIGRATIONS()
def m004_attachments(db: sqlite_utils.Database) -> None:
    """Attachment files (stored once by SHA-256) and their links to records."""
    _script(
        db,
        """
        CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size >= 0),
            media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
            width INTEGER,
            height INTEGER,
            has_thumbnail INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE record_attachments (
            {RECORD},
            record_table TEXT NOT NULL,
            record_id TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES attachments (sha256),
            file_name TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX record_attachments_record ON record_attachments (record_table, record_id);
        CREATE INDEX record_attachments_sha ON record_attachments (sha256);
        """,
    )


@MIGRATIONS()
def m005_activity_covering_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that answer the list's counts and filters from the index alone, then fresh statistics.

    With 100,000 activities, counting per channel fell from ~50 ms to ~3 ms once the index also held
    `deleted_at`; the totals of the status bar read participants and reach from the index too.
    """
    _script(
        db,
        """
        DROP INDEX activities_live_date;
        DROP INDEX activities_channel;
        DROP INDEX activities_group;
        DROP INDEX activities_campaign;
        DROP INDEX activities_unit;
        CREATE INDEX activities_live_totals ON activities (deleted_at, occurred_on, participants, reach);
        CREATE INDEX activities_channel_live ON activities (channel_id, deleted_at, occurred_on);
        CREATE INDEX activities_group_live ON activities (content_group_id, deleted_at, occurred_on);
        CREATE INDEX activities_campaign_live ON activities (campaign_id, deleted_at, occurred_on);
        CREATE INDEX activities_unit_live ON activities (grassroots_unit_id, deleted_at, occurred_on);
        ANALYZE;
        """,
    )


@MIGRATIONS()
def m006_activity_search_prefix_index(db: sqlite_utils.Database) -> None:
    """Rebuild the activity search index with prefix indexes of 1–3 letters.

    Search as you type asks for a prefix after every key; without a prefix index the first letter of
    a word ("t*") merged the lists of every indexed word starting with it: ~45 ms at 100,000
    activities, ~13 ms with it.
    """
    db.table("activities").disable_fts()
    _script(
        db,
        _prefix_search("activities", rebuild=True),
    )




@MIGRATIONS()
def m007_stories(db: sqlite_utils.Database) -> None:
    """Model-practice stories with their frozen revisions and status history; roles and captions of files.

    A story's text is one JSON document (`content`), so new questions need no new columns; what the list
    filters and sorts by is kept beside it. `story_revision` counts submissions (1, 2… after a return),
    apart from the record's own `revision`, which counts every save. A finalised revision is copied to
    `story_revisions` and never changed, and every move of the lifecycle is a `story_events` row. The
    search index has the same 1–3 letter prefixes as the activities'.
    """
    _script(
        db,
        f"""
        CREATE TABLE stories (
            {{RECORD}},
            kind TEXT NOT NULL CHECK (kind IN ('practice', 'person', 'collective')),
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'ready', 'sent', 'received', 'returned', 'approved')),
            title TEXT NOT NULL DEFAULT '',
            title_sort TEXT NOT NULL DEFAULT '',
            grassroots_unit_id TEXT REFERENCES units (id),
            campaign_id TEXT REFERENCES campaigns (id),
            year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
            story_revision INTEGER NOT NULL DEFAULT 1 CHECK (story_revision >= 1),
            content TEXT NOT NULL DEFAULT '{{}}',
            return_comment TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX stories_live_updated ON stories (deleted_at, updated_at);
        CREATE INDEX stories_status ON stories (status, deleted_at);
        CREATE INDEX stories_unit ON stories (grassroots_unit_id);
        CREATE INDEX stories_campaign ON stories (campaign_id);
        CREATE TABLE story_revisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            story_id TEXT NOT NULL REFERENCES stories (id),
            revision INTEGER NOT NULL CHECK (revision >= 1),
            content TEXT NOT NULL,
            files TEXT NOT NULL DEFAULT '[]',
            finalised_at TEXT NOT NULL,
            finalised_by TEXT NOT NULL DEFAULT '',
            UNIQUE (story_id, revision)
        );
        CREATE TABLE story_events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            story_id TEXT NOT NULL REFERENCES stories (id),
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            from_status TEXT,
            to_status TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX story_events_story ON story_events (story_id, id);
        ALTER TABLE record_attachments ADD COLUMN role TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_attachments ADD COLUMN caption TEXT NOT NULL DEFAULT '';
        {_prefix_search("stories")}
        """,
    )


@MIGRATIONS()
def m008_housing_cases(db: sqlite_utils.Database) -> None:
    """Mái ấm Công đoàn cases, their timeline of steps, the rules of each year, and what a case file needs.

    As with stories, what was typed is one JSON document (`content`); the list's columns sit beside it:
    the step, the beneficiary's name and Vietnamese sort key, the amounts in whole đồng (INTEGER, never
    float), the next due date. `number` is the case's running number, kept when the case is anonymised
    ("Đoàn viên #12"). `housing_steps` is the timeline (one row per move, with the step's data). The
    rules are one JSON document per year and province. The search text never holds the CCCD or the
    illness. Attachment links gain the step they belong to and two privacy flags: a sensitive file (ID
    card, land papers, the certified request) can never be marked for publicity, which triggers enforce.
    """
    steps = "'request', 'survey', 'proposal', 'decision', 'construction', 'acceptance', 'handover', 'closed', " \
            "'returned', 'not_eligible'"
    _script(
        db,
        f"""
        CREATE TABLE housing_cases (
            {{RECORD}},
            number INTEGER NOT NULL CHECK (number >= 1),
            step TEXT NOT NULL DEFAULT 'request' CHECK (step IN ({steps})),
            year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
            grassroots_unit_id TEXT REFERENCES units (id),
            beneficiary_name TEXT NOT NULL DEFAULT '',
            beneficiary_sort TEXT NOT NULL DEFAULT '',
            build_kind TEXT NOT NULL DEFAULT 'new' CHECK (build_kind IN ('new', 'repair')),
            content TEXT NOT NULL DEFAULT '{{}}',
            requested INTEGER NOT NULL DEFAULT 0 CHECK (requested >= 0),
            approved INTEGER CHECK (approved IS NULL OR approved >= 0),
            due_on TEXT NOT NULL DEFAULT '',
            returned_from TEXT CHECK (returned_from IS NULL OR returned_from IN ({steps})),
            anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1)),
            search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX housing_cases_number ON housing_cases (number);
        CREATE INDEX housing_cases_live_updated ON housing_cases (deleted_at, updated_at);
        CREATE INDEX housing_cases_step ON housing_cases (step, deleted_at);
        CREATE INDEX housing_cases_unit ON housing_cases (grassroots_unit_id);
        CREATE INDEX housing_cases_year ON housing_cases (year, deleted_at);
        CREATE TABLE housing_steps (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            case_id TEXT NOT NULL REFERENCES housing_cases (id),
            step TEXT NOT NULL CHECK (step IN ({steps})),
            done_on TEXT NOT NULL,
            responsible TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{{}}',
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            justification TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX housing_steps_case ON housing_steps (case_id, id);
        CREATE TABLE housing_rules (
            {{RECORD}},
            year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
            province TEXT NOT NULL DEFAULT '',
            [values] TEXT NOT NULL DEFAULT '{{}}'
        );
        CREATE UNIQUE INDEX housing_rules_year_province ON housing_rules (year, province) WHERE deleted_at IS NULL;
        ALTER TABLE record_attachments ADD COLUMN step TEXT NOT NULL DEFAULT '';
        ALTER TABLE record_attachments ADD COLUMN sensitive INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE record_attachments ADD COLUMN publicity INTEGER NOT NULL DEFAULT 0;
        CREATE TRIGGER record_attachments_private_insert BEFORE INSERT ON record_attachments
        WHEN new.sensitive AND new.publicity BEGIN
            SELECT RAISE(ABORT, 'a sensitive file cannot be used for publicity');
        END;
        CREATE TRIGGER record_attachments_private_update BEFORE UPDATE OF sensitive, publicity ON record_attachments
        WHEN new.sensitive AND new.publicity BEGIN
            SELECT RAISE(ABORT, 'a sensitive file cannot be used for publicity');
        END;
        {_prefix_search("housing_cases")}
        """,
    )


@MIGRATIONS()
def m009_documents(db: sqlite_utils.Database) -> None:
    """The register of issued documents (sổ văn bản đi): one row per number given out.

    A number is unique per issuing unit, year and kind among live rows. `data` is the document as it was
    drawn (canonical JSON) and `profile` the format it was drawn in; `data_sha256` hashes both, and
    `content_sha256` the content without number and date, which is how issuing unchanged content again
    finds the document already issued. The PDF itself is a file named in `file_name`, checked against
    `pdf_sha256` whenever it is reopened.
    """
    _script(
        db,
        """
        CREATE TABLE documents (
            {RECORD},
            kind TEXT NOT NULL CHECK (kind IN ('BC', 'TTr', 'BB', 'KH', 'TB', 'QĐ')),
            number INTEGER NOT NULL CHECK (number >= 1),
            year INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
            unit_id TEXT NOT NULL REFERENCES units (id),
            issued_on TEXT NOT NULL,
            number_text TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            signer TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            pdf_sha256 TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
            data_sha256 TEXT NOT NULL CHECK (length(data_sha256) = 64),
            content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
            data TEXT NOT NULL,
            profile TEXT NOT NULL,
            file_name TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size > 0),
            pages INTEGER NOT NULL CHECK (pages >= 1)
        );
        CREATE UNIQUE INDEX documents_number ON documents (unit_id, year, kind, number) WHERE deleted_at IS NULL;
        CREATE INDEX documents_source ON documents (source, content_sha256);
        CREATE INDEX documents_issued ON documents (deleted_at, issued_on);
        """,
    )


@MIGRATIONS()
def m010_bundles_outbox_inbox(db: sqlite_utils.Database) -> None:
    """Upward submission: what was sent and what the upper level decided; the receiving side's inbox.

    `outbox` has one row per item (an issued document, or a story's finalised revision) once it has left
    in a bundle; an item without a row is waiting. The decision of the upper level arrives in a receipt
    and is kept beside it. `trusted_keys` pins the Ed25519 key of each sending unit at first contact (a
    changed key is kept aside, never silently replaced). `bundles` lists every bundle imported (by id and
    by the SHA-256 of its file), so that importing one twice changes nothing. `inbox_items` is what
    arrived, one row per item and revision, with its data, its PDF and photos (stored as attachments)
    and the decision taken on it.
    """
    _script(
        db,
        """
        CREATE TABLE outbox (
            item_id TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            item_type TEXT NOT NULL CHECK (item_type IN ('document', 'story')),
            state TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('sent', 'received', 'returned', 'approved')),
            bundle_id TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            decision_comment TEXT NOT NULL DEFAULT '',
            decided_at TEXT,
            decided_by TEXT NOT NULL DEFAULT '',
            receipt_id TEXT,
            PRIMARY KEY (item_id, revision)
        );
        CREATE TABLE trusted_keys (
            sender_id TEXT PRIMARY KEY NOT NULL,
            unit_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('lower', 'upper')),
            public_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            pinned_at TEXT NOT NULL,
            offered_key TEXT,
            offered_at TEXT
        );
        CREATE TABLE bundles (
            bundle_id TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('submission', 'receipt')),
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            sender_id TEXT NOT NULL,
            sender_name TEXT NOT NULL DEFAULT '',
            file_sha256 TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            handled_at TEXT NOT NULL,
            items INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX bundles_file ON bundles (file_sha256);
        CREATE TABLE inbox_items (
            item_id TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            item_type TEXT NOT NULL CHECK (item_type IN ('document', 'story')),
            sender_id TEXT NOT NULL REFERENCES trusted_keys (sender_id),
            sender_name TEXT NOT NULL,
            bundle_id TEXT NOT NULL REFERENCES bundles (bundle_id),
            kind TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            number_text TEXT NOT NULL DEFAULT '',
            period TEXT NOT NULL DEFAULT '',
            issued_on TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{}',
            pdf_sha256 TEXT REFERENCES attachments (sha256),
            files TEXT NOT NULL DEFAULT '[]',
            content_sha256 TEXT NOT NULL,
            received_at TEXT NOT NULL,
            decision TEXT CHECK (decision IS NULL OR decision IN ('received', 'returned', 'approved')),
            decision_comment TEXT NOT NULL DEFAULT '',
            decided_at TEXT,
            decided_by TEXT NOT NULL DEFAULT '',
            receipt_id TEXT,
            CHECK (decision IS NOT 'returned' OR decision_comment <> ''),
            PRIMARY KEY (item_id, revision)
        );
        CREATE INDEX inbox_sender_period ON inbox_items (sender_id, period);
        """,
    )


@MIGRATIONS()
def m011_sync_items(db: sqlite_utils.Database) -> None:
    """The state of each item on the road through the hub: waiting, sending, sent, failed (with the reason
    and when to try again) or quarantined (the hub refused it for good, with the reason). One row per item
    and revision; an item that never met the hub has no row. The outbox row of m010 still records that it
    left and what the upper level decided, whichever road it took.
    """
    _script(
        db,
        """
        CREATE TABLE sync_items (
            item_id TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            state TEXT NOT NULL DEFAULT 'waiting'
                CHECK (state IN ('waiting', 'sending', 'sent', 'failed', 'quarantined')),
            attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            last_error TEXT NOT NULL DEFAULT '',
            next_attempt_at TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (item_id, revision)
        );
        CREATE INDEX sync_items_due ON sync_items (state, next_attempt_at);
        """,
    )
