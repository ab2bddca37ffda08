"""The hub's tables as SQLAlchemy Core objects: the queries are written against these.

The migrations in `migrations/versions/` build the same tables (a test compares them); this module is never
used to create the schema. Times are ISO 8601 strings in UTC ending in `Z`, the same on SQLite and PostgreSQL.
Each feed (items, decisions, published) has a `seq` column taken from its row in `sequences`, which is
updated inside the writing transaction: its row lock makes `seq` follow commit order, so a reader's cursor
can never step over a row that commits later with a smaller number.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

FEEDS = ("items", "decisions", "published")

sequences = Table(
    "sequences", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

units = Table(
    "units", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(64), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("parent_id", Integer, ForeignKey("units.id"), nullable=True, index=True),
    Column("created_at", String(32), nullable=False),
)

tokens = Table(
    "tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("unit_id", Integer, ForeignKey("units.id"), nullable=False, index=True),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("reviewer", Boolean, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("revoked_at", String(32), nullable=True),
)

attachments = Table(
    "attachments", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("created_at", String(32), nullable=False),
)

# Which unit has uploaded (so holds) which file: a unit sees, references and reads only what it holds.
attachment_holders = Table(
    "attachment_holders", metadata,
    Column("sha256", String(64), ForeignKey("attachments.sha256"), primary_key=True),
    Column("unit_id", Integer, ForeignKey("units.id"), primary_key=True, index=True),
    Column("created_at", String(32), nullable=False),
)

items = Table(
    "items", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", String(64), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("unit_id", Integer, ForeignKey("units.id"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("body", Text, nullable=False),
    Column("body_size", Integer, nullable=False),
    Column("content_sha256", String(64), nullable=False),
    Column("received_at", String(32), nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
    UniqueConstraint("item_id", "revision", name="uq_items_item_revision"),
    Index("ix_items_item_id", "item_id"),
)

decisions = Table(
    "decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_row_id", Integer, ForeignKey("items.id"), nullable=False, index=True),
    Column("unit_id", Integer, ForeignKey("units.id"), nullable=False),
    Column("reviewer_unit_id", Integer, ForeignKey("units.id"), nullable=False),
    Column("decision", String(16), nullable=False),
    Column("comment", Text, nullable=False),
    Column("decided_at", String(32), nullable=False),
    Column("decided_by", String(300), nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
    Index("ix_decisions_unit_seq", "unit_id", "seq"),
)

published = Table(
    "published", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("publisher_unit_id", Integer, ForeignKey("units.id"), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("year", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Column("data_sha256", String(64), nullable=False),
    Column("published_at", String(32), nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
    UniqueConstraint("publisher_unit_id", "kind", "year", "version", name="uq_published_version"),
    Index("ix_published_publisher_seq", "publisher_unit_id", "seq"),
)
